<?php
/**
 * Intent schema and normalization shared by post meta, settings, forms and the CLI.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The CC signal tokens of the data in force, keyed by token, with their version.
 *
 * @since 0.1.0
 *
 * @return array<string, string> token => version.
 */
function cc_signals_signal_versions() {
	$data     = cc_signals_signals_data();
	$versions = array();
	foreach ( $data['signals'] as $signal ) {
		$versions[ $signal['token'] ] = $signal['version'];
	}
	return $versions;
}

/**
 * Every version of a CC signal this release knows: those in force, then the
 * earlier ones (signals.json `earlierVersions`). Stored choices keep the
 * version they were made with, so REST accepts each of them.
 *
 * @since 0.2.0
 *
 * @return string[]
 */
function cc_signals_known_signal_versions() {
	$versions = array();
	foreach ( array_keys( cc_signals_signal_versions() ) as $token ) {
		$versions = array_merge( $versions, array_column( cc_signals_versions_of_signal( $token ), 'version' ) );
	}
	return array_values( array_unique( $versions ) );
}

/**
 * The category ids of the vocabulary in force.
 *
 * @since 0.1.0
 *
 * @return string[]
 */
function cc_signals_category_ids() {
	$vocabulary = cc_signals_vocabulary();
	return wp_list_pluck( $vocabulary['categories'], 'id' );
}

/**
 * JSON schema of an intent, as used by REST for the post meta and the settings.
 *
 * Category ids are not enumerated here: cc_signals_validate_intent() names the
 * allowed ids in its error, which a schema's additionalProperties cannot do.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_intent_schema() {
	$versions = cc_signals_signal_versions();
	return array(
		'type'                 => 'object',
		'properties'           => array(
			'categories' => array(
				'type'                 => 'object',
				'additionalProperties' => array(
					'type'                 => 'object',
					'properties'           => array(
						'choice'        => array(
							'type' => 'string',
							'enum' => cc_signals_choices(),
						),
						'signal'        => array(
							'type' => 'string',
							'enum' => array_keys( $versions ),
						),
						'signalVersion' => array(
							'type' => 'string',
							'enum' => cc_signals_known_signal_versions(),
						),
					),
					'required'             => array( 'choice' ),
					'additionalProperties' => false,
				),
			),
		),
		'additionalProperties' => false,
	);
}

/**
 * The empty intent: every category inherits.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_empty_intent() {
	return array( 'categories' => array() );
}

/**
 * Turns untrusted input (a REST body, form fields, a CLI argument) into a valid intent.
 *
 * Accepts an intent array or object, its JSON text, a preset id, or form fields
 * (`preset` plus optional `categories`). `inherit` choices and empty form values
 * are dropped; the result is canonical (sorted ids, filled signal versions), so
 * equal choices store equal values.
 *
 * @since 0.1.0
 *
 * @param mixed  $value Untrusted input.
 * @param string $field Field name to prefix error fields with, e.g. `site_default`.
 * @return array|WP_Error The intent, or an error naming the field and the allowed values.
 */
function cc_signals_normalize_intent( $value, $field = '' ) {
	$value = cc_signals_decode_intent_input( $value, $field );
	if ( is_wp_error( $value ) ) {
		return $value;
	}
	$categories = array();
	foreach ( (array) ( $value['categories'] ?? array() ) as $id => $entry ) {
		$entry = is_object( $entry ) ? get_object_vars( $entry ) : $entry;
		if ( is_array( $entry ) ) {
			$entry = array_filter( $entry, static fn( $part ) => '' !== $part && null !== $part );
			if ( isset( $entry['choice'] ) && 'inherit' === $entry['choice'] ) {
				continue;
			}
		}
		$categories[ $id ] = $entry;
	}
	$candidate = array( 'categories' => $categories );
	$result    = cc_signals_validate_intent( $candidate );
	if ( is_wp_error( $result ) ) {
		return cc_signals_prefix_error( $result, $field );
	}
	return cc_signals_canonical_intent( is_array( $result ) ? $result : $candidate );
}

/**
 * Decodes JSON text, objects, preset ids and form presets into an intent-shaped array.
 *
 * @since 0.1.0
 *
 * @param mixed  $value Untrusted input.
 * @param string $field Field name for errors.
 * @return array|WP_Error
 */
