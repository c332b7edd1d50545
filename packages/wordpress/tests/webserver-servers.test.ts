// The web-server snippets the settings page shows, run by real servers: Debian's nginx (the
// `map` in http {}, the `location` in server {}) and Apache (the `.htaccess` in the uploads
// folder, mod_headers), each serving a copy of the site's uploads folder statically on a free
// port. Every media file must arrive with the headers the plugin sends for its item through PHP
// (Content-Usage, Link, X-Robots-Tag with noai on; site default → Media default → the item's own
// choice), other files with the Media default's. The page-cache snippet (nginx: its maps and a
// `location /`; Apache: the root .htaccess) gives each page's static copy the headers PHP sends
// for the page, a child page under its parent's rule its own, and other paths the site default. Without a server binary its part is skipped.
import fs from 'node:fs';
import path from 'node:path';
import { intentToPreferences, resolveIntent, serializeContentUsage, type Intent } from '@cc-signals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { bootSite, intentJson, phpJson, presetIntent, setDefaults } from './support/site';
import { APACHE, NGINX, startApache, startNginx, tempPrefix, type StaticServer } from './support/webserver';

const SITE = presetIntent('cc-cr');
const MEDIA = presetIntent('disallow'); // the Media default differs from the site default
const ITEMS: Record<string, Intent | undefined> = {
  inherits: undefined,
  open: presetIntent('allow'),
  'credit-open': presetIntent('cc-cr-op'),
  'same-as-media': presetIntent('disallow'),
  [`${'harbour-at-dawn-'.repeat(6)}photo`]: presetIntent('cc-cr-ec'), // paths past 110 bytes: nginx needs 256-byte buckets
  'café-crème': presetIntent('allow'), // WordPress keeps UTF-8 in file names; crawlers request them percent-encoded
};
const UPLOADS = '/wp-content/uploads/';

let wp: WordPress;
let root = '';
let snippets = { apache: '', nginx: '', htaccessPath: '', apachePages: '', nginxPages: '' };
/** Page URL path → the headers the plugin sends for the page through PHP; a cache serves it as static HTML. */
const pages = new Map<string, Record<string, string>>();
/** URL path → the headers the plugin states for the item through PHP (Content-Usage, Link, X-Robots-Tag). */
const stated = new Map<string, Record<string, string>>();
/** Headers every file under the uploads folder without its own rule gets: the Media default's. */
let mediaDefault: Record<string, string> = {};
let siteDefault: Record<string, string> = {};
const NAMES = ['content-usage', 'link', 'x-robots-tag'];
const servers: StaticServer[] = [];

async function addMedia(name: string, intent: Intent | undefined): Promise<string[]> {
  const dir = path.join(wp.siteDir, 'wp-content/uploads/2026/01');
  fs.mkdirSync(dir, { recursive: true });
  const files = [`${name}.png`, `${name}-150x150.png`, `${name}-scaled.png`];
  for (const file of files) fs.writeFileSync(path.join(dir, file), `bytes of ${file}`);
  const meta = intent === undefined ? '' : `update_post_meta( $id, '_cc_signals', ${phpJson(intentJson(intent))} );`;
  const { result } = await wp.wpCli(`$id = wp_insert_attachment( array( 'post_title' => '${name}', 'post_mime_type' => 'image/png', 'post_status' => 'inherit' ), '2026/01/${name}-scaled.png' );
update_post_meta( $id, '_wp_attached_file', '2026/01/${name}-scaled.png' );
wp_update_attachment_metadata( $id, array( 'file' => '2026/01/${name}-scaled.png', 'original_image' => '${name}.png', 'sizes' => array( 'thumbnail' => array( 'file' => '${name}-150x150.png' ) ) ) );
${meta}
return cc_signals_site_headers( cc_signals_preferences_for_post( $id ), cc_signals_emit_options() );`);
  for (const file of files) stated.set(`${UPLOADS}2026/01/${file}`, lowerKeys(result as Record<string, string>));
  return files;
}

const lowerKeys = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, v]) => [name.toLowerCase(), v]));

