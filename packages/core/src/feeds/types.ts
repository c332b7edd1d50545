import type { Preferences } from '../preferences.js';

/** One item of a whole feed written by the demo helpers. */
export interface FeedItemInput {
  readonly title: string;
  /** Absolute URL of the item's page. */
  readonly link: string;
  /** Stable identifier (RSS `guid`, Atom `id`, JSON Feed `id`); defaults to `link`. */
  readonly id?: string;
  /** RFC 3339 date of the last change (Atom `updated`, JSON Feed `date_modified`). */
  readonly updated?: string;
  /** A short plain-text summary (RSS `description`, Atom `summary`, JSON Feed `summary`); none written when absent. */
  readonly summary?: string;
  /** The item's own preferences; when absent, the feed's apply. */
  readonly preferences?: Preferences;
}

/**
 * A feed without its items: what the head of a streamed feed is written from
 * (see {@link feedWriter}); the items then come one at a time.
 */
export interface FeedChannelInput {
  readonly title: string;
  /** Absolute URL of the site or page the feed belongs to. */
  readonly link: string;
  /** Absolute URL of the feed itself (Atom `self`, JSON Feed `feed_url`). */
  readonly feedUrl?: string;
  readonly description?: string;
  /** RFC 3339 date of the last change; Atom requires one, the default is the time of the call. */
  readonly updated?: string;
  /** Preferences for the whole feed, which apply to items without their own. */
  readonly preferences: Preferences;
}

/** A whole feed for the demo helpers and adapters that write their own feeds; CMS adapters with a feed of their own insert fragments instead. */
export interface FeedInput extends FeedChannelInput {
  readonly items: readonly FeedItemInput[];
}

/** The formats a feed is written in: RSS 2.0, Atom (RFC 4287) and JSON Feed 1.1. */
export type FeedWriterFormat = 'rss' | 'atom' | 'json';

/** The feed formats {@link parseFeed} recognizes. */
export type FeedFormat = 'rss' | 'atom' | 'json' | 'unknown';

/** One item or entry read back from a feed. */
export interface ParsedFeedItem {
  /** RSS `guid`, Atom `id` or JSON Feed `id`, when present. */
  readonly id?: string;
  /** RSS `link`, Atom alternate link or JSON Feed `url`, when present. */
  readonly link?: string;
  /** The item's own preferences, or the channel's (restricted by the item's RSL terms) when it states none. */
  readonly preferences: Preferences;
  /** Whether the item carries its own `Content-Usage` value (our element or JSON Feed extension). */
  readonly own: boolean;
  /** Licence links of the item (RFC 4946 `rel="license"` or the JSON Feed extension's `license`), as written. */
  readonly licenses: readonly string[];
  /** Links to CC signal texts (relation `CC_SIGNAL_RELATION`, or the JSON Feed extension's `signals`), as written. */
  readonly signals: readonly string[];
}

/** What {@link parseFeed} found. */
export interface ParsedFeed {
  readonly format: FeedFormat;
  /** The feed-level (RSS channel, Atom feed, JSON Feed top-level) preferences. */
  readonly channel: Preferences;
  /** Feed-level licence links, as written, without the RSL one. */
  readonly licenses: readonly string[];
  /** Feed-level links to CC signal texts, as written. */
  readonly signals: readonly string[];
  /** The RSL licence the feed links to, if any. */
  readonly rslLicenseUrl?: string;
  readonly items: readonly ParsedFeedItem[];
}
