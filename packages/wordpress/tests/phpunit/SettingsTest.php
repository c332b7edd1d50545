<?php
/**
 * The `cc_signals_settings` option: registration, sanitization, capability.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_sanitize_settings
 */
final class SettingsTest extends CC_Signals_TestCase {

	public function test_setting_is_registered_with_schema_and_rest(): void {
		$registered = get_registered_settings();
		$this->assertArrayHasKey( 'cc_signals_settings', $registered );
		$setting = $registered['cc_signals_settings'];
		$this->assertSame( 'cc_signals', $setting['group'] );
		$this->assertSame( 'cc_signals_sanitize_settings', $setting['sanitize_callback'] );
		$this->assertSame( 'object', $setting['show_in_rest']['schema']['type'] );
		$this->assertArrayHasKey( 'outputs', $setting['show_in_rest']['schema']['properties'] );
	}

	public function test_defaults_when_nothing_is_stored(): void {
		delete_option( 'cc_signals_settings' );
		$settings = cc_signals_get_settings();
		$this->assertSame( array( 'categories' => array() ), $settings['site_default'] );
		$this->assertTrue( $settings['outputs']['header'] );
		$this->assertFalse( $settings['outputs']['content_signal'] );
		$this->assertFalse( $settings['delete_data_on_uninstall'] );
	}

	public function test_form_input_is_normalized(): void {
		$clean = cc_signals_sanitize_settings(
			array(
				'site_default'       => array( 'preset' => 'cc-cr' ),
				'post_type_defaults' => array(
					'page' => array(
						'preset'     => 'custom',
						'categories' => array(
							'train-ai' => array( 'choice' => 'allow', 'signal' => '' ),
							'search'   => array( 'choice' => 'inherit', 'signal' => '' ),
						),
					),
					'post' => array( 'preset' => 'inherit' ),
				),
				'outputs'            => array( 'header' => '0', 'noai' => '1', 'rsl_license_url' => 'https://example.org/license.xml' ),
				'delete_data_on_uninstall' => '1',
			)
		);
		$this->assertSame( cc_signals_canonical_intent( cc_signals_preset( 'cc-cr' )['intent'] ), $clean['site_default'] );
		$this->assertSame( array( 'page' => array( 'categories' => array( 'train-ai' => array( 'choice' => 'allow' ) ) ) ), $clean['post_type_defaults'] );
		$this->assertFalse( $clean['outputs']['header'] );
		$this->assertTrue( $clean['outputs']['head_tags'] );
		$this->assertTrue( $clean['outputs']['noai'] );
		$this->assertSame( 'https://example.org/license.xml', $clean['outputs']['rsl_license_url'] );
		$this->assertTrue( $clean['delete_data_on_uninstall'] );
		$this->assertSame( array(), get_settings_errors( 'cc_signals_settings' ) );
	}

