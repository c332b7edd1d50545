/**
 * The one place where Ghost data meets @cc-signals/core: internal tags to
 * presets, Ghost's layers of defaults to a core `Site` (the site default,
 * a section per post type, and an item per post whose own layer holds its
 * tag defaults and its signal tag), and the resolved preferences to the
 * outputs (head tags). Everything else in this package moves data between
 * Ghost and here; core's site module decides robots.txt, feeds and headers.
 */
import {
  combinePreferences,
  presetById,
  presetOf,
  presets,
  resolveIntent,
  serializeContentUsage,
  serializeHtmlHead,
  type Intent,
  type Preferences,
} from '@cc-signals/core';
import { combineIntents, resolveItem, resolveSection, samePreferences, type Site, type SiteItem } from '@cc-signals/core/site';
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
  /**
   * The post's own layer for core's `Site` (its tag defaults, then its signal
   * tag): resolved by core over the site and post type defaults, it gives
   * `preferences`. For conflicting tags, the most restrictive choice per category.
   */
  readonly intent: Intent;
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

/**
 * The site as core's site module reads it: the site default, one section per
 * Ghost post type (no URL prefix: posts and pages share the root), the items
 * given, and the config's outputs.
 */
export function ghostSite(config: GhostSignalsConfig, items: readonly SiteItem[] = []): Site {
  return {
    intent: config.siteDefault,
    sections: { post: { intent: config.postTypes.post }, page: { intent: config.postTypes.page } },
    items,
    options: config.outputs,
  };
}

/**
 * Resolves a post's signal: site default → post type → tag defaults → the
 * post's own tags, through core's `resolveItem`. Conflicting tags (two signal
 * tags, or two tags with different defaults) resolve to the most restrictive
 * of their resolutions (core's `combinePreferences`) and are reported.
 */
export function resolvePostSignal(post: GhostPostLike, type: PostType, config: GhostSignalsConfig): PostSignal {
  const tags = post.tags ?? [];
  const signalTags = tags.filter(isSignalTag);
  const tagPresets = signalTags.map(presetIdOfTag);
  const unknownTags = signalTags.filter((tag) => !presetById(presetIdOfTag(tag))).map((tag) => tag.name);
  const own = tagPresets.flatMap((id) => presetById(id)?.intent ?? []);
  const tagDefaults = tags.filter((tag) => !isSignalTag(tag) && tag.slug !== undefined && config.tags[tag.slug]);
  const byTag = tagDefaults.map((tag) => config.tags[tag.slug ?? ''] ?? { categories: {} });
  const site = ghostSite(config);
  const candidates = product(byTag, own).map(([tagLayer, postLayer]) => resolveIntent(tagLayer, postLayer));
  const resolutions = candidates.map((intent) => resolveItem(site, { section: type, intent }));
  const first = resolutions[0];
  const agree = first !== undefined && resolutions.every((resolution) => samePreferences(resolution.preferences, first.preferences));
  const preferences = agree ? first.preferences : combinePreferences(...resolutions.map((resolution) => resolution.preferences));
  const intent = agree ? (candidates[0] ?? { categories: {} }) : combineIntents(...resolutions.map((r) => r.intent));
  return {
    preferences,
    intent,
    preset: agree ? presetOf(first.intent)?.id : undefined,
    source: sourceOf(own, byTag, config, type),
    tagPresets,
    conflict: agree ? undefined : conflictMessage(tagPresets, tagDefaults.map((tag) => tag.slug ?? ''), preferences),
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
  return resolveSection(ghostSite(config)).preferences;
}

/** Ghost's own paths (Admin, APIs, member endpoints): no content, so no signal. */
export function isGhostInternalPath(pathname: string): boolean {
  return /^\/(ghost|members|\.ghost|email|r|webmentions)(\/|$)/.test(pathname);
}
