import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import { encodeRobotsPath, normalizeRobotsPattern, normalizeRobotsUrlPath, robotsPatternMatches } from '../robots/path.js';
import type { PathPreferences } from '../robots/types.js';
import { resolveItem, resolveSection, samePreferences } from './resolve.js';
import type { OmissionReason, Site, SiteItem } from './types.js';

/** An item's rule, and the unit robots.txt's size limit keeps or drops as a whole. */
export interface UnitRule extends PathPreferences {
  readonly id: string;
  /** Index (in `items`) of the outermost item rule of its nest: keep all or none. */
  readonly unit: number;
  /** Whether the item would read differently without its unit (then dropping it omits the item). */
  readonly needsUnit: boolean;
}

/** An item without a rule of its own whose path reads an item rule of `unit` (its own preferences). */
export interface Dependent {
  readonly id: string;
  readonly path: string;
  readonly unit: number;
}

/** The rules of a site with the units and dependents the size limit needs. */
export interface RuleSet {
  readonly defaults: PathPreferences[];
  readonly items: UnitRule[];
  readonly dependents: Dependent[];
  readonly omitted: { id: string; path: string; reason: Exclude<OmissionReason, 'size'> }[];
}

interface BaseNode {
  readonly index: number; // order among defaults, or newest-first order among items
  readonly pattern: string; // normalized rule path (`$` kept for `/$`-style rules)
  readonly target: string; // normalized URL path a crawler matches for it
  readonly preferences: Preferences;
  /** When it is decided: after every rule that can match its path. */
  readonly key: number;
}

interface DefaultNode extends BaseNode {
  readonly kind: 'default';
  readonly rulePath: string;
}

interface ItemNode extends BaseNode {
  readonly kind: 'item';
  readonly rulePath?: string;
  readonly id: string;
  readonly source: string;
  readonly reason?: Exclude<OmissionReason, 'size'>;
}

type Node = DefaultNode | ItemNode;
type Reader = { node: ItemNode; reading: Reading; fallback: Preferences };

interface Reading {
  readonly preferences: Preferences;
  readonly length: number;
  readonly unit?: number; // set when it is an item rule
}

/**
 * Chooses the path rules so that, under RFC 9309's longest match, the path of
 * every default and every listed item reads exactly its own preferences.
 * Nodes are decided shortest pattern first: every rule that can cover a path
 * is shorter than it, so it is decided before the path is. Item rules are
 * literal, looked up by prefix in a map: near-linear in the number of items.
 */
export function siteRuleSet(site: Site): RuleSet {
  const defaultsOnly = defaultNodes(site);
  const nodes = [...defaultsOnly, ...itemNodes(site, new Set(defaultsOnly.map((node) => node.rulePath)))];
  nodes.sort((a, b) => a.key - b.key || rank(a) - rank(b));
  const defaults: (PathPreferences & { pattern: string })[] = [];
  const byPrefix = new Map<string, Reading>();
  const anchored = new Map<string, Reading>();
  const items: (UnitRule & { order: number })[] = [];
  const readers: Reader[] = [];
  const claimed = new Set<string>(); // of two items with one path, the newer owns it, rule or not
  for (const node of nodes) {
    const fallback = readDefaults(defaults, node.target);
    const reading = readAll(fallback, byPrefix, anchored, node.target);
    if (node.kind === 'default') {
      const differs = !samePreferences(node.preferences, fallback.preferences) || !samePreferences(node.preferences, reading.preferences);
      if (node.pattern === '/' || differs) defaults.push({ path: node.rulePath, preferences: node.preferences, pattern: node.pattern });
      continue;
    }
    const owned = !claimed.has(node.pattern);
    claimed.add(node.pattern);
    if (node.rulePath === undefined || !owned || samePreferences(node.preferences, reading.preferences)) {
      readers.push({ node, reading, fallback: fallback.preferences });
      continue;
    }
    const unit = reading.unit ?? items.length;
    const rule = { preferences: node.preferences, length: node.pattern.length, unit };
    if (node.pattern.endsWith('$')) anchored.set(node.target, rule);
    else byPrefix.set(node.pattern, rule);
    items.push({ id: node.id, path: node.rulePath, preferences: node.preferences, unit, order: node.index, needsUnit: !samePreferences(node.preferences, fallback.preferences) });
  }
  return finish(defaults, items, readers);
}

