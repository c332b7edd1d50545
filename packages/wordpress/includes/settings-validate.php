<?php
/**
 * Validation of `cc_signals_settings` values (forms, REST, CLI).
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Validates and normalizes a whole settings value. Missing keys take the defaults.
 *
 * @since 0.1.0
 *
 * @param mixed $input Submitted value (form fields, REST body or PHP array).
 * @return array|WP_Error
 */
function cc_signals_validate_settings( $input ) {
	if ( is_object( $input ) ) {
		$input = json_decode( wp_json_encode( $input ), true );
	}
	if ( ! is_array( $input ) ) {
		return cc_signals_field_error( 'cc_signals_settings', __( 'expected an object', 'cc-signals' ), array() );
	}
	$defaults = cc_signals_default_settings();
	$outputs  = cc_signals_validate_outputs( (array) ( $input['outputs'] ?? array() ) );
	if ( is_wp_error( $outputs ) ) {
		return $outputs;
	}
	// Choices are checked against the vocabulary being saved: switching to -08 and choosing AI Use go together.
	$stored = cc_signals_get_settings();
	$site   = cc_signals_with_vocabulary(
		$outputs,
		fn() => cc_signals_validate_intent_setting( $input['site_default'] ?? $defaults['site_default'], 'site_default', $stored['site_default'] )
	);
	if ( is_wp_error( $site ) ) {
		return $site;
	}
	$types = cc_signals_with_vocabulary( $outputs, fn() => cc_signals_validate_post_type_defaults( $input['post_type_defaults'] ?? array(), $stored['post_type_defaults'] ) );
	if ( is_wp_error( $types ) ) {
		return $types;
	}
	$delete = cc_signals_validate_bool( $input['delete_data_on_uninstall'] ?? false, 'delete_data_on_uninstall' );
	if ( is_wp_error( $delete ) ) {
		return $delete;
	}
	return array(
		'site_default'             => $site,
		'post_type_defaults'       => $types,
		'outputs'                  => $outputs,
		'delete_data_on_uninstall' => $delete,
	);
}

/**
 * Validates the per-post-type defaults; keys must be post types the plugin supports.
 *
 * @since 0.1.0
 *
 * @param mixed $input  Post type => intent (or form fields).
 * @param array $stored Post type => intent stored now (their choices of another vocabulary are kept).
 * @return array|WP_Error Post type => intent, without types that only inherit.
 */
function cc_signals_validate_post_type_defaults( $input, $stored = array() ) {
	if ( is_object( $input ) ) {
		$input = get_object_vars( $input );
	}
	$allowed = cc_signals_post_types();
	$result  = array();
	foreach ( (array) $input as $type => $value ) {
		if ( ! in_array( $type, $allowed, true ) ) {
			return cc_signals_field_error( 'post_type_defaults', (string) $type, $allowed );
		}
		$intent = cc_signals_validate_intent_setting( $value, 'post_type_defaults.' . $type, $stored[ $type ] ?? null );
		if ( is_wp_error( $intent ) ) {
			return $intent;
		}
		if ( array() !== $intent['categories'] ) {
			$result[ $type ] = $intent;
		}
	}
	ksort( $result );
	return $result;
}

/**
 * Validates a default intent of the settings against the vocabulary in force. A
 * stored choice for a category the vocabulary lacks (AI Use of draft -08 on a
 * site back on -07) is kept unless the input clears it (`inherit`), so switching
 * vocabularies loses nothing; a new or changed one is rejected naming the
 * allowed category ids.
 *
 * @since 0.3.0
 *
 * @param mixed      $value  Submitted intent (form fields, JSON, preset id or array).
 * @param string     $field  Field name for errors.
 * @param array|null $stored The intent stored now.
 * @return array|WP_Error
 */
function cc_signals_validate_intent_setting( $value, $field, $stored ) {
	$decoded = cc_signals_decode_intent_input( $value, $field );
	if ( is_wp_error( $decoded ) ) {
		return $decoded;
	}
	list( $decoded, $other ) = cc_signals_split_retired( $decoded );
	// Stored choices of categories the vocabulary in force lacks stay unless the input changes them.
	$kept = cc_signals_split_retired( is_array( $stored ) ? $stored : array( 'categories' => array() ) )[1];
	foreach ( $other as $id => $entry ) {
		if ( is_array( $entry ) && in_array( $entry['choice'] ?? null, array( 'inherit', '' ), true ) ) {
			unset( $kept[ $id ] ); // Cleared.
			continue;
		}
		$sent = cc_signals_canonical_intent( array( 'categories' => array( $id => $entry ) ) );
		$was  = isset( $kept[ $id ] ) ? cc_signals_canonical_intent( array( 'categories' => array( $id => $kept[ $id ] ) ) ) : null;
		if ( $sent !== $was ) {
			$decoded['categories'][ $id ] = $entry; // New input: strict validation names the allowed ids.
		}
	}
	$intent = cc_signals_normalize_intent( $decoded, $field );
	return is_wp_error( $intent ) ? $intent : cc_signals_with_retired( $intent, $kept );
}

/**
 * Validates the output toggles and URLs. Missing keys take the defaults.
 *
 * @since 0.1.0
 *
 * @param array $input Submitted outputs.
 * @return array|WP_Error
 */
