import { describe, expect, it } from 'vitest';
import type { Preferences } from '../preferences.js';
import { compileRobotsRules } from './compile.js';
import { evaluateRobots } from './evaluate.js';
import { serializeRobotsRules } from './serialize.js';

const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } };
const allow: Preferences = { 'train-ai': { preference: 'allowed' } };
const disallow: Preferences = { 'train-ai': { preference: 'disallowed' } };

describe('compileRobotsRules', () => {
  const defaults = [
    { path: '/', preferences: credit },
    { path: '/notes/', preferences: allow },
  ];

  it('adds only the items that differ from the default covering them', () => {
    const rules = compileRobotsRules(defaults, [
      { path: '/posts/a', preferences: credit },
      { path: '/posts/b', preferences: allow },
      { path: '/notes/c', preferences: allow },
      { path: '/notes/d', preferences: disallow },
    ]);
    expect(rules.map((rule) => rule.path)).toEqual(['/', '/notes/', '/posts/b', '/notes/d']);
  });

  it("gives robots.txt that states each item's own preferences", () => {
    const items = [
      { path: '/posts/b', preferences: allow },
      { path: '/notes/d', preferences: disallow },
      { path: '/posts/a', preferences: credit },
    ];
    const robots = serializeRobotsRules(compileRobotsRules(defaults, items));
    for (const item of items)
      expect(evaluateRobots(robots, item.path, '*').preferences).toEqual(item.preferences);
    expect(evaluateRobots(robots, '/notes/other', '*').preferences).toEqual(allow);
  });
});
