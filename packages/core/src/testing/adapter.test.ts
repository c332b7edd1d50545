// The suite run against a reference adapter: a node:http site built from core's site module alone.
// Each adapter's own test file (WordPress, Strapi, Ghost) runs the same suite against the real CMS.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serializeRss } from '../feeds/rss.js';
import { serializeHtmlHead } from '../html/head.js';
import { resolveItem, siteFeed, siteHeaders, siteRobotsTxt, siteTdmrepJson, type Site } from '../site/index.js';
import { testAdapter } from './adapter.js';
import type { Preferences } from '../preferences.js';
import type { SeedPlan } from './plan.js';

const EXISTING = 'User-agent: GPTBot\nDisallow: /private/\n\nUser-agent: *\nDisallow: /admin/\n';
const PREFIX: Record<string, string | undefined> = { notes: '/notes/', pages: undefined };

function referenceSite(plan: SeedPlan): Site {
  const sections = Object.fromEntries(Object.entries(plan.sections).map(([id, intent]) => [id, { intent, path: PREFIX[id] }]));
  const items = plan.items.map((item) => ({ ...item, id: item.key, path: `${PREFIX[item.section] ?? '/'}${item.slug}/` }));
  return { intent: plan.intent, sections, items, options: plan.options };
}

function answer(site: Site, base: string, path: string): { status: number; headers: Record<string, string>; body: string } {
  if (path === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain' }, body: siteRobotsTxt(site, EXISTING).text };
  if (path === '/.well-known/tdmrep.json') return { status: 200, headers: { 'content-type': 'application/json' }, body: siteTdmrepJson(site) };
  if (path === '/feed/') {
    const feed = siteFeed(site);
    const items = (site.items ?? []).map((item) => ({ title: item.id, link: `${base}${item.path ?? '/'}`, ...withPreferences(feed.item(item)) }));
    return { status: 200, headers: { 'content-type': 'application/rss+xml' }, body: serializeRss({ title: 'Reference', link: base, preferences: feed.channel, items }, site.options) };
  }
  const item = site.items?.find((candidate) => candidate.path === path);
  if (!item) return { status: 404, headers: {}, body: 'not found' };
  const { preferences } = resolveItem(site, item);
  const head = serializeHtmlHead(preferences, site.options);
  return { status: 200, headers: { 'content-type': 'text/html', ...siteHeaders(preferences, site.options) }, body: `<!doctype html><html><head>${head}</head><body>${item.id}</body></html>` };
}

function withPreferences(preferences: Preferences | undefined): { preferences?: Preferences } {
  return preferences === undefined ? {} : { preferences };
}

let server: Server | undefined;
let site: Site = {};

testAdapter({
  name: 'reference adapter',
  sections: ['notes', 'pages'],
  async boot() {
    server = createServer((request, response) => {
      const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
      const { status, headers, body } = answer(site, base, new URL(request.url ?? '/', base).pathname);
      response.writeHead(status, headers).end(body);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, stop: () => new Promise<void>((resolve) => { server?.close(() => { resolve(); }); }) };
  },
  seed(running, plan) {
    site = referenceSite(plan);
    return Promise.resolve({
      sections: { notes: { path: '/notes/' }, pages: {} },
      items: Object.fromEntries((site.items ?? []).map((item) => [item.id, { id: item.id, url: `${running.url}${item.path ?? '/'}` }])),
      feeds: [{ url: `${running.url}/feed/` }],
    });
  },
});
