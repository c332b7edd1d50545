<?php
/**
 * RSS 2.0 and Atom: namespaces, channel/feed elements, and the hooks that print them and
 * each item's or entry's elements (output-feed-items.php).
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether feed output is on. Comment feeds carry the channel statement too (the
 * post's, or the site default's for the site-wide comment feed, as in their
 * header): comments are shown on the post's page, under that page's statement.
 *
 * @since 0.1.0
 *
 * @return bool
 */
function cc_signals_feed_enabled() {
	return cc_signals_request_output( 'feeds' );
}

/**
 * What every item of the current feed shares: the request context
 * (cc_signals_request_context()), whose `channel` is the site module's channel
 * statement for the post type the feed lists. Read once per loop: each later item of
 * the same query's loop reuses it.
 *
 * @since 0.2.0
 *
 * @return array
 */
function cc_signals_feed_context() {
	static $context = null;
	static $query   = null;
	static $item    = -1;
	global $wp_query;
	$current = $wp_query instanceof WP_Query ? $wp_query->current_post : -1;
	if ( null === $context || $query !== $wp_query || $current <= $item || $current < 1 ) {
		$context = cc_signals_request_context();
		$query   = $wp_query;
	}
	$item = $current;
	return $context;
}

/**
 * The channel (feed-level) preferences of the current feed (cc_signals_feed_context()).
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_feed_preferences() {
	return cc_signals_feed_context()['channel'];
}

/**
 * Namespace attributes for `<rss>` or `<feed>`, leaving out those the WordPress
 * template already declares (a repeated attribute would make the feed ill-formed).
 *
 * @since 0.1.0
 *
 * @param string $format `rss2` or `atom`.
 * @return string Attributes with a leading space each.
 */
function cc_signals_feed_namespace_attributes( $format ) {
	return cc_signals_settings_memo( "feed-namespaces:{$format}", fn() => cc_signals_build_feed_namespace_attributes( $format ) );
}

/**
 * Builds cc_signals_feed_namespace_attributes().
 *
 * @since 0.3.0
 *
 * @param string $format `rss2` or `atom`.
 * @return string
 */
function cc_signals_build_feed_namespace_attributes( $format ) {
	$options    = cc_signals_emit_options();
	$namespaces = 'atom' === $format ? cc_signals_atom_namespaces( $options ) : cc_signals_rss_namespaces( $options );
	$declared   = 'atom' === $format ? array( 'xmlns', 'xmlns:thr' ) : array( 'xmlns:content', 'xmlns:wfw', 'xmlns:dc', 'xmlns:atom', 'xmlns:sy', 'xmlns:slash' );
	$out        = '';
	foreach ( (array) $namespaces as $name => $uri ) {
		if ( ! in_array( $name, $declared, true ) ) {
			$out .= "\n\t" . esc_attr( $name ) . '="' . esc_attr( $uri ) . '"';
		}
	}
	return $out;
}

/**
 * The channel/feed elements of the current feed.
 *
 * @since 0.1.0
 *
 * @param string $format `rss2` or `atom`.
 * @return string XML (escaped by the format functions).
 */
function cc_signals_feed_head_xml( $format ) {
	$context = cc_signals_feed_context();
	$prefs   = $context['channel'];
	return cc_signals_settings_memo(
		"feed-head:{$format}:{$context['key']}",
		static function () use ( $format, $prefs ) {
			$options = cc_signals_emit_options();
			$xml     = 'atom' === $format ? cc_signals_atom_feed_elements( $prefs, $options ) : cc_signals_rss_channel_elements( $prefs, $options );
			return '' === (string) $xml ? '' : cc_signals_indent_xml( (string) $xml, "\t" ) . "\n";
		}
	);
}

/**
 * Indents every line but the first of an XML fragment (the feed template indents the first).
 *
 * @since 0.1.0
 *
 * @param string $xml Fragment.
 * @param string $pad Indentation.
 * @return string
 */
function cc_signals_indent_xml( $xml, $pad ) {
	return str_replace( "\n", "\n" . $pad, $xml );
}

/**
 * Prints the RSS namespaces (`rss2_ns`).
 *
 * @since 0.1.0
 */
function cc_signals_rss2_ns() {
	if ( cc_signals_feed_enabled() ) {
		echo cc_signals_feed_namespace_attributes( 'rss2' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped with esc_attr().
	}
}

/**
 * Prints the channel elements (`rss2_head`).
 *
 * @since 0.1.0
 */
function cc_signals_rss2_head() {
	if ( cc_signals_feed_enabled() ) {
		echo cc_signals_feed_head_xml( 'rss2' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- XML escaped by the format functions.
	}
}

/**
 * Prints the item elements (`rss2_item`).
 *
 * @since 0.1.0
 */
function cc_signals_rss2_item() {
	echo cc_signals_feed_item_now( 'rss2' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- XML escaped by the format functions.
}

/**
 * Prints the Atom namespaces (`atom_ns`).
 *
 * @since 0.1.0
 */
function cc_signals_atom_ns() {
	if ( cc_signals_feed_enabled() ) {
		echo cc_signals_feed_namespace_attributes( 'atom' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped with esc_attr().
	}
}

/**
 * Prints the feed elements (`atom_head`).
 *
 * @since 0.1.0
 */
function cc_signals_atom_head() {
	if ( cc_signals_feed_enabled() ) {
		echo cc_signals_feed_head_xml( 'atom' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- XML escaped by the format functions.
	}
}

/**
 * Prints the entry elements (`atom_entry`).
 *
 * @since 0.1.0
 */
function cc_signals_atom_entry() {
	echo cc_signals_feed_item_now( 'atom' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- XML escaped by the format functions.
}
