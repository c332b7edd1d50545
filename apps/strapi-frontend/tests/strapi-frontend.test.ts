// End to end: the real Strapi demo app (SQLite, the plugin, seeded one article per preset) and
// this front end's production build, both on 127.0.0.1, read as a crawler reads them with the
// real CLI (`cc-signals inspect --json`): header, head tags, robots.txt and feed.
import {
  currentVocabulary,
  intentToPreferences,
  preferenceOf,
  presetById,
  resolveIntent,
  serializeContentUsage,
  serializeHtmlHead,
  type Intent,
  type Preferences,
} from '@cc-signals/core';
import { parseRobotsTxt } from '@cc-signals/core/robots';
import { bootStrapi, type BootedStrapi } from '@cc-signals/strapi-demo/scripts/boot.mjs';
import { seed, type Seeded } from '@cc-signals/strapi-demo/scripts/seed.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFrontEnd, type FrontEnd } from '../scripts/start.mjs';
import { applying, inspect } from './inspect';

const intent = (id: string): Intent => {
  const preset = presetById(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.intent;
};
// The demo's settings (seed.mjs): site default "disallow", articles default "cc-cr"; pages have none.
const SITE = intent('disallow');
const ARTICLES = intent('cc-cr');
const resolved = (...layers: (Intent | undefined)[]): Preferences => intentToPreferences(resolveIntent(...layers));
const channel = resolved(SITE, ARTICLES);

/** Preferences as the CLI prints them: every category of the vocabulary. */
function cli(preferences: Preferences) {
  return Object.fromEntries(currentVocabulary.categories.map((category) => [category.label, { ...preferenceOf(preferences, category.label) }]));
}

let strapi: BootedStrapi;
let seeded: Seeded;
let front: FrontEnd;

beforeAll(async () => {
  strapi = await bootStrapi();
  seeded = await seed(strapi.strapi);
  front = await startFrontEnd(strapi.url);
});

afterAll(async () => {
  // beforeAll may have failed before either started.
  (front as FrontEnd | undefined)?.stop();
  await (strapi as BootedStrapi | undefined)?.stop();
});

/**
 * What the front end and the CLI say about one page, checked against the expected preferences:
 * the header and head tags, and (unless `combined` is false) the combined result of every source.
 */
async function expectPage(path: string, expected: Preferences, combined = true) {
  const page = await fetch(`${front.url}${path}`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-usage')).toBe(serializeContentUsage(expected));
  const head = await page.text().then((html) => html.slice(0, html.indexOf('</head>')));
  expect(head).toContain(`<meta name="content-usage" content="${serializeContentUsage(expected)}"/>`);
  // A CC signal's text is linked from the head, as core writes it.
  const signalLink = /<link rel="https:\/\/cc-signals\.org\/ns\/1\.0\/signal" href="([^"]+)"/;
  expect(signalLink.exec(head)?.[1]).toBe(signalLink.exec(serializeHtmlHead(expected))?.[1]);
  const inspection = await inspect(`${front.url}${path}`);
  expect(applying(inspection, 'content-usage-header')).toEqual([cli(expected)]);
  expect(applying(inspection, 'content-usage-meta')).toEqual([cli(expected)]);
  if (combined) {
    expect(inspection.preferences).toEqual(cli(expected));
    expect(inspection.conflicts).toEqual([]);
  }
  return { page, inspection };
}

