<?php
/**
 * The robots.txt lines: Content-Usage and Content-Signal rules, the RSL License
 * record (core's robots/serialize.ts and robots/compile.ts).
 *
 * @package CC_Signals
 */

/**
 * The lines to add to an existing `User-agent: *` group: a `Content-Usage`
 * line per rule (when `contentUsage`, the default) and, when `contentSignal`,
 * a `Content-Signal` line per rule, preceded once by the Content Signals
 * Policy comment and, for a CC signal it cannot carry, by a comment saying
 * so. The rule for `/` is written without a path and rules without a path
 * come first; rules whose preferences give an empty value are left out,
 * except a Content-Signal path rule when another rule states something: it
 * is written without a value (`Content-Signal: /post/`), so that a shorter
 * rule's `ai-train=no` does not reach it.
 *
 * @since 0.1.0
 *
 * @param array[] $rules   `array( 'path' => '/', 'preferences' => … )` entries.
 * @param array   $options Emit options.
 * @return string[]
 * @throws CC_Signals_Validation_Error For an invalid path (`rules[i].path`) or URL.
 */
function cc_signals_robots_group_lines( $rules, $options = array() ) {
	$settings = cc_signals_with_defaults( $options );
	$entries  = array();
	foreach ( array_values( $rules ) as $index => $rule ) {
		$path      = cc_signals_encode_robots_path( $rule['path'], 'rules[' . $index . '].path' );
		$entries[] = array(
			'path'        => '/' === $path ? null : $path,
			'preferences' => $rule['preferences'],
		);
	}
	$ordered = array_merge(
		array_filter( $entries, 'cc_signals_robots_rule_is_default' ),
		array_filter(
			$entries,
			function ( $entry ) {
				return ! cc_signals_robots_rule_is_default( $entry );
			}
		)
	);
	$lines   = $settings['contentUsage'] ? cc_signals_robots_content_usage_lines( $ordered ) : array();
	return $settings['contentSignal'] ? array_merge( $lines, cc_signals_robots_content_signal_lines( $ordered, $settings['anyAiTraining'] ) ) : $lines;
}

/**
 * The `License: <url>` record for `rslLicenseUrl` (RSL), or none. It belongs
 * to no group. With `$rules`, none either when the licence would state
 * nothing for any of them.
 *
 * @since 0.1.0
 *
 * @param array        $options Emit options.
 * @param array[]|null $rules   The path rules, as for cc_signals_robots_group_lines().
 * @return string[]
 */
function cc_signals_robots_license_lines( $options = array(), $rules = null ) {
	$settings = cc_signals_with_defaults( $options );
	if ( ! isset( $settings['rslLicenseUrl'] ) ) {
		return array();
	}
	if ( null !== $rules ) {
		$states = false;
		foreach ( $rules as $rule ) {
			$states = $states || array() !== cc_signals_rsl_terms( $rule['preferences'], $settings['anyAiTraining'] );
		}
		if ( ! $states ) {
			return array();
		}
	}
	return array( 'License: ' . $settings['rslLicenseUrl'] );
}

/**
 * A whole robots.txt stating preferences per path (core's serializeRobotsRules):
 * `User-Agent: *`, `Allow: /`, the group lines, then the License record.
 * WordPress writes its own robots.txt; this is the form core's vectors check.
 *
 * @since 0.1.0
 *
 * @param array[] $rules   As for cc_signals_robots_group_lines().
 * @param array   $options Emit options.
 * @return string
 */
function cc_signals_robots_txt( $rules, $options = array() ) {
	$group  = array_merge( array( 'User-Agent: *', 'Allow: /' ), cc_signals_robots_group_lines( $rules, $options ) );
	$blocks = array( implode( "\n", $group ) );
	$record = cc_signals_robots_license_lines( $options, $rules );
	if ( array() !== $record ) {
		$blocks[] = implode( "\n", $record );
	}
	return implode( "\n\n", $blocks ) . "\n";
}

