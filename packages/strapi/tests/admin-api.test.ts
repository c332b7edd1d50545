import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type BootedStrapi } from './harness/strapi';
import { ARTICLE, adminRole, adminUser, publishedArticle, request, type AdminLogin } from './support/fixtures';

let app: BootedStrapi;
let superAdmin: AdminLogin;

const CM = 'plugin::content-manager.explorer';
const editorPermissions = ['create', 'read', 'update', 'publish'].map((action) => ({
  action: `${CM}.${action}`,
  subject: ARTICLE,
  properties: { fields: ['title', 'slug', 'summary', 'body', 'aiUsage'] },
}));

beforeAll(async () => {
  app = await bootStrapi();
  superAdmin = await adminUser(app);
});
afterAll(async () => {
  await (app as BootedStrapi | undefined)?.stop();
});

describe('settings routes follow the plugin\'s own permissions', () => {
  it('a Super Admin reads, previews and updates the settings', async () => {
    const read = await request(`${app.url}/cc-signals/settings`, { token: superAdmin.token });
    expect(read.status).toBe(200);
    expect((read.body as { contentTypes: { uid: string; field?: string }[] }).contentTypes).toContainEqual(
      expect.objectContaining({ uid: ARTICLE, field: 'aiUsage' }),
    );
    const preview = await request(`${app.url}/cc-signals/settings/preview`, { method: 'POST', token: superAdmin.token, body: { siteDefault: 'cc-cr' } });
    expect(preview.status).toBe(200);
    const body = preview.body as { signals: { site: { headers: Record<string, string> } }; robotsTxt: string };
    expect(body.signals.site.headers['content-usage']).toBe('train-ai=n;exceptions=cc-cr');
    expect(body.robotsTxt).toContain('Content-Usage: train-ai=n;exceptions=cc-cr');
    const stored = await request(`${app.url}/cc-signals/settings`, { token: superAdmin.token });
    expect((stored.body as { settings: { siteDefault: unknown } }).settings.siteDefault).toBeNull();
  });

  it('a role without the plugin\'s permissions gets 403 on every route', async () => {
    const editor = await adminUser(app, [await adminRole(app.strapi, 'Editor without CC signals', editorPermissions)]);
    expect((await request(`${app.url}/cc-signals/settings`, { token: editor.token })).status).toBe(403);
    expect((await request(`${app.url}/cc-signals/settings`, { method: 'PUT', token: editor.token, body: { siteDefault: 'allow' } })).status).toBe(403);
    expect((await request(`${app.url}/cc-signals/settings/preview`, { method: 'POST', token: editor.token, body: {} })).status).toBe(403);
  });

  it('read without update: reads, but may not change', async () => {
    const reader = await adminUser(app, [await adminRole(app.strapi, 'Settings reader', [{ action: 'plugin::cc-signals.settings.read' }])]);
    expect((await request(`${app.url}/cc-signals/settings`, { token: reader.token })).status).toBe(200);
    const update = await request(`${app.url}/cc-signals/settings`, { method: 'PUT', token: reader.token, body: { siteDefault: 'allow' } });
    expect(update.status).toBe(403);
    expect((await app.strapi.plugin('cc-signals').service('settings').get()).siteDefault).toBeNull();
  });
});

describe('settings validation', () => {
  const cases: [string, unknown, RegExp][] = [
    ['an unknown preset as site default', { siteDefault: 'maybe' }, /siteDefault.*maybe.*cc-cr/s],
    ['an unknown content type', { contentTypes: { 'api::nope.nope': { default: 'allow' } } }, /contentTypes.*api::nope\.nope.*api::article\.article/s],
    ['a feed mapping to a missing attribute', { contentTypes: { [ARTICLE]: { default: null, feed: { title: 'headline', date: 'publishedAt' } } } }, /contentTypes\.api::article\.article\.feed\.title.*headline/],
    ['an unknown output', { outputs: { everything: true } }, /outputs.*everything.*contentSignal/s],
    ['a non-boolean output', { outputs: { tdmrep: 'yes' } }, /outputs\.tdmrep.*true.*false/s],
    ['a relative RSL licence URL', { outputs: { rslLicenseUrl: '/license.xml' } }, /outputs\.rslLicenseUrl/],
    ['a content licence URL that is not http(s)', { outputs: { contentLicenseUrl: 'javascript:alert(1)' } }, /outputs\.contentLicenseUrl.*absolute http\(s\) URL/],
    ['an unknown vocabulary', { outputs: { vocabulary: 'draft-ietf-aipref-vocab-99' } }, /outputs\.vocabulary.*vocab-99.*draft-ietf-aipref-vocab-07/s],
    ['a non-boolean transitionLabels', { outputs: { transitionLabels: 1 } }, /outputs\.transitionLabels.*true.*false/s],
  ];
  it.each(cases)('%s: 400, nothing stored', async (_name, body, message) => {
    const before = await request(`${app.url}/cc-signals/settings`, { token: superAdmin.token });
    const response = await request(`${app.url}/cc-signals/settings`, { method: 'PUT', token: superAdmin.token, body });
    expect(response.status).toBe(400);
    const error = (response.body as { error: { message: string; details: { field: string; allowed: string[] } } }).error;
    expect(error.message).toMatch(message);
    const after = await request(`${app.url}/cc-signals/settings`, { token: superAdmin.token });
    expect(after.body).toEqual(before.body);
  });

  it('a partial update keeps the rest', async () => {
    const put = (body: unknown) => request(`${app.url}/cc-signals/settings`, { method: 'PUT', token: superAdmin.token, body });
    expect((await put({ siteDefault: 'disallow', outputs: { tdmrep: true } })).status).toBe(200);
    const response = await put({ contentTypes: { [ARTICLE]: { default: 'cc-cr', feed: { title: 'title', date: 'publishedAt', summary: 'summary' } } } });
    const settings = (response.body as { settings: { siteDefault: unknown; outputs: { tdmrep: boolean } } }).settings;
    expect(settings.siteDefault).toEqual({ categories: { 'train-ai': { choice: 'disallow' } } });
    expect(settings.outputs.tdmrep).toBe(true);
    await put({ siteDefault: null, contentTypes: {}, outputs: { tdmrep: false } });
  });

  it('vocabulary and transition labels: stored, listed for the settings page, defaults for older settings', async () => {
    const put = (body: unknown) => request(`${app.url}/cc-signals/settings`, { method: 'PUT', token: superAdmin.token, body });
    const read = await request(`${app.url}/cc-signals/settings`, { token: superAdmin.token });
    const body = read.body as { vocabularies: string[]; settings: { outputs: { vocabulary: string; transitionLabels: boolean } } };
    expect(body.vocabularies).toContain('draft-ietf-aipref-vocab-07');
    expect(body.settings.outputs).toMatchObject({ vocabulary: 'draft-ietf-aipref-vocab-07', transitionLabels: false });
    const response = await put({ outputs: { vocabulary: 'draft-ietf-aipref-vocab-07', transitionLabels: true } });
    expect((response.body as { settings: { outputs: { transitionLabels: boolean } } }).settings.outputs.transitionLabels).toBe(true);
    await put({ outputs: { transitionLabels: false } });
  });
});

