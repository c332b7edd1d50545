<?php
/**
 * A site's robots.txt: its rules in every group of the existing file, each
 * comment once, under the size limit (core's siteRobotsTxt).
 *
 * @package CC_Signals
 */

/**
 * The site's robots.txt and what it left out. The defaults always fit, each
 * comment is written once, item rules are listed newest first until the next
 * would pass `$max_bytes` (RFC 9309's 500 KiB); older ones are omitted (`size`).
 *
 * @since 0.2.0
 *
 * @param array      $site      The site.
 * @param string     $existing  The robots.txt WordPress and other plugins wrote.
 * @param int        $max_bytes The size limit.
 * @param array|null $rules     cc_signals_site_robots_rules( $site ), when the caller cached it.
 * @return array `text` and `omitted` (see cc_signals_site_robots_rules()).
 */
function cc_signals_site_robots_txt( $site, $existing = '', $max_bytes = 512000, $rules = null ) {
	$options = $site['options'] ?? array();
	$rules   = $rules ?? cc_signals_site_robots_rules( $site );
	// Written for the site's vocabulary (`options.vocabulary`).
	return cc_signals_with_vocabulary( $options, fn() => cc_signals_site_robots_txt_of_rules( $options, $rules, $existing, $max_bytes ) );
}

/**
 * The body of cc_signals_site_robots_txt(), with the site's vocabulary in force.
 *
 * @since 0.3.0
 *
 * @param array  $options   Emit options.
 * @param array  $rules     cc_signals_site_robots_rules( $site ).
 * @param string $existing  The robots.txt WordPress and other plugins wrote.
 * @param int    $max_bytes The size limit.
 * @return array `text` and `omitted`.
 */
function cc_signals_site_robots_txt_of_rules( $options, $rules, $existing, $max_bytes ) {
	$records = cc_signals_robots_license_lines( $options, array_merge( $rules['defaults'], $rules['items'] ) ); // None when RSL would state nothing.
	$groups  = cc_signals_site_robots_group_count( $existing );
	$eol     = preg_match( '/\r\n?/', $existing, $match ) ? strlen( $match[0] ) : 1;
	$no_cu   = array_merge( $options, array( 'contentUsage' => false ) );
	$written = array_flip( cc_signals_site_robots_group_lines( $rules['defaults'], $options ) );
	$notes   = array();
	foreach ( cc_signals_site_robots_group_lines( $rules['items'], $no_cu ) as $line ) {
		if ( '#' === substr( $line, 0, 1 ) && ! isset( $written[ $line ] ) ) {
			$notes[] = $line;
		}
	}
	// Once any rule states a Content-Signal, every path rule has a Content-Signal line, empty or not.
	$stated  = cc_signals_site_content_signal_stated( $rules['defaults'], $options );
	$signals = $stated || cc_signals_site_content_signal_stated( $rules['items'], $options );
	$empty   = array();
	foreach ( $signals && ! $stated ? $rules['defaults'] : array() as $rule ) {
		if ( '/' !== $rule['path'] ) {
			$empty[] = 'Content-Signal: ' . $rule['path'];
		}
	}
	$usage = cc_signals_site_usage_stated( array_merge( $rules['defaults'], $rules['items'] ), $options );
	$base  = cc_signals_site_insert_robots_lines( $existing, array_merge( cc_signals_site_lines_with_empty_usage( $rules['defaults'], $options, $usage ), $empty, $notes ), $records );
	$room  = $max_bytes - strlen( $base );
	$costs = array();
	foreach ( $rules['items'] as $index => $item ) {
		$unit           = $item['unit'] ?? $index;
		$costs[ $unit ] = ( $costs[ $unit ] ?? 0 ) + $groups * cc_signals_site_rule_bytes( $item, $options, $eol, $signals, $usage );
	}
	$keep = array();
	$full = false;
	foreach ( $costs as $unit => $cost ) {
		$full = $full || $cost > $room;
		if ( ! $full ) {
			$room         -= $cost;
			$keep[ $unit ] = true;
		}
	}
	$kept    = array();
	$dropped = array();
	foreach ( $rules['items'] as $index => $item ) {
		if ( isset( $keep[ $item['unit'] ?? $index ] ) ) {
			$kept[] = $item;
		} elseif ( $item['needsUnit'] ?? true ) {
			$dropped[] = cc_signals_site_size_omission( $item );
		}
	}
	foreach ( $rules['dependents'] ?? array() as $item ) {
		if ( ! isset( $keep[ $item['unit'] ] ) ) {
			$dropped[] = cc_signals_site_size_omission( $item );
		}
	}
	return array(
		'text'    => cc_signals_site_insert_robots_lines( $existing, cc_signals_site_lines_with_empty_usage( array_merge( $rules['defaults'], $kept ), $options, false ), $records ),
		'omitted' => array_merge( $rules['omitted'], $dropped ),
	);
}

