// pnpm bench: the plugin's cost per request, as ratios against the same site without it. Boots a
// seeded WordPress (every output on, opcache on) whose plugin is switched off per request
// (site.mjs: PLUGIN_OFF), requests each URL in interleaved rounds (off-on, on-off, … so drift hits
// both sides alike), and reports median time and DB queries (X-Queries from the harness mu-plugin)
// against the goals, with a 95% bootstrap interval of the ratio. It boots the site several times:
// the same code measured in one PHP process differs from another by up to ±2% (memory layout), so
// the ratio pools the rounds of every boot, and each boot's own ratio is shown beside it.
// Env: BENCH_BOOTS (default 8), BENCH_ROUNDS (per boot, default 40), WP_ARCHIVE (a release archive,
// e.g. 7.1, instead of 6.6), BENCH_ROBOTS_POSTS (e.g. "2000,20000": robots.txt time and size with
// that many differing posts, on the last boot).
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { boot, PLUGIN_DIR, PLUGIN_OFF } from './site.mjs';

const BOOTS = Number(process.env.BENCH_BOOTS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const WARMUP = 5;
// Goals (issue #10): pages and feeds ≤ 1.02 with no extra query; robots.txt ≤ 1.1.
const PATHS = [
  { name: 'home', path: '/', goal: 1.02 },
  { name: 'single post', path: '/bench-59/', goal: 1.02 },
  { name: 'archive', path: '/category/uncategorized/', goal: 1.02 },
  { name: 'feed, 50 items', path: '/feed/', goal: 1.02 },
  { name: 'robots.txt', path: '/robots.txt', goal: 1.1, extraQueries: true },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function timed(url, headers = {}) {
  const t = performance.now();
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - t, queries: Number(response.headers.get('x-queries')), bytes: body.byteLength };
}

// Interleaved A/B on one site: round i requests off then on when i is even, on then off when odd.
async function compare(wp, pathname) {
  const samples = { off: [], on: [] };
  const last = {};
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    for (const side of i % 2 ? ['on', 'off'] : ['off', 'on']) {
      const result = await timed(wp.url + pathname, side === 'off' ? PLUGIN_OFF : {});
      if (i >= WARMUP) samples[side].push(result.ms);
      last[side] = result;
    }
  }
  return { samples, off: { ...last.off, ms: median(samples.off) }, on: { ...last.on, ms: median(samples.on) } };
}

// The ratio and its 95% interval. The ratio: the median of every round's on/off pair (adjacent
// requests, so drift cancels), pooled over the boots. The interval: a two-level bootstrap (1,000
// draws, seeded) that resamples boots, then rounds within each drawn boot, since one boot's rounds
// share that process's memory layout and move together; resampling rounds alone read too narrow.
function pairedRatio(boots) {
  const perBoot = boots.map(({ off, on }) => on.map((ms, i) => ms / off[i]));
  const ratio = median(perBoot.flat());
  if (perBoot.flat().length < 2) return { ratio, low: NaN, high: NaN };
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const draws = Array.from({ length: 1000 }, () => median(perBoot.flatMap(() => { const rounds = pick(perBoot); return rounds.map(() => pick(rounds)); })));
  draws.sort((a, b) => a - b);
  return { ratio, low: draws[25], high: draws[974] };
}

function editorSize() {
  const file = path.join(PLUGIN_DIR, 'build/editor.js');
  if (!fs.existsSync(file)) return 'build/editor.js not built (run pnpm build)';
  const gzip = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  return `build/editor.js: ${gzip} bytes gzip (goal ≤ 5120: ${gzip <= 5120 ? 'met' : 'NOT met'})`;
}

async function robotsAtScale(wp, counts) {
  const rows = [];
  let seeded = 0;
  for (const count of counts) {
    await wp.wpCli(`wp_defer_term_counting( true ); wp_suspend_cache_addition( true );
for ( $i = ${seeded}; $i < ${count}; $i++ ) {
	$id = wp_insert_post( array( 'post_title' => "Many $i", 'post_name' => "many-$i", 'post_status' => 'publish', 'post_author' => 3 ) );
	update_post_meta( $id, '_cc_signals', array( 'categories' => array( 'train-ai' => array( 'choice' => 'allow' ) ) ) );
}`);
    seeded = count;
    const times = [];
    let last;
    for (let i = 0; i < 7; i++) { last = await timed(`${wp.url}/robots.txt`); times.push(last.ms); }
    rows.push({ 'differing posts': count, 'median ms': median(times).toFixed(1), 'KiB': (last.bytes / 1024).toFixed(0), queries: last.queries });
  }
  return rows;
}

// Each URL's samples of every boot, and the last boot's responses (queries, bytes).
async function measureBoots() {
  const runs = PATHS.map(() => ({ boots: [] }));
  let wp;
  for (let b = 0; b < BOOTS; b++) {
    if (wp) await wp.stop();
    wp = await boot();
    for (const [index, { path: pathname }] of PATHS.entries()) {
      const { samples, off, on } = await compare(wp, pathname);
      const run = runs[index];
      run.boots.push(samples);
      Object.assign(run, { off, on });
      if (process.env.BENCH_SAMPLES) fs.appendFileSync(process.env.BENCH_SAMPLES, `${JSON.stringify({ boot: b, pathname, ...samples })}\n`);
    }
  }
  return { wp, runs };
}

const { wp, runs } = await measureBoots();
try {
  const rows = PATHS.map(({ name, path: pathname, goal, extraQueries }, index) => {
    const { boots, off, on } = runs[index];
    const { ratio, low, high } = pairedRatio(boots);
    const perBoot = boots.map((samples) => pairedRatio([samples]).ratio);
    const samples = { off: boots.flatMap((boot) => boot.off), on: boots.flatMap((boot) => boot.on) };
    const queriesOk = extraQueries || on.queries === off.queries;
    return {
      url: `${name} (${pathname})`, 'ms off': median(samples.off).toFixed(2), 'ms on': median(samples.on).toFixed(2), ratio: ratio.toFixed(3),
      '95% interval': `${low.toFixed(3)}–${high.toFixed(3)}`, 'per boot': perBoot.map((r) => r.toFixed(3)).join(' '), goal: `≤ ${goal}`,
      queries: `${off.queries} → ${on.queries}`, 'goal met': ratio <= goal && queriesOk ? 'yes' : 'NO',
    };
  });
  console.log(`WordPress ${wp.version}, php -S + SQLite, opcache on, every output on, the plugin switched off per request on the same site; ${BOOTS} boots × ${ROUNDS} interleaved rounds per URL after ${WARMUP} warm-up (medians)`);
  console.table(rows);
  console.log(editorSize());
  const big = (process.env.BENCH_ROBOTS_POSTS ?? '').split(',').filter(Boolean).map(Number);
  if (big.length) {
    console.log('robots.txt with many posts whose choice differs from the default (plugin active):');
    console.table(await robotsAtScale(wp, big));
  }
} finally {
  await wp.stop();
}
