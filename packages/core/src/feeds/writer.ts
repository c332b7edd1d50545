import { atomEntry, atomHead, atomTail } from './atom.js';
import type { FeedOptions } from './fragments.js';
import { jsonFeedHead, jsonFeedItem, jsonFeedTail } from './json-feed.js';
import { rssHead, rssItem, rssTail } from './rss.js';
import type { FeedChannelInput, FeedItemInput, FeedWriterFormat } from './types.js';

/**
 * Writes one feed a piece at a time, for feeds too long to hold whole:
 * `head()` once, `item()` per item in order, then `tail()` once. The pieces
 * joined are byte for byte what serializeRss, serializeAtom or
 * serializeJsonFeed give for the same channel and items.
 */
export interface FeedWriter {
  /** The document up to the first item. */
  head(): string;
  /** One item, with whatever separates it from the one before. */
  item(item: FeedItemInput): string;
  /** The rest of the document after the last item. */
  tail(): string;
}

/**
 * A {@link FeedWriter} for `format`. The channel is fixed at creation; for
 * Atom, a missing `channel.updated` is set to the time of this call, so that
 * the head and the entries without a date of their own agree. Throws a
 * ValidationError from `head()` or `item()` like the whole-document
 * serializers.
 */
export function feedWriter(format: FeedWriterFormat, channel: FeedChannelInput, options?: FeedOptions): FeedWriter {
  if (format === 'json') {
    let count = 0;
    return {
      head: () => jsonFeedHead(channel, options),
      item: (item) => jsonFeedItem(item, count++, options),
      tail: () => jsonFeedTail(count),
    };
  }
  if (format === 'atom') {
    const fixed = { ...channel, updated: channel.updated ?? new Date().toISOString() };
    return { head: () => atomHead(fixed, options), item: (item) => atomEntry(item, fixed, options), tail: atomTail };
  }
  return { head: () => rssHead(channel, options), item: (item) => rssItem(item, channel, options), tail: rssTail };
}
