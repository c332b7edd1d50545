import { rslStates } from '../rsl.js';
import {
  CONTENT_SIGNAL_POLICY_COMMENT,
  contentSignalExceptionComment,
  serializeContentSignal,
} from '../content-signal.js';
import { serializeContentUsage } from '../content-usage.js';
import { absoluteUrl, withDefaults, type EmitOptions } from '../emit.js';
import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import { currentVocabulary, type Vocabulary } from '../vocabulary.js';
import { encodeRobotsPath } from './path.js';
import type {
  ContentSignalRule,
  ContentUsageRule,
  PathPreferences,
  RobotsGroup,
  RobotsTxt,
} from './types.js';

const PRODUCT_TOKEN = /^(\*|[A-Za-z_-]+)$/;

/** Tracks what a serialization has written so far. */
interface Writer {
  readonly vocabulary: Vocabulary;
  /** EmitOptions.anyAiTraining, for Content-Signal. */
  readonly anyAiTraining?: boolean;
  /** Whether the Content Signals policy comment was written already. */
  policyWritten: boolean;
  /** The exception comments written so far: each is written once, before its first rule. */
  readonly comments: Set<string>;
}

/**
 * Serializes a robots.txt model: each group with its `User-Agent` lines,
 * Allow/Disallow rules, `Content-Usage` rules (those without a path first,
 * then path rules in order) and `Content-Signal` rules, then the `License`
 * and `Sitemap` records. The first `Content-Signal` line is preceded by a
 * shortened Content Signals Policy comment, and the first that stands for a
 * CC signal exception by a comment saying so (each comment is written once).
 * Content-Usage rules whose preferences give an empty value are left out.
 * A Content-Signal path rule whose preferences give an empty value is written
 * without a value (`Content-Signal: /post/`, "no statement for this path") when
 * another rule of the group states something, so that a shorter rule's
 * `ai-train=no` does not reach a path whose own preferences Content-Signal
 * cannot carry (an allowed `train-ai`); otherwise it is left out. A group
 * left with no rule line gets an empty `Disallow:` (which matches nothing) so
 * that it stays a group. Throws a {@link ValidationError} naming the field
 * (`groups[0].contentUsage[1].path`) for an invalid user agent, path or URL.
 */
export function serializeRobotsTxt(robots: RobotsTxt, vocabulary: Vocabulary = currentVocabulary): string {
  return writeRobotsTxt(robots, { vocabulary, policyWritten: false, comments: new Set() });
}

