import { serializeContentUsage } from '../content-usage.js';
import { CC_SIGNALS_NAMESPACE, withDefaults } from '../emit.js';
import type { Preferences } from '../preferences.js';
import { signalsUsed } from '../signals.js';
import { indent, type FeedOptions } from './fragments.js';
import type { FeedChannelInput, FeedInput, FeedItemInput } from './types.js';

/** The JSON Feed 1.1 extension key (extensions start with `_`). */
export const JSON_FEED_EXTENSION_KEY = '_cc_signals';

/** The JSON Feed extension object, at feed and item level. */
export interface JsonFeedExtension {
  /** Where the extension is documented, as JSON Feed asks of every extension. */
  readonly about: string;
  /** The exact `Content-Usage` value; absent with `contentUsage: false`. */
  readonly content_usage?: string;
  /** Canonical URLs of the texts of the CC signals named, in CC's order; with `content_usage` only. Not licences. */
  readonly signals?: readonly string[];
  /** The site's content licence, at feed level, when one is set. */
  readonly license?: string;
  /** The site's RSL licence, at feed level, when one is set. */
  readonly rsl_license?: string;
}

/**
 * The `_cc_signals` object for a feed or an item, or undefined when there is
 * nothing to state (no preference, or `contentUsage: false` and no RSL).
 * `feedLevel` adds the RSL licence link. Throws a ValidationError like
 * serializeContentUsage.
 */
export function jsonFeedExtension(
  preferences: Preferences,
  options?: FeedOptions,
  feedLevel = false,
): JsonFeedExtension | undefined {
  const settings = withDefaults(options);
  const value = settings.contentUsage ? serializeContentUsage(preferences, settings.vocabulary) : '';
  const rsl = feedLevel && Object.keys(preferences).length > 0 ? settings.rslLicenseUrl : undefined;
  const license = feedLevel ? settings.contentLicenseUrl : undefined;
  if (value === '' && rsl === undefined && license === undefined) return undefined;
  const signals = signalsUsed(preferences).map((signal) => signal.url);
  return {
    about: CC_SIGNALS_NAMESPACE,
    ...(value === '' ? {} : { content_usage: value, signals }),
    ...(license === undefined ? {} : { license }),
    ...(rsl === undefined ? {} : { rsl_license: rsl }),
  };
}

/**
 * The head of a JSON Feed 1.1 document: the top-level object with its
 * version, title, URLs, description and `_cc_signals` extension, up to and
 * including the opening `"items": [`. Throws a ValidationError like
 * jsonFeedExtension.
 */
export function jsonFeedHead(channel: FeedChannelInput, options?: FeedOptions): string {
  const extension = jsonFeedExtension(channel.preferences, options, true);
  const top = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.link,
    ...(channel.feedUrl === undefined ? {} : { feed_url: channel.feedUrl }),
    ...(channel.description === undefined ? {} : { description: channel.description }),
    ...(extension === undefined ? {} : { [JSON_FEED_EXTENSION_KEY]: extension }),
  };
  // The top-level object without its closing brace, then the items array opened as JSON.stringify would write it.
  return `${JSON.stringify(top, null, 2).slice(0, -2)},\n  "items": [`;
}

/**
 * One item of a JSON Feed 1.1 document, as JSON.stringify would indent it in
 * `items`: id, url, title, `content_text` (the title), `summary` when it has
 * one, `date_modified`, and its `_cc_signals` extension when it has
 * preferences of its own. `index` is its position (0 for the first), which
 * decides the comma before it.
 */
export function jsonFeedItem(item: FeedItemInput, index: number, options?: FeedOptions): string {
  const extension = item.preferences === undefined ? undefined : jsonFeedExtension(item.preferences, options);
  const value = {
    id: item.id ?? item.link,
    url: item.link,
    title: item.title,
    content_text: item.title,
    ...(item.summary === undefined ? {} : { summary: item.summary }),
    ...(item.updated === undefined ? {} : { date_modified: item.updated }),
    ...(extension === undefined ? {} : { [JSON_FEED_EXTENSION_KEY]: extension }),
  };
  return `${index === 0 ? '' : ','}\n${indent(JSON.stringify(value, null, 2), '    ')}`;
}

/** The tail of a JSON Feed 1.1 document: closes `items` (after `count` items) and the top-level object, ending with a newline. */
export function jsonFeedTail(count: number): string {
  return count === 0 ? ']\n}\n' : '\n  ]\n}\n';
}

/**
 * A whole JSON Feed 1.1 document with the extension at feed and item level:
 * {@link jsonFeedHead}, each {@link jsonFeedItem}, then {@link jsonFeedTail};
 * the same bytes as `JSON.stringify(document, null, 2)` and a newline.
 */
export function serializeJsonFeed(feed: FeedInput, options?: FeedOptions): string {
  const items = feed.items.map((item, index) => jsonFeedItem(item, index, options)).join('');
  return `${jsonFeedHead(feed, options)}${items}${jsonFeedTail(feed.items.length)}`;
}
