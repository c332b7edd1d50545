// pnpm bench (packages/strapi): what the plugin costs a real Strapi 5 app, and whether its feeds stream.
// Two copies of the demo app boot in one run, each in its own process (bench/app.mjs): with the plugin
// (B) and without it (A), seeded with the same BENCH_ENTRIES articles (10,000). Requests go A, B, A, B…
// (the order flipped every round) over kept-alive connections after a warm-up, for GET one entry and
// GET a list of 100; each round gives a ratio B/A, and the table shows their median and spread. Then
// the plugin's feeds of 1,000 and 10,000 entries: time to first and last byte, size, and the memory
// the app's process added while writing it (peak RSS and heap over a GC'd baseline, sampled every 2 ms).
// Nothing is asserted and nothing is tuned: this prints what this machine measures.
import { fork } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = 20;
const here = path.dirname(fileURLToPath(import.meta.url));
const documentId = `bench${'0'.padStart(19, '0')}`; // entry 0: the newest, with a signal of its own (app.mjs)

/** Forks bench/app.mjs in `mode` and waits for its URL. */
function startApp(mode) {
  const child = fork(path.join(here, 'app.mjs'), [mode, String(ENTRIES)], { execArgv: ['--expose-gc'], stdio: 'inherit' });
  const waiters = [];
  child.on('message', (message) => waiters.shift()?.(message));
  const next = () => new Promise((resolve) => waiters.push(resolve));
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`bench app "${mode}" exited with ${code}`))));
  return Promise.race([next(), exited]).then((ready) => ({
    url: ready.url,
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    async memory(request) {
      child.send('mem-start');
      await next();
      const result = await request();
      child.send('mem-stop');
      return { ...result, memory: (await next()).memory };
    },
    async whole() {
      child.send('whole');
      return (await next()).whole;
    },
    async stop() {
      this.agent.destroy();
      child.send('stop');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  }));
}

/** A GET, read to the end: times to first and last byte (ms), status, bytes. */
function get(app, urlPath) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(`${app.url}${urlPath}`, { agent: app.agent }, (response) => {
        const firstByte = performance.now() - started;
        let bytes = 0;
        response.on('data', (chunk) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, firstByte, lastByte: performance.now() - started, bytes }));
      })
      .on('error', reject);
  });
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};

/** Interleaved A/B rounds on one path; per-round ratios B/A. */
async function compare(a, b, urlPath) {
  // The apps are what they claim: the same entries, a Content-Usage header only with the plugin.
  for (const [app, header] of [[a, false], [b, true]]) {
    const { status, headers } = await get(app, urlPath);
    if (status !== 200) throw new Error(`GET ${urlPath} gave ${status} on ${app.url}`);
    if ('content-usage' in headers !== header) throw new Error(`GET ${urlPath} on ${app.url}: Content-Usage ${header ? 'missing' : 'present'}`);
  }
  const times = { a: [], b: [], ratio: [] };
  for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
    const order = round % 2 === 0 ? [a, b] : [b, a];
    const [first, second] = [(await get(order[0], urlPath)).lastByte, (await get(order[1], urlPath)).lastByte];
    const [timeA, timeB] = order[0] === a ? [first, second] : [second, first];
    if (round < WARMUP) continue;
    times.a.push(timeA);
    times.b.push(timeB);
    times.ratio.push(timeB / timeA);
  }
  return times;
}

const ms = (value) => `${value.toFixed(2)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function printComparison(rows) {
  console.log(`\nGET, plugin off (A) vs on (B): ${ROUNDS} interleaved rounds after ${WARMUP} warm-up, ${ENTRIES} articles`);
  console.log('| request | A median | B median | B/A median | B/A p25–p75 | B/A p10–p90 |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, times] of rows) {
    const r = times.ratio;
    console.log(
      `| ${name} | ${ms(quantile(times.a, 0.5))} | ${ms(quantile(times.b, 0.5))} | ${quantile(r, 0.5).toFixed(3)} | ` +
        `${quantile(r, 0.25).toFixed(3)}–${quantile(r, 0.75).toFixed(3)} | ${quantile(r, 0.1).toFixed(3)}–${quantile(r, 0.9).toFixed(3)} |`,
    );
  }
}

async function feeds(app) {
  const limits = [...new Set([Math.min(1_000, ENTRIES), ENTRIES])];
  await get(app, `/api/cc-signals/feeds/articles/rss?limit=${limits[0]}`); // warm-up
  const rows = [];
  for (const format of ['rss', 'atom', 'json']) {
    for (const limit of limits) {
      const result = await app.memory(() => get(app, `/api/cc-signals/feeds/articles/${format}?limit=${limit}`));
      if (result.status !== 200) throw new Error(`the ${format} feed gave ${result.status}`);
      rows.push({ format, limit, ...result });
    }
  }
  console.log(`\nFeeds (plugin on), one request each; memory: the app process's peak over its GC'd baseline while it wrote the feed`);
  console.log('(live heap: heap used right after a full GC, every 50 ms; heap: heap used, every 2 ms, garbage included)');
  console.log('| feed | entries | size | first byte | last byte | RSS added | heap added | live heap added |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const { rss, heapUsed, live } = row.memory;
    console.log(
      `| ${row.format} | ${row.limit} | ${mb(row.bytes)} | ${ms(row.firstByte)} | ${ms(row.lastByte)} | ${mb(rss)} | ${mb(heapUsed)} | ${mb(live)} |`,
    );
  }
  const whole = await app.whole();
  console.log(
    `| not streamed (reference): ${whole.entries} entries in one query + serializeRss | ${whole.entries} | ${mb(whole.bytes)} | | | | | ${mb(whole.live)} held |`,
  );
  const baseline = rows[0]?.memory.baselineRss;
  if (baseline) console.log(`(the app's RSS before the first feed: ${mb(baseline)})`);
}

const off = await startApp('off');
let on;
try {
  on = await startApp('on');
  const one = await compare(off, on, `/api/articles/${documentId}`);
  const list = await compare(off, on, '/api/articles?pagination[pageSize]=100');
  printComparison([
    ['GET one entry', one],
    ['GET a list of 100', list],
  ]);
  await feeds(on);
} finally {
  await on?.stop();
  await off.stop();
}
