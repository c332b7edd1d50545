import { describe, expect, it } from 'vitest';
import { serializeRss } from './feeds/rss.js';
import { serializeHtmlHead } from './html/head.js';
import { signalHeaders } from './http.js';
import type { Preferences } from './preferences.js';
import { readPreferences } from './reader.js';
import { serializeRobotsRules } from './robots/serialize.js';

const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' }, search: { preference: 'allowed' } };
const url = 'https://blog.example/posts/hello/';

function page(preferences: Preferences, options = {}) {
  return {
    headers: signalHeaders(preferences, options),
    html: `<!doctype html><html><head>${serializeHtmlHead(preferences, options)}</head><body><p>hi</p></body></html>`,
  };
}

describe('readPreferences', () => {
  it('reads back what the serializers emit, with no conflict', () => {
    const result = readPreferences({
      url,
      ...page(credit, { noai: true, tdmrep: true }),
      robotsTxt: serializeRobotsRules([{ path: '/', preferences: credit }]),
      feeds: [
        {
          url: 'https://blog.example/feed/',
          text: serializeRss({ title: 'Blog', link: 'https://blog.example/', preferences: {}, items: [{ title: 'Hello', link: url, preferences: credit }] }),
        },
      ],
    });
    expect(result.crawl).toBe(true);
    expect(result.preferences).toEqual(credit);
    expect(result.conflicts).toEqual([]);
    expect(result.readings.map((reading) => reading.source).sort()).toEqual([
      'content-usage-header',
      'content-usage-meta',
      'feed-channel',
      'feed-item',
      'noai',
      'robots-txt',
      'tdmrep',
    ].filter((source) => source !== 'feed-channel'));
  });

  it('combines most restrictive and flags the disagreement', () => {
    const result = readPreferences({
      url,
      headers: { 'content-usage': 'train-ai=y' },
      robotsTxt: 'User-Agent: *\nContent-Usage: /posts/ train-ai=n\n',
    });
    expect(result.preferences).toEqual({ 'train-ai': { preference: 'disallowed' } });
    expect(result.conflicts.map((conflict) => conflict.category)).toEqual(['train-ai']);
  });

  it('does not let a neighbouring format widen, but flags it', () => {
    const result = readPreferences({
      url,
      headers: { 'content-usage': 'train-ai=n;exceptions=cc-cr', 'tdm-reservation': '0' },
    });
    expect(result.preferences).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    expect(result.conflicts).toHaveLength(1);
  });

  it('answers crawl=false when robots.txt was unreachable or disallows the crawler', () => {
    expect(readPreferences({ url, robotsTxt: null }).crawl).toBe(false);
    const robotsTxt = 'User-agent: GPTBot\nDisallow: /posts/\n\nUser-agent: *\nAllow: /\n';
    expect(readPreferences({ url, robotsTxt, userAgent: 'Mozilla/5.0 (compatible; GPTBot/1.2)' }).crawl).toBe(false);
    expect(readPreferences({ url, robotsTxt, userAgent: 'OtherBot' }).crawl).toBe(true);
  });

  it('ignores a feed channel unless the URL is the feed itself', () => {
    const text = serializeRss({ title: 'B', link: 'https://blog.example/', preferences: credit, items: [] });
    expect(readPreferences({ url, feeds: [{ url: 'https://blog.example/feed/', text }] }).preferences).toEqual({});
    expect(
      readPreferences({ url: 'https://blog.example/feed', feeds: [{ url: 'https://blog.example/feed/', text }] }).preferences,
    ).toEqual(credit);
  });
});
