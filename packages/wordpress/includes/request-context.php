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
 * stored form (no unserializing, compared as a string), or, when the option is filtered or
 * not autoloaded (a preview, a multisite site that inherits), the value itself as JSON.
 *
 * @since 0.2.0
 *
 * @return string
 */
function cc_signals_settings_key() {
	$autoloaded = wp_load_alloptions();
	if ( isset( $autoloaded['cc_signals_settings'] ) && ! has_filter( 'pre_option_cc_signals_settings' ) && ! has_filter( 'option_cc_signals_settings' ) ) {
		return (string) $autoloaded['cc_signals_settings'];
	}
	return (string) wp_json_encode( cc_signals_stored_settings() );
}

/**
 * The current request's shared values, computed once per main query and settings value:
 * `preferences` (cc_signals_preferences_for_request(): null where none apply), `site`,
 * `options` (emit options), `outputs` (the output toggles) and `key` (what they were computed for).
 *
 * @since 0.2.0
 *
 * @return array{preferences: array|null, site: array, options: array, outputs: array, key: string}
 */
function cc_signals_request_context() {
	static $context = null;
	global $wp_query;
	$key = ( $wp_query instanceof WP_Query ? spl_object_id( $wp_query ) . ':' . $wp_query->query_vars_hash : '' ) . "\n" . cc_signals_settings_key();
	if ( null === $context || $context['key'] !== $key ) {
		$context = array(
			'preferences' => cc_signals_preferences_for_request(),
			'site'        => cc_signals_site(),
			'options'     => cc_signals_emit_options(),
			'outputs'     => cc_signals_get_settings()['outputs'],
			'key'         => $key,
		);
	}
	return $context;
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
	cc_signals_feed_link( get_the_ID(), $link );
	return $link;
}

/**
 * The permalink of a feed item: the one the template just printed, else get_permalink().
 *
 * @since 0.2.0
 *
 * @param WP_Post|int $post Post.
 * @param string|null $link A permalink to remember for the post (cc_signals_capture_feed_link()).
 * @return string
 */
function cc_signals_feed_link( $post, $link = null ) {
	static $last = array( 0, '' );
	$id          = $post instanceof WP_Post ? $post->ID : (int) $post;
	if ( null !== $link ) {
		$last = array( $id, (string) $link );
		return $last[1];
	}
	return $id === $last[0] ? $last[1] : (string) get_permalink( $post );
}
