import { describe, expect, it } from 'vitest';
import type { Intent } from '../intent.js';
import { presetById } from '../presets.js';
import { combineIntents } from './combine.js';
import { resolveItem, siteRobotsRules, type Site } from './index.js';

const preset = (id: string): Intent => presetById(id)!.intent;
const trainAi = (intent: Intent) => intent.categories['train-ai'];

describe('combineIntents', () => {
  it('a disallow beats an allow, in either order; inherit adds nothing', () => {
    expect(trainAi(combineIntents(preset('allow'), preset('disallow')))).toEqual({ choice: 'disallow' });
    expect(trainAi(combineIntents(preset('disallow'), preset('allow')))).toEqual({ choice: 'disallow' });
    const inherit: Intent = { categories: { 'train-ai': { choice: 'inherit' } } };
    expect(trainAi(combineIntents(inherit, preset('allow')))).toEqual({ choice: 'allow' });
    expect(combineIntents()).toEqual({ categories: {} });
  });

  it('keeps the stricter CC signal when one contains the other, else a plain disallow', () => {
    expect(trainAi(combineIntents(preset('cc-cr'), preset('cc-cr-dc')))).toMatchObject({ choice: 'disallow', signal: 'cc-cr-dc' });
    expect(trainAi(combineIntents(preset('cc-cr-dc'), preset('cc-cr-op')))).toEqual({ choice: 'disallow' });
    expect(trainAi(combineIntents(preset('cc-cr'), preset('allow')))).toMatchObject({ choice: 'disallow', signal: 'cc-cr' });
    expect(trainAi(combineIntents(preset('cc-cr'), preset('disallow')))).toEqual({ choice: 'disallow' });
  });

  it('keeps the signal version it was chosen with', () => {
    const older: Intent = { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' } } };
    expect(trainAi(combineIntents(preset('allow'), older))).toEqual({ choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' });
  });

  it('gives one robots.txt rule for a path two items share, as restrictive as the stricter', () => {
    const site: Site = { intent: preset('allow'), sections: { notes: { path: '/notes/' } } };
    const locales = [preset('allow'), preset('cc-cr')].map((intent) => resolveItem(site, { section: 'notes', intent }).intent);
    const rules = siteRobotsRules({ ...site, items: [{ id: 'n', section: 'notes', path: '/notes/1', intent: combineIntents(...locales) }] });
    expect(rules.items.map((rule) => rule.preferences['train-ai'])).toEqual([{ preference: 'disallowed', exception: 'cc-cr' }]);
  });
});
