// Feeds through the real app: the summary mapping, and every format streamed page by page.
import http from 'node:http';
import { parseFeed } from '@cc-signals/core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type BootedStrapi } from './harness/strapi';
import { ARTICLE, adminUser, publishedArticle, request, type AdminLogin } from './support/fixtures';

let app: BootedStrapi;
let admin: AdminLogin;
const settings = () => app.strapi.plugin('cc-signals').service('settings');
const feedUrl = (format: string, query = '') => `${app.url}/api/cc-signals/feeds/articles/${format}${query}`;
const mapping = { title: 'title', date: 'publishedAt', summary: 'summary' };

interface JsonFeed {
  items: { id: string; url: string; title: string; summary?: string; date_modified?: string }[];
}

/** A GET on a connection of its own (node:http, no keep-alive), with the raw response headers. */
function rawGet(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  app = await bootStrapi();
  admin = await adminUser(app);
  await settings().update({ siteDefault: 'disallow', contentTypes: { [ARTICLE]: { default: 'cc-cr', feed: mapping } } });
});
afterAll(async () => {
  await (app as BootedStrapi | undefined)?.stop();
});

describe('the summary mapping', () => {
  it('is written as RSS description, Atom summary and JSON Feed summary, escaped, read by a real feed parser', async () => {
    const { documentId } = await publishedArticle(app.strapi, 'summarised <&> "entry"');
    const link = `${app.url}/api/articles/${documentId}`;
    const rss = await new Parser().parseString((await request(feedUrl('rss'))).text);
    expect(rss.items.find((item) => item.link === link)?.content).toBe('About summarised <&> "entry"');
    const atom = await new Parser<object, { summary?: string }>({ customFields: { item: ['summary'] } }).parseString((await request(feedUrl('atom'))).text);
    expect(atom.items.find((item) => item.link === link)?.summary).toBe('About summarised <&> "entry"');
    const json = (await request(feedUrl('json'))).body as JsonFeed;
    expect(json.items.find((item) => item.url === link)?.summary).toBe('About summarised <&> "entry"');
  });

  it('without a summary mapping, no summary is written', async () => {
    await settings().update({ contentTypes: { [ARTICLE]: { default: 'cc-cr', feed: { title: 'title', date: 'publishedAt' } } } });
    try {
      expect((await request(feedUrl('rss'))).text).not.toMatch(/<item>[^]*<description>/);
      expect((await request(feedUrl('atom'))).text).not.toContain('<summary>');
      expect(((await request(feedUrl('json'))).body as JsonFeed).items.every((item) => !('summary' in item))).toBe(true);
    } finally {
      await settings().update({ contentTypes: { [ARTICLE]: { default: 'cc-cr', feed: mapping } } });
    }
  });

  it.each([['a missing attribute', 'teaser'], ['a non-string', 42]])(
    'a summary mapping to %s is a 400 naming the field and the attributes, and nothing changes',
    async (_, summary) => {
      const url = `${app.url}/cc-signals/settings`;
      const before = await request(url, { token: admin.token });
      const body = { contentTypes: { [ARTICLE]: { default: null, feed: { title: 'title', date: 'publishedAt', summary } } } };
      const response = await request(url, { method: 'PUT', token: admin.token, body });
      expect(response.status).toBe(400);
      const error = (response.body as { error: { message: string; details: { field: string; allowed: string[] } } }).error;
      expect(error.details.field).toBe(`contentTypes.${ARTICLE}.feed.summary`);
      expect(error.details.allowed).toEqual(expect.arrayContaining(['title', 'summary', 'publishedAt']));
      expect(error.message).toContain(JSON.stringify(summary));
      expect((await request(url, { token: admin.token })).body).toEqual(before.body);
    },
  );
});

describe('streaming', () => {
  beforeAll(async () => {
    for (let index = 0; index < 230; index += 1) await publishedArticle(app.strapi, `stream ${String(index)}`, index % 7 === 0 ? 'cc-cr-op' : undefined);
  });

  it('every format is sent chunked (no Content-Length): written while the entries are read', async () => {
    const total = await app.strapi.documents(ARTICLE).count({ status: 'published' });
    for (const format of ['rss', 'atom', 'json']) {
      const response = await rawGet(feedUrl(format, '?limit=250'));
      expect(response.status).toBe(200);
      expect(response.headers['content-length']).toBeUndefined();
      expect(response.headers['transfer-encoding']).toBe('chunked');
      expect(parseFeed(response.body).items).toHaveLength(Math.min(total, 250));
    }
  });

  it('JSON Feed over several pages: valid JSON, each entry once, newest first, own statements where they differ', async () => {
    const total = await app.strapi.documents(ARTICLE).count({ status: 'published' });
    expect(total).toBeGreaterThan(200);
    const response = await request(feedUrl('json', '?limit=10000'));
    expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    const feed = response.body as JsonFeed;
    expect(feed.items).toHaveLength(total);
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(total);
    const dates = feed.items.map((item) => item.date_modified ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    const read = parseFeed(response.text);
    expect(read.channel).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    const own = read.items.filter((item) => item.own);
    expect(own.length).toBeGreaterThanOrEqual(33);
    for (const item of own) expect(item.preferences['train-ai']?.exception).toBe('cc-cr-op');
  });

  it.each([['rss'], ['atom'], ['json']])('%s: a limit across a page boundary lists exactly that many entries', async (format) => {
    for (const limit of [100, 101, 199]) {
      expect(parseFeed((await request(feedUrl(format, `?limit=${String(limit)}`))).text).items).toHaveLength(limit);
    }
  });
});
