// The plugin adds no database query to what a visitor or crawler requests:
// the same seeded site, plugin active and inactive, compared request by request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { bootSite, insertPost, intentJson, phpJson, presetIntent, setDefaults } from './support/site';

const sites: Record<'active' | 'inactive', WordPress | undefined> = { active: undefined, inactive: undefined };

async function seeded(active: boolean): Promise<WordPress> {
  const wp = await bootSite({ active, countQueries: true });
  await setDefaults(wp, presetIntent('disallow'), { page: presetIntent('allow') });
  const presets = ['inherit', 'cc-cr', 'allow', 'cc-cr-op'];
  for (const [index, preset] of presets.entries()) {
    await insertPost(wp, { post_title: `Post ${preset}`, post_name: `post-${preset}`, post_date: `2026-02-0${index + 1} 10:00:00` }, presetIntent(preset));
  }
  return wp;
}

async function queries(wp: WordPress, path: string): Promise<number> {
  await (await fetch(wp.url + path)).arrayBuffer();
  const response = await fetch(wp.url + path);
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return Number(response.headers.get('x-queries'));
}

beforeAll(async () => {
  sites.inactive = await seeded(false);
  sites.active = await seeded(true);
});
afterAll(async () => {
  for (const wp of Object.values(sites)) await wp?.stop();
});

describe('database queries, plugin active vs inactive', () => {
  it.each(['/post-cc-cr/', '/', '/category/uncategorized/', '/feed/', '/feed/atom/'])('%s', async (path) => {
    const inactive = await queries(sites.inactive!, path);
    expect(inactive).toBeGreaterThan(0);
    expect(await queries(sites.active!, path)).toBe(inactive);
  });
});

// Multisite: a site that never saved its own settings inherits the network defaults, with no
// query more than the same network without the plugin (the plugin network-activated, then not).
describe('database queries on a multisite site that inherits the network defaults', () => {
  let network: WordPress | undefined;
  const paths: string[] = [];
  const active: Record<string, number> = {};
  let siteUrl = '';

  beforeAll(async () => {
    network = await bootSite({ multisite: true, countQueries: true });
    const { result } = await network.wpCli(`return cc_signals_save_network_defaults( ${phpJson({ site_default: intentJson(presetIntent('cc-cr')) })} );`);
    expect(result).toHaveProperty('site_default');
    const site = await network.createSite('inherits');
    siteUrl = site.url.replace(/\/$/, '');
    await network.wpCli(`switch_to_blog( ${site.id} );
wp_insert_post( array( 'post_title' => 'Inheriting', 'post_name' => 'inheriting', 'post_status' => 'publish', 'post_author' => 1 ) );
restore_current_blog();`);
    paths.push('/inheriting/', '/', '/feed/');
  });
  afterAll(async () => { await network?.stop(); });

  const header = async (url: string) => {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.headers.get('content-usage');
  };
  const saveNetwork = (preset: string) => network!.wpCli(`cc_signals_save_network_defaults( ${phpJson({ site_default: intentJson(presetIntent(preset)) })} );`);

  it('states the network default on the inheriting site, and follows the network admin\'s change', async () => {
    expect(await header(`${siteUrl}/inheriting/`)).toBe('train-ai=n;exceptions=cc-cr');
    const { result } = await network!.wpCli(`switch_to_blog( 2 ); $r = get_option( 'cc_signals_settings', 'none' ); restore_current_blog(); return $r;`);
    expect(result, 'the site has no settings of its own').toBe('none');
    await saveNetwork('allow');
    expect(await header(`${siteUrl}/inheriting/`)).toBe('train-ai=y');
    await saveNetwork('cc-cr');
    expect(await header(`${siteUrl}/inheriting/`)).toBe('train-ai=n;exceptions=cc-cr');
  });

  it('a site that saves its own settings keeps them when the network defaults change', async () => {
    const own = await network!.createSite('own');
    await network!.wpCli(`switch_to_blog( ${own.id} );
wp_insert_post( array( 'post_title' => 'Own', 'post_name' => 'own', 'post_status' => 'publish', 'post_author' => 1 ) );
restore_current_blog();`);
    expect(await header(`${own.url}own/`), 'inherits first (and copies the network defaults)').toBe('train-ai=n;exceptions=cc-cr');
    // Its own settings, even when not autoloaded, win over the copy.
    await network!.wpCli(`switch_to_blog( ${own.id} );
add_option( 'cc_signals_settings', array( 'site_default' => ${phpJson(intentJson(presetIntent('cc-cr-op')))} ), '', false );
restore_current_blog();`);
    expect(await header(`${own.url}own/`)).toBe('train-ai=n;exceptions=cc-cr-op');
    await saveNetwork('allow');
    expect(await header(`${own.url}own/`)).toBe('train-ai=n;exceptions=cc-cr-op');
    expect(await header(`${siteUrl}/inheriting/`)).toBe('train-ai=y');
    await saveNetwork('cc-cr');
  });

  it('adds no query to a post, the home page or the feed', async () => {
    for (const path of paths) active[path] = await queries({ url: siteUrl } as WordPress, path);
    await network!.wpCli("deactivate_plugins( 'cc-signals/load.php', true, true ); return is_plugin_active_for_network( 'cc-signals/load.php' );");
    for (const path of paths) {
      const inactive = await queries({ url: siteUrl } as WordPress, path);
      expect(inactive).toBeGreaterThan(0);
      expect(active[path], path).toBe(inactive);
    }
  });
});
