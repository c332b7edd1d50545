import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedItemInput } from '@cc-signals/core';
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import { storedIntent } from '../field-value';
import type { Settings } from '../settings-schema';
import { feedDocument, streamFeed, type EntryRule, type FeedFormat, type Site } from '../site';
import type { SiteRobotsTxt } from '@cc-signals/core/site';
import { apiPath, schemaOf, services } from './access';

type Entry = Record<string, unknown>;
type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

/** How many entries a feed lists by default, newest first; `?limit=` asks for up to {@link FEED_MAX}. */
export const FEED_SIZE = 50;
/** The most entries one feed lists. RSS and Atom stream them; JSON Feed is built whole. */
export const FEED_MAX = 10_000;
/** Entries read per document service query while a feed is written. */
const FEED_PAGE = 100;

/** A feed: RSS and Atom as chunks written while the entries are read, JSON Feed as one string. */
export type FeedBody = string | AsyncGenerator<string>;

/** Where a content type's feed is served: `/api/cc-signals/feeds/articles/rss`. */
export function feedPath(strapi: Core.Strapi, uid: string, format: FeedFormat): string {
  const type = schemaOf(strapi, uid);
  const prefix = strapi.config.get('api.rest.prefix', '/api');
  return `${prefix}/${PLUGIN_ID}/feeds/${type?.info.pluralName ?? ''}/${format}`;
}

async function published(strapi: Core.Strapi, uid: string, fields: string[], options: Record<string, unknown> = {}): Promise<Entry[]> {
  const query = { fields: ['documentId', ...fields], status: 'published', ...options };
  const entries: unknown = await strapi.documents(uid as DocumentsUid).findMany(query as never);
  return entries as Entry[];
}

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

/** A feed of the newest published entries of a content type that has a feed mapping, or undefined. */
async function feed(strapi: Core.Strapi, uid: string, format: FeedFormat, origin: string, limit: number): Promise<FeedBody | undefined> {
  const settingsService = services(strapi).settings;
  const settings = await settingsService.get();
  const mapping = settings.contentTypes[uid]?.feed;
  const type = settingsService.contentTypes().find((candidate) => candidate.uid === uid);
  if (!settings.outputs.feeds || !mapping || !type) return undefined;
  const site = await settingsService.site();
  const fields = [mapping.title, mapping.date, ...(type.field ? [type.field] : [])];
  const base = `${origin}${apiPath(strapi, uid)}`;
  const statements = site.feed(uid);
  const item = (entry: Entry): FeedItemInput => {
    const updated = isoDate(entry[mapping.date]);
    const own = type.field ? statements.item(entry[type.field]) : undefined;
    return { title: text(entry[mapping.title]), link: `${base}${String(entry.documentId)}`, ...(updated ? { updated } : {}), ...(own ? { preferences: own } : {}) };
  };
  // Newest first; documentId breaks ties so that pages neither repeat nor skip an entry.
  const page = async (start: number) =>
    (await published(strapi, uid, fields, { sort: [`${mapping.date}:desc`, 'documentId:asc'], start, limit: Math.min(FEED_PAGE, limit - start) })).map(item);
  const first = await page(0);
  const updated = first[0]?.updated;
  const channel = { title: type.displayName, link: base, feedUrl: `${origin}${feedPath(strapi, uid, format)}`, preferences: statements.channel, ...(updated ? { updated } : { updated: new Date().toISOString() }) };
  async function* pages() {
    yield first;
    for (let start = first.length; start < limit && start % FEED_PAGE === 0 && start > 0; ) {
      const next = await page(start);
      yield next;
      if (next.length < FEED_PAGE) return;
      start += next.length;
    }
  }
  if (format !== 'json') return streamFeed(format, channel, pages(), site.options);
  const items: FeedItemInput[] = [];
  for await (const next of pages()) items.push(...next);
  return feedDocument('json', { ...channel, items }, site.options);
}

/**
 * robots.txt, tdmrep.json and feeds, built from the published entries.
 * robots.txt and tdmrep.json are cached until an entry or the settings change.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let robotsCache: SiteRobotsTxt | undefined;
  let tdmrepCache: string | undefined;
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
    const report = settings.outputs.robots ? site.robotsTxt(existing, await robotsEntries(strapi)) : { text: existing, omitted: [] };
    if (!preview) robotsCache = report;
    return report;
  };

  return {
    robotsReport,
    robots: async (preview?: { settings: Settings; site: Site }): Promise<string> => (await robotsReport(preview)).text,
    /** `/.well-known/tdmrep.json`, or undefined when TDMRep output is off. Cached like robots.txt. */
    async tdmrep(): Promise<string | undefined> {
      const settings = await services(strapi).settings.get();
      if (!settings.outputs.tdmrep) return undefined;
      tdmrepCache ??= (await services(strapi).settings.site()).tdmrepJson(await robotsEntries(strapi));
      return tdmrepCache;
    },
    invalidate() {
      robotsCache = undefined;
      tdmrepCache = undefined;
    },
    feed: (uid: string, format: FeedFormat, origin: string, limit = FEED_SIZE) => feed(strapi, uid, format, origin, limit),
  };
};

/** A scalar attribute as feed text (other shapes give an empty title rather than "[object Object]"). */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** An attribute as an RFC 3339 date, or undefined when it is not a date. */
function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
