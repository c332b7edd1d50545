import { describe, expect, it } from 'vitest';
import type { Intent } from '../intent.js';
import { presetById } from '../presets.js';
import { evaluateRobots } from '../robots/evaluate.js';
import { matchTdmrep, parseTdmrepJson } from '../tdmrep.js';
import { headerName, resolveItem, resolveSection, siteFeed, siteHeaders, siteRobotsRules, siteRobotsTxt, siteTdmrepJson, type Site } from './index.js';

const intent = (id: string): Intent => presetById(id)!.intent;
const ALL_ALLOWED: Intent = { categories: { 'train-ai': { choice: 'allow' }, search: { choice: 'allow' } } };
const DISALLOW = { 'train-ai': { preference: 'disallowed' } };
const ALLOW = { 'train-ai': { preference: 'allowed' } };

const site: Site = {
  intent: { categories: { 'train-ai': { choice: 'disallow' } } },
  sections: {
    post: {},
    notes: { path: '/notes/', intent: { categories: { 'train-ai': { choice: 'allow' } } } },
    page: { intent: { categories: { 'train-ai': { choice: 'allow' } } } },
  },
  items: [
    { id: 'old', section: 'post', path: '/2025/old/', published: '2025-01-01', intent: intent('cc-cr') },
    { id: 'same', section: 'post', path: '/2026/same/', published: '2026-01-01' },
    { id: 'note', section: 'notes', path: '/notes/a/', published: '2026-01-02', intent: intent('disallow') },
    { id: 'about', section: 'page', path: '/about/' },
    { id: 'front', section: 'page', path: '/' },
    { id: 'plain', section: 'post', path: '/?p=7', intent: intent('allow') },
  ],
};

describe('resolveItem / resolveSection', () => {
  it('layers site → section → item and says where each choice came from', () => {
    const note = resolveItem(site, { section: 'notes', intent: { categories: { search: { choice: 'allow' }, 'train-ai': { choice: 'inherit' } } } });
    expect(note.preferences).toEqual({ 'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' } });
    expect(note.from).toEqual({ 'train-ai': 'section', search: 'item' });
    expect(resolveSection(site, 'post').from).toEqual({ 'train-ai': 'site' });
    expect(resolveSection(site, 'missing').preferences).toEqual(DISALLOW);
    expect(resolveSection({}).preferences).toEqual({});
  });
});

describe('siteRobotsRules', () => {
  it('lists differing sections and items once per path, newest first', () => {
    const { defaults, items, omitted } = siteRobotsRules(site);
    expect(defaults.map((rule) => rule.path)).toEqual(['/', '/notes/']);
    expect(items.map((rule) => [rule.id, rule.path])).toEqual([
      ['note', '/notes/a/'], ['old', '/2025/old/'], ['about', '/about/'], ['front', '/$'],
    ]);
    expect(omitted).toEqual([{ id: 'plain', path: '/?p=7', reason: 'query' }]);
  });

  it('keeps one rule per path and writes `*` and `$` of a path as data', () => {
    const { items, omitted } = siteRobotsRules({
      items: [
        { id: 'a', path: '/x/', intent: intent('allow'), published: '2026-02-01' },
        { id: 'b', path: '/x/#top', intent: intent('disallow'), published: '2026-01-01' },
        { id: 'c', path: '/price$*', intent: intent('allow') },
        { id: 'd', path: '/bad path', intent: intent('allow') },
      ],
    });
    expect(items.map((rule) => rule.path)).toEqual(['/x/', '/price%24%2A']);
    expect(omitted).toEqual([{ id: 'b', path: '/x/#top', reason: 'duplicate' }, { id: 'd', path: '/bad path', reason: 'invalid-path' }]);
  });

  it('gives a child that keeps the default its own rule under a parent that differs, whichever is newer', () => {
    for (const [parentDate, childDate] of [['2026-01-01', '2026-02-01'], ['2026-02-01', '2026-01-01']]) {
      const nested: Site = {
        intent: intent('disallow'),
        items: [
          { id: 'child', path: '/parent/child/', published: childDate },
          { id: 'parent', path: '/parent/', published: parentDate, intent: intent('allow') },
        ],
      };
      const { items } = siteRobotsRules(nested);
      expect(items.map((rule) => rule.path).sort()).toEqual(['/parent/', '/parent/child/']);
      const { text } = siteRobotsTxt(nested);
      expect(evaluateRobots(text, '/parent/child/', 'ExampleBot').preferences).toEqual(DISALLOW);
      expect(evaluateRobots(text, '/parent/', 'ExampleBot').preferences).toEqual(ALLOW);
      const tdmrep = parseTdmrepJson(siteTdmrepJson({ ...nested, options: { tdmrep: true } }));
      expect(matchTdmrep(tdmrep, '/parent/child/')?.reservation).toBe(1);
    }
  });

  it('keeps a parent and the children that differ from it together under the size limit', () => {
    const nested: Site = {
      intent: intent('disallow'),
      items: [
        { id: 'parent', path: '/parent/', published: '2026-03-01', intent: intent('allow') },
        { id: 'new', path: '/new/', published: '2026-02-01', intent: intent('allow') },
        { id: 'child', path: '/parent/child/', published: '2026-01-01' },
        { id: 'inherits', path: '/parent/other/', published: '2026-01-01', intent: intent('allow') },
      ],
    };
    const full = new TextEncoder().encode(siteRobotsTxt(nested).text).length;
    const { text, omitted } = siteRobotsTxt(nested, '', full - 1);
    expect(omitted).toEqual([{ id: 'new', path: '/new/', reason: 'size' }]);
    expect(evaluateRobots(text, '/parent/child/', 'ExampleBot').preferences).toEqual(DISALLOW);
    const none = siteRobotsTxt(nested, '', 0);
    expect(none.omitted.map((item) => item.id)).toEqual(['parent', 'new', 'inherits']);
    expect(evaluateRobots(none.text, '/parent/other/', 'ExampleBot').preferences).toEqual(DISALLOW);
  });

  it('names a section path robots.txt cannot carry', () => {
    expect(() => siteRobotsRules({ sections: { s: { path: 'no-slash', intent: intent('allow') } } })).toThrow(/sections\.s\.path/);
  });
});

