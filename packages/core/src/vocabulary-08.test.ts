// Draft -08 ships as data beside -07 (the default): the registry, every
// serializer and the reader run with it, and stored ai-use choices survive a
// site going back to -07.
import { describe, expect, it } from 'vitest';
import { outputsFor } from './conformance.js';
import {
  DEFAULT_VOCABULARY_ID, categoryOverrides, currentVocabulary, intentToPreferences, parseContentSignal, parseContentUsage,
  parseFeed, parseRsl, parseStoredIntent, readPreferences, resolveVocabulary, serializeIntent, serializeRss,
  tdmrepPreferences, validateIntent, vocabularies, vocabularyById, vocabularyIds, ValidationError,
} from './index.js';

const ID_08 = 'draft-ietf-aipref-vocab-08';
const draft08 = vocabularyById(ID_08)!;
const stored = '{"categories":{"ai-use":{"choice":"disallow","signal":"cc-cr","signalVersion":"0.1"},"search":{"choice":"allow"},"train-ai":{"choice":"disallow"}}}';
const everything = { contentSignal: true, tdmrep: true, rslLicenseUrl: 'https://example.org/l.xml', noai: true, vocabulary: ID_08 };

describe('the vocabulary registry', () => {
  it('ships -07 as the default and -08 as a working draft, by stable id', () => {
    expect(DEFAULT_VOCABULARY_ID).toBe('draft-ietf-aipref-vocab-07');
    expect(vocabularyIds).toEqual(['draft-ietf-aipref-vocab-07', ID_08]);
    expect(vocabularies[0]).toBe(currentVocabulary);
    expect(draft08.status).toBe('working-draft');
    expect(draft08.categories.map((category) => [category.id, category.label, category.title])).toEqual([
      ['train-ai', 'train-ai', 'AI Training'],
      ['ai-use', 'ai-use', 'AI Use'],
      ['search', 'search', 'Search'],
    ]);
    expect(draft08.categories.find((category) => category.id === 'search')?.overrides).toEqual(['train-ai', 'ai-use']);
  });

  it('resolves an id, an object or nothing, and rejects an unknown id naming the field and the ids', () => {
    expect(resolveVocabulary(undefined)).toBe(currentVocabulary);
    expect(resolveVocabulary(ID_08)).toBe(draft08);
    expect(resolveVocabulary(draft08)).toBe(draft08);
    try {
      resolveVocabulary('draft-ietf-aipref-vocab-06', 'outputs.vocabulary');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('outputs.vocabulary');
      expect((error as ValidationError).allowed).toEqual(vocabularyIds);
    }
  });
});

describe('draft -08 through every serializer', () => {
  it('writes ai-use wherever a format has a term for it, never widening', () => {
    const outputs = outputsFor(parseStoredIntent(stored), everything);
    expect(outputs.contentUsage).toBe('train-ai=n, ai-use=n;exceptions=cc-cr, search=y');
    expect(outputs.contentSignal).toBe('search=yes, ai-train=no, ai-input=no');
    expect(outputs.noai).toEqual(['noai', 'noimageai']);
    expect(outputs.tdmrepHeaders).toEqual({ 'tdm-reservation': '1' });
    expect(String(outputs.rssItem)).toContain('<rsl:permits type="usage">ai-input</rsl:permits>');
    expect(String(outputs.rssItem)).toContain('<rsl:payment type="attribution">');
    expect(String(outputs.declarationText)).toContain('AI Use');
    expect(outputs.htmlHead).toContain('content="train-ai=n, ai-use=n;exceptions=cc-cr, search=y"');
  });

  it('writes an allowed ai-use as ai-input only with the opt-in, and noai never for ai-use alone', () => {
    const intent = { categories: { 'ai-use': { choice: 'allow' as const } } };
    expect(outputsFor(intent, everything).contentSignal).toBe('');
    expect(String(outputsFor(intent, { ...everything, contentSignal: true, anyAiTraining: true }).robotsTxt)).toContain('Content-Signal: ai-input=yes');
    const aiUseOnly = { categories: { 'ai-use': { choice: 'disallow' as const } } };
    expect(outputsFor(aiUseOnly, everything).noai).toEqual([]);
    expect(outputsFor(aiUseOnly, everything).tdmrepHeaders).toEqual({ 'tdm-reservation': '1' });
  });

  it('gives tdm-reservation 0 only when all three categories are allowed', () => {
    const two = { categories: { 'train-ai': { choice: 'allow' as const }, search: { choice: 'allow' as const } } };
    expect(outputsFor(two, { tdmrep: true }).tdmrepHeaders).toEqual({ 'tdm-reservation': '0' });
    expect(outputsFor(two, { tdmrep: true, vocabulary: ID_08 }).tdmrepHeaders).toEqual({});
  });
});

