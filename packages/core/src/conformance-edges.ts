import { serializeContentSignal } from './content-signal.js';
import { serializeContentUsage } from './content-usage.js';
import { serializeDeclarationHtml, serializeDeclarationText, type Messages } from './declaration.js';
import type { EmitOptions } from './emit.js';
import { ValidationError } from './errors.js';
import { serializeRssItemElements } from './feeds/rss.js';
import { serializeHtmlHead } from './html/head.js';
import { signalHeaders } from './http.js';
import { readStoredIntent, validateIntent } from './intent.js';
import type { Preferences } from './preferences.js';
import { compileRobotsRules } from './robots/compile.js';
import { robotsGroupLines, robotsLicenseLines } from './robots/serialize.js';
import type { PathPreferences } from './robots/types.js';
import { serializeTdmrepJson } from './tdmrep.js';

/**
 * One case of `vectors/edge-cases.json`: a call of a core function by a
 * language-neutral name, its arguments, and its result, or the error's
 * `field` and `allowed` values (messages are for people and not compared).
 */
export interface EdgeCaseVector {
  readonly name: string;
  readonly call: string;
  readonly args: readonly unknown[];
  readonly expected: { readonly value: unknown } | { readonly error: { readonly field: string; readonly allowed: readonly string[] } };
}

type Call = (...args: never[]) => unknown;

/** The functions the edge cases call, by the name the vectors use. */
const CALLS: Readonly<Record<string, Call>> = {
  validateIntent: (input: unknown) => validateIntent(input),
  readStoredIntent: (stored: unknown) => {
    const { intent, problems } = readStoredIntent(stored);
    return { intent, problems: problems.map(({ field, disallowed }) => ({ field, disallowed })) };
  },
  serializeContentUsage: (preferences: Preferences) => serializeContentUsage(preferences),
  serializeContentSignal: (preferences: Preferences, options: EmitOptions) => serializeContentSignal(preferences, options),
  compileRobotsRules: (defaults: PathPreferences[], items: PathPreferences[]) =>
    compileRobotsRules(defaults, items).map((rule) => rule.path),
  robotsGroupLines: (rules: PathPreferences[], options: EmitOptions) => robotsGroupLines(rules, options),
  robotsLicenseLines: (options: EmitOptions) => robotsLicenseLines(options),
  tdmrepJson: (rules: PathPreferences[], options: EmitOptions) => serializeTdmrepJson(rules, options),
  linkHeader: (preferences: Preferences, options: EmitOptions) => signalHeaders(preferences, options).link ?? null,
  signalHeaders: (preferences: Preferences, options: EmitOptions) => signalHeaders(preferences, options),
  htmlHead: (preferences: Preferences, options: EmitOptions & { declarationUrl?: string }) =>
    serializeHtmlHead(preferences, options),
  rssItem: (link: string, preferences: Preferences | null, options: EmitOptions, channel: Preferences | null) =>
    serializeRssItemElements({ link, ...(preferences ? { preferences } : {}), ...(channel ? { channel } : {}) }, options),
  declarationText: (preferences: Preferences, messages: Messages) => serializeDeclarationText(preferences, { messages }),
  declarationHtml: (preferences: Preferences, messages: Messages) => serializeDeclarationHtml(preferences, { messages }),
};

const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } };
const allow: Preferences = { 'train-ai': { preference: 'allowed' } };
const all: Preferences = { search: { preference: 'allowed' }, 'train-ai': { preference: 'allowed' } };
const odd: Preferences = {
  'x-other': { preference: 'disallowed', exception: 'foo' },
  'train-ai': { preference: 'disallowed', exception: 'cc-cr-dc' },
};
const messages = {
  'declaration.intro': 'Say <"{x}"> & {category}',
  'preference.disallowedExcept': "{category} — no, except {signal} 'ok'",
};
const rule = (path: string, preferences: Preferences): PathPreferences => ({ path, preferences });
const intent = (categories: unknown) => ({ categories });

