import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentVocabulary, intentToPreferences, parseRobotsTxt, presetById, presets, serializeContentUsage } from '@cc-signals/core';
import { parseConfig } from '../src/config.js';
import { GhostSignals } from '../src/posts.js';
import { startProxy, type RunningProxy } from '../src/proxy/index.js';
import { freePort } from './harness/boot-ghost.mjs';
import { adminApi, createPost, ghost } from './support.js';

const execFileAsync = promisify(execFile);
const CLI_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('cc-signals/package.json')), 'dist/bin.js');
const config = parseConfig({ siteDefault: 'disallow', outputs: { contentSignal: true } });
const taggable = presets.filter((preset) => preset.id !== 'inherit');

interface Inspection {
  preferences: Record<string, { preference: string; exception?: string }>;
  readings: { source: string; applies: boolean }[];
  conflicts: unknown[];
}

async function inspect(url: string): Promise<Inspection> {
  const { stdout } = await execFileAsync(process.execPath, [CLI_BIN, 'inspect', url, '--json'], { timeout: 60_000 });
  return JSON.parse(stdout) as Inspection;
}

/** Sends raw bytes and returns the first line of the answer. */
function rawStatusLine(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
    socket.on('end', () => { resolve(data.split('\r\n')[0] ?? ''); });
    socket.on('error', reject);
  });
}

