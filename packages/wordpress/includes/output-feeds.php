<?php
/**
 * RSS 2.0 and Atom: namespaces, channel/feed elements, item/entry elements.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Where an item's link goes in its rendered elements, shared by the items of a choice
 * (cc_signals_render_feed_item()); cc_signals_xml_value() leaves it as it is.
 *
 * @since 0.3.0
 */
const CC_SIGNALS_FEED_LINK_SLOT = 'https://cc-signals.invalid/item-link';

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
	$options = $context['options'];
	return cc_signals_settings_memo(
		"feed-head:{$format}:{$context['key']}",
		static function () use ( $format, $prefs, $options ) {
			$xml = 'atom' === $format ? cc_signals_atom_feed_elements( $prefs, $options ) : cc_signals_rss_channel_elements( $prefs, $options );
			return '' === (string) $xml ? '' : cc_signals_indent_xml( (string) $xml, "\t" ) . "\n";
		}
	);
}

/**
 * The item/entry elements of the current post in the loop: its own statement only
 * when it differs from the channel's, and RSL terms when an RSL licence is set.
 *
 * @since 0.1.0
 *
 * @param string       $format  `rss2` or `atom`.
 * @param WP_Post|null $post    Post; default the current one.
 * @param array|null   $context cc_signals_feed_context(), when the caller has it.
 * @return string XML.
 */
function cc_signals_feed_item_xml( $format, $post = null, $context = null ) {
	$post = $post ?? $GLOBALS['post'] ?? null; // The loop's post, as get_post() reads it.
	$post = $post instanceof WP_Post ? $post : get_post( $post );
	if ( ! $post ) {
		return '';
	}
	$parts = cc_signals_feed_item_parts( $context ?? cc_signals_feed_context(), $format, $post );
	return isset( $parts[1] ) ? implode( cc_signals_xml_value( cc_signals_feed_link( $post ) ), $parts ) : $parts[0];
}

/**
 * An item's elements split where its link goes. At a loop's first item, those of every
 * post the loop lists are looked up in one pass (a feed's items share a few choices,
 * rendered once per format, post type and stored choice), so that each item costs a
 * lookup and its link: one pass ran 60–130 µs faster per 50-item feed than a lookup per item.
 *
 * @since 0.3.0
 *
 * @param array   $context cc_signals_feed_context().
 * @param string  $format  `rss2` or `atom`.
 * @param WP_Post $post    Post.
 * @return string[]
 */
function cc_signals_feed_item_parts( $context, $format, $post ) {
	static $memo = array();
	static $for  = null;
	global $wp_query;
	if ( $for !== $context['generation'] ) {
		$memo = array(
			'posts'     => array(),
			'stored'    => array(),
			'statement' => array(),
		);
		$for  = $context['generation'];
	}
	if ( ! isset( $memo['posts'][ $format ] ) ) {
		$listed = array();
		foreach ( $wp_query instanceof WP_Query ? (array) $wp_query->posts : array() as $item ) {
			if ( $item instanceof WP_Post ) {
				$listed[ $item->ID ] = $item;
			}
		}
		$memo['posts'][ $format ] = array();
		foreach ( cc_signals_stored_meta_keys( array_keys( $listed ) ) as $id => $key ) {
			$memo['posts'][ $format ][ $id ] = $memo['stored'][ $format ][ $listed[ $id ]->post_type ][ $key ] ?? cc_signals_feed_item_parts_of( $context, $format, $listed[ $id ], $key, $memo );
		}
	}
	return $memo['posts'][ $format ][ $post->ID ] ?? cc_signals_feed_item_parts_of( $context, $format, $post, cc_signals_stored_meta_key( $post->ID ), $memo );
}

/**
 * A post's item elements, once per format, post type and stored choice (and kept
 * across requests with the settings they derive from: cc_signals_settings_memo()).
 *
 * @since 0.3.0
 *
 * @param array   $context cc_signals_feed_context().
 * @param string  $format  `rss2` or `atom`.
 * @param WP_Post $post    Post.
 * @param string  $key     Its cc_signals_stored_meta_key().
 * @param array   $memo    What this feed context rendered so far (`stored`, `statement`).
 * @return string[]
 */
function cc_signals_feed_item_parts_of( $context, $format, $post, $key, &$memo ) {
	if ( ! isset( $memo['stored'][ $format ][ $post->post_type ][ $key ] ) ) {
		$xml = cc_signals_settings_memo(
			"feed-item:{$format}:{$context['key']}:{$post->post_type}:" . md5( $key ),
			static function () use ( $context, $format, $post, &$memo ) {
				return cc_signals_render_feed_item( $context, $format, $post, $memo['statement'] );
			}
		);
		$memo['stored'][ $format ][ $post->post_type ][ $key ] = explode( CC_SIGNALS_FEED_LINK_SLOT, $xml );
	}
	return $memo['stored'][ $format ][ $post->post_type ][ $key ];
}

/**
 * Renders a post's item elements with CC_SIGNALS_FEED_LINK_SLOT where its link goes:
 * once per distinct item statement (posts whose stored choices differ may resolve alike).
 *
 * @since 0.3.0
 *
 * @param array   $context  cc_signals_feed_context().
 * @param string  $format   `rss2` or `atom`.
 * @param WP_Post $post     Post.
 * @param array   $rendered What was rendered so far in this context, by format and statement.
 * @return string XML.
 */
function cc_signals_render_feed_item( $context, $format, $post, &$rendered ) {
	$item = cc_signals_site_feed_item(
		cc_signals_site(),
		$context['channel'],
		array(
			'section' => $post->post_type,
			'intent'  => cc_signals_post_intent( $post ),
		)
	);
	$key  = $format . serialize( $item ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- a lookup key, never stored or read back.
	if ( ! isset( $rendered[ $key ] ) ) {
		$xml              = 'atom' === $format
			? cc_signals_atom_entry_elements( CC_SIGNALS_FEED_LINK_SLOT, $item, $context['options'], $context['channel'] )
			: cc_signals_rss_item_elements( CC_SIGNALS_FEED_LINK_SLOT, $item, $context['options'], $context['channel'] );
		$rendered[ $key ] = '' === (string) $xml ? '' : cc_signals_indent_xml( (string) $xml, "\t\t" ) . "\n";
	}
	return $rendered[ $key ];
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
	$context = cc_signals_feed_context();
	if ( ! empty( $context['outputs']['feeds'] ) ) {
		echo cc_signals_feed_item_xml( 'rss2', null, $context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- XML escaped by the format functions.
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
	$context = cc_signals_feed_context();
	if ( ! empty( $context['outputs']['feeds'] ) ) {
		echo cc_signals_feed_item_xml( 'atom', null, $context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- XML escaped by the format functions.
	}
}
