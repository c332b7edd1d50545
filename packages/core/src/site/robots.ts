import { serializeContentSignal } from '../content-signal.js';
import { serializeContentUsage } from '../content-usage.js';
import { withDefaults } from '../emit.js';
import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import { insertRobotsLines, robotsGroupCount } from '../robots/insert.js';
import { ROBOTS_TXT_MAX_BYTES } from '../robots/parse.js';
import { encodeRobotsPath, normalizeRobotsPattern, normalizeRobotsUrlPath, robotsPatternMatches } from '../robots/path.js';
import { robotsGroupLines, robotsLicenseLines } from '../robots/serialize.js';
import { rslStates } from '../rsl.js';
import type { PathPreferences } from '../robots/types.js';
import { resolveItem, resolveSection, samePreferences } from './resolve.js';
import type { OmittedItem, Site, SiteItem } from './types.js';

/** The path rules of a site, before any size limit. */
export interface SiteRobotsRules {
  /** The site default at `/`, then each section default that differs from it, at its prefix. */
  readonly defaults: readonly PathPreferences[];
  /** One rule per item that differs from the default covering its path, newest first. */
  readonly items: readonly (PathPreferences & { readonly id: string })[];
  /** Differing items that get no rule, and why. */
  readonly omitted: readonly OmittedItem[];
}

/**
 * The robots.txt (and tdmrep.json) path rules of a site: the section defaults
 * only where they differ from the site default, and a rule for each item
 * whose preferences differ from the default rule covering its path (an item
 * of a section without a prefix is compared with the site default). One rule
 * per path: an item whose path is a default's own path (the front page at
 * `/`, a page at a section's prefix) is written for exactly that URL (`/$`);
 * a URL with a query string (`/?p=12`) is left to the page's own header and
 * tags; of two items with one path the newer wins. `*` and `$` in an item's
 * path are data, written `%2A` and `%24`. Throws a ValidationError naming
 * `sections.<id>.path` for a section path robots.txt cannot carry.
 */
export function siteRobotsRules(site: Site): SiteRobotsRules {
  const defaults = defaultRules(site);
  const taken = new Set(defaults.map((rule) => rule.path));
  const patterns = defaults.map((rule) => ({ pattern: normalizeRobotsPattern(rule.path), rule }));
  const items: (PathPreferences & { id: string })[] = [];
  const omitted: OmittedItem[] = [];
  for (const item of newestFirst(site.items ?? [])) {
    if (item.path === undefined) continue;
    const { preferences } = resolveItem(site, item);
    const encoded = itemRulePath(item.path);
    if (samePreferences(preferences, coveringDefault(patterns, encoded.covers))) continue;
    let path = encoded.path;
    if (path !== undefined && defaults.some((rule) => rule.path === path)) path = `${path}$`;
    const reason = encoded.reason ?? (taken.has(path ?? '') ? 'duplicate' : undefined);
    if (reason !== undefined || path === undefined) {
      omitted.push({ id: item.id, path: item.path, reason: reason ?? 'invalid-path' });
      continue;
    }
    taken.add(path);
    items.push({ id: item.id, path, preferences });
  }
  return { defaults, items, omitted };
}

function defaultRules(site: Site): PathPreferences[] {
  const root = resolveSection(site).preferences;
  const rules: PathPreferences[] = [{ path: '/', preferences: root }];
  for (const [id, section] of Object.entries(site.sections ?? {})) {
    if (section.path === undefined || section.path === '' || section.path === '/') continue;
    const path = encodeRobotsPath(section.path, `sections.${id}.path`);
    const { preferences } = resolveSection(site, id);
    if (samePreferences(preferences, root) || rules.some((rule) => rule.path === path)) continue;
    rules.push({ path, preferences });
  }
  return rules;
}

/**
 * An item's URL path as a robots.txt path, or why it cannot be one, and the
 * path whose covering default a crawler applies to it (the part before `?`).
 */
function itemRulePath(path: string): { path?: string; covers: string; reason?: 'query' | 'invalid-path' } {
  const hash = path.indexOf('#');
  const bare = hash === -1 ? path : path.slice(0, hash);
  const query = bare.indexOf('?');
  const covers = query === -1 ? bare : bare.slice(0, query);
  try {
    const encoded = encodeRobotsPath(covers.replaceAll('*', '%2A').replaceAll('$', '%24'), 'path');
    return query === -1 ? { path: encoded, covers: encoded } : { covers: encoded, reason: 'query' };
  } catch (error) {
    if (error instanceof ValidationError) return { covers: '/', reason: 'invalid-path' };
    throw error;
  }
}

