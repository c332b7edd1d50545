import { parseContentSignal } from '../content-signal.js';
import { parseContentUsage, type ContentUsageReadOptions, type ParsedContentUsage } from '../content-usage.js';
import type { ValidationError } from '../errors.js';
import type { Preferences } from '../preferences.js';
import type { Vocabulary } from '../vocabulary.js';
import type { AccessRule, ContentSignalRule, ContentUsageRule, RobotsTxt } from './types.js';

/** Options of {@link parseRobotsTxt}. */
export interface RobotsParseOptions extends ContentUsageReadOptions {
  /** The vocabulary Content-Usage values are read with; the current one by default. */
  readonly vocabulary?: Vocabulary;
  /**
   * Read a line without a colon as Google's parser does: `Disallow /private`
   * is `Disallow: /private` when the first word is a known record name. Not
   * in RFC 9309 (which requires the colon); off by default.
   */
  readonly missingColon?: 'ignore' | 'lenient';
}

/** The parsing limit of RFC 9309 § 2.5: 500 KiB. Content past it is ignored. */
export const ROBOTS_TXT_MAX_BYTES = 500 * 1024;

/** The records that end a run of user-agent lines: the rules of a group. */
const RULES = new Set(['allow', 'disallow', 'content-usage', 'content-signal']);
const decoder = new TextDecoder();

interface GroupBuilder {
  userAgents: string[];
  rules: AccessRule[];
  contentUsage: ContentUsageRule[];
  contentSignals: ContentSignalRule[];
}

interface ParseState {
  readonly options: RobotsParseOptions;
  readonly groups: GroupBuilder[];
  readonly licenses: string[];
  readonly sitemaps: string[];
  current: GroupBuilder | undefined;
  /** Whether the last record was a user-agent line, so another one joins its group. */
  inAgents: boolean;
}

/**
 * Parses a robots.txt file following RFC 9309, with the `Content-Usage` rule
 * of draft-ietf-aipref-attach, Cloudflare's `Content-Signal` and the RSL
 * `License` and `Sitemap` records. Never throws.
 *
 * - Only the first 500 KiB (UTF-8 octets) are read; a line cut by the limit
 *   is dropped rather than read in part.
 * - A leading BOM is skipped; lines end at CR, LF or CRLF; `#` starts a comment.
 * - Field names are case-insensitive; whitespace around names and values is ignored.
 * - Consecutive user-agent lines (blank lines, comments and unknown records
 *   between them allowed) start one group; a rule line ends the run.
 * - A user-agent value is reduced to its product token (`Googlebot/2.1` → `Googlebot`).
 * - Allow/Disallow patterns must start with `/` or `*` (as in RFC 9309's own
 *   `Disallow: *.gif$` example) or be empty; others are ignored.
 * - Rules before the first user-agent line and unknown records are ignored.
 * - A `Content-Usage` value that does not parse keeps its rule, with `{}`
 *   preferences (every category unknown) and the error.
 */
export function parseRobotsTxt(input: string | Uint8Array, options: RobotsParseOptions = {}): RobotsTxt {
  const state: ParseState = {
    options,
    groups: [],
    licenses: [],
    sitemaps: [],
    current: undefined,
    inAgents: false,
  };
  const text = withinLimit(input).replace(/^\uFEFF/, '');
  for (const line of text.split(/\r\n|\r|\n/)) readLine(state, line);
  return { groups: state.groups, licenses: state.licenses, sitemaps: state.sitemaps };
}

function withinLimit(input: string | Uint8Array): string {
  if (typeof input === 'string') return stringWithinLimit(input);
  if (input.length <= ROBOTS_TXT_MAX_BYTES) return decoder.decode(input);
  const text = decoder.decode(input.subarray(0, ROBOTS_TXT_MAX_BYTES));
  return cutAtLastBreak(text, input[ROBOTS_TXT_MAX_BYTES]);
}

// eslint-disable-next-line no-control-regex -- the ASCII range is what is tested
const NON_ASCII = /[^\u0000-\u007f]/;

/** A string cut at the limit counted in UTF-8 octets, without encoding it. */
function stringWithinLimit(input: string): string {
  if (input.length * 3 <= ROBOTS_TXT_MAX_BYTES) return input;
  if (!NON_ASCII.test(input)) {
    if (input.length <= ROBOTS_TXT_MAX_BYTES) return input;
    return cutAtLastBreak(input.slice(0, ROBOTS_TXT_MAX_BYTES), input.charCodeAt(ROBOTS_TXT_MAX_BYTES));
  }
  let octets = 0;
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index);
    const isPair = code >= 0xd800 && code <= 0xdbff && index + 1 < input.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : isPair ? 4 : 3;
    if (octets + size > ROBOTS_TXT_MAX_BYTES) {
      // Only a line break right after the limit keeps the line that ends there.
      return cutAtLastBreak(input.slice(0, index), code === 0x0a || code === 0x0d ? code : undefined);
    }
    octets += size;
    if (isPair) index++;
  }
  return input;
}