function cc_signals_decode_intent_input( $value, $field ) {
	if ( is_string( $value ) ) {
		$trimmed = trim( $value );
		if ( '' === $trimmed ) {
			return cc_signals_empty_intent();
		}
		if ( '{' !== $trimmed[0] ) {
			$value = array( 'preset' => $trimmed );
		} else {
			$value = json_decode( $trimmed, true );
			if ( ! is_array( $value ) ) {
				return cc_signals_field_error( $field ? $field : 'intent', __( 'not valid JSON', 'cc-signals' ), array() );
			}
		}
	}
	if ( is_object( $value ) ) {
		$value = json_decode( wp_json_encode( $value ), true );
	}
	if ( ! is_array( $value ) ) {
		return cc_signals_field_error( $field ? $field : 'intent', __( 'expected an object with "categories"', 'cc-signals' ), array() );
	}
	if ( isset( $value['preset'] ) && 'custom' !== $value['preset'] ) {
		$preset = cc_signals_preset( (string) $value['preset'] );
		if ( null === $preset ) {
			$allowed = wp_list_pluck( cc_signals_presets(), 'id' );
			return cc_signals_field_error( ltrim( $field . '.preset', '.' ), (string) $value['preset'], $allowed );
		}
		return $preset['intent'];
	}
	unset( $value['preset'] );
	return $value;
}

/**
 * Sorts category ids and the keys of each choice, so that equal intents are equal arrays.
 *
 * @since 0.1.0
 *
 * @param array $intent A valid intent.
 * @return array
 */
function cc_signals_canonical_intent( $intent ) {
	$categories = array();
	foreach ( (array) ( $intent['categories'] ?? array() ) as $id => $entry ) {
		$entry = (array) $entry;
		if ( 'inherit' === ( $entry['choice'] ?? 'inherit' ) ) {
			continue;
		}
		$clean = array( 'choice' => $entry['choice'] );
		if ( ! empty( $entry['signal'] ) ) {
			$clean['signal']        = $entry['signal'];
			$clean['signalVersion'] = $entry['signalVersion'] ?? ( cc_signals_signal_versions()[ $entry['signal'] ] ?? '' );
		}
		$categories[ (string) $id ] = $clean;
	}
	ksort( $categories );
	return array( 'categories' => $categories );
}

/**
 * The preset with this id, or null.
 *
 * @since 0.1.0
 *
 * @param string $id Preset id.
 * @return array|null
 */
function cc_signals_preset( $id ) {
	foreach ( cc_signals_presets() as $preset ) {
		if ( $preset['id'] === $id ) {
			return $preset;
		}
	}
	return null;
}

/**
 * The id of the preset an intent equals, or `custom`.
 *
 * @since 0.1.0
 *
 * @param array $intent An intent.
 * @return string
 */
function cc_signals_preset_id_for_intent( $intent ) {
	$canonical = cc_signals_canonical_intent( $intent );
	foreach ( cc_signals_presets() as $preset ) {
		if ( cc_signals_canonical_intent( $preset['intent'] ) === $canonical ) {
			return $preset['id'];
		}
	}
	return 'custom';
}

/**
 * A WP_Error naming a field, the rejected value and the allowed values (REST status 400).
 *
 * @since 0.1.0
 *
 * @param string   $field   Field path, e.g. `categories.train-ai.choice`.
 * @param string   $value   The rejected value or a description of the problem.
 * @param string[] $allowed Allowed values (may be empty).
 * @return WP_Error
 */
function cc_signals_field_error( $field, $value, $allowed ) {
	$message = $allowed
		/* translators: 1: field name, 2: rejected value, 3: comma-separated allowed values. */
		? sprintf( __( '%1$s: "%2$s" is not allowed. Allowed values: %3$s.', 'cc-signals' ), $field, $value, implode( ', ', $allowed ) )
		/* translators: 1: field name, 2: what is wrong. */
		: sprintf( __( '%1$s: %2$s.', 'cc-signals' ), $field, $value );
	return new WP_Error(
		'cc_signals_invalid_value',
		$message,
		array(
			'status'  => 400,
			'field'   => $field,
			'allowed' => array_values( $allowed ),
		)
	);
}

/**
 * Prefixes the field of a validation error (e.g. `categories.x` → `site_default.categories.x`).
 *
 * @since 0.1.0
 *
 * @param WP_Error $error  Error from cc_signals_validate_intent().
 * @param string   $prefix Field prefix; empty keeps the error as it is.
 * @return WP_Error
 */
function cc_signals_prefix_error( $error, $prefix ) {
	$data = (array) $error->get_error_data();
	if ( '' === $prefix ) {
		$data['status'] = 400;
		return new WP_Error( $error->get_error_code(), $error->get_error_message(), $data );
	}
	$field   = $prefix . ( isset( $data['field'] ) ? '.' . $data['field'] : '' );
	$message = $prefix . ': ' . $error->get_error_message();
	return new WP_Error(
		$error->get_error_code(),
		$message,
		array_merge(
			$data,
			array(
				'status' => 400,
				'field'  => $field,
			)
		)
	);
}
