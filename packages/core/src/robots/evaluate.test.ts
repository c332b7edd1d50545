import { describe, expect, it } from 'vitest';
import { evaluateRobots, productToken } from './evaluate.js';
import { parseRobotsTxt } from './parse.js';

describe('productToken', () => {
  it.each([
    ['GPTBot', 'GPTBot'],
    ['*', '*'],
    ['  ClaudeBot ', 'ClaudeBot'],
    [
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.1; +https://openai.com/gptbot)',
      'GPTBot',
    ],
    [
      'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Googlebot',
    ],
    ['CCBot/2.0 (https://commoncrawl.org/faq/)', 'CCBot'],
    [
      'meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)',
      'meta-externalagent',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
      'Applebot',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0', 'Mozilla'],
    ['', ''],
  ])('%s → %s', (userAgent, token) => {
    expect(productToken(userAgent)).toBe(token);
  });
});

const robots = parseRobotsTxt(
  [
    'User-agent: *',
    'Disallow: /private/',
    'Content-Usage: train-ai=n',
    'Content-Usage: /news/ train-ai=n;exceptions=cc-cr',
    'Content-Usage: /news/ search=y',
    '',
    'User-agent: GPTBot',
    'Disallow: /',
    '',
    'User-agent: gptbot',
    'Allow: /open/',
  ].join('\n'),
);

describe('evaluateRobots', () => {
  it('reports the deciding rule and the combined Content-Usage rules', () => {
    const result = evaluateRobots(robots, 'https://example.com/news/today?x=1', 'SomeBot/1.0');
    expect(result.crawl).toBe(true);
    expect(result.productToken).toBe('SomeBot');
    expect(result.accessRule).toBeUndefined();
    expect(result.preferences).toEqual({
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' },
      search: { preference: 'allowed' },
    });
    expect(result.contentUsageRules.map((rule) => rule.value)).toEqual([
      'train-ai=n;exceptions=cc-cr',
      'search=y',
    ]);
    expect(result.group?.userAgents).toEqual(['*']);
  });

  it('merges the groups that name the crawler', () => {
    const result = evaluateRobots(robots, '/open/page', 'Mozilla/5.0 (compatible; GPTBot/1.1)');
    expect(result.crawl).toBe(true);
    expect(result.accessRule).toEqual({ type: 'allow', path: '/open/' });
    expect(result.group?.userAgents).toEqual(['GPTBot', 'gptbot']);
    expect(result.group?.rules).toHaveLength(2);
    expect(result.preferences).toEqual({});
  });

  it('gives no preferences for a path that may not be crawled', () => {
    const result = evaluateRobots(robots, new URL('https://example.com/private/x'), 'AnyBot');
    expect(result.crawl).toBe(false);
    expect(result.accessRule).toEqual({ type: 'disallow', path: '/private/' });
    expect(result.preferences).toEqual({});
    expect(result.contentUsageRules).toEqual([]);
  });

  it('parses robots.txt text given as a string', () => {
    expect(evaluateRobots('User-agent: *\nDisallow: /', '/x', 'AnyBot').crawl).toBe(false);
  });

  it('allows everything when the file has no groups', () => {
    const result = evaluateRobots('', '/x', 'AnyBot');
    expect(result).toMatchObject({ crawl: true, preferences: {} });
    expect(result.group).toBeUndefined();
  });

  it('allows /robots.txt even when a rule disallows it by name', () => {
    expect(
      evaluateRobots('User-agent: *\nDisallow: /robots.txt', '/robots.txt?v=2', 'AnyBot').crawl,
    ).toBe(true);
    expect(
      evaluateRobots('User-agent: *\nDisallow: /robots', '/robots.txt.bak', 'AnyBot').crawl,
    ).toBe(false);
  });
});
