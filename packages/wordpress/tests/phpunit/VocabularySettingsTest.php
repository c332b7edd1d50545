<?php
/**
 * Settings → AI usage → Vocabulary: draft -07 (the default) or draft -08 (a working
 * draft without the working group's consensus), and "Also write previous labels"
 * (EmitOptions `vocabulary` and `transitionLabels`), through REST, the form and
 * what crawlers read. Stored AI Use choices survive a switch back to -07.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_validate_outputs
 * @covers ::cc_signals_validate_intent_setting
 * @covers ::cc_signals_apply_vocabulary_setting
 */
final class VocabularySettingsTest extends CC_Signals_TestCase {

	const DRAFT_07 = 'draft-ietf-aipref-vocab-07';
	const DRAFT_08 = 'draft-ietf-aipref-vocab-08';

	protected function setUp(): void {
		parent::setUp();
		$this->login( 'admin' );
		$this->settings( array( 'outputs' => array( 'content_signal' => true ) ) );
	}

	protected function tearDown(): void {
		parent::tearDown();
		cc_signals_apply_vocabulary_setting(); // The rollback restored the option without its hooks.
	}

	public function test_draft_07_is_the_default(): void {
		$this->assertSame( self::DRAFT_07, cc_signals_default_settings()['outputs']['vocabulary'] );
		$this->assertFalse( cc_signals_default_settings()['outputs']['transition_labels'] );
		$this->assertSame( self::DRAFT_07, cc_signals_vocabulary()['id'] );
		$this->assertArrayNotHasKey( 'vocabulary', cc_signals_emit_options() ); // The default goes unstated, as in core.
		$this->assertArrayNotHasKey( 'transitionLabels', cc_signals_emit_options() );
	}

	public function test_selecting_draft_08_and_ai_use_in_one_request_reaches_every_output(): void {
		$res = $this->send( array( 'outputs' => array( 'vocabulary' => self::DRAFT_08 ), 'site_default' => $this->ai_use_intent() ) );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$this->assertSame( self::DRAFT_08, cc_signals_vocabulary()['id'] );
		$this->assertSame( self::DRAFT_08, cc_signals_emit_options()['vocabulary'] );
		$robots = $this->robots_txt();
		$this->assertStringContainsString( 'Content-Usage: train-ai=n, ai-use=n;exceptions=cc-cr, search=y', $robots );
		$this->assertStringContainsString( 'Content-Signal: search=yes, ai-train=no, ai-input=no', $robots );
		$headers = cc_signals_signal_headers( cc_signals_site_preferences(), cc_signals_emit_options() );
		$this->assertSame( 'train-ai=n, ai-use=n;exceptions=cc-cr, search=y', $headers['content-usage'] );
		$this->assertSame( array( 'train-ai', 'ai-use', 'search' ), array_column( cc_signals_editor_data()['categories'], 'id' ) );
		$this->assertSame( self::DRAFT_08, cc_signals_editor_data()['vocabulary'] );
	}

