<?php
/**
 * Putting rule lines into an existing robots.txt, into every group a crawler
 * may select (core's robots/insert.ts).
 *
 * @package CC_Signals
 */

/**
 * The lines of a text with their terminators.
 *
 * @since 0.2.0
 *
 * @param string $text Text.
 * @return array[] Each `array( text, eol )`; the last line's eol may be ''.
 */
function cc_signals_site_split_lines( $text ) {
	$parts = preg_split( '/(\r\n|\r|\n)/', $text, -1, PREG_SPLIT_DELIM_CAPTURE );
	$lines = array();
	$count = count( $parts );
	for ( $index = 0; $index + 1 < $count; $index += 2 ) {
		$lines[] = array( $parts[ $index ], $parts[ $index + 1 ] );
	}
	if ( '' !== $parts[ $count - 1 ] ) {
		$lines[] = array( $parts[ $count - 1 ], '' );
	}
	return $lines;
}

/**
 * A robots.txt record's lowercase name and value, or null for a blank or comment line.
 *
 * @since 0.2.0
 *
 * @param string $line Line.
 * @return array|null `array( name, value )`.
 */
function cc_signals_site_robots_record( $line ) {
	$content = preg_replace( '/#.*/s', '', preg_replace( '/^\x{FEFF}/u', '', $line ) );
	$colon   = strpos( $content, ':' );
	if ( false === $colon ) {
		return null;
	}
	return array( strtolower( trim( substr( $content, 0, $colon ) ) ), trim( substr( $content, $colon + 1 ) ) );
}

/**
 * The groups of a robots.txt as RFC 9309 reads them: the index of each group's
 * last line, and whether one group is for `*`.
 *
 * @since 0.2.0
 *
 * @param array[] $lines Lines of cc_signals_site_split_lines().
 * @return array `groups` (last line indexes) and `star`.
 */
function cc_signals_site_robots_groups( $lines ) {
	$groups    = array();
	$in_agents = false;
	$star      = false;
	foreach ( $lines as $index => $line ) {
		$field = cc_signals_site_robots_record( $line[0] );
		if ( null === $field || in_array( $field[0], array( 'sitemap', 'license' ), true ) ) {
			continue;
		}
		if ( 'user-agent' === $field[0] ) {
			if ( ! $in_agents || array() === $groups ) {
				$groups[] = $index;
			}
			$groups[ count( $groups ) - 1 ] = $index;
			$in_agents                      = true;
			$star                           = $star || '*' === $field[1];
			continue;
		}
		if ( array() === $groups ) {
			continue;
		}
		$groups[ count( $groups ) - 1 ] = $index;
		if ( in_array( $field[0], array( 'allow', 'disallow', 'content-usage', 'content-signal' ), true ) ) {
			$in_agents = false;
		}
	}
	return array(
		'groups' => $groups,
		'star'   => $star,
	);
}

/**
 * How many groups cc_signals_site_insert_robots_lines() writes into.
 *
 * @since 0.2.0
 *
 * @param string $text robots.txt.
 * @return int
 */
function cc_signals_site_robots_group_count( $text ) {
	$read = cc_signals_site_robots_groups( cc_signals_site_split_lines( $text ) );
	return count( $read['groups'] ) + ( $read['star'] ? 0 : 1 );
}

/**
 * Puts rule lines at the end of every group (a crawler reads only the group naming
 * it), and into a new `User-agent: *` group when there is none; appends `$records`
 * (e.g. `License:`) after a blank line. Every other byte is kept, line endings included.
 *
 * @since 0.2.0
 *
 * @param string   $text        robots.txt so far.
 * @param string[] $group_lines Lines for every group.
 * @param string[] $records     Lines outside any group.
 * @return string
 */
function cc_signals_site_insert_robots_lines( $text, $group_lines, $records = array() ) {
	if ( array() === $group_lines && array() === $records ) {
		return $text;
	}
	$lines = cc_signals_site_split_lines( $text );
	$eol   = preg_match( '/\r\n|\r|\n/', $text, $match ) ? $match[0] : "\n";
	$read  = cc_signals_site_robots_groups( $lines );
	$out   = array();
	foreach ( $lines as $line ) {
		$out[] = $line[0] . $line[1];
	}
	$block = '';
	foreach ( $group_lines as $line ) {
		$block .= $line . $eol;
	}
	if ( array() !== $group_lines ) {
		foreach ( $read['groups'] as $last ) {
			$out[ $last ] = $lines[ $last ][0] . ( '' === $lines[ $last ][1] ? $eol : $lines[ $last ][1] ) . $block;
		}
	}
	$tail = array();
	if ( array() !== $group_lines && ! $read['star'] ) {
		$tail[] = 'User-agent: *' . $eol . $block;
	}
	if ( array() !== $records ) {
		$tail[] = implode( $eol, $records ) . $eol;
	}
	$result = implode( '', $out );
	foreach ( $tail as $part ) {
		if ( '' !== $result && ! preg_match( '/[\r\n]$/', $result ) ) {
			$result .= $eol;
		}
		$result .= '' === $result ? $part : $eol . $part;
	}
	return $result;
}
