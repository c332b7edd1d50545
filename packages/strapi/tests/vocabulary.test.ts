import { evaluateRobots, parseContentUsage, parseRobotsTxt, vocabularyById, type Vocabulary } from '@cc-signals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type BootedStrapi } from './harness/strapi';
import { ARTICLE, adminUser, apiToken, request, type AdminLogin } from './support/fixtures';

const V07 = 'draft-ietf-aipref-vocab-07';
const V08 = 'draft-ietf-aipref-vocab-08';
const vocab08 = vocabularyById(V08) as Vocabulary;

let app: BootedStrapi;
let admin: AdminLogin;
let token: string;

type Entry = { documentId: string; title: string; aiUsage: unknown; ccSignals: { preferences: unknown; headers: Record<string, string> } };

/** Changes the settings as the settings page does: PUT through the admin API. */
async function putSettings(body: unknown) {
  return request(`${app.url}/cc-signals/settings`, { method: 'PUT', token: admin.token, body });
}

async function getEntry(documentId: string) {
  const response = await request(`${app.url}/api/articles/${documentId}`, { token });
  return { response, entry: (response.body as { data: Entry }).data };
}

async function robotsFor(documentId: string, vocabulary?: Vocabulary) {
  const robots = parseRobotsTxt((await request(`${app.url}/robots.txt`)).text, vocabulary ? { vocabulary } : {});
  return evaluateRobots(robots, `http://127.0.0.1/api/articles/${documentId}`, 'ExampleBot').preferences;
}

beforeAll(async () => {
  app = await bootStrapi();
  admin = await adminUser(app);
  token = await apiToken(app.strapi);
});
afterAll(async () => {
  await (app as BootedStrapi | undefined)?.stop();
});