/** A page with its own choice (or none) under `parent`; records its permalink path and the headers PHP sends for it. */
async function addPage(slug: string, intent: Intent | undefined, parent = 0): Promise<number> {
  const meta = intent === undefined ? '' : `update_post_meta( $id, '_cc_signals', ${phpJson(intentJson(intent))} );`;
  const { result } = await wp.wpCli(`$id = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => '${slug}', 'post_name' => '${slug}', 'post_parent' => ${parent} ) );
${meta}
return array( 'id' => $id, 'path' => wp_parse_url( get_permalink( $id ), PHP_URL_PATH ), 'headers' => cc_signals_site_headers( cc_signals_preferences_for_post( $id ), cc_signals_emit_options() ) );`);
  const page = result as { id: number; path: string; headers: Record<string, string> };
  pages.set(page.path, lowerKeys(page.headers));
  return page.id;
}

/** The settings page's Apache and nginx blocks (and where it says the .htaccess goes), as an admin reads them. */
async function settingsPageSnippets(): Promise<typeof snippets> {
  const { output } = await wp.wpCli('cc_signals_load_admin(); cc_signals_render_webserver_section();');
  const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const areas = [...output.matchAll(/<textarea[^>]*>([\s\S]*?)<\/textarea>/g)].map((m) => decode(m[1]!));
  const htaccessPath = /In (\S+\/\.htaccess)/.exec(output)?.[1] ?? '';
  return { apache: areas[0] ?? '', nginx: areas[1] ?? '', htaccessPath, apachePages: areas[2] ?? '', nginxPages: areas[3] ?? '' };
}

beforeAll(async () => {
  wp = await bootSite();
  await setDefaults(wp, SITE, { attachment: MEDIA });
  // noai on, and a licence URL with "%" (mod_headers' format escape): every header must reach the files.
  await wp.wpCli(`$s = get_option( 'cc_signals_settings' ); $s['outputs']['noai'] = true; $s['outputs']['content_license_url'] = 'https://example.org/licence%20v2'; update_option( 'cc_signals_settings', $s );`);
  const media = await wp.wpCli("return cc_signals_site_headers( cc_signals_preferences_for_post_type( 'attachment' ), cc_signals_emit_options() );");
  mediaDefault = lowerKeys(media.result as Record<string, string>);
  siteDefault = lowerKeys((await wp.wpCli('return cc_signals_site_headers( cc_signals_site_preferences(), cc_signals_emit_options() );')).result as Record<string, string>);
  for (const [name, intent] of Object.entries(ITEMS)) await addMedia(name, intent);
  // A parent page that allows training, a child that keeps the site default (its own rule under the
  // parent's), and a child with its own choice.
  const parent = await addPage('harbour', presetIntent('allow'));
  await addPage('keeps-default', undefined, parent);
  await addPage('credit-open', presetIntent('cc-cr-op'), parent);
  snippets = await settingsPageSnippets();
  // The document root: a world-readable copy of the uploads folder (Apache drops root to nobody).
  root = tempPrefix('uploads-root');
  fs.cpSync(path.join(wp.siteDir, 'wp-content/uploads'), path.join(root, 'wp-content/uploads'), { recursive: true });
  fs.writeFileSync(path.join(root, 'wp-content/uploads/2026/01/notes.txt'), 'a file no attachment owns');
  fs.writeFileSync(path.join(root, 'outside.txt'), 'not under the uploads folder');
  for (const urlPath of pages.keys()) { // the page cache's copy of each page, served without PHP
    fs.mkdirSync(path.join(root, urlPath), { recursive: true });
    fs.writeFileSync(path.join(root, urlPath, 'index.html'), `<!doctype html><title>${urlPath}</title>`);
  }
  fs.chmodSync(path.join(root, 'wp-content'), 0o755);
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
  await (wp as WordPress | undefined)?.stop();
});

const value = (...layers: (Intent | undefined)[]) => serializeContentUsage(intentToPreferences(resolveIntent(...layers.filter((l): l is Intent => l !== undefined))));

