// Settings → AI usage → Vocabulary, in Debian chromium: an admin selects draft -08, an author
// chooses AI Use in the editor panel, crawlers read it; back on -07 the choice is kept, not written.
import { englishMessages, parseContentUsage, vocabularyById, type Preferences } from '@cc-signals/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from '../harness/boot-wordpress.mjs';
import { launch, login, newContext, openEditor, openSignalsPanel, savePost, skipWelcomeGuides } from '../support/browser';
import { get } from '../support/http';
import { bootSite, insertPost, presetIntent, setDefaults } from '../support/site';

const DRAFT_07 = 'draft-ietf-aipref-vocab-07';
const DRAFT_08 = 'draft-ietf-aipref-vocab-08';
let wp: WordPress;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let post: { id: number; url: string };

async function pageAs(role: string): Promise<Page> {
  // php -S answers one request at a time: an editor left open by an earlier test keeps
  // sending requests (heartbeat, autosave) that queue ahead of this login.
  await Promise.all(contexts.splice(0).map((open) => open.close()));
  const context = await newContext(browser, errors);
  contexts.push(context);
  return login(wp, context, role);
}

/** What a crawler that knows -08 reads in the post's Content-Usage header. */
async function headerOf(url: string): Promise<Preferences> {
  const { status, headers } = await get(url);
  expect(status).toBe(200);
  return parseContentUsage(headers.get('content-usage') ?? '', vocabularyById(DRAFT_08)).preferences;
}

async function storedOutputs(): Promise<Record<string, unknown>> {
  return (await wp.wpCli("return get_option( 'cc_signals_settings' )['outputs'];")).result as Record<string, unknown>;
}

async function saveVocabulary(page: Page, id: string): Promise<void> {
  await page.goto(`${wp.url}/wp-admin/options-general.php?page=cc-signals`);
  await page.selectOption('#cc-signals-vocabulary', id);
  await Promise.all([page.waitForURL('**settings-updated=true**'), page.click('#submit')]);
}

beforeAll(async () => {
  [wp, browser] = await Promise.all([bootSite(), launch()]);
  await setDefaults(wp, presetIntent('disallow'), {}); // train-ai=n
  post = await insertPost(wp, { post_title: 'AI Use', post_name: 'ai-use', post_author: 3 }, undefined);
  await skipWelcomeGuides(wp);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await (browser as Browser | undefined)?.close();
  await (wp as WordPress | undefined)?.stop();
});

describe('the vocabulary of a site', () => {
  it('is draft -07 by default; an admin selects draft -08, marked as without consensus', async () => {
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=cc-signals`);
    const select = page.locator('#cc-signals-vocabulary');
    expect(await select.inputValue()).toBe(DRAFT_07);
    expect(await select.locator('option').allTextContents()).toEqual([
      englishMessages[`emit.vocabulary.${DRAFT_07}`], englishMessages[`emit.vocabulary.${DRAFT_08}`],
    ]);
    expect(await page.locator('#cc-signals-vocabulary-help').textContent()).toBe(englishMessages['emit.vocabulary.help']);
    expect(await page.locator('[data-category="ai-use"]').count()).toBe(0);
    await saveVocabulary(page, DRAFT_08);
    expect(await storedOutputs()).toMatchObject({ vocabulary: DRAFT_08 });
    expect(await page.locator('#cc-signals-vocabulary').inputValue()).toBe(DRAFT_08);
    expect(await page.locator('[data-category="ai-use"]').count()).toBeGreaterThan(0); // the defaults' per-category rows
  });

  it('lets an author choose AI Use in the editor panel, and the page says so', async () => {
    const page = await pageAs('author');
    await openEditor(wp, page, post.id);
    const panel = await openSignalsPanel(page);
    await panel.getByLabel('Advanced: choose per category').check();
    await panel.getByLabel('AI Use', { exact: true }).selectOption('disallow:cc-cr');
    await expect.poll(() => panel.textContent()).toContain('AI Use');
    await savePost(page, post.id);
    await expect.poll(() => headerOf(post.url), { timeout: 10_000 }).toEqual({
      'train-ai': { preference: 'disallowed' },
      'ai-use': { preference: 'disallowed', exception: 'cc-cr' },
    });
  });

  it('back on -07, keeps the AI Use choice stored but no longer writes it', async () => {
    await saveVocabulary(await pageAs('admin'), DRAFT_07);
    expect(await storedOutputs()).toMatchObject({ vocabulary: DRAFT_07 });
    expect(await headerOf(post.url)).toEqual({ 'train-ai': { preference: 'disallowed' } });
    const { result } = await wp.wpCli(`return get_post_meta( ${post.id}, '_cc_signals', true );`);
    expect((result as { categories: Record<string, unknown> }).categories['ai-use']).toEqual({ choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' });
    // The editor offers -07's categories again.
    const page = await pageAs('author');
    await openEditor(wp, page, post.id);
    const panel = await openSignalsPanel(page);
    await panel.getByLabel('Advanced: choose per category').check();
    expect(await panel.getByLabel('AI Use', { exact: true }).count()).toBe(0);
  });

  it('refuses a tampered value, naming the field and the ids, and changes nothing', async () => {
    const page = await pageAs('admin');
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=cc-signals`);
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#cc-signals-vocabulary')!;
      select.add(new Option('bad', 'draft-ietf-aipref-vocab-99', true, true));
    });
    await Promise.all([page.waitForURL('**settings-updated=true**'), page.click('#submit')]);
    const notice = await page.locator('.notice-error, .error').first().textContent();
    expect(notice).toContain('outputs.vocabulary');
    expect(notice).toContain(DRAFT_08);
    expect(await storedOutputs()).toMatchObject({ vocabulary: DRAFT_07 });
    expect(errors).toEqual([]);
  });
});
