import { describe, expect, it } from 'vitest';
import type { Intent } from '../intent.js';
import { evaluateRobots } from '../robots/evaluate.js';
import { siteRobotsTxt } from './robots.js';
import type { Site } from './types.js';

const intent = (choice: 'allow' | 'disallow'): Intent => ({ categories: { 'train-ai': { choice } } });
const existing = 'User-agent: GPTBot\nDisallow: /private/\n\nUser-agent: *\nDisallow: /wp-admin/\n';
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('siteRobotsTxt and the empty Content-Signal lines of allowing items', () => {
  const items = Array.from({ length: 400 }, (_, index) => ({
    id: String(index), path: `/${String(index).padStart(4, '0')}/an-allowing-post/`,
    published: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(), intent: intent('allow'),
  }));
  const site: Site = { intent: intent('disallow'), items, options: { contentSignal: true } };

  it('writes one in every group, so no crawler reads the site\'s ai-train=no for the post', () => {
    const { text, omitted } = siteRobotsTxt(site, existing);
    expect(omitted).toEqual([]);
    expect(text.match(/^Content-Signal: \/0399\/an-allowing-post\/$/gm)).toHaveLength(2);
    for (const agent of ['GPTBot', 'ExampleBot']) {
      const post = evaluateRobots(text, '/0399/an-allowing-post/', agent);
      expect(post.preferences).toEqual({ 'train-ai': { preference: 'allowed' } });
      expect(post.contentSignal).toEqual({});
      expect(evaluateRobots(text, '/elsewhere/', agent).contentSignal).toEqual({ 'train-ai': { preference: 'disallowed' } });
    }
  });

  it('counts them against the size limit', () => {
    const full = bytes(siteRobotsTxt(site, existing).text);
    for (const maxBytes of [full - 1, full - 500, Math.floor(full / 2), 3000]) {
      const { text, omitted } = siteRobotsTxt(site, existing, maxBytes);
      expect(bytes(text)).toBeLessThanOrEqual(maxBytes);
      // Tight: one more item rule (two lines in each of two groups, 2 × 90 bytes) would not have fitted.
      expect(bytes(text)).toBeGreaterThan(maxBytes - 2 * 90);
      expect(omitted.length).toBeGreaterThan(0);
      const kept = items.filter((item) => !omitted.some((entry) => entry.id === item.id));
      for (const item of kept) expect(text).toContain(`\nContent-Signal: ${item.path}\n`);
    }
  });

  it('counts the empty lines of section defaults when only items state something', () => {
    const quietDefaults: Site = {
      intent: { categories: {} }, sections: { notes: { path: '/notes/', intent: intent('allow') } },
      items: items.map((item) => ({ ...item, intent: intent('disallow') })), options: { contentSignal: true },
    };
    const full = siteRobotsTxt(quietDefaults, existing);
    expect(full.text).toContain('\nContent-Signal: /notes/\n');
    for (const maxBytes of [bytes(full.text) - 1, 5000, 2000]) {
      expect(bytes(siteRobotsTxt(quietDefaults, existing, maxBytes).text)).toBeLessThanOrEqual(maxBytes);
    }
  });
});
