<?php
/**
 * Lookups in the generated vocabulary and CC signals data (core's vocabulary.ts and signals.ts).
 *
 * @package CC_Signals
 */

/**
 * The ids of the vocabularies this release ships, the default (draft -07) first
 * (core's vocabularyIds).
 *
 * @since 0.3.0
 *
 * @return string[]
 */
function cc_signals_vocabulary_ids() {
	return array_keys( cc_signals_vocabularies() );
}

/**
 * The vocabulary in force: the one cc_signals_use_vocabulary() selected (in
 * WordPress, the site's setting), else the default (draft -07). Every format
 * function writes and reads with it.
 *
 * @since 0.1.0
 *
 * @return array `id`, `version`, `source`, `categories`, `legacyLabels`.
 */
function cc_signals_vocabulary() {
	global $cc_signals_vocabulary_in_force;
	if ( is_array( $cc_signals_vocabulary_in_force ) ) {
		return $cc_signals_vocabulary_in_force;
	}
	$vocabularies = cc_signals_vocabularies();
	return $vocabularies[ array_key_first( $vocabularies ) ]; // Not reset(): by reference, it would copy the array.
}

/**
 * Selects the vocabulary in force (core's EmitOptions.vocabulary): a shipped id,
 * a vocabulary array (tests, a later draft), or null for the default.
 *
 * @since 0.3.0
 *
 * @param string|array|null $vocabulary Id, vocabulary or null.
 * @param string            $field      Field named by the error.
 * @return array|null The previous selection, for cc_signals_use_vocabulary() to restore.
 * @throws CC_Signals_Validation_Error For an id this release does not ship.
 */
function cc_signals_use_vocabulary( $vocabulary, $field = 'vocabulary' ) {
	global $cc_signals_vocabulary_in_force;
	$previous = $cc_signals_vocabulary_in_force;
	if ( null !== $vocabulary && ! ( is_array( $vocabulary ) && isset( $vocabulary['categories'] ) ) ) {
		$shipped = cc_signals_vocabularies();
		if ( ! is_string( $vocabulary ) || ! isset( $shipped[ $vocabulary ] ) ) {
			cc_signals_invalid_value( $field, $vocabulary, array_keys( $shipped ) );
		}
		$vocabulary = $shipped[ $vocabulary ];
	}
	$cc_signals_vocabulary_in_force = $vocabulary;
	return $previous;
}

/**
 * Runs a callback with the vocabulary of emit options in force (`vocabulary`;
 * the one already in force when absent), then restores the previous one.
 *
 * @since 0.3.0
 *
 * @param array|null $options  Emit options.
 * @param callable   $callback What to run.
 * @return mixed What the callback returns.
 * @throws CC_Signals_Validation_Error For an unknown vocabulary id.
 */
function cc_signals_with_vocabulary( $options, $callback ) {
	if ( ! isset( $options['vocabulary'] ) ) {
		return $callback();
	}
	$previous = cc_signals_use_vocabulary( $options['vocabulary'] );
	try {
		return $callback();
	} finally {
		cc_signals_use_vocabulary( $previous );
	}
}

/**
 * The category of the vocabulary with this stable id, or null.
 *
 * @since 0.1.0
 *
 * @param string $id Category id, e.g. `train-ai`.
 * @return array|null The category: `id`, `label`, `title`, `description`.
 */
function cc_signals_category_by_id( $id ) {
	return cc_signals_find_by( cc_signals_vocabulary()['categories'], 'id', $id );
}

/**
 * The category of the vocabulary serialized under this wire label, or null.
 *
 * @since 0.1.0
 *
 * @param string $label Wire label, e.g. `train-ai`.
 * @return array|null
 */
function cc_signals_category_by_label( $label ) {
	return cc_signals_find_by( cc_signals_vocabulary()['categories'], 'label', $label );
}

/**
 * The wire labels of the vocabulary's categories, in its order.
 *
 * @since 0.1.0
 *
 * @return string[]
 */
function cc_signals_category_labels() {
	return array_column( cc_signals_vocabulary()['categories'], 'label' );
}

/**
 * The CC signal with this token, or null when the token is not a CC signal.
 *
 * @since 0.1.0
 *
 * @param string $token Signal token, e.g. `cc-cr`.
 * @return array|null The signal: `token`, `version`, `title`, `elements`, `includes`, `url`.
 */
