<?php
/**
 * Bootstrap for the format tests alone (phpunit-formats.xml): loads the
 * format functions and the generated data, without WordPress.
 *
 * @package CC_Signals
 */

require_once dirname( __DIR__, 2 ) . '/includes/formats/load.php';
require_once dirname( __DIR__, 2 ) . '/includes/site/load.php';
cc_signals_load_site_robots();
