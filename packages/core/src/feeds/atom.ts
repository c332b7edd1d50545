import type { Preferences } from '../preferences.js';
import {
  ATOM_NAMESPACE,
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
 * A whole Atom feed with the signals at feed and entry level, for the demo.
 * `updated` defaults to the time of the call. Every value is escaped.
 */
export function serializeAtom(feed: FeedInput, options?: FeedOptions): string {
  const updated = feed.updated ?? new Date().toISOString();
  const feedElements = serializeAtomFeedElements(feed.preferences, options);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed${formatAttributes({ xmlns: ATOM_NAMESPACE, ...atomNamespaces(options) })}>`,
    `  <title>${xmlValue(feed.title)}</title>`,
    `  <id>${xmlValue(feed.feedUrl ?? feed.link)}</id>`,
    `  <updated>${xmlValue(updated)}</updated>`,
    `  <link${formatAttributes({ rel: 'alternate', href: feed.link })}/>`,
    ...(feed.feedUrl === undefined ? [] : [`  <link${formatAttributes({ rel: 'self', href: feed.feedUrl })}/>`]),
    ...(feedElements === '' ? [] : [indent(feedElements, '  ')]),
    ...feed.items.map((item) => indent(atomEntry(item, feed.preferences, updated, options), '  ')),
    '</feed>',
    '',
  ].join('\n');
}

function atomEntry(item: FeedItemInput, channel: Preferences, updated: string, options: FeedOptions | undefined): string {
  const elements = serializeAtomEntryElements({ link: item.link, preferences: item.preferences, channel }, options);
  return [
    '<entry>',
    `  <title>${xmlValue(item.title)}</title>`,
    `  <id>${xmlValue(item.id ?? item.link)}</id>`,
    `  <updated>${xmlValue(item.updated ?? updated)}</updated>`,
    `  <link${formatAttributes({ rel: 'alternate', href: item.link })}/>`,
    ...(elements === '' ? [] : [indent(elements, '  ')]),
    '</entry>',
  ].join('\n');
}
