<?php
/**
 * Post meta registration, schema and REST permissions.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_register_meta
 */
final class MetaTest extends CC_Signals_TestCase {

	public function test_plugin_is_active_on_the_throwaway_db(): void {
		$this->assertTrue( is_plugin_active( 'cc-signals/load.php' ) );
		$this->assertSame( WP_TESTS_THROWAWAY_DB, FQDB );
		$this->assertSame( '0.1.0', CC_SIGNALS_VERSION );
	}

	public function test_meta_is_registered_for_every_public_post_type_with_a_ui(): void {
		foreach ( array( 'post', 'page', 'attachment' ) as $type ) {
			$this->assertContains( $type, cc_signals_post_types() );
			$meta = get_registered_meta_keys( 'post', $type );
			$this->assertArrayHasKey( '_cc_signals', $meta, $type );
			$this->assertSame( 'object', $meta['_cc_signals']['type'] );
			$this->assertTrue( $meta['_cc_signals']['single'] );
			$this->assertSame( 'cc_signals_meta_auth', $meta['_cc_signals']['auth_callback'] );
			$schema = $meta['_cc_signals']['show_in_rest']['schema'];
			$this->assertSame( array( 'inherit', 'allow', 'disallow' ), $schema['properties']['categories']['additionalProperties']['properties']['choice']['enum'] );
			$this->assertContains( 'cc-cr-op', $schema['properties']['categories']['additionalProperties']['properties']['signal']['enum'] );
		}
		$this->assertNotContains( 'wp_block', cc_signals_post_types() );
	}

	public function test_values_are_stored_canonically(): void {
		$id = $this->post();
		update_post_meta( $id, '_cc_signals', array( 'categories' => array( 'train-ai' => array( 'signal' => 'cc-cr', 'choice' => 'disallow' ), 'search' => array( 'choice' => 'inherit' ) ) ) );
		$this->assertSame(
			array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.1' ) ) ),
			get_post_meta( $id, '_cc_signals', true )
		);
	}

	public function test_author_may_set_own_post_over_rest(): void {
		$author = $this->login( 'author' );
		$id     = $this->post( array( 'post_author' => $author ) );
		$res    = $this->rest_update( $id, cc_signals_preset( 'cc-cr-ec' )['intent'] );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$this->assertSame( 'cc-cr-ec', get_post_meta( $id, '_cc_signals', true )['categories']['train-ai']['signal'] );
		$this->assertSame( 'cc-cr-ec', $res->get_data()['meta']['_cc_signals']['categories']->{'train-ai'}['signal'] ?? $res->get_data()['meta']['_cc_signals']['categories']['train-ai']['signal'] );
	}

	public function test_author_may_not_set_another_users_post(): void {
		$id = $this->post( array( 'post_author' => $this->user( 'editor' ) ) );
		$this->login( 'author' );
		$res = $this->rest_update( $id, cc_signals_preset( 'allow' )['intent'] );
		$this->assertSame( 403, $res->get_status() );
		$this->assertFalse( metadata_exists( 'post', $id, '_cc_signals' ) );
	}

	public function test_contributor_may_set_own_draft(): void {
		$contributor = $this->login( 'contributor' );
		$id          = $this->post( array( 'post_author' => $contributor, 'post_status' => 'draft' ) );
		$res         = $this->rest_update( $id, cc_signals_preset( 'disallow' )['intent'] );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$this->assertSame( 'disallow', get_post_meta( $id, '_cc_signals', true )['categories']['train-ai']['choice'] );
	}

	public function test_meta_auth_follows_edit_post(): void {
		$id = $this->post( array( 'post_author' => $this->user( 'editor' ) ) );
		$this->assertFalse( cc_signals_meta_auth( false, '_cc_signals', $id, $this->user( 'author' ) ) );
		$this->assertTrue( cc_signals_meta_auth( false, '_cc_signals', $id, $this->user( 'editor' ) ) );
		$this->assertFalse( cc_signals_meta_auth( false, '_cc_signals', $id, $this->user( 'contributor' ) ) );
	}

	/**
	 * @dataProvider invalid_values
	 */
	public function test_invalid_rest_value_is_rejected_with_field_and_allowed_values( $value, $field_part, $allowed_part ): void {
		$this->login( 'admin' );
		$id  = $this->post();
		$res = $this->rest_update( $id, $value );
		$this->assertSame( 400, $res->get_status() );
		$error   = $res->as_error();
		$message = $error->get_error_message() . ' ' . wp_json_encode( $error->get_error_data() );
		$this->assertStringContainsString( $field_part, $message );
		$this->assertStringContainsString( $allowed_part, $message );
		$this->assertFalse( metadata_exists( 'post', $id, '_cc_signals' ), 'nothing stored' );
	}

	public function invalid_values(): array {
		return array(
			'bad choice'     => array( array( 'categories' => array( 'train-ai' => array( 'choice' => 'maybe' ) ) ), 'choice', 'inherit' ),
			'bad signal'     => array( array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-by' ) ) ), 'signal', 'cc-cr-op' ),
			'bad category'   => array( array( 'categories' => array( 'train-genai' => array( 'choice' => 'disallow' ) ) ), 'categories', 'train-ai' ),
			'signal + allow' => array( array( 'categories' => array( 'train-ai' => array( 'choice' => 'allow', 'signal' => 'cc-cr' ) ) ), 'signal', 'disallow' ),
		);
	}

	public function test_rest_reads_empty_categories_as_an_object(): void {
		$this->login( 'admin' );
		$id  = $this->post();
		$res = rest_do_request( new WP_REST_Request( 'GET', '/wp/v2/posts/' . $id ) );
		$this->assertSame( '{"categories":{}}', wp_json_encode( $res->get_data()['meta']['_cc_signals'] ) );
	}

	/**
	 * POST /wp/v2/posts/<id> with meta._cc_signals.
	 *
	 * @param int   $id    Post ID.
	 * @param mixed $value Meta value.
	 * @return WP_REST_Response
	 */
	private function rest_update( $id, $value ) {
		$request = new WP_REST_Request( 'POST', '/wp/v2/posts/' . $id );
		$request->set_header( 'content-type', 'application/json' );
		$request->set_body( wp_json_encode( array( 'meta' => array( '_cc_signals' => $value ) ) ) );
		return rest_do_request( $request );
	}
}
