import { serializeContentSignal } from '../content-signal.js';
import { serializeContentUsage } from '../content-usage.js';
import { withDefaults } from '../emit.js';
import { insertRobotsLines, robotsGroupCount } from '../robots/insert.js';
import { ROBOTS_TXT_MAX_BYTES } from '../robots/parse.js';
import { robotsGroupLines, robotsLicenseLines } from '../robots/serialize.js';
import { rslStates } from '../rsl.js';
import type { PathPreferences } from '../robots/types.js';
import { siteRuleSet, type RuleSet } from './rules.js';
import type { OmittedItem, Site } from './types.js';

/** The path rules of a site, before any size limit. */
export interface SiteRobotsRules {
  /** The site default at `/`, then each section default that differs from the rule covering it, at its prefix. */
  readonly defaults: readonly PathPreferences[];
  /** One rule per item that differs from the rule (default or item) covering its path, newest first. */
  readonly items: readonly (PathPreferences & { readonly id: string })[];
  /** Differing items that get no rule, and why. */
  readonly omitted: readonly OmittedItem[];
}

/**
 * The robots.txt (and tdmrep.json) path rules of a site, chosen so that under
 * RFC 9309's longest match the path of every section and every listed item
 * reads exactly its own preferences: a section default or an item gets a
 * rule wherever its preferences differ from the longest rule that would
 * otherwise cover its path, whether that is a default or another item's rule
 * (a child page that keeps the site default under a parent page that differs
 * gets its own rule). One rule per path: an item whose path is a section's own
 * path (the front page at `/`, a page at a section's prefix) is written for
 * exactly that URL (`/$`); a URL with a query string (`/?p=12`) is left to the
 * page's own header and tags; of two items with one path the newer owns it.
 * `*` and `$` in an item's path are data, written `%2A` and `%24`. Throws a
 * ValidationError naming `sections.<id>.path` for a section path robots.txt
 * cannot carry.
 */
