<?php
/**
 * Posts list: column, filter, Quick/Bulk Edit saving; classic meta box.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_render_column
 */
final class AdminListTest extends CC_Signals_TestCase {

	protected function tearDown(): void {
		$_REQUEST = array();
		$_POST    = array();
		parent::tearDown();
	}

	public function test_column_prints_preset_and_data_attributes(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$this->assertArrayHasKey( 'cc_signals', cc_signals_add_column( array() ) );
		$own  = $this->post( array(), 'cc-cr' );
		$html = $this->capture( static fn() => cc_signals_render_column( 'cc_signals', $own ) );
		$this->assertStringContainsString( 'class="cc-signals-column" data-cc-signals-preset="cc-cr"', $html );
		$this->assertStringContainsString( 'data-cc-signals-intent="{&quot;categories&quot;', $html );
		$none = $this->post();
		$html = $this->capture( static fn() => cc_signals_render_column( 'cc_signals', $none ) );
		$this->assertStringContainsString( 'data-cc-signals-preset="inherit"', $html );
		$this->assertStringContainsString( '>Default (Disallow)<', $html, 'the preset\'s name, not the wire value' );
		$this->settings(
			array(
				'site_default'       => cc_signals_preset( 'disallow' )['intent'],
				'post_type_defaults' => array( 'post' => cc_signals_preset( 'cc-cr-ec' )['intent'] ),
			)
		);
		$html = $this->capture( static fn() => cc_signals_render_column( 'cc_signals', $none ) );
		$this->assertStringContainsString( '>Default (Disallow except CC Credit + Ecosystem Contribution)<', $html );
		$this->settings( array( 'site_default' => cc_signals_empty_intent() ) );
		$html = $this->capture( static fn() => cc_signals_render_column( 'cc_signals', $none ) );
		$this->assertStringContainsString( '>Default (no preference)<', $html );
		$this->assertSame( '', $this->capture( static fn() => cc_signals_render_column( 'title', $none ) ) );
	}

	public function test_quick_edit_box_has_select_and_nonce(): void {
		$html = $this->capture( static fn() => cc_signals_inline_edit_box( 'cc_signals', 'post' ) );
		$this->assertStringContainsString( '<select class="cc-signals-preset" name="cc_signals_preset">', $html );
		$this->assertStringContainsString( 'name="cc_signals_inline_nonce"', $html );
	}

	public function test_inline_save_needs_nonce_and_capability(): void {
		$author = $this->login( 'author' );
		$mine   = $this->post( array( 'post_author' => $author ) );
		$theirs = $this->post( array( 'post_author' => $this->user( 'editor' ) ) );
		$_REQUEST = array( 'cc_signals_preset' => 'cc-cr-op', 'cc_signals_inline_nonce' => 'bad' );
		cc_signals_save_inline_edit( $mine );
		$this->assertFalse( metadata_exists( 'post', $mine, '_cc_signals' ), 'bad nonce' );
		$_REQUEST['cc_signals_inline_nonce'] = wp_create_nonce( 'cc_signals_inline_edit' );
		cc_signals_save_inline_edit( $mine );
		cc_signals_save_inline_edit( $theirs );
		$this->assertSame( 'cc-cr-op', cc_signals_post_intent( $mine )['categories']['train-ai']['signal'] );
		$this->assertFalse( metadata_exists( 'post', $theirs, '_cc_signals' ), 'no edit_post' );
		$_REQUEST['cc_signals_preset'] = '';
		cc_signals_save_inline_edit( $mine );
		$this->assertSame( 'cc-cr-op', cc_signals_post_intent( $mine )['categories']['train-ai']['signal'], 'bulk "no change"' );
	}

	public function test_filter_finds_posts_by_preset(): void {
		$a = $this->post( array(), 'cc-cr' );
		$b = $this->post( array(), 'allow' );
		$c = $this->post();
		$find = static fn( $preset ) => get_posts( array( 'fields' => 'ids', 'posts_per_page' => -1, 'post__in' => array( $a, $b, $c ), 'meta_query' => cc_signals_filter_meta_query( cc_signals_preset( $preset ) ) ) ); // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query
		$this->assertSame( array( $a ), $find( 'cc-cr' ) );
		$this->assertSame( array( $b ), $find( 'allow' ) );
		$this->assertSame( array( $c ), $find( 'inherit' ) );
	}

	public function test_classic_meta_box_saves_with_nonce(): void {
		$author = $this->login( 'author' );
		$id     = $this->post( array( 'post_author' => $author ) );
		$html   = $this->capture( static fn() => cc_signals_render_meta_box( get_post( $id ) ) );
		$this->assertStringContainsString( 'name="cc_signals_meta[preset]"', $html );
		$_POST = array(
			'cc_signals_meta_box_nonce' => wp_create_nonce( 'cc_signals_meta_box_' . $id ),
			'cc_signals_meta'           => array( 'preset' => 'custom', 'categories' => array( 'search' => array( 'choice' => 'disallow', 'signal' => 'cc-cr' ), 'train-ai' => array( 'choice' => 'inherit', 'signal' => '' ) ) ),
		);
		cc_signals_save_meta_box( $id );
		$this->assertSame( array( 'categories' => array( 'search' => array( 'choice' => 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.1' ) ) ), cc_signals_post_intent( $id ) );
		$_POST['cc_signals_meta_box_nonce'] = 'bad';
		$_POST['cc_signals_meta']           = array( 'preset' => 'allow' );
		cc_signals_save_meta_box( $id );
		$this->assertSame( 'disallow', cc_signals_post_intent( $id )['categories']['search']['choice'] );
	}

	public function test_editor_data_for_the_panel(): void {
		$this->settings( array( 'post_type_defaults' => array( 'page' => cc_signals_preset( 'allow' )['intent'] ) ) );
		$json = wp_json_encode( cc_signals_editor_data() );
		$this->assertStringContainsString( '"metaKey":"_cc_signals"', $json );
		$this->assertStringContainsString( '"siteDefault":{"categories":{}}', $json );
		$this->assertStringContainsString( '"page":{"categories":{"train-ai":{"choice":"allow"}}}', $json );
	}
}
