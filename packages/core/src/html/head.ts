import { serializeContentUsage } from '../content-usage.js';
import { CC_SIGNAL_RELATION, CONTENT_USAGE_META_NAME, withDefaults, type EmitOptions } from '../emit.js';
import { escapeHtml } from '../escape.js';
import { noaiDirectives } from '../noai.js';
import type { Preferences } from '../preferences.js';
import { RSL_MEDIA_TYPE } from '../rsl.js';
import { signalsUsed } from '../signals.js';
import { serializeTdmrepMeta } from '../tdmrep.js';
import type { Vocabulary } from '../vocabulary.js';

/** Options of {@link serializeHtmlHead}. */
export interface HtmlHeadOptions extends EmitOptions {
  /** URL of the page that declares the preferences in words; linked with `rel="describedby"`. */
  readonly declarationUrl?: string;
}

/**
 * The tags to put in a page's `<head>`, one per line:
 * `<meta name="content-usage" content="train-ai=n;exceptions=cc-cr">` (the
 * exact `Content-Usage` value), `<link rel="{CC_SIGNAL_RELATION}" href="{signal URL}"
 * title="CC Credit 0.1">` per CC signal (a signal is not a licence), then,
 * when set or enabled, the declaration link, TDMRep metas, the content
 * licence link (`rel="license"`), the RSL licence link and `<meta name="robots"
 * content="noai, noimageai">`. Every attribute is escaped. Empty preferences
 * give ''. Throws a ValidationError like serializeContentUsage.
 */
export function serializeHtmlHead(preferences: Preferences, options?: HtmlHeadOptions): string {
  const settings = withDefaults(options);
  const stated = Object.keys(preferences).length > 0;
  const tags = settings.contentUsage ? contentUsageTags(preferences, settings.vocabulary) : [];
  if (stated && options?.declarationUrl !== undefined) {
    tags.push(tag('link', { rel: 'describedby', type: 'text/html', href: options.declarationUrl }));
  }
  if (settings.tdmrep) {
    for (const meta of serializeTdmrepMeta(preferences, settings)) tags.push(tag('meta', { ...meta }));
  }
  if (settings.contentLicenseUrl !== undefined) {
    tags.push(tag('link', { rel: 'license', href: settings.contentLicenseUrl }));
  }
  if (stated && settings.rslLicenseUrl !== undefined) {
    tags.push(tag('link', { rel: 'license', type: RSL_MEDIA_TYPE, href: settings.rslLicenseUrl }));
  }
  const noai = settings.noai ? noaiDirectives(preferences, settings.vocabulary) : [];
  if (noai.length > 0) tags.push(tag('meta', { name: 'robots', content: noai.join(', ') }));
  return tags.join('\n');
}

function contentUsageTags(preferences: Preferences, vocabulary: Vocabulary): string[] {
  const value = serializeContentUsage(preferences, vocabulary);
  if (value === '') return [];
  return [
    tag('meta', { name: CONTENT_USAGE_META_NAME, content: value }),
    ...signalsUsed(preferences).map((signal) => tag('link', { rel: CC_SIGNAL_RELATION, href: signal.url, title: signal.title })),
  ];
}

function tag(name: 'meta' | 'link', attributes: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeHtml(value)}"`);
  return `<${name}${pairs.join('')}>`;
}
