import { describe, expect, it } from 'vitest';
import signalsData from '../data/signals.json' with { type: 'json' };
import {
  englishMessages,
  parseDeclarationHtml,
  serializeDeclarationHtml,
  serializeDeclarationText,
} from './declaration.js';
import { ValidationError } from './errors.js';
import type { Preferences } from './preferences.js';
import { signalByToken, signalConditions, signals, signalTokens } from './signals.js';
import { currentVocabulary } from './vocabulary.js';

const except = (token: string): Preferences => ({ 'train-ai': { preference: 'disallowed', exception: token } });

describe('serializeDeclarationText', () => {
  it.each(signalTokens)('names the category, the preference, and the title, conditions and URL of %s', (token) => {
    const signal = signalByToken(token)!;
    const text = serializeDeclarationText(except(token));
    expect(text).toContain(`- AI Model Training: not allowed, unless you meet the conditions of ${signal.title}.`);
    expect(text).toContain(`Conditions of ${signal.title}:`);
    for (const condition of signalConditions(signal)) expect(text).toContain(`    - ${condition}`);
    expect(text).toContain(`Read ${signal.title}: ${signal.url}`);
  });

  it('lists every category of the vocabulary, and other labels as written', () => {
    const text = serializeDeclarationText({ search: { preference: 'allowed' }, 'ai-use': { preference: 'disallowed' } });
    expect(text.split('\n')).toEqual([
      'The publisher of this content states these preferences for machine use:',
      '- AI Model Training: no preference stated.',
      '- Search: allowed.',
      '- ai-use: not allowed.',
    ]);
  });

  it('says so when nothing is stated', () => {
    expect(serializeDeclarationText({})).toBe('The publisher of this content states no preference for machine use.');
  });

  it('names an exception that is not a CC signal without inventing conditions', () => {
    const text = serializeDeclarationText(except('x-house-rule'));
    expect(text).toContain('unless you meet the conditions of x-house-rule.');
    expect(text).not.toContain('Conditions of');
  });

  it('uses translated strings and falls back to English for missing keys', () => {
    const messages = {
      'preference.disallowedExcept': '{category} : interdit, sauf aux conditions de {signal}.',
      'category.train-ai': "Entraînement de modèles d'IA",
      'signal.element.credit': 'Vous devez créditer.',
    };
    const text = serializeDeclarationText(except('cc-cr'), { messages });
    expect(text).toContain("- Entraînement de modèles d'IA : interdit, sauf aux conditions de CC Credit 0.1.");
    expect(text).toContain('    - Vous devez créditer.');
    expect(text).toContain('- Search: no preference stated.');
  });
});

describe('serializeDeclarationHtml', () => {
  it('links each signal to its canonical URL', () => {
    const html = serializeDeclarationHtml(except('cc-cr-ec'));
    const url = signalByToken('cc-cr-ec')!.url;
    expect(html).toMatch(/^<section class="cc-signals-declaration" aria-label="Preferences for machine use" data-content-usage="train-ai=n;exceptions=cc-cr-ec">/);
    expect(html).toContain(`conditions of <a href="${url}" rel="https://cc-signals.org/ns/1.0/signal">CC Credit + Ecosystem Contribution 0.1</a>.`);
    expect(html).toContain(`<p><a href="${url}">Read CC Credit + Ecosystem Contribution 0.1</a></p>`);
    expect(html.match(/<li>/g)).toHaveLength(2);
  });

  it('escapes translated strings and values but still inserts its own markup', () => {
    const messages = {
      'preference.disallowedExcept': '<img src=x onerror=alert(1)>{category} "{signal}"',
      'category.train-ai': '<b>&</b>',
      'declaration.title': '"><script>',
    };
    const html = serializeDeclarationHtml(except('cc-cr'), { messages });
    expect(html).not.toMatch(/<img|<b>|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;&amp;&lt;/b&gt; &quot;<a href=');
    expect(html).toContain('aria-label="&quot;&gt;&lt;script&gt;"');
  });

  it('escapes an exception token that is not a CC signal', () => {
    const html = serializeDeclarationHtml({ search: { preference: 'disallowed', exception: "x&y'z" } });
    expect(html).toContain('data-content-usage="search=n;exceptions=x&amp;y&#39;z"');
    expect(html).toContain('unless you meet the conditions of x&amp;y&#39;z.</li>');
  });

  it('rejects what the header cannot carry', () => {
    expect(() => serializeDeclarationHtml({ 'A"': { preference: 'allowed' } })).toThrow(ValidationError);
  });
});

describe('parseDeclarationHtml', () => {
  it.each([
    {},
    { search: { preference: 'allowed' } },
    { 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } },
    ...signalTokens.map(except),
  ] satisfies Preferences[])('round-trips %j', (preferences) => {
    expect(parseDeclarationHtml(`<article>${serializeDeclarationHtml(preferences)}</article>`)).toEqual(preferences);
  });

  it('combines several declarations most restrictively and ignores other sections', () => {
    const html = [
      '<section class="note" data-content-usage="train-ai=n"></section>',
      '<section class="x cc-signals-declaration" data-content-usage="train-ai=y, search=y"></section>',
      '<section class="cc-signals-declaration" data-content-usage="search=n"></section>',
    ].join('');
    expect(parseDeclarationHtml(html)).toEqual({ 'train-ai': { preference: 'allowed' }, search: { preference: 'disallowed' } });
  });

  it('never throws on garbage', () => {
    expect(parseDeclarationHtml('<section class="cc-signals-declaration" data-content-usage="%%%">')).toEqual({});
    expect(parseDeclarationHtml('<')).toEqual({});
  });
});

describe('English messages', () => {
  it('match the signal and vocabulary data, so translators see every string', () => {
    for (const signal of signals) expect(englishMessages[`signal.${signal.token}`]).toBe(signal.title);
    for (const [element, text] of Object.entries(signalsData.elements)) expect(englishMessages[`signal.element.${element}`]).toBe(text);
    for (const category of currentVocabulary.categories) expect(englishMessages[`category.${category.id}`]).toBe(category.title);
  });

  it('leave no key unresolved in the output', () => {
    const outputs = [serializeDeclarationText(except('cc-cr-dc')), serializeDeclarationHtml(except('cc-cr-op')), serializeDeclarationText({})];
    for (const output of outputs) expect(output).not.toMatch(/\b(declaration|preference|signal|category)\.[\w.-]+|\{\w+\}/);
  });
});

describe('describePreference', () => {
  it('words one category as the declaration does, translated when asked', async () => {
    const { describePreference } = await import('./declaration.js');
    expect(describePreference('train-ai', { preference: 'disallowed', exception: 'cc-cr-op' })).toBe(
      'AI Model Training: not allowed, unless you meet the conditions of CC Credit + Open 0.1.',
    );
    expect(describePreference('search', { preference: 'unknown' })).toBe('Search: no preference stated.');
    expect(
      describePreference('search', { preference: 'allowed' }, { messages: { 'category.search': 'Recherche', 'preference.allowed': '{category} : autorisé.' } }),
    ).toBe('Recherche : autorisé.');
    expect(describePreference('x-future', { preference: 'disallowed' })).toBe('x-future: not allowed.');
  });
});
