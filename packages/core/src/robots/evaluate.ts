import { combinePreferences, type Preferences } from '../preferences.js';
import { parseRobotsTxt } from './parse.js';
import {
  normalizeRobotsPattern,
  normalizeRobotsUrlPath,
  robotsPatternMatches,
  urlPathOf,
} from './path.js';
import type {
  AccessRule,
  ContentSignalRule,
  ContentUsageRule,
  RobotsGroup,
  RobotsTxt,
} from './types.js';

/** What a robots.txt says to one crawler about one URL. */
export interface RobotsEvaluation {
  /** Whether the crawler may fetch the URL (RFC 9309). */
  readonly crawl: boolean;
  /**
   * The `Content-Usage` preferences for the URL: those of the longest
   * matching rules, combined most restrictive first. `{}` when no rule
   * matches, and when the URL may not be crawled (draft-ietf-aipref-attach:
   * no preferences are implied for disallowed resources).
   */
  readonly preferences: Preferences;
  /** The `Content-Signal` preferences (IETF labels), matched the same way. */
  readonly contentSignal: Preferences;
  /** The product token the crawler was matched by. */
  readonly productToken: string;
  /** The group that applied, merged from every group naming the crawler (or `*`). */
  readonly group?: RobotsGroup;
  /** The Allow/Disallow rule that decided `crawl`, if any matched. */
  readonly accessRule?: AccessRule;
  /** The `Content-Usage` rules whose preferences were combined. */
  readonly contentUsageRules: readonly ContentUsageRule[];
  /** The `Content-Signal` rules whose preferences were combined. */
  readonly contentSignalRules: readonly ContentSignalRule[];
}

const IDENTIFIER = /^[A-Za-z_-]+$/;
/** Products of browser user-agent strings, which name no crawler. */
const GENERIC_PRODUCTS = new Set(
  [
    'mozilla applewebkit khtml gecko chrome chromium safari mobile version firefox edg edge',
    'opr opera crios fxios build trident webkit samsungbrowser',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The product token of a crawler's user-agent string, which RFC 9309 § 2.2.1
 * matches against user-agent lines. A bare token (`GPTBot`) is returned as
 * is; otherwise the name after `compatible;` (`Mozilla/5.0 (compatible;
 * GPTBot/1.1; …)` → `GPTBot`), else the first `name/version` product that is
 * not a browser or engine name (`CCBot/2.0 (…)` → `CCBot`), else the leading
 * name. Callers that know their token should pass it.
 */
export function productToken(userAgent: string): string {
  const trimmed = userAgent.trim();
  if (trimmed === '*' || IDENTIFIER.test(trimmed)) return trimmed;
  const compatible = /compatible;\s*([A-Za-z_-]+)/i.exec(trimmed)?.[1];
  if (compatible !== undefined) return compatible;
  for (const match of trimmed.matchAll(/(?:^|[\s(;])([A-Za-z_-]+)\//g)) {
    const name = match[1];
    if (name !== undefined && !GENERIC_PRODUCTS.has(name.toLowerCase())) return name;
  }
  return /^[A-Za-z_-]+/.exec(trimmed)?.[0] ?? '';
}

/**
 * Evaluates a robots.txt for a URL (absolute, or a path with its query) and
 * a crawler (its product token or full user-agent string, see
 * {@link productToken}).
 *
 * Groups naming the token (case-insensitively) are merged; when none does,
 * the `*` groups apply; when there are none, everything may be crawled.
 * Allow/Disallow: the matching rule with the longest pattern wins, Allow on
 * a tie; `/robots.txt` is always allowed. Content-Usage and Content-Signal:
 * the matching rules with the longest path (a rule without path counts as
 * `/`) apply, and rules of equal length, identical paths included, combine
 * most restrictive first. Paths are compared percent-encoding-normalized
 * (RFC 9309 § 2.2.2). Never throws.
 */
export function evaluateRobots(
  robots: RobotsTxt | string,
  url: string | URL,
  userAgent: string,
): RobotsEvaluation {
  const parsed = typeof robots === 'string' ? parseRobotsTxt(robots) : robots;
  const token = productToken(userAgent);
  const group = mergeGroups(selectGroups(parsed.groups, token));
  const path = normalizeRobotsUrlPath(urlPathOf(url));
  const empty = {
    preferences: {},
    contentSignal: {},
    productToken: token,
    contentUsageRules: [],
    contentSignalRules: [],
  };
  if (!group) return { crawl: true, ...empty };
  const accessRule = decidingRule(group.rules, path);
  const crawl = path.split('?')[0] === '/robots.txt' || accessRule?.type !== 'disallow';
  const base = { ...empty, group, ...(accessRule ? { accessRule } : {}) };
  if (!crawl) return { crawl, ...base };
  const contentUsageRules = longestMatches(group.contentUsage, path);
  const contentSignalRules = longestMatches(group.contentSignals, path);
  return {
    ...base,
    crawl,
    preferences: combinePreferences(...contentUsageRules.map((rule) => rule.preferences)),
    contentSignal: combinePreferences(...contentSignalRules.map((rule) => rule.preferences)),
    contentUsageRules,
    contentSignalRules,
  };
}

function selectGroups(groups: readonly RobotsGroup[], token: string): RobotsGroup[] {
  const lower = token.toLowerCase();
  const named = groups.filter((group) =>
    group.userAgents.some((agent) => agent !== '*' && agent.toLowerCase() === lower),
  );
  return named.length > 0 ? named : groups.filter((group) => group.userAgents.includes('*'));
}

function mergeGroups(groups: readonly RobotsGroup[]): RobotsGroup | undefined {
  if (groups.length <= 1) return groups[0];
  return {
    userAgents: [...new Set(groups.flatMap((group) => group.userAgents))],
    rules: groups.flatMap((group) => group.rules),
    contentUsage: groups.flatMap((group) => group.contentUsage),
    contentSignals: groups.flatMap((group) => group.contentSignals),
  };
}

function decidingRule(rules: readonly AccessRule[], path: string): AccessRule | undefined {
  let best: { rule: AccessRule; length: number } | undefined;
  for (const rule of rules) {
    if (rule.path === '') continue;
    const pattern = normalizeRobotsPattern(rule.path);
    if (!robotsPatternMatches(pattern, path)) continue;
    const longer = !best || pattern.length > best.length;
    const allowOnTie = best?.length === pattern.length && rule.type === 'allow';
    if (longer || allowOnTie) best = { rule, length: pattern.length };
  }
  return best?.rule;
}

function longestMatches<T extends { readonly path?: string }>(
  rules: readonly T[],
  path: string,
): T[] {
  let longest = -1;
  let matched: T[] = [];
  for (const rule of rules) {
    const pattern = normalizeRobotsPattern(
      rule.path === undefined || rule.path === '' ? '/' : rule.path,
    );
    if (!robotsPatternMatches(pattern, path) || pattern.length < longest) continue;
    if (pattern.length > longest) matched = [];
    longest = pattern.length;
    matched.push(rule);
  }
  return matched;
}
