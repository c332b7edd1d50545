// The proxy's header merge, with a plain HTTP upstream that sends its own Link and X-Robots-Tag
// (as a CDN, another layer or a theme's server may); the proxy in front of a real Ghost is in
// tests/proxy.test.ts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config.js';
import type { GhostPost } from '../plan.js';
import type { GhostSignals } from '../posts.js';
import { createSignalsProxy } from './server.js';
import { SignalMap } from './signal-map.js';

const config = parseConfig({ siteDefault: 'cc-cr', outputs: { noai: true } });
const posts: Record<string, GhostPost[]> = {
  post: [{ id: 'a', slug: 'open', url: 'https://blog.example/open/', updated_at: '', tags: [{ name: '#cc-signal-allow', slug: 'hash-cc-signal-allow' }] }],
  page: [],
};
const signals = { browse: (type: string) => Promise.resolve(posts[type] ?? []) } as unknown as GhostSignals;

const listen = (server: http.Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => { resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`); }));

describe('the proxy\'s headers (core\'s siteHeaders)', () => {
  const upstream = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', link: '<https://blog.example/style.css>; rel="preload"; as="style"', 'x-robots-tag': 'noarchive' });
    response.end('<!doctype html><title>x</title>');
  });
  let proxy: http.Server;
  let url = '';

  beforeAll(async () => {
    const map = new SignalMap(signals, config);
    await map.refresh();
    proxy = createSignalsProxy({ upstream: await listen(upstream), map, outputs: config.outputs });
    url = await listen(proxy);
  });
  afterAll(() => {
    proxy.closeAllConnections();
    proxy.close();
    upstream.close();
  });

  it('keeps the upstream\'s Link and X-Robots-Tag values and joins the signal\'s after them', async () => {
    const response = await fetch(`${url}/somewhere/`);
    expect(response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr');
    const link = response.headers.get('link') ?? '';
    expect(link.startsWith('<https://blog.example/style.css>; rel="preload"; as="style", ')).toBe(true);
    expect(link).toMatch(/rel="/);
    expect(response.headers.get('x-robots-tag')).toMatch(/^noarchive, /);
  });

  it('gives a post its own signal, and Ghost\'s own paths none', async () => {
    expect((await fetch(`${url}/open/`)).headers.get('content-usage')).toBe('train-ai=y');
    const admin = await fetch(`${url}/ghost/api/admin/site/`);
    expect(admin.headers.get('content-usage')).toBeNull();
    expect(admin.headers.get('link')).toBe('<https://blog.example/style.css>; rel="preload"; as="style"');
  });
});
