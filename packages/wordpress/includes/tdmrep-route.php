<?php
/**
 * `/.well-known/tdmrep.json` (W3C TDMRep), served when TDMRep output is enabled.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The tdmrep.json document for the site (the site module, same path rules as robots.txt).
 *
 * @since 0.1.0
 *
 * @return string JSON text.
 */
function cc_signals_tdmrep_document() {
	$cached = cc_signals_robots_cached();
	return cc_signals_site_tdmrep_json( $cached['site'], $cached['rules'] );
}

/**
 * Whether a request path is the TDMRep well-known file and TDMRep is enabled.
 *
 * @since 0.1.0
 *
 * @param string $request_path `$wp->request` (no leading slash).
 * @return bool
 */
function cc_signals_is_tdmrep_request( $request_path ) {
	// The path first: every request passes here, and only this one needs the settings.
	return '.well-known/tdmrep.json' === trim( (string) $request_path, '/' ) && ! empty( cc_signals_emit_options()['tdmrep'] );
}

/**
 * `parse_request`: answers `/.well-known/tdmrep.json` without a rewrite rule (and so
 * without flushing rules) and stops, as WordPress does for robots.txt.
 *
 * @since 0.1.0
 *
 * @param WP $wp Request.
 */
function cc_signals_serve_tdmrep( $wp ) {
	if ( ! cc_signals_is_tdmrep_request( $wp->request ) ) {
		return;
	}
	status_header( 200 );
	header( 'Content-Type: application/json; charset=utf-8' );
	header( 'X-Content-Type-Options: nosniff' );
	echo cc_signals_tdmrep_document(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON built by cc_signals_tdmrep_json().
	exit;
}