describe('setting the signal on entries in the Content Manager', () => {
  const cmUrl = (documentId = '') => `${app.url}/content-manager/collection-types/${ARTICLE}${documentId ? `/${documentId}` : ''}`;

  it('an editor without "set the signal" may edit the entry but not its signal', async () => {
    const editor = await adminUser(app, [await adminRole(app.strapi, 'Test editor', editorPermissions)]);
    const { documentId } = await publishedArticle(app.strapi, 'editorial', 'cc-cr');
    const entry = (await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' })) as Record<string, unknown>;
    const same = await request(cmUrl(documentId), { method: 'PUT', token: editor.token, body: { title: 'retitled', aiUsage: entry.aiUsage } });
    expect(same.status).toBe(200);
    const changed = await request(cmUrl(documentId), { method: 'PUT', token: editor.token, body: { title: 'retitled', aiUsage: 'allow' } });
    expect(changed.status).toBe(403);
    const after = (await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' })) as Record<string, unknown>;
    expect(after.aiUsage).toEqual(entry.aiUsage);
    const create = await request(cmUrl(), { method: 'POST', token: editor.token, body: { title: 'new', aiUsage: 'allow' } });
    expect(create.status).toBe(403);
  });

  it('with the permission, the editor sets it', async () => {
    const role = await adminRole(app.strapi, 'Signal editor', [...editorPermissions, { action: 'plugin::cc-signals.entries.set-signal' }]);
    const editor = await adminUser(app, [role]);
    const { documentId } = await publishedArticle(app.strapi, 'signal editor', 'cc-cr');
    const changed = await request(cmUrl(documentId), { method: 'PUT', token: editor.token, body: { title: 'x', aiUsage: 'allow' } });
    expect(changed.status).toBe(200);
    expect((changed.body as { data: { aiUsage: unknown } }).data.aiUsage).toEqual({ categories: { 'train-ai': { choice: 'allow' } } });
  });
});

describe('the list view\'s bulk action', () => {
  const bulk = (token: string, body: unknown) => request(`${app.url}/cc-signals/entries/signal`, { method: 'POST', token, body });

  it('sets one signal on the selected entries\' drafts, validated like any write', async () => {
    const a = await publishedArticle(app.strapi, 'bulk a');
    const b = await publishedArticle(app.strapi, 'bulk b', 'allow');
    const response = await bulk(superAdmin.token, { uid: ARTICLE, documentIds: [a.documentId, b.documentId], value: 'cc-cr-ec' });
    expect(response.status).toBe(200);
    for (const { documentId } of [a, b]) {
      const draft = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' });
      expect(draft.aiUsage).toEqual({ categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr-ec', signalVersion: '0.1' } } });
    }
    const published = await app.strapi.documents(ARTICLE).findOne({ documentId: b.documentId, status: 'published' });
    expect(published.aiUsage).toEqual({ categories: { 'train-ai': { choice: 'allow' } } });
    const bad = await bulk(superAdmin.token, { uid: ARTICLE, documentIds: [a.documentId], value: 'cc-zz' });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { message: string } }).error.message).toMatch(/aiUsage.*cc-zz/);
  });

  it('needs "set the signal" and the content type\'s update permission', async () => {
    const { documentId } = await publishedArticle(app.strapi, 'bulk guarded', 'allow');
    const editor = await adminUser(app, [await adminRole(app.strapi, 'Bulk editor without signal', editorPermissions)]);
    expect((await bulk(editor.token, { uid: ARTICLE, documentIds: [documentId], value: 'disallow' })).status).toBe(403);
    const signalOnly = await adminUser(app, [await adminRole(app.strapi, 'Signal without update', [{ action: 'plugin::cc-signals.entries.set-signal' }])]);
    expect((await bulk(signalOnly.token, { uid: ARTICLE, documentIds: [documentId], value: 'disallow' })).status).toBe(403);
    const draft = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' });
    expect(draft.aiUsage).toEqual({ categories: { 'train-ai': { choice: 'allow' } } });
  });
});
