// pnpm bench (packages/ghost): the latency the header proxy adds in front of a real Ghost 6.
// One Ghost, one post page; requests to Ghost directly (A) and through the proxy (B) interleaved
// A, B, A, B… over kept-alive connections, after a warm-up. Prints p50 and p99 of each and the
// difference. Then `bulk` throughput (GhostSignals.run: plan + one edit per post) against a plain
// Admin API edit loop making the same edits. Nothing here is asserted: tests never time anything.
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
  const bulk = await bulkThroughput(api, config);
  const row = (name, values) => `${name.padEnd(22)} p50 ${percentile(values, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(values, 99).toFixed(2).padStart(7)} ms`;
  console.log(`Ghost post page, ${ROUNDS} interleaved requests each (keep-alive)`);
  console.log(row('Ghost directly (A)', direct));
  console.log(row('through the proxy (B)', proxied));
  console.log(
    `proxy adds             p50 ${(percentile(proxied, 50) - percentile(direct, 50)).toFixed(2).padStart(7)} ms   p99 ${(percentile(proxied, 99) - percentile(direct, 99)).toFixed(2).padStart(7)} ms` +
      `   (B/A at p50: ${(percentile(proxied, 50) / percentile(direct, 50)).toFixed(3)})`,
  );
  console.log(`bulk over ${bulk.count} posts: ${bulk.ours.toFixed(1)} posts/s, plain edit loop ${bulk.plain.toFixed(1)} posts/s (ratio ${(bulk.ours / bulk.plain).toFixed(3)})`);
} finally {
  agent.destroy();
  await ghost.stop();
}

/** Posts per second: the adapter's run over a batch, then a plain edit loop over a same-sized batch. */
async function bulkThroughput(api, config) {
  const count = Number(process.env.BENCH_BULK ?? 30);
  const batch = async (tag) => {
    const posts = [];
    for (let i = 0; i < count; i += 1) {
      posts.push(await api.posts.add({ title: `${tag} ${i}`, status: 'published', html: '<p>x</p>', tags: [{ name: tag }] }, { source: 'html' }));
    }
    return posts;
  };
  const signals = new GhostSignals(api, config);
  await batch('Bulk ours');
  let started = performance.now();
  await signals.run('post', await signals.browse('post', 'tag:bulk-ours'), 'cc-cr');
  const oursRate = count / ((performance.now() - started) / 1000);
  await batch('Bulk plain');
  started = performance.now();
  for (const post of await api.posts.browse({ filter: 'tag:bulk-plain', limit: 'all', include: 'tags' })) {
    await api.posts.edit({ id: post.id, updated_at: post.updated_at, tags: [...post.tags, { name: '#cc-signal-cc-cr' }], codeinjection_head: '<meta name="content-usage" content="train-ai=n;exceptions=cc-cr">' });
  }
  return { count, ours: oursRate, plain: count / ((performance.now() - started) / 1000) };
}