/** The inputs: edge cases beyond `outputs.json`, as [name, call, args]. */
const INPUTS: readonly (readonly [string, string, readonly unknown[]])[] = [
  ['bad choice', 'validateIntent', [intent({ 'train-ai': { choice: 'maybe' } })]],
  ['missing choice', 'validateIntent', [intent({ 'train-ai': { signal: null } })]],
  ['null choice', 'validateIntent', [intent({ 'train-ai': { choice: null } })]],
  ['unknown signal', 'validateIntent', [intent({ 'train-ai': { choice: 'disallow', signal: 'cc-zz' } })]],
  ['signal on allow', 'validateIntent', [intent({ search: { choice: 'allow', signal: 'cc-cr' } })]],
  ['unknown category', 'validateIntent', [intent({ 'ai-use': { choice: 'allow' } })]],
  ['bad signal version', 'validateIntent', [intent({ 'train-ai': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.2' } })]],
  ['choice not an object', 'validateIntent', [intent({ 'train-ai': 'allow' })]],
  ['intent not an object', 'validateIntent', ['x']],
  ['categories not an object', 'validateIntent', [{ categories: 'x' }]],
  ['stored: a bad id is left out, the rest kept', 'readStoredIntent', [intent({ Bad: { choice: 'allow' }, search: { choice: 'allow' } })]],
  ['stored: a future id is kept', 'readStoredIntent', [intent({ 'future-cat': { choice: 'allow' } })]],
  ['stored: empty string', 'readStoredIntent', ['']],
  ['stored: JSON text, signal version filled in', 'readStoredIntent', ['{"categories":{"train-ai":{"choice":"disallow","signal":"cc-cr-dc"}}}']],
  ['stored: a bad signal next to a valid allow disallows its category only', 'readStoredIntent', [intent({ 'train-ai': { choice: 'disallow', signal: 'cc-zz' }, search: { choice: 'allow' } })]],
  ['stored: a retired id next to a valid disallow', 'readStoredIntent', [intent({ 'train-genai': { choice: 'maybe' }, 'train-ai': { choice: 'disallow' } })]],
  ['stored: not JSON disallows every category', 'readStoredIntent', ['{oops']],
  ['stored: categories not an object disallows every category', 'readStoredIntent', [{ categories: 'x' }]],
  ['compile rules', 'compileRobotsRules', [[rule('/', credit), rule('/notes/', allow)], [rule('/posts/a', credit), rule('/posts/b', allow), rule('/notes/c', allow), rule('/notes/d', { 'train-ai': { preference: 'disallowed' } })]]],
  ['compile encoded paths', 'compileRobotsRules', [[rule('/', credit), rule('/né/', allow)], [rule('/n%C3%A9/x', allow), rule('/n%c3%a9/y', credit)]]],
  ['robots encoded path', 'robotsGroupLines', [[rule('/', allow), rule('/ünï/%7e$x*#f', credit)], { contentSignal: true }]],
  ['robots encoded path, any AI training', 'robotsGroupLines', [[rule('/', allow), rule('/ünï/%7e$x*#f', credit)], { contentSignal: true, anyAiTraining: true }]],
  ['robots bad path', 'robotsGroupLines', [[rule('/x\n', allow)], {}]],
  ['robots: an empty Content-Signal line where a path allows training under a disallowing default', 'robotsGroupLines', [[rule('/', credit), rule('/post/', allow), rule('/both/', all)], { contentSignal: true }]],
  ['robots: no Content-Signal line when no rule states anything', 'robotsGroupLines', [[rule('/', {}), rule('/post/', allow)], { contentSignal: true }]],
  ['Content-Signal: train-ai=y alone says nothing', 'serializeContentSignal', [allow, {}]],
  ['Content-Signal: train-ai=y with the opt-in', 'serializeContentSignal', [all, { anyAiTraining: true }]],
  ['tdmrep.json order', 'tdmrepJson', [[rule('/', all), rule('/a/', { search: { preference: 'allowed' } }), rule('/b/%7e/', { 'train-ai': { preference: 'disallowed' } })], {}]],
  ['tdmrep.json ties', 'tdmrepJson', [[rule('/b/', all), rule('/a/', { search: { preference: 'disallowed' } }), rule('/c/', all)], { tdmPolicyUrl: 'https://e.org/p' }]],
  ['URL normalized', 'linkHeader', [credit, { rslLicenseUrl: 'https://Example.ORG' }]],
  ['content licence linked as a licence, the signal with its own relation', 'linkHeader', [credit, { contentLicenseUrl: 'https://creativecommons.org/licenses/by/4.0/' }]],
  ['URL default port', 'robotsLicenseLines', [{ rslLicenseUrl: 'https://example.org:443/a?b=c#d' }]],
  ['URL non-ASCII', 'robotsLicenseLines', [{ rslLicenseUrl: 'http://example.org/ä' }]],
  ['URL not http', 'signalHeaders', [credit, { rslLicenseUrl: 'ftp://x.org/' }]],
  ['URL not a URL', 'signalHeaders', [credit, { rslLicenseUrl: 'not a url' }]],
  ['content licence URL not a URL', 'signalHeaders', [credit, { contentLicenseUrl: 'not a url' }]],
  ['label not a key', 'serializeContentUsage', [{ Train: { preference: 'allowed' } }]],
  ['exception not a token', 'serializeContentUsage', [{ 'train-ai': { preference: 'disallowed', exception: '1x' } }]],
  ['other labels last', 'serializeContentUsage', [{ 'x-other': { preference: 'disallowed', exception: 'foo' }, search: { preference: 'allowed' } }]],
  ['declaration text', 'declarationText', [odd, messages]],
  ['declaration HTML', 'declarationHtml', [odd, messages]],
  ['RSS item inherits', 'rssItem', ['https://e.org/a?b=1&c="2"\n', null, { rslLicenseUrl: 'https://e.org/l.xml' }, odd]],
  ['RSS item: an allow alone states nothing in RSL without the opt-in', 'rssItem', ['https://e.org/a', allow, { rslLicenseUrl: 'https://e.org/l.xml', contentUsage: false }, null]],
  ['head escapes', 'htmlHead', [credit, { declarationUrl: "/ai-prefs?a=1&b='x'", contentUsage: false, noai: true }]],
];

function run(call: string, args: readonly unknown[]): EdgeCaseVector['expected'] {
  const fn = CALLS[call];
  if (fn === undefined) throw new Error(`no call ${call}`);
  try {
    return { value: (fn as (...values: readonly unknown[]) => unknown)(...args) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { error: { field: error.field, allowed: error.allowed ?? [] } };
  }
}

/** The content of `vectors/edge-cases.json`. */
export function edgeCaseVectors(): { description: string; cases: EdgeCaseVector[] } {
  return {
    description:
      'Edge cases beyond outputs.json: a call of a core function by name, its arguments, and what core returns (`value`) or the ValidationError it throws (`error`: `field` and `allowed`; messages are for people and not compared). Generated by `pnpm --filter @cc-signals/core vectors`; core tests fail when it is stale, and the WordPress plugin maps each call to its PHP port.',
    cases: INPUTS.map(([name, call, args]) => ({ name, call, args, expected: run(call, args) })),
  };
}
