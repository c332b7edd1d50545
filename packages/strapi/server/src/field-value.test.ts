import type { ValidationError } from '@cc-signals/core';
import { currentVocabulary, presets, vocabularyById, type Vocabulary } from '@cc-signals/core';
import { describe, expect, it } from 'vitest';
import { fieldInput, storedIntent } from './field-value';

describe('fieldInput', () => {
  it('reads every preset id, null as inherit, and intents as objects or JSON', () => {
    for (const preset of presets) {
      expect(fieldInput('aiUsage', preset.id)).toEqual(JSON.parse(JSON.stringify(preset.intent)));
    }
    expect(fieldInput('aiUsage', null)).toBeNull();
    const intent = { categories: { search: { choice: 'allow' }, 'train-ai': { choice: 'inherit' } } };
    expect(fieldInput('aiUsage', intent)).toEqual({ categories: { search: { choice: 'allow' } } });
    expect(fieldInput('aiUsage', JSON.stringify(intent))).toEqual({ categories: { search: { choice: 'allow' } } });
  });

  it('names the field, the path inside it and the allowed values', () => {
    const error = (value: unknown) => {
      try {
        fieldInput('aiUsage', value);
      } catch (caught) {
        return caught as ValidationError;
      }
      throw new Error('accepted');
    };
    expect(error('cc-zz')).toMatchObject({ field: 'aiUsage', allowed: presets.map((preset) => preset.id) });
    const signal = error({ categories: { 'train-ai': { choice: 'disallow', signal: 'cc-x' } } });
    expect(signal.field).toBe('aiUsage.categories.train-ai.signal');
    expect(signal.allowed).toContain('cc-cr');
    expect(error('{not json')).toMatchObject({ field: 'aiUsage', allowed: presets.map((preset) => preset.id) });
  });
});

describe('fieldInput against the site\'s vocabulary', () => {
  const vocab08 = vocabularyById('draft-ietf-aipref-vocab-08') as Vocabulary;
  const aiUse = { categories: { 'ai-use': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' }, 'train-ai': { choice: 'disallow' } } };
  const refusal = (value: unknown, context: Parameters<typeof fieldInput>[2]) => {
    try {
      fieldInput('aiUsage', value, context);
    } catch (caught) {
      return caught as ValidationError;
    }
    throw new Error('accepted');
  };

  it('-08 accepts its AI Use category; -07 (the default) refuses it, naming the field and its category ids', () => {
    expect(fieldInput('aiUsage', aiUse, { vocabulary: vocab08 })).toEqual(aiUse);
    const error = refusal(aiUse, {});
    expect(error.field).toBe('aiUsage.categories');
    expect(error.allowed).toEqual(currentVocabulary.categories.map((category) => category.id));
    expect(error.message).toMatch(/^aiUsage\.categories: "ai-use" is not allowed; expected one of "train-ai", "search"/);
    expect(refusal({ categories: { 'ai-everything': { choice: 'allow' } } }, { vocabulary: vocab08 }).allowed).toEqual(['train-ai', 'ai-use', 'search']);
  });

  it('a category the vocabulary lacks passes only when sent back exactly as stored (saved after a switch)', () => {
    const sentBack = { categories: { 'train-ai': { choice: 'allow' }, 'ai-use': { signalVersion: '0.1', signal: 'cc-cr', choice: 'disallow' } } };
    expect(fieldInput('aiUsage', sentBack, { kept: aiUse })).toEqual({
      categories: { 'train-ai': { choice: 'allow' }, 'ai-use': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' } },
    });
    expect(refusal({ categories: { 'ai-use': { choice: 'allow' } } }, { kept: aiUse }).field).toBe('aiUsage.categories');
    expect(refusal({ categories: { 'ai-use': { choice: 'allow' } } }, { kept: null }).field).toBe('aiUsage.categories');
  });
});

describe('storedIntent', () => {
  const everyCategoryDisallowed = {
    categories: Object.fromEntries(currentVocabulary.categories.map((category) => [category.id, { choice: 'disallow' }])),
  };

  it('keeps the readable parts; an unreadable part disallows its category', () => {
    expect(storedIntent('{"categories":{"train-ai":{"choice":"perhaps"}}}')).toEqual({ categories: { 'train-ai': { choice: 'disallow' } } });
    const mixed = { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-zz' }, search: { choice: 'allow' } } };
    expect(storedIntent(mixed)).toEqual({ categories: { 'train-ai': { choice: 'disallow' }, search: { choice: 'allow' } } });
  });

  it('an unreadable whole value disallows every category; empty values inherit', () => {
    expect(storedIntent('{oops')).toEqual(everyCategoryDisallowed);
    expect(storedIntent({ categories: 'x' })).toEqual(everyCategoryDisallowed);
    expect(storedIntent(null)).toBeUndefined();
    expect(storedIntent('')).toBeUndefined();
    expect(storedIntent({})).toBeUndefined();
  });

  it('an unreadable whole value disallows every category of the vocabulary in force', () => {
    expect(storedIntent('{oops', vocabularyById('draft-ietf-aipref-vocab-08'))?.categories).toHaveProperty('ai-use', { choice: 'disallow' });
  });

  it('keeps retired category ids', () => {
    expect(storedIntent({ categories: { 'old-id': { choice: 'allow' } } })).toEqual({ categories: { 'old-id': { choice: 'allow' } } });
  });
});
