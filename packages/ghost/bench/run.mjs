// pnpm bench (packages/ghost): the latency the header proxy adds in front of a real Ghost 6.
// One Ghost, one post page; requests to Ghost directly (A) and through the proxy (B) interleaved
// A, B, A, B… over kept-alive connections, after a warm-up. Prints p50 and p99 of each and the
// difference. Nothing here is asserted: tests never time anything.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { GhostSignals, createAdminApi, parseConfig, startProxy } from '../dist/index.js';
import { bootGhost } from '../tests/harness/boot-ghost.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARMUP = 30;

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(url) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(performance.now() - started));
      })
      .on('error', reject);
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const ghost = await bootGhost();
try {
  const config = parseConfig({ siteDefault: 'disallow' });
  const api = createAdminApi({ url: ghost.url, key: ghost.adminKey, requestsPerSecond: 100 });
  const signals = new GhostSignals(api, config);
  const post = await api.posts.add({ title: 'Bench post', status: 'published', html: '<p>Words.</p>' }, { source: 'html' });
  await signals.apply('post', await signals.read('post', post.id), 'cc-cr');
  for (let i = 0; i < 20; i += 1) await api.posts.add({ title: `Filler ${i}`, status: 'published', html: '<p>More.</p>' }, { source: 'html' });
  const proxy = await startProxy({ signals, config, upstream: ghost.url, refreshSeconds: 3600 });
  const path = new URL(post.url).pathname;
  const direct = [];
  const proxied = [];
  for (let i = 0; i < WARMUP + ROUNDS; i += 1) {
    const a = await get(`${ghost.url}${path}`);
    const b = await get(`${proxy.url}${path}`);
    if (i >= WARMUP) {
      direct.push(a);
      proxied.push(b);
    }
  }
  await proxy.close();
  const row = (name, values) => `${name.padEnd(22)} p50 ${percentile(values, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(values, 99).toFixed(2).padStart(7)} ms`;
  console.log(`Ghost post page, ${ROUNDS} interleaved requests each (keep-alive)`);
  console.log(row('Ghost directly (A)', direct));
  console.log(row('through the proxy (B)', proxied));
  console.log(
    `proxy adds             p50 ${(percentile(proxied, 50) - percentile(direct, 50)).toFixed(2).padStart(7)} ms   p99 ${(percentile(proxied, 99) - percentile(direct, 99)).toFixed(2).padStart(7)} ms` +
      `   (B/A at p50: ${(percentile(proxied, 50) / percentile(direct, 50)).toFixed(3)})`,
  );
} finally {
  agent.destroy();
  await ghost.stop();
}
