import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { evaluateRobots, parseFeed, type Preferences } from '@cc-signals/core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posts } from './content.js';
import { startSite, type RunningSite } from './server.js';
import { postPreferences } from './site.js';

const cliBin = join(dirname(createRequire(import.meta.url).resolve('cc-signals/package.json')), 'dist/bin.js');
let site: RunningSite;

beforeAll(async () => {
  site = await startSite(0);
});
afterAll(() => site.close());

interface Report {
  crawl: boolean;
  preferences: Record<string, { preference: string; exception?: string }>;
  conflicts: unknown[];
  readings: { source: string; applies: boolean }[];
}

async function inspect(url: string): Promise<Report> {
  const { stdout } = await promisify(execFile)(process.execPath, [cliBin, 'inspect', url, '--json']);
  return JSON.parse(stdout) as Report;
}

function withUnknown(preferences: Preferences) {
  return {
    'train-ai': preferences['train-ai'] ?? { preference: 'unknown' },
    search: preferences.search ?? { preference: 'unknown' },
  };
}

describe('the sample site, as cc-signals inspect sees it', () => {
  it.each(posts.map((post) => [post.slug, post] as const))('%s carries its own preferences everywhere', async (_slug, post) => {
    const report = await inspect(`${site.origin}/${post.section}/${post.slug}/`);
    expect(report.preferences).toEqual(withUnknown(postPreferences(post)));
    expect(report.conflicts).toEqual([]);
    const sources = report.readings.filter((reading) => reading.applies).map((reading) => reading.source);
    expect(sources).toEqual(expect.arrayContaining(['content-usage-header', 'content-usage-meta', 'robots-txt', 'feed-item']));
  });

  it('gives each preset a different statement', () => {
    const statements = new Set(posts.filter((post) => post.preset !== 'inherit').map((post) => JSON.stringify(postPreferences(post))));
    expect(statements.size).toBe(7 - 1);
  });
});

describe('robots.txt', () => {
  it('states the section defaults and each differing post', async () => {
    const robots = await (await fetch(`${site.origin}/robots.txt`)).text();
    for (const post of posts) {
      expect(evaluateRobots(robots, `/${post.section}/${post.slug}/`, 'GPTBot').preferences).toEqual(postPreferences(post));
    }
    expect(robots).toMatch(/^Content-Signal: /m);
  });
});

describe('feeds, read by a real feed parser', () => {
  it.each(['/feed.xml', '/atom.xml'])('%s is a valid feed listing every post', async (path) => {
    const text = await (await fetch(`${site.origin}${path}`)).text();
    const feed = await new Parser().parseString(text);
    expect(feed.items.map((item) => item.link)).toEqual(posts.map((post) => `${site.origin}/${post.section}/${post.slug}/`));
    const parsed = parseFeed(text);
    for (const [index, post] of posts.entries()) expect(parsed.items[index]?.preferences).toEqual(postPreferences(post));
  });

  it('serves a JSON Feed with the extension on each item', async () => {
    const feed = (await (await fetch(`${site.origin}/feed.json`)).json()) as { version: string; items: { _cc_signals?: unknown }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(posts.length);
  });
});