describe('outputs.vocabulary through the real app', () => {
  const aiUse = { categories: { 'ai-use': { choice: 'disallow' }, 'train-ai': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' } } };

  it('-08: an entry disallowing AI Use states ai-use=n in its header, its data and robots.txt; -07 drops it and keeps the stored choice', async () => {
    expect((await putSettings({ outputs: { vocabulary: V08 } })).status).toBe(200);
    const created = await request(`${app.url}/api/articles`, { method: 'POST', token, body: { data: { title: 'No AI use', aiUsage: aiUse } } });
    expect(created.status).toBe(201);
    const { documentId } = (created.body as { data: Entry }).data;

    const on08 = await getEntry(documentId);
    const header = on08.response.headers.get('content-usage') ?? '';
    expect(parseContentUsage(header, vocab08).preferences).toEqual({
      'ai-use': { preference: 'disallowed' },
      'train-ai': { preference: 'disallowed', exception: 'cc-cr' },
    });
    expect(header).toMatch(/(^|, )ai-use=n(,|$)/);
    expect(on08.entry.ccSignals.headers['content-usage']).toBe(header);
    expect(on08.entry.ccSignals.preferences).toMatchObject({ 'ai-use': { preference: 'disallowed' } });
    expect(await robotsFor(documentId, vocab08)).toMatchObject({ 'ai-use': { preference: 'disallowed' } });

    expect((await putSettings({ outputs: { vocabulary: V07 } })).status).toBe(200);
    const on07 = await getEntry(documentId);
    expect(on07.response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr');
    expect(on07.entry.ccSignals.headers['content-usage']).toBe('train-ai=n;exceptions=cc-cr');
    expect((await request(`${app.url}/robots.txt`)).text).not.toMatch(/ai-use/);
    expect(on07.entry.aiUsage).toEqual(aiUse);
  });

  it('-07: an entry saved back with its kept AI Use choice unchanged keeps it; changing it is a 400 naming the field', async () => {
    await putSettings({ outputs: { vocabulary: V08 } });
    const created = await request(`${app.url}/api/articles`, { method: 'POST', token, body: { data: { title: 'Kept', aiUsage: aiUse } } });
    const { documentId } = (created.body as { data: Entry }).data;
    await putSettings({ outputs: { vocabulary: V07 } });
    const { entry } = await getEntry(documentId);
    const saved = await request(`${app.url}/api/articles/${documentId}`, { method: 'PUT', token, body: { data: { title: 'Kept, retitled', aiUsage: entry.aiUsage } } });
    expect(saved.status).toBe(200);
    expect((await getEntry(documentId)).entry).toMatchObject({ title: 'Kept, retitled', aiUsage: aiUse });

    const changed = { categories: { ...aiUse.categories, 'ai-use': { choice: 'allow' } } };
    const refused = await request(`${app.url}/api/articles/${documentId}`, { method: 'PUT', token, body: { data: { title: 'x', aiUsage: changed } } });
    expect(refused.status).toBe(400);
    expect((refused.body as { error: { message: string } }).error.message).toBe('aiUsage.categories: "ai-use" is not allowed; expected one of "train-ai", "search"');
    expect((await getEntry(documentId)).entry).toMatchObject({ title: 'Kept, retitled', aiUsage: aiUse });
  });

  it('an unknown category id is a 400 naming the field and the vocabulary\'s ids, and nothing stored changes', async () => {
    await putSettings({ outputs: { vocabulary: V08 } });
    const created = await request(`${app.url}/api/articles`, { method: 'POST', token, body: { data: { title: 'Unchanged', aiUsage: 'cc-cr' } } });
    const { documentId } = (created.body as { data: Entry }).data;
    const before = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' });
    const body = { data: { title: 'changed', aiUsage: { categories: { 'ai-everything': { choice: 'allow' } } } } };
    const response = await request(`${app.url}/api/articles/${documentId}`, { method: 'PUT', token, body });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        name: 'ValidationError',
        message: 'aiUsage.categories: "ai-everything" is not allowed; expected one of "train-ai", "ai-use", "search"',
        details: { field: 'aiUsage.categories', allowed: ['train-ai', 'ai-use', 'search'] },
      },
    });
    expect(await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' })).toEqual(before);
    await putSettings({ outputs: { vocabulary: V07 } });
  });
});

describe('the settings API', () => {
  it('vocabulary and transition labels round-trip; the field is told the vocabulary; a bad id changes nothing', async () => {
    expect((await putSettings({ outputs: { vocabulary: V08, transitionLabels: true } })).status).toBe(200);
    const read = await request(`${app.url}/cc-signals/settings`, { token: admin.token });
    expect((read.body as { settings: { outputs: unknown } }).settings.outputs).toMatchObject({ vocabulary: V08, transitionLabels: true });
    const inherited = await request(`${app.url}/cc-signals/inherited/${ARTICLE}`, { token: admin.token });
    expect(inherited.body).toMatchObject({ vocabulary: V08 });

    const bad = await putSettings({ outputs: { vocabulary: 'draft-ietf-aipref-vocab-99', transitionLabels: false } });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { message: string } }).error.message).toMatch(/outputs\.vocabulary: .*draft-ietf-aipref-vocab-07, draft-ietf-aipref-vocab-08/);
    const after = await request(`${app.url}/cc-signals/settings`, { token: admin.token });
    expect((after.body as { settings: { outputs: unknown } }).settings.outputs).toMatchObject({ vocabulary: V08, transitionLabels: true });
  });

  it('defaults: -08 accepts AI Use, kept unchanged when the site switches back to -07; -07 refuses a new one', async () => {
    const siteDefault = { categories: { 'ai-use': { choice: 'disallow', signal: 'cc-cr-op', signalVersion: '0.1' } } };
    expect((await putSettings({ outputs: { vocabulary: V08 }, siteDefault })).status).toBe(200);
    expect((await putSettings({ outputs: { vocabulary: V07 }, siteDefault })).status).toBe(200);
    const refused = await putSettings({ contentTypes: { [ARTICLE]: { default: { categories: { 'ai-use': { choice: 'allow' } } } } } });
    expect(refused.status).toBe(400);
    expect((refused.body as { error: { message: string } }).error.message).toMatch(/^contentTypes\.api::article\.article\.default\.categories: "ai-use" is not allowed; expected one of "train-ai", "search"/);
    const read = await request(`${app.url}/cc-signals/settings`, { token: admin.token });
    expect(read.body).toMatchObject({ settings: { siteDefault, contentTypes: {}, outputs: { vocabulary: V07 } } });
    await putSettings({ siteDefault: null, outputs: { transitionLabels: false } });
  });
});
