import { presets } from '@cc-signals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type BootedStrapi } from './harness/strapi';
import { ARTICLE, NOTE, PAGE, apiToken, publishedArticle, request } from './support/fixtures';

let app: BootedStrapi;
let token: string;

beforeAll(async () => {
  app = await bootStrapi();
  token = await apiToken(app.strapi);
});
afterAll(async () => {
  await (app as BootedStrapi | undefined)?.stop();
});

type Entry = { documentId: string; aiUsage?: unknown; ccSignals: { preferences: unknown; headers: Record<string, string>; from?: Record<string, string> } };

describe('one entry per preset', () => {
  it.each(presets.filter((preset) => preset.id !== 'inherit').map((preset) => [preset.id, preset] as const))(
    '%s: header and entry data follow the stored choice',
    async (id, preset) => {
      const created = await request(`${app.url}/api/articles`, { method: 'POST', token, body: { data: { title: id, aiUsage: id } } });
      expect(created.status).toBe(201);
      const { documentId } = (created.body as { data: Entry }).data;
      await app.strapi.documents(ARTICLE).publish({ documentId });
      const response = await request(`${app.url}/api/articles/${documentId}`);
      expect(response.status).toBe(200);
      const entry = (response.body as { data: Entry }).data;
      expect(entry.aiUsage).toEqual(JSON.parse(JSON.stringify(preset.intent)));
      const [category] = Object.values(preset.intent.categories);
      const expected = category?.choice === 'allow' ? 'train-ai=y' : `train-ai=n${category?.signal ? `;exceptions=${category.signal}` : ''}`;
      expect(response.headers.get('content-usage')).toBe(expected);
      expect(entry.ccSignals.headers['content-usage']).toBe(expected);
      // A CC signal is not a licence: its text is linked with the project's own relation (core's docs/bindings.md).
      if (category?.signal) {
        expect(response.headers.get('link')).toContain('rel="https://cc-signals.org/ns/1.0/signal"');
        expect(response.headers.get('link')).not.toContain('rel="license"');
      }
    },
  );

  it('an entry that inherits and a site with no default: no header at all', async () => {
    const { documentId } = await publishedArticle(app.strapi, 'nothing stated');
    const response = await request(`${app.url}/api/articles/${documentId}`);
    expect(response.headers.get('content-usage')).toBeNull();
    expect((response.body as { data: Entry }).data.ccSignals).toEqual({ preferences: {}, headers: {}, from: {} });
  });
});

