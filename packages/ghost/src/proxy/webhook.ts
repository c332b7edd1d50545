import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { GhostAdminAPI } from '@tryghost/admin-api';

/** The Ghost events after which a URL's signal may have changed. */
export const SIGNAL_EVENTS = [
  'post.published', 'post.published.edited', 'post.unpublished', 'post.deleted',
  'page.published', 'page.published.edited', 'page.unpublished', 'page.deleted',
  'tag.edited', 'tag.deleted',
] as const;

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const TOLERANCE_MS = 5 * 60_000;

/**
 * Checks Ghost's `X-Ghost-Signature: sha256=<hex>, t=<ms>`: an HMAC-SHA256 of
 * the body followed by the timestamp, with the webhook's secret. Rejects a
 * timestamp more than five minutes away (replays).
 */
export function verifyGhostSignature(header: string | undefined, body: Buffer, secret: string, now = Date.now()): boolean {
  const match = /^sha256=([0-9a-f]{64}), t=(\d+)$/.exec(header ?? '');
  if (!match?.[1] || !match[2] || secret === '') return false;
  if (Math.abs(now - Number(match[2])) > TOLERANCE_MS) return false;
  const expected = createHmac('sha256', secret).update(Buffer.concat([body, Buffer.from(match[2])])).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex'));
}

/**
 * An HTTP server for Ghost's webhooks: answers 204 to a POST whose signature
 * verifies and then calls `onEvent` with its event name; 401 for a bad or
 * missing signature, 413 for an oversized body, 405 for other methods.
 */
export function createWebhookListener(options: { readonly secret: string; readonly onEvent: (event: string) => void }): http.Server {
  return http.createServer((request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        response.writeHead(413, { connection: 'close' }).end();
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!verifyGhostSignature(request.headers['x-ghost-signature'] as string | undefined, body, options.secret)) {
        response.writeHead(401).end();
        return;
      }
      let event = 'unknown';
      try {
        const named = (JSON.parse(body.toString('utf8')) as { event?: unknown }).event;
        if (typeof named === 'string') event = named;
      } catch {
        // a signed body that is not JSON still means "something changed"
      }
      response.writeHead(204).end();
      options.onEvent(event);
    });
  });
}

/** Registers the signal events' webhooks for this integration, pointing at `targetUrl`. */
export async function registerWebhooks(api: GhostAdminAPI, targetUrl: string, secret: string): Promise<void> {
  for (const event of SIGNAL_EVENTS) {
    await api.webhooks.add({ event, target_url: targetUrl, secret, name: `cc-signals ${event}` });
  }
}
