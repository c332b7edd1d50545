<?php
/**
 * Loads the PHP port of @cc-signals/core/site: what a whole site states
 * (layering, robots.txt rules, feeds, headers, tdmrep.json), from plain data.
 * Needs the format functions (../formats/load.php); loadable without WordPress.
 * The robots.txt and tdmrep.json part loads on demand (cc_signals_load_site_robots()).
 *
 * @package CC_Signals
 */

foreach ( array( 'resolve', 'feeds', 'headers' ) as $cc_signals_site_file ) {
	require_once __DIR__ . '/' . $cc_signals_site_file . '.php';
}
unset( $cc_signals_site_file );

/**
 * Loads the site's robots.txt and tdmrep.json part (rules, robots.txt text and insertion,
 * tdmrep.json) with the robots.txt formats it needs.
 *
 * @since 0.3.0
 */
function cc_signals_load_site_robots() {
	cc_signals_load_robots_formats();
	foreach ( array( 'insert', 'rules', 'robots', 'robots-txt', 'tdmrep' ) as $file ) {
		require_once __DIR__ . '/' . $file . '.php';
	}
}
