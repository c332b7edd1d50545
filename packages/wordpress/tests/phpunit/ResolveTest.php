<?php
/**
 * Resolution of defaults and the emit options.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_preferences_for_post
 */
final class ResolveTest extends CC_Signals_TestCase {

	public function test_nothing_chosen_means_no_preferences(): void {
		$this->assertSame( array(), cc_signals_preferences_for_post( $this->post() ) );
	}

	public function test_site_default_then_post_type_default_then_post(): void {
		$this->settings(
			array(
				'site_default'       => array( 'categories' => array( 'search' => array( 'choice' => 'allow' ), 'train-ai' => array( 'choice' => 'disallow' ) ) ),
				'post_type_defaults' => array( 'page' => cc_signals_preset( 'cc-cr' )['intent'] ),
			)
		);
		$post = $this->post();
		$page = $this->post( array( 'post_type' => 'page' ) );
		$own  = $this->post( array( 'post_type' => 'page' ), 'allow' );
		$this->assertSame( array( 'train-ai' => array( 'preference' => 'disallowed' ), 'search' => array( 'preference' => 'allowed' ) ), cc_signals_preferences_for_post( $post ) );
		$this->assertSame( array( 'preference' => 'disallowed', 'exception' => 'cc-cr' ), cc_signals_preferences_for_post( $page )['train-ai'] );
		$this->assertSame( array( 'preference' => 'allowed' ), cc_signals_preferences_for_post( $own )['train-ai'] );
		$this->assertSame( array( 'preference' => 'allowed' ), cc_signals_preferences_for_post( $own )['search'], 'search still from the site default' );
		$this->assertSame( cc_signals_preferences_for_post( $page ), cc_signals_preferences_for_post_type( 'page' ) );
	}

	public function test_unknown_stored_category_is_kept_but_not_emitted(): void {
		$id = $this->post();
		add_post_meta( $id, '_cc_signals', array( 'categories' => array( 'future-use' => array( 'choice' => 'disallow' ) ) ) );
		$this->assertSame( array(), cc_signals_preferences_for_post( $id ) );
	}

	public function test_broken_stored_value_never_reads_more_permissively(): void {
		$all = array(
			'categories' => array(
				'train-ai' => array( 'choice' => 'disallow' ),
				'search'   => array( 'choice' => 'disallow' ),
			),
		);
		$this->assertSame( $all, cc_signals_stored_intent( 'not json' ) );
		$this->assertSame( $all, cc_signals_stored_intent( array( 'categories' => 'x' ) ) );
	}

	public function test_one_malformed_part_keeps_the_valid_parts(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'] ) );
		$id = $this->post();
		// Garbage already in the database, as an older version or another tool left it: written past the meta sanitizer.
		global $wpdb;
		$stored = array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-zz' ), 'search' => array( 'choice' => 'allow' ) ) );
		$wpdb->insert( $wpdb->postmeta, array( 'post_id' => $id, 'meta_key' => '_cc_signals', 'meta_value' => maybe_serialize( $stored ) ) ); // phpcs:ignore WordPress.DB
		wp_cache_delete( $id, 'post_meta' );
		$this->assertSame(
			array(
				'train-ai' => array( 'preference' => 'disallowed' ),
				'search'   => array( 'preference' => 'allowed' ),
			),
			cc_signals_preferences_for_post( $id )
		);
	}

	public function test_emit_options_map_the_settings(): void {
		$this->assertSame( array( 'contentUsage' => true, 'contentSignal' => false, 'tdmrep' => false, 'noai' => false, 'anyAiTraining' => false ), cc_signals_emit_options() );
		$this->settings( array( 'outputs' => array( 'content_signal' => true, 'tdmrep' => true, 'tdm_policy_url' => 'https://example.org/p.json', 'rsl_license_url' => 'https://example.org/l.xml', 'noai' => true, 'any_ai_training' => true, 'content_license_url' => 'https://example.org/c' ) ) );
		$this->assertSame(
			array( 'contentUsage' => true, 'contentSignal' => true, 'tdmrep' => true, 'noai' => true, 'anyAiTraining' => true, 'tdmPolicyUrl' => 'https://example.org/p.json', 'rslLicenseUrl' => 'https://example.org/l.xml', 'contentLicenseUrl' => 'https://example.org/c' ),
			cc_signals_emit_options()
		);
	}

	public function test_request_preferences_follow_the_query(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'], 'post_type_defaults' => array( 'post' => cc_signals_preset( 'cc-cr-op' )['intent'] ) ) );
		$page = $this->post( array( 'post_type' => 'page' ), 'allow' );
		$this->go_to( 'page_id=' . $page );
		$this->assertSame( 'allowed', cc_signals_preferences_for_request()['train-ai']['preference'] );
		$this->go_to( '' );
		$this->assertTrue( is_home() );
		$this->assertSame( 'cc-cr-op', cc_signals_preferences_for_request()['train-ai']['exception'] );
		$this->go_to( 's=hello' );
		$this->assertSame( array( 'preference' => 'disallowed' ), cc_signals_preferences_for_request()['train-ai'] );
		$this->go_to( 'p=999999' );
		$this->assertNull( cc_signals_preferences_for_request() );
	}
}
