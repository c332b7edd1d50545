import { parseContentUsage } from './content-usage.js';
import { parseFeed } from './feeds/parse.js';
import { parseHtmlHead } from './html/parse.js';
import { parseNoai } from './noai.js';
import { combinePreferences, type Preferences } from './preferences.js';
import { evaluateRobots } from './robots/evaluate.js';
import { parseTdmrepHeaders, tdmrepPreferences } from './tdmrep.js';
import { sameResource } from './reader-url.js';

/** Where a reading came from. `ietf` sources speak the AI Preferences vocabulary itself. */
export type ReadingSource =
  | 'content-usage-header'
  | 'content-usage-meta'
  | 'robots-txt'
  | 'feed-item'
  | 'feed-channel'
  | 'content-signal'
  | 'tdmrep'
  | 'noai';

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
}

/** Everything an AI developer fetched for one URL. Missing parts are simply not read. */
export interface ReaderInput {
  readonly url: string;
  /** The crawler's user agent (a product token or full string); `*` by default. */
  readonly userAgent?: string;
  /** Response headers of the resource. */
  readonly headers?: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The resource's HTML, when it is a page. */
  readonly html?: string;
  /** The site's robots.txt; `null` when it was unreachable (5xx): nothing may be crawled. */
  readonly robotsTxt?: string | null;
  /** Feeds fetched for the site, with their URLs. */
  readonly feeds?: readonly { readonly url: string; readonly text: string }[];
}

/** A category on which sources disagree. */
export interface Conflict {
  readonly category: string;
  readonly readings: readonly Reading[];
}

/** The answer to "what may I do with this URL?". */
export interface ReaderResult {
  /** Whether robots.txt lets this crawler fetch the URL. */
  readonly crawl: boolean;
  /** The IETF statements that apply, combined most restrictive first. */
  readonly preferences: Preferences;
  readonly readings: readonly Reading[];
  readonly conflicts: readonly Conflict[];
}

/**
 * Reads every source of AI preferences for one URL and combines them: the
 * `Content-Usage` header, the `content-usage` meta tag, robots.txt rules and
 * the feed item for the URL count (most restrictive wins); Cloudflare
 * Content-Signal, TDMRep and `noai` are reported, mapped onto the IETF
 * categories, and flagged when they disagree. Never throws.
 */
export function readPreferences(input: ReaderInput): ReaderResult {
  const { readings, crawl } = collectReadings(input);
  const applying = readings.filter((reading) => reading.applies && reading.ietf);
  return {
    crawl,
    preferences: combinePreferences(...applying.map((reading) => reading.preferences)),
    readings,
    conflicts: findConflicts(readings.filter((reading) => reading.applies)),
  };
}

function collectReadings(input: ReaderInput): { readings: Reading[]; crawl: boolean } {
  const readings: Reading[] = [];
  const add = (source: ReadingSource, location: string, preferences: Preferences, ietf = true, applies = true) => {
    if (Object.keys(preferences).length > 0) readings.push({ source, location, preferences, ietf, applies });
  };
  const headers = input.headers ? toHeaders(input.headers) : new Headers();
  const contentUsage = headers.get('content-usage');
  if (contentUsage !== null) add('content-usage-header', input.url, parseContentUsage(contentUsage).preferences);
  addHtmlReadings(input, headers, add);
  const crawl = addRobotsReadings(input, add);
  for (const feed of input.feeds ?? []) addFeedReadings(feed, input.url, add);
  return { readings, crawl };
}

type Add = (source: ReadingSource, location: string, preferences: Preferences, ietf?: boolean, applies?: boolean) => void;

function addHtmlReadings(input: ReaderInput, headers: Headers, add: Add): void {
  const head = input.html === undefined ? undefined : parseHtmlHead(input.html);
  if (head) add('content-usage-meta', input.url, head.preferences);
  const tdm = parseTdmrepHeaders(headers).reservation ?? head?.tdmReservation;
  if (tdm !== undefined) add('tdmrep', input.url, tdmrepPreferences(tdm), false);
  const robotsTag = headers.get('x-robots-tag');
  const noai = parseNoai([...(robotsTag === null ? [] : [robotsTag]), ...(head?.noai.length ? ['noai'] : [])], {
    userAgent: input.userAgent ?? '*',
  });
  add('noai', input.url, noai.preferences, false);
}

function addRobotsReadings(input: ReaderInput, add: Add): boolean {
  if (input.robotsTxt === undefined) return true;
  if (input.robotsTxt === null) return false;
  const robotsUrl = new URL('/robots.txt', input.url).href;
  const evaluation = evaluateRobots(input.robotsTxt, input.url, input.userAgent ?? '*');
  add('robots-txt', robotsUrl, evaluation.preferences);
  add('content-signal', robotsUrl, evaluation.contentSignal, false);
  return evaluation.crawl;
}

function addFeedReadings(feed: { url: string; text: string }, url: string, add: Add): void {
  const parsed = parseFeed(feed.text);
  add('feed-channel', feed.url, parsed.channel, true, sameResource(feed.url, url));
  const item = parsed.items.find((entry) => sameResource(entry.link ?? entry.id ?? '', url));
  if (item) add('feed-item', feed.url, item.preferences);
}

function toHeaders(headers: NonNullable<ReaderInput['headers']>): Headers {
  if (headers instanceof Headers) return headers;
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    for (const line of typeof value === 'string' ? [value] : (value ?? [])) result.append(name, line);
  }
  return result;
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
