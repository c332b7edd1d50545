<?php
/**
 * The `cc_signals_settings` option: defaults, schema, registration and sanitization.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings a fresh install starts with.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_default_settings() {
	return array(
		'site_default'             => cc_signals_empty_intent(),
		'post_type_defaults'       => array(),
		'outputs'                  => cc_signals_default_outputs(),
		'delete_data_on_uninstall' => false,
	);
}

/**
 * The output toggles a fresh install starts with.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_default_outputs() {
	return array(
		'header'              => true,
		'head_tags'           => true,
		'robots'              => true,
		'feeds'               => true,
		'content_signal'      => false,
		'tdmrep'              => false,
		'tdm_policy_url'      => '',
		'rsl_license_url'     => '',
		'noai'                => false,
		'any_ai_training'     => false,
		'content_license_url' => '',
		'vocabulary'          => cc_signals_vocabulary_ids()[0],
		'transition_labels'   => false,
	);
}

/**
 * The names of the boolean output toggles.
 *
 * @since 0.1.0
 *
 * @return string[]
 */
function cc_signals_output_flags() {
	return array( 'header', 'head_tags', 'robots', 'feeds', 'content_signal', 'tdmrep', 'noai', 'any_ai_training', 'transition_labels' );
}

/**
 * The names of the URL outputs (empty string: not set).
 *
 * @since 0.2.0
 *
 * @return string[]
 */
function cc_signals_output_urls() {
	return array( 'tdm_policy_url', 'rsl_license_url', 'content_license_url' );
}

/**
 * The stored settings merged over the defaults (the option is autoloaded: no query). On
 * multisite, a site without its own settings uses the network defaults (cc_signals_network_defaults()).
 * Read once per settings value (cc_signals_settings_memo()).
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_get_settings() {
	return cc_signals_settings_memo( 'settings', 'cc_signals_read_settings' );
}

/**
 * Reads the stored settings and merges them over the defaults (cc_signals_get_settings()).
 *
 * @since 0.3.0
 *
 * @return array
 */
function cc_signals_read_settings() {
	$stored   = cc_signals_stored_settings();
	$stored   = is_array( $stored ) ? $stored : array();
	$defaults = cc_signals_default_settings();
	$settings = array_merge( $defaults, array_intersect_key( $stored, $defaults ) );

	$settings['outputs']            = array_merge( $defaults['outputs'], (array) $settings['outputs'] );
	$settings['post_type_defaults'] = (array) $settings['post_type_defaults'];
	return $settings;
}

/**
 * JSON schema of the option (REST `/wp/v2/settings` validates against it).
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_settings_schema() {
	$outputs = array();
	foreach ( cc_signals_output_flags() as $flag ) {
		$outputs[ $flag ] = array( 'type' => 'boolean' );
	}
	foreach ( cc_signals_output_urls() as $key ) {
		$outputs[ $key ] = array( 'type' => 'string' );
	}
	$outputs['vocabulary'] = array(
		'type' => 'string',
		'enum' => cc_signals_vocabulary_ids(),
	);
	return array(
		'type'                 => 'object',
		'properties'           => array(
			'site_default'             => cc_signals_intent_schema(),
			'post_type_defaults'       => array(
				'type'                 => 'object',
				'additionalProperties' => cc_signals_intent_schema(),
			),
			'outputs'                  => array(
				'type'                 => 'object',
				'properties'           => $outputs,
				'additionalProperties' => false,
			),
			'delete_data_on_uninstall' => array( 'type' => 'boolean' ),
		),
		'additionalProperties' => false,
	);
}

/**
 * Registers the option with the Settings API: its default and sanitizing everywhere, its
 * description and REST schema in wp-admin, WP-CLI and REST requests (cc_signals_load_admin()
 * registers it again there).
 *
 * @since 0.1.0
 */
function cc_signals_register_settings() {
	$args = array(
		'type'              => 'object',
		'sanitize_callback' => 'cc_signals_sanitize_settings',
		'default'           => cc_signals_default_settings(),
	);
	if ( did_action( 'cc_signals_admin_loaded' ) ) {
		$args['description']  = __( 'AI usage preferences (CC signals): defaults and outputs.', 'cc-signals' );
		$args['show_in_rest'] = array(
			'name'   => 'cc_signals_settings',
			'schema' => cc_signals_settings_schema(),
		);
	}
	register_setting( 'cc_signals', 'cc_signals_settings', $args );
}

/**
 * Keeps the option autoloaded when it is first created through the Settings API. On
 * multisite nothing is created: a site inherits the network defaults until it saves its own.
 *
 * @since 0.1.0
 */
function cc_signals_ensure_autoload() {
	if ( ! is_multisite() && false === get_option( 'cc_signals_settings', false ) ) {
		add_option( 'cc_signals_settings', cc_signals_default_settings(), '', true );
	}
}

/**
 * Sanitize callback of the option: a valid value is normalized; an invalid one is
 * rejected with a settings error naming the field and the allowed values, and the
 * stored value is kept.
 *
 * @since 0.1.0
 *
 * @param mixed $input Submitted value.
 * @return array
 */
function cc_signals_sanitize_settings( $input ) {
	$result = cc_signals_validate_settings( $input );
	if ( ! is_wp_error( $result ) ) {
		return $result;
	}
	add_settings_error( 'cc_signals_settings', 'cc_signals_invalid_value', esc_html( $result->get_error_message() ), 'error' );
	$old = get_option( 'cc_signals_settings', false );
	return is_array( $old ) ? $old : cc_signals_default_settings();
}

/**
 * Puts the site's vocabulary (`outputs.vocabulary`) in force for the format
 * functions: at load, and again when the settings change or another site of a
 * network is switched to. A stored id this release does not ship (garbage in the
 * database) falls back to the default rather than breaking the site.
 *
 * @since 0.3.0
 */
function cc_signals_apply_vocabulary_setting() {
	$id = cc_signals_get_settings()['outputs']['vocabulary'] ?? null;
	cc_signals_use_vocabulary( is_string( $id ) && in_array( $id, cc_signals_vocabulary_ids(), true ) ? $id : null );
}
