<?php
/**
 * What every output of one front-end request shares (the headers, the head tags, the
 * robots meta and each feed item): the preferences of the main query, the site and the
 * emit options, resolved once per query and settings value instead of once per output.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * A string that changes whenever the settings in force change: the autoloaded option's
 * stored form (cc_signals_autoloaded_settings()) or, when the option is filtered or not
 * autoloaded (a settings preview), the value itself as JSON.
 *
 * @since 0.2.0
 *
 * @return string
 */
function cc_signals_settings_key() {
	return cc_signals_autoloaded_settings() ?? (string) wp_json_encode( cc_signals_stored_settings() ); // JSON is never a serialized string.
}

/**
 * The stored form of the settings in force as WordPress autoloaded it (no unserializing,
 * the same string every call: compared by pointer): the option or, on a multisite site
 * that inherits, its autoloaded copy of the network defaults. Null when the option is
 * filtered or not autoloaded.
 *
 * @since 0.3.0
 *
 * @return string|null
 */
function cc_signals_autoloaded_settings() {
	$autoloaded = wp_load_alloptions();
	if ( has_filter( 'pre_option_cc_signals_settings' ) || has_filter( 'option_cc_signals_settings' ) ) {
		return null;
	}
	if ( isset( $autoloaded['cc_signals_settings'] ) ) {
		return $autoloaded['cc_signals_settings'];
	}
	if ( isset( $autoloaded['cc_signals_network_copy'] ) && is_multisite() && ! has_filter( 'option_cc_signals_network_copy' ) ) {
		return $autoloaded['cc_signals_network_copy'];
	}
	return null;
}

/**
 * A value derived from the settings in force, computed once per settings value and
 * vocabulary (cc_signals_settings_key()): every output of a request reads the same
 * settings, defaults and emit options, so they are read and parsed once, not per call.
 * The values are kept across requests too (cc_signals_stored_derived(), each read back
 * when first used), so `$compute` must depend on nothing but the settings, the
 * vocabulary and what `$name` names, and return neither null nor objects.
 *
 * @since 0.3.0
 *
 * @param string   $name    What the value is (the memo's key).
 * @param callable $compute Computes it.
 * @return mixed
 */
function cc_signals_settings_memo( $name, $compute ) {
	static $memo   = array();
	static $for    = array( null, null );
	static $stored = array();
	$now           = array( cc_signals_settings_key(), cc_signals_vocabulary()['id'] ?? '' );
	if ( $for !== $now ) {
		$memo   = array();
		$stored = cc_signals_stored_derived( $now );
		$for    = $now;
	}
	if ( ! array_key_exists( $name, $memo ) ) {
		$memo[ $name ] = isset( $stored[ $name ] ) ? cc_signals_derived_value( $stored[ $name ] ) : null;
		if ( null === $memo[ $name ] ) {
			$memo[ $name ]   = $compute();
			$stored[ $name ] = cc_signals_derived_entry( $memo[ $name ] );
			cc_signals_keep_derived( $now, $stored );
		}
	}
	return $memo[ $name ];
}

/**
 * The current request's shared values, computed once per main query, settings value and
 * vocabulary: `preferences` (cc_signals_preferences_for_request(): null where none apply),
 * `channel` (the same, array() for none: a feed's channel statement), `key` (the channel's
 * cc_signals_preferences_key(): what is derived from it is memoized under it), `outputs`
 * (the output toggles) and `generation` (which computation this is).
 *
 * @since 0.2.0
 *
 * @return array{preferences: array|null, channel: array, key: string, outputs: array, generation: int}
 */
function cc_signals_request_context() {
	static $context    = null;
	static $for        = null;
	static $generation = 0;
	global $wp_query;
	// Compared by identity: the same query object, query vars array and settings string are O(1).
	$now = array( $wp_query, $wp_query instanceof WP_Query ? $wp_query->query_vars : null, cc_signals_settings_key(), cc_signals_vocabulary()['id'] ?? '' );
	if ( null === $context || $for !== $now ) {
		$preferences = cc_signals_preferences_for_request();
		$channel     = null === $preferences ? array() : $preferences;
		$context     = array(
			'preferences' => $preferences,
			'channel'     => $channel,
			'key'         => cc_signals_preferences_key( $channel ),
			'outputs'     => cc_signals_get_settings()['outputs'],
			'generation'  => ++$generation,
		);
		$for         = $now;
	}
	return $context;
}

/**
 * The post type whose default speaks for a non-singular main query, or '' for the site default.
 *
 * @since 0.1.0
 *
 * @return string
 */
function cc_signals_request_post_type() {
	if ( is_post_type_archive() ) {
		$type = get_query_var( 'post_type' );
		return is_array( $type ) ? (string) reset( $type ) : (string) $type;
	}
	if ( is_tax() ) {
		$term     = get_queried_object();
		$taxonomy = $term instanceof WP_Term ? get_taxonomy( $term->taxonomy ) : null;
		return $taxonomy && 1 === count( $taxonomy->object_type ) ? (string) $taxonomy->object_type[0] : '';
	}
	// The site-wide comment feed lists comments on every post type: the site default speaks for it.
	if ( is_home() || is_category() || is_tag() || is_author() || is_date() || ( is_feed() && ! is_singular() && ! is_search() && ! is_comment_feed() ) ) {
		return 'post';
	}
	return '';
}

/**
 * The preferences that apply to the current main query, or null where none apply (404, robots.txt).
 *
 * @since 0.1.0
 *
 * @return array|null
 */
function cc_signals_preferences_for_request() {
	if ( is_404() || is_robots() || is_favicon() ) {
		return null;
	}
	if ( is_singular() ) {
		$post = get_queried_object();
		return $post instanceof WP_Post ? cc_signals_preferences_for_post( $post ) : cc_signals_site_preferences();
	}
	$type = cc_signals_request_post_type();
	return '' === $type ? cc_signals_site_preferences() : cc_signals_preferences_for_post_type( $type );
}

/**
 * Whether an output is on, read from the request context.
 *
 * @since 0.2.0
 *
 * @param string $channel Output key (`header`, `head_tags`, `feeds`, …).
 * @return bool
 */
function cc_signals_request_output( $channel ) {
	return ! empty( cc_signals_request_context()['outputs'][ $channel ] );
}

/**
 * Remembers the permalink WordPress's feed template prints for the current item
 * (`the_permalink_rss`, before any other filter changes it), so that the item's elements
 * need not build it again.
 *
 * @since 0.2.0
 *
 * @param string $link The permalink.
 * @return string The same permalink.
 */
function cc_signals_capture_feed_link( $link ) {
	global $cc_signals_feed_link;
	$post                 = $GLOBALS['post'] ?? null; // The loop's post, as get_permalink() reads it.
	$cc_signals_feed_link = array( $post instanceof WP_Post ? $post->ID : (int) get_the_ID(), (string) $link );
	return $link;
}

/**
 * The permalink of a feed item: the one the template just printed, else get_permalink().
 *
 * @since 0.2.0
 *
 * @param WP_Post|int $post Post.
 * @return string
 */
function cc_signals_feed_link( $post ) {
	global $cc_signals_feed_link;
	$id = $post instanceof WP_Post ? $post->ID : (int) $post;
	return isset( $cc_signals_feed_link ) && $id === $cc_signals_feed_link[0] ? $cc_signals_feed_link[1] : (string) get_permalink( $post );
}