function coveringDefault(
  defaults: readonly { pattern: string; rule: PathPreferences }[],
  path: string,
): Preferences {
  const target = normalizeRobotsUrlPath(path);
  let best: { pattern: string; rule: PathPreferences } | undefined;
  for (const entry of defaults) {
    if (!robotsPatternMatches(entry.pattern, target)) continue;
    if (!best || entry.pattern.length > best.pattern.length) best = entry;
  }
  return best?.rule.preferences ?? {};
}

/** Items by publication date, newest first; undated items after, in the order given. */
function newestFirst(items: readonly SiteItem[]): SiteItem[] {
  const time = (item: SiteItem): number => {
    const value = item.published === undefined ? Number.NaN : Date.parse(item.published);
    return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
  };
  return items
    .map((item, index) => ({ item, index, time: time(item) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ item }) => item);
}

/** A site's robots.txt and what it had to leave out. */
export interface SiteRobotsTxt {
  readonly text: string;
  /** Differing items without a rule: see {@link OmissionReason}. */
  readonly omitted: readonly OmittedItem[];
}

/**
 * The site's robots.txt: its rules ({@link siteRobotsRules}) put into every
 * group of `existing` (the robots.txt the CMS and other plugins wrote, kept
 * byte for byte), and the RSL `License:` record. Kept under `maxBytes`
 * (RFC 9309's 500 KiB by default): the defaults always fit, each comment is
 * written once, and item rules are listed newest first until the next one
 * would pass the limit; the older ones are reported as omitted (`size`).
 */
export function siteRobotsTxt(site: Site, existing = '', maxBytes = ROBOTS_TXT_MAX_BYTES): SiteRobotsTxt {
  const options = site.options;
  const { defaults, items, omitted } = siteRobotsRules(site);
  // No `License:` record when the licence would state nothing for any rule (core's robotsRulesDocument).
  const settings = withDefaults(options);
  const records = [...defaults, ...items].some((rule) => rslStates(rule.preferences, settings)) ? robotsLicenseLines(options) : [];
  const groups = robotsGroupCount(existing);
  const eol = /\r\n?/.exec(existing)?.[0] ?? '\n';
  const encoder = new TextEncoder();
  const bytes = (text: string): number => encoder.encode(text).length;
  // The comments of every item rule, counted in full up front: each is written at most once.
  const comments = robotsGroupLines(items, { ...options, contentUsage: false }).filter((line) => line.startsWith('#'));
  // Whether any rule has a Content-Signal statement: then every path rule has a Content-Signal line, empty or not.
  const signalled = [...defaults, ...items].some((rule) => contentSignalValue(rule, options) !== '');
  const quiet = signalled && defaults.every((rule) => contentSignalValue(rule, options) === '');
  const emptyLines = quiet ? defaults.filter((rule) => rule.path !== '/').map((rule) => `Content-Signal: ${rule.path}`) : [];
  const base = insertRobotsLines(existing, [...robotsGroupLines(defaults, options), ...emptyLines, ...comments], records);
  let room = maxBytes - bytes(base);
  const kept: PathPreferences[] = [];
  const dropped: OmittedItem[] = [];
  for (const item of items) {
    const cost = groups * ruleBytes(item, options, eol.length, signalled);
    if (dropped.length > 0 || cost > room) {
      dropped.push({ id: item.id, path: item.path, reason: 'size' });
      continue;
    }
    room -= cost;
    kept.push(item);
  }
  const text = insertRobotsLines(existing, robotsGroupLines([...defaults, ...kept], options), records);
  return { text, omitted: [...omitted, ...dropped] };
}

/**
 * The bytes of the `Content-Usage` and `Content-Signal` lines of one path
 * rule (ASCII: paths are encoded). With `signalled` a path rule has a
 * Content-Signal line even when its value is empty (serializeRobotsTxt).
 */
function ruleBytes(rule: PathPreferences, options: Site['options'], eol: number, signalled: boolean): number {
  let total = 0;
  const settings = withDefaults(options);
  const usage = settings.contentUsage ? serializeContentUsage(rule.preferences, settings.vocabulary) : '';
  if (usage !== '') total += 'Content-Usage: '.length + rule.path.length + 1 + usage.length + eol;
  const signal = contentSignalValue(rule, options);
  if (signal !== '') total += 'Content-Signal: '.length + rule.path.length + 1 + signal.length + eol;
  else if (signalled) total += 'Content-Signal: '.length + rule.path.length + eol;
  return total;
}

function contentSignalValue(rule: PathPreferences, options: Site['options']): string {
  const settings = withDefaults(options);
  return settings.contentSignal ? serializeContentSignal(rule.preferences, settings) : '';
}
