import { serializeContentUsage } from './content-usage.js';
import { CC_SIGNAL_RELATION, withDefaults, type EmitOptions } from './emit.js';
import { noaiDirectives } from './noai.js';
import type { Preferences } from './preferences.js';
import { signalsUsed } from './signals.js';
import { serializeTdmrepHeaders } from './tdmrep.js';

/** HTTP response header fields, by lowercase name. */
export type SignalHeaders = Record<string, string>;

/**
 * The response headers that carry these preferences: `Content-Usage`,
 * `Link: <signal text>; rel="{CC_SIGNAL_RELATION}"` for each CC signal
 * named (a signal is not a licence), and, when set or enabled, the content
 * licence (`rel="license"`), the RSL licence link, TDMRep fields and `X-Robots-Tag: noai`.
 * Empty preferences give no header at all.
 */
export function signalHeaders(preferences: Preferences, options?: EmitOptions): SignalHeaders {
  const settings = withDefaults(options);
  const headers: SignalHeaders = {};
  const contentUsage = settings.contentUsage ? serializeContentUsage(preferences, settings.vocabulary) : '';
  if (contentUsage !== '') headers['content-usage'] = contentUsage;
  const links = linkValues(preferences, settings);
  if (links.length > 0) headers.link = links.join(', ');
  if (settings.tdmrep) Object.assign(headers, serializeTdmrepHeaders(preferences, settings));
  const noai = settings.noai ? noaiDirectives(preferences, settings.vocabulary) : [];
  if (noai.length > 0) headers['x-robots-tag'] = noai.join(', ');
  return headers;
}

function linkValues(preferences: Preferences, settings: EmitOptions): string[] {
  const links =
    settings.contentUsage === false
      ? []
      : signalsUsed(preferences).map((signal) => `<${signal.url}>; rel="${CC_SIGNAL_RELATION}"`);
  if (settings.contentLicenseUrl !== undefined) links.push(`<${settings.contentLicenseUrl}>; rel="license"`);
  if (settings.rslLicenseUrl !== undefined && Object.keys(preferences).length > 0) {
    links.push(`<${settings.rslLicenseUrl}>; rel="license"; type="application/rsl+xml"`);
  }
  return links;
}

/** The part of Node's `ServerResponse` (and Connect/Express responses) the helper uses. */
export interface NodeResponseLike {
  getHeader(name: string): number | string | string[] | undefined;
  setHeader(name: string, value: string | string[]): unknown;
}

/** The usual spelling of the header fields core writes, by lowercase name. */
const SPELLING: Readonly<Record<string, string>> = {
  'content-usage': 'Content-Usage',
  link: 'Link',
  'x-robots-tag': 'X-Robots-Tag',
  'tdm-reservation': 'tdm-reservation',
  'tdm-policy': 'tdm-policy',
};

/** The usual spelling of a header name (`content-usage` → `Content-Usage`); other names as given. */
export function headerName(name: string): string {
  return SPELLING[name.toLowerCase()] ?? name;
}

/**
 * Sets the signal headers on a Node `ServerResponse`, names in their usual
 * spelling. A `Link` or `X-Robots-Tag` already set by the application is
 * kept and extended.
 */
export function setSignalHeaders(response: NodeResponseLike, preferences: Preferences, options?: EmitOptions): void {
  for (const [name, value] of Object.entries(signalHeaders(preferences, options))) {
    const existing = response.getHeader(name);
    const before = existing === undefined || !isListField(name) ? [] : [existing].flat().map(String);
    response.setHeader(headerName(name), [...before, value].join(', '));
  }
}

/** A copy of a Fetch `Response` with the signal headers added. */
export function withSignalHeaders(response: Response, preferences: Preferences, options?: EmitOptions): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(signalHeaders(preferences, options))) {
    if (isListField(name)) headers.append(name, value);
    else headers.set(name, value);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function isListField(name: string): boolean {
  return name === 'link' || name === 'x-robots-tag';
}

/**
 * Connect-style middleware: asks `resolve` which preferences apply to a
 * request and sets the headers before the application answers.
 */
export function signalsMiddleware<Req>(
  resolve: (request: Req) => Preferences | undefined,
  options?: EmitOptions,
): (request: Req, response: NodeResponseLike, next: () => void) => void {
  return (request, response, next) => {
    const preferences = resolve(request);
    if (preferences) setSignalHeaders(response, preferences, options);
    next();
  };
}
