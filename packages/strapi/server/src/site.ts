/**
 * The one place where Strapi data becomes CC signals: settings, content types
 * and stored field values are mapped to a core `Site`, and every rule and
 * output comes from `@cc-signals/core/site`. No format is written here.
 */
import type { EmitOptions, Intent, Preferences, SignalHeaders } from '@cc-signals/core';
import { signalHeaders } from '@cc-signals/core';
import {
  resolveItem,
  resolveSection,
  siteFeed,
  siteHeaders,
  siteRobotsTxt,
  siteTdmrepJson,
  type ExistingHeaders,
  type Layer,
  type Site as CoreSite,
  type SiteFeed,
  type SiteItem,
  type SiteRobotsTxt,
} from '@cc-signals/core/site';
import { storedIntent } from './field-value';
import { entryItems, type EntryRule } from './site-items';
import { DEFAULT_VOCABULARY, vocabularyIds, vocabularyOf } from './vocabularies';
import type { Settings } from './settings-schema';

/** The feed formats the plugin serves. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** What each content API entry carries under `ccSignals`. */
export interface EntrySignal {
  readonly preferences: Preferences;
  readonly headers: SignalHeaders;
  /** For each category with a choice, where it came from: the site default, the content type's default, or the entry. */
  readonly from: Readonly<Record<string, Layer>>;
}

export type { EntryRule } from './site-items';

/** The site's rules for one settings value, built once (settings are cached, so this is per update). */
export interface Site {
  readonly options: EmitOptions;
  /** The core site (site default, one section per content type, no items). */
  readonly core: CoreSite;
  /** What a content type's entries inherit: site default, then the content type's default. */
  section(uid?: string): EntrySignal & { readonly intent: Intent };
  /** An entry: its stored field value over its content type's default. */
  entry(uid: string, stored: unknown): EntrySignal;
  /** Response headers for a statement, merged with `Link`/`X-Robots-Tag` values already set. */
  headers(preferences: Preferences, existing?: ExistingHeaders): Record<string, string>;
  /** A content type's feed: the channel statement once, each entry's own only where it differs. */
  feed(uid: string): Pick<SiteFeed, 'channel'> & { item(stored: unknown): Preferences | undefined };
  /** robots.txt: `existing` (the app's public/robots.txt) with the rules put into every group. */
  robotsTxt(existing: string, entries: readonly EntryRule[]): SiteRobotsTxt;
  /** `/.well-known/tdmrep.json` from the same path rules as robots.txt. */
  tdmrepJson(entries: readonly EntryRule[]): string;
}

/**
 * Builds the site's rules from the plugin settings. `paths` maps each content
 * type's uid to its API path prefix (`/api/articles/`, `/api/about`), where
 * robots.txt states its default and its entries' own choices.
 */
export function siteOf(settings: Settings, paths: Readonly<Record<string, string>> = {}): Site {
  const core = coreSite(settings, paths);
  const options = core.options ?? {};
  const signal = (resolution: { preferences: Preferences; from: Readonly<Record<string, Layer>> }): EntrySignal => ({
    preferences: resolution.preferences,
    headers: signalHeaders(resolution.preferences, options),
    from: resolution.from,
  });
  const vocabulary = vocabularyOf(settings.outputs.vocabulary);
  const item = (uid: string, stored: unknown): Pick<SiteItem, 'section' | 'intent'> => {
    const intent = storedIntent(stored, vocabulary);
    return { section: uid, ...(intent ? { intent } : {}) };
  };
  return {
    options,
    core,
    section: (uid) => {
      const resolution = resolveSection(core, uid);
      return { ...signal(resolution), intent: resolution.intent };
    },
    entry: (uid, stored) => signal(resolveItem(core, item(uid, stored))),
    headers: (preferences, existing) => siteHeaders(preferences, options, existing),
    feed: (uid) => {
      const feed = siteFeed(core, uid);
      return { channel: feed.channel, item: (stored) => feed.item(item(uid, stored)) };
    },
    robotsTxt: (existing, entries) => siteRobotsTxt({ ...core, items: entryItems(core, paths, entries) }, existing),
    tdmrepJson: (entries) => siteTdmrepJson({ ...core, items: entryItems(core, paths, entries) }),
  };
}

/** The core site of these settings: the site default, and one section per content type (its default and API path). */
export function coreSite(settings: Settings, paths: Readonly<Record<string, string>>): CoreSite {
  const uids = new Set([...Object.keys(paths), ...Object.keys(settings.contentTypes)]);
  // A stored value that cannot be read disallows every category of the vocabulary in force.
  const vocabulary = vocabularyOf(settings.outputs.vocabulary);
  const sections = Object.fromEntries(
    [...uids].map((uid) => {
      const intent = storedIntent(settings.contentTypes[uid]?.default, vocabulary);
      return [uid, { ...(paths[uid] ? { path: paths[uid] } : {}), ...(intent ? { intent } : {}) }];
    }),
  );
  const siteDefault = storedIntent(settings.siteDefault, vocabulary);
  return { ...(siteDefault ? { intent: siteDefault } : {}), sections, options: emitOptions(settings) };
}

/** Core's emit options from the plugin's output settings. */
export function emitOptions(settings: Settings): EmitOptions {
  const outputs = settings.outputs;
  // A stored vocabulary core no longer ships falls back to the default (the setting stays stored).
  const vocabulary = vocabularyIds().includes(outputs.vocabulary) ? outputs.vocabulary : DEFAULT_VOCABULARY;
  const options = {
    contentUsage: true,
    contentSignal: outputs.contentSignal,
    tdmrep: outputs.tdmrep,
    noai: outputs.noai,
    anyAiTraining: outputs.anyAiTraining,
    transitionLabels: outputs.transitionLabels,
    ...(outputs.rslLicenseUrl ? { rslLicenseUrl: outputs.rslLicenseUrl } : {}),
    ...(outputs.contentLicenseUrl ? { contentLicenseUrl: outputs.contentLicenseUrl } : {}),
    ...(vocabulary === DEFAULT_VOCABULARY ? {} : { vocabulary }),
  };
  return options;
}
