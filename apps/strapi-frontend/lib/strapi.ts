import type { Preferences } from '@cc-signals/core';

/** The Strapi app, from `STRAPI_URL` (the demo's port when unset). */
export function strapiUrl(): string {
  return (process.env.STRAPI_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, '');
}

/** The content types this front end renders, by their API name: `/articles/<documentId>` shows `/api/articles/<documentId>`. */
export const ENTRY_TYPES = ['articles', 'pages', 'notes'] as const;

/** What the CC signals plugin adds to each entry of the content API. */
export interface EntrySignal {
  readonly preferences: Preferences;
  /** The response headers for this entry (Content-Usage and the neighbours the admin enabled), lowercase names. */
  readonly headers: Readonly<Record<string, string>>;
}

/** An entry as the content API returns it (the attributes this front end shows). */
export interface Entry {
  readonly documentId: string;
  readonly title?: string;
  readonly summary?: string;
  readonly locale?: string;
  readonly ccSignals?: EntrySignal;
}

function isEntryType(type: string): boolean {
  return (ENTRY_TYPES as readonly string[]).includes(type);
}

/** GETs a content API path: its `data` and the response's headers. No cache: a changed signal shows on the next request. */
async function api(path: string, query: Record<string, string> = {}): Promise<{ data: unknown; headers: Headers }> {
  const search = new URLSearchParams(query).toString();
  const response = await fetch(`${strapiUrl()}/api/${path}${search ? `?${search}` : ''}`, { cache: 'no-store' });
  if (response.status === 404) return { data: undefined, headers: response.headers };
  if (!response.ok) throw new Error(`Strapi answered ${String(response.status)} for /api/${path}`);
  return { data: ((await response.json()) as { data?: unknown }).data, headers: response.headers };
}

function entryPath(type: string, documentId: string): string | undefined {
  return isEntryType(type) && /^[A-Za-z0-9]+$/.test(documentId) ? `${type}/${documentId}` : undefined;
}

/** One published entry (in `locale`, for a localized type), or undefined when there is none. */
export async function fetchEntry(type: string, documentId: string, locale?: string): Promise<Entry | undefined> {
  const path = entryPath(type, documentId);
  return path ? ((await api(path, locale ? { locale } : {})).data as Entry | undefined) : undefined;
}

/**
 * The headers to send with an entry's page: its `ccSignals.headers`, when
 * the admin has the plugin's header output on (the API's own response then
 * carries them too); none for an unknown entry.
 */
export async function fetchEntryHeaders(type: string, documentId: string, locale?: string): Promise<Readonly<Record<string, string>>> {
  const path = entryPath(type, documentId);
  if (!path) return {};
  const { data, headers } = await api(path, locale ? { locale } : {});
  return headers.has('content-usage') ? ((data as Entry | undefined)?.ccSignals?.headers ?? {}) : {};
}

/** The newest published entries of a type (the first page of the content API). */
export async function fetchEntries(type: string): Promise<Entry[]> {
  if (!isEntryType(type)) return [];
  return ((await api(type, { sort: 'publishedAt:desc' })).data as Entry[] | undefined) ?? [];
}
