// Real users in Debian chromium: the editor panel, Settings → AI usage, Bulk and Quick Edit on the posts list.
import path from 'node:path';
import { englishMessages, parseContentUsage, type Intent, type Preferences } from '@cc-signals/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from '../harness/boot-wordpress.mjs';
import {
  launch, login, newContext, openEditor, openSignalsPanel, savePost, skipWelcomeGuides,
} from '../support/browser';
import { get } from '../support/http';
import { CACHE_DIR, bootSite, expectedPreferences, insertPost, presetIntent, setDefaults } from '../support/site';

const SITE = presetIntent('disallow');
let wp: WordPress;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
const ids: Record<string, number> = {};
const urls: Record<string, string> = {};

async function headerOf(url: string): Promise<Preferences> {
  const { status, headers } = await get(url);
  expect(status).toBe(200);
  return parseContentUsage(headers.get('content-usage') ?? '').preferences;
}

async function pageAs(role: string): Promise<Page> {
  // php -S answers one request at a time: an editor left open by an earlier test keeps
  // sending requests (heartbeat, autosave) that queue ahead of this login.
  await Promise.all(contexts.splice(0).map((open) => open.close()));
  const context = await newContext(browser, errors);
  contexts.push(context);
  return login(wp, context, role);
}

async function addPost(key: string, intent: Intent | undefined, author = 3): Promise<void> {
  const post = await insertPost(wp, { post_title: `Post ${key}`, post_name: `post-${key}`, post_author: author }, intent);
  ids[key] = post.id;
  urls[key] = post.url;
}

beforeAll(async () => {
  [wp, browser] = await Promise.all([bootSite(), launch()]);
  await setDefaults(wp, SITE, {});
  await addPost('mine', presetIntent('allow'));
  await addPost('inherits', undefined);
  await addPost('advanced', undefined);
  for (const key of ['bulk-a', 'bulk-b', 'bulk-c']) await addPost(key, presetIntent('cc-cr-ec'), 1);
  await skipWelcomeGuides(wp);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await (browser as Browser | undefined)?.close();
  await (wp as WordPress | undefined)?.stop();
});