describe('the header proxy in front of a real Ghost', () => {
  let proxy: RunningProxy;
  const pathByPreset = new Map<string, string>();
  const signals = () => new GhostSignals(adminApi(), config);

  beforeAll(async () => {
    for (const preset of taggable) {
      const post = await createPost({ tags: ['Proxy e2e'] });
      await signals().apply('post', post, preset.id);
      pathByPreset.set(preset.id, new URL(post.url ?? '').pathname);
    }
    proxy = await startProxy({ signals: signals(), config, upstream: ghost().url, refreshSeconds: 3600 });
  });
  afterAll(async () => proxy.close());

  it.each(taggable.map((preset) => [preset.id] as const))('%s: header, head tags and robots.txt agree, read back by cc-signals inspect', async (id) => {
    const expected = intentToPreferences(presetById(id)!.intent);
    const url = `${proxy.url}${pathByPreset.get(id)!}`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-usage')).toBe(serializeContentUsage(expected));
    const report = await inspect(url);
    const silent = Object.fromEntries(currentVocabulary.categories.map((category) => [category.label, { preference: 'unknown' }]));
    expect(report.preferences).toEqual({ ...silent, ...expected });
    // Content-Signal cannot say "allowed" for train-ai without anyAiTraining: the allowing post's
    // path gets an empty Content-Signal line, so the site's `ai-train=no` does not reach it either.
    expect(report.conflicts).toEqual([]);
    const sources = report.readings.filter((reading) => reading.applies).map((reading) => reading.source);
    expect(sources).toEqual(expect.arrayContaining(['content-usage-header', 'content-usage-meta', 'robots-txt']));
  });

  it('serves Ghost\'s robots.txt byte for byte with the site\'s rules added to its groups', async () => {
    const [direct, proxied] = await Promise.all([fetch(`${ghost().url}/robots.txt`), fetch(`${proxy.url}/robots.txt`)]);
    const ghostText = await direct.text();
    const text = await proxied.text();
    const own = new Set(ghostText.split('\n'));
    const added = (line: string) => /^Content-(Usage|Signal):/.test(line) || (line.startsWith('#') && !own.has(line));
    expect(text.split('\n').filter((line) => !added(line)).join('\n')).toBe(ghostText);
    const ghostRobots = parseRobotsTxt(ghostText);
    const ours = parseRobotsTxt(text);
    const star = ours.groups.find((group) => group.userAgents.includes('*'))!;
    expect(star.rules).toEqual(ghostRobots.groups.find((group) => group.userAgents.includes('*'))!.rules);
    expect(ours.sitemaps).toEqual(ghostRobots.sitemaps);
    expect(star.contentUsage.find((rule) => rule.path === undefined)?.value).toBe('train-ai=n');
    expect(star.contentUsage.find((rule) => rule.path === pathByPreset.get('allow'))?.value).toBe('train-ai=y');
    expect(star.contentSignals.find((rule) => rule.path === undefined)?.value).toBe('ai-train=no');
    expect(star.contentSignals.find((rule) => rule.path === pathByPreset.get('allow'))).toMatchObject({ value: '', preferences: {} });
    expect(proxied.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('passes everything else through unchanged: status, redirects, bodies, caching headers, HEAD, compression', async () => {
    const cases: [string, RequestInit][] = [
      ['/', {}],
      [pathByPreset.get('cc-cr')!.replace(/\/$/, ''), { redirect: 'manual' }],
      ['/no-such-page/', {}],
      ['/sitemap.xml', {}],
      ['/rss/', { headers: { 'accept-encoding': 'gzip' } }],
      [pathByPreset.get('allow')!, { method: 'HEAD' }],
    ];
    for (const [target, init] of cases) {
      const [direct, proxied] = await Promise.all([fetch(`${ghost().url}${target}`, init), fetch(`${proxy.url}${target}`, init)]);
      expect(proxied.status, target).toBe(direct.status);
      if (init.redirect === 'manual') expect(direct.status).toBe(301);
      if (target === '/rss/') expect(direct.headers.get('content-encoding')).toBe('gzip');
      for (const name of ['content-type', 'location', 'cache-control', 'content-encoding', 'vary', 'etag']) {
        expect(proxied.headers.get(name), `${target} ${name}`).toBe(direct.headers.get(name));
      }
      if (init.method === 'HEAD') {
        expect(await proxied.text()).toBe('');
        expect(proxied.headers.get('content-length')).toBe(direct.headers.get('content-length'));
        continue;
      }
      expect(Buffer.from(await proxied.arrayBuffer()).equals(Buffer.from(await direct.arrayBuffer())), target).toBe(true);
    }
    expect((await fetch(`${proxy.url}/ghost/api/admin/site/`)).headers.get('content-usage')).toBeNull();
    expect((await fetch(`${proxy.url}/no-such-page/`)).headers.get('content-usage')).toBeNull();
  });

  it('is never an open proxy: absolute-form targets and CONNECT are refused', async () => {
    const port = Number(new URL(proxy.url).port);
    expect(await rawStatusLine(port, 'GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await rawStatusLine(port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n')).toMatch(/^HTTP\/1\.1 405/);
    expect(await rawStatusLine(port, 'GET //example.com/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
  });

  it('follows a post\'s new signal after the map refreshes', async () => {
    const post = await createPost({ tags: ['Proxy e2e'] });
    await signals().apply('post', post, 'cc-cr-op');
    await proxy.map.refresh();
    const url = `${proxy.url}${new URL(post.url ?? '').pathname}`;
    expect((await fetch(url)).headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-op');
    const fresh = await adminApi().posts.read({ id: post.id }, { include: 'tags' });
    await signals().apply('post', fresh as typeof post, 'allow');
    await proxy.map.refresh();
    expect((await fetch(url)).headers.get('content-usage')).toBe('train-ai=y');
  });
});

describe('cc-signals-ghost proxy (the built CLI)', () => {
  it('serves the headers until SIGTERM, then exits 0', async () => {
    const post = await createPost({ tags: ['Proxy cli'] });
    await new GhostSignals(adminApi(), config).apply('post', post, 'cc-cr-dc');
    const port = await freePort();
    const bin = path.resolve(import.meta.dirname, '../dist/bin.js');
    const child = spawn(process.execPath, [bin, 'proxy', '--upstream', ghost().url, '--listen', `127.0.0.1:${port}`], {
      env: { ...process.env, GHOST_ADMIN_API_KEY: ghost().adminKey },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; i < 100 && !output.includes('cc-signals-ghost proxy:'); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain(`cc-signals-ghost proxy: http://127.0.0.1:${port} → ${ghost().url}`);
    const response = await fetch(`http://127.0.0.1:${port}${new URL(post.url ?? '').pathname}`);
    expect(response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr-dc');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).not.toContain(ghost().adminKey.split(':')[1]);
  });
});