function finish(
  defaults: (PathPreferences & { pattern: string })[],
  decided: (UnitRule & { order: number })[],
  readers: Reader[],
): RuleSet {
  // Units were numbered in decision order; renumber them as indexes into the newest-first list.
  const sorted = decided.map((rule, at) => ({ rule, at })).sort((a, b) => a.rule.order - b.rule.order);
  const position = new Map(sorted.map(({ at }, index) => [at, index]));
  const renumber = (unit: number): number => position.get(unit) ?? unit;
  const items = sorted.map(({ rule: { id, path, preferences, unit, needsUnit } }) => ({ id, path, preferences, needsUnit, unit: renumber(unit) }));
  const dependents: Dependent[] = [];
  const omitted: RuleSet['omitted'] = [];
  for (const { node, reading, fallback } of readers.sort((a, b) => a.node.index - b.node.index)) {
    if (!samePreferences(node.preferences, reading.preferences)) {
      omitted.push({ id: node.id, path: node.source, reason: node.reason ?? 'duplicate' });
    } else if (reading.unit !== undefined && !samePreferences(node.preferences, fallback)) {
      dependents.push({ id: node.id, path: node.source, unit: renumber(reading.unit) });
    }
  }
  return { defaults: defaults.map(({ path, preferences }) => ({ path, preferences })), items, dependents, omitted };
}

/** Defaults before items of the same length; items newest first. */
function rank(node: Node): number {
  return node.kind === 'default' ? node.index - 1e9 : node.index;
}

function readDefaults(defaults: readonly (PathPreferences & { pattern: string })[], target: string): Reading {
  let best: Reading = { preferences: {}, length: -1 };
  for (const rule of defaults) {
    if (rule.pattern.length > best.length && robotsPatternMatches(rule.pattern, target)) {
      best = { preferences: rule.preferences, length: rule.pattern.length };
    }
  }
  return best;
}

function readAll(best: Reading, byPrefix: Map<string, Reading>, anchored: Map<string, Reading>, target: string): Reading {
  const exact = anchored.get(target);
  if (exact && exact.length > best.length) return exact;
  for (let end = target.length; end > best.length; end--) {
    const rule = byPrefix.get(target.slice(0, end));
    if (rule) return rule;
  }
  return best;
}

function defaultNodes(site: Site): DefaultNode[] {
  const root = resolveSection(site).preferences;
  const nodes: DefaultNode[] = [{ kind: 'default', index: 0, pattern: '/', rulePath: '/', target: '/', preferences: root, key: 1 }];
  const seen = new Set(['/']);
  for (const [id, section] of Object.entries(site.sections ?? {})) {
    if (section.path === undefined || section.path === '' || section.path === '/') continue;
    const path = encodeRobotsPath(section.path, `sections.${id}.path`);
    if (seen.has(path)) continue;
    seen.add(path);
    const pattern = normalizeRobotsPattern(path);
    const target = normalizeRobotsUrlPath(path.replace(/[*$]+$/, ''));
    nodes.push({ kind: 'default', index: nodes.length, pattern, rulePath: path, target, preferences: resolveSection(site, id).preferences, key: pattern.length });
  }
  return nodes;
}

/** The item nodes; `defaults` holds the default rules' paths (an item on one gets `$`). */
function itemNodes(site: Site, defaults: ReadonlySet<string>): ItemNode[] {
  return newestFirst(site.items ?? []).flatMap((item, index): ItemNode[] => {
    if (item.path === undefined) return [];
    const { preferences } = resolveItem(site, item);
    const encoded = itemRulePath(item.path);
    const base = { kind: 'item' as const, index, preferences, id: item.id, source: item.path };
    if (encoded.path === undefined) {
      return [{ ...base, pattern: '', target: encoded.target, reason: encoded.reason, key: encoded.target.length + 0.5 }];
    }
    const rulePath = defaults.has(encoded.path) ? `${encoded.path}$` : encoded.path;
    const pattern = normalizeRobotsPattern(rulePath);
    return [{ ...base, pattern, rulePath, target: encoded.target, key: pattern.length }];
  });
}

/**
 * An item's URL path as a robots.txt path (`*` and `$` as data), or why it
 * cannot be one, and the normalized URL path a crawler matches for it.
 */
function itemRulePath(path: string): { path?: string; target: string; reason?: 'query' | 'invalid-path' } {
  const hash = path.indexOf('#');
  const bare = hash === -1 ? path : path.slice(0, hash);
  const query = bare.indexOf('?');
  const covers = query === -1 ? bare : bare.slice(0, query);
  try {
    const encoded = encodeRobotsPath(covers.replaceAll('*', '%2A').replaceAll('$', '%24'), 'path');
    if (query === -1) return { path: encoded, target: normalizeRobotsUrlPath(encoded) };
    return { target: normalizeRobotsUrlPath(encoded + bare.slice(query)), reason: 'query' };
  } catch (error) {
    if (error instanceof ValidationError) return { target: '/', reason: 'invalid-path' };
    throw error;
  }
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
