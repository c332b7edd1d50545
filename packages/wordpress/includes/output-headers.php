<?php
/**
 * HTTP response headers: Content-Usage, Link, TDMRep, X-Robots-Tag.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The response headers for the current main query (singular, archive, home, attachment, feed).
 *
 * Runs on `wp`, after the query: `send_headers` fires before WordPress knows what
 * the request is about.
 *
 * @since 0.1.0
 *
 * @return array<string, string> Header name (canonical case) => value.
 */
function cc_signals_headers_for_request() {
	if ( ! cc_signals_output_enabled( 'header' ) ) {
		return array();
	}
	$prefs = cc_signals_preferences_for_request();
	if ( null === $prefs ) {
		return array();
	}
	$headers = array();
	foreach ( cc_signals_signal_headers( $prefs, cc_signals_emit_options() ) as $name => $value ) {
		$headers[ cc_signals_header_name( $name ) ] = $value;
	}
	/**
	 * Filters the CC signals response headers of the current request.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $headers Header name => value.
	 * @param array                 $prefs   The preferences they state.
	 */
	return (array) apply_filters( 'cc_signals_response_headers', $headers, $prefs );
}

/**
 * The usual spelling of a header name core gives in lowercase.
 *
 * @since 0.1.0
 *
 * @param string $name Lowercase name.
 * @return string
 */
function cc_signals_header_name( $name ) {
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
 * Sends the headers of cc_signals_headers_for_request(). `Link` and
 * `X-Robots-Tag` are added beside any that WordPress or other plugins send.
 *
 * @since 0.1.0
 */
function cc_signals_send_headers() {
	if ( headers_sent() || is_admin() ) {
		return;
	}
	foreach ( cc_signals_headers_for_request() as $name => $value ) {
		$replace = ! in_array( strtolower( $name ), array( 'link', 'x-robots-tag' ), true );
		header( $name . ': ' . str_replace( array( "\r", "\n" ), '', $value ), $replace );
	}
}
add_action( 'wp', 'cc_signals_send_headers' );