describe('reading with draft -08', () => {
  it('reads ai-use as a category, and as an unknown label under -07', () => {
    expect(parseContentUsage('ai-use=n', draft08).preferences).toEqual({ 'ai-use': { preference: 'disallowed' } });
    expect(parseContentUsage('ai-use=n').preferences).toEqual({});
    expect(parseContentUsage('ai-use=n', draft08).legacy).toEqual([]);
  });

  it('maps the neighbouring formats\' AI-input terms onto ai-use as disallows', () => {
    expect(parseContentSignal('ai-input=no', draft08)).toEqual({ 'ai-use': { preference: 'disallowed' } });
    expect(parseContentSignal('ai-input=no')).toEqual({});
    expect(tdmrepPreferences(1, draft08)).toEqual({ 'train-ai': { preference: 'disallowed' }, 'ai-use': { preference: 'disallowed' } });
    const rsl = '<rsl xmlns="https://rslstandard.org/rsl"><content url="/"><license><prohibits type="usage">ai-input</prohibits></license></content></rsl>';
    expect(parseRsl(rsl, draft08)[0]?.preferences).toEqual({ 'ai-use': { preference: 'disallowed' } });
    const result = readPreferences({ url: 'https://e.org/', robotsTxt: 'User-agent: *\nContent-Signal: ai-input=no\n', vocabulary: ID_08 });
    expect(result.preferences).toEqual({ 'ai-use': { preference: 'disallowed' } });
  });

  it('reports where Search overrides the others, leaving each category as stated', () => {
    const headers = { 'content-usage': 'train-ai=n, ai-use=n, search=y' };
    const result = readPreferences({ url: 'https://e.org/', headers, vocabulary: ID_08 });
    expect(result.preferences['train-ai']).toEqual({ preference: 'disallowed' });
    expect(result.overrides).toEqual([{ label: 'search', preference: { preference: 'allowed' }, overrides: ['train-ai', 'ai-use'] }]);
    expect(categoryOverrides(parseContentUsage('train-ai=y, search=y', draft08).preferences, draft08)).toEqual([]);
    expect(readPreferences({ url: 'https://e.org/', headers }).overrides).toEqual([]);
  });

  it('reads feeds with it', () => {
    const feed = serializeRss(
      { title: 't', link: 'https://e.org/', description: 'd', preferences: intentToPreferences(parseStoredIntent(stored), draft08), items: [] },
      { vocabulary: ID_08 },
    );
    expect(parseFeed(feed, draft08).channel).toEqual(intentToPreferences(parseStoredIntent(stored), draft08));
  });
});

describe('stored ai-use choices', () => {
  it('survive a site going back to -07: kept, not written, validated only against the vocabulary in force', () => {
    const intent = parseStoredIntent(stored);
    expect(intent.categories['ai-use']).toEqual({ choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' });
    expect(intentToPreferences(intent)).toEqual({ 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } });
    expect(serializeIntent(intent)).toBe(stored);
    expect(() => validateIntent({ categories: { 'ai-use': { choice: 'allow' } } })).toThrow(/categories: "ai-use" is not allowed/);
    expect(validateIntent({ categories: { 'ai-use': { choice: 'allow' } } }, draft08).categories['ai-use']).toEqual({ choice: 'allow' });
  });
});
