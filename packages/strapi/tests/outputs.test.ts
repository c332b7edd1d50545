import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed, parseRobotsTxt, evaluateRobots } from '@cc-signals/core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir, bootStrapi, type BootedStrapi } from './harness/strapi';
import { ARTICLE, publishedArticle, request } from './support/fixtures';

let app: BootedStrapi;
const appRobots = readFileSync(path.join(appDir, 'public/robots.txt'), 'utf8');
const settings = () => app.strapi.plugin('cc-signals').service('settings');

beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await (app as BootedStrapi | undefined)?.stop();
});

describe('robots.txt', () => {
  it('keeps the app\'s own public/robots.txt byte for byte and puts the rules into every group of it', async () => {
    await settings().update({ siteDefault: 'disallow', contentTypes: { [ARTICLE]: { default: 'cc-cr' } } });
    const own = await publishedArticle(app.strapi, 'robots allow', 'allow');
    await publishedArticle(app.strapi, 'robots inherit');
    const response = await request(`${app.url}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const theirs = response.text.split('\n').filter((line) => !line.startsWith('Content-Usage:'));
    expect(theirs.join('\n')).toBe(appRobots);
    expect(appRobots).toMatch(/^User-agent: GPTBot$/m);
    const robots = parseRobotsTxt(response.text);
    // RFC 9309: GPTBot reads only its own group, so the rules must be there as well as under `*`.
    for (const agent of ['GPTBot', 'ExampleBot']) {
      const read = (urlPath: string) => evaluateRobots(robots, `http://127.0.0.1${urlPath}`, agent).preferences;
      expect(read('/')).toEqual({ 'train-ai': { preference: 'disallowed' } });
      expect(read('/api/articles/')).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
      expect(read(`/api/articles/${own.documentId}`)['train-ai']?.preference).toBe('allowed');
      expect(evaluateRobots(robots, 'http://127.0.0.1/admin/', agent).crawl).toBe(false);
    }
  });

  it('follows entry changes and settings changes', async () => {
    const { documentId } = await publishedArticle(app.strapi, 'robots later', 'cc-cr');
    expect((await request(`${app.url}/robots.txt`)).text).not.toContain(`/api/articles/${documentId}`);
    await app.strapi.documents(ARTICLE).update({ documentId, data: { aiUsage: 'cc-cr-op' } });
    await app.strapi.documents(ARTICLE).publish({ documentId });
    expect((await request(`${app.url}/robots.txt`)).text).toContain(`/api/articles/${documentId}`);
    await settings().update({ outputs: { robots: false } });
    expect((await request(`${app.url}/robots.txt`)).text).toBe(appRobots);
    await settings().update({ outputs: { robots: true }, siteDefault: null, contentTypes: {} });
  });
});

describe('feeds', () => {
  const feedUrl = (format: string) => `${app.url}/api/cc-signals/feeds/articles/${format}`;

  beforeAll(async () => {
    await settings().update({
      siteDefault: 'disallow',
      contentTypes: { [ARTICLE]: { default: 'cc-cr', feed: { title: 'title', date: 'publishedAt', summary: 'summary' } } },
    });
  });

  it('no feed for a content type without a mapping, or with feeds off', async () => {
    expect((await request(`${app.url}/api/cc-signals/feeds/pages/rss`)).status).toBe(404);
    expect((await request(`${app.url}/api/cc-signals/feeds/articles/xml`)).status).toBe(404);
    await settings().update({ outputs: { feeds: false } });
    expect((await request(feedUrl('rss'))).status).toBe(404);
    await settings().update({ outputs: { feeds: true } });
  });

  it.each(['rss', 'atom', 'json'])('%s: channel and item signals, read by a real feed parser and by core', async (format) => {
    const own = await publishedArticle(app.strapi, `feed ${format} <&> own`, 'cc-cr-dc');
    const inheriting = await publishedArticle(app.strapi, `feed ${format} inherits`);
    const response = await request(feedUrl(format));
    expect(response.status).toBe(200);
    if (format !== 'json') {
      const parsed = await new Parser().parseString(response.text);
      const titles = parsed.items.map((item) => item.title);
      expect(titles).toContain(`feed ${format} <&> own`);
      expect(titles).toContain(`feed ${format} inherits`);
    } else {
      expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    }
    const feed = parseFeed(response.text);
    expect(feed.channel).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    const item = (documentId: string) => feed.items.find((candidate) => candidate.link?.endsWith(`/api/articles/${documentId}`));
    expect(item(own.documentId)).toMatchObject({ own: true, preferences: { 'train-ai': { preference: 'disallowed', exception: 'cc-cr-dc' } } });
    expect(item(inheriting.documentId)).toMatchObject({ own: false, preferences: { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } } });
  });

  it('a feed longer than one page of entries is streamed whole, each entry once, newest first; `limit` is checked', async () => {
    for (let index = 0; index < 105; index += 1) await publishedArticle(app.strapi, `bulk ${String(index)}`);
    const total = await app.strapi.documents(ARTICLE).count({ status: 'published' });
    expect(total).toBeGreaterThan(100);
    for (const format of ['rss', 'atom']) {
      const response = await request(`${feedUrl(format)}?limit=10000`);
      expect(response.status).toBe(200);
      const parsed = await new Parser().parseString(response.text);
      const links = parsed.items.map((item) => item.link);
      expect(links).toHaveLength(total);
      expect(new Set(links).size).toBe(total);
      expect(parseFeed(response.text).channel).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    }
    expect(parseFeed((await request(`${feedUrl('rss')}?limit=3`)).text).items).toHaveLength(3);
    expect(parseFeed((await request(feedUrl('rss'))).text).items).toHaveLength(50);
    for (const bad of ['0', '10001', 'x', '1.5']) {
      const response = await request(`${feedUrl('rss')}?limit=${bad}`);
      expect(response.status).toBe(400);
      expect((response.body as { error: { details: { field: string } } }).error.details.field).toBe('limit');
    }
  });

  it('drafts stay out of the feed', async () => {
    const draft = await app.strapi.documents(ARTICLE).create({ data: { title: 'secret draft', aiUsage: 'allow' } });
    const response = await request(feedUrl('rss'));
    expect(response.text).not.toContain('secret draft');
    expect(response.text).not.toContain(String(draft.documentId));
  });
});