/**
 * An item left out for size.
 *
 * @since 0.4.0
 *
 * @param array $item `id`, `path`.
 * @return array
 */
function cc_signals_site_size_omission( $item ) {
	return array(
		'id'     => $item['id'],
		'path'   => $item['path'],
		'reason' => 'size',
	);
}

/**
 * Whether any of the rules states something in Content-Usage (with `contentUsage` on).
 *
 * @since 0.4.0
 *
 * @param array[] $rules   Rules (`path`, `preferences`).
 * @param array   $options Emit options.
 * @return bool
 */
function cc_signals_site_usage_stated( $rules, $options ) {
	if ( ! cc_signals_with_defaults( $options )['contentUsage'] ) {
		return false;
	}
	foreach ( $rules as $rule ) {
		if ( '' !== cc_signals_serialize_content_usage( $rule['preferences'] ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The group lines with an empty `Content-Usage: <path>` line for each path rule
 * that states nothing, once any rule (or `$stated`) states something: otherwise a
 * shorter rule's statement (a parent page's) would reach a path whose author
 * chose nothing (core's site robots.ts).
 *
 * @since 0.4.0
 *
 * @param array[] $rules   Rules (`path`, `preferences`).
 * @param array   $options Emit options.
 * @param bool    $stated  Whether to write them even when none of `$rules` states something.
 * @return string[]
 */
function cc_signals_site_lines_with_empty_usage( $rules, $options, $stated ) {
	$lines = cc_signals_site_robots_group_lines( $rules, $options );
	if ( ! $stated && ! cc_signals_site_usage_stated( $rules, $options ) ) {
		return $lines;
	}
	$empty = array();
	foreach ( $rules as $rule ) {
		if ( '/' !== $rule['path'] && '' === cc_signals_serialize_content_usage( $rule['preferences'] ) ) {
			$empty[] = 'Content-Usage: ' . $rule['path'];
		}
	}
	$at = 0;
	foreach ( $lines as $index => $line ) {
		if ( 0 === strpos( $line, 'Content-Usage:' ) ) {
			$at = $index + 1;
		}
	}
	return array_merge( array_slice( $lines, 0, $at ), $empty, array_slice( $lines, $at ) );
}

/**
 * The bytes of the Content-Usage and Content-Signal lines of one rule (paths are
 * ASCII). With `$signals`, a rule has a Content-Signal line even when its value is empty.
 *
 * @since 0.2.0
 *
 * @param array $rule    `path`, `preferences`.
 * @param array $options Emit options.
 * @param int   $eol     Bytes of a line ending.
 * @param bool  $signals Whether any rule of the site states a Content-Signal.
 * @param bool  $usage   Whether any rule of the site states a Content-Usage (then an empty one gets its line).
 * @return int
 */
function cc_signals_site_rule_bytes( $rule, $options, $eol, $signals = false, $usage = false ) {
	$settings = cc_signals_with_defaults( $options );
	$total    = 0;
	$value    = $settings['contentUsage'] ? cc_signals_serialize_content_usage( $rule['preferences'] ) : '';
	if ( '' !== $value ) {
		$total += strlen( 'Content-Usage: ' ) + strlen( $rule['path'] ) + 1 + strlen( $value ) + $eol;
	} elseif ( $usage ) {
		$total += strlen( 'Content-Usage: ' ) + strlen( $rule['path'] ) + $eol;
	}
	$signal = $settings['contentSignal'] ? cc_signals_serialize_content_signal( $rule['preferences'], $settings['anyAiTraining'] ) : '';
	if ( '' !== $signal ) {
		$total += strlen( 'Content-Signal: ' ) + strlen( $rule['path'] ) + 1 + strlen( $signal ) + $eol;
	} elseif ( $signals ) {
		$total += strlen( 'Content-Signal: ' ) + strlen( $rule['path'] ) + $eol;
	}
	return $total;
}

/**
 * Whether any of the rules states something in Content-Signal (with `contentSignal` on).
 *
 * @since 0.3.0
 *
 * @param array[] $rules   Rules (`path`, `preferences`).
 * @param array   $options Emit options.
 * @return bool
 */
function cc_signals_site_content_signal_stated( $rules, $options ) {
	$settings = cc_signals_with_defaults( $options );
	if ( ! $settings['contentSignal'] ) {
		return false;
	}
	foreach ( $rules as $rule ) {
		if ( '' !== cc_signals_serialize_content_signal( $rule['preferences'], $settings['anyAiTraining'] ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The lines for the groups (core's robotsGroupLines): Content-Usage per rule, then
 * (when `contentSignal`) Content-Signal per rule, the policy comment before the
 * first and each exception comment once, before its first rule. The rule for `/`
 * has no path; rules without a path come first; empty values are left out, except
 * that once any rule states a Content-Signal, a path rule with nothing to state
 * gets an empty `Content-Signal: <path>` line (core's serializeRobotsTxt).
 *
 * @since 0.2.0
 *
 * @param array[] $rules   Rules (`path`, `preferences`).
 * @param array   $options Emit options.
 * @return string[]
 * @throws CC_Signals_Validation_Error For a path robots.txt cannot carry (`rules[i].path`).
 */
function cc_signals_site_robots_group_lines( $rules, $options = array() ) {
	$settings = cc_signals_with_defaults( $options );
	$first    = array();
	$rest     = array();
	foreach ( array_values( $rules ) as $index => $rule ) {
		$path = cc_signals_encode_robots_path( $rule['path'], 'rules[' . $index . '].path' );
		if ( '/' === $path ) {
			$first[] = array( '', $rule['preferences'] );
		} else {
			$rest[] = array( $path . ' ', $rule['preferences'] );
		}
	}
	$entries = array_merge( $first, $rest );
	$usage   = array();
	$signal  = array();
	$seen    = array();
	$values  = array();
	foreach ( $entries as $index => $entry ) {
		$values[ $index ] = $settings['contentSignal'] ? cc_signals_serialize_content_signal( $entry[1], $settings['anyAiTraining'] ) : '';
	}
	$stated = array() !== array_filter( $values, 'strlen' );
	foreach ( $entries as $index => $entry ) {
		$value = $settings['contentUsage'] ? cc_signals_serialize_content_usage( $entry[1] ) : '';
		if ( '' !== $value ) {
			$usage[] = 'Content-Usage: ' . $entry[0] . $value;
		}
		$value = $values[ $index ];
		// A path rule Content-Signal can say nothing of gets an empty line, so that no shorter rule's statement reaches it.
		if ( '' === $value && ( ! $stated || '' === $entry[0] ) ) {
			continue;
		}
		if ( array() === $signal ) {
			array_push( $signal, ...cc_signals_content_signal_policy_comment() );
		}
		$comment = cc_signals_content_signal_exception_comment( $entry[1] );
		$key     = implode( "\n", $comment );
		if ( array() !== $comment && ! isset( $seen[ $key ] ) ) {
			$seen[ $key ] = true;
			array_push( $signal, ...$comment );
		}
		$signal[] = rtrim( 'Content-Signal: ' . $entry[0] . $value );
	}
	return array_merge( $usage, $signal );
}
