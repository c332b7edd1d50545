<?php
/**
 * Intents: what an author or admin chose per category id (core's intent.ts).
 *
 * An intent is `array( 'categories' => array( 'train-ai' => array( 'choice' =>
 * 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.1' ) ) )`; preferences
 * are `array( 'train-ai' => array( 'preference' => 'disallowed', 'exception' =>
 * 'cc-cr' ) )`, the JSON shapes of core. PHP cannot tell an empty JSON object
 * from an empty list, so an empty array is read as an empty object.
 *
 * @package CC_Signals
 */

/**
 * The allowed choices for a category.
 *
 * @since 0.1.0
 *
 * @return string[]
 */
function cc_signals_choices() {
	return array( 'inherit', 'allow', 'disallow' );
}

/**
 * Checks an intent from untrusted input (a REST body, a form): category ids
 * must belong to the vocabulary. Never throws.
 *
 * @since 0.1.0
 *
 * @param mixed $value The input, an array or object.
 * @return array The intent, or `array( 'error' => array( 'field' => …, 'allowed' => …, 'message' => … ) )`
 *               with core's ValidationError message.
 */
function cc_signals_check_intent( $value ) {
	try {
		$categories = cc_signals_read_intent_categories( cc_signals_to_array( $value ) );
		$allowed    = array_column( cc_signals_vocabulary()['categories'], 'id' );
		$result     = array();
		foreach ( $categories as $id => $choice ) {
			$id = (string) $id;
			if ( ! in_array( $id, $allowed, true ) ) {
				cc_signals_invalid_value( 'categories', $id, $allowed );
			}
			$result[ $id ] = cc_signals_check_category_choice( $choice, 'categories.' . $id );
		}
		return array( 'categories' => $result );
	} catch ( CC_Signals_Validation_Error $error ) {
		return array( 'error' => $error->to_array() );
	}
}

/**
 * Validates an intent from untrusted input, as cc_signals_check_intent(), but
 * returns a `WP_Error` (code `cc_signals_invalid_intent`, data `status` 400,
 * `field`, `allowed`) when WordPress is loaded.
 *
 * @since 0.1.0
 *
 * @param mixed $value The input.
 * @return array|WP_Error The intent, or the error.
 */
function cc_signals_validate_intent( $value ) {
	$result = cc_signals_check_intent( $value );
	if ( ! isset( $result['error'] ) || ! class_exists( 'WP_Error' ) ) {
		return $result;
	}
	$error = $result['error'];
	return new WP_Error(
		'cc_signals_invalid_intent',
		$error['message'],
		array(
			'status'  => 400,
			'field'   => $error['field'],
			'allowed' => $error['allowed'],
		)
	);
}

/**
 * Reads an intent stored earlier (a JSON string or an array), never more
 * permissively than it was stored (core's readStoredIntent). Category ids the
 * vocabulary no longer knows are kept; a signal version CC has superseded
 * keeps its version. A part that cannot be read makes its category
 * `disallow`; the other parts keep their value. A value that cannot be read
 * at all disallows every category of the vocabulary. Never throws.
 *
 * @since 0.1.0
 *
 * @param mixed $value The stored value.
 * @return array `array( 'intent' => …, 'problems' => array( array( 'field' => …, 'message' => …, 'disallowed' => string[] ) ) )`.
 */
function cc_signals_read_stored_intent( $value ) {
	try {
		$input      = is_string( $value ) ? cc_signals_parse_intent_json( $value ) : $value;
		$categories = cc_signals_read_intent_categories( cc_signals_to_array( $input ) );
	} catch ( CC_Signals_Validation_Error $error ) {
		$ids = array_column( cc_signals_vocabulary()['categories'], 'id' );
		return array(
			'intent'   => array( 'categories' => array_fill_keys( $ids, array( 'choice' => 'disallow' ) ) ),
			'problems' => array( cc_signals_stored_intent_problem( $error, $ids ) ),
		);
	}
	$result   = array();
	$problems = array();
	foreach ( $categories as $id => $choice ) {
		$id = (string) $id;
		if ( ! cc_signals_matches_pattern( 'categoryId', $id ) ) {
			$problems[] = cc_signals_stored_intent_problem( new CC_Signals_Validation_Error( 'categories: "' . $id . '" is not a category id', 'categories' ), array() );
			continue;
		}
		try {
			$result[ $id ] = cc_signals_check_category_choice( $choice, 'categories.' . $id );
		} catch ( CC_Signals_Validation_Error $error ) {
			$result[ $id ] = array( 'choice' => 'disallow' );
			$problems[]    = cc_signals_stored_intent_problem( $error, array( $id ) );
		}
	}
	return array(
		'intent'   => array( 'categories' => $result ),
		'problems' => $problems,
	);
}

