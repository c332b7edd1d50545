import { parseContentUsage, type LegacyLabelReading, type LegacyReading } from './content-usage.js';
import { parseFeed } from './feeds/parse.js';
import { toHeaders, type HeaderSource } from './headers.js';
import { parseHtmlHead, type ParsedHtmlHead } from './html/parse.js';
import { parseNoai } from './noai.js';
import { combinePreferences, type CategoryPreference, type Preferences } from './preferences.js';
import { evaluateRobots } from './robots/evaluate.js';
import { parseRobotsTxt } from './robots/parse.js';
import { parseRsl } from './rsl.js';
import { matchTdmrep, parseTdmrepHeaders, parseTdmrepJson, tdmrepPreferences, type TdmReservation } from './tdmrep.js';
import { sameResource } from './reader-url.js';
import { categoryOverrides, type Override } from './overrides.js';
import { resolveVocabulary, type Vocabulary } from './vocabulary.js';

/** Where a reading came from. The `content-usage-*`, `robots-txt` and `feed-*` sources speak the AI Preferences vocabulary itself. */
export type ReadingSource =
  | 'content-usage-header'
  | 'content-usage-meta'
  | 'robots-txt'
  | 'feed-item'
  | 'feed-channel'
  | 'content-signal'
  | 'tdmrep'
  | 'noai'
  | 'rsl';

/** What one source says about the resource. */
export interface Reading {
  readonly source: ReadingSource;
  /** The URL the reading was taken from. */
  readonly location: string;
  readonly preferences: Preferences;
  /** True for IETF AI Preferences statements, false for a neighbouring format mapped onto them. */
  readonly ietf: boolean;
  /** Whether the reading counts towards the combined result (a feed channel describes the feed, not the page). */
  readonly applies: boolean;
  /** For TDMRep: which of its forms gave the reservation (the first present of meta, header, tdmrep.json). */
  readonly form?: 'meta' | 'header' | 'tdmrep.json';
}

/** Everything an AI developer fetched for one URL. Missing parts are simply not read. */
export interface ReaderInput {
  readonly url: string;
  /** The crawler's user agent (a product token or full string); `*` by default. */
  readonly userAgent?: string;
  /** Response headers of the resource. */
  readonly headers?: HeaderSource;
  /** The resource's HTML, when it is a page. */
  readonly html?: string;
  /** The site's robots.txt; `null` when it was unreachable (5xx): nothing may be crawled. */
  readonly robotsTxt?: string | null;
  /** Feeds fetched for the site, with their URLs. */
  readonly feeds?: readonly { readonly url: string; readonly text: string }[];
  /** The site's `/.well-known/tdmrep.json`, when fetched. */
  readonly tdmrepJson?: string;
  /** An RSL licence document the site links to, with its URL. */
  readonly rsl?: { readonly url: string; readonly text: string };
  /** How labels of earlier drafts are read (`parseContentUsage`); `ignore` by default, as the draft says. */
  readonly legacy?: LegacyReading;
  /**
   * The vocabulary to read with: a shipped id (`draft-ietf-aipref-vocab-08`)
   * or a {@link Vocabulary}; the default (-07) otherwise.
   */
  readonly vocabulary?: string | Vocabulary;
}

/** A category on which sources disagree. */
export interface Conflict {
  readonly category: string;
  readonly readings: readonly Reading[];
}

/** An earlier draft's label met in an IETF source. */
export interface LegacyLabelFound extends LegacyLabelReading {
  readonly source: ReadingSource;
  readonly location: string;
}

/** The answer to "what may I do with this URL?". */
export interface ReaderResult {
  /** Whether robots.txt lets this crawler fetch the URL. */
  readonly crawl: boolean;
  /**
   * The IETF statements that apply, combined most restrictive first; for a
   * category no IETF statement covers, the explicit opt-outs of neighbouring
   * formats (Content-Signal `no`, TDMRep `1`, `noai`, an RSL prohibit). Their
   * allows never count: those formats speak of wider uses.
   */
  readonly preferences: Preferences;
  /** For each category of `preferences`, the readings that decided it. */
  readonly origins: Readonly<Record<string, readonly Reading[]>>;
  readonly readings: readonly Reading[];
  /** Categories on which the sources that apply disagree (IETF statements are authoritative). */
  readonly conflicts: readonly Conflict[];
  /** Labels of earlier drafts met, with their source (applied only with `legacy: 'restrictive'`). */
  readonly legacy: readonly LegacyLabelFound[];
  /**
   * Where the vocabulary says a stated category overrides others (-08:
   * Search overrides AI Training and AI Use) and they differ in
   * `preferences`, which keeps each category as stated.
   */
  readonly overrides: readonly Override[];
}

