<?php
/**
 * Settings → AI usage: the opt-in to write an allowed AI Model Training as the wider
 * Content-Signal/RSL `ai-train` (EmitOptions `anyAiTraining`, #6 "never widen") and the
 * content licence URL (`contentLicenseUrl`), stored, validated and merged like the other outputs.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_emit_options
 * @covers ::cc_signals_validate_outputs
 */
final class EmitOptionsSettingsTest extends CC_Signals_TestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->login( 'admin' );
		$this->settings(
			array(
				'site_default' => cc_signals_preset( 'allow' )['intent'],
				'outputs'      => array(
					'content_signal'  => true,
					'tdmrep'          => true,
					'rsl_license_url' => 'https://example.org/rsl.xml',
				),
			)
		);
	}

	public function test_off_by_default_so_an_allow_is_not_widened(): void {
		$defaults = cc_signals_default_settings()['outputs'];
		$this->assertFalse( $defaults['any_ai_training'] );
		$this->assertSame( '', $defaults['content_license_url'] );
		$options = cc_signals_emit_options();
		$this->assertFalse( $options['anyAiTraining'] );
		$this->assertArrayNotHasKey( 'contentLicenseUrl', $options );
		$robots = $this->robots_txt();
		$this->assertStringContainsString( 'Content-Usage: train-ai=y', $robots );
		$this->assertStringNotContainsString( 'ai-train=yes', $robots );
	}

	public function test_opt_in_writes_ai_train_yes(): void {
		$res = $this->send( '{"cc_signals_settings":{"outputs":{"any_ai_training":true}}}' );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$this->assertTrue( cc_signals_emit_options()['anyAiTraining'] );
		$this->assertStringContainsString( 'ai-train=yes', $this->robots_txt() );
	}

	public function test_partial_update_keeps_the_other_outputs_and_defaults(): void {
		$before = cc_signals_get_settings();
		$res    = $this->send( '{"cc_signals_settings":{"outputs":{"content_license_url":"https://creativecommons.org/licenses/by/4.0/"}}}' );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$after = cc_signals_get_settings();
		$this->assertSame( 'https://creativecommons.org/licenses/by/4.0/', $after['outputs']['content_license_url'] );
		$this->assertTrue( $after['outputs']['tdmrep'] );
		$this->assertSame( 'https://example.org/rsl.xml', $after['outputs']['rsl_license_url'] );
		$this->assertSame( $before['site_default'], $after['site_default'] );
		$this->assertSame( 'https://creativecommons.org/licenses/by/4.0/', cc_signals_emit_options()['contentLicenseUrl'] );
		$link = cc_signals_signal_headers( cc_signals_site_preferences(), cc_signals_emit_options() )['link'];
		$this->assertStringContainsString( '<https://creativecommons.org/licenses/by/4.0/>; rel="license"', $link );
	}

	/**
	 * @dataProvider invalid_values
	 *
	 * @param string $json    Body.
	 * @param string $field   Field the error names.
	 * @param string $allowed Part of the allowed values the error lists.
	 */
	public function test_invalid_value_is_a_400_naming_the_field_and_changes_nothing( $json, $field, $allowed ): void {
		$before = get_option( 'cc_signals_settings' );
		$res    = $this->send( $json );
		$this->assertSame( 400, $res->get_status() );
		$message = wp_json_encode( $res->get_data() );
		$this->assertStringContainsString( $field, $message );
		$this->assertStringContainsString( $allowed, $message );
		$this->assertSame( $before, get_option( 'cc_signals_settings' ) );
	}

	public function invalid_values(): array {
		return array(
			// WordPress's REST schema check answers first for a wrong type, in its own words.
			'flag' => array( '{"cc_signals_settings":{"outputs":{"any_ai_training":"maybe"}}}', '[outputs][any_ai_training]', 'boolean' ),
			'url'  => array( '{"cc_signals_settings":{"outputs":{"content_license_url":"javascript:alert(1)"}}}', 'outputs.content_license_url', 'http(s)' ),
		);
	}

	public function test_the_form_shows_the_opt_in_with_cores_explanation(): void {
		cc_signals_add_settings_fields();
		$html     = $this->capture( 'cc_signals_render_settings_page' );
		$messages = cc_signals_english_messages();
		$this->assertStringContainsString( 'name="cc_signals_settings[outputs][any_ai_training]"', $html );
		$this->assertStringContainsString( esc_html( $messages['emit.anyAiTraining.label'] ), $html );
		$this->assertStringContainsString( esc_html( $messages['emit.anyAiTraining.help'] ), $html );
		$this->assertStringContainsString( 'name="cc_signals_settings[outputs][content_license_url]"', $html );
		$this->assertStringContainsString( esc_html( $messages['emit.contentLicenseUrl.help'] ), $html );
	}

	/**
	 * robots.txt as WordPress serves it.
	 *
	 * @return string
	 */
	private function robots_txt() {
		return cc_signals_filter_robots_txt( "User-agent: *\nDisallow: /wp-admin/\n" );
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
