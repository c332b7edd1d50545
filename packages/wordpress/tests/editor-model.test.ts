// The editor panel's logic and strings, without a browser.
import {
  currentVocabulary, describePreference, englishMessages, intentToPreferences, preferenceOf, presets, resolveIntent, signals,
  validateIntent, vocabularyById,
} from '@cc-signals/core';
import { describe, expect, it } from 'vitest';
import {
  categoriesOf, choiceValue, choiceValues, effectivePreferences, inheritedIntent, intentOfPreset, presetIdOf, readConfig, readIntent,
  toStored, withChoice,
} from '../src/editor/model';
import { choiceLabel, declarationMessages, describeCategory, presetStrings } from '../src/editor/strings';

describe('strings', () => {
  it('has an author-facing name and sentence for every core preset', () => {
    const strings = presetStrings();
    expect(Object.keys(strings).sort()).toEqual(presets.map((preset) => preset.id).sort());
    for (const preset of presets) {
      expect(strings[preset.id]!.title.length, preset.id).toBeLessThanOrEqual(32); // fits the collapsed panel
      expect(strings[preset.id]!.description).toMatch(/\.$/);
    }
    for (const id of ['cc-cr', 'cc-cr-dc', 'cc-cr-ec', 'cc-cr-op']) expect(strings[id]!.description).toContain('if they credit you');
  });

  it('mirrors core\'s declaration messages', () => {
    for (const [key, value] of Object.entries(declarationMessages())) expect(value, key).toBe(englishMessages[key]);
  });

  it('describes each category as core\'s describePreference does, for every preset', () => {
    for (const preset of presets) {
      const preferences = intentToPreferences(preset.intent);
      for (const category of currentVocabulary.categories) {
        const value = preferenceOf(preferences, category.label);
        expect(describeCategory(category, value, declarationMessages()), preset.id).toBe(describePreference(category.label, value));
      }
    }
    const notASignal = { preference: 'disallowed', exception: 'x-other' } as const;
    expect(describeCategory(currentVocabulary.categories[0]!, notASignal, declarationMessages()))
      .toBe(describePreference(currentVocabulary.categories[0]!.label, notASignal));
  });

  it('labels signal choices with the signal name', () => {
    expect(choiceLabel('disallow:cc-cr', declarationMessages())).toBe('Disallow except CC Credit 0.1');
  });
});

describe('stored values', () => {
  it('reads PHP\'s empty array as "inherit everything", and a malformed part as what the site emits for it (disallow)', () => {
    for (const value of [[], null, undefined, '', { categories: [] }]) {
      expect(readIntent(value)).toEqual({ categories: {} });
    }
    expect(readIntent({ categories: { 'train-ai': { choice: 'maybe' } } })).toEqual({ categories: { 'train-ai': { choice: 'disallow' } } });
  });

  it('stores what validateIntent accepts, for every preset', () => {
    for (const preset of presets) {
      const stored = toStored(intentOfPreset(preset.id));
      expect(validateIntent(stored)).toEqual(stored);
      expect(presetIdOf(readIntent(stored))).toBe(preset.id);
    }
  });
});

describe('per-category choices', () => {
  it('round-trips every select value for every category', () => {
    for (const value of choiceValues()) {
      for (const id of ['train-ai', 'search']) expect(choiceValue(withChoice({ categories: {} }, id, value), id)).toBe(value);
    }
    expect(choiceValues()).toHaveLength(3 + signals.length);
  });

  it('keeps the other categories and reports a custom intent', () => {
    const intent = withChoice(intentOfPreset('cc-cr'), 'search', 'allow');
    expect(intent.categories['train-ai']).toEqual(intentOfPreset('cc-cr').categories['train-ai']);
    expect(presetIdOf(intent)).toBe('custom');
    expect(withChoice(intent, 'search', 'inherit')).toEqual(intentOfPreset('cc-cr'));
  });
});

describe('what a post inherits', () => {
  const config = readConfig({
    metaKey: '_cc_signals',
    siteDefault: { categories: { 'train-ai': { choice: 'disallow' }, search: { choice: 'allow' } } },
    postTypeDefaults: { page: { categories: { 'train-ai': { choice: 'allow' } } }, post: [] },
  });

  it('layers site → post type', () => {
    expect(inheritedIntent(config, 'page')).toEqual(resolveIntent(config.siteDefault, config.postTypeDefaults.page));
    expect(presetIdOf(inheritedIntent(config, 'post'))).toBe('custom');
    expect(effectivePreferences(config, 'page', { categories: {} })).toEqual({
      'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' },
    });
  });

  it('lets the post win', () => {
    expect(effectivePreferences(config, 'page', intentOfPreset('cc-cr'))['train-ai'])
      .toEqual({ preference: 'disallowed', exception: 'cc-cr' });
  });
});

describe('the site\'s vocabulary', () => {
  const stored = { categories: { 'ai-use': { choice: 'disallow' }, 'train-ai': { choice: 'allow' } } };
  // What PHP prints (cc_signals_editor_data(): the categories of the vocabulary in force).
  const draft08 = vocabularyById('draft-ietf-aipref-vocab-08')!.categories;

  it('offers and states the categories of draft -08 when the site selects it', () => {
    const config = readConfig({ siteDefault: stored, categories: draft08 });
    expect(categoriesOf(config).map((category) => category.id)).toEqual(['train-ai', 'ai-use', 'search']);
    expect(effectivePreferences(config, 'post', { categories: {} })).toEqual({
      'train-ai': { preference: 'allowed' }, 'ai-use': { preference: 'disallowed' },
    });
  });

  it('names the categories as core\'s declaration does for -08', () => {
    const config = readConfig({ siteDefault: stored, categories: draft08, vocabulary: 'draft-ietf-aipref-vocab-08' });
    const vocabulary = vocabularyById('draft-ietf-aipref-vocab-08')!;
    for (const category of categoriesOf(config)) {
      const value = { preference: 'disallowed' as const };
      expect(describeCategory(category, value, declarationMessages(), config.vocabulary)).toBe(describePreference(category.label, value, { vocabulary }));
    }
    expect(describeCategory(draft08[0]!, { preference: 'allowed' }, declarationMessages(), config.vocabulary)).toBe('AI Training: allowed.');
  });

  it('keeps to -07 without categories or with a broken list, where a stored ai-use is kept but not stated', () => {
    for (const categories of [undefined, [], [{ id: 'x' }], 'train-ai']) {
      const config = readConfig({ siteDefault: stored, categories });
      expect(categoriesOf(config).map((category) => category.id)).toEqual(['train-ai', 'search']);
      expect(config.siteDefault.categories['ai-use']).toEqual({ choice: 'disallow' });
      expect(effectivePreferences(config, 'post', { categories: {} })).toEqual({ 'train-ai': { preference: 'allowed' } });
    }
  });
});
