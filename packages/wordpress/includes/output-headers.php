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
	$context = cc_signals_request_context();
	$prefs   = $context['preferences'];
	if ( empty( $context['outputs']['header'] ) || null === $prefs ) {
		return array();
	}
	$own     = cc_signals_settings_memo( "headers:{$context['key']}", fn() => cc_signals_site_signal_headers( $prefs, cc_signals_emit_options() ) );
	$headers = cc_signals_site_merge_headers( $own, cc_signals_sent_headers() );
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
	return cc_signals_site_header_name( $name );
}

/**
 * The `Link` and `X-Robots-Tag` headers PHP has queued for this response (those the plugin's
 * join: cc_signals_site_merge_headers()), as `array( name, value )` pairs.
 *
 * @since 0.2.0
 *
 * @return array[]
 */
function cc_signals_sent_headers() {
	$pairs = array();
	foreach ( preg_grep( '/^(?:link|x-robots-tag)\s*:/i', headers_list() ) as $line ) {
		$colon = strpos( $line, ':' );
		if ( false !== $colon ) {
			$pairs[] = array( trim( substr( $line, 0, $colon ) ), trim( substr( $line, $colon + 1 ) ) );
		}
	}
	return $pairs;
}

/**
 * Sends the headers of cc_signals_headers_for_request(), replacing those of the
 * same name: `Link` and `X-Robots-Tag` values WordPress or other plugins queued
 * are part of the merged value.
 *
 * @since 0.1.0
 */
function cc_signals_send_headers() {
	if ( headers_sent() || is_admin() ) {
		return;
	}
	foreach ( cc_signals_headers_for_request() as $name => $value ) {
		header( $name . ': ' . str_replace( array( "\r", "\n" ), '', $value ), true );
	}
}
