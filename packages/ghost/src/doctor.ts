import { readPreferences, resolveVocabulary, serializeContentUsage } from '@cc-signals/core';
import type { GhostSignalsConfig, PostType } from './config.js';
import type { Io } from './cli.js';
import type { GhostSignals } from './posts.js';

interface DoctorRow {
  readonly url: string;
  readonly expected: string;
  readonly emitted: string;
  readonly sources: readonly string[];
  readonly ok: boolean;
}

async function fetchText(url: string): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000), headers: { 'user-agent': 'cc-signals-ghost doctor' } });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * `doctor`: fetches each published post's public page and the site's
 * robots.txt, reads them with core's reader as a crawler would, and compares
 * the result with the signal the post resolves to. Exit 1 on any mismatch.
 */
export async function doctor(
  signals: GhostSignals,
  config: GhostSignalsConfig,
  types: readonly PostType[],
  values: { limit?: string; json?: boolean; filter?: string },
  io: Io,
): Promise<number> {
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  const rows: DoctorRow[] = [];
  let robotsTxt: string | null | undefined;
  for (const type of types) {
    const filter = values.filter ? `status:published+(${values.filter})` : 'status:published';
    const posts = (await signals.browse(type, filter)).slice(0, limit);
    for (const post of posts) {
      if (!post.url) continue;
      robotsTxt ??= await robots(post.url);
      const page = await fetchText(post.url);
      // Read with the site's vocabulary (outputs.vocabulary), as a crawler that knows it would.
      const vocabulary = resolveVocabulary(config.outputs.vocabulary, 'outputs.vocabulary');
      const read = readPreferences({ url: post.url, headers: page.headers, html: page.text, robotsTxt, vocabulary });
      const expected = serializeContentUsage(signals.check(type, post).signal?.preferences ?? {}, vocabulary);
      const emitted = serializeContentUsage(read.preferences, vocabulary);
      rows.push({ url: post.url, expected, emitted, sources: read.readings.map((r) => r.source), ok: expected === emitted });
    }
  }
  if (values.json) io.stdout(`${JSON.stringify({ config: config.outputs, pages: rows }, null, 2)}\n`);
  else {
    for (const row of rows) {
      io.stdout(`${row.ok ? 'ok ' : 'BAD'}\t${row.url}\texpected ${row.expected || '(none)'}\temitted ${row.emitted || '(none)'}\tfrom ${row.sources.join(',') || '-'}\n`);
    }
    io.stdout(`${rows.filter((r) => r.ok).length} ok, ${rows.filter((r) => !r.ok).length} mismatched\n`);
  }
  return rows.every((row) => row.ok) ? 0 : 1;
}

async function robots(pageUrl: string): Promise<string | null> {
  try {
    const response = await fetchText(new URL('/robots.txt', pageUrl).href);
    if (response.status >= 500) return null; // unreachable: RFC 9309 says assume complete disallow
    return response.status >= 400 ? '' : response.text;
  } catch {
    return null;
  }
}
