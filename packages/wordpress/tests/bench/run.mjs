// pnpm bench: the plugin's cost per request. Boots WordPress twice (plugin active / inactive, same seed),
// counts DB queries (X-Queries from the harness mu-plugin) and times 30 requests per URL. Prints only.
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { bootWordPress } from '../harness/boot-wordpress.mjs';

const PLUGIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 30;
const WARMUP = 3;
const SEED = `
$s = get_option( 'cc_signals_settings' );
$s = is_array( $s ) ? $s : array();
$s['site_default'] = array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow' ) ) );
$s['post_type_defaults'] = array( 'post' => array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.1' ) ) ) );
update_option( 'cc_signals_settings', $s );
$choices = array( array(), array( 'train-ai' => array( 'choice' => 'allow' ) ), array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr-ec', 'signalVersion' => '0.1' ) ), array( 'search' => array( 'choice' => 'disallow' ) ) );
for ( $i = 0; $i < 12; $i++ ) {
	$id = wp_insert_post( array( 'post_title' => "Bench post $i", 'post_name' => "bench-$i", 'post_status' => 'publish', 'post_author' => 3, 'post_content' => str_repeat( "<p>Paragraph $i.</p>", 5 ), 'post_date' => sprintf( '2026-01-%02d 10:00:00', $i + 1 ) ) );
	update_post_meta( $id, '_cc_signals', array( 'categories' => $choices[ $i % 4 ] ) );
}
return get_permalink( $id );`;
const PATHS = { 'single post': '/bench-11/', archive: '/category/uncategorized/', feed: '/feed/' };

async function boot(active) {
  const wp = await bootWordPress({
    cacheDir: path.join(PLUGIN_DIR, '.cache'), build: 'beta', countQueries: true,
    plugins: [{ dir: PLUGIN_DIR, slug: 'cc-signals', activate: active }],
  });
  await wp.wpCli(SEED);
  return wp;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(url) {
  let queries = NaN;
  const times = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
    if (i >= WARMUP) times.push(performance.now() - t);
    queries = Number(response.headers.get('x-queries'));
  }
  return { queries, ms: median(times) };
}

function editorSize() {
  const file = path.join(PLUGIN_DIR, 'build/editor.js');
  if (!fs.existsSync(file)) return 'build/editor.js not built (run pnpm build)';
  const raw = fs.readFileSync(file);
  return `build/editor.js: ${raw.length} bytes, ${zlib.gzipSync(raw, { level: 9 }).length} bytes gzip`;
}

const sites = { inactive: await boot(false), active: await boot(true) };
try {
  const rows = [];
  for (const [name, pathname] of Object.entries(PATHS)) {
    const off = await measure(sites.inactive.url + pathname);
    const on = await measure(sites.active.url + pathname);
    rows.push({
      url: `${name} (${pathname})`, 'queries off': off.queries, 'queries on': on.queries, 'queries ratio': (on.queries / off.queries).toFixed(2),
      'median ms off': off.ms.toFixed(1), 'median ms on': on.ms.toFixed(1), 'time ratio': (on.ms / off.ms).toFixed(2),
    });
  }
  console.log(`WordPress ${sites.active.version}, ${RUNS} requests per URL after ${WARMUP} warm-up, php -S + SQLite`);
  console.table(rows);
  console.log(editorSize());
} finally {
  await Promise.all(Object.values(sites).map((wp) => wp.stop()));
}
