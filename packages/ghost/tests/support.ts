import http from 'node:http';
import type net from 'node:net';
import { inject } from 'vitest';
import { createAdminApi } from '../src/admin.js';
import { run } from '../src/cli.js';
import type { GhostPost } from '../src/plan.js';

/** The Ghost booted by global-setup.ts. */
export const ghost = () => inject('ghost');

/** An Admin API client for the test Ghost (no pacing). */
export const adminApi = (url = ghost().url) => createAdminApi({ url, key: ghost().adminKey, requestsPerSecond: 1000, backoffMs: 50 });

/** Runs `cc-signals-ghost` in-process; returns its exit code and output. */
export async function cli(args: readonly string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { GHOST_URL: ghost().url, GHOST_ADMIN_API_KEY: ghost().adminKey, ...env },
  });
  return { code, stdout, stderr };
}

let counter = 0;

/** Creates a published post with these tags and code injection; returns it with its tags. */
export async function createPost(fields: { tags?: string[]; codeinjection_head?: string | null; title?: string; page?: boolean } = {}) {
  counter += 1;
  const api = adminApi();
  const resource = fields.page ? api.pages : api.posts;
  const post = (await resource.add(
    {
      title: fields.title ?? `Test post ${counter} ${Date.now()}`,
      status: 'published',
      tags: (fields.tags ?? []).map((name) => ({ name })),
      codeinjection_head: fields.codeinjection_head ?? null,
      html: '<p>Plain words, no links.</p>',
    },
    { source: 'html' },
  )) as GhostPost;
  return readPost(post.id, fields.page);
}

/** A post as the Admin API has it now. */
export async function readPost(id: string, page = false): Promise<GhostPost> {
  const api = adminApi();
  return (await (page ? api.pages : api.posts).read({ id }, { include: 'tags' })) as GhostPost;
}

/**
 * A reverse proxy in front of Ghost that breaks the network from the Nth
 * request on: request N reaches Ghost but its answer is cut off, and every
 * later one is cut before reaching Ghost. `heal()` lets everything through.
 */
export async function flakyProxy(target: string, failFrom: number) {
  let count = 0;
  let healed = false;
  const upstream = new URL(target);
  const server = http.createServer((request, response) => {
    count += 1;
    const failing = !healed && count >= failFrom;
    if (failing && count > failFrom) {
      request.socket.destroy();
      return;
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers: { ...request.headers, host: upstream.host } },
      (answer) => {
        if (failing) {
          answer.resume();
          answer.on('end', () => request.socket.destroy());
          return;
        }
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    heal: () => (healed = true),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => { resolve(); }); }),
  };
}
