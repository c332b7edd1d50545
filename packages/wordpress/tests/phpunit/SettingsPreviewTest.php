<?php
/**
 * The live preview route of Settings → AI usage.
 *
 * @package CC_Signals
 */

final class SettingsPreviewTest extends CC_Signals_TestCase {

	private function preview( array $fields ): WP_REST_Response {
		$request = new WP_REST_Request( 'POST', '/cc-signals/v1/preview' );
		$request->set_body_params( array( 'cc_signals_settings' => $fields ) );
		return rest_do_request( $request );
	}

	public function test_admin_previews_unsaved_values_without_saving_them(): void {
		$this->login( 'admin' );
		$before   = get_option( 'cc_signals_settings' );
		$response = $this->preview( array( 'site_default' => array( 'preset' => 'cc-cr-ec' ), 'outputs' => array( 'header' => '1', 'robots' => '1' ) ) );
		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertStringContainsString( 'Content-Usage: train-ai=n;exceptions=cc-cr-ec', $response->get_data()['headers'] );
		$this->assertStringContainsString( 'Content-Usage: train-ai=n;exceptions=cc-cr-ec', $response->get_data()['robots'] );
		$this->assertSame( $before, get_option( 'cc_signals_settings' ) );
	}

	public function test_invalid_values_get_a_400_naming_the_field(): void {
		$this->login( 'admin' );
		$response = $this->preview( array( 'site_default' => array( 'preset' => 'cc-by' ) ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( 'site_default', $response->as_error()->get_error_message() );
	}

	public function test_only_admins_may_preview(): void {
		$this->login( 'editor' );
		$this->assertSame( 403, $this->preview( array( 'site_default' => array( 'preset' => 'allow' ) ) )->get_status() );
	}
}