describe('the editor panel', () => {
  it('lets an author pick "Disallow except CC Credit", and the public page says so', async () => {
    expect(await headerOf(urls.mine!)).toEqual(expectedPreferences(SITE, {}, 'post', presetIntent('allow')));
    const page = await pageAs('author');
    await openEditor(wp, page, ids.mine!);
    const panel = await openSignalsPanel(page);
    const picker = panel.getByLabel('Who may train AI on this post?');
    await expect.poll(() => picker.inputValue()).toBe('allow');
    await expect.poll(() => panel.textContent()).toContain('AI developers may train on this post.');
    await page.screenshot({ path: path.join(CACHE_DIR, 'editor-page.png') });
    await picker.selectOption('cc-cr');
    await expect.poll(() => panel.textContent()).toContain('AI developers may train on this post if they credit you.');
    // Compact (seven radios with descriptions took ~800 px), and the collapsed panel names the choice.
    expect((await panel.boundingBox())!.height).toBeLessThan(320);
    await panel.screenshot({ path: path.join(CACHE_DIR, 'editor-panel.png') });
    const toggle = panel.getByRole('button', { name: 'AI usage (CC signals)' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toContain('Allow with credit');
    // Only the post is edited, so saving needs no multi-entity confirmation.
    expect(await page.evaluate(() => {
      const { data } = (window as unknown as { wp: { data: { select(store: string): Record<string, () => unknown> } } }).wp;
      return [data.select('core/editor').hasNonPostEntityChanges!(), (data.select('core').__experimentalGetDirtyEntityRecords!() as { kind: string }[]).map((r) => r.kind)];
    })).toEqual([false, ['postType']]);
    await savePost(page, ids.mine!);
    // The editor may send the post and its meta in two requests: wait for the meta to land (as below:
    // under CI load the second request took over the default second).
    await expect.poll(() => headerOf(urls.mine!), { timeout: 10_000 }).toEqual(expectedPreferences(SITE, {}, 'post', presetIntent('cc-cr')));
  });

  it('saves a per-category choice made under Advanced', async () => {
    const page = await pageAs('author');
    await openEditor(wp, page, ids.advanced!);
    const panel = await openSignalsPanel(page);
    await panel.getByLabel('Advanced: choose per category').check();
    await panel.getByLabel('Search', { exact: true }).selectOption('disallow');
    await panel.getByLabel('AI Model Training', { exact: true }).selectOption('disallow:cc-cr-ec');
    await expect.poll(() => panel.getByLabel('Who may train AI on this post?').inputValue()).toBe('custom');
    await expect.poll(() => panel.textContent()).toContain('Search: not allowed.');
    await panel.screenshot({ path: path.join(CACHE_DIR, 'editor-panel-advanced.png') });
    await savePost(page, ids.advanced!);
    const intent: Intent = { categories: {
      'train-ai': { choice: 'disallow', signal: 'cc-cr-ec', signalVersion: '0.1' }, search: { choice: 'disallow' },
    } };
    // A busy machine may answer the first reads before WordPress 6.6's multi-entity save has stored the meta.
    await expect.poll(() => headerOf(urls.advanced!), { timeout: 10_000 }).toEqual(expectedPreferences(SITE, {}, 'post', intent));
  });

  it('shows what "Inherit" resolves to', async () => {
    const page = await pageAs('author');
    await openEditor(wp, page, ids.inherits!);
    const panel = await openSignalsPanel(page);
    expect(await panel.getByLabel('Who may train AI on this post?').inputValue()).toBe('inherit');
    expect(await panel.locator('#cc-signals-preset-description').textContent()).toContain('Now: No AI training.');
  });
});

describe('the declaration block', () => {
  it('is offered in the editor and previews the post\'s declaration', async () => {
    const page = await pageAs('author');
    await openEditor(wp, page, ids.mine!);
    await page.evaluate(() => {
      const { blocks, data } = (window as unknown as { wp: WpGlobals }).wp;
      data.dispatch('core/block-editor').insertBlocks(blocks.createBlock('cc-signals/declaration'));
    });
    const preview = page.frameLocator('iframe[name="editor-canvas"]').locator('.cc-signals-declaration');
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain('AI Model Training');
  });
});

interface WpGlobals {
  blocks: { createBlock(name: string): unknown };
  data: { dispatch(store: string): { insertBlocks(block: unknown): void } };
}

describe('Settings → AI usage', () => {
  it('previews the robots.txt lines and header of unsaved changes', async () => {
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=cc-signals`);
    const header = page.locator('.cc-signals-preview-headers');
    await expect.poll(() => header.textContent()).toContain('Content-Usage: train-ai=n');
    await page.selectOption('#cc-signals-site-default', 'cc-cr-dc');
    await expect.poll(() => header.textContent()).toContain('Content-Usage: train-ai=n;exceptions=cc-cr-dc');
    await expect.poll(() => page.locator('.cc-signals-preview-robots').textContent()).toContain('Content-Usage: train-ai=n;exceptions=cc-cr-dc');
    expect(await headerOf(urls.inherits!)).toEqual(expectedPreferences(SITE, {}, 'post', { categories: {} }));
  });

  it('an admin changes the site default and an inheriting post follows', async () => {
    const before = await headerOf(urls.inherits!);
    expect(before).toEqual(expectedPreferences(SITE, {}, 'post', { categories: {} }));
    const page = await pageAs('admin');
    await page.locator('#menu-settings').hover();
    await Promise.all([page.waitForURL('**page=cc-signals**'), page.locator('#menu-settings a', { hasText: 'AI usage' }).click()]);
    await page.selectOption('#cc-signals-site-default', 'cc-cr-op');
    await Promise.all([page.waitForURL('**settings-updated=true**'), page.click('#submit')]);
    const site = presetIntent('cc-cr-op');
    expect(await headerOf(urls.inherits!)).toEqual(expectedPreferences(site, {}, 'post', { categories: {} }));
    expect(await headerOf(urls.mine!)).toEqual(expectedPreferences(site, {}, 'post', presetIntent('cc-cr')));
  });
});

describe('the posts list', () => {
  it('Quick Edit starts from the row\'s preset', async () => {
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/edit.php`);
    const row = page.locator(`#post-${ids['bulk-a']!}`);
    await row.hover();
    await row.locator('button.editinline').click();
    await expect.poll(() => page.locator(`#edit-${ids['bulk-a']!} select[name="cc_signals_preset"]`).inputValue()).toBe('cc-cr-ec');
  });

  it('Bulk Edit sets a signal on the selected posts only', async () => {
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/edit.php`);
    for (const key of ['bulk-a', 'bulk-b']) await page.check(`#cb-select-${ids[key]!}`);
    await page.selectOption('#bulk-action-selector-top', 'edit');
    await page.click('#doaction');
    const bulk = page.locator('#bulk-edit');
    await bulk.locator('select[name="cc_signals_preset"]').selectOption('cc-cr-dc');
    await Promise.all([page.waitForURL('**edit.php**updated=**'), bulk.locator('#bulk_edit').click()]);
    const site = presetIntent('cc-cr-op');
    for (const key of ['bulk-a', 'bulk-b']) {
      expect(await headerOf(urls[key]!), key).toEqual(expectedPreferences(site, {}, 'post', presetIntent('cc-cr-dc')));
    }
    expect(await headerOf(urls['bulk-c']!)).toEqual(expectedPreferences(site, {}, 'post', presetIntent('cc-cr-ec')));
  });

  it('left no PHP notices and no page errors', async () => {
    const log = path.join(wp.siteDir, 'wp-content/debug.log');
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(log, 'utf8').catch(() => '')).toBe('');
    expect(errors).toEqual([]);
  });
});

