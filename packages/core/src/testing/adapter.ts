import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentUsage } from '../content-usage.js';
import { parseFeed } from '../feeds/parse.js';
import { parseHtmlHead } from '../html/parse.js';
import { readPreferences } from '../reader.js';
import { evaluateRobots } from '../robots/evaluate.js';
import { parseRobotsTxt } from '../robots/parse.js';
import { resolveItem, type Resolution } from '../site/resolve.js';
import { siteFeed } from '../site/feeds.js';
import { siteRobotsRules, siteRobotsTxt } from '../site/robots.js';
import type { Site } from '../site/types.js';
import { matchTdmrep, parseTdmrepJson, tdmReservation } from '../tdmrep.js';
import { plannedSite, seedPlan, type SeedPlan, type Seeded } from './plan.js';

/** A running site: its base URL (`http://127.0.0.1:8123`, no trailing slash) and how to stop it. */
export interface AdapterSite {
  readonly url: string;
  stop?(): Promise<void> | void;
}

/** What an adapter provides to {@link testAdapter}. */
export interface AdapterTestOptions<S extends AdapterSite> {
  /** The suite's title, e.g. `WordPress 6.6`. */
  readonly name: string;
  /** The adapter's section ids (content types, tags, collections); the first gets one item per preset. */
  readonly sections: readonly string[];
  /** Starts the CMS with the adapter installed, on 127.0.0.1. */
  boot(): Promise<S>;
  /** Stores the plan through the CMS (settings, section defaults, items) and reports the structure. */
  seed(site: S, plan: SeedPlan): Promise<Seeded>;
  /** Outputs the adapter does not produce (a headless CMS has no head tags). */
  readonly skip?: readonly ('headTags' | 'feeds' | 'tdmrep')[];
  /** Time for boot and seed, in ms (default 10 minutes: a first run may download the CMS). */
  readonly timeout?: number;
}

/** The booted site, what was seeded and the site as core computes it, for further tests. */
export interface AdapterContext<S extends AdapterSite> {
  readonly site: S;
  readonly plan: SeedPlan;
  readonly seeded: Seeded;
  readonly expected: Site;
}

