// The bench's WordPress: opcache on, query counting, every output on, 60 posts with varied
// choices, 50-item feeds, the plugin switchable per request. Shared by run.mjs (A/B ratios) and
// profile.mjs (the plugin's own work).
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootWordPress } from '../harness/boot-wordpress.mjs';

export const PLUGIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUTS_ON = `$s['outputs'] = array( 'header' => true, 'head_tags' => true, 'robots' => true, 'feeds' => true, 'content_signal' => true,
	'tdmrep' => true, 'noai' => true, 'tdm_policy_url' => 'https://example.org/tdm-policy.json', 'rsl_license_url' => 'https://example.org/license.xml' );`;
export const SEED = `
$s = get_option( 'cc_signals_settings' );
$s = is_array( $s ) ? $s : array();
$s['site_default'] = array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow' ) ) );
$s['post_type_defaults'] = array( 'post' => array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.1' ) ) ) );
${OUTPUTS_ON}
update_option( 'cc_signals_settings', $s );
update_option( 'posts_per_rss', 50 );
$choices = array( array(), array( 'train-ai' => array( 'choice' => 'allow' ) ), array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr-ec', 'signalVersion' => '0.1' ) ), array( 'search' => array( 'choice' => 'disallow' ) ) );
for ( $i = 0; $i < 60; $i++ ) {
	$id = wp_insert_post( array( 'post_title' => "Bench post $i", 'post_name' => "bench-$i", 'post_status' => 'publish', 'post_author' => 3, 'post_content' => str_repeat( "<p>Paragraph $i.</p>", 5 ), 'post_date' => gmdate( 'Y-m-d H:i:s', strtotime( '2026-01-01' ) + $i * 3600 ) ) );
	update_post_meta( $id, '_cc_signals', array( 'categories' => $choices[ $i % 4 ] ) );
}`;
// A request with this header runs without the plugin (the mu-plugin below filters it out of
// active_plugins), so "on" and "off" are the same PHP process, opcache, database and files:
// two separate sites differed by up to 1.5% with the same code.
export const PLUGIN_OFF = { 'x-bench-plugin': 'off' };
const TOGGLE = `<?php
if ( 'off' === ( $_SERVER['HTTP_X_BENCH_PLUGIN'] ?? '' ) ) {
	add_filter( 'option_active_plugins', static fn( $plugins ) => array_values( array_diff( (array) $plugins, array( 'cc-signals/load.php' ) ) ) );
}
`;
/** Boots the seeded site with the plugin active (off for requests with PLUGIN_OFF); `muPlugins` (name → PHP) are added before the seed. */
export async function boot(muPlugins = {}) {
  const wp = await bootWordPress({
    cacheDir: path.join(PLUGIN_DIR, '.cache'), build: 'beta', countQueries: true, phpArgs: ['-d', 'opcache.enable_cli=1'],
    plugins: [{ dir: PLUGIN_DIR, slug: 'cc-signals', activate: true }],
  });
  for (const [name, code] of Object.entries({ '000-bench-toggle.php': TOGGLE, ...muPlugins })) await fs.writeFile(path.join(wp.siteDir, 'wp-content/mu-plugins', name), code);
  await wp.wpCli(SEED);
  return wp;
}
