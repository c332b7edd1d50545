/**
 * The one place where Ghost data meets @cc-signals/core: internal tags to
 * presets, the layers of defaults to an intent, and the resolved preferences
 * to the outputs (head tags, headers, robots.txt rules). Everything else in
 * this package moves data between Ghost and here.
 */
import {
  combinePreferences,
  compileRobotsRules,
  intentToPreferences,
  presetById,
  presetOf,
  presets,
  resolveIntent,
  serializeContentUsage,
  serializeHtmlHead,
  type Intent,
  type PathPreferences,
  type Preferences,
} from '@cc-signals/core';
import type { GhostSignalsConfig, PostType } from './config.js';

/** The name prefix of the internal tags that carry a post's preset (`#cc-signal-cc-cr`). */
export const SIGNAL_TAG_PREFIX = '#cc-signal-';
/** The slug prefix Ghost gives those tags (`#` becomes `hash-`). */
export const SIGNAL_TAG_SLUG_PREFIX = 'hash-cc-signal-';

/** The preset ids an author can put on a post as a tag. */
export const taggablePresetIds: readonly string[] = presets.map((preset) => preset.id);

/** The part of a Ghost tag this package reads. */
export interface GhostTagLike {
  readonly name: string;
  readonly slug?: string;
  readonly visibility?: string;
}

/** The part of a Ghost post or page this package reads. */
export interface GhostPostLike {
  readonly tags?: readonly GhostTagLike[] | null;
}

/** The internal tag name for a preset. */
export function tagNameForPreset(presetId: string): string {
  return `${SIGNAL_TAG_PREFIX}${presetId}`;
}

/** Whether a tag is one of this package's signal tags (known preset or not). */
export function isSignalTag(tag: GhostTagLike): boolean {
  return (tag.slug ?? '').startsWith(SIGNAL_TAG_SLUG_PREFIX) || tag.name.toLowerCase().startsWith(SIGNAL_TAG_PREFIX);
}

/** The preset id a signal tag names (it may be unknown to core). */
export function presetIdOfTag(tag: GhostTagLike): string {
  const slug = tag.slug ?? '';
  return slug.startsWith(SIGNAL_TAG_SLUG_PREFIX)
    ? slug.slice(SIGNAL_TAG_SLUG_PREFIX.length)
    : tag.name.slice(SIGNAL_TAG_PREFIX.length).trim().toLowerCase();
}

/** Where a post's signal comes from: the most specific layer that chose something. */
export type SignalSource = 'post' | 'tag' | 'post-type' | 'site' | 'none';

/** A post's resolved signal, and what the author should know about it. */
export interface PostSignal {
  readonly preferences: Preferences;
  /** The preset the resolved signal matches, if any (`cc-cr`). */
  readonly preset: string | undefined;
  readonly source: SignalSource;
  /** The presets the post's own tags name, in tag order. */
  readonly tagPresets: readonly string[];
  /** Set when the post's tags (or its tags' defaults) disagree: resolved to the most restrictive. */
  readonly conflict: string | undefined;
  /** Signal tags naming no preset (`#cc-signal-typo`). */
  readonly unknownTags: readonly string[];
}

/** Resolves a post's signal: site default → post type → tag defaults → the post's own tags. */
export function resolvePostSignal(post: GhostPostLike, type: PostType, config: GhostSignalsConfig): PostSignal {
  const tags = post.tags ?? [];
  const signalTags = tags.filter(isSignalTag);
  const tagPresets = signalTags.map(presetIdOfTag);
  const unknownTags = signalTags.filter((tag) => !presetById(presetIdOfTag(tag))).map((tag) => tag.name);
  const own = tagPresets.flatMap((id) => presetById(id)?.intent ?? []);
  const tagDefaults = tags.filter((tag) => !isSignalTag(tag) && tag.slug !== undefined && config.tags[tag.slug]);
  const byTag = tagDefaults.map((tag) => config.tags[tag.slug ?? ''] ?? { categories: {} });
  const base = [config.siteDefault, config.postTypes[type]];
  const candidates = product(byTag, own).map(([tagLayer, postLayer]) => resolveIntent(...base, tagLayer, postLayer));
  const statements = candidates.map((intent) => intentToPreferences(intent));
  const preferences = statements.length === 1 ? (statements[0] ?? {}) : combinePreferences(...statements);
  const distinct = new Set(statements.map((statement) => serializeContentUsage(statement)));
  return {
    preferences,
    preset: candidates.length === 1 && candidates[0] ? presetOf(candidates[0])?.id : undefined,
    source: sourceOf(own, byTag, config, type),
    tagPresets,
    conflict: distinct.size > 1 ? conflictMessage(tagPresets, tagDefaults.map((tag) => tag.slug ?? ''), preferences) : undefined,
    unknownTags,
  };
}

/** Every pairing of a tag layer with a post layer; an empty side stands for "inherit". */
function product(byTag: readonly Intent[], own: readonly Intent[]): [Intent | undefined, Intent | undefined][] {
  const left = byTag.length > 0 ? byTag : [undefined];
  const right = own.length > 0 ? own : [undefined];
  return left.flatMap((tagLayer) => right.map((postLayer): [Intent | undefined, Intent | undefined] => [tagLayer, postLayer]));
}

function sourceOf(own: readonly Intent[], byTag: readonly Intent[], config: GhostSignalsConfig, type: PostType): SignalSource {
  const chose = (intent: Intent | undefined) => Object.values(intent?.categories ?? {}).some((c) => c.choice !== 'inherit');
  if (own.some(chose)) return 'post';
  if (byTag.some(chose)) return 'tag';
  if (chose(config.postTypes[type])) return 'post-type';
  return chose(config.siteDefault) ? 'site' : 'none';
}

function conflictMessage(tagPresets: readonly string[], tagSlugs: readonly string[], result: Preferences): string {
  const parts = [
    ...(tagPresets.length > 1 ? [`signal tags ${tagPresets.map((id) => tagNameForPreset(id)).join(', ')}`] : []),
    ...(tagSlugs.length > 1 ? [`tag defaults of ${tagSlugs.join(', ')}`] : []),
  ];
  const value = serializeContentUsage(result) || '(nothing)';
  return `conflicting ${parts.join(' and ') || 'choices'}: resolved to the most restrictive, ${value}`;
}

/** The head tags a post's code injection carries for these preferences ('' for none). */
export function headTags(preferences: Preferences, config: GhostSignalsConfig): string {
  return serializeHtmlHead(preferences, config.outputs);
}

/** The preferences for URLs that are no post or page (home, archives, assets): the site default. */
export function sitePreferences(config: GhostSignalsConfig): Preferences {
  return intentToPreferences(config.siteDefault);
}

/**
 * The robots.txt rules for the site: the site default for `/`, plus a rule
 * for each post whose signal differs from it (core's compileRobotsRules).
 */
export function siteRobotsRules(posts: readonly PathPreferences[], config: GhostSignalsConfig): PathPreferences[] {
  return compileRobotsRules([{ path: '/', preferences: sitePreferences(config) }], posts);
}

/** Ghost's own paths (Admin, APIs, member endpoints): no content, so no signal. */
export function isGhostInternalPath(pathname: string): boolean {
  return /^\/(ghost|members|\.ghost|email|r|webmentions)(\/|$)/.test(pathname);
}