function cc_signals_validate_outputs( $input ) {
	$outputs = cc_signals_default_outputs();
	foreach ( cc_signals_output_flags() as $flag ) {
		if ( array_key_exists( $flag, $input ) ) {
			$outputs[ $flag ] = cc_signals_validate_bool( $input[ $flag ], 'outputs.' . $flag );
			if ( is_wp_error( $outputs[ $flag ] ) ) {
				return $outputs[ $flag ];
			}
		}
	}
	if ( array_key_exists( 'vocabulary', $input ) ) {
		if ( ! is_string( $input['vocabulary'] ) || ! in_array( $input['vocabulary'], cc_signals_vocabulary_ids(), true ) ) {
			return cc_signals_field_error( 'outputs.vocabulary', is_scalar( $input['vocabulary'] ) ? (string) $input['vocabulary'] : gettype( $input['vocabulary'] ), cc_signals_vocabulary_ids() );
		}
		$outputs['vocabulary'] = $input['vocabulary'];
	}
	foreach ( cc_signals_output_urls() as $key ) {
		$url = trim( (string) ( $input[ $key ] ?? '' ) );
		try {
			// The format functions' own check, so that a stored URL never makes them throw.
			$outputs[ $key ] = '' === $url ? '' : cc_signals_absolute_url( $url, 'outputs.' . $key );
		} catch ( InvalidArgumentException $error ) {
			return cc_signals_field_error( 'outputs.' . $key, $url, array( __( 'an absolute http(s) URL', 'cc-signals' ), __( 'empty', 'cc-signals' ) ) );
		}
	}
	return $outputs;
}

/**
 * A boolean from a form or REST value.
 *
 * @since 0.1.0
 *
 * @param mixed  $value Submitted value.
 * @param string $field Field name for the error.
 * @return bool|WP_Error
 */
function cc_signals_validate_bool( $value, $field ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	$map = array(
		'1'     => true,
		'0'     => false,
		'true'  => true,
		'false' => false,
		'on'    => true,
		''      => false,
	);
	$key = is_scalar( $value ) ? strtolower( (string) $value ) : null;
	if ( null === $key || ! array_key_exists( $key, $map ) ) {
		return cc_signals_field_error( $field, is_scalar( $value ) ? (string) $value : gettype( $value ), array( 'true', 'false' ) );
	}
	return $map[ $key ];
}

/**
 * A REST settings write of `cc_signals_settings` is a partial update: what is sent is merged
 * over the stored value (top-level keys replace, except `outputs` and `post_type_defaults`,
 * which merge key by key; `{}` for a post type resets it to the site default). The merged
 * value must validate, else the request is refused with a 400 naming the field and the
 * allowed values, and nothing is stored.
 *
 * @since 0.1.0
 *
 * @param mixed           $response Response so far.
 * @param array           $handler  Route handler.
 * @param WP_REST_Request $request  Request.
 * @return mixed
 */
function cc_signals_rest_check_settings( $response, $handler, $request ) {
	if ( '/wp/v2/settings' !== $request->get_route() || 'GET' === $request->get_method() ) {
		return $response;
	}
	$sent = $request->get_param( 'cc_signals_settings' );
	// This filter runs before the route's permission check: leave others to its 403.
	if ( is_wp_error( $response ) || null === $sent || ! current_user_can( 'manage_options' ) ) {
		return $response;
	}
	$merged = cc_signals_merge_settings( cc_signals_get_settings(), $sent );
	$result = is_wp_error( $merged ) ? $merged : cc_signals_validate_settings( $merged );
	if ( ! is_wp_error( $result ) ) {
		$request->set_param( 'cc_signals_settings', $result );
		return $response;
	}
	$data = $result->get_error_data();
	return new WP_Error(
		'rest_invalid_param',
		$result->get_error_message(),
		array_merge( $data, array( 'params' => array( 'cc_signals_settings' => $result->get_error_message() ) ) )
	);
}
/**
 * Merges a partial settings value over the stored settings (see cc_signals_rest_check_settings()).
 *
 * @since 0.1.0
 *
 * @param array $stored The stored settings, complete.
 * @param mixed $sent   The partial value sent.
 * @return array|WP_Error
 */
function cc_signals_merge_settings( array $stored, $sent ) {
	$sent = is_object( $sent ) ? json_decode( wp_json_encode( $sent ), true ) : $sent;
	if ( ! is_array( $sent ) ) {
		return cc_signals_field_error( 'cc_signals_settings', __( 'expected an object', 'cc-signals' ), array() );
	}
	foreach ( $sent as $key => $value ) {
		if ( in_array( $key, array( 'outputs', 'post_type_defaults' ), true ) && is_array( $value ) ) {
			$stored[ $key ] = array_merge( $stored[ $key ], $value );
		} else {
			$stored[ $key ] = $value;
		}
	}
	return $stored;
}

/**
 * REST shape of `cc_signals_settings`: empty objects (`categories`, `post_type_defaults`) are
 * JSON objects, `{}`, never `[]`, in what /wp/v2/settings answers.
 *
 * @since 0.1.0
 *
 * @param mixed           $response The settings controller's result (an array) or a response.
 * @param array           $handler  Route handler.
 * @param WP_REST_Request $request  Request.
 * @return mixed
 */
function cc_signals_rest_settings_objects( $response, $handler, $request ) {
	if ( '/wp/v2/settings' !== $request->get_route() || ! is_array( $response ) || ! isset( $response['cc_signals_settings'] ) ) {
		return $response;
	}
	$settings = $response['cc_signals_settings'];
	if ( ! is_array( $settings ) ) {
		return $response;
	}
	if ( isset( $settings['site_default'] ) && is_array( $settings['site_default'] ) ) {
		$settings['site_default']['categories'] = (object) ( $settings['site_default']['categories'] ?? array() );
	}
	$types = array();
	foreach ( (array) ( $settings['post_type_defaults'] ?? array() ) as $type => $intent ) {
		$types[ $type ] = array( 'categories' => (object) ( $intent['categories'] ?? array() ) );
	}
	$settings['post_type_defaults']  = (object) $types;
	$response['cc_signals_settings'] = $settings;
	return $response;
}
