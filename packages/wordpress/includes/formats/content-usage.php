<?php
/**
 * The IETF `Content-Usage` field value (core's serializeContentUsage).
 *
 * @package CC_Signals
 */

/**
 * Serializes preferences as a `Content-Usage` value, an RFC 9651 dictionary:
 * `train-ai=n;exceptions=cc-cr, search=y`. Categories of the vocabulary come
 * first, in its order, then other labels as given; `unknown` entries are left out.
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences keyed by wire label.
 * @return string The value, '' when there is nothing to state.
 * @throws CC_Signals_Validation_Error For a label or exception that is not a valid key or token.
 */
function cc_signals_serialize_content_usage( $prefs ) {
	$members = array();
	foreach ( cc_signals_ordered_labels( $prefs ) as $label ) {
		$value = $prefs[ $label ];
		if ( ! is_array( $value ) || 'unknown' === ( $value['preference'] ?? 'unknown' ) ) {
			continue;
		}
		$members[] = cc_signals_content_usage_member( (string) $label, $value );
	}
	return implode( ', ', $members );
}

/**
 * The labels of preferences: the vocabulary's first (in its order), then the others as given.
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences.
 * @return string[]
 */
function cc_signals_ordered_labels( $prefs ) {
	$known  = cc_signals_category_labels();
	$labels = array();
	foreach ( $known as $label ) {
		if ( array_key_exists( $label, $prefs ) ) {
			$labels[] = $label;
		}
	}
	foreach ( array_keys( $prefs ) as $label ) {
		if ( ! in_array( (string) $label, $known, true ) ) {
			$labels[] = $label;
		}
	}
	return $labels;
}

/**
 * One dictionary member: `label=y`, `label=n` or `label=n;exceptions=token`.
 *
 * @since 0.1.0
 *
 * @param string $label Wire label.
 * @param array  $value The preference.
 * @return string
 * @throws CC_Signals_Validation_Error For an invalid label or exception.
 */
function cc_signals_content_usage_member( $label, $value ) {
	if ( ! cc_signals_matches_pattern( 'key', $label ) ) {
		throw new CC_Signals_Validation_Error( 'Content-Usage: "' . $label . '" is not a valid category label', 'Content-Usage', array( 'lowercase key: [a-z*][a-z0-9_.*-]*' ) );
	}
	if ( 'allowed' === $value['preference'] ) {
		return $label . '=y';
	}
	if ( 'disallowed' !== $value['preference'] || ! isset( $value['exception'] ) ) {
		return $label . '=n';
	}
	$exception = (string) $value['exception'];
	if ( ! cc_signals_matches_pattern( 'token', $exception ) ) {
		throw new CC_Signals_Validation_Error( 'exceptions: "' . $exception . '" is not a valid token', 'exceptions', array( 'token, e.g. cc-cr' ) );
	}
	return $label . '=n;exceptions=' . $exception;
}
