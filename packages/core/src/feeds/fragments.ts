import { serializeContentUsage } from '../content-usage.js';
import { names } from '../bindings.js';
import { CC_SIGNAL_RELATION, CC_SIGNALS_NAMESPACE, withDefaults, type EmitOptions } from '../emit.js';
import type { Preferences } from '../preferences.js';
import { RSL_MEDIA_TYPE, RSL_NAMESPACE, serializeRslContent } from '../rsl.js';
import { signalsUsed } from '../signals.js';
import { xmlValue } from '../xml.js';

/** The Atom namespace (RFC 4287), also used in RSS for RFC 4946 licence links. */
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** The prefix this package declares for {@link CC_SIGNALS_NAMESPACE}. */
export const CC_SIGNALS_PREFIX = names.namespacePrefix;

/** The local name of the feed element that carries a `Content-Usage` value. */
export const CONTENT_USAGE_ELEMENT = names.feedElement;

/** Options of the feed serializers: the shared emit options (`vocabulary` among them). */
export type FeedOptions = EmitOptions;

/** One item or entry, as the element helpers need it. */
export interface FeedItemFragmentInput {
  /** The item's URL: the `url` of its RSL `<content>`. */
  readonly link: string;
  /** The item's own preferences; when absent, the channel's apply and no item element is written. */
  readonly preferences?: Preferences;
  /** The channel's preferences, stated in RSL for items without their own. */
  readonly channel?: Preferences;
}

/**
 * Whether RSL terms are written: only when the publisher has an RSL licence
 * URL. Throws a ValidationError when that URL is not absolute http(s).
 */
export function rslApplies(options: EmitOptions | undefined): boolean {
  return withDefaults(options).rslLicenseUrl !== undefined;
}

/** The namespace declarations a feed root needs for these options, as attribute name → URI. */
export function feedNamespaces(options: EmitOptions | undefined, atomPrefix: boolean): Record<string, string> {
  return {
    [`xmlns:${CC_SIGNALS_PREFIX}`]: CC_SIGNALS_NAMESPACE,
    ...(atomPrefix ? { 'xmlns:atom': ATOM_NAMESPACE } : {}),
    ...(rslApplies(options) ? { 'xmlns:rsl': RSL_NAMESPACE } : {}),
  };
}

/** Attributes as ` name="value"` pairs, values escaped. */
export function formatAttributes(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${xmlValue(value)}"`)
    .join('');
}

/**
 * The elements for one statement, channel or item alike: the `Content-Usage`
 * value in our namespace, a link to each CC signal's text with the relation
 * {@link CC_SIGNAL_RELATION} (a signal is not a licence), and, for a
 * channel, the RFC 4946 licence links of real licences: the site's content
 * licence and the RSL licence. `linkTag` is `atom:link` in RSS and `link` in
 * Atom. Throws a ValidationError like serializeContentUsage.
 */
export function statementElements(
  preferences: Preferences,
  linkTag: string,
  options: FeedOptions | undefined,
  channel: boolean,
): string[] {
  const settings = withDefaults(options);
  const value = settings.contentUsage ? serializeContentUsage(preferences, settings.vocabulary) : '';
  const elements: string[] = [];
  if (value !== '') {
    const tag = `${CC_SIGNALS_PREFIX}:${CONTENT_USAGE_ELEMENT}`;
    elements.push(`<${tag}>${xmlValue(value)}</${tag}>`);
    for (const signal of signalsUsed(preferences)) {
      elements.push(`<${linkTag}${formatAttributes({ rel: CC_SIGNAL_RELATION, href: signal.url, title: signal.title })}/>`);
    }
  }
  if (channel && settings.contentLicenseUrl !== undefined) {
    elements.push(`<${linkTag}${formatAttributes({ rel: 'license', href: settings.contentLicenseUrl })}/>`);
  }
  if (channel && settings.rslLicenseUrl !== undefined && Object.keys(preferences).length > 0) {
    const attributes = { rel: 'license', type: RSL_MEDIA_TYPE, href: settings.rslLicenseUrl };
    elements.push(`<${linkTag}${formatAttributes(attributes)}/>`);
  }
  return elements;
}

/** The elements for one item or entry: its own statement, then its RSL terms. */
export function itemElements(item: FeedItemFragmentInput, linkTag: string, options: FeedOptions | undefined): string[] {
  const own = item.preferences === undefined ? [] : statementElements(item.preferences, linkTag, options, false);
  if (!rslApplies(options)) return own;
  const effective = item.preferences ?? item.channel ?? {};
  const rsl = serializeRslContent(effective, item.link, {
    prefix: 'rsl',
    vocabulary: withDefaults(options).vocabulary,
    anyAiTraining: options?.anyAiTraining ?? false,
  });
  return rsl === '' ? own : [...own, rsl];
}

/** Indents every line of a fragment. */
export function indent(fragment: string, pad: string): string {
  return fragment
    .split('\n')
    .map((line) => (line === '' ? line : `${pad}${line}`))
    .join('\n');
}

/** Lines of a document, each ending with a newline. */
export function lines(parts: readonly string[]): string {
  return parts.map((line) => `${line}\n`).join('');
}
