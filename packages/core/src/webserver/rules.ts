// The CMS-neutral input of the web-server snippets: which Content-Usage each served file gets.
import { serializeContentUsage } from '../content-usage.js';
import { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';

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
}

/** A file rule with its header value, checked for the config syntaxes. */
export interface CheckedRule {
  readonly path: string;
  readonly value: string;
}

// Characters no config syntax here needs to quote: no whitespace, quotes, backslashes, braces,
// `$` (nginx variables), `;` or `#` (comments), angle brackets (Apache sections) or controls.
const SAFE_PATH = /^\/[^\s"'\\<>{}$;#\p{Cc}]*$/u;

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

/** Validates the rules: the prefix, every path under it (sorted, no duplicates), every value. */
export function checkRules(rules: FileRules): { prefix: string; defaults: string; files: CheckedRule[] } {
  const prefix = checkPath(rules.prefix, 'prefix');
  if (!prefix.endsWith('/')) throw new ValidationError('prefix: must end with "/"', { field: 'prefix' });
  const seen = new Map<string, string>();
  for (const [index, file] of rules.files.entries()) {
    const path = checkPath(file.path, `files[${index}].path`);
    if (!path.startsWith(prefix)) {
      throw new ValidationError(`files[${index}].path: ${JSON.stringify(path)} is not under ${JSON.stringify(prefix)}`, { field: `files[${index}].path` });
    }
    const value = headerValue(file.preferences, `files[${index}].preferences`);
    if (seen.has(path) && seen.get(path) !== value) {
      throw new ValidationError(`files[${index}].path: ${JSON.stringify(path)} has two different rules`, { field: `files[${index}].path` });
    }
    seen.set(path, value);
  }
  const files = [...seen].map(([path, value]) => ({ path, value })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { prefix, defaults: headerValue(rules.defaults, 'defaults'), files };
}
