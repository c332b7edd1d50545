<?php
/**
 * Uninstall: deletes the settings and every post's `_cc_signals` only when the
 * admin opted in ("Delete data on uninstall"); otherwise authors' choices are kept.
 *
 * No functions are declared here, so tests can include the file more than once.
 *
 * @package CC_Signals
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$cc_signals_sites = is_multisite() ? get_sites(
	array(
		'fields' => 'ids',
		'number' => 0,
	)
) : array( 0 );

foreach ( $cc_signals_sites as $cc_signals_site ) {
	if ( $cc_signals_site ) {
		switch_to_blog( $cc_signals_site );
	}
	$cc_signals_settings = get_option( 'cc_signals_settings' );
	if ( is_array( $cc_signals_settings ) && ! empty( $cc_signals_settings['delete_data_on_uninstall'] ) ) {
		delete_post_meta_by_key( '_cc_signals' );
		delete_option( 'cc_signals_settings' );
	}
	delete_option( 'cc_signals_network_copy' ); // A copy of the network defaults, which are kept.
	delete_option( 'cc_signals_robots_cache' ); // Caches, rebuilt from the choices.
	delete_option( 'cc_signals_robots_text' );
	delete_option( 'cc_signals_derived' );
	if ( $cc_signals_site ) {
		restore_current_blog();
	}
}
unset( $cc_signals_sites, $cc_signals_site, $cc_signals_settings );
