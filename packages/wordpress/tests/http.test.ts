// What crawlers see from a real WordPress 6.6 with the plugin: headers, feeds, robots.txt, TDMRep, REST.
import {
  currentVocabulary, evaluateRobots, matchTdmrep, parseContentUsage, parseFeed, parseTdmrepJson, presets,
  tdmReservation, type Intent, type Preferences,
} from '@cc-signals/core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { applicationPassword, get, inspect, rest } from './support/http';
import {
  bootSite, expectedPreferences, insertPost, presetIntent, seedPresetPosts, setDefaults, updateSettings, withAllCategories,
  type SeededPost,
} from './support/site';

const labels = currentVocabulary.categories.map((category) => category.label);
const SITE: Intent = { categories: { 'train-ai': { choice: 'disallow' }, search: { choice: 'allow' } } };
const TYPES: Record<string, Intent> = { post: presetIntent('cc-cr-ec'), page: presetIntent('allow') };

const POST_IDS = [...presets.map((preset) => preset.id), 'page-inherits', 'attachment'];
let wp: WordPress;
let posts: SeededPost[] = [];
const expected = (post: SeededPost): Preferences => expectedPreferences(SITE, TYPES, post.type, post.intent);

beforeAll(async () => {
  wp = await bootSite();
  await setDefaults(wp, SITE, TYPES);
  posts = await seedPresetPosts(wp);
  const page = await insertPost(wp, { post_type: 'page', post_title: 'About', post_name: 'about' }, undefined);
  posts.push({ presetId: 'page-inherits', id: page.id, url: page.url, type: 'page', intent: { categories: {} } });
  const { result } = await wp.wpCli(`update_option( 'wp_attachment_pages_enabled', 1 );
$id = wp_insert_attachment( array( 'post_title' => 'Photo', 'post_name' => 'photo', 'post_mime_type' => 'image/png', 'post_status' => 'inherit' ) );
update_post_meta( $id, '_cc_signals', array( 'categories' => array( 'search' => array( 'choice' => 'disallow' ) ) ) );
return array( 'id' => $id, 'url' => get_attachment_link( $id ) );`);
  const attachment = result as { id: number; url: string };
  posts.push({ ...attachment, presetId: 'attachment', type: 'attachment', intent: { categories: { search: { choice: 'disallow' } } } });
});

afterAll(async () => { await (wp as WordPress | undefined)?.stop(); });

describe('cc-signals inspect (the built CLI) on each post', () => {
  it.each(POST_IDS)('%s', async (id) => {
    const post = posts.find((candidate) => candidate.presetId === id)!;
    const report = await inspect(post.url);
    expect(report.preferences).toEqual(withAllCategories(expected(post), labels));
    expect(report.conflicts).toEqual([]);
    const sources = report.readings.filter((reading) => reading.applies).map((reading) => reading.source);
    expect(sources).toEqual(expect.arrayContaining(['content-usage-header', 'content-usage-meta', 'robots-txt']));
  });
});

describe('the Content-Usage header', () => {
  it.each(['/', '/category/uncategorized/', '/author/author/', '/feed/', '/feed/atom/'])('is on %s', async (pathname) => {
    const response = await get(wp.url + pathname);
    expect(response.status).toBe(200);
    const header = response.headers.get('content-usage');
    expect(header).toBeTruthy();
    expect(Object.keys(parseContentUsage(header!).preferences).length).toBeGreaterThan(0);
  });

  it('is on the attachment page, with the attachment\'s own choice', async () => {
    const attachment = posts.find((post) => post.presetId === 'attachment')!;
    const response = await get(attachment.url);
    expect(response.status).toBe(200);
    expect(parseContentUsage(response.headers.get('content-usage') ?? '').preferences).toEqual(expected(attachment));
  });
});

