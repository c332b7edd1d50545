// RDF (RSS 1.0) and RSS 0.92 feeds: WordPress's templates for them have no extension hooks for
// items, and RSS 0.92 has no namespaces, so they carry the channel statement in the
// Content-Usage header only (README: "Feeds without elements").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { bootSite, insertPost, presetIntent, setDefaults } from './support/site';

let wp: WordPress;
beforeAll(async () => {
  wp = await bootSite();
  await setDefaults(wp, presetIntent('cc-cr'), {});
  await insertPost(wp, { post_title: 'Open post', post_name: 'open' }, presetIntent('allow'));
});
afterAll(async () => { await (wp as WordPress | undefined)?.stop(); });

describe('feeds without elements', () => {
  it.each(['/feed/rdf/', '/feed/rss/'])('%s states the channel statement in its header', async (path) => {
    const response = await fetch(wp.url + path);
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toContain('Open post');
    expect(response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr');
  });
});
