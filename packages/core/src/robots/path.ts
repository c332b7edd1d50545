import { ValidationError } from '../errors.js';
import { isSingleLine } from '../escape.js';

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const RESERVED = ":/?#[]@!$&'()*+,;=";
const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;
const encoder = new TextEncoder();

function hex(octet: number): string {
  return `%${octet.toString(16).toUpperCase().padStart(2, '0')}`;
}

function percentEncode(text: string): string {
  let out = '';
  for (const octet of encoder.encode(text)) out += hex(octet);
  return out;
}

/** A `%XX` triplet as RFC 9309 compares it: unreserved characters decoded, the rest kept (upper-case hex). */
function decodeTriplet(pair: string): string {
  const octet = parseInt(pair, 16);
  const char = String.fromCharCode(octet);
  return octet < 0x80 && UNRESERVED.test(char) ? char : hex(octet);
}

/** Delimiters that RFC 9309 § 2.2.2's example table percent-encodes inside a query (`?baz=https://foo.bar`). */
const QUERY_ENCODED = ':/@[]';

function normalizeChar(char: string, mode: 'url' | 'pattern', last: boolean, inQuery: boolean): string {
  if (inQuery && QUERY_ENCODED.includes(char)) return percentEncode(char);
  // In a URL, `*` and `$` are data; RFC 9309 § 2.2.3 has rules name them `%2A` and `%24`.
  if (char === '*') return mode === 'pattern' ? '*' : '%2A';
  if (char === '$') return mode === 'pattern' && last ? '$' : '%24';
  if (char === '%') return '%25';
  if (char.length === 1 && char < '\u0080' && (UNRESERVED.test(char) || RESERVED.includes(char)))
    return char;
  return percentEncode(char);
}

function normalize(input: string, mode: 'url' | 'pattern'): string {
  let out = '';
  let index = 0;
  let inQuery = false;
  while (index < input.length) {
    const pair = input.slice(index + 1, index + 3);
    if (input[index] === '%' && HEX_PAIR.test(pair)) {
      out += decodeTriplet(pair);
      index += 3;
      continue;
    }
    const code = input.codePointAt(index) ?? 0;
    const char = String.fromCodePoint(code);
    index += char.length;
    out += normalizeChar(char, mode, index === input.length, inQuery);
    if (char === '?') inQuery = true;
  }
  return out;
}

/**
 * The path and query of a URL in the form RFC 9309 § 2.2.2 compares:
 * non-ASCII and unsafe octets percent-encoded, percent-encoded unreserved
 * characters decoded, other triplets upper-cased, and `*` and `$` written
 * `%2A` and `%24` so that only a rule's own `*` and `$` are special.
 * A fragment is dropped.
 */
export function normalizeRobotsUrlPath(path: string): string {
  const hash = path.indexOf('#');
  return normalize(hash === -1 ? path : path.slice(0, hash), 'url');
}

/**
 * A rule's path pattern in the form RFC 9309 compares; `*` stays a wildcard
 * and `$` an anchor when it ends the pattern (elsewhere it is a literal `$`).
 */
export function normalizeRobotsPattern(pattern: string): string {
  return normalize(pattern, 'pattern');
}

/** The path and query of an absolute URL, or the string itself read as a path (a `/` added in front if missing). */
export function urlPathOf(url: string | URL): string {
  if (url instanceof URL) return url.pathname + url.search;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      return parsed.pathname + parsed.search;
    } catch {
      // Not a URL after all: read it as a path.
    }
  }
  return url.startsWith('/') ? url : `/${url}`;
}

/**
 * Whether a normalized pattern matches a normalized path: a prefix match
 * where `*` matches any run of characters and a final `$` anchors the end.
 * Each segment between `*`s is matched at its earliest position after the
 * previous one (greedy earliest is optimal here), so there is no backtracking.
 */
export function robotsPatternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const segments = (anchored ? pattern.slice(0, -1) : pattern).split('*');
  const first = segments[0] ?? '';
  if (!path.startsWith(first)) return false;
  if (segments.length === 1) return !anchored || path.length === first.length;
  let position = first.length;
  for (const segment of segments.slice(1, -1)) {
    const found = path.indexOf(segment, position);
    if (found === -1) return false;
    position = found + segment.length;
  }
  const tail = segments[segments.length - 1] ?? '';
  if (!anchored) return path.indexOf(tail, position) !== -1;
  return path.length - tail.length >= position && path.endsWith(tail);
}

/**
 * Checks a path that an emitter is about to write and returns it
 * percent-encoded: it must start with `/` and hold no whitespace or control
 * characters; `#` (a comment in robots.txt), `%` that starts no triplet,
 * non-ASCII and other unsafe characters are percent-encoded. `*` and `$` keep
 * their pattern meaning. Throws a {@link ValidationError} naming `field`.
 */
export function encodeRobotsPath(path: string, field: string): string {
  if (!path.startsWith('/') || !isSingleLine(path) || /\s/.test(path)) {
    throw new ValidationError(`${field}: ${JSON.stringify(path)} is not a robots.txt path`, {
      field,
      allowed: ['a path starting with "/", without whitespace or control characters'],
    });
  }
  let out = '';
  let index = 0;
  while (index < path.length) {
    if (path[index] === '%' && HEX_PAIR.test(path.slice(index + 1, index + 3))) {
      out += path.slice(index, index + 3);
      index += 3;
      continue;
    }
    const char = String.fromCodePoint(path.codePointAt(index) ?? 0);
    index += char.length;
    if (char === '*' || char === '$') out += char;
    else out += char === '#' ? '%23' : normalizeChar(char, 'url', false, false);
  }
  return out;
}
