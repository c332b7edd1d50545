// RDF (RSS 1.0) and RSS 0.92 feeds: WordPress's templates for them have no extension hooks for
// items, and RSS 0.92 has no namespaces, so they carry the channel statement in the
// Content-Usage header only (README: "Feeds without elements"). Comment feeds state the same
// statement in their header and their channel elements (README: "Comment feeds").
import { parseContentUsage } from '@cc-signals/core';
import { parseFeed } from '@cc-signals/core/feeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordPress } from './harness/boot-wordpress.mjs';
import { bootSite, insertPost, presetIntent, setDefaults } from './support/site';

let wp: WordPress;
beforeAll(async () => {
  wp = await bootSite();
  // The site default differs from the posts' default: the site-wide comment feed states the site's.
  await setDefaults(wp, presetIntent('cc-cr'), { post: presetIntent('cc-cr-dc') });
  const { id } = await insertPost(wp, { post_title: 'Open post', post_name: 'open' }, presetIntent('allow'));
  await wp.wpCli(`wp_insert_comment( array( 'comment_post_ID' => ${id}, 'comment_content' => 'A comment', 'comment_approved' => 1 ) ); return true;`);
});
afterAll(async () => { await (wp as WordPress | undefined)?.stop(); });

describe('feeds without elements', () => {
  it.each(['/feed/rdf/', '/feed/rss/'])('%s states the channel statement in its header', async (path) => {
    const response = await fetch(wp.url + path);
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toContain('Open post');
    expect(response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-dc');
  });
});

describe('comment feeds', () => {
  it.each([
    ['/open/feed/', 'train-ai=y'],
    ['/open/feed/atom/', 'train-ai=y'],
    ['/comments/feed/', 'train-ai=n;exceptions=cc-cr'],
    ['/comments/feed/atom/', 'train-ai=n;exceptions=cc-cr'],
  ])('%s states %s in its header and its channel elements', async (path, statement) => {
    const response = await fetch(wp.url + path);
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toContain('A comment');
    expect(response.headers.get('content-usage')).toBe(statement);
    const feed = parseFeed(body);
    expect(feed.format).not.toBe('unknown');
    expect(feed.channel).toEqual(parseContentUsage(statement).preferences);
  });
});
