import type { CategoryPreference, Preferences } from './preferences.js';

/**
 * A fast path for the usual shape of a `Content-Usage` value: an RFC 9651
 * dictionary whose members are all the token `y` or `n`, with parameters
 * whose values are tokens or bare (`train-ai=n;exceptions=cc-cr, search=y`).
 * It reads such a value straight into its entries, without building the
 * dictionary, and returns `undefined` for anything else (a member of another
 * type, a string, a number, an inner list, a syntax error), which the full
 * parser then reads: the result is always the full parser's.
 */
export function scanContentUsage(input: string): Preferences | undefined {
  const entries: Record<string, CategoryPreference> = {};
  const end = input.length;
  let pos = 0;
  while (pos < end && input.charCodeAt(pos) === SP) pos++;
  while (pos < end) {
    const keyStart = pos;
    pos = skipKey(input, pos);
    if (pos === keyStart || input.charCodeAt(pos) !== EQUALS) return undefined;
    const key = input.slice(keyStart, pos);
    const value = input.charCodeAt(pos + 1);
    const afterValue = pos + 2;
    // The value must be the one-character token `y` or `n`.
    if ((value !== Y && value !== N) || (afterValue < end && isTokenChar(input.charCodeAt(afterValue)))) return undefined;
    const params = readParameters(input, afterValue);
    if (params === undefined) return undefined;
    pos = params.pos;
    if (value === Y) entries[key] = ALLOWED;
    else entries[key] = params.exception === undefined ? DISALLOWED : { preference: 'disallowed', exception: params.exception };
    while (pos < end && isOws(input.charCodeAt(pos))) pos++;
    if (pos === end) return entries;
    if (input.charCodeAt(pos) !== COMMA) return undefined;
    pos++;
    while (pos < end && isOws(input.charCodeAt(pos))) pos++;
    // A trailing comma is an error: the full parser reports it.
    if (pos === end) return undefined;
  }
  return entries;
}

/** Parameters from `pos`: where they end and the last `exceptions` token, or undefined for another shape. */
function readParameters(input: string, start: number): { pos: number; exception: string | undefined } | undefined {
  let pos = start;
  let exception: string | undefined;
  while (input.charCodeAt(pos) === SEMICOLON) {
    pos++;
    while (input.charCodeAt(pos) === SP) pos++;
    const keyStart = pos;
    pos = skipKey(input, pos);
    if (pos === keyStart) return undefined;
    const isExceptions = pos - keyStart === 10 && input.startsWith('exceptions', keyStart);
    if (input.charCodeAt(pos) !== EQUALS) {
      // A bare parameter is the boolean true: no exception token.
      if (isExceptions) exception = undefined;
      continue;
    }
    const tokenStart = ++pos;
    if (!isTokenStart(input.charCodeAt(pos))) return undefined;
    pos++;
    while (isTokenChar(input.charCodeAt(pos))) pos++;
    if (isExceptions) exception = input.slice(tokenStart, pos);
  }
  return { pos, exception };
}

/** The end of an RFC 9651 key starting at `pos` (`[a-z*][a-z0-9_.*-]*`), or `pos` when there is none. */
function skipKey(input: string, start: number): number {
  const first = input.charCodeAt(start);
  if (!((first >= A_LOWER && first <= Z_LOWER) || first === STAR)) return start;
  let pos = start + 1;
  for (;;) {
    const code = input.charCodeAt(pos);
    const isKeyChar =
      (code >= A_LOWER && code <= Z_LOWER) || (code >= DIGIT_0 && code <= DIGIT_9) || code === 0x5f || code === 0x2d || code === 0x2e || code === STAR;
    if (!isKeyChar) return pos;
    pos++;
  }
}

function isTokenStart(code: number): boolean {
  return (code >= A_LOWER && code <= Z_LOWER) || (code >= 0x41 && code <= 0x5a) || code === STAR;
}

/** `tchar / ":" / "/"` of RFC 9651's token (NaN past the end is not one). */
function isTokenChar(code: number): boolean {
  return code < 128 && TOKEN_CHARS[code] === 1;
}

function isOws(code: number): boolean {
  return code === SP || code === 0x09;
}

const TOKEN_CHARS = new Uint8Array(128);
for (const char of ":/!#$%&'*+-.^_`|~") TOKEN_CHARS[char.charCodeAt(0)] = 1;
for (let code = 0x30; code <= 0x39; code++) TOKEN_CHARS[code] = 1;
for (let code = 0x41; code <= 0x5a; code++) TOKEN_CHARS[code] = 1;
for (let code = 0x61; code <= 0x7a; code++) TOKEN_CHARS[code] = 1;

const SP = 0x20;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;
const STAR = 0x2a;
const A_LOWER = 0x61;
const Z_LOWER = 0x7a;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const Y = 0x79;
const N = 0x6e;

const ALLOWED: CategoryPreference = Object.freeze({ preference: 'allowed' });
const DISALLOWED: CategoryPreference = Object.freeze({ preference: 'disallowed' });
