<?php
/**
 * RSS 2.0 and Atom elements (core's feeds/rss.ts, feeds/atom.ts, feeds/fragments.ts).
 *
 * RSS: `<ccs:content-usage>` (our namespace), RFC 4946 `<atom:link
 * rel="license">` per CC signal, the RSL licence link on the channel and an
 * `<rsl:content>` per item. Atom: the same with Atom's own `<link>`.
 *
 * @package CC_Signals
 */

/**
 * The namespace declarations to add to `<rss>`: `xmlns:ccs`, `xmlns:atom`
 * and, with an RSL licence URL, `xmlns:rsl`.
 *
 * @since 0.1.0
 *
 * @param array $options Emit options.
 * @return array<string, string> Attribute name => namespace URI.
 */
function cc_signals_rss_namespaces( $options = array() ) {
	return cc_signals_feed_namespaces( $options, true );
}

/**
 * The namespace declarations to add to an Atom `<feed>`: `xmlns:ccs` and, with an RSL licence URL, `xmlns:rsl`.
 *
 * @since 0.1.0
 *
 * @param array $options Emit options.
 * @return array<string, string>
 */
function cc_signals_atom_namespaces( $options = array() ) {
	return cc_signals_feed_namespaces( $options, false );
}

/**
 * The elements to insert in `<channel>`, one per line; '' when there is nothing to state.
 *
 * @since 0.1.0
 *
 * @param array $prefs   The channel's preferences.
 * @param array $options Emit options.
 * @return string
 */
function cc_signals_rss_channel_elements( $prefs, $options = array() ) {
	return implode( "\n", cc_signals_feed_statement_elements( $prefs, 'atom:link', $options, true ) );
}

/**
 * The elements to insert in one `<item>`: its own statement when it has
 * preferences of its own, then, with an RSL licence URL, `<rsl:content
 * url="{link}">` with the terms that apply to it (its own or the channel's).
 *
 * @since 0.1.0
 *
 * @param string     $link    The item's URL.
 * @param array|null $prefs   The item's own preferences; null when it inherits the channel's.
 * @param array      $options Emit options.
 * @param array|null $channel The channel's preferences, stated in RSL for an item without its own.
 * @return string
 */
function cc_signals_rss_item_elements( $link, $prefs, $options = array(), $channel = null ) {
	return implode( "\n", cc_signals_feed_item_elements( $link, $prefs, $channel, 'atom:link', $options ) );
}

/**
 * The elements to insert in Atom's `<feed>`, one per line.
 *
 * @since 0.1.0
 *
 * @param array $prefs   The feed's preferences.
 * @param array $options Emit options.
 * @return string
 */
function cc_signals_atom_feed_elements( $prefs, $options = array() ) {
	return implode( "\n", cc_signals_feed_statement_elements( $prefs, 'link', $options, true ) );
}

/**
 * The elements to insert in one Atom `<entry>`, as cc_signals_rss_item_elements().
 *
 * @since 0.1.0
 *
 * @param string     $link    The entry's URL.
 * @param array|null $prefs   The entry's own preferences; null when it inherits.
 * @param array      $options Emit options.
 * @param array|null $channel The feed's preferences.
 * @return string
 */
function cc_signals_atom_entry_elements( $link, $prefs, $options = array(), $channel = null ) {
	return implode( "\n", cc_signals_feed_item_elements( $link, $prefs, $channel, 'link', $options ) );
}

/**
 * The namespace declarations a feed root needs.
 *
 * @since 0.1.0
 *
 * @param array $options     Emit options.
 * @param bool  $atom_prefix Whether to declare `xmlns:atom` (RSS).
 * @return array<string, string>
 */
function cc_signals_feed_namespaces( $options, $atom_prefix ) {
	$settings   = cc_signals_with_defaults( $options );
	$namespaces = array( 'xmlns:ccs' => CC_SIGNALS_NAMESPACE );
	if ( $atom_prefix ) {
		$namespaces['xmlns:atom'] = CC_SIGNALS_ATOM_NAMESPACE;
	}
	if ( isset( $settings['rslLicenseUrl'] ) ) {
		$namespaces['xmlns:rsl'] = CC_SIGNALS_RSL_NAMESPACE;
	}
	return $namespaces;
}

/**
 * The elements of one statement: the Content-Usage value in our namespace, a
 * licence link per CC signal and, for a channel, the RSL licence link.
 *
 * @since 0.1.0
 *
 * @param array  $prefs    Preferences.
 * @param string $link_tag `atom:link` in RSS, `link` in Atom.
 * @param array  $options  Emit options.
 * @param bool   $channel  Whether this is the channel (feed) level.
 * @return string[]
 */
function cc_signals_feed_statement_elements( $prefs, $link_tag, $options, $channel ) {
	$settings = cc_signals_with_defaults( $options );
	$value    = $settings['contentUsage'] ? cc_signals_serialize_content_usage( $prefs ) : '';
	$elements = array();
	if ( '' !== $value ) {
		$elements[] = '<ccs:content-usage>' . cc_signals_xml_value( $value ) . '</ccs:content-usage>';
		foreach ( cc_signals_signals_used( $prefs ) as $signal ) {
			$attributes = array(
				'rel'   => cc_signals_signal_relation(),
				'href'  => $signal['url'],
				'title' => $signal['title'],
			);
			$elements[] = '<' . $link_tag . cc_signals_format_attributes( $attributes ) . '/>';
		}
	}
	if ( $channel && isset( $settings['contentLicenseUrl'] ) ) {
		$attributes = array(
			'rel'  => 'license',
			'href' => $settings['contentLicenseUrl'],
		);
		$elements[] = '<' . $link_tag . cc_signals_format_attributes( $attributes ) . '/>';
	}
	if ( $channel && isset( $settings['rslLicenseUrl'] ) && array() !== $prefs ) {
		$attributes = array(
			'rel'  => 'license',
			'type' => CC_SIGNALS_RSL_MEDIA_TYPE,
			'href' => $settings['rslLicenseUrl'],
		);
		$elements[] = '<' . $link_tag . cc_signals_format_attributes( $attributes ) . '/>';
	}
	return $elements;
}

/**
 * The elements of one item or entry: its own statement, then its RSL terms.
 *
 * @since 0.1.0
 *
 * @param string     $link     The item's URL.
 * @param array|null $prefs    Its own preferences, or null.
 * @param array|null $channel  The channel's preferences, or null.
 * @param string     $link_tag `atom:link` or `link`.
 * @param array      $options  Emit options.
 * @return string[]
 */
function cc_signals_feed_item_elements( $link, $prefs, $channel, $link_tag, $options ) {
	$own      = null === $prefs ? array() : cc_signals_feed_statement_elements( $prefs, $link_tag, $options, false );
	$settings = cc_signals_with_defaults( $options );
	if ( ! isset( $settings['rslLicenseUrl'] ) ) {
		return $own;
	}
	$rsl = cc_signals_rsl_content( $prefs ?? $channel ?? array(), $link, 'rsl', $settings['anyAiTraining'] );
	return '' === $rsl ? $own : array_merge( $own, array( $rsl ) );
}