/** The input with its vocabulary resolved. */
type ResolvedInput = ReaderInput & { readonly vocabulary: Vocabulary };

interface Collected {
  readonly readings: Reading[];
  readonly legacy: LegacyLabelFound[];
  crawl: boolean;
}

/**
 * Reads every source of AI preferences for one URL and combines them: the
 * `Content-Usage` header, the `content-usage` meta tag, robots.txt rules and
 * the feed item for the URL count (most restrictive wins); Cloudflare
 * Content-Signal, TDMRep (meta, else header, else tdmrep.json), `noai` and an
 * RSL licence are mapped onto the IETF categories and count as disallows
 * where no IETF statement covers the category; disagreements are flagged.
 * Never throws for what it reads; an unknown `vocabulary` id throws a
 * ValidationError naming `vocabulary` and the shipped ids.
 */
export function readPreferences(options: ReaderInput): ReaderResult {
  const vocabulary = resolveVocabulary(options.vocabulary);
  const input: ResolvedInput = { ...options, vocabulary };
  const collected: Collected = { readings: [], legacy: [], crawl: true };
  const headers = input.headers ? toHeaders(input.headers) : new Headers();
  addHeaderReadings(input, headers, collected);
  const head = input.html === undefined ? undefined : parseHtmlHead(input.html, input.vocabulary, { legacy: input.legacy ?? 'ignore' });
  if (head) addHtmlReadings(input, head, collected);
  addNeighbourReadings(input, headers, head, collected);
  addRobotsReadings(input, collected);
  for (const feed of input.feeds ?? []) addFeedReadings(feed, input, collected);
  const applying = collected.readings.filter((reading) => reading.applies);
  const { preferences, origins } = combineReadings(applying);
  return {
    crawl: collected.crawl, preferences, origins, readings: collected.readings, conflicts: findConflicts(applying),
    legacy: collected.legacy, overrides: categoryOverrides(preferences, vocabulary),
  };
}

function add(collected: Collected, reading: Omit<Reading, 'applies'> & { applies?: boolean }): void {
  if (Object.keys(reading.preferences).length === 0) return;
  collected.readings.push({ applies: true, ...reading });
}

function addHeaderReadings(input: ResolvedInput, headers: Headers, collected: Collected): void {
  const value = headers.get('content-usage');
  if (value === null) return;
  const parsed = parseContentUsage(value, input.vocabulary, { legacy: input.legacy ?? 'ignore' });
  add(collected, { source: 'content-usage-header', location: input.url, preferences: parsed.preferences, ietf: true });
  collected.legacy.push(...parsed.legacy.map((entry) => ({ ...entry, source: 'content-usage-header' as const, location: input.url })));
}

function addHtmlReadings(input: ResolvedInput, head: ParsedHtmlHead, collected: Collected): void {
  add(collected, { source: 'content-usage-meta', location: input.url, preferences: head.preferences, ietf: true });
  collected.legacy.push(...head.legacy.map((entry) => ({ ...entry, source: 'content-usage-meta' as const, location: input.url })));
}

function addNeighbourReadings(input: ResolvedInput, headers: Headers, head: ParsedHtmlHead | undefined, collected: Collected): void {
  const tdm = tdmrepReservation(input, headers, head);
  if (tdm) {
    const preferences = tdmrepPreferences(tdm.reservation, input.vocabulary);
    add(collected, { source: 'tdmrep', location: tdm.location, preferences, ietf: false, form: tdm.form });
  }
  const robotsTag = headers.get('x-robots-tag');
  const lines = [...(robotsTag === null ? [] : [robotsTag]), ...(head?.noai.length ? [head.noai.join(', ')] : [])];
  const noai = parseNoai(lines, { userAgent: input.userAgent ?? '*', ...(input.vocabulary ? { vocabulary: input.vocabulary } : {}) });
  add(collected, { source: 'noai', location: input.url, preferences: noai.preferences, ietf: false });
  if (input.rsl) {
    const rslUrl = input.rsl.url;
    const content = parseRsl(input.rsl.text, input.vocabulary).find((entry) => rslCovers(new URL(entry.url, rslUrl).href, input.url));
    if (content) add(collected, { source: 'rsl', location: rslUrl, preferences: content.preferences, ietf: false });
  }
}

