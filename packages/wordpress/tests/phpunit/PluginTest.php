<?php
/**
 * Plugin header, constants, hooks and i18n.
 *
 * @package CC_Signals
 */

/**
 * @coversNothing
 */
final class PluginTest extends CC_Signals_TestCase {

	public function test_plugin_header(): void {
		$data = get_plugin_data( CC_SIGNALS_PLUGIN_FILE, false, false );
		$this->assertSame( 'CC Signals', $data['Name'] );
		$this->assertSame( '6.6', $data['RequiresWP'] );
		$this->assertSame( '8.0', $data['RequiresPHP'] );
		$this->assertSame( 'cc-signals', $data['TextDomain'] );
		$this->assertSame( 'GPL-2.0-or-later', $data['License'] ?? get_file_data( CC_SIGNALS_PLUGIN_FILE, array( 'License' => 'License' ) )['License'] );
		$this->assertSame( CC_SIGNALS_VERSION, $data['Version'] );
		$this->assertSame( realpath( dirname( __DIR__, 2 ) ) . '/', CC_SIGNALS_PLUGIN_DIR );
	}

	public function test_readme_sections(): void {
		$readme = (string) file_get_contents( CC_SIGNALS_PLUGIN_DIR . 'readme.txt' );
		foreach ( array( '=== CC Signals ===', '== Description ==', '== Installation ==', '== Frequently Asked Questions ==', '== Changelog ==', 'Stable tag: ' . CC_SIGNALS_VERSION ) as $part ) {
			$this->assertStringContainsString( $part, $readme );
		}
	}

	public function test_hooks_are_attached(): void {
		foreach ( cc_signals_frontend_hooks() as $hook ) {
			$this->assertSame( $hook[2], has_filter( $hook[0], $hook[1] ), $hook[0] );
		}
		$this->assertSame( 0, has_action( 'init', 'cc_signals_load_textdomain' ) );
		$this->assertNotFalse( has_filter( 'site_status_tests', 'cc_signals_site_status_tests' ) );
		$this->assertNotFalse( has_action( 'enqueue_block_editor_assets', 'cc_signals_enqueue_editor_assets' ) );
	}

	public function test_front_end_requests_load_no_admin_code_and_rest_requests_do(): void {
		$result  = $this->front_end_process( '$block = static function () { $b = WP_Block_Type_Registry::get_instance()->get_registered( "cc-signals/declaration" ); return array( $b->is_dynamic(), $b->title, $b->supports["spacing"] ?? null ); }; $front = array( function_exists( "cc_signals_render_settings_page" ), has_filter( "pre_get_posts", "cc_signals_apply_filter" ), function_exists( "cc_signals_feed_head_xml" ), $block() ); rest_get_server(); echo "\n" . wp_json_encode( array( $front, array( function_exists( "cc_signals_rest_preview" ), false !== has_action( "site_status_tests", "cc_signals_site_status_tests" ), $block() ) ) );' );
		$spacing = array(
			'margin'  => true,
			'padding' => true,
		);
		// The front end registers the block from cc_signals_block_render_args(); REST from block.json, with its title.
		$this->assertSame(
			array(
				array( false, false, true, array( true, '', $spacing ) ),
				array( true, true, array( true, 'AI usage declaration', $spacing ) ),
			),
			$result
		);
	}

	public function test_front_end_block_registration_agrees_with_block_json(): void {
		$json = wp_json_file_decode( CC_SIGNALS_PLUGIN_DIR . 'block.json', array( 'associative' => true ) );
		$args = cc_signals_block_render_args();
		$this->assertSame( $json['apiVersion'], $args['api_version'] );
		$this->assertSame( $json['attributes'], $args['attributes'] );
		$this->assertSame( $json['usesContext'], $args['uses_context'] );
		$this->assertSame( $json['supports'], $args['supports'] );
		$this->assertSame( 'cc_signals_render_declaration_block', $args['render_callback'] );
	}

	public function test_block_is_registered_and_its_editor_script_loads_in_editors_only(): void {
		$block = WP_Block_Type_Registry::get_instance()->get_registered( 'cc-signals/declaration' );
		$this->assertNotNull( $block );
		$this->assertTrue( $block->is_dynamic() );
		$this->assertFalse( wp_script_is( 'cc-signals-declaration-editor', 'registered' ), 'no script is registered on init' );
		do_action( 'enqueue_block_editor_assets' );
		$this->assertTrue( wp_script_is( 'cc-signals-declaration-editor', 'enqueued' ) );
	}

	public function test_every_ui_string_uses_the_text_domain(): void {
		$files = array_merge( glob( CC_SIGNALS_PLUGIN_DIR . 'includes/*.php' ), array( CC_SIGNALS_PLUGIN_DIR . 'load.php' ) );
		foreach ( $files as $file ) {
			$code = (string) file_get_contents( $file );
			$string = '\'(?:[^\'\\\\]|\\\\.)*\'';
			preg_match_all( '/\b(?:__|esc_html__|esc_attr__|_e|esc_html_e|_x)\(\s*' . $string . '\s*(,\s*\'([^\']*)\')?/', $code, $calls, PREG_SET_ORDER );
			// _n( single, plural, number, domain ).
			preg_match_all( '/\b_n\(\s*' . $string . '\s*,\s*' . $string . '\s*,[^,]+(,\s*\'([^\']*)\')?/', $code, $plurals, PREG_SET_ORDER );
			foreach ( array_merge( $calls, $plurals ) as $call ) {
				$this->assertSame( 'cc-signals', $call[2] ?? '', basename( $file ) . ': ' . $call[0] );
			}
		}
	}
}
