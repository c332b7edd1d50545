import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentSignal, serializeContentSignal } from '../content-signal.js';
import type { CategoryPreference, Preferences } from '../preferences.js';
import { readPreferences } from '../reader.js';
import { evaluateRobots } from './evaluate.js';
import { parseRobotsTxt } from './parse.js';
import { robotsGroupLines, serializeRobotsRules } from './serialize.js';
import type { PathPreferences } from './types.js';

const DISALLOW: Preferences = { 'train-ai': { preference: 'disallowed' } };
const ALLOW: Preferences = { 'train-ai': { preference: 'allowed' } };
const signalLines = (text: string) => text.split('\n').filter((line) => line.startsWith('Content-Signal'));

describe('a path Content-Signal cannot say anything for', () => {
  const rules = [{ path: '/', preferences: DISALLOW }, { path: '/post/', preferences: ALLOW }];

  it('gets an empty line, so the site\'s ai-train=no does not reach it', () => {
    const text = serializeRobotsRules(rules, { contentSignal: true });
    expect(signalLines(text)).toEqual(['Content-Signal: ai-train=no', 'Content-Signal: /post/']);
    const post = evaluateRobots(text, '/post/', 'ExampleBot');
    expect(post.preferences).toEqual(ALLOW);
    expect(post.contentSignal).toEqual({});
    expect(post.contentSignalRules.map((rule) => rule.path)).toEqual(['/post/']);
    expect(evaluateRobots(text, '/other/', 'ExampleBot').contentSignal).toEqual(DISALLOW);
  });

  it('reads back as nothing stated, not as an error, and the reader sees no conflict', () => {
    const robotsTxt = serializeRobotsRules(rules, { contentSignal: true });
    const rule = parseRobotsTxt('User-agent: *\nContent-Signal: /post/   \n').groups[0]?.contentSignals[0];
    expect(rule).toEqual({ path: '/post/', preferences: {}, value: '' });
    const result = readPreferences({ url: 'https://example.org/post/', robotsTxt });
    expect(result.preferences['train-ai']).toEqual({ preference: 'allowed' });
    expect(result.conflicts).toEqual([]);
  });

  it('is written as what Content-Signal can carry when there is something', () => {
    const withSearch: PathPreferences[] = [{ path: '/', preferences: DISALLOW }, { path: '/post/', preferences: { ...ALLOW, search: { preference: 'allowed' } } }];
    expect(signalLines(serializeRobotsRules(withSearch, { contentSignal: true }))).toEqual(['Content-Signal: ai-train=no', 'Content-Signal: /post/ search=yes']);
    expect(signalLines(serializeRobotsRules(rules, { contentSignal: true, anyAiTraining: true }))).toEqual(['Content-Signal: ai-train=no', 'Content-Signal: /post/ ai-train=yes']);
  });

  it('gets no line when no rule of the group states anything', () => {
    const quiet = [{ path: '/', preferences: {} }, { path: '/post/', preferences: ALLOW }];
    expect(robotsGroupLines(quiet, { contentSignal: true })).toEqual(['Content-Usage: /post/ train-ai=y']);
    expect(robotsGroupLines(rules, { contentSignal: true }).filter((line) => line.startsWith('#')).length).toBeGreaterThan(0);
  });
});

describe('Content-Signal in robots.txt, path for path', () => {
  const value = fc.constantFrom<CategoryPreference>(
    { preference: 'allowed' }, { preference: 'disallowed' }, { preference: 'disallowed', exception: 'cc-cr' },
  );
  const preferences = fc.dictionary(fc.constantFrom('train-ai', 'search'), value);
  const path = fc.array(fc.constantFrom('a', 'b', 'post'), { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}/`);
  const rules = fc.tuple(preferences, fc.uniqueArray(fc.tuple(path, preferences), { maxLength: 5, selector: ([at]) => at }));

  it('states at each rule\'s path exactly what Content-Signal can carry of that rule\'s own preferences', () => {
    fc.assert(
      fc.property(rules, fc.boolean(), ([root, paths], anyAiTraining) => {
        const all = [{ path: '/', preferences: root }, ...paths.map(([at, own]) => ({ path: at, preferences: own }))];
        const text = serializeRobotsRules(all, { contentSignal: true, anyAiTraining });
        for (const rule of all) {
          const own = parseContentSignal(serializeContentSignal(rule.preferences, { anyAiTraining }));
          expect(evaluateRobots(text, rule.path, 'AnyBot').contentSignal).toEqual(own);
        }
      }),
      { numRuns: 500 },
    );
  });
});
