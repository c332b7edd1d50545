<?php
/**
 * PHPUnit bootstrap: loads a booted site's WordPress (with the plugin active) against a
 * THROWAWAY copy of its SQLite DB, as proven in the harness spike.
 *
 * Env (set by scripts/run-phpunit.mjs):
 *   WP_SITE_DIR            site made by tests/harness/boot-wordpress.mjs
 *   WP_TEST_DB_SOURCE      template DB (wp.snapshotDb()); default: the site's live DB
 *   WP_TEST_URL            the running site's URL (HTTP probes)
 *   CC_SIGNALS_PROBE_POST  a published post with its own choice, in the live DB too
 *
 * @package CC_Signals
 */

// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited, WordPress.PHP.DevelopmentFunctions

$cc_site = getenv( 'WP_SITE_DIR' );
if ( ! $cc_site || ! is_file( "$cc_site/wp-load.php" ) ) {
	fwrite( STDERR, "WP_SITE_DIR must point at a booted WordPress site: run `node scripts/run-phpunit.mjs`\n" );
	exit( 1 );
}
$cc_source = getenv( 'WP_TEST_DB_SOURCE' ) ? getenv( 'WP_TEST_DB_SOURCE' ) : "$cc_site/wp-content/database/.ht.sqlite";
$cc_copy   = sys_get_temp_dir() . '/cc-signals-phpunit-' . getmypid() . '-' . bin2hex( random_bytes( 4 ) ) . '.sqlite';
// SQLite3::backup gives a consistent copy even while php -S uses the source.
$cc_src = new SQLite3( $cc_source, SQLITE3_OPEN_READONLY );
$cc_dst = new SQLite3( $cc_copy );
$cc_src->backup( $cc_dst ) || exit( "DB copy failed: {$cc_src->lastErrorMsg()}\n" );
$cc_src->close();
$cc_dst->close();
register_shutdown_function(
	static function () use ( $cc_copy ) {
		foreach ( array( '', '-wal', '-shm', '-journal' ) as $suffix ) {
			@unlink( $cc_copy . $suffix ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
		}
	}
);
define( 'DB_DIR', dirname( $cc_copy ) . '/' );
define( 'DB_FILE', basename( $cc_copy ) );
define( 'WP_TESTS_THROWAWAY_DB', $cc_copy );

global $wpdb, $table_prefix, $wp_version, $wp_db_version, $wp_rewrite, $wp, $wp_query, $wp_the_query, $post, $wp_roles, $wp_filter;
$cc_home = cc_signals_test_parse_url( preg_match( "/'WP_HOME', '([^']+)'/", file_get_contents( "$cc_site/wp-config.php" ), $cc_m ) ? $cc_m[1] : 'http://127.0.0.1' );
$_SERVER['HTTP_HOST']       = $cc_home['host'] . ( isset( $cc_home['port'] ) ? ':' . $cc_home['port'] : '' );
$_SERVER['SERVER_NAME']     = $cc_home['host'];
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require "$cc_site/wp-load.php";
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/template.php';
// The tests call admin code directly: load it as wp-admin, REST and WP-CLI do (includes/hooks.php).
cc_signals_load_admin();

/**
 * parse_url() before WordPress is loaded.
 *
 * @param string $url URL.
 * @return array
 */
function cc_signals_test_parse_url( $url ) {
	return parse_url( $url ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url
}

require __DIR__ . '/TestCase.php';
