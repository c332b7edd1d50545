<?php
/**
 * Loads the format functions, the PHP port of @cc-signals/core's serializers,
 * and the generated core data they read. Plain PHP: loadable without WordPress.
 *
 * @package CC_Signals
 */

require_once dirname( __DIR__ ) . '/generated/data.php';
require_once dirname( __DIR__ ) . '/generated/messages.php';

foreach (
	array(
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
		'robots-path',
		'robots',
		'rsl',
		'feeds',
		'declaration',
	) as $cc_signals_format_file
) {
	require_once __DIR__ . '/' . $cc_signals_format_file . '.php';
}
unset( $cc_signals_format_file );
