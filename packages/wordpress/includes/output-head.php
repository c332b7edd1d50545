<?php
/**
 * `<head>` tags: the content-usage meta, licence links, TDMRep metas; `noai` via wp_robots.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The head tags for the current main query. `noai` is left to cc_signals_wp_robots(),
 * so that the page keeps a single `<meta name="robots">`.
 *
 * @since 0.1.0
 *
 * @return string HTML, already escaped by the format functions and filtered by wp_kses().
 */
function cc_signals_head_html() {
	if ( ! cc_signals_output_enabled( 'head_tags' ) ) {
		return '';
	}
	$prefs = cc_signals_preferences_for_request();
	if ( null === $prefs ) {
		return '';
	}
	$options         = cc_signals_emit_options();
	$options['noai'] = false;
	$html            = (string) cc_signals_html_head( $prefs, $options );
	return '' === $html ? '' : wp_kses( $html, cc_signals_head_allowed_html() ) . "\n";
}

/**
 * The tags and attributes the head output may contain.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_head_allowed_html() {
	return array(
		'meta' => array(
			'name'    => true,
			'content' => true,
		),
		'link' => array(
			'rel'   => true,
			'href'  => true,
			'title' => true,
			'type'  => true,
		),
	);
}

/**
 * Prints the head tags.
 *
 * @since 0.1.0
 */
function cc_signals_print_head() {
	echo cc_signals_head_html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- filtered by wp_kses() in cc_signals_head_html().
}

/**
 * Adds `noai, noimageai` to WordPress's robots meta when enabled and training is disallowed.
 *
 * @since 0.1.0
 *
 * @param array $robots Directives.
 * @return array
 */
function cc_signals_wp_robots( $robots ) {
	$options = cc_signals_emit_options();
	if ( empty( $options['noai'] ) || ! cc_signals_output_enabled( 'head_tags' ) ) {
		return $robots;
	}
	$prefs = cc_signals_preferences_for_request();
	foreach ( null === $prefs ? array() : cc_signals_noai_directives( $prefs ) as $directive ) {
		$robots[ $directive ] = true;
	}
	return $robots;
}
