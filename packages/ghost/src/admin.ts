import GhostAdminAPI from '@tryghost/admin-api';
import type { GhostAdminAPI as Client } from '@tryghost/admin-api';

/** An error answer of the Admin API, or the network failing under it. Carries no credentials. */
export class GhostApiError extends Error {
  override readonly name = 'GhostApiError';
  /** Ghost's error type (`UpdateCollisionError`, `NotFoundError`…), or `NetworkError`. */
  readonly type: string;
  /** The HTTP status, 0 when no answer came. */
  readonly status: number;

  constructor(message: string, type: string, status: number) {
    super(message);
    this.type = type;
    this.status = status;
  }

  /** Whether trying again later may succeed (network, 429, 5xx). */
  get transient(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/** Options of {@link createAdminApi}. */
export interface AdminApiOptions {
  /** The site's URL, without a trailing slash. */
  readonly url: string;
  readonly key: string;
  /** At most this many requests per second (default 8; Ghost(Pro) rate-limits the Admin API). */
  readonly requestsPerSecond?: number;
  /** Attempts per request on network errors, 429 and 5xx (default 4). */
  readonly attempts?: number;
  /** First back-off delay in ms, doubled per attempt (default 500). */
  readonly backoffMs?: number;
  readonly timeoutMs?: number;
}

interface RequestOptions {
  url: string;
  method: string;
  data?: unknown;
  params?: Record<string, unknown>;
  headers?: Record<string, string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An `@tryghost/admin-api` client whose requests go through `fetch`, paced
 * under the rate limit and retried on network errors, 429 (honouring
 * Retry-After) and 5xx. Failures become {@link GhostApiError}s.
 */
export function createAdminApi(options: AdminApiOptions): Client {
  const interval = 1000 / (options.requestsPerSecond ?? 8);
  let next = 0;
  const pace = async () => {
    const now = Date.now();
    next = Math.max(next, now) + interval;
    if (next - interval > now) await sleep(next - interval - now);
  };
  const makeRequest = async (request: RequestOptions): Promise<unknown> => {
    const attempts = options.attempts ?? 4;
    for (let attempt = 1; ; attempt += 1) {
      await pace();
      try {
        return await send(request, options.timeoutMs ?? 30_000);
      } catch (error) {
        if (!(error instanceof GhostApiError) || !error.transient || attempt >= attempts) throw error;
        const retryAfter = (error as GhostApiError & { retryAfterMs?: number }).retryAfterMs;
        await sleep(retryAfter ?? (options.backoffMs ?? 500) * 2 ** (attempt - 1));
      }
    }
  };
  return GhostAdminAPI({ url: options.url, key: options.key, version: 'v6.0', userAgent: 'cc-signals-ghost', makeRequest });
}

function requestUrl(request: RequestOptions): string {
  const url = new URL(request.url);
  for (const [key, value] of Object.entries(request.params ?? {})) {
    if (value !== undefined) url.searchParams.set(key, ([] as unknown[]).concat(value).map(String).join(','));
  }
  return url.href;
}

async function send(request: RequestOptions, timeoutMs: number): Promise<unknown> {
  const isJson = request.data !== undefined && request.data !== '' && !(request.data instanceof FormData);
  let response: Response;
  try {
    response = await fetch(requestUrl(request), {
      method: request.method,
      headers: { ...request.headers, ...(isJson ? { 'content-type': 'application/json' } : {}) },
      body: request.method === 'GET' || request.data === '' ? undefined : isJson ? JSON.stringify(request.data) : (request.data as FormData),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new GhostApiError(`${request.method} ${new URL(request.url).pathname}: network error (${reason})`, 'NetworkError', 0);
  }
  const text = await response.text().catch(() => '');
  if (response.ok) return text === '' ? {} : (JSON.parse(text) as unknown);
  throw apiError(request, response, text);
}

function apiError(request: RequestOptions, response: Response, text: string): GhostApiError {
  let type = `HTTP${response.status}`;
  let message = text.slice(0, 200);
  try {
    const body = JSON.parse(text) as { errors?: { type?: string; message?: string; context?: string | null }[] };
    const first = body.errors?.[0];
    if (first) {
      type = first.type ?? type;
      message = [first.message, first.context].filter(Boolean).join(' ');
    }
  } catch {
    // not JSON: keep the start of the body
  }
  const error = new GhostApiError(`${request.method} ${new URL(request.url).pathname}: ${response.status} ${type}: ${message}`, type, response.status);
  const retryAfter = Number(response.headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) Object.assign(error, { retryAfterMs: Math.min(retryAfter, 60) * 1000 });
  return error;
}
