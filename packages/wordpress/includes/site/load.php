<?php
/**
 * Loads the PHP port of @cc-signals/core/site: what a whole site states
 * (layering, robots.txt rules, feeds, headers, tdmrep.json), from plain data.
 * Needs the format functions (../formats/load.php); loadable without WordPress.
 *
 * @package CC_Signals
 */

foreach ( array( 'resolve', 'insert', 'rules', 'robots', 'robots-txt', 'feeds', 'headers', 'tdmrep' ) as $cc_signals_site_file ) {
	require_once __DIR__ . '/' . $cc_signals_site_file . '.php';
}
unset( $cc_signals_site_file );
