<?php
/**
 * `/.well-known/tdmrep.json` for a site (core's site/tdmrep.ts).
 *
 * @package CC_Signals
 */

/**
 * The site's tdmrep.json, from the same path rules as its robots.txt, without its
 * size limit. A location for exactly one URL (`/$`) comes before the prefix of the
 * same length (`/*`), since TDMRep applies the first matching rule.
 *
 * @since 0.2.0
 *
 * @param array      $site  The site.
 * @param array|null $rules cc_signals_site_robots_rules( $site ), when the caller cached it.
 * @return string JSON text.
 */
function cc_signals_site_tdmrep_json( $site, $rules = null ) {
	$rules = $rules ?? cc_signals_site_robots_rules( $site );
	$text  = (string) cc_signals_with_vocabulary( $site['options'] ?? null, fn() => cc_signals_tdmrep_json( array_merge( $rules['defaults'], $rules['items'] ), $site['options'] ?? array() ) );
	$list  = json_decode( $text, true );
	if ( ! is_array( $list ) || array() === $list ) {
		return $text;
	}
	$indexed = array();
	foreach ( array_values( $list ) as $index => $rule ) {
		$indexed[] = array( $index, $rule );
	}
	usort(
		$indexed,
		function ( $a, $b ) {
			$same = strlen( $a[1]['location'] ) === strlen( $b[1]['location'] );
			$rank = $same ? (int) ( '$' === substr( $b[1]['location'], -1 ) ) - (int) ( '$' === substr( $a[1]['location'], -1 ) ) : 0;
			return 0 !== $rank ? $rank : $a[0] - $b[0];
		}
	);
	$json = (string) cc_signals_site_json_text( array_column( $indexed, 1 ) );
	// JSON.stringify( …, null, 2 ): two spaces per level.
	return preg_replace_callback(
		'/^( +)/m',
		function ( $indent ) {
			return str_repeat( ' ', (int) ( strlen( $indent[1] ) / 2 ) );
		},
		$json
	) . "\n";
}

/**
 * Pretty-printed JSON (four spaces per level), slashes and Unicode unescaped.
 *
 * @since 0.2.0
 *
 * @param mixed $value Value.
 * @return string
 */
function cc_signals_site_json_text( $value ) {
	return (string) json_encode( $value, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ); // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode -- plain PHP, loadable without WordPress.
}