/**
 * The robots.txt path rules a site needs so that robots.txt agrees with its
 * pages: the section defaults, then each item whose own preferences differ
 * from the longest default covering its path, in input order.
 *
 * @since 0.1.0
 *
 * @param array[] $defaults Section defaults: `array( 'path' => '/', 'preferences' => … )`.
 * @param array[] $items    Items by URL path.
 * @return array[]
 */
function cc_signals_compile_robots_rules( $defaults, $items ) {
	$rules = array_values( $defaults );
	foreach ( $items as $item ) {
		$best   = null;
		$target = cc_signals_normalize_robots_url_path( $item['path'] );
		foreach ( $defaults as $rule ) {
			$matches = cc_signals_robots_pattern_matches( cc_signals_normalize_robots_pattern( $rule['path'] ), $target );
			if ( $matches && ( null === $best || cc_signals_utf16_length( $rule['path'] ) > cc_signals_utf16_length( $best['path'] ) ) ) {
				$best = $rule;
			}
		}
		if ( ! cc_signals_same_preferences( $item['preferences'], null === $best ? array() : $best['preferences'] ) ) {
			$rules[] = $item;
		}
	}
	return $rules;
}

/**
 * Whether two preferences state the same preference and exception for every label.
 *
 * @since 0.1.0
 *
 * @param array $a Preferences.
 * @param array $b Preferences.
 * @return bool
 */
function cc_signals_same_preferences( $a, $b ) {
	foreach ( array_unique( array_merge( array_keys( $a ), array_keys( $b ) ) ) as $label ) {
		foreach ( array( 'preference', 'exception' ) as $key ) {
			if ( ( $a[ $label ][ $key ] ?? null ) !== ( $b[ $label ][ $key ] ?? null ) ) {
				return false;
			}
		}
	}
	return true;
}

/**
 * Whether a group entry has no path (the site default).
 *
 * @since 0.1.0
 *
 * @param array $entry Entry with `path` (null for none).
 * @return bool
 */
function cc_signals_robots_rule_is_default( $entry ) {
	return null === $entry['path'];
}

/**
 * The `Content-Usage` lines of the entries.
 *
 * @since 0.1.0
 *
 * @param array[] $entries Entries, defaults first.
 * @return string[]
 */
function cc_signals_robots_content_usage_lines( $entries ) {
	$lines = array();
	foreach ( $entries as $entry ) {
		$value = cc_signals_serialize_content_usage( $entry['preferences'] );
		if ( '' !== $value ) {
			$lines[] = 'Content-Usage: ' . ( null === $entry['path'] ? '' : $entry['path'] . ' ' ) . $value;
		}
	}
	return $lines;
}

/**
 * The `Content-Signal` lines of the entries with their comments: an empty
 * line for a path rule Content-Signal can say nothing of, when another rule
 * states something (core's serializeRobotsTxt).
 *
 * @since 0.1.0
 *
 * @param array[] $entries         Entries, defaults first.
 * @param bool    $any_ai_training EmitOptions `anyAiTraining`.
 * @return string[]
 */
function cc_signals_robots_content_signal_lines( $entries, $any_ai_training = false ) {
	$values = array();
	foreach ( $entries as $index => $entry ) {
		$values[ $index ] = cc_signals_serialize_content_signal( $entry['preferences'], $any_ai_training );
	}
	// A path rule Content-Signal can say nothing of still gets its line, empty, so that no shorter rule's statement reaches it.
	$stated = array() !== array_filter( $values, 'strlen' );
	$lines  = array();
	foreach ( $entries as $index => $entry ) {
		$value = $values[ $index ];
		if ( '' === $value && ( ! $stated || null === $entry['path'] ) ) {
			continue;
		}
		if ( array() === $lines ) {
			$lines = cc_signals_content_signal_policy_comment();
		}
		$lines   = array_merge( $lines, cc_signals_content_signal_exception_comment( $entry['preferences'] ) );
		$lines[] = rtrim( 'Content-Signal: ' . ( null === $entry['path'] ? '' : $entry['path'] . ' ' ) . $value );
	}
	return $lines;
}
