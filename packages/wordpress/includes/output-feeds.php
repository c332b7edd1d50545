<?php
/**
 * RSS 2.0 and Atom: namespaces, channel/feed elements, item/entry elements.
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
 * What every item of the current feed shares, computed once per query and settings
 * value rather than per item (cc_signals_request_context()): `channel` (the site
 * module's channel statement for the post type the feed lists), `site`, the emit
 * `options` and the `key` they were computed for.
 *
 * @since 0.2.0
 *
 * @return array{channel: array, site: array, options: array, key: string}
 */
function cc_signals_feed_context() {
	$context            = cc_signals_request_context();
	$context['channel'] = null === $context['preferences'] ? array() : $context['preferences'];
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
	$options = $context['options'];
	$xml     = 'atom' === $format ? cc_signals_atom_feed_elements( $prefs, $options ) : cc_signals_rss_channel_elements( $prefs, $options );
	return '' === (string) $xml ? '' : cc_signals_indent_xml( (string) $xml, "\t" ) . "\n";
}

/**
 * The item/entry elements of the current post in the loop: its own statement only
 * when it differs from the channel's, and RSL terms when an RSL licence is set.
 *
 * @since 0.1.0
 *
 * @param string       $format `rss2` or `atom`.
 * @param WP_Post|null $post   Post; default the current one.
 * @return string XML.
 */
function cc_signals_feed_item_xml( $format, $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return '';
	}
	$context = cc_signals_feed_context();
	$channel = $context['channel'];
	$item    = cc_signals_feed_item_preferences( $context, $post );
	$options = $context['options'];
	$link    = cc_signals_feed_link( $post );
	$xml     = 'atom' === $format
		? cc_signals_atom_entry_elements( $link, $item, $options, $channel )
		: cc_signals_rss_item_elements( $link, $item, $options, $channel );
	return '' === (string) $xml ? '' : cc_signals_indent_xml( (string) $xml, "\t\t" ) . "\n";
}

/**
 * An item's own statement in the current feed, or null when the channel's stands for it:
 * resolved once per post type and stored value (a feed's items share a few choices).
 *
 * @since 0.2.0
 *
 * @param array   $context cc_signals_feed_context().
 * @param WP_Post $post    Post.
 * @return array|null
 */
function cc_signals_feed_item_preferences( $context, $post ) {
	static $resolved = array();
	static $for      = null;
	if ( $for !== $context['key'] ) {
		$resolved = array();
		$for      = $context['key'];
	}
	$stored = get_post_meta( $post->ID, '_cc_signals', true );
	$key    = $post->post_type . "\n" . maybe_serialize( $stored );
	if ( ! array_key_exists( $key, $resolved ) ) {
		$resolved[ $key ] = cc_signals_site_feed_item(
			$context['site'],
			$context['channel'],
			array(
				'section' => $post->post_type,
				'intent'  => cc_signals_stored_intent( $stored ),
			)
		);
	}
	return $resolved[ $key ];
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
	if ( cc_signals_feed_enabled() ) {
		echo cc_signals_feed_item_xml( 'rss2' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- XML escaped by the format functions.
	}
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
	if ( cc_signals_feed_enabled() ) {
		echo cc_signals_feed_item_xml( 'atom' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- XML escaped by the format functions.
	}
}
