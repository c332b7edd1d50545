import { describe, expect, it } from 'vitest';
import { evaluateRobots } from './evaluate.js';
import { insertRobotsLines, robotsGroupCount } from './insert.js';

const LINES = ['Content-Usage: train-ai=n'];

describe('insertRobotsLines', () => {
  it('puts the lines at the end of WordPress\'s `*` group, before the blank line and Sitemap', () => {
    const wordpress = 'User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: https://example.org/wp-sitemap.xml\n';
    expect(insertRobotsLines(wordpress, LINES, ['License: https://example.org/license.xml'])).toBe(
      'User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nContent-Usage: train-ai=n\n\n' +
        'Sitemap: https://example.org/wp-sitemap.xml\n\nLicense: https://example.org/license.xml\n',
    );
  });

  it('writes into every group, named groups before and after `*` included, so every crawler reads them', () => {
    const text = '# other plugin\r\nUser-agent: GPTBot\r\nUser-agent: CCBot\r\nDisallow: /private/\r\n\r\nUser-agent: *\r\nAllow: /\r\n\r\nUser-Agent: Google-Extended\r\nDisallow:';
    const result = insertRobotsLines(text, LINES);
    expect(robotsGroupCount(text)).toBe(3);
    expect(result).toBe(
      '# other plugin\r\nUser-agent: GPTBot\r\nUser-agent: CCBot\r\nDisallow: /private/\r\nContent-Usage: train-ai=n\r\n\r\n' +
        'User-agent: *\r\nAllow: /\r\nContent-Usage: train-ai=n\r\n\r\nUser-Agent: Google-Extended\r\nDisallow:\r\nContent-Usage: train-ai=n\r\n',
    );
    for (const agent of ['GPTBot', 'CCBot', 'Google-Extended', 'ExampleBot']) {
      expect(evaluateRobots(result, '/post/', agent).preferences, agent).toEqual({ 'train-ai': { preference: 'disallowed' } });
    }
  });

  it('adds a `*` group when there is none, and leaves the text alone when there is nothing to add', () => {
    expect(insertRobotsLines('User-agent: GPTBot\nDisallow: /\n', LINES)).toBe(
      'User-agent: GPTBot\nDisallow: /\nContent-Usage: train-ai=n\n\nUser-agent: *\nContent-Usage: train-ai=n\n',
    );
    expect(insertRobotsLines('', LINES)).toBe('User-agent: *\nContent-Usage: train-ai=n\n');
    const odd = '\uFEFFuser-agent : *  # all\n\n\nsitemap: /x';
    expect(insertRobotsLines(odd, [])).toBe(odd);
    expect(insertRobotsLines(odd, LINES)).toBe('\uFEFFuser-agent : *  # all\nContent-Usage: train-ai=n\n\n\nsitemap: /x');
  });

  it('keeps a user-agent run as one group and skips rules before any user agent', () => {
    const text = 'Disallow: /x\nUser-agent: a\n# note\nUser-agent: b\nCrawl-delay: 1\nAllow: /\n';
    expect(robotsGroupCount(text)).toBe(2);
    expect(insertRobotsLines(text, LINES)).toBe(
      'Disallow: /x\nUser-agent: a\n# note\nUser-agent: b\nCrawl-delay: 1\nAllow: /\nContent-Usage: train-ai=n\n\nUser-agent: *\nContent-Usage: train-ai=n\n',
    );
  });
});