describe('feeds', () => {
  it.each([['/feed/', 'rss'], ['/feed/atom/', 'atom']])('%s is valid and each item carries its post\'s preferences', async (pathname, format) => {
    const { status, body } = await get(wp.url + pathname);
    expect(status).toBe(200);
    const parsed = await new Parser().parseString(body);
    const seededPosts = posts.filter((post) => post.type === 'post');
    expect(parsed.items.map((item) => item.link)).toEqual(expect.arrayContaining(seededPosts.map((post) => post.url)));
    const feed = parseFeed(body);
    expect(feed.format).toBe(format);
    for (const post of seededPosts) {
      const item = feed.items.find((candidate) => candidate.link === post.url);
      expect(item, post.url).toBeDefined();
      expect(item!.preferences, post.presetId).toEqual(expected(post));
    }
  });
});

describe('robots.txt (core evaluateRobots)', () => {
  let robotsTxt = '';
  beforeAll(async () => {
    const response = await get(`${wp.url}/robots.txt`);
    expect(response.status).toBe(200);
    robotsTxt = response.body;
  });

  it.each(POST_IDS)('gives %s its preferences', (id) => {
    const post = posts.find((candidate) => candidate.presetId === id)!;
    const evaluation = evaluateRobots(robotsTxt, post.url, 'ExampleBot/1.0');
    expect(evaluation.crawl).toBe(true);
    expect(evaluation.preferences).toEqual(expected(post));
  });
});

describe('/.well-known/tdmrep.json', () => {
  it('is absent while TDMRep output is off', async () => {
    expect((await get(`${wp.url}/.well-known/tdmrep.json`)).status).toBe(404);
  });

  it('when enabled, reserves TDM per post as core says', async () => {
    await updateSettings(wp, { outputs: { tdmrep: true } });
    const { status, headers, body } = await get(`${wp.url}/.well-known/tdmrep.json`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/json/);
    const rules = parseTdmrepJson(body);
    for (const post of posts) {
      expect(matchTdmrep(rules, post.url)?.reservation, post.presetId).toBe(tdmReservation(expected(post)));
    }
  });
});

describe('REST: the _cc_signals meta', () => {
  it('accepts a valid intent from the post\'s author', async () => {
    const auth = await applicationPassword(wp, 'author');
    const post = posts.find((candidate) => candidate.presetId === 'allow')!;
    const intent = { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr-op', signalVersion: '0.1' } } };
    const write = await rest(wp, auth, `/wp/v2/posts/${post.id}`, 'POST', { meta: { _cc_signals: intent } });
    expect(write.status).toBe(200);
    const read = await rest(wp, auth, `/wp/v2/posts/${post.id}?context=edit`);
    expect((read.json.meta as Record<string, unknown>)._cc_signals).toEqual(intent);
  });

  it('rejects an invalid intent with 400 naming the field', async () => {
    const auth = await applicationPassword(wp, 'author');
    const post = posts.find((candidate) => candidate.presetId === 'disallow')!;
    const bad = { categories: { 'train-ai': { choice: 'disallow', signal: 'cc-nope' } } };
    const write = await rest(wp, auth, `/wp/v2/posts/${post.id}`, 'POST', { meta: { _cc_signals: bad } });
    expect(write.status).toBe(400);
    expect(write.json.code).toBe('rest_invalid_param');
    expect(String(write.json.message)).toContain('categories.train-ai.signal');
    const read = await rest(wp, auth, `/wp/v2/posts/${post.id}?context=edit`);
    expect((read.json.meta as Record<string, unknown>)._cc_signals).toEqual({ categories: { 'train-ai': { choice: 'disallow' } } });
  });

  it('forbids an author to change another user\'s post (403)', async () => {
    const auth = await applicationPassword(wp, 'author');
    const other = await insertPost(wp, { post_title: 'By admin', post_author: 1 }, undefined);
    const write = await rest(wp, auth, `/wp/v2/posts/${other.id}`, 'POST', { meta: { _cc_signals: { categories: {} } } });
    expect(write.status).toBe(403);
  });
});
