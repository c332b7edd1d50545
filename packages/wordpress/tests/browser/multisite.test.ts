// A real subdirectory multisite network: the plugin network-activated, network defaults set in
// Network Admin → Settings → AI usage and inherited by every site, sites keeping their own settings.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from '../harness/boot-wordpress.mjs';
import { launch, login, newContext } from '../support/browser';
import { bootSite, phpJson } from '../support/site';

let wp: WordPress;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const posts: Record<'main' | 'second' | 'third', string> = { main: '', second: '', third: '' };
const siteUrls: Record<string, string> = {};

async function contentUsage(url: string): Promise<string | null> {
  const response = await fetch(url);
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return response.headers.get('content-usage');
}

async function addPost(blogId: number): Promise<string> {
  const { result } = await wp.wpCli(`switch_to_blog( ${blogId} );
$id = wp_insert_post( ${phpJson({ post_title: 'Inheriting post', post_name: 'inheriting', post_status: 'publish', post_author: 1 })} );
$url = get_permalink( $id ); restore_current_blog(); return $url;`);
  return result as string;
}

beforeAll(async () => {
  [wp, browser] = await Promise.all([bootSite({ multisite: true }), launch()]);
  for (const slug of ['second', 'third'] as const) {
    const site = await wp.createSite(slug);
    siteUrls[slug] = site.url;
    posts[slug] = await addPost(site.id);
  }
  siteUrls.main = `${wp.url}/`;
  posts.main = await addPost(1);
  context = await newContext(browser, errors);
  page = await login(wp, context, 'admin');
});

afterAll(async () => {
  await (context as BrowserContext | undefined)?.close();
  await (browser as Browser | undefined)?.close();
  await (wp as WordPress | undefined)?.stop();
});

async function saveNetworkDefault(preset: string): Promise<void> {
  await page.goto(`${wp.url}/wp-admin/network/settings.php?page=cc-signals`);
  await page.selectOption('#cc-signals-network-site', preset);
  await Promise.all([page.waitForURL('**updated=1**'), page.click('#submit')]);
  expect(await page.textContent('.notice-success')).toContain('Network defaults saved.');
}

describe('multisite (subdirectory network)', () => {
  it('is active for the whole network, and states nothing until a default is chosen', async () => {
    const { result } = await wp.wpCli("return array( is_multisite(), is_plugin_active_for_network( 'cc-signals/load.php' ), get_blog_option( 2, 'cc_signals_settings', 'none' ) );");
    expect(result).toEqual([true, true, 'none']);
    for (const url of Object.values(posts)) expect(await contentUsage(url)).toBeNull();
  });

  it('every site inherits the defaults a network admin sets', async () => {
    await saveNetworkDefault('cc-cr');
    for (const url of Object.values(posts)) expect(await contentUsage(url)).toBe('train-ai=n;exceptions=cc-cr');
    await page.goto(`${siteUrls.second}wp-admin/options-general.php?page=cc-signals`);
    expect(await page.textContent('.cc-signals-network-notice')).toContain('network');
    expect(await page.inputValue('#cc-signals-site-default')).toBe('cc-cr');
  });

  it('a site that saves its own settings keeps them; the others follow the network', async () => {
    await page.goto(`${siteUrls.third}wp-admin/options-general.php?page=cc-signals`);
    await page.selectOption('#cc-signals-site-default', 'allow');
    await Promise.all([page.waitForURL('**settings-updated=true**'), page.click('#submit')]);
    expect(await page.locator('.cc-signals-network-notice').count()).toBe(0);
    await saveNetworkDefault('disallow');
    expect(await contentUsage(posts.third)).toBe('train-ai=y');
    expect(await contentUsage(posts.second)).toBe('train-ai=n');
    expect(await contentUsage(posts.main)).toBe('train-ai=n');
    expect(errors).toEqual([]);
  });
});
