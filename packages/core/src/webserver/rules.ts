// The CMS-neutral input of the web-server snippets: which headers each served file gets.
import type { EmitOptions } from '../emit.js';
import { serializeContentUsage } from '../content-usage.js';
import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import { siteHeaders } from '../site/headers.js';

/** One file (a URL path as the web server sees it, e.g. `/wp-content/uploads/2026/01/a.jpg`) and its preferences. */
export interface FileRule {
  readonly path: string;
  readonly preferences: Preferences;
}

/** What a snippet states: the default of every file it covers, and the files that differ. */
export interface FileRules {
  /** URL path prefix the snippet covers, e.g. `/wp-content/uploads/` (starts and ends with `/`). */
  readonly prefix: string;
  /** Preferences of every file under the prefix without its own rule (empty: no header). */
  readonly defaults: Preferences;
  readonly files: readonly FileRule[];
  /**
   * The site's emit options: the snippets send every header the CMS sends for a page
   * (`Content-Usage`, `Link`, TDMRep, `X-Robots-Tag`), as core's siteHeaders() writes them.
   */
  readonly options?: EmitOptions;
  /**
   * The headers to write (usual spelling, a subset of {@link WEBSERVER_HEADERS}); default: those
   * any rule sends. A map rewritten while the server config stays (Ghost's) names them all, so
   * every variable its `add_header` lines read stays defined.
   */
  readonly headers?: readonly string[];
}

/** The headers core sends for a page, in the order signalHeaders() writes them. */
export const WEBSERVER_HEADERS: readonly string[] = ['Content-Usage', 'Link', 'tdm-reservation', 'tdm-policy', 'X-Robots-Tag'];

/** A file rule with its headers (usual spelling → value), checked for the config syntaxes. */
export interface CheckedRule {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Checked rules: every header name any rule sends (core's order), the defaults' headers, the files. */
export interface CheckedRules {
  readonly prefix: string;
  readonly names: readonly string[];
  readonly defaults: Readonly<Record<string, string>>;
  readonly files: readonly CheckedRule[];
}

// Characters no config syntax here needs to quote: no whitespace, quotes, backslashes, braces,
// `$` (nginx variables), `;` or `#` (comments), angle brackets (Apache sections) or controls.
const SAFE_PATH = /^\/[^\s"'\\<>{}$;#\p{Cc}]*$/u;

// Header values: printable ASCII and spaces, without `\` (an escape in both syntaxes) and `$`
// (an nginx variable, which has no escape). `"` and Apache's `%` are escaped when written.
const SAFE_VALUE = /^[\x20-\x23\x25-\x5b\x5d-\x7e]*$/;

/** Checks a URL path for the snippets; throws a ValidationError naming it otherwise. */
export function checkPath(path: string, field: string): string {
  if (!SAFE_PATH.test(path)) {
    throw new ValidationError(
      `${field}: ${JSON.stringify(path)} cannot be written safely in a web-server config; expected a URL path starting with "/" without whitespace, quotes, backslashes, braces, "$", ";", "#", "<" or ">"`,
      { field, allowed: ['a URL path starting with "/"'] },
    );
  }
  return path;
}

/** The Content-Usage value of preferences ('' for none), checked to need no quoting. */
export function headerValue(preferences: Preferences, field: string): string {
  const value = serializeContentUsage(preferences);
  if (!/^[\x21\x23-\x5b\x5d-\x7e]*$/.test(value)) { // visible ASCII without `"` and `\`
    throw new ValidationError(`${field}: the Content-Usage value ${JSON.stringify(value)} needs quoting`, { field });
  }
  return value;
}

/** The headers core sends for preferences with the site's options, each value checked for the config syntaxes. */
export function ruleHeaders(preferences: Preferences, options: EmitOptions | undefined, field: string): Record<string, string> {
  const headers = siteHeaders(preferences, options);
  for (const [name, value] of Object.entries(headers)) {
    if (!SAFE_VALUE.test(value)) {
      throw new ValidationError(
        `${field}: the ${name} value ${JSON.stringify(value)} cannot be written in a web-server config; expected printable ASCII without "\\" or "$" (check the URLs in the emit options)`,
        { field, allowed: ['printable ASCII without "\\" or "$"'] },
      );
    }
  }
  return headers;
}

/** Validates the rules: the prefix, every path under it (sorted, no duplicates), every header value. */
export function checkRules(rules: FileRules): CheckedRules {
  const prefix = checkPath(rules.prefix, 'prefix');
  if (!prefix.endsWith('/')) throw new ValidationError('prefix: must end with "/"', { field: 'prefix' });
  const seen = new Map<string, Record<string, string>>();
  for (const [index, file] of rules.files.entries()) {
    const path = checkPath(file.path, `files[${index}].path`);
    if (!path.startsWith(prefix)) {
      throw new ValidationError(`files[${index}].path: ${JSON.stringify(path)} is not under ${JSON.stringify(prefix)}`, { field: `files[${index}].path` });
    }
    const headers = ruleHeaders(file.preferences, rules.options, `files[${index}].preferences`);
    const before = seen.get(path);
    if (before !== undefined && JSON.stringify(before) !== JSON.stringify(headers)) {
      throw new ValidationError(`files[${index}].path: ${JSON.stringify(path)} has two different rules`, { field: `files[${index}].path` });
    }
    seen.set(path, headers);
  }
  const files = [...seen].map(([path, headers]) => ({ path, headers })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const defaults = ruleHeaders(rules.defaults, rules.options, 'defaults');
  const used = new Set([defaults, ...files.map((file) => file.headers)].flatMap((headers) => Object.keys(headers)));
  const names = rules.headers === undefined ? orderHeaderNames(used) : checkNames(rules.headers);
  return { prefix, names, defaults, files };
}

/** Header names in WEBSERVER_HEADERS order, any others after them as first used. */
export function orderHeaderNames(used: Iterable<string>): string[] {
  const names = [...new Set(used)];
  return [...WEBSERVER_HEADERS.filter((name) => names.includes(name)), ...names.filter((name) => !WEBSERVER_HEADERS.includes(name))];
}

function checkNames(names: readonly string[]): string[] {
  for (const [index, name] of names.entries()) {
    if (!WEBSERVER_HEADERS.includes(name)) {
      throw new ValidationError(`headers[${index}]: ${JSON.stringify(name)} is not a header core sends; expected one of ${WEBSERVER_HEADERS.join(', ')}`, { field: `headers[${index}]`, allowed: [...WEBSERVER_HEADERS] });
    }
  }
  return [...names];
}
