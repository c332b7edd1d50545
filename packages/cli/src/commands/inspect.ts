import { currentVocabulary, feedLinks, readPreferences, type LegacyReading, type ReaderResult, type Vocabulary } from '@cc-signals/core';
import { fetchText, parseUrlArgument } from '../fetch.js';
import { UsageError, type Io } from '../io.js';
import { json, vocabularyOption } from '../output.js';
import { legacyOption } from './parse.js';
import { fetchRobots } from './robots.js';
import { inspectionJson, inspectionTable } from './inspect-report.js';

/** At most this many linked feeds are fetched, so a page cannot make the CLI crawl a site. */
const MAX_FEEDS = 5;

/**
 * `cc-signals inspect <url> [--agent <ua>] [--legacy restrictive] [--vocabulary <id>] [--json]`:
 * fetches the page, its robots.txt, its tdmrep.json and the feeds it links,
 * and reports what each says, which source and label each result came from,
 * the conflicts between them, and the combined result.
 */
export async function inspectCommand(
  positionals: readonly string[],
  values: { agent?: string; json?: boolean; legacy?: string; vocabulary?: string },
  io: Io,
): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('inspect takes one URL, e.g. cc-signals inspect https://example.org/');
  const url = parseUrlArgument(positionals[0], 'the URL to inspect');
  const agent = values.agent ?? '*';
  const legacy = legacyOption(values.legacy);
  const vocabulary = vocabularyOption(values.vocabulary);
  const result = await inspect(url, agent, io, legacy, vocabulary);
  const report = { url: url.href, agent, legacy, vocabulary };
  io.stdout(values.json ? json(inspectionJson(report, result)) : inspectionTable(report, result));
  return 0;
}

/** Fetches what a crawler would and reads every source of preferences for the URL. */
export async function inspect(
  url: URL,
  agent: string,
  io: Io,
  legacy: LegacyReading = 'ignore',
  vocabulary: Vocabulary = currentVocabulary,
): Promise<ReaderResult> {
  const page = await fetchText(url.href, io);
  const isHtml = /html/i.test(page.headers.get('content-type') ?? '');
  const robots = await fetchRobots(new URL('/robots.txt', url).href, io);
  const isFeedItself = /xml|json/i.test(page.headers.get('content-type') ?? '');
  const links = isHtml ? feedLinks(page.body, page.url).slice(0, MAX_FEEDS) : [];
  const feeds = await Promise.all(
    links.map(async (link) => ({ url: link, text: (await fetchText(link, io)).body })),
  );
  if (isFeedItself) feeds.push({ url: page.url, text: page.body });
  const tdmrep = await fetchText(new URL('/.well-known/tdmrep.json', url).href, io);
  return readPreferences({
    legacy,
    vocabulary,
    ...(tdmrep.status === 200 ? { tdmrepJson: tdmrep.body } : {}),
    url: page.url,
    userAgent: agent,
    headers: page.headers,
    ...(isHtml ? { html: page.body } : {}),
    robotsTxt: 'text' in robots ? robots.text : 'unreachable' in robots ? null : '',
    feeds,
  });
}