function cutAtLastBreak(text: string, next: number | undefined): string {
  if (next === 0x0a || next === 0x0d) return text;
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return text.slice(0, lastBreak + 1);
}

function isWs(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function trimWs(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isWs(value.charCodeAt(start))) start++;
  while (end > start && isWs(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

const RECORDS = new Set(['user-agent', 'allow', 'disallow', 'content-usage', 'content-signal', 'license', 'sitemap']);

function readLine(state: ParseState, line: string): void {
  const hash = line.indexOf('#');
  const content = hash === -1 ? line : line.slice(0, hash);
  const colon = content.indexOf(':');
  const split = colon === -1 ? withoutColon(state, content) : { key: content.slice(0, colon), value: content.slice(colon + 1) };
  if (split === undefined) return;
  const key = trimWs(split.key).toLowerCase();
  const value = trimWs(split.value);
  if (key === 'user-agent') readUserAgent(state, value);
  else if (key === 'license' || key === 'sitemap') {
    if (value !== '') (key === 'license' ? state.licenses : state.sitemaps).push(value);
  } else if (RULES.has(key)) readRule(state, key, value);
}

function readRule(state: ParseState, key: string, value: string): void {
  state.inAgents = false;
  const group = state.current;
  if (!group) return;
  if (key === 'content-usage') group.contentUsage.push(contentUsageRule(value, state.options));
  else if (key === 'content-signal') group.contentSignals.push(contentSignalRule(value, state.options.vocabulary));
  else if (value === '' || value.startsWith('/') || value.startsWith('*')) {
    group.rules.push({ type: key === 'allow' ? 'allow' : 'disallow', path: value });
  }
}

function readUserAgent(state: ParseState, value: string): void {
  if (!state.current || !state.inAgents) {
    state.current = { userAgents: [], rules: [], contentUsage: [], contentSignals: [] };
    state.groups.push(state.current);
    state.inAgents = true;
  }
  state.current.userAgents.push(agentToken(value));
}

/** The product token a user-agent line names: `*`, the leading `[A-Za-z_-]` run, or the value as is. */
function agentToken(value: string): string {
  if (value.startsWith('*')) return '*';
  return /^[A-Za-z_-]+/.exec(value)?.[0] ?? value;
}

/** Google-style leniency: `Disallow /x` reads as `Disallow: /x` for a known record name. */
function withoutColon(state: ParseState, content: string): { key: string; value: string } | undefined {
  if (state.options.missingColon !== 'lenient') return undefined;
  const match = /^[ \t]*([A-Za-z-]+)[ \t]+(\S.*)$/.exec(content);
  if (match?.[1] === undefined || !RECORDS.has(match[1].toLowerCase())) return undefined;
  return { key: match[1], value: match[2] ?? '' };
}

/** Splits `[path] statement`: a value starting with `/` has a path up to the first SP or HTAB. */
function splitPath(value: string): { path?: string; statement: string } {
  if (!value.startsWith('/')) return { statement: value };
  const space = value.search(/[ \t]/);
  if (space === -1) return { path: value, statement: '' };
  return { path: value.slice(0, space), statement: trimWs(value.slice(space)) };
}

/**
 * A Content-Usage rule whose value is parsed when first read: a crawler
 * evaluates one group, so the values of the others are never parsed.
 */
function contentUsageRule(value: string, options: RobotsParseOptions): ContentUsageRule {
  const { path, statement } = splitPath(value);
  return new ParsedContentUsageRule(path, statement, options);
}

/**
 * `preferences` and `error` are getters on the prototype (an own getter per
 * rule costs 3× the parse of a large file), so a spread copy (`{ ...rule }`)
 * leaves them out: copy them by name. JSON carries them (`toJSON`).
 */
class ParsedContentUsageRule implements ContentUsageRule {
  readonly path?: string;
  readonly value: string;
  readonly #options: RobotsParseOptions;
  #parsed: ParsedContentUsage | undefined;

  constructor(path: string | undefined, value: string, options: RobotsParseOptions) {
    if (path !== undefined) this.path = path;
    this.value = value;
    this.#options = options;
  }

  get preferences(): Preferences {
    return this.#read().preferences;
  }

  get error(): ValidationError | undefined {
    return this.#read().error;
  }

  toJSON(): ContentUsageRule {
    const { error } = this;
    return { ...(this.path === undefined ? {} : { path: this.path }), value: this.value, preferences: this.preferences, ...(error ? { error } : {}) };
  }

  #read(): ParsedContentUsage {
    this.#parsed ??= parseContentUsage(this.value, this.#options.vocabulary, this.#options);
    return this.#parsed;
  }
}

function contentSignalRule(value: string, vocabulary: Vocabulary | undefined): ContentSignalRule {
  const { path, statement } = splitPath(value);
  return {
    ...(path === undefined ? {} : { path }),
    preferences: parseContentSignal(statement, vocabulary),
    value: statement,
  };
}
