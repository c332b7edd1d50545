/**
 * The one place where Strapi data becomes CC signals: settings and stored
 * field values are mapped to core's intents, and every output comes from
 * @cc-signals/core. No format is written here.
 */
import {
  compileRobotsRules,
  intentToPreferences,
  resolveIntent,
  robotsGroupLines,
  serializeAtom,
  serializeJsonFeed,
  serializeRobotsTxt,
  serializeRss,
  signalHeaders,
  type EmitOptions,
  type FeedInput,
  type Intent,
  type PathPreferences,
  type Preferences,
  type SignalHeaders,
} from '@cc-signals/core';
import { robotsTxtFromRules } from '@cc-signals/core/robots';
import { storedIntent } from './field-value';
import type { Settings } from './settings-schema';

/** The feed formats the plugin serves. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** What each content API entry carries under `ccSignals`. */
export interface EntrySignal {
  readonly preferences: Preferences;
  readonly headers: SignalHeaders;
}

/** The site's rules for one settings value, parsed once (settings are cached, so this is per update). */
export interface Site {
  readonly options: EmitOptions;
  /** Site default, then the content type's default. */
  sectionIntent(uid: string): Intent;
  sectionPreferences(uid: string): Preferences;
  /** The entry's stored field value over its section's default. */
  entryPreferences(uid: string, storedValue: unknown): Preferences;
  signal(preferences: Preferences): EntrySignal;
}

/** Builds the site's rules from the plugin settings. */
export function siteOf(settings: Settings): Site {
  const options = emitOptions(settings);
  const siteDefault = storedIntent(settings.siteDefault);
  const sections = new Map<string, { intent: Intent; preferences: Preferences }>();
  const section = (uid: string) => {
    let value = sections.get(uid);
    if (!value) {
      const intent = resolveIntent(siteDefault, storedIntent(settings.contentTypes[uid]?.default));
      value = { intent, preferences: intentToPreferences(intent) };
      sections.set(uid, value);
    }
    return value;
  };
  return {
    options,
    sectionIntent: (uid) => section(uid).intent,
    sectionPreferences: (uid) => section(uid).preferences,
    entryPreferences: (uid, value) => {
      const own = storedIntent(value);
      return own ? intentToPreferences(resolveIntent(section(uid).intent, own)) : section(uid).preferences;
    },
    signal: (preferences) => ({ preferences, headers: signalHeaders(preferences, options) }),
  };
}

/** Core's emit options from the plugin's output settings. */
export function emitOptions(settings: Settings): EmitOptions {
  const outputs = settings.outputs;
  return {
    contentUsage: true,
    contentSignal: outputs.contentSignal,
    tdmrep: outputs.tdmrep,
    noai: outputs.noai,
    ...(outputs.rslLicenseUrl ? { rslLicenseUrl: outputs.rslLicenseUrl } : {}),
  };
}

/** A section default (a content type's API path) or an entry (its own API path). */
export type PathRule = PathPreferences;

/**
 * robots.txt: the app's own file kept byte for byte, then a `User-agent: *`
 * group (RFC 9309 merges groups naming the same agent) with the rules that
 * make robots.txt agree with the API responses. The app's own Allow/Disallow
 * rules are never repeated or changed.
 */
export function robotsTxt(existing: string, defaults: PathRule[], items: PathRule[], options: EmitOptions): string {
  const rules = compileRobotsRules(defaults, items);
  if (robotsGroupLines(rules, options).length === 0 && !options.rslLicenseUrl) return existing;
  const model = robotsTxtFromRules(rules, options);
  const ours = serializeRobotsTxt({ ...model, groups: model.groups.map((group) => ({ ...group, rules: [] })) });
  const head = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  return head === '' ? ours : `${head}\n${ours}`;
}

/** A whole feed in the given format, from core's serializers. */
export function feedDocument(format: FeedFormat, feed: FeedInput, options: EmitOptions): string {
  if (format === 'rss') return serializeRss(feed, options);
  if (format === 'atom') return serializeAtom(feed, options);
  return serializeJsonFeed(feed, options);
}
