import type { ValidationError } from '@cc-signals/core';
import { currentVocabulary, presets } from '@cc-signals/core';
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

  it('keeps retired category ids', () => {
    expect(storedIntent({ categories: { 'old-id': { choice: 'allow' } } })).toEqual({ categories: { 'old-id': { choice: 'allow' } } });
  });
});