	/**
	 * @dataProvider invalid_settings
	 */
	public function test_invalid_value_keeps_old_value_and_names_field_and_allowed( $input, $field, $allowed ): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$old = get_option( 'cc_signals_settings' );
		update_option( 'cc_signals_settings', $input );
		$this->assertSame( $old, get_option( 'cc_signals_settings' ) );
		$errors = get_settings_errors( 'cc_signals_settings' );
		$this->assertCount( 1, $errors );
		$this->assertStringContainsString( $field, $errors[0]['message'] );
		$this->assertStringContainsString( $allowed, $errors[0]['message'] );
	}

	public function invalid_settings(): array {
		return array(
			'preset'    => array( array( 'site_default' => array( 'preset' => 'cc-by' ) ), 'site_default.preset', 'cc-cr-ec' ),
			'choice'    => array( array( 'site_default' => array( 'categories' => array( 'train-ai' => array( 'choice' => 'no' ) ) ) ), 'site_default', 'disallow' ),
			'post type' => array( array( 'post_type_defaults' => array( 'nope' => array( 'preset' => 'allow' ) ) ), 'post_type_defaults', 'page' ),
			'flag'      => array( array( 'outputs' => array( 'header' => 'maybe' ) ), 'outputs.header', 'true, false' ),
			'url'       => array( array( 'outputs' => array( 'rsl_license_url' => 'javascript:alert(1)' ) ), 'outputs.rsl_license_url', 'http(s)' ),
			'no host'   => array( array( 'outputs' => array( 'tdm_policy_url' => 'https://' ) ), 'outputs.tdm_policy_url', 'http(s)' ),
			'opt-in'    => array( array( 'outputs' => array( 'any_ai_training' => 'maybe' ) ), 'outputs.any_ai_training', 'true, false' ),
			'licence'   => array( array( 'outputs' => array( 'content_license_url' => 'ftp://example.org/l' ) ), 'outputs.content_license_url', 'http(s)' ),
		);
	}

	public function test_rest_settings_require_manage_options(): void {
		$this->login( 'editor' );
		$request = new WP_REST_Request( 'POST', '/wp/v2/settings' );
		$request->set_header( 'content-type', 'application/json' );
		$request->set_body( wp_json_encode( array( 'cc_signals_settings' => cc_signals_default_settings() ) ) );
		$this->assertSame( 403, rest_do_request( $request )->get_status() );
	}

	public function test_rest_settings_as_admin_save_and_reject_invalid(): void {
		$this->login( 'admin' );
		$value                                = cc_signals_default_settings();
		$value['site_default']                = cc_signals_preset( 'cc-cr' )['intent'];
		$value['outputs']['rsl_license_url']  = 'https://example.org/rsl.xml';
		$ok = $this->rest_settings( $value );
		$this->assertSame( 200, $ok->get_status(), wp_json_encode( $ok->get_data() ) );
		$this->assertSame( 'cc-cr', cc_signals_get_settings()['site_default']['categories']['train-ai']['signal'] );

		$value['post_type_defaults'] = array( 'nope' => cc_signals_preset( 'allow' )['intent'] );
		$bad                         = $this->rest_settings( $value );
		$this->assertSame( 400, $bad->get_status() );
		$this->assertStringContainsString( 'post_type_defaults', $bad->as_error()->get_error_message() );
		$this->assertStringContainsString( 'page', $bad->as_error()->get_error_message() );
		$this->assertArrayNotHasKey( 'nope', cc_signals_get_settings()['post_type_defaults'] );

		$value['post_type_defaults'] = array();
		$value['site_default']       = array( 'categories' => array( 'train-ai' => array( 'choice' => 'nope' ) ) );
		$this->assertSame( 400, $this->rest_settings( $value )->get_status() );
	}

	public function test_settings_page_needs_manage_options(): void {
		global $submenu;
		$this->login( 'admin' );
		cc_signals_add_settings_page();
		$pages = wp_list_pluck( $submenu['options-general.php'] ?? array(), 2 );
		$this->assertContains( 'cc-signals', $pages );
		$entry = array_values( array_filter( $submenu['options-general.php'], static fn( $item ) => 'cc-signals' === $item[2] ) )[0];
		$this->assertSame( 'manage_options', $entry[1] );
		$this->assertFalse( user_can( $this->user( 'editor' ), 'manage_options' ) );
	}

	public function test_settings_page_renders_fields_and_preview(): void {
		$this->login( 'admin' );
		$this->settings( array( 'site_default' => cc_signals_preset( 'cc-cr' )['intent'], 'outputs' => array( 'content_signal' => true ) ) );
		cc_signals_add_settings_fields();
		$html = $this->capture( 'cc_signals_render_settings_page' );
		$this->assertStringContainsString( 'name="cc_signals_settings[site_default][preset]"', $html );
		$this->assertStringContainsString( 'name="cc_signals_settings[post_type_defaults][page][preset]"', $html );
		$this->assertStringContainsString( 'name="cc_signals_settings[delete_data_on_uninstall]"', $html );
		$this->assertStringContainsString( "name='option_page' value='cc_signals'", $html );
		$this->assertStringContainsString( 'Content-Usage: train-ai=n;exceptions=cc-cr', $html );
		$this->assertStringContainsString( 'Content-Signal:', $html );
		$this->assertMatchesRegularExpression( '/<option value="cc-cr" selected/', $html );
	}

	public function test_settings_page_prints_nothing_for_editors(): void {
		$this->login( 'editor' );
		$this->assertSame( '', $this->capture( 'cc_signals_render_settings_page' ) );
	}

	/**
	 * POST /wp/v2/settings.
	 *
	 * @param array $value Settings.
	 * @return WP_REST_Response
	 */
	private function rest_settings( $value ) {
		$request = new WP_REST_Request( 'POST', '/wp/v2/settings' );
		$request->set_header( 'content-type', 'application/json' );
		$request->set_body( wp_json_encode( array( 'cc_signals_settings' => $value ) ) );
		return rest_do_request( $request );
	}
}