export function siteRobotsRules(site: Site): SiteRobotsRules {
  const { defaults, items, omitted } = siteRuleSet(site);
  return { defaults, items: items.map(({ id, path, preferences }) => ({ id, path, preferences })), omitted };
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
 * written once, and item rules are listed newest first, a nest at a time (an
 * item rule with the rules under it), until the next nest would pass the
 * limit; the older ones are reported as omitted (`size`), with the items
 * without a rule that read them.
 */
export function siteRobotsTxt(site: Site, existing = '', maxBytes = ROBOTS_TXT_MAX_BYTES): SiteRobotsTxt {
  const options = site.options;
  const rules = siteRuleSet(site);
  const { defaults, items, omitted } = rules;
  // No `License:` record when the licence would state nothing for any rule (core's robotsRulesDocument).
  const settings = withDefaults(options);
  const records = [...defaults, ...items].some((rule) => rslStates(rule.preferences, settings)) ? robotsLicenseLines(options) : [];
  const groups = robotsGroupCount(existing);
  const eol = /\r\n?/.exec(existing)?.[0] ?? '\n';
  const encoder = new TextEncoder();
  const bytes = (text: string): number => encoder.encode(text).length;
  // The comments of every item rule the defaults do not write, counted in full up front: each is written at most once.
  const defaultLines = new Set(robotsGroupLines(defaults, options));
  const comments = robotsGroupLines(items, { ...options, contentUsage: false }).filter((line) => line.startsWith('#') && !defaultLines.has(line));
  // Whether any rule has a Content-Signal statement: then every path rule has a Content-Signal line, empty or not.
  const signalled = [...defaults, ...items].some((rule) => contentSignalValue(rule, options) !== '');
  const quiet = signalled && defaults.every((rule) => contentSignalValue(rule, options) === '');
  const emptyLines = quiet ? defaults.filter((rule) => rule.path !== '/').map((rule) => `Content-Signal: ${rule.path}`) : [];
  const stated = [...defaults, ...items].some((rule) => usageValue(rule, options) !== '');
  const lines = (rules: readonly PathPreferences[], force = false): string[] =>
    withEmptyUsage(robotsGroupLines(rules, options), rules, options, force);
  const base = insertRobotsLines(existing, [...lines(defaults, stated), ...emptyLines, ...comments], records);
  const cost = (item: PathPreferences): number => groups * ruleBytes(item, options, eol.length, signalled, stated);
  const { kept, dropped } = fitUnits(rules, maxBytes - bytes(base), cost);
  const text = insertRobotsLines(existing, lines([...defaults, ...kept]), records);
  return { text, omitted: [...omitted, ...dropped] };
}

/**
 * Keeps the item rules newest first, a nest at a time, while they fit in
 * `room`: an item rule covers the paths under it, so the rules of the items
 * under it that differ from it are kept or dropped with it (a child that is
 * kept or dropped alone could read its parent's preferences). Once one nest
 * is dropped, every older one is too. A dropped item, and an item without a
 * rule that read the dropped nest, is omitted when its section default differs
 * from its own preferences: its path then reads that default, never another
 * item's preferences.
 */
function fitUnits(rules: RuleSet, room: number, cost: (rule: PathPreferences) => number) {
  const units = new Map<number, number>();
  for (const rule of rules.items) units.set(rule.unit, (units.get(rule.unit) ?? 0) + cost(rule));
  const keep = new Set<number>();
  let full = false;
  for (const [unit, bytes] of units) {
    full ||= bytes > room;
    if (full) continue;
    room -= bytes;
    keep.add(unit);
  }
  const kept = rules.items.filter((rule) => keep.has(rule.unit));
  const dropped: OmittedItem[] = [
    ...rules.items.filter((rule) => !keep.has(rule.unit) && rule.needsUnit),
    ...rules.dependents.filter((item) => !keep.has(item.unit)),
  ].map(({ id, path }) => ({ id, path, reason: 'size' }));
  return { kept, dropped };
}

/**
 * The bytes of the `Content-Usage` and `Content-Signal` lines of one path
 * rule (ASCII: paths are encoded). With `signalled` a path rule has a
 * Content-Signal line even when its value is empty (serializeRobotsTxt); with
 * `stated`, a Content-Usage line ({@link withEmptyUsage}).
 */
function ruleBytes(rule: PathPreferences, options: Site['options'], eol: number, signalled: boolean, stated: boolean): number {
  let total = 0;
  const usage = usageValue(rule, options);
  if (usage !== '') total += 'Content-Usage: '.length + rule.path.length + 1 + usage.length + eol;
  else if (stated) total += 'Content-Usage: '.length + rule.path.length + eol;
  const signal = contentSignalValue(rule, options);
  if (signal !== '') total += 'Content-Signal: '.length + rule.path.length + 1 + signal.length + eol;
  else if (signalled) total += 'Content-Signal: '.length + rule.path.length + eol;
  return total;
}

function contentSignalValue(rule: PathPreferences, options: Site['options']): string {
  const settings = withDefaults(options);
  return settings.contentSignal ? serializeContentSignal(rule.preferences, settings) : '';
}

function usageValue(rule: PathPreferences, options: Site['options']): string {
  const settings = withDefaults(options);
  return settings.contentUsage ? serializeContentUsage(rule.preferences, settings.vocabulary) : '';
}

/**
 * The group lines with an empty `Content-Usage: <path>` line for each path
 * rule that states nothing, once any rule states something: otherwise a
 * shorter rule's statement (a parent page's) would reach a path whose author
 * chose nothing. An empty value is an empty dictionary: no preference.
 */
function withEmptyUsage(lines: string[], rules: readonly PathPreferences[], options: Site['options'], stated: boolean): string[] {
  const values = rules.map((rule) => usageValue(rule, options));
  if (!stated && values.every((value) => value === '')) return lines;
  const empty = rules.filter((rule, index) => values[index] === '' && rule.path !== '/').map((rule) => `Content-Usage: ${rule.path}`);
  const at = lines.findLastIndex((line) => line.startsWith('Content-Usage:')) + 1;
  return [...lines.slice(0, at), ...empty, ...lines.slice(at)];
}
