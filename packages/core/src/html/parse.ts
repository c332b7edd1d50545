import { Parser } from 'htmlparser2';
import { parseContentUsage, type ContentUsageReadOptions, type LegacyLabelReading } from '../content-usage.js';
import { CC_SIGNAL_RELATION, CONTENT_USAGE_META_NAME } from '../emit.js';
import { parseNoai, type NoaiDirective } from '../noai.js';
import { combinePreferences, type Preferences } from '../preferences.js';
import { RSL_MEDIA_TYPE } from '../rsl.js';
import { allSignalVersions, type SignalToken } from '../signals.js';
import { parseTdmrepMeta } from '../tdmrep.js';
import { currentVocabulary, type Vocabulary } from '../vocabulary.js';

/** A `<link rel="license">` of a page. */
export interface HtmlLicenseLink {
  readonly href: string;
  readonly title?: string;
}

/** What {@link parseHtmlHead} found in a page. */
export interface ParsedHtmlHead {
  /** The `content-usage` metas, combined most restrictively; invalid values count as unknown. */
  readonly preferences: Preferences;
  /** The `content-usage` meta values, as written. */
  readonly contentUsage: readonly string[];
  /** `rel="license"` links other than the RSL one: real licences. */
  readonly licenses: readonly HtmlLicenseLink[];
  /** Links to CC signal texts (relation `CC_SIGNAL_RELATION`), as written. */
  readonly signalLinks: readonly HtmlLicenseLink[];
  /** The CC signals those links point to, by canonical URL (licence links naming one, from older pages, too). */
  readonly signals: readonly SignalToken[];
  /** The first `rel="license"` link of type `application/rsl+xml`. */
  readonly rslLicenseUrl?: string;
  /** The first `rel="describedby"` link: the page declaring the preferences in words. */
  readonly declarationUrl?: string;
  /** `tdm-reservation`, read as the TDMRep module reads meta tags (the first wins; invalid is unset). */
  readonly tdmReservation?: 0 | 1;
  readonly tdmPolicy?: string;
  /** `noai`/`noimageai` found in `<meta name="robots">`. */
  readonly noai: readonly NoaiDirective[];
  /** Labels of earlier drafts met in the `content-usage` metas (see `parseContentUsage`). */
  readonly legacy: readonly LegacyLabelReading[];
}

// Elements allowed in <head>; any other start tag opens the body, as in the HTML parser.
const HEAD_ELEMENTS = new Set(['html', 'head', 'title', 'base', 'link', 'meta', 'style', 'script', 'noscript', 'template']);

interface Found {
  contentUsage: string[];
  licenses: HtmlLicenseLink[];
  signalLinks: HtmlLicenseLink[];
  robots: string[];
  rslLicenseUrl?: string;
  declarationUrl?: string;
  tdm: { name: string; content: string }[];
}

/**
 * Reads the signal tags of {@link serializeHtmlHead} from a page or a head
 * fragment with htmlparser2's HTML tokenizer (entities decoded, names
 * case-insensitive, `http-equiv` accepted for `name`). Reading stops at
 * `</head>` or at the first element that opens the body, so markup in the
 * body, such as user content, cannot add or widen a preference. Never throws.
 */
export function parseHtmlHead(
  html: string,
  vocabulary: Vocabulary = currentVocabulary,
  options: ContentUsageReadOptions = {},
): ParsedHtmlHead {
  const found: Found = { contentUsage: [], licenses: [], signalLinks: [], robots: [], tdm: [] };
  let inBody = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!HEAD_ELEMENTS.has(name)) inBody = true;
      if (inBody) return;
      if (name === 'meta') readMeta(found, attributes);
      if (name === 'link') readLink(found, attributes);
    },
    onclosetag(name) {
      if (name === 'head') inBody = true;
    },
  });
  parser.end(html);
  return toResult(found, vocabulary, options);
}

function readMeta(found: Found, attributes: Readonly<Record<string, string>>): void {
  const name = (attributes.name ?? attributes['http-equiv'] ?? '').trim().toLowerCase();
  const content = attributes.content;
  if (content === undefined) return;
  if (name === CONTENT_USAGE_META_NAME) found.contentUsage.push(content);
  if (name === 'robots') found.robots.push(content);
  if (name === 'tdm-reservation' || name === 'tdm-policy') found.tdm.push({ name, content });
}

function readLink(found: Found, attributes: Readonly<Record<string, string>>): void {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  const href = attributes.href?.trim();
  if (href === undefined || href === '') return;
  const link = { href, ...(attributes.title === undefined ? {} : { title: attributes.title }) };
  if (rel.includes('describedby')) found.declarationUrl ??= href;
  if (rel.includes(CC_SIGNAL_RELATION)) found.signalLinks.push(link);
  if (!rel.includes('license')) return;
  if ((attributes.type ?? '').trim().toLowerCase() === RSL_MEDIA_TYPE) found.rslLicenseUrl ??= href;
  else found.licenses.push(link);
}

function toResult(found: Found, vocabulary: Vocabulary, options: ContentUsageReadOptions): ParsedHtmlHead {
  const { robots, tdm, ...rest } = found;
  const { reservation, policy } = parseTdmrepMeta(tdm);
  const parsed = found.contentUsage.map((value) => parseContentUsage(value, vocabulary, options));
  const statements = parsed.map((value) => value.preferences);
  const urls = new Set([...found.licenses, ...found.signalLinks].map((link) => link.href));
  return {
    ...rest,
    preferences: combinePreferences(...statements),
    signals: [...new Set(allSignalVersions().filter((signal) => urls.has(signal.url)).map((signal) => signal.token))],
    noai: parseNoai(robots).directives,
    legacy: parsed.flatMap((value) => value.legacy),
    ...(reservation === undefined ? {} : { tdmReservation: reservation }),
    ...(policy === undefined ? {} : { tdmPolicy: policy }),
  };
}