function writeRobotsTxt(robots: RobotsTxt, writer: Writer): string {
  const blocks = robots.groups.map((group, index) =>
    groupLines(group, `groups[${index}]`, writer).join('\n'),
  );
  const records = [
    ...robots.licenses.map((url, index) => `License: ${absoluteUrl(url, `licenses[${index}]`)}`),
    ...robots.sitemaps.map((url, index) => `Sitemap: ${absoluteUrl(url, `sitemaps[${index}]`)}`),
  ];
  if (records.length > 0) blocks.push(records.join('\n'));
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function groupLines(group: RobotsGroup, field: string, writer: Writer): string[] {
  if (group.userAgents.length === 0) {
    throw new ValidationError(`${field}.userAgents: a group needs at least one user agent`, {
      field: `${field}.userAgents`,
      allowed: ['*', 'a product token of letters, "_" and "-"'],
    });
  }
  const lines = group.userAgents.map(
    (agent, index) => `User-Agent: ${userAgent(agent, `${field}.userAgents[${index}]`)}`,
  );
  group.rules.forEach((rule, index) => {
    const name = rule.type === 'allow' ? 'Allow' : 'Disallow';
    lines.push(
      rule.path === ''
        ? `${name}:`
        : `${name}: ${encodeRobotsPath(rule.path, `${field}.rules[${index}].path`)}`,
    );
  });
  lines.push(...preferenceLines(group, field, writer));
  // A group with no rule line would absorb the next group's user agents; the empty rule matches nothing.
  if (lines.length === group.userAgents.length) lines.push('Disallow:');
  return lines;
}

function userAgent(agent: string, field: string): string {
  if (PRODUCT_TOKEN.test(agent)) return agent;
  throw new ValidationError(`${field}: ${JSON.stringify(agent)} is not a product token`, {
    field,
    allowed: ['*', 'a product token of letters, "_" and "-"'],
  });
}

/** The Content-Usage and Content-Signal lines of a group. */
function preferenceLines(
  group: Pick<RobotsGroup, 'contentUsage' | 'contentSignals'>,
  field: string,
  writer: Writer,
): string[] {
  const lines: string[] = [];
  for (const { rule, index } of defaultsFirst(group.contentUsage)) {
    const value = serializeContentUsage(rule.preferences, writer.vocabulary);
    const path = rulePath(rule, `${field}.contentUsage[${index}].path`);
    if (value !== '') lines.push(`Content-Usage: ${path}${value}`);
  }
  const signals = defaultsFirst(group.contentSignals).map((entry) => ({
    ...entry,
    value: serializeContentSignal(entry.rule.preferences, writer),
  }));
  // A path rule Content-Signal can say nothing of still gets its line, empty, so that no shorter rule's statement reaches it.
  const stated = signals.some(({ value }) => value !== '');
  for (const { rule, index, value } of signals) {
    const path = rulePath(rule, `${field}.contentSignals[${index}].path`);
    if (value === '' && (!stated || path === '')) continue;
    if (!writer.policyWritten) lines.push(...CONTENT_SIGNAL_POLICY_COMMENT);
    writer.policyWritten = true;
    lines.push(...unwrittenComment(rule.preferences, writer), `Content-Signal: ${path}${value}`.trimEnd());
  }
  return lines;
}

/** The exception comment of a rule, or none when the same comment was written before. */
function unwrittenComment(preferences: Preferences, writer: Writer): string[] {
  const comment = contentSignalExceptionComment(preferences, writer.vocabulary);
  const key = comment.join('\n');
  if (comment.length === 0 || writer.comments.has(key)) return [];
  writer.comments.add(key);
  return comment;
}

function defaultsFirst<T extends ContentUsageRule | ContentSignalRule>(
  rules: readonly T[],
): { rule: T; index: number }[] {
  const indexed = rules.map((rule, index) => ({ rule, index }));
  return [
    ...indexed.filter(({ rule }) => rule.path === undefined),
    ...indexed.filter(({ rule }) => rule.path !== undefined),
  ];
}

/** The path of a rule followed by the space that separates it from the value; '' without a path. */
function rulePath(rule: ContentUsageRule | ContentSignalRule, field: string): string {
  return rule.path === undefined ? '' : `${encodeRobotsPath(rule.path, field)} `;
}

/**
 * The model of a robots.txt that states preferences per path: one
 * `User-Agent: *` group with `Allow: /`, a `Content-Usage` rule per entry
 * (when `options.contentUsage`, the default), a `Content-Signal` rule per
 * entry (when `options.contentSignal`), and the `License:` record of
 * `options.rslLicenseUrl`. The entry for `/` becomes the rule without a path.
 * Paths are checked and percent-encoded; an invalid one throws a
 * {@link ValidationError} naming `rules[i].path`.
 */
export function robotsTxtFromRules(
  rules: readonly PathPreferences[],
  options?: EmitOptions,
): RobotsTxt {
  const settings = withDefaults(options);
  const paths = rules.map((rule, index) => encodeRobotsPath(rule.path, `rules[${index}].path`));
  const entries = rules.map((rule, index) => {
    const path = paths[index];
    return {
      ...(path === undefined || path === '/' ? {} : { path }),
      preferences: rule.preferences,
    };
  });
  const group: RobotsGroup = {
    userAgents: ['*'],
    rules: [{ type: 'allow', path: '/' }],
    contentUsage: settings.contentUsage ? entries : [],
    contentSignals: settings.contentSignal ? entries : [],
  };
  return {
    groups: [group],
    // No `License:` line when the licence would state nothing (RSL needs a <content> with terms).
    licenses:
      settings.rslLicenseUrl === undefined || !rules.some((rule) => rslStates(rule.preferences, settings))
        ? []
        : [settings.rslLicenseUrl],
    sitemaps: [],
  };
}

/**
 * A whole robots.txt stating preferences per path; see
 * {@link robotsTxtFromRules} and {@link serializeRobotsTxt}. For example
 * `[{ path: '/', preferences }, { path: '/news/', preferences }]`.
 */
export function serializeRobotsRules(
  rules: readonly PathPreferences[],
  options?: EmitOptions,
  vocabulary: Vocabulary = withDefaults(options).vocabulary,
): string {
  const writer: Writer = {
    vocabulary, anyAiTraining: withDefaults(options).anyAiTraining, policyWritten: false, comments: new Set(),
  };
  return writeRobotsTxt(robotsTxtFromRules(rules, options), writer);
}

/**
 * Just the lines to add to an existing `User-agent: *` group (a CMS appends
 * them to its own robots.txt output): the `Content-Usage` and, when enabled,
 * `Content-Signal` lines of {@link robotsTxtFromRules}, with their comments.
 * `License:` lines belong to no group: see {@link robotsLicenseLines}.
 */
export function robotsGroupLines(
  rules: readonly PathPreferences[],
  options?: EmitOptions,
  vocabulary: Vocabulary = withDefaults(options).vocabulary,
): string[] {
  const group = robotsTxtFromRules(rules, options).groups[0];
  const writer: Writer = {
    vocabulary, anyAiTraining: withDefaults(options).anyAiTraining, policyWritten: false, comments: new Set(),
  };
  return group ? preferenceLines(group, 'groups[0]', writer) : [];
}

/** The `License: <url>` record for `options.rslLicenseUrl` (RSL), or none. */
export function robotsLicenseLines(options?: EmitOptions): string[] {
  const url = withDefaults(options).rslLicenseUrl;
  return url === undefined ? [] : [`License: ${url}`];
}
