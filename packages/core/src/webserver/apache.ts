// Apache: an .htaccess for the directory the rules cover (mod_headers, Apache 2.4 expressions).
import { checkRules, type FileRules } from './rules.js';

/** The markers WordPress's insert_with_markers() and similar tools look for. */
export const APACHE_MARKER = 'CC Signals';

/** A value as a quoted mod_headers argument: `%` is its format escape, `\"` the config's quote escape. */
/** A double-quoted Apache directive argument (`%` doubled for mod_headers). */
export function apacheQuote(value: string): string {
  return `"${value.replace(/%/g, '%%').replace(/"/g, '\\"')}"`;
}

/**
 * The `.htaccess` block for the directory at `rules.prefix` (e.g. the uploads folder): every
 * header the CMS sends for a page (core's siteHeaders() with `rules.options`) for every file,
 * with the default, and one `<If>` per file that differs, setting or unsetting each header.
 * Paths are validated so that no quoting is needed (see checkRules()); values are quoted.
 */
export function apacheHtaccess(rules: FileRules): string {
  const { names, defaults, files } = checkRules(rules);
  const lines = [`# BEGIN ${APACHE_MARKER}`, '# AI usage headers (CC signals, IETF AI Preferences) for these files; needs mod_headers.', '<IfModule mod_headers.c>'];
  for (const name of names) {
    if (defaults[name] !== undefined) lines.push(`\tHeader always set ${name} ${apacheQuote(defaults[name])}`);
  }
  for (const file of files) {
    lines.push(`\t<If "%{REQUEST_URI} == '${file.path}'">`);
    for (const name of names) {
      const value = file.headers[name];
      lines.push(value === undefined ? `\t\tHeader always unset ${name}` : `\t\tHeader always set ${name} ${apacheQuote(value)}`);
    }
    lines.push('\t</If>');
  }
  lines.push('</IfModule>', `# END ${APACHE_MARKER}`);
  return `${lines.join('\n')}\n`;
}
