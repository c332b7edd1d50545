// Media files get their Content-Usage from the web server (Apache .htaccess, nginx map): the PHP
// port writes exactly what core writes, the settings page shows it for the site's real uploads,
// and Site Health says when files arrive without the header (php -S applies no server config).
import fs from 'node:fs/promises';
import path from 'node:path';
import { apacheHtaccess, apachePagesHtaccess, intentToPreferences, nginxPagesSnippet, nginxSnippet, resolveIntent, sitePageRules, type FileRules, type PageRules } from '@cc-signals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { bootSite, phpJson, presetIntent, setDefaults } from './support/site';

let wp: WordPress;
const SITE = presetIntent('cc-cr');

async function addImage(name: string, intent: unknown): Promise<number> {
  const dir = path.join(wp.siteDir, 'wp-content/uploads/2026/01');
  await fs.mkdir(dir, { recursive: true });
  for (const file of [`${name}.png`, `${name}-150x150.png`]) await fs.writeFile(path.join(dir, file), 'not really a png');
  const { result } = await wp.wpCli(`$id = wp_insert_attachment( array( 'post_title' => '${name}', 'post_mime_type' => 'image/png', 'post_status' => 'inherit' ), '2026/01/${name}.png' );
update_post_meta( $id, '_wp_attached_file', '2026/01/${name}.png' );
wp_update_attachment_metadata( $id, array( 'file' => '2026/01/${name}.png', 'sizes' => array( 'thumbnail' => array( 'file' => '${name}-150x150.png' ) ) ) );
${intent === undefined ? '' : `update_post_meta( $id, '_cc_signals', ${phpJson(intent)} );`}
return $id;`);
  return result as number;
}

beforeAll(async () => {
  wp = await bootSite();
  await setDefaults(wp, SITE, {});
  await addImage('inherits', undefined);
  await addImage('open', presetIntent('allow'));
});
afterAll(async () => { await (wp as WordPress | undefined)?.stop(); });

const credit = intentToPreferences(resolveIntent(SITE));
const cases: Record<string, FileRules> = {
  'default and files': {
    prefix: '/wp-content/uploads/', defaults: credit,
    files: [{ path: '/wp-content/uploads/b.png', preferences: {} }, { path: '/wp-content/uploads/a.png', preferences: { 'train-ai': { preference: 'allowed' } } }],
  },
  'no default': { prefix: '/uploads/', defaults: {}, files: [{ path: '/uploads/é.png', preferences: credit }] },
  'paths longer than nginx\'s default hash bucket': {
    prefix: '/wp-content/uploads/', defaults: {},
    files: [{ path: `/wp-content/uploads/2026/01/${'é'.repeat(60)}-1024x768.jpg`, preferences: credit }, { path: '/wp-content/uploads/a.png', preferences: credit }],
  },
  'every output on: Link, TDMRep, X-Robots-Tag, "%" in a licence URL': {
    prefix: '/wp-content/uploads/', defaults: credit,
    options: { noai: true, tdmrep: true, tdmPolicyUrl: 'https://example.org/policy.json', contentLicenseUrl: 'https://example.org/licence%20x' },
    files: [{ path: '/wp-content/uploads/a.png', preferences: { 'train-ai': { preference: 'allowed' } } }, { path: '/wp-content/uploads/b.png', preferences: {} }],
  },
};
const invalid: Record<string, FileRules> = {
  quote: { prefix: '/u/', defaults: credit, files: [{ path: '/u/a".png', preferences: {} }] },
  space: { prefix: '/u/', defaults: credit, files: [{ path: '/u/a b.png', preferences: {} }] },
  outside: { prefix: '/u/', defaults: credit, files: [{ path: '/v/a.png', preferences: {} }] },
  dollar: { prefix: '/u/', defaults: credit, files: [{ path: '/u/$a', preferences: {} }] },
  'dollar in a header value': { prefix: '/u/', defaults: {}, options: { contentLicenseUrl: 'https://example.org/$x' }, files: [{ path: '/u/a.png', preferences: credit }] },
};

async function php(rules: FileRules): Promise<{ apache?: string; nginx?: string; error?: string }> {
  // Admin code, loaded only in wp-admin, REST and WP-CLI (includes/hooks.php): load it as they do.
  const { result } = await wp.wpCli(`cc_signals_load_admin(); try { $r = ${phpJson(rules)};
return array( 'apache' => cc_signals_apache_htaccess( $r ), 'nginx' => cc_signals_nginx_snippet( $r ) );
} catch ( InvalidArgumentException $e ) { return array( 'error' => $e->getMessage() ); }`);
  return result as { apache?: string; nginx?: string; error?: string };
}

describe('the PHP snippets equal core\'s', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const rules = cases[name]!;
    expect(await php(rules)).toEqual({ apache: apacheHtaccess(rules), nginx: nginxSnippet(rules) });
  });

  it.each(Object.keys(invalid))('refuses what core refuses: %s', async (name) => {
    expect(() => apacheHtaccess(invalid[name]!)).toThrow();
    expect((await php(invalid[name]!)).error).toMatch(/^files\[0\]\.(path|preferences)/);
  });
});

