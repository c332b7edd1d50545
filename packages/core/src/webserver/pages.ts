// Cached pages: a page cache that serves HTML without PHP loses the headers the CMS sends. These
// snippets state them from the same path rules as robots.txt (core's siteRobotsRules()), with the
// same longest-match reading, matched on the request target as the client sent it.
import type { EmitOptions } from '../emit.js';
import { ValidationError } from '../errors.js';
import type { PathPreferences } from '../robots/types.js';
import { siteRobotsRules } from '../site/robots.js';
import type { Site } from '../site/types.js';
import { APACHE_MARKER, apacheQuote } from './apache.js';
import { nginxQuote, nginxVariable } from './nginx.js';
import { checkPath, orderHeaderNames, ruleHeaders } from './rules.js';

/** What the page snippets state: robots.txt's path rules (RFC 9309 patterns) and the site's emit options. */
export interface PageRules {
  readonly rules: readonly PathPreferences[];
  readonly options?: EmitOptions;
  /**
   * URL path prefixes another snippet covers (the uploads folder's own `.htaccess`): Apache's
   * chain leaves them alone, as two mod_headers tables would send a header twice.
   */
  readonly skip?: readonly string[];
}

/** A checked page rule: its regex (on the raw request target) and the index of its header set. */
interface CheckedPage {
  readonly regex: string;
  readonly length: number;
  readonly set: number;
}

// Patterns as robots.txt writes them (percent-encoded, `*` wildcards, a final `$`), without what
// the config syntaxes or the regex delimiters would need escaped.
const PAGE_PATTERN = /^\/[^\s"\\#$\p{Cc}]*\$?$/u;

/** The page rules of a site: its robots.txt rules (section defaults, then items) and its options. */
export function sitePageRules(site: Site): PageRules {
  const { defaults, items } = siteRobotsRules(site);
  return { rules: [...defaults, ...items.map(({ path, preferences }) => ({ path, preferences }))], ...(site.options ? { options: site.options } : {}) };
}

/**
 * The regex for a robots.txt pattern on the request target (path and query, percent-encoded as
 * sent): a prefix match, `*` any run of characters, a final `$` the end of the path; hex digits
 * of percent-escapes match in either case, as clients write both.
 */
export function pageRegex(pattern: string): string {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const out = body.replace(/%([0-9A-Fa-f])([0-9A-Fa-f])|[*.^|?+()[\]{}]/g, (match: string, high?: string, low?: string) => {
    if (high !== undefined && low !== undefined) return `%${hexClass(high)}${hexClass(low)}`;
    return match === '*' ? '.*' : `\\${match}`;
  });
  return anchored ? `${out}(\\?|$)` : out;
}

function hexClass(digit: string): string {
  return /[A-Fa-f]/.test(digit) ? `[${digit.toUpperCase()}${digit.toLowerCase()}]` : digit;
}

/** Validates the rules; returns the header sets (deduplicated) and the rules longest pattern first. */
export function checkPageRules(rules: PageRules): { names: string[]; sets: Record<string, string>[]; pages: CheckedPage[] } {
  const sets: Record<string, string>[] = [];
  const keys = new Map<string, number>();
  const pages: CheckedPage[] = [];
  for (const [index, rule] of rules.rules.entries()) {
    if (!PAGE_PATTERN.test(rule.path)) {
      throw new ValidationError(`rules[${index}].path: ${JSON.stringify(rule.path)} cannot be written safely in a web-server config; expected a robots.txt path starting with "/" without whitespace, quotes, backslashes or "#", "$" only at the end`, { field: `rules[${index}].path`, allowed: ['a robots.txt path starting with "/"'] });
    }
    const headers = ruleHeaders(rule.preferences, rules.options, `rules[${index}].preferences`);
    const key = JSON.stringify(headers);
    const set = keys.get(key) ?? sets.push(headers) - 1;
    keys.set(key, set);
    pages.push({ regex: pageRegex(rule.path), length: rule.path.length, set });
  }
  pages.sort((a, b) => b.length - a.length); // stable: of two rules of one length, the first listed
  return { names: orderHeaderNames(sets.flatMap((headers) => Object.keys(headers))), sets, pages };
}

/**
 * nginx: a `map` from `$request_uri` (the target as sent: a page cache's `try_files` changes
 * `$uri`) to a rule number, regexes longest pattern first, since nginx takes the first regex
 * that matches: that is robots.txt's longest match; then one `map` per header from the rule
 * number to the value, and the `add_header` lines for the location that serves cached pages.
 */
export function nginxPagesSnippet(rules: PageRules): string {
  const { names, sets, pages } = checkPageRules(rules);
  const lines = ['# In the http {} block:', 'map $request_uri $cc_signals_page {', '\tdefault "";'];
  for (const page of pages) lines.push(`\t"~^${page.regex}" ${page.set};`);
  lines.push('}');
  for (const name of names) {
    lines.push(`map $cc_signals_page ${nginxVariable(`page-${name}`)} {`, '\tdefault "";');
    for (const [index, headers] of sets.entries()) {
      if (headers[name] !== undefined) lines.push(`\t${index} ${nginxQuote(headers[name])};`);
    }
    lines.push('}');
  }
  lines.push('', '# In the location that serves cached pages without PHP (not the one that passes requests to PHP, which sends these itself):');
  for (const name of names) lines.push(`add_header ${name} ${nginxVariable(`page-${name}`)} always;`);
  return `${lines.join('\n')}\n`;
}

/**
 * Apache: for the site root's `.htaccess`, an `<If>`/`<ElseIf>` chain on the request line,
 * longest pattern first, so one branch applies: robots.txt's longest match. `Header setifempty`
 * leaves what PHP sent in place: only pages served without PHP take these values.
 */
export function apachePagesHtaccess(rules: PageRules): string {
  const { names, sets, pages } = checkPageRules(rules);
  const lines = [`# BEGIN ${APACHE_MARKER} cached pages`, '# AI usage headers for pages a cache serves without PHP; needs mod_headers (Apache 2.4.7+).', '<IfModule mod_headers.c>'];
  for (const [index, prefix] of (rules.skip ?? []).entries()) {
    const keyword = index === 0 ? 'If' : 'ElseIf';
    lines.push(`\t<${keyword} "%{THE_REQUEST} =~ m#^[A-Z]+ ${pageRegex(checkPath(prefix, `skip[${index}]`))}#">`, '\t\t# Left to its own .htaccess.', `\t</${keyword}>`);
  }
  const skipped = rules.skip?.length ?? 0;
  for (const [at, page] of pages.entries()) {
    const index = at + skipped;
    lines.push(`\t<${index === 0 ? 'If' : 'ElseIf'} "%{THE_REQUEST} =~ m#^[A-Z]+ ${page.regex}#">`);
    const headers = sets[page.set] ?? {};
    for (const name of names) {
      if (headers[name] !== undefined) lines.push(`\t\tHeader setifempty ${name} ${apacheQuote(headers[name])}`);
    }
    lines.push(`\t</${index === 0 ? 'If' : 'ElseIf'}>`);
  }
  lines.push('</IfModule>', `# END ${APACHE_MARKER} cached pages`);
  return `${lines.join('\n')}\n`;
}
