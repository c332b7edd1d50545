<?php
/**
 * Live preview on Settings → AI usage: the form's unsaved values, previewed by
 * the same functions that render the saved ones.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers `POST /cc-signals/v1/preview`, for admins only.
 *
 * @since 0.1.0
 */
function cc_signals_register_preview_route() {
	register_rest_route(
		'cc-signals/v1',
		'/preview',
		array(
			'methods'             => 'POST',
			'callback'            => 'cc_signals_rest_preview',
			'permission_callback' => static function () {
				return current_user_can( 'manage_options' );
			},
		)
	);
}

/**
 * Previews the posted form fields (`cc_signals_settings[…]`) without saving them.
 *
 * @since 0.1.0
 *
 * @param WP_REST_Request $request Request with the form fields.
 * @return WP_REST_Response|WP_Error The preview, or a 400 naming the invalid field.
 */
function cc_signals_rest_preview( WP_REST_Request $request ) {
	$settings = cc_signals_validate_settings( $request->get_param( 'cc_signals_settings' ) );
	if ( is_wp_error( $settings ) ) {
		return new WP_Error( 'cc_signals_invalid_value', $settings->get_error_message(), array( 'status' => 400 ) );
	}
	$unsaved = static function () use ( $settings ) {
		return $settings;
	};
	add_filter( 'pre_option_cc_signals_settings', $unsaved );
	$preview = cc_signals_settings_preview();
	remove_filter( 'pre_option_cc_signals_settings', $unsaved );
	return rest_ensure_response( $preview );
}

/**
 * Loads the preview script on the settings page.
 *
 * @since 0.1.0
 *
 * @param string $hook_suffix The admin page.
 */
function cc_signals_enqueue_settings_preview( $hook_suffix ) {
	$asset_file = CC_SIGNALS_PLUGIN_DIR . 'build/settings-preview.asset.php';
	if ( 'settings_page_cc-signals' !== $hook_suffix || ! file_exists( $asset_file ) ) {
		return;
	}
	$asset = require $asset_file;
	wp_enqueue_script( 'cc-signals-settings-preview', plugins_url( 'build/settings-preview.js', CC_SIGNALS_PLUGIN_FILE ), $asset['dependencies'], $asset['version'], true );
}
