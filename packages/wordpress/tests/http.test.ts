// What crawlers see from a real WordPress 6.6 with the plugin. The adapter contract
// (@cc-signals/core/testing: header, head tags, robots.txt, feeds, tdmrep.json, each checked
// against core's site module) runs first; then what only WordPress has: the built CLI, archives,
// attachments, REST.
import {
  currentVocabulary, evaluateRobots, parseContentUsage, presets, type Preferences,
} from '@cc-signals/core';
import { resolveItem } from '@cc-signals/core/site';
import { testAdapter } from '@cc-signals/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { applicationPassword, get, inspect, rest } from './support/http';
import { bootSite, insertPost, seedPlan, updateSettings, withAllCategories } from './support/site';

const labels = currentVocabulary.categories.map((category) => category.label);

const contract = testAdapter<WordPress>({
  name: 'WordPress 6.6',
  sections: ['post', 'page'],
  boot: () => bootSite(),
  seed: seedPlan,
});

const wp = () => contract().site;
const urlOf = (key: string) => contract().seeded.items[key]!.url;
const expected = (key: string): Preferences => {
  const { expected: site } = contract();
  return resolveItem(site, site.items!.find((item) => item.id === key)!).preferences;
};
const KEYS = [...presets.map((preset) => preset.id), 'page-inherits'];

describe('cc-signals inspect (the built CLI) on each post', () => {
  it.each(KEYS)('%s', async (key) => {
    const report = await inspect(urlOf(key));
    expect(report.preferences).toEqual(withAllCategories(expected(key), labels));
    expect(report.conflicts).toEqual([]);
    const sources = report.readings.filter((reading) => reading.applies).map((reading) => reading.source);
    expect(sources).toEqual(expect.arrayContaining(['content-usage-header', 'content-usage-meta', 'robots-txt']));
  });
});

describe('the Content-Usage header', () => {
  it.each(['/', '/category/uncategorized/', '/author/author/', '/feed/', '/feed/atom/'])('is on %s', async (pathname) => {
    const response = await get(wp().url + pathname);
    expect(response.status).toBe(200);
    const header = response.headers.get('content-usage');
    expect(header).toBeTruthy();
    expect(Object.keys(parseContentUsage(header!).preferences).length).toBeGreaterThan(0);
  });
});

describe('a media item with its own choice', () => {
  const own = { categories: { search: { choice: 'disallow' as const } } };
  let attachment: { id: number; url: string; file: string };
  beforeAll(async () => {
    const { result } = await wp().wpCli(`update_option( 'wp_attachment_pages_enabled', 1 );
$id = wp_insert_attachment( array( 'post_title' => 'Photo', 'post_name' => 'photo', 'post_mime_type' => 'image/png', 'post_status' => 'inherit' ) );
update_post_meta( $id, '_wp_attached_file', '2026/01/photo.png' );
update_post_meta( $id, '_cc_signals', array( 'categories' => array( 'search' => array( 'choice' => 'disallow' ) ) ) );
return array( 'id' => $id, 'url' => get_attachment_link( $id ), 'file' => wp_get_attachment_url( $id ) );`);
    attachment = result as typeof attachment;
  });
  const preferences = () => resolveItem(contract().expected, { section: 'attachment', intent: own }).preferences;

  it('states it on its attachment page', async () => {
    const response = await get(attachment.url);
    expect(response.status).toBe(200);
    expect(parseContentUsage(response.headers.get('content-usage') ?? '').preferences).toEqual(preferences());
  });

  it('states it in robots.txt for the page and for the file under /wp-content/uploads/, which PHP never serves', async () => {
    const robotsTxt = (await get(`${wp().url}/robots.txt`)).body;
    expect(attachment.file).toMatch(/\/wp-content\/uploads\/2026\/01\/photo\.png$/);
    for (const url of [attachment.url, attachment.file]) {
      expect(evaluateRobots(robotsTxt, url, 'ExampleBot/1.0').preferences, url).toEqual(preferences());
    }
  });
});

describe('REST: the _cc_signals meta', () => {
  it('accepts a valid intent from the post\'s author', async () => {
    const auth = await applicationPassword(wp(), 'author');
    const id = contract().seeded.items.allow!.id;
    const intent = { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr-op', signalVersion: '0.1' } } };
    const write = await rest(wp(), auth, `/wp/v2/posts/${id}`, 'POST', { meta: { _cc_signals: intent } });
    expect(write.status).toBe(200);
    const read = await rest(wp(), auth, `/wp/v2/posts/${id}?context=edit`);
    expect((read.json.meta as Record<string, unknown>)._cc_signals).toEqual(intent);
  });

  it('rejects an invalid intent with 400 naming the field', async () => {
    const auth = await applicationPassword(wp(), 'author');
    const id = contract().seeded.items.disallow!.id;
    const bad = { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-nope' } } };
    const write = await rest(wp(), auth, `/wp/v2/posts/${id}`, 'POST', { meta: { _cc_signals: bad } });
    expect(write.status).toBe(400);
    expect(write.json.code).toBe('rest_invalid_param');
    expect(String(write.json.message)).toContain('categories.train-ai.signal');
    const read = await rest(wp(), auth, `/wp/v2/posts/${id}?context=edit`);
    expect((read.json.meta as Record<string, unknown>)._cc_signals).toEqual({ categories: { 'train-ai': { choice: 'disallow' } } });
  });

  it('forbids an author to change another user\'s post (403)', async () => {
    const auth = await applicationPassword(wp(), 'author');
    const other = await insertPost(wp(), { post_title: 'By admin', post_author: 1 }, undefined);
    const write = await rest(wp(), auth, `/wp/v2/posts/${other.id}`, 'POST', { meta: { _cc_signals: { categories: {} } } });
    expect(write.status).toBe(403);
  });
});

describe('/.well-known/tdmrep.json', () => {
  it('is absent once TDMRep output is switched off', async () => {
    await updateSettings(wp(), { outputs: { tdmrep: false } });
    expect((await get(`${wp().url}/.well-known/tdmrep.json`)).status).toBe(404);
  });
});
