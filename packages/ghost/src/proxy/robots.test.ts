import { describe, expect, it } from 'vitest';
import { parseRobotsTxt } from '@cc-signals/core';
import { mergeRobotsTxt } from './robots.js';

const disallow = { 'train-ai': { preference: 'disallowed' as const } };
const allow = { 'train-ai': { preference: 'allowed' as const } };

describe('mergeRobotsTxt', () => {
  it('adds the rules to the * group, keeping its access rules, other groups and sitemaps', () => {
    const ghost = 'User-agent: *\nSitemap: https://blog.example/sitemap.xml\nDisallow: /ghost/\n\nUser-agent: BadBot\nDisallow: /\n';
    const merged = parseRobotsTxt(mergeRobotsTxt(ghost, [{ path: '/', preferences: disallow }, { path: '/open/', preferences: allow }], {}));
    expect(merged.sitemaps).toEqual(['https://blog.example/sitemap.xml']);
    expect(merged.groups.map((group) => group.userAgents)).toEqual([['*'], ['BadBot']]);
    expect(merged.groups[0]?.rules).toEqual([{ type: 'disallow', path: '/ghost/' }]);
    expect(merged.groups[0]?.contentUsage.map((rule) => [rule.path, rule.value])).toEqual([[undefined, 'train-ai=n'], ['/open/', 'train-ai=y']]);
    expect(merged.groups[1]?.contentUsage).toEqual([]);
  });

  it('adds a * group when Ghost\'s robots.txt has none, or is empty', () => {
    for (const ghost of ['', 'User-agent: BadBot\nDisallow: /\n']) {
      const merged = parseRobotsTxt(mergeRobotsTxt(ghost, [{ path: '/', preferences: disallow }], { contentSignal: true }));
      const star = merged.groups.find((group) => group.userAgents.includes('*'));
      expect(star?.contentUsage[0]?.value).toBe('train-ai=n');
      expect(star?.contentSignals.length).toBe(1);
    }
  });
});
