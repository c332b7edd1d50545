// Core's black-box adapter suite against the real Strapi app: it seeds through the plugin's own
// settings service and the document service, then reads the content API, robots.txt (every group)
// and the feeds over HTTP as a crawler does, and checks each reading against @cc-signals/core/site.
import type { AdapterSite } from '@cc-signals/core/testing';
import { testAdapter } from '@cc-signals/core/testing';
import { describe, expect, it } from 'vitest';
import { bootStrapi, type BootedStrapi } from './harness/strapi';
import { ARTICLE, PAGE, request } from './support/fixtures';

type Site = AdapterSite & { app: BootedStrapi };

const PATHS: Record<string, string> = { [ARTICLE]: '/api/articles/', [PAGE]: '/api/pages/' };

const contract = testAdapter<Site>({
  name: 'Strapi 5',
  sections: [ARTICLE, PAGE],
  // Strapi is headless: no pages with head tags (the front end writes those).
  skip: ['headTags'],
  boot: async () => {
    const app = await bootStrapi();
    return { app, url: app.url, stop: () => app.stop() };
  },
  seed: async ({ app, url }, plan) => {
    const settings = app.strapi.plugin('cc-signals').service('settings');
    await settings.update({
      siteDefault: plan.intent,
      contentTypes: Object.fromEntries(
        Object.entries(plan.sections).map(([uid, intent]) => [
          uid,
          { default: intent, ...(uid === ARTICLE ? { feed: { title: 'title', date: 'publishedAt' } } : {}) },
        ]),
      ),
      outputs: { contentSignal: plan.options.contentSignal === true, tdmrep: plan.options.tdmrep === true },
    });
    const items: Record<string, { id: string; url: string }> = {};
    for (const item of plan.items) {
      const own = item.section === ARTICLE ? { aiUsage: item.intent } : {};
      const created = (await app.strapi.documents(item.section).create({
        data: { title: item.title, ...own },
        status: 'published',
      })) as { documentId: string };
      items[item.key] = { id: created.documentId, url: `${url}${PATHS[item.section] ?? ''}${created.documentId}` };
    }
    return {
      sections: Object.fromEntries(Object.entries(PATHS).map(([uid, path]) => [uid, { path }])),
      items,
      feeds: ['rss', 'atom', 'json'].map((format) => ({ url: `${url}/api/cc-signals/feeds/articles/${format}`, section: ARTICLE })),
    };
  },
});

describe('beyond the contract', () => {
  it('a list states its content type default, and each entry its own', async () => {
    const { site, seeded } = contract();
    const list = await request(`${site.url}/api/articles?pagination[pageSize]=100`);
    expect(list.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-ec, search=y');
    const entries = (list.body as { data: { documentId: string; ccSignals: { from: Record<string, string> } }[] }).data;
    const allow = entries.find((entry) => entry.documentId === seeded.items.allow?.id);
    expect(allow?.ccSignals.from).toEqual({ 'train-ai': 'item', search: 'site' });
  });
});