function cc_signals_signal_by_token( $token ) {
	return cc_signals_find_by( cc_signals_signals_data()['signals'], 'token', $token );
}

/**
 * The tokens of every CC signal, in the order CC lists them.
 *
 * @since 0.1.0
 *
 * @return string[]
 */
function cc_signals_signal_tokens() {
	return array_column( cc_signals_signals_data()['signals'], 'token' );
}

/**
 * Every version of a signal this release knows, the one in force first (core's signalVersions).
 *
 * @since 0.1.0
 *
 * @param string $token Signal token.
 * @return array[] Signals.
 */
function cc_signals_versions_of_signal( $token ) {
	$data    = cc_signals_signals_data();
	$current = cc_signals_signal_by_token( $token );
	$found   = null === $current ? array() : array( $current );
	foreach ( $data['earlierVersions'] ?? array() as $signal ) {
		if ( $signal['token'] === $token ) {
			$found[] = $signal;
		}
	}
	return $found;
}

/**
 * The signal a preference names as its exception, at the version it names
 * (`exceptionVersion`, else the one in force) (core's exceptionSignal).
 *
 * @since 0.1.0
 *
 * @param array $value A preference.
 * @return array|null
 */
function cc_signals_exception_signal( $value ) {
	if ( ! isset( $value['exception'] ) ) {
		return null;
	}
	foreach ( cc_signals_versions_of_signal( $value['exception'] ) as $index => $signal ) {
		$wanted = $value['exceptionVersion'] ?? null;
		if ( ( null === $wanted && 0 === $index ) || $wanted === $signal['version'] ) {
			return $signal;
		}
	}
	return null;
}

/**
 * The CC signals named as exceptions in preferences, each once, in the order
 * CC lists them, at the version named by `exceptionVersion` (else the one in
 * force) (core's signalsUsed). Unknown tokens are left out.
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences keyed by wire label.
 * @return array[] Signals.
 */
function cc_signals_signals_used( $prefs ) {
	$used = array();
	foreach ( $prefs as $value ) {
		if ( ! isset( $value['exception'] ) ) {
			continue;
		}
		foreach ( cc_signals_versions_of_signal( $value['exception'] ) as $index => $signal ) {
			$wanted = $value['exceptionVersion'] ?? null;
			if ( ( null === $wanted && 0 === $index ) || $wanted === $signal['version'] ) {
				$used[ $signal['token'] . ' ' . $signal['version'] ] = $signal;
			}
		}
	}
	$order = array_column( cc_signals_signals_data()['signals'], 'token' );
	usort(
		$used,
		function ( $a, $b ) use ( $order ) {
			return array_search( $a['token'], $order, true ) - array_search( $b['token'], $order, true );
		}
	);
	return array_values( $used );
}

/**
 * The first row whose `$key` is `$value`, or null (the lookups above share it).
 *
 * @since 0.1.0
 *
 * @param array[] $rows  Rows of the generated data.
 * @param string  $key   Field to compare.
 * @param string  $value Value looked for.
 * @return array|null
 */
function cc_signals_find_by( array $rows, $key, $value ) {
	foreach ( $rows as $row ) {
		if ( $row[ $key ] === $value ) {
			return $row;
		}
	}
	return null;
}

/**
 * The preferences a neighbouring format states, binding by binding (core's
 * statedBindings): categories left unknown are skipped, and so is an allow
 * whose binding is wider than the category unless the publisher opted in.
 *
 * @since 0.2.0
 *
 * @param array[] $bindings        Bindings, each with `category` and maybe `allowNeedsOptIn`.
 * @param array   $prefs           Preferences keyed by wire label.
 * @param bool    $any_ai_training EmitOptions `anyAiTraining`.
 * @return array[] Pairs of binding and preference.
 */
function cc_signals_stated_bindings( $bindings, $prefs, $any_ai_training ) {
	$stated = array();
	foreach ( $bindings as $binding ) {
		$category = cc_signals_category_by_id( $binding['category'] );
		$value    = null === $category ? null : ( $prefs[ $category['label'] ] ?? null );
		if ( ! is_array( $value ) || 'unknown' === ( $value['preference'] ?? 'unknown' ) ) {
			continue;
		}
		if ( 'allowed' === $value['preference'] && ! empty( $binding['allowNeedsOptIn'] ) && ! $any_ai_training ) {
			continue;
		}
		$stated[] = array( $binding, $value );
	}
	return $stated;
}
