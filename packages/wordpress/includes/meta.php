<?php
/**
 * The per-post `_cc_signals` meta: registration, REST schema, permissions.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The post types the plugin handles: every public post type with an admin UI.
 *
 * @since 0.1.0
 *
 * @return string[]
 */
function cc_signals_post_types() {
	$types = array_values(
		get_post_types(
			array(
				'public'  => true,
				'show_ui' => true,
			)
		)
	);
	/**
	 * Filters the post types that get a CC signals choice and default.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $types Post type names.
	 */
	return array_values( (array) apply_filters( 'cc_signals_post_types', $types ) );
}

/**
 * Registers `_cc_signals` for every handled post type.
 *
 * Front-end requests register what writes there need (sanitizing, permission) once for
 * every post type: a default there would run WordPress's default-meta filter on every
 * missing meta key any code reads, and the plugin reads a missing value as Inherit
 * anyway. wp-admin, WP-CLI and REST requests (cc_signals_load_admin(), which registers
 * it again) register it per handled post type with the default (the empty intent), the
 * description and REST schema, and give post types with the block editor `custom-fields`
 * support, since WordPress only exposes registered meta over REST for types that have it.
 *
 * @since 0.1.0
 */
function cc_signals_register_meta() {
	$args = array(
		'type'              => 'object',
		'single'            => true,
		'sanitize_callback' => 'cc_signals_sanitize_meta',
		'auth_callback'     => 'cc_signals_meta_auth',
	);
	if ( ! did_action( 'cc_signals_admin_loaded' ) ) {
		register_meta( 'post', '_cc_signals', $args );
		return;
	}
	unregister_meta_key( 'post', '_cc_signals' ); // A front-end registration, in a REST request.
	$args['default']      = cc_signals_empty_intent();
	$args['description']  = __( 'What the author chose for AI usage (a CC signals intent).', 'cc-signals' );
	$args['show_in_rest'] = array(
		'schema'           => cc_signals_intent_schema(),
		'prepare_callback' => 'cc_signals_prepare_meta_for_rest',
	);
	foreach ( cc_signals_post_types() as $type ) {
		register_post_meta( $type, '_cc_signals', $args );
		if ( post_type_supports( $type, 'editor' ) && ! post_type_supports( $type, 'custom-fields' ) ) {
			add_post_type_support( $type, 'custom-fields' );
		}
		add_filter( "rest_pre_insert_{$type}", 'cc_signals_rest_check_meta', 10, 2 );
	}
}

/**
 * Only users who may edit the post may change its choice.
 *
 * @since 0.1.0
 *
 * @param bool   $allowed   Whether allowed so far.
 * @param string $meta_key  Meta key.
 * @param int    $object_id Post ID.
 * @param int    $user_id   User ID.
 * @return bool
 */
function cc_signals_meta_auth( $allowed, $meta_key, $object_id, $user_id = 0 ) {
	$user_id = $user_id ? $user_id : get_current_user_id();
	return user_can( $user_id, 'edit_post', (int) $object_id );
}

/**
 * Sanitizes a stored value: valid intents are stored canonically; an invalid
 * value (which REST already rejected) becomes the empty intent. Categories a
 * later vocabulary retired are kept.
 *
 * @since 0.1.0
 *
 * @param mixed $value Value to store.
 * @return array
 */
function cc_signals_sanitize_meta( $value ) {
	list( $current, $retired ) = cc_signals_split_retired( $value );
	$intent                    = cc_signals_normalize_intent( $current );
	return cc_signals_with_retired( is_wp_error( $intent ) ? cc_signals_empty_intent() : $intent, $retired );
}

/**
 * REST shape of the meta: `categories` is always a JSON object, never `[]`.
 *
 * @since 0.1.0
 *
 * @param mixed $value Stored value.
 * @return array
 */
function cc_signals_prepare_meta_for_rest( $value ) {
	$intent = cc_signals_stored_intent( $value );
	return array( 'categories' => (object) $intent['categories'] );
}

