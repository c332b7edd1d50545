// nginx: a `map` from the request path to the header value, and the `location` that sends it.
import { checkRules, type FileRules } from './rules.js';

/** The nginx variable of the Content-Usage map. */
export const NGINX_VARIABLE = '$cc_signals_content_usage';

/** nginx's default `map_hash_bucket_size` on most CPUs (their cache line size). */
const NGINX_DEFAULT_BUCKET = 64;

/**
 * The `map_hash_bucket_size` the keys need, or 0 when nginx's default is enough. nginx refuses
 * to start ("could not build map_hash") when one key does not fit a bucket: a bucket holds a
 * pointer, then each key as a pointer plus its bytes + 2 rounded up to 8 (64-bit builds).
 * WordPress upload paths (`/wp-content/uploads/2026/01/` + a file name) pass the default from
 * about 46 bytes on.
 */
export function nginxBucketSize(paths: readonly string[]): number {
  const longest = Math.max(0, ...paths.map((path) => new TextEncoder().encode(path).length));
  const needed = 16 + Math.ceil((longest + 2) / 8) * 8;
  if (needed <= NGINX_DEFAULT_BUCKET) return 0;
  let size = NGINX_DEFAULT_BUCKET;
  while (size < needed) size *= 2;
  return size;
}

/** The nginx variable that holds a header's value: `$cc_signals_` + the name in snake case. */
export function nginxVariable(name: string): string {
  return `$cc_signals_${name.toLowerCase().replace(/-/g, '_')}`;
}

/** A value as an nginx quoted string (values never hold `$` or `\\`: see checkRules()). */
/** A double-quoted nginx string. */
export function nginxQuote(value: string): string {
  return `"${value.replace(/"/g, '\\"')}"`;
}

/**
 * The `map` blocks (for nginx's `http {}` context), one per header the rules send (core's
 * siteHeaders() with `rules.options`): the request path (`$uri`) → that header's value for the
 * file, `default` for every other file under the prefix. When a path is too long for nginx's
 * default hash buckets, a `map_hash_bucket_size` line comes first.
 */
export function nginxMap(rules: FileRules): string {
  const { names, defaults, files } = checkRules(rules);
  const bucket = nginxBucketSize(files.map((file) => file.path));
  const lines = bucket === 0 ? [] : [
    '# Long paths need larger map hash buckets; if your http {} block sets map_hash_bucket_size, keep the larger value there instead.',
    `map_hash_bucket_size ${bucket};`,
  ];
  for (const name of names.length === 0 ? ['Content-Usage'] : names) {
    lines.push(`map $uri ${nginxVariable(name)} {`, `\tdefault ${nginxQuote(defaults[name] ?? '')};`);
    for (const file of files) lines.push(`\t"${file.path}" ${nginxQuote(file.headers[name] ?? '')};`);
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}

/** The `add_header` lines for the headers the rules send (nginx sends none whose value is empty). */
export function nginxAddHeaders(rules: FileRules, indent = ''): string {
  const { names } = checkRules(rules);
  return (names.length === 0 ? ['Content-Usage'] : names).map((name) => `${indent}add_header ${name} ${nginxVariable(name)} always;\n`).join('');
}

/**
 * The `location` block (for the `server {}` context) that sends the headers for the files
 * under the prefix. An `add_header` in a location replaces the ones inherited from the
 * server: repeat those there.
 */
export function nginxLocation(rules: FileRules): string {
  const { prefix } = checkRules({ ...rules, files: [] });
  return `location ^~ ${prefix} {\n${nginxAddHeaders(rules, '\t')}}\n`;
}

/** Both blocks, with a comment saying where each goes. */
export function nginxSnippet(rules: FileRules): string {
  return `# In the http {} block:\n${nginxMap(rules)}\n# In the server {} block:\n${nginxLocation(rules)}`;
}