describe('siteRobotsTxt', () => {
  const existing = 'User-agent: GPTBot\nDisallow: /private/\n\nUser-agent: *\nDisallow: /wp-admin/\n\nSitemap: https://example.org/sitemap.xml\n';

  it('gives every item, the front page and every crawler its own preferences', () => {
    const { text } = siteRobotsTxt(site, existing);
    expect(text.startsWith('User-agent: GPTBot\nDisallow: /private/\nContent-Usage: train-ai=n\n')).toBe(true);
    expect(text).toContain('\n\nSitemap: https://example.org/sitemap.xml\n');
    for (const agent of ['GPTBot', 'ExampleBot']) {
      const at = (path: string) => evaluateRobots(text, path, agent).preferences;
      expect(at('/')).toEqual(ALLOW);
      expect(at('/?p=3')).toEqual(DISALLOW);
      expect(at('/2026/same/')).toEqual(DISALLOW);
      expect(at('/2025/old/')).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
      expect(at('/notes/b/')).toEqual(ALLOW);
      expect(at('/notes/a/')).toEqual(DISALLOW);
      expect(at('/about/')).toEqual(ALLOW);
    }
  });

  it('stays under the limit by leaving out the oldest items, and says which', () => {
    const items = Array.from({ length: 3000 }, (_, index) => ({
      id: String(index), path: `/${String(index).padStart(4, '0')}/a-long-enough-permalink-for-this-post/`,
      published: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(), intent: intent('cc-cr-ec'),
    }));
    const big: Site = { intent: intent('disallow'), items, options: { contentSignal: true } };
    const { text, omitted } = siteRobotsTxt(big, existing, 100_000);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(100_000);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(99_000 - 400);
    expect(omitted.length).toBeGreaterThan(0);
    expect(omitted.every((item) => item.reason === 'size')).toBe(true);
    expect(omitted[0]!.id).not.toBe('2999');
    expect(Math.max(...omitted.map((item) => Number(item.id)))).toBeLessThan(Math.min(...items.filter((item) => !omitted.some((o) => o.id === item.id)).map((item) => Number(item.id))));
    expect(text.match(/a condition Content-Signal cannot express/g)).toHaveLength(2);
    expect(evaluateRobots(text, '/2999/a-long-enough-permalink-for-this-post/', 'GPTBot').preferences['train-ai']).toEqual({ preference: 'disallowed', exception: 'cc-cr-ec' });
  });
});

describe('siteFeed', () => {
  it('computes the channel once and gives items their own statement only where it differs', () => {
    const feed = siteFeed(site);
    expect(feed.channel).toEqual(DISALLOW);
    expect(feed.item({ section: 'post' })).toBeUndefined();
    expect(feed.item({ section: 'notes' })).toEqual(ALLOW);
    expect(siteFeed(site, 'notes').item({ section: 'notes' })).toBeUndefined();
  });
});

describe('siteHeaders', () => {
  it('spells names as usual and extends Link and X-Robots-Tag already present', () => {
    const headers = siteHeaders(
      { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } },
      { noai: true, tdmrep: true },
      [['link', '<https://example.org/wp-json/>; rel="https://api.w.org/"'], ['X-Robots-Tag', 'noarchive'], ['Content-Usage', 'x=y']],
    );
    expect(Object.keys(headers)).toEqual(['Content-Usage', 'Link', 'tdm-reservation', 'X-Robots-Tag']);
    expect(headers.Link).toMatch(/^<https:\/\/example\.org\/wp-json\/>; rel="https:\/\/api\.w\.org\/", <https:\/\/[^>]+>; rel="https:\/\/cc-signals\.org\/ns\/1\.0\/signal"$/);
    expect(headers['X-Robots-Tag']).toBe('noarchive, noai, noimageai');
    expect(headers['Content-Usage']).toBe('train-ai=n;exceptions=cc-cr');
    expect(siteHeaders({}, {}, new Headers({ link: '<a>' }))).toEqual({});
    expect(headerName('TDM-RESERVATION')).toBe('tdm-reservation');
  });
});

describe('siteTdmrepJson', () => {
  it('has one rule per path, the front page for exactly its URL', () => {
    const rules = parseTdmrepJson(siteTdmrepJson({
      intent: intent('disallow'),
      items: [{ id: 'front', path: '/', intent: ALL_ALLOWED }, { id: 'p', path: '/?p=1', intent: ALL_ALLOWED }],
    }));
    expect(rules.map((rule) => rule.location)).toContain('/$');
    expect(new Set(rules.map((rule) => rule.location)).size).toBe(rules.length);
    expect(matchTdmrep(rules, '/')?.reservation).toBe(0);
    expect(matchTdmrep(rules, '/?p=1')?.reservation).toBe(1);
  });
});
