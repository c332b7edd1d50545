import type { Preferences } from '../preferences.js';
import {
  feedNamespaces,
  formatAttributes,
  indent,
  itemElements,
  lines,
  statementElements,
  type FeedItemFragmentInput,
  type FeedOptions,
} from './fragments.js';
import type { FeedChannelInput, FeedInput, FeedItemInput } from './types.js';
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
 * The head of an RSS 2.0 feed: the XML declaration, `<rss>` with its
 * namespaces, and `<channel>` with its title, link, description, self link
 * and the channel's statement, up to where the first `<item>` goes. Ends with
 * a newline. Every value is escaped; throws a ValidationError like
 * serializeRssChannelElements.
 */
export function rssHead(channel: FeedChannelInput, options?: FeedOptions): string {
  const channelElements = serializeRssChannelElements(channel.preferences, options);
  return lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0"${formatAttributes(rssNamespaces(options))}>`,
    '  <channel>',
    `    <title>${xmlValue(channel.title)}</title>`,
    `    <link>${xmlValue(channel.link)}</link>`,
    `    <description>${xmlValue(channel.description ?? channel.title)}</description>`,
    ...(channel.feedUrl === undefined ? [] : [`    <atom:link${formatAttributes({ rel: 'self', href: channel.feedUrl })}/>`]),
    ...(channelElements === '' ? [] : [indent(channelElements, '    ')]),
  ]);
}

/**
 * One `<item>` of an RSS 2.0 feed, indented for its place in `<channel>` and
 * ending with a newline: title, link, `description` (the item's summary, when
 * it has one), guid, then its statement (only when it has preferences of its
 * own; `channel.preferences` are stated in its RSL terms otherwise).
 */
export function rssItem(item: FeedItemInput, channel: Pick<FeedChannelInput, 'preferences'>, options?: FeedOptions): string {
  const elements = serializeRssItemElements({ link: item.link, preferences: item.preferences, channel: channel.preferences }, options);
  const element = [
    '<item>',
    `  <title>${xmlValue(item.title)}</title>`,
    `  <link>${xmlValue(item.link)}</link>`,
    ...(item.summary === undefined ? [] : [`  <description>${xmlValue(item.summary)}</description>`]),
    `  <guid isPermaLink="${item.id === undefined ? 'true' : 'false'}">${xmlValue(item.id ?? item.link)}</guid>`,
    ...(elements === '' ? [] : [indent(elements, '  ')]),
    '</item>',
  ].join('\n');
  return `${indent(element, '    ')}\n`;
}

/** The tail of an RSS 2.0 feed: closes `<channel>` and `<rss>`, ending with a newline. */
export function rssTail(): string {
  return '  </channel>\n</rss>\n';
}

/**
 * A whole RSS 2.0 feed with the signals at channel and item level:
 * {@link rssHead}, each {@link rssItem}, then {@link rssTail}. Every value
 * is escaped.
 */
export function serializeRss(feed: FeedInput, options?: FeedOptions): string {
  return `${rssHead(feed, options)}${feed.items.map((item) => rssItem(item, feed, options)).join('')}${rssTail()}`;
}
