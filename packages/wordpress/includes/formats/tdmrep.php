<?php
/**
 * W3C TDMRep: headers, meta tags and /.well-known/tdmrep.json (core's tdmrep.ts).
 *
 * @package CC_Signals
 */

/**
 * The `tdm-reservation` that never widens the preferences: 1 when any
 * category is disallowed (with or without a CC signal), 0 only when every
 * category of the vocabulary is allowed, null (no declaration) otherwise.
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences keyed by wire label.
 * @return int|null
 */
function cc_signals_tdm_reservation( $prefs ) {
	foreach ( $prefs as $value ) {
		if ( 'disallowed' === ( $value['preference'] ?? null ) ) {
			return 1;
		}
	}
	foreach ( cc_signals_category_labels() as $label ) {
		if ( 'allowed' !== ( $prefs[ $label ]['preference'] ?? null ) ) {
			return null;
		}
	}
	return 0;
}

/**
 * TDMRep response headers by lowercase name: `tdm-reservation` and, with a
 * reservation of 1, `tdm-policy` from `$options['tdmPolicyUrl']`. Whether
 * TDMRep is enabled (`tdmrep`) is for the caller to check.
 *
 * @since 0.1.0
 *
 * @param array $prefs   Preferences keyed by wire label.
 * @param array $options Emit options.
 * @return array<string, string> Empty when nothing can be said.
 * @throws CC_Signals_Validation_Error For a policy URL that is not absolute http(s).
 */
function cc_signals_tdmrep_headers( $prefs, $options = array() ) {
	$reservation = cc_signals_tdm_reservation( $prefs );
	if ( null === $reservation ) {
		return array();
	}
	$policy  = cc_signals_tdm_policy_url( $options );
	$headers = array( 'tdm-reservation' => (string) $reservation );
	if ( 1 === $reservation && null !== $policy ) {
		$headers['tdm-policy'] = $policy;
	}
	return $headers;
}

/**
 * The same declaration as `<meta>` data: a list of `array( 'name' => …, 'content' => … )`.
 *
 * @since 0.1.0
 *
 * @param array $prefs   Preferences keyed by wire label.
 * @param array $options Emit options.
 * @return array[]
 */
function cc_signals_tdmrep_meta( $prefs, $options = array() ) {
	$tags = array();
	foreach ( cc_signals_tdmrep_headers( $prefs, $options ) as $name => $content ) {
		$tags[] = array(
			'name'    => $name,
			'content' => $content,
		);
	}
	return $tags;
}

/**
 * The `/.well-known/tdmrep.json` file for preferences per path: each path
 * becomes the location `path*`, longest location first, reservations before
 * non-reservations of the same length. A path with empty preferences gets no
 * rule; one whose preferences give no declaration gets 1 when a broader rule
 * of 0 would otherwise cover it, else no rule.
 *
 * @since 0.1.0
 *
 * @param array[] $rules   `array( 'path' => '/', 'preferences' => … )` entries.
 * @param array   $options Emit options.
 * @return string JSON, two-space indented, with a final newline.
 * @throws CC_Signals_Validation_Error For an invalid path (`rules[i].path`) or policy URL.
 */
function cc_signals_tdmrep_json( $rules, $options = array() ) {
	$policy = cc_signals_tdm_policy_url( $options );
	$stated = array();
	foreach ( array_values( $rules ) as $index => $rule ) {
		$path = cc_signals_encode_robots_path( $rule['path'], 'rules[' . $index . '].path' );
		if ( ! cc_signals_states_preferences( $rule['preferences'] ) ) {
			continue;
		}
		$location = preg_match( '/[*$]$/D', $path ) ? $path : $path . '*';
		$stated[] = array( $location, cc_signals_tdm_reservation( $rule['preferences'] ) );
	}
	$zeros = array();
	foreach ( $stated as $rule ) {
		if ( 0 === $rule[1] ) {
			$zeros[] = cc_signals_normalize_robots_pattern( $rule[0] );
		}
	}
	$written = array();
	foreach ( $stated as $order => $rule ) {
		$reservation = $rule[1] ?? cc_signals_tdmrep_fallback_reservation( $rule[0], $zeros );
		if ( null !== $reservation ) {
			$written[] = array( $rule[0], $reservation, $order );
		}
	}
	usort(
		$written,
		function ( $a, $b ) {
			return array( strlen( $b[0] ), $b[1], $a[2] ) <=> array( strlen( $a[0] ), $a[1], $b[2] );
		}
	);
	return cc_signals_tdmrep_json_text( $written, $policy );
}

/**
 * For a location whose preferences give no declaration: 1 when a broader rule of 0 would cover it, else null.
 *
 * @since 0.1.0
 *
 * @param string   $location The location pattern.
 * @param string[] $zeros    Normalized locations of the rules of 0.
 * @return int|null
 */
function cc_signals_tdmrep_fallback_reservation( $location, $zeros ) {
	$path = cc_signals_normalize_robots_url_path( preg_replace( '/[*$]+$/D', '', $location ) );
	foreach ( $zeros as $zero ) {
		if ( cc_signals_robots_pattern_matches( $zero, $path ) ) {
			return 1;
		}
	}
	return null;
}

/**
 * The rules as JSON text, as core's `JSON.stringify( rules, null, 2 )` plus a newline.
 *
 * @since 0.1.0
 *
 * @param array       $written Rules: location, reservation.
 * @param string|null $policy  The policy URL, written with reservations of 1.
 * @return string
 */
function cc_signals_tdmrep_json_text( $written, $policy ) {
	if ( array() === $written ) {
		return "[]\n";
	}
	$flags   = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS;
	$objects = array();
	foreach ( $written as $rule ) {
		$members = array(
			'    "location": ' . json_encode( $rule[0], $flags ),
			'    "tdm-reservation": ' . $rule[1],
		);
		if ( 1 === $rule[1] && null !== $policy ) {
			$members[] = '    "tdm-policy": ' . json_encode( $policy, $flags );
		}
		$objects[] = "  {\n" . implode( ",\n", $members ) . "\n  }";
	}
	return "[\n" . implode( ",\n", $objects ) . "\n]\n";
}

/**
 * Whether preferences state anything (an entry that is not `unknown`).
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences.
 * @return bool
 */
function cc_signals_states_preferences( $prefs ) {
	foreach ( $prefs as $value ) {
		if ( 'unknown' !== ( $value['preference'] ?? 'unknown' ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The checked `tdmPolicyUrl` of the options, or null.
 *
 * @since 0.1.0
 *
 * @param array $options Emit options.
 * @return string|null
 */
function cc_signals_tdm_policy_url( $options ) {
	return isset( $options['tdmPolicyUrl'] ) ? cc_signals_absolute_url( $options['tdmPolicyUrl'], 'tdmPolicyUrl' ) : null;
}
