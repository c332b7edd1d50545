// /.well-known/tdmrep.json, locales sharing one API path (robots.txt and tdmrep.json state the most
// restrictive), the entries robots.txt leaves out (the settings preview lists them), and the content
// licence URL, through the real Strapi app.
import { rmSync } from 'node:fs';
import { evaluateRobots, matchTdmrep, parseFeed, parseRobotsTxt, parseTdmrepJson, readPreferences } from '@cc-signals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type BootedStrapi } from './harness/strapi';
import { ARTICLE, NOTE, adminUser, crowdedPublicDir, publishedArticle, request, type AdminLogin } from './support/fixtures';

let app: BootedStrapi;
let admin: AdminLogin;
const settings = () => app.strapi.plugin('cc-signals').service('settings');
// TDMRep has one reservation for all mining: 0 only where every category is allowed.
const ALL_ALLOWED = { categories: { 'train-ai': { choice: 'allow' }, search: { choice: 'allow' } } };
const tdmrepUrl = () => `${app.url}/.well-known/tdmrep.json`;
const reservation = async (urlPath: string) => matchTdmrep(parseTdmrepJson((await request(tdmrepUrl())).text), urlPath)?.reservation;
const robotsAt = async (urlPath: string) => evaluateRobots(parseRobotsTxt((await request(`${app.url}/robots.txt`)).text), urlPath, 'ExampleBot').preferences;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await adminUser(app);
  await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
});
afterAll(async () => {
  await (app as BootedStrapi | undefined)?.stop();
});