describe('what the plugin states for each media file', () => {
  it('is the item\'s own choice over the Media default over the site default', () => {
    expect(value(SITE, MEDIA)).toBe('train-ai=n');
    for (const [name, intent] of Object.entries(ITEMS)) {
      for (const file of [`${name}.png`, `${name}-150x150.png`, `${name}-scaled.png`]) {
        expect(stated.get(`${UPLOADS}2026/01/${file}`)?.['content-usage'], file).toBe(value(SITE, MEDIA, intent));
      }
    }
    expect(new Set([...stated.values()].map((h) => h['content-usage']))).toEqual(new Set(['train-ai=n', 'train-ai=y', 'train-ai=n;exceptions=cc-cr-op', 'train-ai=n;exceptions=cc-cr-ec']));
    // noai is on: a file whose training is disallowed gets it, an open one does not; the licence link reaches all.
    expect(mediaDefault).toEqual({ 'content-usage': 'train-ai=n', link: '<https://example.org/licence%20v2>; rel="license"', 'x-robots-tag': 'noai, noimageai' });
    expect(stated.get(`${UPLOADS}2026/01/open.png`)?.['x-robots-tag']).toBeUndefined();
  });

  it('the three pages read three different header sets, and the child that keeps the default differs from its parent', () => {
    expect(pages.size).toBe(3);
    expect(new Set([...pages.values()].map((h) => JSON.stringify(h))).size).toBe(3);
    expect(pages.get('/harbour/keeps-default/')).toEqual(siteDefault);
    expect(siteDefault['x-robots-tag']).toBe('noai, noimageai');
  });

  it('the settings page lists only the files that differ from the Media default, and says where the .htaccess goes', () => {
    expect(snippets.htaccessPath).toBe(path.join(wp.siteDir, 'wp-content/uploads/.htaccess'));
    for (const [urlPath, header] of stated) {
      const listed = header['content-usage'] !== 'train-ai=n';
      expect(snippets.nginx.includes(`"${urlPath}"`), urlPath).toBe(listed);
      expect(snippets.apache.includes(`'${urlPath}'`), urlPath).toBe(listed);
    }
  });
});

async function expectServed(server: StaticServer): Promise<void> {
  const get = async (urlPath: string) => {
    const response = await fetch(server.url + urlPath);
    await response.arrayBuffer();
    expect(response.status, urlPath).toBe(200);
    return Object.fromEntries(NAMES.flatMap((name) => { const v = response.headers.get(name); return v === null ? [] : [[name, v]]; }));
  };
  for (const [urlPath, headers] of stated) expect(await get(urlPath), urlPath).toEqual(headers);
  expect(await get(`${UPLOADS}2026/01/notes.txt`)).toEqual(mediaDefault); // the Media default, X-Robots-Tag: noai included
  // Cached pages: each page's own headers, the child under the parent's rule included; other paths the site default.
  for (const [urlPath, headers] of pages) expect(await get(urlPath), urlPath).toEqual(headers);
  expect(await get('/outside.txt')).toEqual(siteDefault);
}

describe('served by a real web server', () => {
  it.skipIf(!NGINX)(`nginx: the map and location blocks${NGINX ? '' : ' (skipped: nginx is not installed; apt-get install nginx-light)'}`, async () => {
    const [httpPart, serverPart] = snippets.nginx.split('# In the server {} block:\n');
    expect(serverPart, 'the snippet names its server {} part').toBeDefined();
    expect(httpPart).toContain('map_hash_bucket_size 256;');
    const [pagesHttp, pagesLocation] = snippets.nginxPages.split(/# In the location that serves cached pages[^\n]*\n/);
    expect(pagesLocation, 'the page snippet names its location part').toBeDefined();
    const server = await startNginx(root, `${httpPart!}\n${pagesHttp!}`, `${serverPart!}\nlocation / {\n${pagesLocation!}}\n`);
    servers.push(server);
    await expectServed(server);
  });

  it.skipIf(!APACHE)(`Apache: the uploads folder's .htaccess${APACHE ? '' : ' (skipped: Apache is not installed; apt-get install apache2)'}`, async () => {
    fs.writeFileSync(path.join(root, 'wp-content/uploads/.htaccess'), snippets.apache);
    fs.writeFileSync(path.join(root, '.htaccess'), snippets.apachePages);
    const server = await startApache(root);
    servers.push(server);
    await expectServed(server);
  });
});
