import { serializeContentUsage } from '../content-usage.js';
import { CC_SIGNALS_NAMESPACE, withDefaults } from '../emit.js';
import type { Preferences } from '../preferences.js';
import { signalsUsed } from '../signals.js';
import type { FeedOptions } from './fragments.js';
import type { FeedInput, FeedItemInput } from './types.js';

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

/** A whole JSON Feed 1.1 document with the extension at feed and item level, for the demo. */
export function serializeJsonFeed(feed: FeedInput, options?: FeedOptions): string {
  const extension = jsonFeedExtension(feed.preferences, options, true);
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.link,
    ...(feed.feedUrl === undefined ? {} : { feed_url: feed.feedUrl }),
    ...(feed.description === undefined ? {} : { description: feed.description }),
    ...(extension === undefined ? {} : { [JSON_FEED_EXTENSION_KEY]: extension }),
    items: feed.items.map((item) => jsonFeedItem(item, options)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function jsonFeedItem(item: FeedItemInput, options: FeedOptions | undefined): Record<string, unknown> {
  const extension = item.preferences === undefined ? undefined : jsonFeedExtension(item.preferences, options);
  return {
    id: item.id ?? item.link,
    url: item.link,
    title: item.title,
    content_text: item.title,
    ...(item.updated === undefined ? {} : { date_modified: item.updated }),
    ...(extension === undefined ? {} : { [JSON_FEED_EXTENSION_KEY]: extension }),
  };
}
