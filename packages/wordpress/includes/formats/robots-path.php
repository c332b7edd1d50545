<?php
/**
 * The robots.txt path encoding, normalization and matching (core's robots/path.ts, RFC 9309).
 *
 * @package CC_Signals
 */

/**
 * Checks a path that an emitter is about to write and returns it
 * percent-encoded: it must start with `/` and hold no whitespace or control
 * characters; `#`, `%` that starts no triplet, non-ASCII and other unsafe
 * characters are percent-encoded; `*` and `$` keep their pattern meaning.
 *
 * @since 0.1.0
 *
 * @param string $path  The path.
 * @param string $field Its name, for the error (`rules[0].path`).
 * @return string
 * @throws CC_Signals_Validation_Error When it is not a robots.txt path.
 */
function cc_signals_encode_robots_path( $path, $field ) {
	// Most paths need no encoding: every character is kept as it is (robots.txt gets thousands).
	if ( is_string( $path ) && preg_match( '/^\/(?:[A-Za-z0-9\-._~:\/?\[\]@!$&\'()*+,;=]|%[0-9A-Fa-f]{2})*$/D', $path ) ) {
		return $path;
	}
	$path  = cc_signals_scrub_utf8( $path );
	$space = '/[\x00-\x20\x7F\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]/u';
	if ( '/' !== substr( $path, 0, 1 ) || preg_match( $space, $path ) ) {
		throw new CC_Signals_Validation_Error(
			$field . ': ' . cc_signals_json_value( $path ) . ' is not a robots.txt path',
			$field,
			array( 'a path starting with "/", without whitespace or control characters' )
		);
	}
	$out = '';
	foreach ( cc_signals_robots_path_parts( $path ) as $part ) {
		if ( '*' === $part || '$' === $part || ( 3 === strlen( $part ) && '%' === $part[0] ) ) {
			$out .= $part;
		} else {
			$out .= '#' === $part ? '%23' : cc_signals_robots_normalize_char( $part, 'url', false );
		}
	}
	return $out;
}

/**
 * The path and query of a URL in the form RFC 9309 compares; `*` and `$` as
 * `%2A` and `%24`; a fragment is dropped.
 *
 * @since 0.1.0
 *
 * @param string $path URL path and query.
 * @return string
 */
function cc_signals_normalize_robots_url_path( $path ) {
	$hash = strpos( $path, '#' );
	return cc_signals_robots_normalize( false === $hash ? $path : substr( $path, 0, $hash ), 'url' );
}

/**
 * A rule's path pattern in the form RFC 9309 compares; `*` stays a wildcard
 * and a final `$` an anchor.
 *
 * @since 0.1.0
 *
 * @param string $pattern The pattern.
 * @return string
 */
function cc_signals_normalize_robots_pattern( $pattern ) {
	return cc_signals_robots_normalize( $pattern, 'pattern' );
}

/**
 * Whether a normalized pattern matches a normalized path: a prefix match where
 * `*` matches any run of characters and a final `$` anchors the end. Each
 * segment between `*`s is matched at its earliest position after the previous
 * one (greedy earliest is optimal here), so there is no backtracking: the
 * cost is linear in the path per segment (core's robotsPatternMatches).
 *
 * @since 0.1.0
 *
 * @param string $pattern Normalized pattern.
 * @param string $path    Normalized path.
 * @return bool
 */
function cc_signals_robots_pattern_matches( $pattern, $path ) {
	$anchored = '$' === substr( $pattern, -1 );
	$segments = explode( '*', $anchored ? substr( $pattern, 0, -1 ) : $pattern );
	$first    = $segments[0];
	if ( 0 !== strncmp( $path, $first, strlen( $first ) ) ) {
		return false;
	}
	$count = count( $segments );
	if ( 1 === $count ) {
		return ! $anchored || strlen( $path ) === strlen( $first );
	}
	$position = strlen( $first );
	for ( $index = 1; $index < $count - 1; $index++ ) {
		if ( '' === $segments[ $index ] ) {
			continue;
		}
		$found = strpos( $path, $segments[ $index ], $position );
		if ( false === $found ) {
			return false;
		}
		$position = $found + strlen( $segments[ $index ] );
	}
	$tail = $segments[ $count - 1 ];
	if ( ! $anchored ) {
		return '' === $tail || false !== strpos( $path, $tail, $position );
	}
	return strlen( $path ) - strlen( $tail ) >= $position && ( '' === $tail || substr( $path, -strlen( $tail ) ) === $tail );
}

/**
 * Splits a path into `%XX` triplets and single UTF-8 characters.
 *
 * @since 0.1.0
 *
 * @param string $input The text (valid UTF-8).
 * @return string[]
 */
function cc_signals_robots_path_parts( $input ) {
	preg_match_all( '/%[0-9A-Fa-f]{2}|./su', cc_signals_scrub_utf8( $input ), $matches );
	return $matches[0];
}

/**
 * Normalizes a URL path or a pattern (core's normalize).
 *
 * @since 0.1.0
 *
 * @param string $input The path or pattern.
 * @param string $mode  `url` or `pattern`.
 * @return string
 */
function cc_signals_robots_normalize( $input, $mode ) {
	$parts    = cc_signals_robots_path_parts( $input );
	$last     = count( $parts ) - 1;
	$out      = '';
	$in_query = false;
	foreach ( $parts as $index => $part ) {
		if ( 3 === strlen( $part ) && '%' === $part[0] ) {
			$octet = hexdec( substr( $part, 1 ) );
			$char  = chr( $octet );
			$out  .= $octet < 0x80 && preg_match( '/^[A-Za-z0-9\-._~]$/D', $char ) ? $char : sprintf( '%%%02X', $octet );
			continue;
		}
		$out     .= cc_signals_robots_normalize_char( $part, $mode, $index === $last, $in_query );
		$in_query = $in_query || '?' === $part;
	}
	return $out;
}

/**
 * One character in normalized form (core's normalizeChar).
 *
 * @since 0.1.0
 *
 * @param string $char     One UTF-8 character.
 * @param string $mode     `url` or `pattern`.
 * @param bool   $last     Whether it ends the input.
 * @param bool   $in_query Whether it follows the first `?`: RFC 9309 § 2.2.2's example table
 *                         percent-encodes the delimiters `:/@[]` inside a query.
 * @return string
 */
function cc_signals_robots_normalize_char( $char, $mode, $last, $in_query = false ) {
	if ( $in_query && 1 === strlen( $char ) && false !== strpos( ':/@[]', $char ) ) {
		return sprintf( '%%%02X', ord( $char ) );
	}
	if ( '*' === $char ) {
		return 'pattern' === $mode ? '*' : '%2A';
	}
	if ( '$' === $char ) {
		return 'pattern' === $mode && $last ? '$' : '%24';
	}
	if ( '%' === $char ) {
		return '%25';
	}
	if ( 1 === strlen( $char ) && preg_match( '/^[A-Za-z0-9\-._~:\/?#\[\]@!$&\'()*+,;=]$/D', $char ) ) {
		return $char;
	}
	$out = '';
	foreach ( str_split( $char ) as $octet ) {
		$out .= sprintf( '%%%02X', ord( $octet ) );
	}
	return $out;
}
