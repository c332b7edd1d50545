import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { bootStrapi, freshDatabaseFile, type BootedStrapi } from './harness/strapi';
import { ARTICLE, publishedArticle, request } from './support/fixtures';

// One database, booted twice: what the admin stored must survive turning the outputs off, a restart, and turning them on again.
const databaseFile = freshDatabaseFile();
let app: BootedStrapi | undefined;
afterAll(async () => {
  await app?.stop();
  rmSync(path.dirname(databaseFile), { recursive: true, force: true });
});

const outputsOff = { headers: false, robots: false, feeds: false };
const outputsOn = { headers: true, robots: true, feeds: true };

it('outputs off, restart, outputs on: no stored choice or setting is lost', async () => {
  app = await bootStrapi({ databaseFile });
  const settings = () => app?.strapi.plugin('cc-signals').service('settings');
  await settings().update({ siteDefault: 'disallow', contentTypes: { [ARTICLE]: { default: 'cc-cr', feed: { title: 'title', date: 'publishedAt' } } } });
  const { documentId } = await publishedArticle(app.strapi, 'kept', 'cc-cr-op');
  const url = `${app.url}/api/articles/${documentId}`;
  expect((await request(url)).headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-op');

  await settings().update({ outputs: outputsOff });
  const off = await request(url);
  expect(off.headers.get('content-usage')).toBeNull();
  expect((await request(`${app.url}/robots.txt`)).text).not.toContain('Content-Usage');
  expect((await request(`${app.url}/api/cc-signals/feeds/articles/rss`)).status).toBe(404);
  expect((off.body as { data: { aiUsage: unknown } }).data.aiUsage).toEqual({
    categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr-op', signalVersion: '0.1' } },
  });
  await app.stop();
  app = undefined;

  app = await bootStrapi({ databaseFile });
  const restarted = settings();
  expect((await restarted.get()).outputs).toMatchObject(outputsOff);
  await restarted.update({ outputs: outputsOn });
  const on = await request(`${app.url}/api/articles/${documentId}`);
  expect(on.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-op');
  expect((await request(`${app.url}/api/articles`)).headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr');
  expect((await request(`${app.url}/api/cc-signals/feeds/articles/rss`)).status).toBe(200);
  const stored = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' });
  expect(stored.aiUsage).toEqual({ categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr-op', signalVersion: '0.1' } } });
});

it('garbage already in the database never reads more permissively than stored, and breaks no response', async () => {
  const booted = app;
  if (!booted) throw new Error('no app');
  const write = async (title: string, value: string) => {
    const { documentId } = await publishedArticle(booted.strapi, title);
    await booted.strapi.db.connection('articles').where({ document_id: documentId }).update({ ai_usage: value });
    const response = await request(`${booted.url}/api/articles/${documentId}`);
    expect(response.status).toBe(200);
    return response.headers.get('content-usage');
  };
  // The article default is cc-cr: an unreadable part disallows its category (no signal), the readable parts stay.
  expect(await write('garbage part', '{"categories":{"train-ai":{"choice":"perhaps"},"search":{"choice":"allow"}}}')).toBe('train-ai=n, search=y');
  // A value that cannot be read at all disallows every category.
  expect(await write('garbage whole', '{oops')).toBe('train-ai=n, search=n');
});

it('a category a later vocabulary retired stays stored and is not emitted', async () => {
  if (!app) throw new Error('no app');
  const { documentId } = await publishedArticle(app.strapi, 'retired');
  const stored = '{"categories":{"train-genai":{"choice":"allow"},"search":{"choice":"allow"}}}';
  await app.strapi.db.connection('articles').where({ document_id: documentId }).update({ ai_usage: stored });
  const response = await request(`${app.url}/api/articles/${documentId}`);
  expect(response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr, search=y');
  expect((response.body as { data: { aiUsage: unknown } }).data.aiUsage).toEqual(JSON.parse(stored));
});