/**
 * The intent of cc_signals_read_stored_intent(), without the problems.
 *
 * @since 0.1.0
 *
 * @param mixed $value The stored value.
 * @return array The intent.
 */
function cc_signals_parse_stored_intent( $value ) {
	return cc_signals_read_stored_intent( $value )['intent'];
}

/**
 * One problem of a stored intent.
 *
 * @since 0.1.0
 *
 * @param CC_Signals_Validation_Error $error      What could not be read.
 * @param string[]                    $disallowed Category ids read as `disallow` because of it.
 * @return array
 */
function cc_signals_stored_intent_problem( $error, $disallowed ) {
	$detail = $error->to_array();
	return array(
		'field'      => $detail['field'],
		'message'    => $detail['message'],
		'disallowed' => $disallowed,
	);
}

/**
 * Resolves layered intents, most general first (site default, post type
 * default, post): for each category the last non-inherit choice wins. Layers
 * that are not intents (null, an error) count as empty.
 *
 * @since 0.1.0
 *
 * @param array|null ...$layers Intents.
 * @return array The resolved intent.
 */
function cc_signals_resolve_intent( ...$layers ) {
	$categories = array();
	foreach ( $layers as $layer ) {
		if ( ! is_array( $layer ) || ! isset( $layer['categories'] ) || ! is_array( $layer['categories'] ) ) {
			continue;
		}
		foreach ( $layer['categories'] as $id => $value ) {
			if ( is_array( $value ) && 'inherit' !== ( $value['choice'] ?? null ) ) {
				$categories[ $id ] = $value;
			}
		}
	}
	return array( 'categories' => $categories );
}

/**
 * The wire-level preferences of a resolved intent, keyed by the vocabulary's
 * labels in its order; ids the vocabulary does not know are left out. In
 * transition mode each preference is also stated under the category's
 * `previousLabels`, after the current ones (core's intentToPreferences).
 *
 * @since 0.1.0
 *
 * @param array $intent     The intent.
 * @param bool  $transition EmitOptions `transitionLabels`.
 * @return array Preferences.
 */
function cc_signals_intent_to_preferences( $intent, $transition = false ) {
	$result   = array();
	$previous = array();
	foreach ( cc_signals_vocabulary()['categories'] as $category ) {
		$value = $intent['categories'][ $category['id'] ] ?? null;
		if ( ! is_array( $value ) || 'inherit' === ( $value['choice'] ?? null ) ) {
			continue;
		}
		if ( 'allow' === ( $value['choice'] ?? null ) ) {
			$result[ $category['label'] ] = array( 'preference' => 'allowed' );
			$previous                     = array_merge( $previous, cc_signals_previous_labels( $category, $result[ $category['label'] ], $transition ) );
			continue;
		}
		$result[ $category['label'] ] = array( 'preference' => 'disallowed' );
		if ( ! empty( $value['signal'] ) ) {
			$result[ $category['label'] ]['exception'] = $value['signal'];
			$current                                   = cc_signals_signal_by_token( $value['signal'] );
			// A superseded version keeps its own text and URL; the version in force goes unstated.
			if ( isset( $value['signalVersion'] ) && ( null === $current || $current['version'] !== $value['signalVersion'] ) ) {
				$result[ $category['label'] ]['exceptionVersion'] = $value['signalVersion'];
			}
		}
		$previous = array_merge( $previous, cc_signals_previous_labels( $category, $result[ $category['label'] ], $transition ) );
	}
	return array_merge( $result, $previous );
}

/**
 * In transition mode, the preference under each previous label of a category.
 *
 * @since 0.1.0
 *
 * @param array $category   The category.
 * @param array $preference Its preference.
 * @param bool  $transition Whether transition mode is on.
 * @return array Preferences.
 */