describe('what a crawler sees on the front end', () => {
  it('one article per preset: header (as the plugin sends it), head tags, robots.txt and feed', async () => {
    expect(seeded.articles.length).toBeGreaterThanOrEqual(6);
    for (const article of seeded.articles) {
      const expected = resolved(SITE, ARTICLES, intent(article.preset));
      const path = `/articles/${article.documentId}`;
      const { page, inspection } = await expectPage(path, expected);
      const api = await fetch(`${strapi.url}/api${path}`);
      for (const name of ['content-usage', 'link', 'x-robots-tag', 'tdm-reservation']) {
        expect(page.headers.get(name), `${article.preset}: ${name}`).toBe(api.headers.get(name));
      }
      expect(applying(inspection, 'robots-txt'), article.preset).toEqual([cli(expected)]);
      // The feed item states its own choice only where it differs from the channel's; the reader gives either.
      expect(applying(inspection, 'feed-item'), article.preset).toEqual([cli(expected)]);
      const channels = inspection.readings.filter((reading) => reading.source === 'feed-channel');
      expect(channels.map((reading) => reading.preferences)).toEqual([cli(channel)]);
    }
  });

  it('a page without the field follows the site default; a localized note states each locale\'s choice', async () => {
    await expectPage(`/pages/${seeded.page}`, resolved(SITE));
    // The locales share one path, where robots.txt states the newest locale's choice (the plugin's
    // known deviation): the page's own header and head tags state each locale's.
    await expectPage(`/notes/${seeded.note}?locale=en`, resolved(SITE, intent('cc-cr')), false);
    await expectPage(`/notes/${seeded.note}?locale=fr`, resolved(SITE, intent('cc-cr-op')));
  });

  it('robots.txt keeps the app\'s own groups, with the rules on the front end\'s paths in each', async () => {
    const response = await fetch(`${front.url}/robots.txt`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const robots = parseRobotsTxt(await response.text());
    expect(robots.groups.map((group) => group.userAgents)).toEqual([['GPTBot'], ['*']]);
    for (const group of robots.groups) {
      expect(group.rules).toContainEqual({ type: 'disallow', path: '/admin/' });
      const paths = group.contentUsage.map((rule) => rule.path);
      expect(paths).toContain(undefined); // the site default: a rule without a path covers every path
      expect(paths.filter((path) => path?.startsWith('/articles/')).length).toBeGreaterThan(0);
      expect(paths.filter((path) => path?.startsWith('/api/'))).toEqual([]);
    }
  });

  it('an unknown entry is a 404 that states nothing', async () => {
    const response = await fetch(`${front.url}/articles/doesnotexist0`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-usage')).toBeNull();
  });
});

describe('a signal changed through Strapi\'s REST API', () => {
  it('changes the header, head tags, robots.txt and feed on the next request (no cache)', async () => {
    const tokens = (strapi.strapi as { service(uid: string): { create(data: object): Promise<{ accessKey: string }> } }).service('admin::api-token');
    const { accessKey: token } = await tokens.create({ name: 'front end test', type: 'full-access', lifespan: null });
    const article = seeded.articles.find((candidate) => candidate.preset === 'allow');
    if (!article) throw new Error('the demo seeds an "allow" article');
    const path = `/articles/${article.documentId}`;
    await expectPage(path, resolved(SITE, ARTICLES, intent('allow')));
    const put = await fetch(`${strapi.url}/api${path}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { aiUsage: 'cc-cr-ec' } }),
    });
    expect(put.status).toBe(200);
    const expected = resolved(SITE, ARTICLES, intent('cc-cr-ec'));
    const { inspection } = await expectPage(path, expected);
    expect(applying(inspection, 'robots-txt')).toEqual([cli(expected)]);
    expect(applying(inspection, 'feed-item')).toEqual([cli(expected)]);
  });
});

describe('the outputs the admin chose in the plugin settings', () => {
  const settings = () =>
    (strapi.strapi as { plugin(name: string): { service(name: string): { update(input: object): Promise<unknown> } } })
      .plugin('cc-signals')
      .service('settings');
  const disallowed = () => `/articles/${seeded.articles.find((article) => article.preset === 'disallow')?.documentId ?? ''}`;

  it('sends the enabled neighbours (noai, TDMRep) as the plugin does', async () => {
    await settings().update({ outputs: { noai: true, tdmrep: true } });
    const page = await fetch(`${front.url}${disallowed()}`);
    const api = await fetch(`${strapi.url}/api${disallowed()}`);
    expect(page.headers.get('x-robots-tag')).toMatch(/noai/);
    expect(page.headers.get('tdm-reservation')).toBe('1');
    for (const name of ['content-usage', 'x-robots-tag', 'tdm-reservation', 'tdm-policy']) {
      expect(page.headers.get(name), name).toBe(api.headers.get(name));
    }
    await settings().update({ outputs: { noai: false, tdmrep: false } });
    expect((await fetch(`${front.url}${disallowed()}`)).headers.get('x-robots-tag')).toBeNull();
  });

  it('sends no signal header when the header output is off; the head tags stay', async () => {
    await settings().update({ outputs: { headers: false } });
    const page = await fetch(`${front.url}${disallowed()}`);
    expect(page.headers.get('content-usage')).toBeNull();
    expect(await page.text()).toContain('<meta name="content-usage" content="train-ai=n"/>');
    await settings().update({ outputs: { headers: true } });
    expect((await fetch(`${front.url}${disallowed()}`)).headers.get('content-usage')).toBe('train-ai=n');
  });
});
