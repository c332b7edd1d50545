/**
 * Whether two URLs name the same resource for the reader: scheme and host
 * compared case-insensitively, default ports dropped, the fragment ignored,
 * and a trailing slash on the path not significant.
 */
export function sameResource(a: string, b: string): boolean {
  const left = normalize(a);
  return left !== undefined && left === normalize(b);
}

function normalize(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href;
}