function cc_signals_previous_labels( $category, $preference, $transition ) {
	if ( ! $transition || empty( $category['previousLabels'] ) ) {
		return array();
	}
	return array_fill_keys( $category['previousLabels'], $preference );
}

/**
 * Decodes a stored JSON intent; blank text is the empty intent.
 *
 * @since 0.1.0
 *
 * @param string $text JSON text.
 * @return mixed The decoded value.
 * @throws CC_Signals_Validation_Error When the text is not JSON (PHP's wording of the reason).
 */
function cc_signals_parse_intent_json( $text ) {
	if ( '' === trim( $text ) ) {
		return array( 'categories' => array() );
	}
	$value = json_decode( $text, true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		throw new CC_Signals_Validation_Error( 'intent: not valid JSON (' . json_last_error_msg() . ')', 'intent' );
	}
	return $value;
}

/**
 * The `categories` of an intent input.
 *
 * @since 0.1.0
 *
 * @param mixed $input The input.
 * @return array
 * @throws CC_Signals_Validation_Error When the input or its categories are not objects.
 */
function cc_signals_read_intent_categories( $input ) {
	if ( ! cc_signals_is_record( $input ) ) {
		throw new CC_Signals_Validation_Error( 'intent: expected an object with "categories"', 'intent' );
	}
	$categories = $input['categories'] ?? array();
	if ( ! cc_signals_is_record( $categories ) ) {
		throw new CC_Signals_Validation_Error( 'categories: expected an object keyed by category id', 'categories' );
	}
	return $categories;
}

/**
 * Checks the choice for one category and returns it normalized.
 *
 * @since 0.1.0
 *
 * @param mixed  $value The choice.
 * @param string $field Its path, `categories.train-ai`.
 * @return array
 * @throws CC_Signals_Validation_Error When it is not a valid choice.
 */
function cc_signals_check_category_choice( $value, $field ) {
	if ( ! cc_signals_is_record( $value ) ) {
		throw new CC_Signals_Validation_Error( $field . ': expected an object with "choice"', $field, cc_signals_choices() );
	}
	$choice = $value['choice'] ?? null;
	if ( ! in_array( $choice, cc_signals_choices(), true ) ) {
		cc_signals_invalid_value( $field . '.choice', $choice, cc_signals_choices() );
	}
	if ( ! isset( $value['signal'] ) ) {
		return array( 'choice' => $choice );
	}
	if ( 'disallow' !== $choice ) {
		throw new CC_Signals_Validation_Error( $field . '.signal: a CC signal only applies to "disallow"', $field . '.signal' );
	}
	$signal = is_string( $value['signal'] ) ? cc_signals_signal_by_token( $value['signal'] ) : null;
	if ( null === $signal ) {
		cc_signals_invalid_value( $field . '.signal', $value['signal'], cc_signals_signal_tokens() );
	}
	$version  = $value['signalVersion'] ?? $signal['version'];
	$versions = array_column( cc_signals_versions_of_signal( $signal['token'] ), 'version' );
	if ( ! is_string( $version ) || ! in_array( $version, $versions, true ) ) {
		cc_signals_invalid_value( $field . '.signalVersion', $version, $versions );
	}
	return array(
		'choice'        => 'disallow',
		'signal'        => $signal['token'],
		'signalVersion' => $version,
	);
}

/**
 * Whether a value reads as a JSON object: an array that is empty or not a list.
 *
 * @since 0.1.0
 *
 * @param mixed $value The value.
 * @return bool
 */
function cc_signals_is_record( $value ) {
	return is_array( $value ) && ( array() === $value || array_keys( $value ) !== range( 0, count( $value ) - 1 ) );
}

/**
 * Objects (from json_decode without `$assoc`) as arrays, recursively.
 *
 * @since 0.1.0
 *
 * @param mixed $value The value.
 * @return mixed
 */
function cc_signals_to_array( $value ) {
	if ( is_object( $value ) ) {
		$value = get_object_vars( $value );
	}
	if ( is_array( $value ) ) {
		foreach ( $value as $key => $item ) {
			$value[ $key ] = cc_signals_to_array( $item );
		}
	}
	return $value;
}
