import { serializeContentSignal } from './content-signal.js';
import { serializeContentUsage } from './content-usage.js';
import { serializeDeclarationHtml, serializeDeclarationText } from './declaration.js';
import { withDefaults, type EmitOptions } from './emit.js';
import { atomNamespaces, serializeAtomEntryElements, serializeAtomFeedElements } from './feeds/atom.js';
import { jsonFeedExtension } from './feeds/json-feed.js';
import { rssNamespaces, serializeRssChannelElements, serializeRssItemElements } from './feeds/rss.js';
import { serializeHtmlHead } from './html/head.js';
import { signalHeaders } from './http.js';
import { intentToPreferences, parseStoredIntent, type Intent } from './intent.js';
import { noaiDirectives } from './noai.js';
import { presets } from './presets.js';
import { robotsGroupLines, serializeRobotsRules } from './robots/serialize.js';
import { serializeTdmrepHeaders, serializeTdmrepJson, serializeTdmrepMeta } from './tdmrep.js';

/** One case of `vectors/outputs.json`: an intent, the emit options, and every output. */
export interface OutputVector {
  readonly name: string;
  readonly intent: Intent;
  readonly options: EmitOptions;
  readonly expected: Readonly<Record<string, unknown>>;
}

const ITEM_URL = 'https://example.org/2026/hello/';
const NOTES_DEFAULT: Intent = { categories: { 'train-ai': { choice: 'allow' }, search: { choice: 'allow' } } };
const ALL_OPTIONS: EmitOptions = {
  contentSignal: true,
  tdmrep: true,
  tdmPolicyUrl: 'https://example.org/tdm-policy.json',
  rslLicenseUrl: 'https://example.org/license.xml',
  noai: true,
};

/** Every opt-in that widens a mapping or links a real licence. */
const OPT_INS: EmitOptions = {
  ...ALL_OPTIONS,
  anyAiTraining: true,
  contentLicenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
};

/** The cases: every preset with default options, then with every opt-in format, then custom intents. */
export function outputCases(): { name: string; intent: Intent; options: EmitOptions }[] {
  const custom: [string, Intent][] = [
    ['custom: search disallowed, training allowed', { categories: { search: { choice: 'disallow' }, 'train-ai': { choice: 'allow' } } }],
    ['custom: search allowed, training except CC Credit + Open', parseStoredIntent({ categories: { search: { choice: 'allow' }, 'train-ai': { choice: 'disallow', signal: 'cc-cr-op' } } })],
  ];
  const draft08 = { ...ALL_OPTIONS, vocabulary: 'draft-ietf-aipref-vocab-08' };
  const aiUse: [string, Intent][] = [
    ['AI use disallowed except CC Credit, training disallowed, search allowed', parseStoredIntent({ categories: { 'ai-use': { choice: 'disallow', signal: 'cc-cr' }, 'train-ai': { choice: 'disallow' }, search: { choice: 'allow' } } })],
    ['everything allowed', { categories: { 'ai-use': { choice: 'allow' }, 'train-ai': { choice: 'allow' }, search: { choice: 'allow' } } }],
  ];
  return [
    ...presets.map((preset) => ({ name: `preset ${preset.id}`, intent: preset.intent, options: {} })),
    ...presets.map((preset) => ({ name: `preset ${preset.id}, every format`, intent: preset.intent, options: ALL_OPTIONS })),
    ...custom.map(([name, intent]) => ({ name, intent, options: ALL_OPTIONS })),
    ...custom.map(([name, intent]) => ({ name: `${name}, any AI training, content licence`, intent, options: OPT_INS })),
    ...aiUse.map(([name, intent]) => ({ name: `draft -08: ${name}, every format`, intent, options: draft08 })),
    ...aiUse.map(([name, intent]) => ({ name: `draft -08: ${name}, any AI training`, intent, options: { ...draft08, anyAiTraining: true } })),
    ...aiUse.map(([name, intent]) => ({ name: `draft -07 (default): ${name}, the stored ai-use kept but not written`, intent, options: ALL_OPTIONS })),
  ];
}

/** Every output core produces for an intent, by output name. The PHP plugin must produce the same bytes. */
export function outputsFor(intent: Intent, options: EmitOptions): Record<string, unknown> {
  const { vocabulary, transitionLabels } = withDefaults(options);
  const preferences = intentToPreferences(intent, vocabulary, { transitionLabels });
  const rules = [
    { path: '/', preferences },
    { path: '/notes/', preferences: intentToPreferences(NOTES_DEFAULT, vocabulary, { transitionLabels }) },
  ];
  return {
    preferences,
    contentUsage: serializeContentUsage(preferences, vocabulary),
    headers: signalHeaders(preferences, options),
    htmlHead: serializeHtmlHead(preferences, options),
    robotsTxt: serializeRobotsRules(rules, options),
    robotsGroupLines: robotsGroupLines(rules, options),
    contentSignal: serializeContentSignal(preferences, vocabulary),
    rssNamespaces: rssNamespaces(options),
    rssChannel: serializeRssChannelElements(preferences, options),
    rssItem: serializeRssItemElements({ link: ITEM_URL, preferences }, options),
    atomNamespaces: atomNamespaces(options),
    atomFeed: serializeAtomFeedElements(preferences, options),
    atomEntry: serializeAtomEntryElements({ link: ITEM_URL, preferences }, options),
    jsonFeedItem: jsonFeedExtension(preferences, options) ?? null,
    tdmrepHeaders: serializeTdmrepHeaders(preferences, options),
    tdmrepMeta: serializeTdmrepMeta(preferences, options),
    tdmrepJson: serializeTdmrepJson(rules, options),
    noai: noaiDirectives(preferences, vocabulary),
    declarationText: serializeDeclarationText(preferences, { vocabulary }),
    declarationHtml: serializeDeclarationHtml(preferences, { vocabulary }),
  };
}

/** The content of `vectors/outputs.json`. */
export function outputVectors(): { description: string; itemUrl: string; notesDefault: Intent; cases: OutputVector[] } {
  return {
    description:
      'Every output of @cc-signals/core for each case: the intent is resolved to preferences, robots.txt and tdmrep.json get the rules [{ path: "/", the case }, { path: "/notes/", notesDefault }], feed items link to itemUrl. Generated by `pnpm --filter @cc-signals/core vectors`; core tests fail when it is stale, and the WordPress plugin checks its PHP output against it byte for byte.',
    itemUrl: ITEM_URL,
    notesDefault: NOTES_DEFAULT,
    cases: outputCases().map((entry) => ({ ...entry, expected: outputsFor(entry.intent, entry.options) })),
  };
}

export { edgeCaseVectors, type EdgeCaseVector } from './conformance-edges.js';