async function get(url: string): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(url, { redirect: 'follow' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/**
 * The black-box adapter test suite: boots the CMS, seeds one item per preset
 * and a default per section through the adapter's own `seed`, then reads the
 * running site over HTTP as a crawler does — the `Content-Usage` header, the
 * head tags, robots.txt (for `*` and every named group), the feeds and
 * `tdmrep.json` — and checks every reading against `@cc-signals/core/site`.
 * Call it at the top level of a vitest test file: it boots the site in a
 * file-level `beforeAll` (stopped in `afterAll`) and returns the context, for
 * the adapter's own tests in the same file.
 */
export function testAdapter<S extends AdapterSite>(options: AdapterTestOptions<S>): () => AdapterContext<S> {
  const plan = seedPlan(options.sections);
  const skip = new Set(options.skip ?? []);
  let context: AdapterContext<S> | undefined;
  const ctx = (): AdapterContext<S> => {
    if (!context) throw new Error('testAdapter: the site is not booted (boot or seed failed)');
    return context;
  };
  const keys = plan.items.map((item) => item.key);
  const resolution = (key: string): Resolution => {
    const { expected } = ctx();
    return resolveItem(expected, expected.items?.find((item) => item.id === key) ?? {});
  };
  const urlOf = (key: string): string => ctx().seeded.items[key]?.url ?? `${ctx().site.url}/#unseeded-${key}`;

  // At the file's top level, so that the adapter's own tests in the same file share the site.
  beforeAll(async () => {
    const site = await options.boot();
    context = { site, plan, seeded: { sections: {}, items: {}, feeds: [] }, expected: {} };
    const seeded = await options.seed(site, plan);
    context = { site, plan, seeded, expected: plannedSite(plan, seeded) };
  }, options.timeout ?? 600_000);
  afterAll(async () => { await context?.site.stop?.(); });

  describe(`${options.name}: the adapter contract (@cc-signals/core/testing)`, () => {
    pageTests(ctx, keys, resolution, urlOf, skip.has('headTags'));
    robotsTests(ctx, keys, resolution, urlOf);
    if (!skip.has('feeds')) feedTests(ctx);
    if (!skip.has('tdmrep')) {
      it.each(keys)('%s: tdmrep.json reserves TDM as core says', async (key) => {
        const { status, body } = await get(`${ctx().site.url}/.well-known/tdmrep.json`);
        expect(status).toBe(200);
        expect(matchTdmrep(parseTdmrepJson(body), urlOf(key))?.reservation).toBe(tdmReservation(resolution(key).preferences));
      });
    }
  });
  return ctx;
}

function pageTests(
  ctx: () => AdapterContext<AdapterSite>, keys: readonly string[],
  resolution: (key: string) => Resolution, urlOf: (key: string) => string, noHead: boolean,
): void {
  it.each(keys)('%s: the Content-Usage header states its resolved preferences', async (key) => {
    const { status, headers } = await get(urlOf(key));
    expect(status).toBe(200);
    expect(parseContentUsage(headers.get('content-usage') ?? '').preferences).toEqual(resolution(key).preferences);
  });

  it.skipIf(noHead).each(keys)('%s: the head tags state them, and no source disagrees', async (key) => {
    const { headers, body } = await get(urlOf(key));
    expect(parseHtmlHead(body).preferences).toEqual(resolution(key).preferences);
    const robotsTxt = (await get(`${ctx().site.url}/robots.txt`)).body;
    const read = readPreferences({ url: urlOf(key), headers, html: body, robotsTxt });
    expect(read.conflicts).toEqual([]);
    expect(read.preferences).toEqual(resolution(key).preferences);
  });
}

function robotsTests(
  ctx: () => AdapterContext<AdapterSite>, keys: readonly string[],
  resolution: (key: string) => Resolution, urlOf: (key: string) => string,
): void {
  it.each(keys)('%s: robots.txt gives it its preferences, in every group', async (key) => {
    const robotsTxt = (await get(`${ctx().site.url}/robots.txt`)).body;
    const omitted = siteRobotsRules(ctx().expected).omitted.some((item) => item.id === key);
    // An item left out (a query-string URL) gets what core's own robots.txt gives its URL.
    const reference = evaluateRobots(siteRobotsTxt(ctx().expected).text, urlOf(key), 'ExampleBot').preferences;
    const agents = ['ExampleBot', ...parseRobotsTxt(robotsTxt).groups.flatMap((group) => group.userAgents).filter((agent) => agent !== '*')];
    for (const agent of agents) {
      const evaluation = evaluateRobots(robotsTxt, urlOf(key), agent);
      if (!evaluation.crawl) continue;
      if (omitted) expect(evaluation.preferences, `${agent}: left to the page`).toEqual(reference);
      else expect(evaluation.preferences, agent).toEqual(resolution(key).preferences);
    }
  });

  it('robots.txt has one Content-Usage rule per path in each group', async () => {
    const robots = parseRobotsTxt((await get(`${ctx().site.url}/robots.txt`)).body);
    for (const group of robots.groups) {
      const paths = group.contentUsage.map((rule) => rule.path ?? '/');
      expect(paths.length, group.userAgents.join(', ')).toBe(new Set(paths).size);
    }
  });
}

function feedTests(ctx: () => AdapterContext<AdapterSite>): void {
  it('every feed states the channel once and each item\'s own statement only where it differs', async () => {
    const { seeded, expected } = ctx();
    expect(seeded.feeds.length).toBeGreaterThan(0);
    for (const { url, section } of seeded.feeds) {
      const { status, body } = await get(url);
      expect(status, url).toBe(200);
      const feed = parseFeed(body);
      const statements = siteFeed(expected, section);
      expect(feed.channel, url).toEqual(statements.channel);
      let found = 0;
      for (const item of expected.items ?? []) {
        if (section !== undefined && item.section !== section) continue;
        const read = feed.items.find((candidate) => candidate.link === seeded.items[item.id]?.url);
        if (!read) continue;
        found += 1;
        const own = statements.item(item);
        expect(read.own, `${url} ${item.id}`).toBe(own !== undefined);
        expect(read.preferences, `${url} ${item.id}`).toEqual(own ?? statements.channel);
      }
      expect(found, `${url} lists none of the seeded items`).toBeGreaterThan(0);
    }
  });
}
