<?php
/**
 * Plugin Name:       CC Signals
 * Plugin URI:        https://github.com/creativecommons/cc-signals
 * Description:       Lets authors choose a CC signal for AI use per post, lets admins set site and content-type defaults, and states them in HTTP headers, head tags, robots.txt and feeds (IETF AI Preferences).
 * Version:           0.1.0
 * Requires at least: 6.6
 * Requires PHP:      8.0
 * Author:            CC Signals contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       cc-signals
 * Domain Path:       /languages
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

define( 'CC_SIGNALS_VERSION', '0.1.0' );
define( 'CC_SIGNALS_PLUGIN_FILE', __FILE__ );
define( 'CC_SIGNALS_PLUGIN_DIR', plugin_dir_path( __FILE__ ) );

require_once CC_SIGNALS_PLUGIN_DIR . 'includes/formats/load.php';
require_once CC_SIGNALS_PLUGIN_DIR . 'includes/site/load.php';

foreach (
	array(
		'schema',
		'retired-categories',
		'settings',
		'settings-validate',
		'multisite',
		'meta',
		'resolve',
		'derived-cache',
		'request-context',
		'output-headers',
		'output-head',
		'robots-cache', // Loads output-robots.php and the robots.txt part of the site module when used.
		'output-feeds',
		'output-feed-items',
		'tdmrep-route',
		'block',
		'hooks', // Loads the admin files (cc_signals_admin_files()) only where they are used.
	) as $cc_signals_file
) {
	require_once CC_SIGNALS_PLUGIN_DIR . 'includes/' . $cc_signals_file . '.php';
}
unset( $cc_signals_file );

/**
 * Loads the plugin's translations.
 *
 * @since 0.1.0
 */
function cc_signals_load_textdomain() {
	if ( ! is_dir( CC_SIGNALS_PLUGIN_DIR . 'languages' ) ) {
		return; // No bundled translations: WordPress loads language packs just in time.
	}
	load_plugin_textdomain( 'cc-signals', false, dirname( plugin_basename( CC_SIGNALS_PLUGIN_FILE ) ) . '/languages' );
}
