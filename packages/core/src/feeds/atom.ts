import type { Preferences } from '../preferences.js';
import {
  ATOM_NAMESPACE,
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
 * The namespace declarations to add to an Atom `<feed>` besides its default
 * namespace: `xmlns:ccs` and, when an RSL licence URL is set, `xmlns:rsl`.
 */
export function atomNamespaces(options?: FeedOptions): Record<string, string> {
  return feedNamespaces(options, false);
}

/**
 * The elements to insert in `<feed>`, one per line: `<ccs:content-usage>`,
 * an RFC 4946 `<link rel="license">` per CC signal, and the RSL licence
 * link. Throws a ValidationError like serializeContentUsage.
 */
export function serializeAtomFeedElements(preferences: Preferences, options?: FeedOptions): string {
  return statementElements(preferences, 'link', options, true).join('\n');
}

/**
 * The elements to insert in one `<entry>`: its own statement when it has
 * preferences of its own, then, when an RSL licence URL is set, an
 * `<rsl:content url="{link}">` (RSL defines only the RSS module; Atom
 * carries it as a foreign-namespace extension element).
 */
export function serializeAtomEntryElements(entry: FeedItemFragmentInput, options?: FeedOptions): string {
  return itemElements(entry, 'link', options).join('\n');
}

/**
 * The head of an Atom feed: the XML declaration and `<feed>` with its
 * namespaces, title, id, updated, links and the feed's statement, up to
 * where the first `<entry>` goes. Ends with a newline. `updated` defaults to
 * the time of the call: when streaming, set `channel.updated` so that entries
 * without a date of their own state the same one. Every value is escaped;
 * throws a ValidationError like serializeAtomFeedElements.
 */
export function atomHead(channel: FeedChannelInput, options?: FeedOptions): string {
  const feedElements = serializeAtomFeedElements(channel.preferences, options);
  return lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed${formatAttributes({ xmlns: ATOM_NAMESPACE, ...atomNamespaces(options) })}>`,
    `  <title>${xmlValue(channel.title)}</title>`,
    `  <id>${xmlValue(channel.feedUrl ?? channel.link)}</id>`,
    `  <updated>${xmlValue(channel.updated ?? new Date().toISOString())}</updated>`,
    `  <link${formatAttributes({ rel: 'alternate', href: channel.link })}/>`,
    ...(channel.feedUrl === undefined ? [] : [`  <link${formatAttributes({ rel: 'self', href: channel.feedUrl })}/>`]),
    ...(feedElements === '' ? [] : [indent(feedElements, '  ')]),
  ]);
}

/**
 * One `<entry>` of an Atom feed, indented for its place in `<feed>` and
 * ending with a newline: title, id, updated (its own, else the channel's,
 * else the time of the call), link, `summary` when it has one, then its
 * statement (only when it has preferences of its own; `channel.preferences`
 * are stated in its RSL terms otherwise).
 */
export function atomEntry(item: FeedItemInput, channel: Pick<FeedChannelInput, 'preferences' | 'updated'>, options?: FeedOptions): string {
  const elements = serializeAtomEntryElements({ link: item.link, preferences: item.preferences, channel: channel.preferences }, options);
  const entry = [
    '<entry>',
    `  <title>${xmlValue(item.title)}</title>`,
    `  <id>${xmlValue(item.id ?? item.link)}</id>`,
    `  <updated>${xmlValue(item.updated ?? channel.updated ?? new Date().toISOString())}</updated>`,
    `  <link${formatAttributes({ rel: 'alternate', href: item.link })}/>`,
    ...(item.summary === undefined ? [] : [`  <summary>${xmlValue(item.summary)}</summary>`]),
    ...(elements === '' ? [] : [indent(elements, '  ')]),
    '</entry>',
  ].join('\n');
  return `${indent(entry, '  ')}\n`;
}

/** The tail of an Atom feed: closes `<feed>`, ending with a newline. */
export function atomTail(): string {
  return '</feed>\n';
}

/**
 * A whole Atom feed with the signals at feed and entry level:
 * {@link atomHead}, each {@link atomEntry}, then {@link atomTail}.
 * `updated` defaults to the time of the call. Every value is escaped.
 */
export function serializeAtom(feed: FeedInput, options?: FeedOptions): string {
  const channel = { ...feed, updated: feed.updated ?? new Date().toISOString() };
  return `${atomHead(channel, options)}${feed.items.map((item) => atomEntry(item, channel, options)).join('')}${atomTail()}`;
}
