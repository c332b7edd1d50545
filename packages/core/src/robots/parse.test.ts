import { describe, expect, it } from 'vitest';
import { parseRobotsTxt, ROBOTS_TXT_MAX_BYTES } from './parse.js';

describe('parseRobotsTxt', () => {
  it('reads groups, rules and the records outside groups', () => {
    const robots = parseRobotsTxt(
      [
        'Sitemap: https://example.com/sitemap.xml',
        'User-agent: GPTBot',
        'user-agent: Google-Extended/1.0',
        'Disallow: /private/',
        'Allow: /private/ok',
        'Disallow:',
        'Disallow: nopath',
        'License: https://example.com/license.xml',
        '',
        'User-agent: *',
        'Content-Usage: /news/ train-ai=n;exceptions=cc-cr',
        'Content-Signal: search=yes, ai-train=no',
      ].join('\n'),
    );
    expect(robots.sitemaps).toEqual(['https://example.com/sitemap.xml']);
    expect(robots.licenses).toEqual(['https://example.com/license.xml']);
    expect(robots.groups).toHaveLength(2);
    expect(robots.groups[0]).toEqual({
      userAgents: ['GPTBot', 'Google-Extended'],
      rules: [
        { type: 'disallow', path: '/private/' },
        { type: 'allow', path: '/private/ok' },
        { type: 'disallow', path: '' },
      ],
      contentUsage: [],
      contentSignals: [],
    });
    const rules = robots.groups[1]?.contentUsage.map(({ path, preferences, value, error }) => ({ path, preferences, value, error }));
    expect(rules).toEqual([
      {
        path: '/news/',
        preferences: { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } },
        value: 'train-ai=n;exceptions=cc-cr',
      },
    ]);
    expect(robots.groups[1]?.contentSignals).toEqual([
      {
        preferences: {
          search: { preference: 'allowed' },
          'train-ai': { preference: 'disallowed' },
        },
        value: 'search=yes, ai-train=no',
      },
    ]);
  });

  it('keeps an unparsable Content-Usage rule with unknown preferences and the error', () => {
    const [rule] =
      parseRobotsTxt('User-agent: *\nContent-Usage: /a/ train-ai=n, Search=y').groups[0]
        ?.contentUsage ?? [];
    expect(rule?.path).toBe('/a/');
    expect(rule?.preferences).toEqual({});
    expect(rule?.error?.field).toBe('Content-Usage');
    expect(rule?.error?.offset).toBe(12);
  });

  it('reads a Content-Usage rule without path, or with a path only', () => {
    const rules = parseRobotsTxt('User-agent: *\nContent-Usage: search=y\nContent-Usage: /x/')
      .groups[0]?.contentUsage.map(({ path, preferences, value }) => ({ ...(path === undefined ? {} : { path }), preferences, value }));
    expect(rules).toEqual([
      { preferences: { search: { preference: 'allowed' } }, value: 'search=y' },
      { path: '/x/', preferences: {}, value: '' },
    ]);
  });

  it('parses the Content-Usage values of a group only when they are read', () => {
    const robots = parseRobotsTxt('User-agent: a\nContent-Usage: train-ai=n\n\nUser-agent: b\nContent-Usage: search=y\n');
    const [rule] = robots.groups[1]?.contentUsage ?? [];
    expect(rule && Object.getOwnPropertyNames(rule)).not.toContain('preferences');
    expect(rule?.preferences).toEqual({ search: { preference: 'allowed' } });
    expect(rule?.preferences).toBe(rule?.preferences);
  });

  it('reduces odd user-agent values to what can be matched', () => {
    const robots = parseRobotsTxt('User-agent: *bot\nUser-agent: 123\nUser-agent:\nDisallow: /');
    expect(robots.groups[0]?.userAgents).toEqual(['*', '123', '']);
  });

  it('reads bytes, applying the limit in octets', () => {
    const head = new TextEncoder().encode('User-agent: *\nDisallow: /a\n');
    const bytes = new Uint8Array(ROBOTS_TXT_MAX_BYTES + 100).fill(0x23);
    bytes.set(head);
    bytes.set(new TextEncoder().encode('\nDisallow: /b\n'), ROBOTS_TXT_MAX_BYTES - 3);
    const rules = parseRobotsTxt(bytes).groups[0]?.rules;
    expect(rules).toEqual([{ type: 'disallow', path: '/a' }]);
  });

  it('counts the limit in UTF-8 octets, not characters', () => {
    // 'é' is two octets: a file of 300 000 characters is past the limit.
    const text = `User-agent: *\n#${'é'.repeat(300_000)}\nDisallow: /late\n`;
    expect(parseRobotsTxt(text).groups[0]?.rules).toEqual([]);
  });

  it('reads a file just under the limit to its end', () => {
    const text = `User-agent: *\n#${'x'.repeat(ROBOTS_TXT_MAX_BYTES - 40)}\nDisallow: /late\n`;
    expect(new TextEncoder().encode(text).length).toBeLessThan(ROBOTS_TXT_MAX_BYTES);
    expect(parseRobotsTxt(text).groups[0]?.rules).toEqual([{ type: 'disallow', path: '/late' }]);
  });

  it('returns an empty file for empty or binary input', () => {
    expect(parseRobotsTxt('')).toEqual({ groups: [], licenses: [], sitemaps: [] });
    expect(parseRobotsTxt(new Uint8Array([0xff, 0xfe, 0x00, 0x3a]))).toEqual({
      groups: [],
      licenses: [],
      sitemaps: [],
    });
  });
});

describe('parseRobotsTxt: lines without a colon', () => {
  const text = 'User-agent *\nDisallow /private\nContent-Usage train-ai=n\n';

  it('ignores them by default, as RFC 9309 says', () => {
    expect(parseRobotsTxt(text).groups).toEqual([]);
  });

  it("reads a known record name followed by a value with the opt-in, as Google's parser does", () => {
    const [group] = parseRobotsTxt(text, { missingColon: 'lenient' }).groups;
    expect(group?.userAgents).toEqual(['*']);
    expect(group?.rules).toEqual([{ type: 'disallow', path: '/private' }]);
    expect(group?.contentUsage[0]?.preferences).toEqual({ 'train-ai': { preference: 'disallowed' } });
    expect(parseRobotsTxt('Unknown value\nUser-agent *\n', { missingColon: 'lenient' }).groups[0]?.userAgents).toEqual(['*']);
  });

  it('carries the parsed values in JSON', () => {
    const [rule] = parseRobotsTxt('User-agent: *\nContent-Usage: /a/ train-ai=n\n').groups[0]!.contentUsage;
    expect(JSON.parse(JSON.stringify(rule))).toEqual({ path: '/a/', value: 'train-ai=n', preferences: { 'train-ai': { preference: 'disallowed' } } });
    const bad = parseRobotsTxt('User-agent: *\nContent-Usage: /b/ train-ai=?\n').groups[0]!.contentUsage[0]!;
    expect(JSON.parse(JSON.stringify(bad))).toHaveProperty('error');
  });
});