describe('Settings → AI usage form: what is shown is what is saved', () => {
  const storedSiteDefault = async () => (await wp.wpCli("return get_option( 'cc_signals_settings' )['site_default'];")).result;

  it('shows the per-category controls only under Advanced, starting from the preset', async () => {
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=cc-signals`);
    const advanced = page.locator('.cc-signals-intent-fields', { has: page.locator('#cc-signals-site-default') }).locator('.cc-signals-advanced');
    expect(await advanced.isVisible()).toBe(false);
    expect((await page.locator('#cc-signals-site-default option').allTextContents()).join('|')).not.toMatch(/inherit/i);
    await page.selectOption('#cc-signals-site-default', 'cc-cr-ec');
    expect(await advanced.isVisible()).toBe(false);
    await page.selectOption('#cc-signals-site-default', 'custom');
    expect(await advanced.isVisible()).toBe(true);
    expect(await page.inputValue('#cc-signals-site-default-train-ai')).toBe('disallow');
    expect(await page.inputValue('#cc-signals-site-default-train-ai-signal')).toBe('cc-cr-ec');
    await page.selectOption('#cc-signals-site-default-search', 'disallow');
    await Promise.all([page.waitForURL('**settings-updated=true**'), page.click('#submit')]);
    expect(await storedSiteDefault()).toEqual({
      categories: { search: { choice: 'disallow' }, 'train-ai': { choice: 'disallow', signal: 'cc-cr-ec', signalVersion: '0.1' } },
    });
    expect(await page.inputValue('#cc-signals-site-default')).toBe('custom');
    expect(await advanced.isVisible()).toBe(true);
    expect(await page.inputValue('#cc-signals-site-default-search')).toBe('disallow');

    await page.selectOption('#cc-signals-site-default', 'allow');
    expect(await advanced.isVisible()).toBe(false);
    await Promise.all([page.waitForURL('**settings-updated=true**'), page.click('#submit')]);
    expect(await storedSiteDefault()).toEqual(presetIntent('allow'));
    expect(await page.inputValue('#cc-signals-site-default')).toBe('allow');
  });

  it('explains each output in one line', async () => {
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=cc-signals`);
    const help = await page.locator('.cc-signals-output-help').allTextContents();
    expect(help).toHaveLength(10); // nine toggles (transition labels among them) and the content licence URL
    for (const name of ['Content-Signal', 'TDMRep', 'noai']) expect(help.join('\n')).toContain(name);
    expect(await page.locator('label[for="cc-signals-rsl_license_url"]').textContent()).toContain('RSL');
    expect(errors).toEqual([]);
  });

  it('offers the wider ai-train of Content-Signal and RSL as an opt-in, with its explanation, and saves it', async () => {
    const storedOutputs = async () => (await wp.wpCli("return get_option( 'cc_signals_settings' )['outputs'];")).result as Record<string, unknown>;
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=cc-signals`);
    const box = page.locator('input[type="checkbox"][name="cc_signals_settings[outputs][any_ai_training]"]');
    const label = page.locator('label', { has: box });
    expect(await box.isChecked()).toBe(false);
    expect(await label.textContent()).toContain(englishMessages['emit.anyAiTraining.label']);
    expect(await label.locator('xpath=following-sibling::p[1]').textContent()).toBe(englishMessages['emit.anyAiTraining.help']);
    await box.check();
    await page.fill('#cc-signals-content_license_url', 'https://creativecommons.org/licenses/by/4.0/');
    await Promise.all([page.waitForURL('**settings-updated=true**'), page.click('#submit')]);
    expect(await storedOutputs()).toMatchObject({ any_ai_training: true, content_license_url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(await box.isChecked()).toBe(true);

    await box.uncheck();
    await page.fill('#cc-signals-content_license_url', '');
    await Promise.all([page.waitForURL('**settings-updated=true**'), page.click('#submit')]);
    expect(await storedOutputs()).toMatchObject({ any_ai_training: false, content_license_url: '' });
    expect(errors).toEqual([]);
  });
});

describe('the classic meta box', () => {
  it('fits the side column of the media edit screen', async () => {
    const { result: id } = await wp.wpCli(`$id = wp_insert_attachment( array( 'post_title' => 'A picture', 'post_mime_type' => 'image/png', 'post_status' => 'inherit' ), 'picture.png' );
update_post_meta( $id, '_cc_signals', array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr-ec', 'signalVersion' => '0.1' ), 'search' => array( 'choice' => 'allow' ) ) ) );
return $id;`);
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/post.php?post=${String(id)}&action=edit`);
    const box = page.locator('#side-sortables #cc-signals');
    await box.waitFor();
    const outer = (await box.boundingBox())!;
    const selects = box.locator('select');
    expect(await selects.count()).toBeGreaterThan(2);
    for (const select of await selects.all()) {
      const inner = (await select.boundingBox())!;
      expect(inner.x).toBeGreaterThanOrEqual(outer.x);
      expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
    }
    expect(await page.locator('#cc-signals-meta').inputValue()).toBe('custom');
  });
});
