// nginx: a `map` from the request path to the header value, and the `location` that sends it.
import { checkRules, type FileRules } from './rules.js';

/** The nginx variable the map sets. */
export const NGINX_VARIABLE = '$cc_signals_content_usage';

/**
 * The `map` block (for nginx's `http {}` context): the request path (`$uri`) → the
 * Content-Usage value of that file, `default` for every other file under the prefix.
 */
export function nginxMap(rules: FileRules): string {
  const { defaults, files } = checkRules(rules);
  const lines = [`map $uri ${NGINX_VARIABLE} {`, `\tdefault "${defaults}";`];
  for (const file of files) lines.push(`\t"${file.path}" "${file.value}";`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * The `location` block (for the `server {}` context) that sends the header for the files under
 * the prefix. nginx sends no header whose value is empty. An `add_header` in a location replaces
 * the ones inherited from the server: repeat those there.
 */
export function nginxLocation(rules: FileRules): string {
  const { prefix } = checkRules({ ...rules, files: [] });
  return `location ^~ ${prefix} {\n\tadd_header Content-Usage ${NGINX_VARIABLE} always;\n}\n`;
}

/** Both blocks, with a comment saying where each goes. */
export function nginxSnippet(rules: FileRules): string {
  return `# In the http {} block:\n${nginxMap(rules)}\n# In the server {} block:\n${nginxLocation(rules)}`;
}
