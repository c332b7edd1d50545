<?php
/**
 * What is derived from the settings is kept across requests (includes/derived-cache.php):
 * read back only for the very settings, vocabulary and release it came from, never from
 * a broken or foreign stored value, and stored only when nothing else could have shaped it.
 *
 * @package CC_Signals
 */

/**
 * The derived-values store.
 */
class DerivedCacheTest extends CC_Signals_TestCase {

	/**
	 * `array( settings key, vocabulary id )` as cc_signals_settings_memo() forms it.
	 *
	 * @return array
	 */
	private function now() {
		return array( cc_signals_settings_key(), cc_signals_vocabulary()['id'] );
	}

	public function test_the_fingerprint_follows_the_settings_and_refuses_what_a_filter_or_a_custom_vocabulary_shapes(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'] ) );
		$allow = cc_signals_derived_fingerprint( $this->now() );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{32}$/', (string) $allow );
		$this->assertSame( $allow, cc_signals_derived_fingerprint( $this->now() ) );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$this->assertNotSame( $allow, cc_signals_derived_fingerprint( $this->now() ) );

		$filter = static fn( $value ) => $value;
		add_filter( 'option_cc_signals_settings', $filter );
		$this->assertNull( cc_signals_derived_fingerprint( $this->now() ), 'a filter may depend on anything' );
		remove_filter( 'option_cc_signals_settings', $filter );

		$custom                 = cc_signals_vocabulary();
		$custom['categories'][] = array(
			'id'          => 'x-later',
			'label'       => 'x-later',
			'title'       => 'Later',
			'description' => 'A category of a later draft.',
		);
		$previous               = cc_signals_use_vocabulary( $custom );
		try {
			$this->assertNull( cc_signals_derived_fingerprint( $this->now() ), 'a vocabulary this release does not ship as is' );
		} finally {
			cc_signals_use_vocabulary( $previous );
		}
	}

	public function test_stored_values_are_read_only_for_their_own_fingerprint_and_shape(): void {
		$now         = $this->now();
		$fingerprint = cc_signals_derived_fingerprint( $now );
		$values      = array( 'preferences' => cc_signals_derived_entry( array( 'train-ai' => array( 'value' => 'n' ) ) ) );
		update_option( 'cc_signals_derived', array( 'for' => $fingerprint, 'values' => $values ) );
		$this->assertSame( $values, cc_signals_stored_derived( $now ) );
		$garbage = array(
			'a string',
			array( 'values' => $values ),
			array( 'for' => md5( 'other settings' ), 'values' => $values ),
			array( 'for' => $fingerprint, 'values' => 'not an array' ),
		);
		foreach ( $garbage as $stored ) {
			update_option( 'cc_signals_derived', $stored );
			$this->assertSame( array(), cc_signals_stored_derived( $now ), wp_json_encode( $stored ) );
		}
	}

	public function test_a_stored_value_reads_back_only_as_plain_data(): void {
		foreach ( array( array( 'a' => 'b' ), 'a string', '', false, 0, array() ) as $value ) {
			$this->assertSame( $value, cc_signals_derived_value( cc_signals_derived_entry( $value ) ), wp_json_encode( $value ) );
		}
		$this->assertSame( 'a:0:{}', cc_signals_derived_entry( 'a:0:{}' ), 'a string is stored as it is, never parsed' );
		foreach ( array( array( 'O:8:"stdClass":0:{}' ), array( 'a:1:{i:0;O:8:"stdClass":0:{}}' ), array( 'a:1:{s:1:"a";C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}}' ), array( 'a:1:{i:0;o:8:"stdClass":0:{}}' ), array( 'a:1:{i:0;' ), array( 'N;' ), array( 'a:0:{}', 'a:0:{}' ), array( 42 ), 42, null ) as $broken ) {
			$this->assertNull( cc_signals_derived_value( $broken ), wp_json_encode( $broken ) );
		}
	}

	public function test_the_memo_reads_what_is_stored_for_the_settings_in_force_and_never_a_stale_value(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$planted = array( 'planted' => array( 'value' => 'y' ) );
		update_option( 'cc_signals_derived', array( 'for' => cc_signals_derived_fingerprint( $this->now() ), 'values' => array( 'preferences' => cc_signals_derived_entry( $planted ) ) ) );
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'] ) );
		$this->assertSame( 'train-ai=y', cc_signals_serialize_content_usage( cc_signals_site_preferences() ), 'other settings: computed' );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$this->assertSame( $planted, cc_signals_site_preferences(), 'the stored value of these very settings is what is read' );
	}

	public function test_values_are_stored_at_shutdown_unless_the_settings_changed_or_they_are_too_large(): void {
		global $cc_signals_derived_pending;
		$this->settings( array( 'site_default' => cc_signals_preset( 'cc-cr' )['intent'] ) );
		$now = $this->now();
		cc_signals_keep_derived( $now, array( 'x' => 'y' ) );
		cc_signals_save_derived();
		$this->assertSame( array( 'x' => 'y' ), cc_signals_stored_derived( $now ) );
		$this->assertNull( $cc_signals_derived_pending );

		cc_signals_keep_derived( $now, array( 'x' => 'z' ) );
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'] ) );
		cc_signals_save_derived();
		$stored = get_option( 'cc_signals_derived' );
		$this->assertNotSame( 'z', $stored['values']['x'] ?? null, 'derived from settings no longer in force: not stored' );
		$this->assertSame( cc_signals_derived_fingerprint( $this->now() ), $stored['for'] ?? null, 'what the settings now in force derived is' );

		$now = $this->now();
		cc_signals_keep_derived( $now, array( 'small' => 'kept' ) );
		cc_signals_save_derived();
		cc_signals_keep_derived( $now, array( 'small' => 'kept', 'x' => str_repeat( 'a', CC_SIGNALS_DERIVED_MAX_BYTES ) ) );
		cc_signals_save_derived();
		$this->assertSame( array( 'small' => 'kept' ), cc_signals_stored_derived( $now ), 'too large for an autoloaded option: what was stored stays' );
		$this->assertTrue( get_option( 'cc_signals_derived' )['full'] );
		cc_signals_keep_derived( $now, array( 'small' => 'kept', 'y' => 'z' ) );
		$this->assertNull( $cc_signals_derived_pending, 'full: later requests do not try again' );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		cc_signals_keep_derived( $this->now(), array( 'y' => 'z' ) );
		$this->assertNotNull( $cc_signals_derived_pending, 'new settings start an empty store' );
		cc_signals_save_derived();
	}

	public function test_a_later_request_states_what_the_first_derived_without_deriving_it_again(): void {
		$first = $this->front_end_process( 'delete_option( "cc_signals_derived" ); $prefs = cc_signals_site_preferences(); echo "\n" . wp_json_encode( $prefs );' );
		$later = $this->front_end_process( '$stored = array_keys( get_option( "cc_signals_derived" )["values"] ?? array() ); $read = cc_signals_settings_memo( "preferences", static fn() => "derived again" ); delete_option( "cc_signals_derived" ); echo "\n" . wp_json_encode( array( in_array( "preferences", $stored, true ), $read ) );' );
		$this->assertSame( array( true, $first ), $later );
	}
}
