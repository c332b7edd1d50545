<?php
/**
 * Bench (not a test): the PHP robots.txt matcher on the pattern cases of
 * core's vectors/site.json, `/` + `a*`×5000 + `b` against 10,000 characters
 * among them. Run: php packages/wordpress/scripts/bench-robots-path.php
 *
 * @package CC_Signals
 */

// The format functions, without WordPress.
require dirname( __DIR__ ) . '/includes/formats/load.php';
cc_signals_load_robots_formats();

$cc_signals_vectors = json_decode( (string) file_get_contents( dirname( __DIR__, 2 ) . '/core/vectors/site.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file, outside WordPress.
foreach ( $cc_signals_vectors['matching']['cases'] as $cc_signals_case ) {
	$cc_signals_pattern = cc_signals_normalize_robots_pattern( $cc_signals_case['pattern'] );
	$cc_signals_path    = cc_signals_normalize_robots_url_path( $cc_signals_case['path'] );
	$cc_signals_start   = hrtime( true );
	$cc_signals_rounds  = 0;
	do {
		cc_signals_robots_pattern_matches( $cc_signals_pattern, $cc_signals_path );
		++$cc_signals_rounds;
	} while ( hrtime( true ) - $cc_signals_start < 2e8 );
	printf( "%-40s %8.3f ms\n", substr( $cc_signals_case['pattern'], 0, 20 ) . '… (' . strlen( $cc_signals_case['pattern'] ) . ' chars)', ( hrtime( true ) - $cc_signals_start ) / $cc_signals_rounds / 1e6 ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CLI.
}
