import { parseContentUsage } from '../content-usage.js';
import { CC_SIGNAL_RELATION, CC_SIGNALS_NAMESPACE } from '../emit.js';
import {
  combinePreference,
  combinePreferences,
  withoutUnknown,
  type CategoryPreference,
  type Preferences,
} from '../preferences.js';
import { readRslContent, RSL_MEDIA_TYPE, RSL_NAMESPACE } from '../rsl.js';
import { currentVocabulary, type Vocabulary } from '../vocabulary.js';
import { ATOM_NAMESPACE, CONTENT_USAGE_ELEMENT } from './fragments.js';
import { JSON_FEED_EXTENSION_KEY } from './json-feed.js';
import type { ParsedFeed, ParsedFeedItem } from './types.js';
import { childElements, childText, hasRel, parseXml, type XmlElement } from '../xml.js';

interface Statement {
  readonly preferences: Preferences;
  readonly own: boolean;
  readonly licenses: string[];
  readonly signals: string[];
  readonly rslLicenseUrl?: string;
}

const UNKNOWN: ParsedFeed = { format: 'unknown', channel: {}, licenses: [], signals: [], items: [] };

/**
 * Reads the signals back from an RSS 2.0, Atom or JSON Feed 1.1 document:
 * our `ccs:content-usage` elements (several combine most restrictively),
 * RFC 4946 licence links and the RSL licence link. An item without our
 * element takes the channel's preferences, restricted by its `rsl:content`
 * terms if it has any. Unknown formats give an empty result; never throws.
 */
export function parseFeed(text: string, vocabulary: Vocabulary = currentVocabulary): ParsedFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, vocabulary);
  const root = parseXml(trimmed);
  if (root?.local === 'rss') return parseRss(root, vocabulary);
  if (root?.local === 'feed' && root.ns === ATOM_NAMESPACE) return parseAtom(root, vocabulary);
  return UNKNOWN;
}

function parseRss(root: XmlElement, vocabulary: Vocabulary): ParsedFeed {
  const channel = childElements(root, root.ns, 'channel')[0];
  if (channel === undefined) return { ...UNKNOWN, format: 'rss' };
  const feed = readStatement(channel, vocabulary);
  const items = childElements(channel, root.ns, 'item').map((item) =>
    toItem(item, feed.preferences, vocabulary, {
      id: childText(item, root.ns, 'guid'),
      link: childText(item, root.ns, 'link'),
    }),
  );
  return result('rss', feed, items);
}

function parseAtom(root: XmlElement, vocabulary: Vocabulary): ParsedFeed {
  const feed = readStatement(root, vocabulary);
  const items = childElements(root, ATOM_NAMESPACE, 'entry').map((entry) => {
    const alternate = childElements(entry, ATOM_NAMESPACE, 'link').find(
      (link) => link.attrs.rel === undefined || hasRel(link.attrs.rel, 'alternate'),
    );
    return toItem(entry, feed.preferences, vocabulary, {
      id: childText(entry, ATOM_NAMESPACE, 'id'),
      link: alternate?.attrs.href,
    });
  });
  return result('atom', feed, items);
}

function result(format: ParsedFeed['format'], feed: Statement, items: ParsedFeedItem[]): ParsedFeed {
  return {
    format,
    channel: feed.preferences,
    licenses: feed.licenses,
    signals: feed.signals,
    ...(feed.rslLicenseUrl === undefined ? {} : { rslLicenseUrl: feed.rslLicenseUrl }),
    items,
  };
}

function toItem(
  element: XmlElement,
  channel: Preferences,
  vocabulary: Vocabulary,
  names: { id: string | undefined; link: string | undefined },
): ParsedFeedItem {
  const statement = readStatement(element, vocabulary);
  const contents = childElements(element, RSL_NAMESPACE, 'content');
  const rsl = combinePreferences(...contents.map((content) => readRslContent(content, vocabulary)));
  return {
    ...(names.id === undefined ? {} : { id: names.id }),
    ...(names.link === undefined ? {} : { link: names.link }),
    // The item's RSL terms combine with its own statement, or with the channel's it inherits.
    preferences: refine(statement.own ? statement.preferences : channel, rsl),
    own: statement.own,
    licenses: statement.licenses,
    signals: statement.signals,
  };
}

/**
 * The channel's preferences restricted by an item's RSL terms. RSL cannot
 * state most CC signals and prohibits instead, so an RSL prohibit leaves a
 * channel disallow (and its exception) as it is; any other difference
 * combines most restrictively.
 */
function refine(channel: Preferences, rsl: Preferences): Preferences {
  const result: Record<string, CategoryPreference> = { ...channel };
  for (const [label, value] of Object.entries(rsl)) {
    const base = channel[label] ?? { preference: 'unknown' };
    if (base.preference === 'disallowed' && value.preference === 'disallowed') continue;
    result[label] = combinePreference(base, value);
  }
  return withoutUnknown(result);
}

function readStatement(element: XmlElement, vocabulary: Vocabulary): Statement {
  const parsed = childElements(element, CC_SIGNALS_NAMESPACE, CONTENT_USAGE_ELEMENT)
    .map((child) => parseContentUsage(child.text.trim(), vocabulary))
    .filter((value) => value.error === undefined);
  const all = childElements(element, ATOM_NAMESPACE, 'link');
  const links = all.filter((link) => hasRel(link.attrs.rel, 'license'));
  const rsl = links.find((link) => link.attrs.type === RSL_MEDIA_TYPE)?.attrs.href;
  return {
    preferences: combinePreferences(...parsed.map((value) => value.preferences)),
    own: parsed.length > 0,
    licenses: links.filter((link) => link.attrs.type !== RSL_MEDIA_TYPE).flatMap((link) => link.attrs.href ?? []),
    signals: all.filter((link) => hasRel(link.attrs.rel, CC_SIGNAL_RELATION)).flatMap((link) => link.attrs.href ?? []),
    ...(rsl === undefined ? {} : { rslLicenseUrl: rsl }),
  };
}

function parseJsonFeed(text: string, vocabulary: Vocabulary): ParsedFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ...UNKNOWN, format: 'json' };
  }
  if (!isRecord(document)) return { ...UNKNOWN, format: 'json' };
  const feed = readExtension(document, vocabulary);
  const items = (Array.isArray(document.items) ? document.items : []).filter(isRecord).map((item) => {
    const statement = readExtension(item, vocabulary);
    return {
      ...(isIdentifier(item.id) ? { id: String(item.id) } : {}),
      ...(typeof item.url === 'string' ? { link: item.url } : {}),
      preferences: statement.own ? statement.preferences : feed.preferences,
      own: statement.own,
      licenses: statement.licenses,
      signals: statement.signals,
    };
  });
  return result('json', feed, items);
}

function readExtension(object: Record<string, unknown>, vocabulary: Vocabulary): Statement {
  const extension = object[JSON_FEED_EXTENSION_KEY];
  if (!isRecord(extension)) return { preferences: {}, own: false, licenses: [], signals: [] };
  const value = typeof extension.content_usage === 'string' ? parseContentUsage(extension.content_usage, vocabulary) : undefined;
  const own = value !== undefined && value.error === undefined;
  const licenses = typeof extension.license === 'string' ? [extension.license] : [];
  const signals = Array.isArray(extension.signals) ? extension.signals.filter((url) => typeof url === 'string') : [];
  const rsl = typeof extension.rsl_license === 'string' ? extension.rsl_license : undefined;
  return {
    preferences: own ? value.preferences : {},
    own,
    licenses,
    signals,
    ...(rsl === undefined ? {} : { rslLicenseUrl: rsl }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdentifier(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}
