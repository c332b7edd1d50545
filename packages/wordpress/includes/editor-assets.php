<?php
/**
 * Block editor assets: build/editor.js (the colleague's panel) and the data it reads.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The data the editor panel reads as `window.ccSignalsEditor`.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_editor_data() {
	$settings   = cc_signals_get_settings();
	$vocabulary = cc_signals_vocabulary();
	$signals    = cc_signals_signals_data();
	$types      = array();
	foreach ( $settings['post_type_defaults'] as $type => $intent ) {
		$types[ $type ] = array( 'categories' => (object) cc_signals_stored_intent( $intent )['categories'] );
	}
	$presets = array();
	foreach ( cc_signals_presets() as $preset ) {
		$preset['title']                = cc_signals_preset_label( $preset['id'], $preset['title'] );
		$preset['intent']['categories'] = (object) $preset['intent']['categories'];
		$presets[]                      = $preset;
	}
	return array(
		'metaKey'          => '_cc_signals',
		'postTypeDefaults' => (object) $types,
		'siteDefault'      => array( 'categories' => (object) cc_signals_site_default_intent()['categories'] ),
		'presets'          => $presets,
		'signals'          => $signals['signals'],
		'categories'       => $vocabulary['categories'],
		'vocabulary'       => $vocabulary['id'] ?? '',
		'canEditDefaults'  => current_user_can( 'manage_options' ),
		'settingsUrl'      => admin_url( 'options-general.php?page=cc-signals' ),
	);
}

/**
 * Enqueues build/editor.js when it has been built.
 *
 * @since 0.1.0
 */
function cc_signals_enqueue_editor_assets() {
	$asset_file = CC_SIGNALS_PLUGIN_DIR . 'build/editor.asset.php';
	if ( ! is_readable( $asset_file ) ) {
		return;
	}
	$asset = require $asset_file;
	wp_enqueue_script( 'cc-signals-editor', plugins_url( 'build/editor.js', CC_SIGNALS_PLUGIN_FILE ), $asset['dependencies'] ?? array(), $asset['version'] ?? CC_SIGNALS_VERSION, true );
	wp_add_inline_script( 'cc-signals-editor', 'window.ccSignalsEditor = ' . wp_json_encode( cc_signals_editor_data() ) . ';', 'before' );
	wp_set_script_translations( 'cc-signals-editor', 'cc-signals', CC_SIGNALS_PLUGIN_DIR . 'languages' );
	if ( is_readable( CC_SIGNALS_PLUGIN_DIR . 'build/editor.css' ) ) {
		wp_enqueue_style( 'cc-signals-editor', plugins_url( 'build/editor.css', CC_SIGNALS_PLUGIN_FILE ), array(), $asset['version'] ?? CC_SIGNALS_VERSION );
	}
}
