import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import {
  intentToPreferences,
  parseStoredIntent,
  readStoredIntent,
  resolveIntent,
  serializeIntent,
  validateIntent,
  type Intent,
} from './intent.js';
import { presetById, presetOf, presets } from './presets.js';
import type { Vocabulary } from './vocabulary.js';

function catchError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('validateIntent', () => {
  it('accepts a disallow with a CC signal and fills in its version', () => {
    expect(validateIntent({ categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr' } } })).toEqual({
      categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' } },
    });
  });

  it('names the field and the allowed values for a bad choice', () => {
    const error = catchError(() => validateIntent({ categories: { 'train-ai': { choice: 'maybe' } } }));
    expect(error.field).toBe('categories.train-ai.choice');
    expect(error.allowed).toEqual(['inherit', 'allow', 'disallow']);
    expect(error.message).toContain('"maybe"');
  });

  it('rejects an unknown signal, listing the known ones', () => {
    const error = catchError(() =>
      validateIntent({ categories: { 'train-ai': { choice: 'disallow', signal: 'cc-by' } } }),
    );
    expect(error.field).toBe('categories.train-ai.signal');
    expect(error.allowed).toEqual(['cc-cr', 'cc-cr-dc', 'cc-cr-ec', 'cc-cr-op']);
  });

  it('rejects a signal on an allow, and a category outside the vocabulary', () => {
    expect(() => validateIntent({ categories: { search: { choice: 'allow', signal: 'cc-cr' } } })).toThrow(
      /only applies to "disallow"/,
    );
    expect(catchError(() => validateIntent({ categories: { 'ai-use': { choice: 'allow' } } })).allowed).toEqual([
      'train-ai',
      'search',
    ]);
  });

  it('rejects an unknown signal version', () => {
    const input = { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr', signalVersion: '9.9' } } };
    expect(catchError(() => validateIntent(input)).field).toBe('categories.train-ai.signalVersion');
  });
});

describe('stored intents', () => {
  it('round-trips through the stored JSON form, dropping inherit', () => {
    const intent: Intent = {
      categories: { search: { choice: 'allow' }, 'train-ai': { choice: 'inherit' } },
    };
    expect(serializeIntent(intent)).toBe('{"categories":{"search":{"choice":"allow"}}}');
    expect(parseStoredIntent(serializeIntent(intent))).toEqual({ categories: { search: { choice: 'allow' } } });
  });

  it('keeps categories that a later vocabulary dropped, and serializes only known ones', () => {
    const stored = parseStoredIntent('{"categories":{"train-genai":{"choice":"disallow"},"search":{"choice":"allow"}}}');
    expect(Object.keys(stored.categories)).toEqual(['train-genai', 'search']);
    expect(intentToPreferences(stored)).toEqual({ search: { preference: 'allowed' } });
  });

  it('serializes for the vocabulary in force, mapping ids to its labels', () => {
    const renamed: Vocabulary = {
      version: 'test',
      source: 'test',
      sourceUrl: 'https://example.test/',
      categories: [{ id: 'train-ai', label: 'ai-train', title: 'AI Model Training', description: '' }],
      legacyLabels: [],
    };
    const intent = parseStoredIntent({ categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr' } } });
    expect(intentToPreferences(intent, renamed)).toEqual({
      'ai-train': { preference: 'disallowed', exception: 'cc-cr' },
    });
  });

  it('reads an empty stored value as inherit everywhere, and an unreadable one as disallow everywhere', () => {
    expect(parseStoredIntent('')).toEqual({ categories: {} });
    expect(parseStoredIntent([])).toEqual({ categories: {} });
    for (const broken of ['{oops', '[1,2]', '"x"', 42, { categories: 'x' }]) {
      const reading = readStoredIntent(broken);
      expect(reading.intent).toEqual({ categories: { 'train-ai': { choice: 'disallow' }, search: { choice: 'disallow' } } });
      expect(reading.problems[0]?.disallowed).toEqual(['train-ai', 'search']);
    }
  });

  it('keeps the valid parts of a stored value; an unreadable part disallows its category', () => {
    const reading = readStoredIntent({
      categories: {
        'train-ai': { choice: 'disallow', signal: 'cc-zz' },
        search: { choice: 'allow' },
        'retired-cat': { choice: 'maybe' },
        Bad: { choice: 'allow' },
      },
    });
    expect(reading.intent).toEqual({
      categories: { 'train-ai': { choice: 'disallow' }, search: { choice: 'allow' }, 'retired-cat': { choice: 'disallow' } },
    });
    expect(reading.problems.map((problem) => [problem.field, problem.disallowed])).toEqual([
      ['categories.train-ai.signal', ['train-ai']],
      ['categories.retired-cat.choice', ['retired-cat']],
      ['categories', []],
    ]);
    // Under an "allow" default, the post still says no.
    const site = { categories: { 'train-ai': { choice: 'allow' as const } } };
    expect(intentToPreferences(resolveIntent(site, reading.intent))['train-ai']).toEqual({ preference: 'disallowed' });
  });
});

describe('resolveIntent', () => {
  it('lets the most specific non-inherit choice win per category', () => {
    const site = presetById('disallow')?.intent;
    const type: Intent = { categories: { search: { choice: 'allow' } } };
    const item = presetById('cc-cr-dc')?.intent;
    expect(intentToPreferences(resolveIntent(site, type, item))).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr-dc' },
      search: { preference: 'allowed' },
    });
    expect(intentToPreferences(resolveIntent(site, type, presetById('inherit')?.intent))).toEqual({
      'train-ai': { preference: 'disallowed' },
      search: { preference: 'allowed' },
    });
  });
});

describe('presets', () => {
  it('are all readable as stored, with no problem', async () => {
    const data = (await import('../data/presets.json', { with: { type: 'json' } })).default;
    for (const preset of data.presets) expect(readStoredIntent(preset.intent).problems).toEqual([]);
  });

  it('finds the preset an intent matches, and none for a custom intent', () => {
    for (const preset of presets) expect(presetOf(preset.intent)?.id).toBe(preset.id);
    expect(presetOf({ categories: { search: { choice: 'disallow' } } })).toBeUndefined();
  });
});
