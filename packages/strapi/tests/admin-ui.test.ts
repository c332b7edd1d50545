import { rmSync } from 'node:fs';
import { englishMessages, parseContentUsage, vocabularyById } from '@cc-signals/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureAdminBuilt } from './harness/strapi';
import { adminLogin, launch, newPage } from './harness/browser';
import { bootStrapi, type BootedStrapi } from './harness/strapi';
import { ARTICLE, PAGE, adminRole, adminUser, articleEditorPermissions, crowdedPublicDir, request, type AdminLogin } from './support/fixtures';

let app: BootedStrapi | undefined;
let browser: Browser | undefined;
let page: Page;
let admin: AdminLogin;
const errors: string[] = [];

beforeAll(async () => {
  ensureAdminBuilt();
  app = await bootStrapi({ admin: true });
  admin = await adminUser(app);
  browser = await launch();
  page = await newPage(browser, errors);
  await adminLogin(page, app.url, admin.email, admin.password);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('an editor sets the signal of an entry in the Content Manager; the public entry follows once published', async () => {
  if (!app) throw new Error('no app');
  await app.strapi.plugin('cc-signals').service('settings').update({ contentTypes: { [ARTICLE]: { default: 'disallow' } } });
  const entry = await app.strapi.documents(ARTICLE).create({ data: { title: 'Set in the browser' } });
  await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}/${String(entry.documentId)}`);
  await expect(page.getByTestId('cc-signals-inherited').textContent()).resolves.toMatch(/Inherits: Disallow \(from the content type's default\)/);
  await page.getByText('Disallow except CC Credit', { exact: true }).click();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText(/Published document/i).first().waitFor();
  const response = await request(`${app.url}/api/articles/${String(entry.documentId)}`);
  expect(response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr');
  expect(errors).toEqual([]);
});

it('an admin changes the site default on the settings page, with a live preview; the public follows', async () => {
  if (!app) throw new Error('no app');
  const about = await app.strapi.documents(PAGE).create({ data: { title: 'About' } });
  await page.goto(`${app.url}/admin/settings/cc-signals`);
  await page.getByRole('combobox', { name: 'Site default' }).click();
  await page.getByRole('option', { name: 'Disallow except CC Credit + Open' }).click();
  await expect.poll(() => page.getByTestId('preview-header').textContent()).toBe('train-ai=n;exceptions=cc-cr-op');
  await expect.poll(() => page.getByTestId('preview-robots').textContent()).toContain('Content-Usage: train-ai=n;exceptions=cc-cr-op');
  const unsaved = await request(`${app.url}/api/pages/${String(about.documentId)}`);
  expect(unsaved.headers.get('content-usage')).toBeNull();
  // The opt-in to widen an allow in Content-Signal/RSL, off by default, in core's own words.
  const anyAiTraining = page.getByRole('checkbox', { name: englishMessages['emit.anyAiTraining.label'] });
  await expect.poll(() => anyAiTraining.getAttribute('aria-checked')).toBe('false');
  await page.getByText(englishMessages['emit.anyAiTraining.help'] ?? '').waitFor();
  await anyAiTraining.click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved').first().waitFor();
  const saved = await request(`${app.url}/api/pages/${String(about.documentId)}`);
  expect(saved.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-op');
  const stored = (await app.strapi.plugin('cc-signals').service('settings').get()) as { outputs: { anyAiTraining: boolean } };
  expect(stored.outputs.anyAiTraining).toBe(true);
  expect(errors).toEqual([]);
});

it('the list view shows each entry\'s signal, and the bulk action sets it on the selected entries', async () => {
  if (!app) throw new Error('no app');
  const a = await app.strapi.documents(ARTICLE).create({ data: { title: 'Bulk one', aiUsage: 'cc-cr-dc' } });
  const b = await app.strapi.documents(ARTICLE).create({ data: { title: 'Bulk two' } });
  await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}?page=1&pageSize=100&sort=title:ASC`);
  const row = (title: string) => page.getByRole('row').filter({ hasText: title });
  await expect.poll(() => row('Bulk one').getByTestId('cc-signals-cell').textContent()).toBe('Disallow except CC Credit + Direct Contribution');
  await expect.poll(() => row('Bulk two').getByTestId('cc-signals-cell').textContent()).toMatch(/^Inherit \(/);
  await row('Bulk one').getByRole('checkbox').click();
  await row('Bulk two').getByRole('checkbox').click();
  await page.getByRole('button', { name: 'Set AI usage' }).click();
  await page.getByRole('combobox', { name: 'AI usage' }).click();
  await page.getByRole('option', { name: 'Disallow except CC Credit + Open' }).click();
  await page.getByRole('button', { name: 'Set', exact: true }).click();
  await page.getByText(/AI usage set on 2 entries/).first().waitFor();
  for (const entry of [a, b]) {
    const draft = await app.strapi.documents(ARTICLE).findOne({ documentId: entry.documentId, status: 'draft' });
    expect(draft.aiUsage).toEqual({ categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr-op', signalVersion: '0.1' } } });
  }
  expect(errors).toEqual([]);
});

it('an editor without "Set the CC signal of entries" sees the choice but no control', async () => {
  if (!app || !browser) throw new Error('no app');
  const editor = await adminUser(app, [await adminRole(app.strapi, 'Browser editor', articleEditorPermissions)]);
  const entry = await app.strapi.documents(ARTICLE).create({ data: { title: 'Read only here', aiUsage: 'cc-cr' } });
  const editorPage = await newPage(browser, errors);
  await adminLogin(editorPage, app.url, editor.email, editor.password);
  await editorPage.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}/${String(entry.documentId)}`);
  await expect.poll(() => editorPage.getByTestId('cc-signals-readonly').textContent()).toMatch(/^Disallow except CC Credit — /);
  expect(await editorPage.getByText('Disallow except CC Credit + Open', { exact: true }).count()).toBe(0);
  expect(errors).toEqual([]);
});

it('the settings page: content licence URL (a bad one refused, naming the field), vocabulary, transition labels, with help text', async () => {
  if (!app) throw new Error('no app');
  const settings = app.strapi.plugin('cc-signals').service('settings');
  await page.goto(`${app.url}/admin/settings/cc-signals`);
  await page.getByText(englishMessages['emit.contentLicenseUrl.help'] ?? '').waitFor();
  await page.getByText(englishMessages['emit.transitionLabels.help'] ?? '').waitFor();
  await expect.poll(() => page.getByRole('combobox', { name: 'AI Preferences vocabulary' }).textContent()).toContain('draft-ietf-aipref-vocab-07');
  const licence = page.getByRole('textbox', { name: 'Content licence URL' });
  await licence.fill('creativecommons.org/licenses/by/4.0/');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/outputs\.contentLicenseUrl: .* is not an absolute http\(s\) URL/).first().waitFor();
  expect((await settings.get()).outputs.contentLicenseUrl).toBeUndefined();
  await licence.fill('https://creativecommons.org/licenses/by/4.0/');
  await page.getByRole('checkbox', { name: 'Also write renamed categories under their previous names' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await settings.get()).outputs).toMatchObject({
    contentLicenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    transitionLabels: true,
    vocabulary: 'draft-ietf-aipref-vocab-07',
  });
  const entry = await app.strapi.documents(PAGE).create({ data: { title: 'Licensed page' }, status: 'published' });
  const response = await request(`${app.url}/api/pages/${String(entry.documentId)}`);
  expect(response.headers.get('link')).toContain('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
  await settings.update({ outputs: { contentLicenseUrl: null, transitionLabels: false } });
  expect(errors).toEqual([]);
});

it('the settings page says which entries robots.txt leaves out, and why, in plain words', async () => {
  if (!app) throw new Error('no app');
  const original = app.strapi.dirs.static.public;
  const crowded = crowdedPublicDir();
  app.strapi.config.set('dirs.static.public', crowded);
  try {
    const old = await app.strapi.documents(ARTICLE).create({ data: { title: 'Oldest own choice', aiUsage: 'cc-cr-ec' }, status: 'published' });
    for (let index = 0; index < 30; index += 1) {
      await app.strapi.documents(ARTICLE).create({ data: { title: `Newer ${String(index)}`, aiUsage: 'cc-cr-op' }, status: 'published' });
    }
    await page.goto(`${app.url}/admin/settings/cc-signals`);
    const note = page.getByTestId('robots-omitted');
    await note.waitFor();
    await expect.poll(() => note.textContent()).toContain('Left out of robots.txt');
    const size = note.getByTestId('robots-omitted-size');
    await expect.poll(() => size.textContent()).toContain('robots.txt would pass 500 KiB, the most crawlers read');
    const item = size.getByRole('listitem').filter({ hasText: `/api/articles/${String(old.documentId)}` });
    expect(await item.getByRole('link').getAttribute('href')).toBe(`/admin/content-manager/collection-types/${ARTICLE}/${String(old.documentId)}`);
  } finally {
    app.strapi.config.set('dirs.static.public', original);
    rmSync(crowded, { recursive: true, force: true });
  }
  await page.goto(`${app.url}/admin/settings/cc-signals`);
  await page.getByTestId('preview-robots').waitFor();
  await expect.poll(() => page.getByTestId('preview-robots').textContent()).toContain('Content-Usage:');
  expect(await page.getByTestId('robots-omitted').count()).toBe(0);
  expect(errors).toEqual([]);
});

it('on a site set to draft -08, the field\'s per-category view offers AI Use (core\'s titles), and saving it reaches the header', async () => {
  if (!app) throw new Error('no app');
  const settings = app.strapi.plugin('cc-signals').service('settings');
  await settings.update({ outputs: { vocabulary: 'draft-ietf-aipref-vocab-08' } });
  try {
    const entry = await app.strapi.documents(ARTICLE).create({ data: { title: 'AI Use in the browser' } });
    await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}/${String(entry.documentId)}`);
    await page.getByRole('button', { name: 'Per category (advanced)' }).click();
    // Each select is named by its category's title in core's messages, and its label.
    const aiUse = page.getByRole('combobox', { name: `${englishMessages['category.ai-use'] ?? ''} (ai-use)` });
    await aiUse.waitFor();
    await page.getByRole('combobox', { name: `${englishMessages['category.draft-ietf-aipref-vocab-08.train-ai'] ?? ''} (train-ai)` }).waitFor();
    expect(await page.getByRole('combobox', { name: 'AI Model Training' }).count()).toBe(0);
    await aiUse.click();
    await page.getByRole('option', { name: 'Disallow', exact: true }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published document/i).first().waitFor();
    const response = await request(`${app.url}/api/articles/${String(entry.documentId)}`);
    // The article's content-type default (train-ai) stays; the entry's own AI Use choice is added.
    const preferences = parseContentUsage(response.headers.get('content-usage') ?? '', vocabularyById('draft-ietf-aipref-vocab-08')).preferences;
    expect(preferences['ai-use']).toEqual({ preference: 'disallowed' });
    const published = await app.strapi.documents(ARTICLE).findOne({ documentId: entry.documentId, status: 'published' });
    expect(published?.aiUsage).toEqual({ categories: { 'ai-use': { choice: 'disallow' } } });

    // Back on -07: the view offers -07's categories; saving the entry keeps the AI Use choice stored (not shown, not written).
    await settings.update({ outputs: { vocabulary: 'draft-ietf-aipref-vocab-07' } });
    await page.reload();
    await page.getByRole('button', { name: 'Per category (advanced)' }).click();
    const training = page.getByRole('combobox', { name: `${englishMessages['category.train-ai'] ?? ''} (train-ai)` });
    await training.click();
    expect(await page.getByRole('combobox', { name: '(ai-use)' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Allow', exact: true }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(async () => (await app?.strapi.documents(ARTICLE).findOne({ documentId: entry.documentId, status: 'published' }))?.aiUsage).toEqual({
      categories: { 'train-ai': { choice: 'allow' }, 'ai-use': { choice: 'disallow' } },
    });
    const on07 = await request(`${app.url}/api/articles/${String(entry.documentId)}`);
    expect(on07.headers.get('content-usage')).toBe('train-ai=y');
  } finally {
    await settings.update({ outputs: { vocabulary: 'draft-ietf-aipref-vocab-07' } });
  }
  expect(errors).toEqual([]);
});
