// Apache: an .htaccess for the directory the rules cover (mod_headers, Apache 2.4 expressions).
import { checkRules, type FileRules } from './rules.js';

/** The markers WordPress's insert_with_markers() and similar tools look for. */
export const APACHE_MARKER = 'CC Signals';

/**
 * The `.htaccess` block for the directory at `rules.prefix` (e.g. the uploads folder): a
 * `Content-Usage` header for every file, with the default, and one `<If>` per file that differs.
 * Paths and values are validated so that no quoting is needed (see checkRules()).
 */
export function apacheHtaccess(rules: FileRules): string {
  const { defaults, files } = checkRules(rules);
  const lines = [`# BEGIN ${APACHE_MARKER}`, '# Content-Usage (IETF AI Preferences) for these files; needs mod_headers.', '<IfModule mod_headers.c>'];
  if (defaults !== '') lines.push(`\tHeader always set Content-Usage "${defaults}"`);
  for (const file of files) {
    lines.push(`\t<If "%{REQUEST_URI} == '${file.path}'">`);
    lines.push(file.value === '' ? '\t\tHeader always unset Content-Usage' : `\t\tHeader always set Content-Usage "${file.value}"`);
    lines.push('\t</If>');
  }
  lines.push('</IfModule>', `# END ${APACHE_MARKER}`);
  return `${lines.join('\n')}\n`;
}
