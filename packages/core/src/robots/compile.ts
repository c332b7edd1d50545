import type { Preferences } from '../preferences.js';
import { normalizeRobotsPattern, normalizeRobotsUrlPath, robotsPatternMatches } from './path.js';
import type { PathPreferences } from './types.js';

/**
 * The robots.txt path rules a site needs so that robots.txt agrees with its
 * pages: the section defaults (`/` for the site, `/notes/` for a content
 * type…) plus one rule for each item whose own preferences differ from the
 * section default that would otherwise cover its path. Without those, a
 * reader combining robots.txt with a page's header (most restrictive wins)
 * would never see an item's more permissive choice. Items are given by
 * their URL path; defaults are returned first, then items, in input order.
 */
export function compileRobotsRules(
  defaults: readonly PathPreferences[],
  items: readonly PathPreferences[],
): PathPreferences[] {
  const differing = items.filter(
    (item) => !samePreferences(item.preferences, coveringDefault(defaults, item.path)),
  );
  return [...defaults, ...differing];
}

function coveringDefault(defaults: readonly PathPreferences[], path: string): Preferences {
  let best: PathPreferences | undefined;
  const normalized = normalizeRobotsUrlPath(path);
  for (const rule of defaults) {
    if (!robotsPatternMatches(normalizeRobotsPattern(rule.path), normalized)) continue;
    if (!best || rule.path.length > best.path.length) best = rule;
  }
  return best?.preferences ?? {};
}

function samePreferences(a: Preferences, b: Preferences): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left = a[key];
    const right = b[key];
    if (left?.preference !== right?.preference || left?.exception !== right?.exception)
      return false;
  }
  return true;
}