/** TDMRep's precedence: in-document metadata, else the header, else `tdmrep.json`. */
function tdmrepReservation(
  input: ResolvedInput,
  headers: Headers,
  head: ParsedHtmlHead | undefined,
): { reservation: TdmReservation; form: NonNullable<Reading['form']>; location: string } | undefined {
  if (head?.tdmReservation !== undefined) return { reservation: head.tdmReservation, form: 'meta', location: input.url };
  const header = parseTdmrepHeaders(headers).reservation;
  if (header !== undefined) return { reservation: header, form: 'header', location: input.url };
  if (input.tdmrepJson === undefined) return undefined;
  let rule;
  try {
    rule = matchTdmrep(parseTdmrepJson(input.tdmrepJson), input.url);
  } catch {
    return undefined;
  }
  const location = new URL('/.well-known/tdmrep.json', input.url).href;
  return rule?.reservation === undefined ? undefined : { reservation: rule.reservation, form: 'tdmrep.json', location };
}

/** Whether an RSL `<content url>` names the URL: the same resource, or a prefix ending in `/` or `*`. */
function rslCovers(contentUrl: string, url: string): boolean {
  if (sameResource(contentUrl, url)) return true;
  const prefix = contentUrl.replace(/\*$/, '');
  return (contentUrl.endsWith('/') || contentUrl.endsWith('*')) && url.startsWith(prefix);
}

function addRobotsReadings(input: ResolvedInput, collected: Collected): void {
  if (input.robotsTxt === undefined) return;
  if (input.robotsTxt === null) {
    collected.crawl = false;
    return;
  }
  const location = new URL('/robots.txt', input.url).href;
  const robots = parseRobotsTxt(input.robotsTxt, { legacy: input.legacy ?? 'ignore', ...(input.vocabulary ? { vocabulary: input.vocabulary } : {}) });
  const evaluation = evaluateRobots(robots, input.url, input.userAgent ?? '*');
  add(collected, { source: 'robots-txt', location, preferences: evaluation.preferences, ietf: true });
  add(collected, { source: 'content-signal', location, preferences: evaluation.contentSignal, ietf: false });
  for (const rule of evaluation.contentUsageRules) {
    const { legacy } = parseContentUsage(rule.value ?? '', input.vocabulary, { legacy: input.legacy ?? 'ignore' });
    collected.legacy.push(...legacy.map((entry) => ({ ...entry, source: 'robots-txt' as const, location })));
  }
  collected.crawl = evaluation.crawl;
}

function addFeedReadings(feed: { url: string; text: string }, input: ResolvedInput, collected: Collected): void {
  const { url } = input;
  const parsed = parseFeed(feed.text, input.vocabulary);
  add(collected, { source: 'feed-channel', location: feed.url, preferences: parsed.channel, ietf: true, applies: sameResource(feed.url, url) });
  const item = parsed.items.find((entry) => sameResource(entry.link ?? entry.id ?? '', url));
  if (item) add(collected, { source: 'feed-item', location: feed.url, preferences: item.preferences, ietf: true });
}

/** IETF statements combined; neighbouring opt-outs fill the categories they leave unknown. */
function combineReadings(readings: readonly Reading[]): { preferences: Preferences; origins: Record<string, Reading[]> } {
  const ietf = readings.filter((reading) => reading.ietf);
  const result: Record<string, CategoryPreference> = { ...combinePreferences(...ietf.map((reading) => reading.preferences)) };
  const origins: Record<string, Reading[]> = {};
  for (const label of Object.keys(result)) origins[label] = ietf.filter((reading) => reading.preferences[label] !== undefined);
  for (const reading of readings.filter((entry) => !entry.ietf)) {
    for (const [label, value] of Object.entries(reading.preferences)) {
      if (value.preference !== 'disallowed' || origins[label]?.some((origin) => origin.ietf)) continue;
      result[label] = { preference: 'disallowed' };
      (origins[label] ??= []).push(reading);
    }
  }
  return { preferences: result, origins };
}

function findConflicts(readings: readonly Reading[]): Conflict[] {
  const labels = new Set(readings.flatMap((reading) => Object.keys(reading.preferences)));
  const conflicts: Conflict[] = [];
  for (const category of labels) {
    const stating = readings.filter((reading) => reading.preferences[category] !== undefined);
    const statements = new Set(
      stating.filter((reading) => reading.ietf).map((reading) => JSON.stringify(reading.preferences[category])),
    );
    // Neighbouring formats cannot carry a CC signal: only their allow/disallow is compared.
    const preferences = new Set(stating.map((reading) => reading.preferences[category]?.preference));
    if (statements.size > 1 || preferences.size > 1) conflicts.push({ category, readings: stating });
  }
  return conflicts;
}