/**
 * Rejects a post write whose `_cc_signals` is invalid, before anything is stored,
 * with a 400 naming the field and the allowed values.
 *
 * @since 0.1.0
 *
 * @param stdClass|WP_Error $prepared Prepared post.
 * @param WP_REST_Request   $request  Request.
 * @return stdClass|WP_Error
 */
function cc_signals_rest_check_meta( $prepared, $request ) {
	$meta = $request['meta'];
	if ( is_wp_error( $prepared ) || ! is_array( $meta ) || ! array_key_exists( '_cc_signals', $meta ) || null === $meta['_cc_signals'] ) {
		return $prepared;
	}
	$intent = cc_signals_rest_meta_shape( $meta['_cc_signals'], $request );
	if ( ! is_wp_error( $intent ) ) {
		list( $current, $retired ) = cc_signals_split_retired( $meta['_cc_signals'] );
		$current['categories']     = ( $current['categories'] ?? array() ) + cc_signals_changed_retired( $retired, (int) $request['id'] );
		$intent                    = cc_signals_normalize_intent( $current );
	}
	if ( ! is_wp_error( $intent ) ) {
		return $prepared;
	}
	$field   = 'meta._cc_signals.' . ( $intent->get_error_data()['field'] ?? '' );
	$message = 'meta._cc_signals: ' . $intent->get_error_message();
	return new WP_Error(
		'rest_invalid_param',
		$message,
		array_merge(
			(array) $intent->get_error_data(),
			array(
				'status' => 400,
				'field'  => rtrim( $field, '.' ),
				'params' => array( 'meta' => $message ),
			)
		)
	);
}

/**
 * Checks the shape of a `_cc_signals` REST value before it is read: an object whose only
 * property is `categories`, itself an object. `{}` is the empty intent (every category
 * inherits). JSON decoding makes `{}` and `[]` the same PHP array, so the raw body tells them apart.
 *
 * @since 0.1.0
 *
 * @param mixed           $value   The decoded value.
 * @param WP_REST_Request $request The request.
 * @return true|WP_Error True, or an error naming the field (relative to `meta._cc_signals`).
 */
function cc_signals_rest_meta_shape( $value, $request ) {
	$raw = json_decode( (string) $request->get_body() );
	if ( ! is_array( $value ) || ( isset( $raw->meta->_cc_signals ) && is_array( $raw->meta->_cc_signals ) ) ) {
		return cc_signals_shape_error( '', __( 'expected an object such as {"categories":{}}', 'cc-signals' ), array( 'categories' ) );
	}
	foreach ( array_keys( $value ) as $key ) {
		if ( 'categories' !== $key ) {
			/* translators: %s: the property sent. */
			return cc_signals_shape_error( (string) $key, sprintf( __( '"%s" is not a property; the only property is "categories"', 'cc-signals' ), $key ), array( 'categories' ) );
		}
	}
	if ( array_key_exists( 'categories', $value ) && ! is_array( $value['categories'] ) ) {
		$ids = cc_signals_category_ids();
		/* translators: 1: the value sent, 2: comma-separated category ids. */
		return cc_signals_shape_error( 'categories', sprintf( __( 'expected an object keyed by category id (%2$s), got %1$s', 'cc-signals' ), wp_json_encode( $value['categories'] ), implode( ', ', $ids ) ), $ids );
	}
	return true;
}

/**
 * A 400 error for a wrongly shaped value: `$field` (empty for the value itself) and the message.
 *
 * @since 0.1.0
 *
 * @param string   $field   Field path below the value.
 * @param string   $message What is wrong.
 * @param string[] $allowed Allowed property names or ids.
 * @return WP_Error
 */
function cc_signals_shape_error( $field, $message, $allowed ) {
	return new WP_Error(
		'cc_signals_invalid_value',
		'' === $field ? $message : $field . ': ' . $message,
		array(
			'status'  => 400,
			'field'   => $field,
			'allowed' => $allowed,
		)
	);
}