describe('bad input is a 400 naming the field and the allowed values, and changes nothing', () => {
  const cases: [string, unknown, RegExp][] = [
    ['an unknown preset', 'cc-zz', /aiUsage.*cc-zz.*allow.*cc-cr-op/s],
    ['an unknown signal', { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-xx' } } }, /aiUsage\.categories\.train-ai\.signal.*cc-cr/],
    ['a malformed choice', { categories: { 'train-ai': { choice: 'maybe' } } }, /aiUsage\.categories\.train-ai\.choice.*inherit.*allow.*disallow/s],
    ['an unknown category', { categories: { 'train-everything': { choice: 'allow' } } }, /aiUsage\.categories.*train-ai/],
    ['a signal on an allow', { categories: { 'train-ai': { choice: 'allow', signal: 'cc-cr' } } }, /aiUsage\.categories\.train-ai\.signal/],
    ['not an object', 42, /aiUsage/],
  ];

  it.each(cases)('REST: %s', async (_name, value, message) => {
    const { documentId } = await publishedArticle(app.strapi, 'keeps its choice', 'cc-cr');
    const before = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' });
    const response = await request(`${app.url}/api/articles/${documentId}`, { method: 'PUT', token, body: { data: { title: 'changed', aiUsage: value } } });
    expect(response.status).toBe(400);
    expect((response.body as { error: { message: string } }).error.message).toMatch(message);
    const after = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' });
    expect(after).toEqual(before);
  });

  it.each(cases)('document service: %s', async (_name, value, message) => {
    const count = await app.strapi.documents(ARTICLE).count({});
    await expect(app.strapi.documents(ARTICLE).create({ data: { title: 'bad', aiUsage: value } })).rejects.toThrow(message);
    expect(await app.strapi.documents(ARTICLE).count({})).toBe(count);
  });

  it('the stored form is core\'s canonical intent JSON, whatever form was sent', async () => {
    const created = await app.strapi.documents(ARTICLE).create({
      data: { title: 'canonical', aiUsage: JSON.stringify({ categories: { search: { choice: 'allow' }, 'train-ai': { choice: 'disallow', signal: 'cc-cr' } } }) },
    });
    expect(created.aiUsage).toEqual({
      categories: { search: { choice: 'allow' }, 'train-ai': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' } },
    });
  });
});

describe('lists, defaults, drafts', () => {
  it('resolves site default → content-type default → entry, and a list states the content type default', async () => {
    const settings = app.strapi.plugin('cc-signals').service('settings');
    await settings.update({ siteDefault: 'disallow', contentTypes: { [ARTICLE]: { default: 'cc-cr-ec' } } });
    const own = await publishedArticle(app.strapi, 'own choice', 'allow');
    const inheriting = await publishedArticle(app.strapi, 'inherits');
    const list = await request(`${app.url}/api/articles?pagination[pageSize]=100`);
    expect(list.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-ec');
    const entries = (list.body as { data: Entry[] }).data;
    const byId = new Map(entries.map((entry) => [entry.documentId, entry]));
    expect(byId.get(own.documentId)?.ccSignals.headers['content-usage']).toBe('train-ai=y');
    expect(byId.get(inheriting.documentId)?.ccSignals.headers['content-usage']).toBe('train-ai=n;exceptions=cc-cr-ec');
    // Where each choice came from, for a front end's (or the admin's) "Inherit (from …)".
    expect(byId.get(own.documentId)?.ccSignals.from).toEqual({ 'train-ai': 'item' });
    expect(byId.get(inheriting.documentId)?.ccSignals.from).toEqual({ 'train-ai': 'section' });
    const page = await app.strapi.documents(PAGE).create({ data: { title: 'About' } });
    const pageResponse = await request(`${app.url}/api/pages/${String(page.documentId)}`);
    expect(pageResponse.headers.get('content-usage')).toBe('train-ai=n');
    await settings.update({ siteDefault: null, contentTypes: {} });
  });

  it('the public sees the published version; the draft\'s new choice shows once published', async () => {
    const { documentId } = await publishedArticle(app.strapi, 'draft and publish', 'disallow');
    await app.strapi.documents(ARTICLE).update({ documentId, data: { aiUsage: 'allow' } });
    const published = await request(`${app.url}/api/articles/${documentId}`);
    expect(published.headers.get('content-usage')).toBe('train-ai=n');
    const draft = await request(`${app.url}/api/articles/${documentId}?status=draft`, { token });
    expect(draft.headers.get('content-usage')).toBe('train-ai=y');
    await app.strapi.documents(ARTICLE).publish({ documentId });
    const after = await request(`${app.url}/api/articles/${documentId}`);
    expect(after.headers.get('content-usage')).toBe('train-ai=y');
  });

  it('a request whose fields leave the signal out still gets the entry\'s own signal', async () => {
    await app.strapi.plugin('cc-signals').service('settings').update({ siteDefault: 'disallow' });
    const { documentId } = await publishedArticle(app.strapi, 'fields', 'allow');
    const response = await request(`${app.url}/api/articles/${documentId}?fields[0]=title`);
    const entry = (response.body as { data: Entry }).data;
    expect(entry.aiUsage).toBeUndefined();
    expect(response.headers.get('content-usage')).toBe('train-ai=y');
    await app.strapi.plugin('cc-signals').service('settings').update({ siteDefault: null });
  });

  it('no extra database query per request once settings are cached, and none for the settings', async () => {
    const { documentId } = await publishedArticle(app.strapi, 'queries', 'cc-cr');
    const settings = app.strapi.plugin('cc-signals').service('settings');
    const count = async (path: string) => {
      await request(`${app.url}${path}`);
      app.queries.length = 0;
      await request(`${app.url}${path}`);
      return [...app.queries];
    };
    for (const path of [`/api/articles/${documentId}`, '/api/articles?pagination[pageSize]=100']) {
      const withHeaders = await count(path);
      expect(withHeaders.some((sql) => sql.includes('strapi_core_store_settings'))).toBe(false);
      await settings.update({ outputs: { headers: false } });
      const withoutHeaders = await count(path);
      await settings.update({ outputs: { headers: true } });
      expect(withHeaders.length).toBe(withoutHeaders.length);
    }
  });
});

describe('i18n', () => {
  it('a localized field: each locale has its own choice, and the header follows the locale asked for', async () => {
    await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    const notes = app.strapi.documents(NOTE);
    const note = await notes.create({ data: { title: 'Note', aiUsage: 'cc-cr' }, locale: 'en', status: 'published' });
    await notes.update({ documentId: note.documentId, locale: 'fr', data: { title: 'Note', aiUsage: 'cc-cr-op' }, status: 'published' });
    const english = await request(`${app.url}/api/notes/${String(note.documentId)}`);
    expect(english.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr');
    const french = await request(`${app.url}/api/notes/${String(note.documentId)}?locale=fr`);
    expect(french.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-op');
    const list = await request(`${app.url}/api/notes?locale=fr`);
    const entries = (list.body as { data: Entry[] }).data;
    expect(entries.find((entry) => entry.documentId === note.documentId)?.ccSignals.headers['content-usage']).toBe('train-ai=n;exceptions=cc-cr-op');
  });
});