const allow = { categories: { 'train-ai': { choice: 'allow' as const } } };
const pageCases: Record<string, PageRules> = {
  'sections, a parent and its child, the front page, UTF-8; noai and a licence URL with "%"': {
    ...sitePageRules({
      intent: SITE, sections: { post: { path: '/notes/', intent: allow }, page: {} },
      items: [{ id: '1', section: 'page', path: '/parent/', intent: allow }, { id: '2', section: 'page', path: '/parent/child/', intent: SITE }, { id: '3', section: 'page', path: '/café/', intent: allow }, { id: '4', section: 'page', path: '/', intent: allow }],
      options: { noai: true, contentLicenseUrl: 'https://example.org/licence%20x' },
    }),
    skip: ['/wp-content/uploads/'],
  },
  'wildcards, regex characters, one length twice': {
    rules: [{ path: '/', preferences: credit }, { path: '/a*.html$', preferences: {} }, { path: '/b+(c)/', preferences: credit }, { path: '/d/', preferences: { 'train-ai': { preference: 'allowed' } } }, { path: '/e/', preferences: {} }],
  },
};

async function phpPages(rules: PageRules): Promise<{ apache?: string; nginx?: string; error?: string }> {
  const { result } = await wp.wpCli(`cc_signals_load_admin(); try { $r = ${phpJson(rules)};
return array( 'apache' => cc_signals_apache_pages_htaccess( $r ), 'nginx' => cc_signals_nginx_pages_snippet( $r ) );
} catch ( InvalidArgumentException $e ) { return array( 'error' => $e->getMessage() ); }`);
  return result as { apache?: string; nginx?: string; error?: string };
}

describe('the PHP page-cache snippets equal core\'s', () => {
  it.each(Object.keys(pageCases))('%s', async (name) => {
    const rules = pageCases[name]!;
    expect(await phpPages(rules)).toEqual({ apache: apachePagesHtaccess(rules), nginx: nginxPagesSnippet(rules) });
  });

  it.each([['/a b'], ['/a"b'], ['/a#b'], ['/a$b']])('refuses what core refuses: %j', async (path) => {
    const rules = { rules: [{ path: '/', preferences: credit }, { path, preferences: {} }] };
    expect(() => nginxPagesSnippet(rules)).toThrow(/^rules\[1\]\.path/);
    expect((await phpPages(rules)).error).toMatch(/^rules\[1\]\.path/);
  });
});

describe('the site\'s uploads', () => {
  const expected: FileRules = {
    prefix: '/wp-content/uploads/',
    defaults: credit,
    files: ['open.png', 'open-150x150.png'].map((file) => ({ path: `/wp-content/uploads/2026/01/${file}`, preferences: { 'train-ai': { preference: 'allowed' as const } } })),
    options: { contentUsage: true, contentSignal: false, tdmrep: false, noai: false, anyAiTraining: false },
  };

  it('the settings page shows the .htaccess and nginx blocks for the files whose choice differs', async () => {
    const { output } = await wp.wpCli('cc_signals_load_admin(); cc_signals_render_webserver_section();');
    const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const areas = [...output.matchAll(/<textarea[^>]*>([\s\S]*?)<\/textarea>/g)].map((m) => decode(m[1]!));
    expect(areas.slice(0, 2)).toEqual([apacheHtaccess(expected), nginxSnippet(expected)]);
    expect(output).toContain('<h3 id="cc-signals-cached-pages">Cached pages</h3>');
    expect(areas[2]).toMatch(/^# BEGIN CC Signals cached pages\n<IfModule|^# BEGIN CC Signals cached pages\n# AI usage headers/);
    expect(areas[2]).toContain('<If "%{THE_REQUEST} =~ m#^[A-Z]+ /wp-content/uploads/#">'); // the uploads folder: its own .htaccess
    expect(areas[3]).toContain('map $request_uri $cc_signals_page {');
    // The site's own page rules (robots.txt's), written by core, are what the page shows.
    const { result } = await wp.wpCli('cc_signals_load_admin(); return cc_signals_page_rules();');
    const pageRules = result as PageRules & { skipped: number };
    expect(pageRules.skipped).toBe(0);
    expect(areas.slice(2)).toEqual([apachePagesHtaccess(pageRules), nginxPagesSnippet(pageRules)]);
  });

  it('Site Health says media files arrive without their header, and where the fix is', async () => {
    const { result } = await wp.wpCli('cc_signals_load_admin(); return cc_signals_media_health_result();');
    const health = result as { status: string; description: string; actions: string };
    expect(health.status).toBe('recommended');
    expect(health.description).toContain('/wp-content/uploads/2026/01/open.png should send &quot;Content-Usage: train-ai=y&quot; but sent &quot;&quot;');
    expect(health.actions).toContain('#cc-signals-webserver');
  });
});
