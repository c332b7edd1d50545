import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { storedIntent } from '../field-value';
import type { Settings } from '../settings-schema';
import type { EntryRule, FeedFormat, Site } from '../site';
import type { SiteRobotsTxt } from '@cc-signals/core/site';
import { services } from './access';
import { isoDate, published } from './published';
import { FEED_SIZE, feed } from './feeds';

/**
 * The published entries with a choice of their own, as robots.txt sees them;
 * of a localized type every locale, so that a locale inheriting a stricter
 * default counts beside another's own choice (see site-items.ts).
 */
async function robotsEntries(strapi: Core.Strapi): Promise<EntryRule[]> {
  const rules: EntryRule[] = [];
  for (const type of services(strapi).settings.contentTypes()) {
    if (!type.field || type.kind === 'singleType') continue;
    for (const entry of await published(strapi, type.uid, [type.field, 'publishedAt'], { locale: '*' })) {
      if (!type.localized && !storedIntent(entry[type.field])) continue;
      const date = isoDate(entry.publishedAt);
      rules.push({ uid: type.uid, documentId: String(entry.documentId), stored: entry[type.field], ...(date ? { published: date } : {}) });
    }
  }
  return rules;
}

/**
 * robots.txt, tdmrep.json and feeds, built from the published entries.
 * robots.txt, tdmrep.json and the entries both are built from (one scan) are
 * cached until an entry or the settings change.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let robotsCache: SiteRobotsTxt | undefined;
  let tdmrepCache: string | undefined;
  let entriesCache: Promise<EntryRule[]> | undefined;
  const entries = (): Promise<EntryRule[]> => {
    entriesCache ??= robotsEntries(strapi).catch((error: unknown) => {
      entriesCache = undefined;
      throw error;
    });
    return entriesCache;
  };
  const appRobots = async (): Promise<string> => readFile(path.join(strapi.dirs.static.public, 'robots.txt'), 'utf8').catch(() => '');

  /**
   * The app's public/robots.txt with the plugin's rules added (unchanged when
   * robots output is off), and the entries it leaves out (core's `omitted`).
   * `preview` gives unsaved settings (not cached).
   */
  const robotsReport = async (preview?: { settings: Settings; site: Site }): Promise<SiteRobotsTxt> => {
    if (!preview && robotsCache !== undefined) return robotsCache;
    const settings = preview?.settings ?? (await services(strapi).settings.get());
    const site = preview?.site ?? (await services(strapi).settings.site());
    const existing = await appRobots();
    const report = settings.outputs.robots ? site.robotsTxt(existing, await entries()) : { text: existing, omitted: [] };
    if (!preview) robotsCache = report;
    return report;
  };

  return {
    robotsReport,
    robots: async (): Promise<string> => (await robotsReport()).text,
    /** `/.well-known/tdmrep.json`, or undefined when TDMRep output is off. Cached like robots.txt. */
    async tdmrep(): Promise<string | undefined> {
      const settings = await services(strapi).settings.get();
      if (!settings.outputs.tdmrep) return undefined;
      tdmrepCache ??= (await services(strapi).settings.site()).tdmrepJson(await entries());
      return tdmrepCache;
    },
    invalidate() {
      robotsCache = undefined;
      tdmrepCache = undefined;
      entriesCache = undefined;
    },
    feed: (uid: string, format: FeedFormat, origin: string, limit = FEED_SIZE) => feed(strapi, uid, format, origin, limit),
  };
};

