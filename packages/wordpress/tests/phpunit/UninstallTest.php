<?php
/**
 * uninstall.php on the throwaway DB.
 *
 * @package CC_Signals
 */

/**
 * @coversNothing
 */
final class UninstallTest extends CC_Signals_TestCase {

	public static function setUpBeforeClass(): void {
		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'cc-signals/load.php' );
		}
	}

	public function test_keeps_everything_without_the_opt_in(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'cc-cr' )['intent'] ) );
		$id = $this->post( array(), 'allow' );
		include CC_SIGNALS_PLUGIN_DIR . 'uninstall.php';
		wp_cache_flush();
		$this->assertSame( 1, $this->stored_options() );
		$this->assertTrue( metadata_exists( 'post', $id, '_cc_signals' ) );
	}

	public function test_deletes_settings_and_meta_with_the_opt_in(): void {
		$this->settings( array( 'delete_data_on_uninstall' => true ) );
		$a = $this->post( array(), 'allow' );
		$b = $this->post( array( 'post_type' => 'page' ), 'cc-cr' );
		include CC_SIGNALS_PLUGIN_DIR . 'uninstall.php';
		wp_cache_flush();
		$this->assertSame( 0, $this->stored_options() );
		$this->assertFalse( metadata_exists( 'post', $a, '_cc_signals' ) );
		$this->assertFalse( metadata_exists( 'post', $b, '_cc_signals' ) );
	}

	public function test_always_deletes_the_caches(): void {
		foreach ( array( 'cc_signals_robots_cache', 'cc_signals_robots_text', 'cc_signals_derived' ) as $cache ) {
			update_option( $cache, array( 'for' => 'x' ) );
		}
		include CC_SIGNALS_PLUGIN_DIR . 'uninstall.php';
		wp_cache_flush();
		foreach ( array( 'cc_signals_robots_cache', 'cc_signals_robots_text', 'cc_signals_derived' ) as $cache ) {
			$this->assertFalse( get_option( $cache ), $cache );
		}
	}

	/**
	 * Rows of the option in the DB (get_option() would return the registered default).
	 *
	 * @return int
	 */
	private function stored_options() {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name = %s", 'cc_signals_settings' ) );
	}
}
