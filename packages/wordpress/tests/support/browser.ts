// Debian chromium through playwright-core, with every request not to 127.0.0.1 aborted.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { WordPress } from '../harness/boot-wordpress.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh context (own cookies) whose page errors are collected in `errors`. */
export async function newContext(browser: Browser, errors: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    return route.abort();
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return context;
}

/**
 * Logs a harness user in through wp-login.php and returns the page. php -S
 * answers one connection at a time, and now and then a login stalls behind a
 * connection Chromium keeps open (seen on an idle machine too): after 45 s the
 * login starts again on a fresh page, once.
 */
export async function login(wp: WordPress, context: BrowserContext, role: string): Promise<Page> {
  const user = wp.users.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no ${role} user`);
  for (let attempt = 1; ; attempt++) {
    const page = await context.newPage();
    try {
      await page.goto(`${wp.url}/wp-login.php`);
      await page.fill('#user_login', user.login);
      await page.fill('#user_pass', user.password);
      await Promise.all([page.waitForURL('**/wp-admin/**', { timeout: 45_000 }), page.click('#wp-submit')]);
      return page;
    } catch (error) {
      await page.close();
      if (attempt === 2) throw error;
    }
  }
}

/** Turns the block editor's welcome guide off for every user, so no modal covers the editor. */
export async function skipWelcomeGuides(wp: WordPress): Promise<void> {
  await wp.wpCli(`global $wpdb;
foreach ( get_users() as $u ) {
	update_user_meta( $u->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', array(
		'core/edit-post' => array( 'welcomeGuide' => false ), 'core' => array( 'openPanels' => array( 'post-status' ) ),
		'_modified' => gmdate( 'c' ),
	) );
}`);
}

/** Opens a post in the block editor and waits for the canvas. */
export async function openEditor(wp: WordPress, page: Page, postId: number): Promise<void> {
  await page.goto(`${wp.url}/wp-admin/post.php?post=${postId}&action=edit`);
  await page.frameLocator('iframe[name="editor-canvas"]').locator('.editor-styles-wrapper').waitFor({ timeout: 60_000 });
}

/** Opens the "AI usage (CC signals)" panel in the Post sidebar (closed by default) and returns it. */
export async function openSignalsPanel(page: Page) {
  const panel = page.locator('.cc-signals-panel');
  const toggle = panel.getByRole('button', { name: 'AI usage (CC signals)' });
  await toggle.waitFor({ timeout: 30_000 });
  const presets = panel.locator('.cc-signals-presets');
  // The editor may restore the panel's open state while the page settles, undoing an early click: retry.
  for (let attempt = 1; ; attempt++) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    try {
      await presets.waitFor({ timeout: 10_000 });
      return panel;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Clicks Update/Save and waits until the editor's REST save of that post answered 200. */
export async function savePost(page: Page, postId: number): Promise<void> {
  const saved = page.waitForResponse((response) => {
    // The post itself, not its autosaves (`/wp/v2/posts/ID/autosaves`), which the editor may send meanwhile.
    const url = decodeURIComponent(response.url());
    return new RegExp(`/wp/v2/posts/${postId}(?:[?&]|$)`).test(url) && response.request().method() !== 'GET';
  });
  // A published post's button says "Save" in WordPress 6.6 ("Update" before). 6.6 counts meta edits as
  // "site changes" and may open the multi-entity save panel first, whose own Save button then saves.
  await page.locator('button.editor-post-publish-button__button').click();
  const entities = page.locator('[class*="entities-saved-states__panel"]').getByRole('button', { name: 'Save', exact: true });
  const first = await Promise.race([
    saved.then(() => 'saved'),
    entities.waitFor({ timeout: 15_000 }).then(() => 'panel', () => 'none'),
  ]);
  if (first === 'panel') await entities.click();
  const response = await saved;
  if (response.status() !== 200) throw new Error(`save answered ${response.status()}: ${await response.text()}`);
}
