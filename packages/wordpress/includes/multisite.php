<?php
/**
 * Multisite: network-wide defaults (Network Admin → Settings → AI usage) that every site
 * without its own settings inherits. Each site's own settings stay in its own option.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The network defaults: `site_default` and `post_type_defaults`, validated as a site's settings.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_network_defaults() {
	$stored = get_site_option( 'cc_signals_network_defaults', array() );
	return array_intersect_key( is_array( $stored ) ? $stored : array(), array_flip( array( 'site_default', 'post_type_defaults' ) ) );
}

/**
 * Validates and stores the network defaults.
 *
 * @since 0.1.0
 *
 * @param mixed $input `site_default` and `post_type_defaults` (form fields or intents).
 * @return array|WP_Error The stored value, or an error naming the field and the allowed values.
 */
function cc_signals_save_network_defaults( $input ) {
	$input     = is_array( $input ) ? $input : array();
	$validated = cc_signals_validate_settings( array_intersect_key( $input, array_flip( array( 'site_default', 'post_type_defaults' ) ) ) );
	if ( is_wp_error( $validated ) ) {
		return $validated;
	}
	$value = array(
		'site_default'       => $validated['site_default'],
		'post_type_defaults' => $validated['post_type_defaults'],
	);
	update_site_option( 'cc_signals_network_defaults', $value );
	cc_signals_copy_network_defaults_to_sites( $value );
	return $value;
}

/**
 * The stored settings value this site uses (not validated): its own option, or on multisite
 * cc_signals_site_or_network_settings(). Costs no query when the option is autoloaded.
 *
 * @since 0.2.0
 *
 * @return mixed
 */
function cc_signals_stored_settings() {
	return is_multisite() ? cc_signals_site_or_network_settings() : get_option( 'cc_signals_settings', false );
}

/**
 * The settings a site uses: its own, or (never saved) the network defaults. A site that
 * inherits reads them from its autoloaded copy `cc_signals_network_copy`, so a request
 * costs no query: without it, the missing site option and the network option were one each.
 *
 * @since 0.2.0
 *
 * @return mixed The stored value (not validated).
 */
function cc_signals_site_or_network_settings() {
	$autoloaded = wp_load_alloptions();
	if ( ! isset( $autoloaded['cc_signals_settings'] ) && isset( $autoloaded['cc_signals_network_copy'] ) ) {
		return get_option( 'cc_signals_network_copy' ); // A copy exists only while the site has no settings of its own.
	}
	$own = get_option( 'cc_signals_settings', false );
	if ( false !== $own ) {
		return $own;
	}
	$defaults = cc_signals_network_defaults();
	add_option( 'cc_signals_network_copy', $defaults, '', true ); // Once per site: later requests read it autoloaded.
	return $defaults;
}

/**
 * Writes the network defaults into every site that inherits them (and removes the copy
 * where a site has its own settings), after a network admin saves them.
 *
 * @since 0.2.0
 *
 * @param array $value The network defaults.
 */
function cc_signals_copy_network_defaults_to_sites( $value ) {
	$sites = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $sites as $site ) {
		switch_to_blog( $site );
		if ( false === get_option( 'cc_signals_settings', false ) ) {
			update_option( 'cc_signals_network_copy', $value, true );
		} else {
			delete_option( 'cc_signals_network_copy' );
		}
		restore_current_blog();
	}
}

/**
 * Drops the site's copy of the network defaults once it has settings of its own.
 *
 * @since 0.2.0
 */
function cc_signals_drop_network_copy() {
	if ( is_multisite() ) {
		delete_option( 'cc_signals_network_copy' );
	}
}

/**
 * Whether the current site uses the network defaults (it never saved its own settings).
 *
 * @since 0.1.0
 *
 * @return bool
 */
function cc_signals_site_inherits_network() {
	return is_multisite() && false === get_option( 'cc_signals_settings', false );
}

/**
 * Adds Network Admin → Settings → AI usage.
 *
 * @since 0.1.0
 */
function cc_signals_add_network_page() {
	add_submenu_page( 'settings.php', __( 'AI usage (CC signals)', 'cc-signals' ), __( 'AI usage', 'cc-signals' ), 'manage_network_options', 'cc-signals', 'cc_signals_render_network_page' );
}

/**
 * Renders the network defaults form.
 *
 * @since 0.1.0
 */
function cc_signals_render_network_page() {
	if ( ! current_user_can( 'manage_network_options' ) ) {
		return;
	}
	$defaults = cc_signals_network_defaults();
	$types    = $defaults['post_type_defaults'] ?? array();
	echo '<div class="wrap"><h1>' . esc_html__( 'AI usage (CC signals): network defaults', 'cc-signals' ) . '</h1>';
	if ( isset( $_GET['updated'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only picks the notice.
		echo '<div class="notice notice-success"><p>' . esc_html__( 'Network defaults saved.', 'cc-signals' ) . '</p></div>';
	}
	echo '<p>' . esc_html__( 'Every site that has not saved its own AI usage settings uses these defaults. A site admin who saves the site\'s settings takes over that site.', 'cc-signals' ) . '</p>';
	echo '<form method="post" action="' . esc_url( network_admin_url( 'edit.php?action=cc_signals_network' ) ) . '">';
	wp_nonce_field( 'cc_signals_network' );
	echo '<table class="form-table" role="presentation"><tr><th scope="row"><label for="cc-signals-network-site">' . esc_html__( 'Site default', 'cc-signals' ) . '</label></th><td>';
	cc_signals_intent_fields( 'cc_signals_network[site_default]', cc_signals_stored_intent( $defaults['site_default'] ?? array() ), 'cc-signals-network-site', 'site' );
	echo '</td></tr>';
	foreach ( cc_signals_post_types() as $type ) {
		$id = 'cc-signals-network-type-' . $type;
		echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( get_post_type_object( $type )->labels->name ) . '</label></th><td>';
		cc_signals_intent_fields( 'cc_signals_network[post_type_defaults][' . $type . ']', cc_signals_stored_intent( $types[ $type ] ?? array() ), $id, 'type' );
		echo '</td></tr>';
	}
	echo '</table>';
	submit_button();
	echo '</form></div>';
}

/**
 * Saves the network defaults form (nonce and manage_network_options checked).
 *
 * @since 0.1.0
 */
function cc_signals_save_network_page() {
	check_admin_referer( 'cc_signals_network' );
	if ( ! current_user_can( 'manage_network_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the network defaults.', 'cc-signals' ), 403 );
	}
	$input = isset( $_POST['cc_signals_network'] ) ? map_deep( wp_unslash( $_POST['cc_signals_network'] ), 'sanitize_text_field' ) : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- sanitized by map_deep.
	$saved = cc_signals_save_network_defaults( $input );
	if ( is_wp_error( $saved ) ) {
		wp_die(
			esc_html( $saved->get_error_message() ),
			esc_html__( 'Invalid value', 'cc-signals' ),
			array(
				'response'  => 400,
				'back_link' => true,
			)
		);
	}
	wp_safe_redirect( network_admin_url( 'settings.php?page=cc-signals&updated=1' ) );
	exit;
}

/**
 * Tells a site admin, on Settings → AI usage, that the site still uses the network defaults.
 *
 * @since 0.1.0
 */
function cc_signals_network_notice() {
	if ( cc_signals_site_inherits_network() ) {
		echo '<div class="notice notice-info inline cc-signals-network-notice"><p>' . esc_html__( 'This site uses the network\'s default AI usage settings, shown below. Saving this page gives the site its own settings.', 'cc-signals' ) . '</p></div>';
	}
}