describe('/.well-known/tdmrep.json', () => {
  it('is served only when TDMRep output is on, from the same rules as robots.txt, and read back with core', async () => {
    await settings().update({ siteDefault: ALL_ALLOWED, contentTypes: { [ARTICLE]: { default: 'cc-cr' } }, outputs: { tdmrep: false } });
    const own = await publishedArticle(app.strapi, 'tdmrep own', ALL_ALLOWED);
    const inheriting = await publishedArticle(app.strapi, 'tdmrep inherits');
    expect((await request(tdmrepUrl())).status).toBe(404);
    await settings().update({ outputs: { tdmrep: true } });
    const response = await request(tdmrepUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    // The site allows everything (0), articles reserve TDM (1: TDMRep cannot carry the CC signal), this one allows it again.
    expect(await reservation('/')).toBe(0);
    expect(await reservation(`/api/articles/${inheriting.documentId}`)).toBe(1);
    expect(await reservation(`/api/articles/${own.documentId}`)).toBe(0);
    // Core's reader, given only the file: a reservation reads as a disallow of AI training; a 0 adds nothing.
    const read = (documentId: string) => readPreferences({ url: `${app.url}/api/articles/${documentId}`, tdmrepJson: response.text });
    expect(read(inheriting.documentId).preferences).toEqual({ 'train-ai': { preference: 'disallowed' } });
    expect(read(inheriting.documentId).origins['train-ai']).toEqual([expect.objectContaining({ source: 'tdmrep', form: 'tdmrep.json' })]);
    expect(read(own.documentId).preferences).toEqual({});
    expect((await request(tdmrepUrl(), { method: 'HEAD' })).status).toBe(200);
  });

  it('follows entry changes, and goes away when TDMRep output is turned off', async () => {
    const later = await publishedArticle(app.strapi, 'tdmrep later', ALL_ALLOWED);
    expect(await reservation(`/api/articles/${later.documentId}`)).toBe(0);
    await app.strapi.documents(ARTICLE).update({ documentId: later.documentId, data: { aiUsage: 'disallow' } });
    await app.strapi.documents(ARTICLE).publish({ documentId: later.documentId });
    expect(await reservation(`/api/articles/${later.documentId}`)).toBe(1);
    await settings().update({ outputs: { tdmrep: false } });
    expect((await request(tdmrepUrl())).status).toBe(404);
    await settings().update({ siteDefault: null, contentTypes: {} });
  });
});

describe('locales of one entry share its API path: robots.txt and tdmrep.json state the most restrictive', () => {
  const notes = () => app.strapi.documents(NOTE);

  it('of two own choices, the stricter, though the other locale was published later', async () => {
    await settings().update({ siteDefault: null, contentTypes: {}, outputs: { tdmrep: true } });
    const note = await notes().create({ data: { title: 'Note', aiUsage: 'cc-cr' }, locale: 'fr', status: 'published' });
    await notes().update({ documentId: note.documentId, locale: 'en', data: { title: 'Note', aiUsage: 'allow' }, status: 'published' });
    const english = await request(`${app.url}/api/notes/${String(note.documentId)}?locale=en`);
    expect(english.headers.get('content-usage')).toBe('train-ai=y');
    expect(await robotsAt(`/api/notes/${String(note.documentId)}`)).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    expect(await reservation(`/api/notes/${String(note.documentId)}`)).toBe(1);
  });

  it('a locale that inherits a stricter default counts beside another locale\'s own allow', async () => {
    await settings().update({ contentTypes: { [NOTE]: { default: 'disallow' } } });
    const note = await notes().create({ data: { title: 'Inheriting note' }, locale: 'en', status: 'published' });
    await notes().update({ documentId: note.documentId, locale: 'fr', data: { title: 'Note', aiUsage: 'allow' }, status: 'published' });
    expect(await robotsAt(`/api/notes/${String(note.documentId)}`)).toEqual({ 'train-ai': { preference: 'disallowed' } });
    expect(await reservation(`/api/notes/${String(note.documentId)}`)).toBe(1);
    // Where every locale allows, the path is allowed.
    await notes().update({ documentId: note.documentId, locale: 'en', data: { title: 'Note', aiUsage: 'allow' }, status: 'published' });
    expect(await robotsAt(`/api/notes/${String(note.documentId)}`)).toEqual({ 'train-ai': { preference: 'allowed' } });
    await settings().update({ contentTypes: {}, outputs: { tdmrep: false } });
  });
});

describe('entries robots.txt leaves out', () => {
  let publicDir: string;
  let originalPublic: string;

  beforeAll(() => {
    publicDir = crowdedPublicDir();
    originalPublic = app.strapi.dirs.static.public;
  });
  afterAll(async () => {
    app.strapi.config.set('dirs.static.public', originalPublic);
    await settings().update({ siteDefault: null, contentTypes: {} });
    rmSync(publicDir, { recursive: true, force: true });
  });

  it('the settings preview lists them with the reason, and robots.txt stays under 500 KiB', async () => {
    app.strapi.config.set('dirs.static.public', publicDir);
    await settings().update({ siteDefault: 'disallow', contentTypes: {} });
    const entries = [];
    for (let index = 0; index < 40; index += 1) entries.push(await publishedArticle(app.strapi, `omitted ${String(index)}`, 'cc-cr-op'));
    const robots = await request(`${app.url}/robots.txt`);
    expect(new TextEncoder().encode(robots.text).length).toBeLessThanOrEqual(500 * 1024);
    const preview = await request(`${app.url}/cc-signals/settings/preview`, { method: 'POST', token: admin.token, body: {} });
    expect(preview.status).toBe(200);
    const omitted = (preview.body as { robotsOmitted: { uid: string; documentId: string; path: string; reason: string }[] }).robotsOmitted;
    expect(omitted.length).toBeGreaterThan(0);
    for (const item of omitted) {
      expect(item.reason).toBe('size');
      expect(item.path).toBe(`${item.uid === NOTE ? '/api/notes/' : '/api/articles/'}${item.documentId}`);
      expect(robots.text).not.toContain(item.path);
    }
    const ids = new Set(entries.map((entry) => entry.documentId));
    expect(omitted.filter((item) => ids.has(item.documentId)).length).toBeGreaterThan(5);
    // The newest are kept: the last one published has its rule.
    expect(robots.text).toContain(`/api/articles/${String(entries.at(-1)?.documentId)}`);
  });
});

describe('content licence URL', () => {
  it('is linked with rel="license" on entries and feeds; a bad one is a 400 naming the field, nothing stored', async () => {
    const put = (body: unknown) => request(`${app.url}/cc-signals/settings`, { method: 'PUT', token: admin.token, body });
    const licence = 'https://creativecommons.org/licenses/by/4.0/';
    expect((await put({ siteDefault: 'cc-cr', contentTypes: { [ARTICLE]: { default: null, feed: { title: 'title', date: 'publishedAt' } } }, outputs: { contentLicenseUrl: licence } })).status).toBe(200);
    const entry = await publishedArticle(app.strapi, 'licensed');
    const response = await request(`${app.url}/api/articles/${entry.documentId}`);
    expect(response.headers.get('link')).toContain(`<${licence}>; rel="license"`);
    const feed = await request(`${app.url}/api/cc-signals/feeds/articles/atom`);
    expect(feed.text).toContain(`href="${licence}"`);
    expect(parseFeed(feed.text).channel).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } });
    for (const bad of ['/licence', 'ftp://example.org/l', 42]) {
      const rejected = await put({ outputs: { contentLicenseUrl: bad } });
      expect(rejected.status).toBe(400);
      expect((rejected.body as { error: { details: { field: string } } }).error.details.field).toBe('outputs.contentLicenseUrl');
    }
    expect((await settings().get()).outputs.contentLicenseUrl).toBe(licence);
    expect((await put({ outputs: { contentLicenseUrl: null } })).status).toBe(200);
    expect((await request(`${app.url}/api/articles/${entry.documentId}`)).headers.get('link')).not.toContain('rel="license"');
  });
});
