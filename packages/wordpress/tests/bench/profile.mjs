// pnpm --filter @cc-signals/wordpress bench:profile — what the plugin itself does per front-end
// request, for finding avoidable work without a quiet machine: the files it loads, the time it
// adds between `muplugins_loaded` and `plugins_loaded` (loading: against the same site with the
// plugin switched off for the request), each of its hook callbacks (wrapped with hrtime by a measuring mu-plugin),
// and the DB queries. Times are medians of
// PROFILE_ROUNDS requests (default 100) and only comparable between runs on the same machine;
// pnpm bench (run.mjs) gives the ratios against WordPress without the plugin.
import { boot, PLUGIN_OFF } from './site.mjs';

const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 100);
const PATHS = process.env.PROFILE_PATHS?.split(',') ?? ['/', '/bench-59/', '/category/uncategorized/', '/feed/', '/robots.txt'];

// Wraps every callback named cc_signals_* registered by `plugins_loaded` (and again at `wp`, for
// hooks added later) in a timer; sends the tally as a header at shutdown (output is buffered by the
// harness's query-count mu-plugin).
const PROFILER = `<?php
$GLOBALS['cc_profile'] = array( 'hooks' => array() );
add_action( 'muplugins_loaded', static function () { $GLOBALS['cc_profile']['start'] = hrtime( true ); }, PHP_INT_MAX );
function cc_profile_wrap() {
	global $wp_filter;
	$added = 0;
	foreach ( $wp_filter as $tag => $hook ) {
		foreach ( $hook->callbacks as $priority => $callbacks ) {
			foreach ( $callbacks as $id => $callback ) {
				$name = $callback['function'];
				if ( ! is_string( $name ) || 0 !== strpos( $name, 'cc_signals_' ) ) {
					continue;
				}
				++$added;
				$hook->callbacks[ $priority ][ $id ]['function'] = static function ( ...$args ) use ( $name, $tag ) {
					$t      = hrtime( true );
					$result = $name( ...$args );
					$key    = "$tag → $name";
					$GLOBALS['cc_profile']['hooks'][ $key ] = ( $GLOBALS['cc_profile']['hooks'][ $key ] ?? 0 ) + hrtime( true ) - $t;
					return $result;
				};
			}
		}
	}
	return $added;
}
add_action( 'plugins_loaded', static function () {
	$GLOBALS['cc_profile']['load'] = hrtime( true ) - $GLOBALS['cc_profile']['start'];
	$dir = defined( 'CC_SIGNALS_PLUGIN_DIR' ) ? CC_SIGNALS_PLUGIN_DIR : '';
	$GLOBALS['cc_profile']['files'] = count( array_filter( get_included_files(), static fn( $f ) => '' !== $dir && 0 === strpos( $f, $dir ) && false === strpos( $f, '/.cache/' ) ) );
	$GLOBALS['cc_profile']['callbacks'] = cc_profile_wrap();
}, PHP_INT_MIN );
add_action( 'shutdown', static function () {
	$dir = defined( 'CC_SIGNALS_PLUGIN_DIR' ) ? CC_SIGNALS_PLUGIN_DIR : '';
	$GLOBALS['cc_profile']['files_end'] = count( array_filter( get_included_files(), static fn( $f ) => '' !== $dir && 0 === strpos( $f, $dir ) && false === strpos( $f, '/.cache/' ) ) );
	if ( ! headers_sent() ) {
		header( 'X-CC-Profile: ' . wp_json_encode( $GLOBALS['cc_profile'] ) );
	}
}, -1 );
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function profile(url, headers = {}) {
  const samples = [];
  for (let i = 0; i < ROUNDS + 3; i++) {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
    if (i >= 3) samples.push({ ...JSON.parse(response.headers.get('x-cc-profile') ?? '{}'), queries: Number(response.headers.get('x-queries')) });
  }
  const hooks = {};
  for (const key of new Set(samples.flatMap((s) => Object.keys(s.hooks ?? {})))) hooks[key] = median(samples.map((s) => s.hooks?.[key] ?? 0)) / 1000;
  const last = samples.at(-1);
  return { load: median(samples.map((s) => s.load)) / 1000, hooks, files: `${last.files} (${last.files_end} at shutdown)`, callbacks: last.callbacks, queries: last.queries };
}

const wp = await boot({ 'cc-profile.php': PROFILER });
try {
  console.log(`WordPress ${wp.version}, php -S, opcache on, every output on; medians of ${ROUNDS} requests, µs`);
  for (const pathname of PATHS) {
    const baseline = await profile(wp.url + pathname, PLUGIN_OFF);
    const measured = await profile(wp.url + pathname);
    const { hooks, files, callbacks, queries } = measured;
    const load = measured.load - baseline.load;
    const total = load + Object.values(hooks).reduce((a, b) => a + b, 0);
    console.log(`\n${pathname}: plugin files ${files}, callbacks ${callbacks}, queries ${queries}; loading ${load.toFixed(0)} µs, hooks ${(total - load).toFixed(0)} µs, total ${total.toFixed(0)} µs`);
    console.table(Object.fromEntries(Object.entries(hooks).sort((a, b) => b[1] - a[1]).map(([key, us]) => [key, { µs: Number(us.toFixed(1)) }])));
  }
} finally {
  await wp.stop();
}
