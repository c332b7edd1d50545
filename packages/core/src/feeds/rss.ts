import type { Preferences } from '../preferences.js';
import {
  feedNamespaces,
  formatAttributes,
  indent,
  itemElements,
  statementElements,
  type FeedItemFragmentInput,
  type FeedOptions,
} from './fragments.js';
import type { FeedInput, FeedItemInput } from './types.js';
import { xmlValue } from '../xml.js';

/**
 * The namespace declarations to add to `<rss>`: `xmlns:ccs` (our elements),
 * `xmlns:atom` (RFC 4946 licence links) and, when an RSL licence URL is set,
 * `xmlns:rsl`. A plain object, so an adapter can merge it with its own.
 */
export function rssNamespaces(options?: FeedOptions): Record<string, string> {
  return feedNamespaces(options, true);
}

/**
 * The elements to insert in `<channel>`, one per line:
 * `<ccs:content-usage>train-ai=n;exceptions=cc-cr</ccs:content-usage>`, an
 * `<atom:link rel="license">` per CC signal, and the RSL licence link.
 * Empty when there is nothing to state. Throws a ValidationError for a label
 * or exception that is not a valid key or token.
 */
export function serializeRssChannelElements(preferences: Preferences, options?: FeedOptions): string {
  return statementElements(preferences, 'atom:link', options, true).join('\n');
}

/**
 * The elements to insert in one `<item>`: its own statement (as for the
 * channel, without the RSL link) when it has preferences of its own, then,
 * when an RSL licence URL is set, `<rsl:content url="{link}">` with the
 * terms that apply to it (its own or the channel's).
 */
export function serializeRssItemElements(item: FeedItemFragmentInput, options?: FeedOptions): string {
  return itemElements(item, 'atom:link', options).join('\n');
}

/**
 * A whole RSS 2.0 feed with the signals at channel and item level, for the
 * demo and for sites without a CMS feed. Every value is escaped.
 */
export function serializeRss(feed: FeedInput, options?: FeedOptions): string {
  const channelElements = serializeRssChannelElements(feed.preferences, options);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0"${formatAttributes(rssNamespaces(options))}>`,
    '  <channel>',
    `    <title>${xmlValue(feed.title)}</title>`,
    `    <link>${xmlValue(feed.link)}</link>`,
    `    <description>${xmlValue(feed.description ?? feed.title)}</description>`,
    ...(feed.feedUrl === undefined ? [] : [`    <atom:link${formatAttributes({ rel: 'self', href: feed.feedUrl })}/>`]),
    ...(channelElements === '' ? [] : [indent(channelElements, '    ')]),
    ...feed.items.map((item) => indent(rssItem(item, feed.preferences, options), '    ')),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

function rssItem(item: FeedItemInput, channel: Preferences, options: FeedOptions | undefined): string {
  const elements = serializeRssItemElements({ link: item.link, preferences: item.preferences, channel }, options);
  return [
    '<item>',
    `  <title>${xmlValue(item.title)}</title>`,
    `  <link>${xmlValue(item.link)}</link>`,
    `  <guid isPermaLink="${item.id === undefined ? 'true' : 'false'}">${xmlValue(item.id ?? item.link)}</guid>`,
    ...(elements === '' ? [] : [indent(elements, '  ')]),
    '</item>',
  ].join('\n');
}
