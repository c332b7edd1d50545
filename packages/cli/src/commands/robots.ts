import { currentVocabulary, evaluateRobots, parseRobotsTxt, type Vocabulary } from '@cc-signals/core';
import { fetchText } from '../fetch.js';
import { InputError, UsageError, type Io } from '../io.js';
import { json, toCliPreferences, vocabularyOption } from '../output.js';

/** The robots.txt text to evaluate, or what an unreachable file means (RFC 9309 § 2.3.1). */
export type RobotsSource = { text: string } | { unavailable: true } | { unreachable: true };

/**
 * `cc-signals robots <file-or-url> --path <path> [--agent <ua>]`: prints
 * `{"crawl": …, "preferences": {…}}` for that path and crawler.
 */
export async function robotsCommand(
  positionals: readonly string[],
  values: { path?: string; agent?: string; vocabulary?: string },
  io: Io,
): Promise<number> {
  const [location] = positionals;
  if (positionals.length !== 1 || location === undefined) {
    throw new UsageError('robots takes one robots.txt file or URL, e.g. cc-signals robots robots.txt --path /');
  }
  if (values.path === undefined) throw new UsageError('robots needs --path <path>, e.g. --path /blog/');
  if (!values.path.startsWith('/')) throw new UsageError(`--path must start with "/", got "${values.path}"`);
  const vocabulary = vocabularyOption(values.vocabulary);
  const source = await loadRobots(location, io);
  io.stdout(json(evaluateSource(source, values.path, values.agent ?? '*', vocabulary)));
  return 0;
}

/** Evaluates a robots.txt source for a path and crawler, as the CLI prints it. */
export function evaluateSource(source: RobotsSource, path: string, agent: string, vocabulary: Vocabulary = currentVocabulary) {
  if ('unavailable' in source) return { crawl: true, preferences: toCliPreferences({}, vocabulary) };
  if ('unreachable' in source) return { crawl: false, preferences: toCliPreferences({}, vocabulary) };
  const evaluation = evaluateRobots(parseRobotsTxt(source.text, { vocabulary }), path, agent);
  return { crawl: evaluation.crawl, preferences: toCliPreferences(evaluation.preferences, vocabulary) };
}

/** Reads robots.txt from a file, or fetches it from an http(s) URL. */
export async function loadRobots(location: string, io: Io): Promise<RobotsSource> {
  if (/^https?:\/\//i.test(location)) return fetchRobots(location, io);
  try {
    return { text: await io.readFile(location) };
  } catch (error) {
    throw new InputError(`could not read ${location}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * Fetches robots.txt. A 4xx status means "unavailable" (crawl anything), a
 * 5xx status "unreachable" (crawl nothing), as RFC 9309 says.
 */
export async function fetchRobots(url: string, io: Io, userAgent?: string): Promise<RobotsSource> {
  const response = await fetchText(url, io, userAgent);
  if (response.status >= 500) return { unreachable: true };
  if (response.status >= 400) return { unavailable: true };
  return { text: response.body };
}