	public function test_switching_back_to_draft_07_keeps_ai_use_stored_but_not_written(): void {
		$this->send( array( 'outputs' => array( 'vocabulary' => self::DRAFT_08 ), 'site_default' => $this->ai_use_intent() ) );
		// The form as -08 rendered it, submitted with -07 selected: the AI Use row is unchanged.
		$form = array(
			'site_default' => array(
				'preset'     => 'custom',
				'categories' => array(
					'train-ai' => array( 'choice' => 'disallow' ),
					'ai-use'   => array(
						'choice' => 'disallow',
						'signal' => 'cc-cr',
					),
					'search'   => array( 'choice' => 'allow' ),
				),
			),
			'outputs'      => array(
				'vocabulary'     => self::DRAFT_07,
				'content_signal' => '1',
			),
		);
		update_option( 'cc_signals_settings', cc_signals_sanitize_settings( $form ) );
		$this->assertSame( array(), get_settings_errors( 'cc_signals_settings' ) );
		$this->assertSame( self::DRAFT_07, cc_signals_vocabulary()['id'] );
		$stored = cc_signals_get_settings()['site_default']['categories'];
		$this->assertSame( 'cc-cr', $stored['ai-use']['signal'] );
		$this->assertStringNotContainsString( 'ai-use', $this->robots_txt() );
		$this->assertStringContainsString( 'Content-Usage: train-ai=n, search=y', $this->robots_txt() );
		// A later save of -07 that does not name it keeps it too; -08 again writes it again.
		$this->assertSame( 200, $this->send( array( 'site_default' => array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow' ) ) ) ) )->get_status() );
		$this->assertArrayHasKey( 'ai-use', cc_signals_get_settings()['site_default']['categories'] );
		$this->assertSame( 200, $this->send( array( 'outputs' => array( 'vocabulary' => self::DRAFT_08 ) ) )->get_status() );
		$this->assertStringContainsString( 'ai-use=n;exceptions=cc-cr', $this->robots_txt() );
	}

	/**
	 * @dataProvider invalid_values
	 *
	 * @param array  $body    Settings sent.
	 * @param string $field   Field the error names.
	 * @param string $allowed Part of the allowed values the error lists.
	 */
	public function test_invalid_value_is_a_400_naming_the_field_and_changes_nothing( $body, $field, $allowed ): void {
		$before = get_option( 'cc_signals_settings' );
		$res    = $this->send( $body );
		$this->assertSame( 400, $res->get_status() );
		$message = wp_json_encode( $res->get_data() );
		$this->assertStringContainsString( $field, $message );
		$this->assertStringContainsString( $allowed, $message );
		$this->assertSame( $before, get_option( 'cc_signals_settings' ) );
		$this->assertSame( self::DRAFT_07, cc_signals_vocabulary()['id'] );
	}

	public function invalid_values(): array {
		return array(
			// WordPress's REST schema answers first for a value outside the enum, naming it too.
			'unknown vocabulary' => array( array( 'outputs' => array( 'vocabulary' => 'draft-ietf-aipref-vocab-09' ) ), 'vocabulary', self::DRAFT_08 ),
			'AI Use under -07'   => array( array( 'site_default' => array( 'categories' => array( 'ai-use' => array( 'choice' => 'allow' ) ) ) ), 'ai-use', '"allowed":["train-ai","search"]' ),
			'transition flag'    => array( array( 'outputs' => array( 'transition_labels' => 'maybe' ) ), 'transition_labels', 'boolean' ),
		);
	}

	public function test_the_form_validation_names_the_field_and_the_ids(): void {
		$result = cc_signals_validate_settings( array( 'outputs' => array( 'vocabulary' => 'draft-07' ) ) );
		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertStringContainsString( 'outputs.vocabulary', $result->get_error_message() );
		$this->assertStringContainsString( self::DRAFT_07, $result->get_error_message() );
	}

	public function test_transition_labels_reach_the_emit_options(): void {
		$this->assertSame( 200, $this->send( array( 'outputs' => array( 'transition_labels' => true ) ) )->get_status() );
		$this->assertTrue( cc_signals_emit_options()['transitionLabels'] );
		$this->assertTrue( cc_signals_site()['options']['transitionLabels'] );
	}

	public function test_garbage_stored_vocabulary_falls_back_to_the_default(): void {
		$settings                          = get_option( 'cc_signals_settings' );
		$settings['outputs']['vocabulary'] = array( 'not' => 'an id' );
		update_option( 'cc_signals_settings', $settings );
		$this->assertSame( self::DRAFT_07, cc_signals_vocabulary()['id'] );
		$this->assertStringContainsString( 'Content-Usage:', $this->robots_txt() );
	}

	public function test_the_form_shows_the_select_and_the_checkbox_with_cores_words(): void {
		cc_signals_add_settings_fields();
		$html     = $this->capture( 'cc_signals_render_settings_page' );
		$messages = cc_signals_english_messages();
		$this->assertStringContainsString( 'name="cc_signals_settings[outputs][vocabulary]"', $html );
		$this->assertMatchesRegularExpression( '#<option value="' . self::DRAFT_07 . '" selected=\'selected\'>#', $html );
		$this->assertStringContainsString( esc_html( $messages[ 'emit.vocabulary.' . self::DRAFT_08 ] ), $html );
		$this->assertStringContainsString( 'consensus', $messages[ 'emit.vocabulary.' . self::DRAFT_08 ] );
		$this->assertStringContainsString( esc_html( $messages['emit.vocabulary.help'] ), $html );
		$this->assertStringContainsString( 'name="cc_signals_settings[outputs][transition_labels]"', $html );
		$this->assertStringContainsString( esc_html( $messages['emit.transitionLabels.label'] ), $html );
	}

	/**
	 * A site default with AI Use disallowed except under CC Credit.
	 *
	 * @return array
	 */
	private function ai_use_intent() {
		return array(
			'categories' => array(
				'train-ai' => array( 'choice' => 'disallow' ),
				'ai-use'   => array(
					'choice'        => 'disallow',
					'signal'        => 'cc-cr',
					'signalVersion' => '0.1',
				),
				'search'   => array( 'choice' => 'allow' ),
			),
		);
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
	 * POST /wp/v2/settings with a partial `cc_signals_settings`.
	 *
	 * @param array $settings Partial settings.
	 * @return WP_REST_Response
	 */
	private function send( $settings ) {
		$request = new WP_REST_Request( 'POST', '/wp/v2/settings' );
		$request->set_header( 'content-type', 'application/json' );
		$request->set_body( (string) wp_json_encode( array( 'cc_signals_settings' => $settings ) ) );
		return rest_do_request( $request );
	}
}
