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
 * @return string HTML, already escaped by the format functions and checked against the
 *                allowed tags (cc_signals_head_tags_allowed()).
 */
function cc_signals_head_html() {
	$context = cc_signals_request_context();
	if ( empty( $context['outputs']['head_tags'] ) || null === $context['preferences'] ) {
		return '';
	}
	$prefs = $context['preferences'];
	return cc_signals_settings_memo(
		"head:{$context['key']}",
		static function () use ( $prefs ) {
			$options         = cc_signals_emit_options();
			$options['noai'] = false;
			$html            = (string) cc_signals_html_head( $prefs, $options );
			return '' === $html ? '' : cc_signals_head_tags_allowed( $html ) . "\n";
		}
	);
}

/**
 * Keeps the lines of the head output that are exactly one allowed tag (`meta` or `link`
 * with the attributes of cc_signals_head_allowed_html(), double-quoted values holding no
 * `"`, `<` or `>`). The format functions escape every value already: this is a second
 * check, with the effect wp_kses() had on this output, at a fraction of its cost on every page.
 *
 * @since 0.2.0
 *
 * @param string $html Head tags, one per line.
 * @return string The allowed lines.
 */
function cc_signals_head_tags_allowed( $html ) {
	$allowed = cc_signals_head_allowed_html();
	$kept    = array();
	foreach ( explode( "\n", $html ) as $line ) {
		if ( ! preg_match( '/^<(meta|link)((?:\s+[a-z]+="[^"<>]*")+)\s*\/?>$/', $line, $tag ) ) {
			continue;
		}
		preg_match_all( '/\s+([a-z]+)="[^"<>]*"/', $tag[2], $attributes );
		if ( array() === array_diff( $attributes[1], array_keys( $allowed[ $tag[1] ] ) ) ) {
			$kept[] = $line;
		}
	}
	return implode( "\n", $kept );
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
	echo cc_signals_head_html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the format functions, checked by cc_signals_head_tags_allowed().
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
	$context = cc_signals_request_context();
	if ( empty( $context['outputs']['noai'] ) || empty( $context['outputs']['head_tags'] ) ) {
		return $robots;
	}
	$prefs      = $context['preferences'];
	$directives = null === $prefs ? array() : cc_signals_settings_memo( "noai:{$context['key']}", fn() => cc_signals_noai_directives( $prefs ) );
	foreach ( $directives as $directive ) {
		$robots[ $directive ] = true;
	}
	return $robots;
}
