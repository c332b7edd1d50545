<?php
/**
 * Tags for a page's `<head>` (core's serializeHtmlHead).
 *
 * @package CC_Signals
 */

/**
 * The tags to put in a page's `<head>`, one per line: `<meta
 * name="content-usage" content="…">` (the exact Content-Usage value) and a
 * `<link rel="license">` per CC signal, then, when enabled, the declaration
 * link (`declarationUrl`), TDMRep metas, the RSL licence link and `<meta
 * name="robots" content="noai, noimageai">`. Every attribute is escaped.
 *
 * @since 0.1.0
 *
 * @param array $prefs   Preferences keyed by wire label.
 * @param array $options Emit options, plus `declarationUrl`.
 * @return string '' for empty preferences.
 * @throws CC_Signals_Validation_Error For an invalid label, exception or URL.
 */
function cc_signals_html_head( $prefs, $options = array() ) {
	$settings = cc_signals_with_defaults( $options );
	$stated   = array() !== $prefs;
	$tags     = $settings['contentUsage'] ? cc_signals_content_usage_tags( $prefs ) : array();
	if ( $stated && isset( $options['declarationUrl'] ) ) {
		$tags[] = cc_signals_html_tag(
			'link',
			array(
				'rel'  => 'describedby',
				'type' => 'text/html',
				'href' => $options['declarationUrl'],
			)
		);
	}
	if ( $settings['tdmrep'] ) {
		foreach ( cc_signals_tdmrep_meta( $prefs, $settings ) as $meta ) {
			$tags[] = cc_signals_html_tag( 'meta', $meta );
		}
	}
	if ( isset( $settings['contentLicenseUrl'] ) ) {
		$tags[] = cc_signals_html_tag(
			'link',
			array(
				'rel'  => 'license',
				'href' => $settings['contentLicenseUrl'],
			)
		);
	}
	if ( $stated && isset( $settings['rslLicenseUrl'] ) ) {
		$tags[] = cc_signals_html_tag(
			'link',
			array(
				'rel'  => 'license',
				'type' => CC_SIGNALS_RSL_MEDIA_TYPE,
				'href' => $settings['rslLicenseUrl'],
			)
		);
	}
	$noai = $settings['noai'] ? cc_signals_noai_directives( $prefs ) : array();
	if ( array() !== $noai ) {
		$tags[] = cc_signals_html_tag(
			'meta',
			array(
				'name'    => 'robots',
				'content' => implode( ', ', $noai ),
			)
		);
	}
	return implode( "\n", $tags );
}

/**
 * The content-usage meta and the licence link of each CC signal named.
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences.
 * @return string[]
 */
function cc_signals_content_usage_tags( $prefs ) {
	$value = cc_signals_serialize_content_usage( $prefs );
	if ( '' === $value ) {
		return array();
	}
	$tags = array(
		cc_signals_html_tag(
			'meta',
			array(
				'name'    => CC_SIGNALS_CONTENT_USAGE_META_NAME,
				'content' => $value,
			)
		),
	);
	foreach ( cc_signals_signals_used( $prefs ) as $signal ) {
		$tags[] = cc_signals_html_tag(
			'link',
			array(
				'rel'   => cc_signals_signal_relation(),
				'href'  => $signal['url'],
				'title' => $signal['title'],
			)
		);
	}
	return $tags;
}

/**
 * A `<meta>` or `<link>` tag with HTML-escaped attributes, in the order given.
 *
 * @since 0.1.0
 *
 * @param string                $name       `meta` or `link`.
 * @param array<string, string> $attributes Attributes.
 * @return string
 */
function cc_signals_html_tag( $name, $attributes ) {
	$pairs = '';
	foreach ( $attributes as $key => $value ) {
		$pairs .= ' ' . $key . '="' . cc_signals_escape_html( $value ) . '"';
	}
	return '<' . $name . $pairs . '>';
}
