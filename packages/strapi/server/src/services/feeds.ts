import { feedWriter, type FeedChannelInput, type FeedItemInput, type FeedWriter } from '@cc-signals/core/feeds';
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import type { FeedMapping } from '../settings-schema';
import type { FeedFormat } from '../site';
import { apiPath, schemaOf, services } from './access';
import { isoDate, published, type Entry } from './published';


/** How many entries a feed lists by default, newest first; `?limit=` asks for up to {@link FEED_MAX}. */
export const FEED_SIZE = 50;
/** The most entries one feed lists. */
export const FEED_MAX = 10_000;
/** Entries read per document service query while a feed is written. */
export const FEED_PAGE = 100;

/** Where a content type's feed is served: `/api/cc-signals/feeds/articles/rss`. */
export function feedPath(strapi: Core.Strapi, uid: string, format: FeedFormat): string {
  const type = schemaOf(strapi, uid);
  const prefix = strapi.config.get('api.rest.prefix', '/api');
  return `${prefix}/${PLUGIN_ID}/feeds/${type?.info.pluralName ?? ''}/${format}`;
}

/**
 * The feed of the newest published entries of a content type that has a feed
 * mapping (undefined when it has none, or feeds are off), as the chunks of
 * core's feed writer: the head, then each page of {@link FEED_PAGE} entries
 * as soon as it is read, then the tail. The first page is read, and the head
 * written, before this resolves, so a bad statement fails before the response
 * starts.
 */
export async function feed(strapi: Core.Strapi, uid: string, format: FeedFormat, origin: string, limit: number): Promise<AsyncGenerator<string> | undefined> {
  const settingsService = services(strapi).settings;
  const settings = await settingsService.get();
  const mapping = settings.contentTypes[uid]?.feed;
  const type = settingsService.contentTypes().find((candidate) => candidate.uid === uid);
  if (!settings.outputs.feeds || !mapping || !type) return undefined;
  const site = await settingsService.site();
  const statements = site.feed(uid);
  const base = `${origin}${apiPath(strapi, uid)}`;
  const toItem = (entry: Entry): FeedItemInput => {
    const own = type.field ? statements.item(entry[type.field]) : undefined;
    return { ...itemOf(entry, mapping, `${base}${String(entry.documentId)}`), ...(own ? { preferences: own } : {}) };
  };
  const fields = [mapping.title, mapping.date, ...(mapping.summary ? [mapping.summary] : []), ...(type.field ? [type.field] : [])];
  // Newest first; documentId breaks ties so that pages neither repeat nor skip an entry.
  const sort = [`${mapping.date}:desc`, 'documentId:asc'];
  const page = async (start: number): Promise<FeedItemInput[]> =>
    (await published(strapi, uid, fields, { sort, start, limit: Math.min(FEED_PAGE, limit - start) })).map(toItem);
  const first = await page(0);
  const channel: FeedChannelInput = {
    title: type.displayName,
    link: base,
    feedUrl: `${origin}${feedPath(strapi, uid, format)}`,
    preferences: statements.channel,
    updated: first[0]?.updated ?? new Date().toISOString(),
  };
  const writer = feedWriter(format, channel, site.options);
  return chunks(writer, writer.head(), first, page, limit);
}

/** The head, each page's items as one chunk (the next page is read only when the previous one is taken), the tail. */
async function* chunks(
  writer: FeedWriter,
  head: string,
  first: FeedItemInput[],
  page: (start: number) => Promise<FeedItemInput[]>,
  limit: number,
): AsyncGenerator<string> {
  yield head;
  let items = first;
  let start = 0;
  for (;;) {
    yield items.map((item) => writer.item(item)).join('');
    start += items.length;
    if (items.length < FEED_PAGE || start >= limit) break;
    items = await page(start);
  }
  yield writer.tail();
}


/** An entry as a feed item, through the admin's mapping (statements aside). */
function itemOf(entry: Entry, mapping: FeedMapping, link: string): FeedItemInput {
  const updated = isoDate(entry[mapping.date]);
  const summary = mapping.summary ? text(entry[mapping.summary]) : '';
  return { title: text(entry[mapping.title]), link, ...(updated ? { updated } : {}), ...(summary ? { summary } : {}) };
}

/** A scalar attribute as feed text (other shapes give an empty text rather than "[object Object]"). */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

