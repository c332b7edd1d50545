<?php
/**
 * Loads the format functions, the PHP port of @cc-signals/core's serializers,
 * and the generated core data they read. Plain PHP: loadable without WordPress.
 *
 * @package CC_Signals
 */

// Tests of data changes load generated data written elsewhere (GeneratedDataTest).
$cc_signals_generated_dir = defined( 'CC_SIGNALS_GENERATED_DIR' ) ? CC_SIGNALS_GENERATED_DIR : dirname( __DIR__ ) . '/generated';
require_once $cc_signals_generated_dir . '/vocabularies.php';
require_once $cc_signals_generated_dir . '/data.php';
require_once $cc_signals_generated_dir . '/bindings.php';
require_once $cc_signals_generated_dir . '/messages.php';
unset( $cc_signals_generated_dir );

foreach (
	array(
		'class-cc-signals-validation-error',
		'errors',
		'escape',
		'vocabulary',
		'emit',
		'intent',
		'content-usage',
		'content-signal',
		'noai',
		'tdmrep',
		'headers',
		'html-head',
		'rsl',
		'feeds',
		'declaration',
	) as $cc_signals_format_file
) {
	require_once __DIR__ . '/' . $cc_signals_format_file . '.php';
}
unset( $cc_signals_format_file );

/**
 * Loads the robots.txt formats (records, path patterns and their matching): only
 * robots.txt, tdmrep.json and admin screens use them, so pages and feeds skip them.
 *
 * @since 0.3.0
 */
function cc_signals_load_robots_formats() {
	require_once __DIR__ . '/robots-path.php';
	require_once __DIR__ . '/robots.php';
}
