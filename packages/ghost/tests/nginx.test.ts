// The nginx map for sites behind nginx: kept current by Ghost's own signed webhooks, and served by
// a real nginx (Debian's) as a reverse proxy to Ghost. Without nginx on the machine the nginx part
// is skipped with a message; the map's webhook updates are tested either way.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNginxConfig } from '@cc-signals/core/testing';
import { parseConfig } from '../src/config.js';
import { ghostNginxSnippet } from '../src/nginx/map.js';
import { startNginxMapSync, type NginxMapSync } from '../src/nginx/sync.js';
import { GhostSignals } from '../src/posts.js';
import { registerWebhooks } from '../src/proxy/webhook.js';
import { freePort } from './harness/boot-ghost.mjs';
import { adminApi, cli, createPost, ghost } from './support.js';

const SECRET = 'a-webhook-secret-for-nginx-tests';
const config = parseConfig({ siteDefault: 'disallow' });
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file));

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  let value = await read();
  for (const deadline = Date.now() + ms; !done(value) && Date.now() < deadline; value = await read()) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return value;
}

const mapLine = (file: string, urlPath: string) => fs.readFileSync(file, 'utf8').split('\n').find((line) => line.startsWith(`\t"${urlPath}" `));

function nginxConfig(dir: string, port: number, mapFile: string): string {
  const headers = ghostNginxSnippet(mapFile).split('\n').filter((line) => line.startsWith('add_header ')).map((line) => `      ${line}`);
  return testNginxConfig({
    dir, port, http: `  include ${mapFile};`,
    server: `    location / {\n      proxy_pass ${ghost().url};\n      proxy_set_header Host $http_host;\n${headers.join('\n')}\n    }`,
  });
}

describe('the nginx map, kept current by Ghost\'s webhooks', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-signals-ghost-nginx-'));
  const mapFile = path.join(dir, 'cc-signals-ghost.map');
  let sync: NginxMapSync;
  let nginx: ChildProcess | undefined;
  let nginxUrl = '';
  let writes = 0;

  beforeAll(async () => {
    sync = await startNginxMapSync({
      signals: new GhostSignals(adminApi(), config), config, out: mapFile, refreshSeconds: 3600, webhook: { secret: SECRET },
      onWritten: () => {
        writes += 1;
        nginx?.kill('SIGHUP'); // nginx rereads its config (and the map) on HUP
      },
    });
    await registerWebhooks(adminApi(), `${sync.webhookUrl!}/`, SECRET);
  });
  afterAll(async () => {
    await sync.close();
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    }
  });

  it('rewrites the map when a post\'s tag changes, and when a post is unpublished or deleted', async () => {
    const post = await createPost({ tags: ['Nginx map'] });
    const urlPath = new URL(post.url ?? '').pathname;
    const other = await createPost({ tags: ['Nginx map'] });
    const otherPath = new URL(other.url ?? '').pathname;
    expect(await until(() => mapLine(mapFile, urlPath), (line) => line === undefined)).toBeUndefined(); // like the default
    expect((await cli(['set', post.slug, 'cc-cr-ec', '--rate', '200'])).code).toBe(0);
    expect(await until(() => mapLine(mapFile, urlPath), Boolean)).toBe(`\t"${urlPath}" "train-ai=n;exceptions=cc-cr-ec";`);
    expect((await cli(['set', post.slug, 'allow', '--rate', '200'])).code).toBe(0);
    expect(await until(() => mapLine(mapFile, urlPath), (line) => line?.endsWith('"train-ai=y";') ?? false)).toBe(`\t"${urlPath}" "train-ai=y";`);
    expect((await cli(['set', other.slug, 'cc-cr', '--rate', '200'])).code).toBe(0);
    expect(await until(() => mapLine(mapFile, otherPath), Boolean)).toBeDefined();

    await adminApi().posts.edit({ id: post.id, updated_at: ((await adminApi().posts.read({ id: post.id })) as { updated_at: string }).updated_at, status: 'draft' });
    expect(await until(() => mapLine(mapFile, urlPath), (line) => line === undefined)).toBeUndefined();
    await adminApi().posts.delete({ id: other.id });
    expect(await until(() => mapLine(mapFile, otherPath), (line) => line === undefined)).toBeUndefined();
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(writes).toBeGreaterThanOrEqual(5);
  });

  it('cc-signals-ghost nginx-map --out writes the map once and prints the snippet; without --out it is a usage error', async () => {
    const file = path.join(dir, 'once.map');
    const result = await cli(['nginx-map', '--out', file, '--rate', '200']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`include ${file};`);
    expect(fs.readFileSync(file, 'utf8')).toContain('map $uri $cc_signals_content_usage {\n\tdefault "";');
    const usage = await cli(['nginx-map']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/nginx-map needs --out <file>/);
  });

  it.skipIf(!NGINX)(`nginx serves each post's header from the map, and follows a tag change${NGINX ? '' : ' (skipped: nginx is not installed; apt-get install nginx-light)'}`, async () => {
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, port, mapFile));
    nginx = spawn(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    nginxUrl = `http://127.0.0.1:${port}`;
    const up = await until(() => fetch(`${nginxUrl}/`).then((r) => r.status, () => 0), (status) => status === 200);
    expect(up, stderr).toBe(200);

    const posts = new Map<string, string>();
    for (const preset of ['cc-cr', 'allow', 'inherit']) {
      const post = await createPost({ tags: ['Nginx served'] });
      expect((await cli(['set', post.slug, preset, '--rate', '200'])).code).toBe(0);
      posts.set(preset, new URL(post.url ?? '').pathname);
    }
    const header = (urlPath: string) => fetch(`${nginxUrl}${urlPath}`).then((r) => r.headers.get('content-usage'));
    expect(await until(() => header(posts.get('cc-cr')!), (value) => value === 'train-ai=n;exceptions=cc-cr')).toBe('train-ai=n;exceptions=cc-cr');
    expect(await until(() => header(posts.get('allow')!), (value) => value === 'train-ai=y')).toBe('train-ai=y');
    expect(await header(posts.get('inherit')!)).toBe('train-ai=n');
    expect(await header('/')).toBe('train-ai=n');

    expect((await cli(['set', posts.get('allow')!.replaceAll('/', ''), 'cc-cr-op', '--rate', '200'])).code).toBe(0);
    expect(await until(() => header(posts.get('allow')!), (value) => value === 'train-ai=n;exceptions=cc-cr-op')).toBe('train-ai=n;exceptions=cc-cr-op');
  });
});
