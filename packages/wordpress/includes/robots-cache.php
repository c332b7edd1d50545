<?php
/**
 * The robots.txt and tdmrep.json entry: the `robots_txt` filter, the code they load on demand
 * (output-robots.php, the robots.txt part of the site module) and the cache of the
 * site's rules, stored until a choice, a default, a permalink setting or a media file changes.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Loads what robots.txt and tdmrep.json are built with: pages and feeds never need it.
 *
 * @since 0.3.0
 */
function cc_signals_load_robots() {
	cc_signals_load_site_robots();
	require_once CC_SIGNALS_PLUGIN_DIR . 'includes/output-robots.php';
}

/**
 * `robots_txt` filter: the rules in every group of the robots.txt WordPress and
 * other plugins wrote, and the RSL `License:` record after it.
 *
 * @since 0.1.0
 *
 * @param string $output robots.txt so far.
 * @return string
 */
function cc_signals_filter_robots_txt( $output ) {
	if ( ! cc_signals_output_enabled( 'robots' ) ) {
		return $output;
	}
	cc_signals_load_robots();
	try {
		return cc_signals_robots_txt_result( (string) $output )['text'];
	} catch ( InvalidArgumentException $error ) {
		return $output . "\n# CC signals: " . str_replace( array( "\r", "\n" ), ' ', $error->getMessage() ) . "\n";
	}
}

/**
 * The site's path rules (site module: defaults, items, omitted), cached in an
 * option (not autoloaded) until a choice, a default or a permalink setting changes.
 * The robots.txt texts built from them are cached beside them (cc_signals_robots_txt_result()).
 *
 * @since 0.2.0
 *
 * @return array `key`, `site` (without items) and `rules`.
 */
function cc_signals_robots_cached() {
	cc_signals_load_robots();
	$key    = cc_signals_robots_key();
	$cached = get_option( 'cc_signals_robots_cache' );
	if ( is_array( $cached ) && ( $cached['key'] ?? '' ) === $key && isset( $cached['rules'], $cached['site'] ) ) {
		return $cached;
	}
	$site  = cc_signals_robots_site();
	$rules = cc_signals_site_robots_rules( $site );
	unset( $site['items'] );
	$cached = compact( 'key', 'site', 'rules' );
	update_option( 'cc_signals_robots_cache', $cached, false );
	return $cached;
}

/**
 * What the cached rules depend on besides the posts (whose changes flush the cache):
 * the settings and the permalink, front page, home and uploads settings.
 *
 * @since 0.2.0
 *
 * @return string
 */
function cc_signals_robots_key() {
	return md5( (string) wp_json_encode( array( cc_signals_site(), get_option( 'permalink_structure' ), get_option( 'show_on_front' ), get_option( 'page_on_front' ), home_url( '/' ), cc_signals_uploads_path() ) ) );
}

/**
 * Forgets the cached rules and texts (a choice, a default, a permalink or a post changed).
 *
 * @since 0.2.0
 */
function cc_signals_flush_robots_cache() {
	delete_option( 'cc_signals_robots_cache' );
	delete_option( 'cc_signals_robots_text' );
}

/**
 * Flushes the cached rules when an option they are built from changes (`updated_option`, `added_option`).
 *
 * @since 0.3.0
 *
 * @param string $option Option name.
 */
function cc_signals_flush_robots_cache_for_option( $option ) {
	if ( in_array( $option, array( 'cc_signals_settings', 'permalink_structure', 'show_on_front', 'page_on_front', 'home', 'wp_attachment_pages_enabled', 'upload_path', 'upload_url_path' ), true ) ) {
		cc_signals_flush_robots_cache();
	}
}

/**
 * Flushes the cached rules when a post's choice or media file changes.
 *
 * @since 0.2.0
 *
 * @param int|array $meta_id  Meta id(s).
 * @param int       $post_id  Post.
 * @param string    $meta_key Key.
 */
function cc_signals_flush_robots_cache_for_meta( $meta_id, $post_id, $meta_key ) {
	if ( in_array( $meta_key, array( '_cc_signals', '_wp_attached_file' ), true ) ) {
		cc_signals_flush_robots_cache();
	}
}
