import { InputError, UsageError, type Io } from './io.js';

/** What the CLI sends as its user agent, so publishers can recognise it in logs. */
export const CLI_USER_AGENT = 'cc-signals-cli/0.x (+https://github.com/cc-signals)';

/** A fetched resource: its final URL, status, headers and body text. */
export interface Fetched {
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

const TIMEOUT_MS = 15_000;

/**
 * GETs a URL, following redirects. Throws an {@link InputError} that names
 * the URL when the request cannot be made (DNS, refused, timeout); HTTP error
 * statuses are returned, since robots.txt gives them a meaning.
 */
export async function fetchText(url: string, io: Io, userAgent = CLI_USER_AGENT): Promise<Fetched> {
  let response: Response;
  try {
    response = await io.fetch(url, {
      headers: { 'user-agent': userAgent, accept: '*/*' },
      redirect: 'follow',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new InputError(`could not fetch ${url}: ${describeNetworkError(error)}`);
  }
  return { url: response.url || url, status: response.status, headers: response.headers, body: await response.text() };
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  if (error.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  return cause?.code ?? cause?.message ?? error.message;
}

/** Parses a URL argument, or throws a usage error naming the argument. */
export function parseUrlArgument(value: string | undefined, name: string): URL {
  if (value === undefined) throw new UsageError(`missing ${name}`);
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // fall through to the error below
  }
  throw new UsageError(`${name} must be an http(s) URL, got "${value}"`);
}
