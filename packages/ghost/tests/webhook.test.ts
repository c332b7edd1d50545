import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { GhostSignals } from '../src/posts.js';
import { registerWebhooks, startProxy, type RunningProxy } from '../src/proxy/index.js';
import { adminApi, cli, createPost, ghost } from './support.js';

const SECRET = 'a-webhook-secret-for-tests';
const config = parseConfig({});

async function headerWithin(url: string, expected: string, ms: number): Promise<string | null> {
  let value: string | null = null;
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    value = (await fetch(url)).headers.get('content-usage');
    if (value === expected) break;
  }
  return value;
}

describe('webhooks keep the proxy\'s map current', () => {
  let proxy: RunningProxy;

  beforeAll(async () => {
    proxy = await startProxy({ signals: new GhostSignals(adminApi(), config), config, upstream: ghost().url, refreshSeconds: 3600, webhook: { secret: SECRET } });
    await registerWebhooks(adminApi(), `${proxy.webhookUrl!}/`, SECRET);
  });
  afterAll(async () => proxy.close());

  it('a post\'s tag changed in Ghost reaches the proxy\'s header through a signed webhook, without polling', async () => {
    const post = await createPost({ tags: ['Webhook batch'] });
    const url = `${proxy.url}${new URL(post.url ?? '').pathname}`;
    expect((await fetch(url)).headers.get('content-usage')).toBeNull();
    expect((await cli(['set', post.slug, 'cc-cr-ec', '--rate', '200'])).code).toBe(0);
    expect(await headerWithin(url, 'train-ai=n;exceptions=cc-cr-ec', 15_000)).toBe('train-ai=n;exceptions=cc-cr-ec');
    expect((await cli(['set', post.slug, 'allow', '--rate', '200'])).code).toBe(0);
    expect(await headerWithin(url, 'train-ai=y', 15_000)).toBe('train-ai=y');
  });

  it('refuses unsigned, wrongly signed and replayed webhooks, and does not refresh for them', async () => {
    const before = proxy.map.refreshedAt;
    const body = JSON.stringify({ event: 'post.published.edited' });
    const sign = (secret: string, ts: number) => `sha256=${createHmac('sha256', secret).update(`${body}${ts}`).digest('hex')}, t=${ts}`;
    const post = (headers: Record<string, string>) => fetch(proxy.webhookUrl!, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-ghost-signature': sign('wrong-secret', Date.now()) })).status).toBe(401);
    expect((await post({ 'x-ghost-signature': sign(SECRET, Date.now() - 10 * 60_000) })).status).toBe(401);
    expect((await fetch(proxy.webhookUrl!)).status).toBe(405);
    await new Promise((r) => setTimeout(r, 600));
    expect(proxy.map.refreshedAt).toBe(before);
    expect((await post({ 'x-ghost-signature': sign(SECRET, Date.now()) })).status).toBe(204);
    await new Promise((r) => setTimeout(r, 1500));
    expect(proxy.map.refreshedAt).toBeGreaterThan(before);
  });
});
