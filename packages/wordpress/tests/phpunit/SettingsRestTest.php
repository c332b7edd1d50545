<?php
/**
 * Partial updates of `cc_signals_settings` through /wp/v2/settings (#10 defect 3): what is not
 * sent is kept; empty objects read back as `{}`.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_rest_check_settings
 */
final class SettingsRestTest extends CC_Signals_TestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->login( 'admin' );
		$this->settings(
			array(
				'site_default'       => cc_signals_preset( 'cc-cr' )['intent'],
				'post_type_defaults' => array(
					'page' => cc_signals_preset( 'allow' )['intent'],
					'post' => cc_signals_preset( 'disallow' )['intent'],
				),
				'outputs'            => array( 'tdmrep' => true ),
			)
		);
	}

	public function test_only_outputs_sent_keeps_the_defaults(): void {
		$before = cc_signals_get_settings();
		$res    = $this->send( '{"cc_signals_settings":{"outputs":{"noai":true}}}' );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$after = cc_signals_get_settings();
		$this->assertSame( $before['site_default'], $after['site_default'] );
		$this->assertSame( $before['post_type_defaults'], $after['post_type_defaults'] );
		$this->assertTrue( $after['outputs']['noai'] );
		$this->assertTrue( $after['outputs']['tdmrep'], 'an output not sent is kept' );
		$this->assertSame( $before['outputs']['header'], $after['outputs']['header'] );
	}

	public function test_one_post_type_default_sent_keeps_the_others(): void {
		$res = $this->send( '{"cc_signals_settings":{"post_type_defaults":{"page":{}}}}' );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$after = cc_signals_get_settings();
		$this->assertSame( array( 'post' => cc_signals_preset( 'disallow' )['intent'] ), $after['post_type_defaults'] );
		$this->assertSame( cc_signals_preset( 'cc-cr' )['intent'], $after['site_default'] );
	}

	public function test_site_default_sent_replaces_only_the_site_default(): void {
		$res = $this->send( '{"cc_signals_settings":{"site_default":{"categories":{}}}}' );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$after = cc_signals_get_settings();
		$this->assertSame( cc_signals_empty_intent(), $after['site_default'] );
		$this->assertCount( 2, $after['post_type_defaults'] );
	}

	public function test_invalid_partial_is_a_400_and_changes_nothing(): void {
		$before = get_option( 'cc_signals_settings' );
		$res    = $this->send( '{"cc_signals_settings":{"outputs":{"noai":"maybe"}}}' );
		$this->assertSame( 400, $res->get_status() );
		$this->assertStringContainsString( 'noai', wp_json_encode( $res->get_data() ) );
		$this->assertSame( $before, get_option( 'cc_signals_settings' ) );
	}

	public function test_an_editor_gets_403(): void {
		$this->login( 'editor' );
		$this->assertSame( 403, $this->send( '{"cc_signals_settings":{"outputs":{"noai":true}}}' )->get_status() );
		$this->assertFalse( cc_signals_get_settings()['outputs']['noai'] );
	}

	public function test_empty_objects_read_back_as_objects(): void {
		$this->settings(
			array(
				'site_default'       => cc_signals_empty_intent(),
				'post_type_defaults' => array(),
			)
		);
		update_option( 'cc_signals_settings', array_merge( get_option( 'cc_signals_settings' ), array( 'post_type_defaults' => array() ) ) );
		foreach ( array( 'GET', 'POST' ) as $method ) {
			$request = new WP_REST_Request( $method, '/wp/v2/settings' );
			if ( 'POST' === $method ) {
				$request->set_header( 'content-type', 'application/json' );
				$request->set_body( '{"cc_signals_settings":{"outputs":{"noai":false}}}' );
			}
			$json = wp_json_encode( rest_get_server()->response_to_data( rest_do_request( $request ), false )['cc_signals_settings'] );
			$this->assertStringContainsString( '"site_default":{"categories":{}}', $json, $method );
			$this->assertStringContainsString( '"post_type_defaults":{}', $json, $method );
		}
	}

	/**
	 * POST /wp/v2/settings with a raw JSON body.
	 *
	 * @param string $json Body.
	 * @return WP_REST_Response
	 */
	private function send( $json ) {
		$request = new WP_REST_Request( 'POST', '/wp/v2/settings' );
		$request->set_header( 'content-type', 'application/json' );
		$request->set_body( $json );
		return rest_do_request( $request );
	}
}
