import type { EmitOptions } from '../emit.js';
import { headerName, signalHeaders } from '../http.js';
import type { Preferences } from '../preferences.js';

/** Fields whose values are lists (RFC 9110 § 5.3): a value already sent is extended, not replaced. */
const LIST_FIELDS = new Set(['link', 'x-robots-tag']);

export { headerName };

/** Headers already set on a response: a Fetch `Headers`, a record, or `[name, value]` pairs. */
export type ExistingHeaders =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>;

function existingValues(existing: ExistingHeaders | undefined, name: string): string[] {
  if (existing === undefined) return [];
  if (typeof Headers !== 'undefined' && existing instanceof Headers) {
    const value = existing.get(name);
    return value === null ? [] : [value];
  }
  const pairs: Iterable<readonly [string, string | readonly string[] | undefined]> =
    Symbol.iterator in existing
      ? (existing as Iterable<readonly [string, string]>)
      : Object.entries(existing);
  const values: string[] = [];
  for (const [key, value] of pairs) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    values.push(...(typeof value === 'string' ? [value] : value));
  }
  return values;
}

/**
 * The response headers of a request that states `preferences`, names in their
 * usual spelling, to be set (replacing any of the same name). `Link` and
 * `X-Robots-Tag` already present in `existing` (sent by the CMS or another
 * plugin) are kept: the values are joined with ours (`<a>; rel="x", <b>; rel="license"`).
 */
export function siteHeaders(
  preferences: Preferences,
  options?: EmitOptions,
  existing?: ExistingHeaders,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signalHeaders(preferences, options))) {
    const before = LIST_FIELDS.has(name) ? existingValues(existing, name) : [];
    headers[headerName(name)] = [...before, value].join(', ');
  }
  return headers;
}
