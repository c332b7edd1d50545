<?php
/**
 * Response headers merged with those already present (core's site/headers.ts).
 *
 * @package CC_Signals
 */

/**
 * The usual spelling of a header name (`content-usage` → `Content-Usage`); others as given.
 *
 * @since 0.2.0
 *
 * @param string $name Name in any case.
 * @return string
 */
function cc_signals_site_header_name( $name ) {
	$known = array(
		'content-usage'   => 'Content-Usage',
		'link'            => 'Link',
		'x-robots-tag'    => 'X-Robots-Tag',
		'tdm-reservation' => 'tdm-reservation',
		'tdm-policy'      => 'tdm-policy',
	);
	return $known[ strtolower( $name ) ] ?? $name;
}

/**
 * The headers of a response stating `$prefs`, to be set replacing any of the same
 * name: `Link` and `X-Robots-Tag` values already present are kept, ours joined after them.
 *
 * @since 0.2.0
 *
 * @param array   $prefs    Preferences.
 * @param array   $options  Emit options.
 * @param array[] $existing Headers already set, as `array( name, value )` pairs.
 * @return array<string, string> Name (usual spelling) => value.
 */
function cc_signals_site_headers( $prefs, $options = array(), $existing = array() ) {
	return cc_signals_site_merge_headers( cc_signals_site_signal_headers( $prefs, $options ), $existing );
}

/**
 * The headers stating `$prefs` alone, under the vocabulary of `$options`, before
 * cc_signals_site_merge_headers() joins them with those already present.
 *
 * @since 0.3.0
 *
 * @param array $prefs   Preferences.
 * @param array $options Emit options.
 * @return array<string, string> Lowercase name => value.
 */
function cc_signals_site_signal_headers( $prefs, $options = array() ) {
	return cc_signals_with_vocabulary( $options, fn() => cc_signals_signal_headers( $prefs, $options ) );
}

/**
 * Joins headers from cc_signals_site_signal_headers() with those already present:
 * `Link` and `X-Robots-Tag` values already present are kept, ours after them.
 *
 * @since 0.3.0
 *
 * @param array<string, string> $signal_headers Lowercase name => value.
 * @param array[]               $existing       Headers already set, as `array( name, value )` pairs.
 * @return array<string, string> Name (usual spelling) => value.
 */
function cc_signals_site_merge_headers( $signal_headers, $existing ) {
	$headers = array();
	foreach ( $signal_headers as $name => $value ) {
		$values = array();
		if ( in_array( $name, array( 'link', 'x-robots-tag' ), true ) ) {
			foreach ( $existing as $pair ) {
				if ( strtolower( (string) $pair[0] ) === $name ) {
					$values[] = (string) $pair[1];
				}
			}
		}
		$values[]                                        = $value;
		$headers[ cc_signals_site_header_name( $name ) ] = implode( ', ', $values );
	}
	return $headers;
}
