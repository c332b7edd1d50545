<?php
/**
 * What is computed once per request (settings, feed items rendered once per choice) must
 * still follow every change and give each item its own link and statement.
 *
 * @package CC_Signals
 */

/**
 * Per-request work: memos (feed items, settings), the escaping fast path, front-end meta
 * registration, the robots.txt code loaded on demand.
 */
class RequestMemoTest extends CC_Signals_TestCase {

	/**
	 * Every item of a feed, read with DOM: link => array( content-usage or '', rsl:content url ).
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	private function feed_items() {
		$this->go_to( 'feed=rss2' );
		$doc = new DOMDocument();
		$xml = $this->capture( static fn() => load_template( ABSPATH . WPINC . '/feed-rss2.php', false ) );
		$this->assertTrue( @$doc->loadXML( $xml ), $xml ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
		$items = array();
		foreach ( $doc->getElementsByTagName( 'item' ) as $item ) {
			$usage = $item->getElementsByTagNameNS( CC_SIGNALS_NAMESPACE, 'content-usage' )->item( 0 );
			$rsl   = $item->getElementsByTagNameNS( CC_SIGNALS_RSL_NAMESPACE, 'content' )->item( 0 );
			$items[ $item->getElementsByTagName( 'link' )->item( 0 )->textContent ] = array( $usage ? $usage->textContent : '', $rsl ? $rsl->getAttribute( 'url' ) : '' );
		}
		return $items;
	}

	public function test_feed_items_sharing_a_choice_keep_their_own_link_and_statement(): void {
		// With any_ai_training, RSL states every item's terms, each with its link.
		$this->settings( array( 'site_default' => cc_signals_preset( 'cc-cr' )['intent'], 'outputs' => array( 'rsl_license_url' => 'https://example.org/rsl.xml', 'any_ai_training' => true ) ) );
		$expected = array();
		foreach ( array( 'allow', 'allow', null, 'cc-cr-ec', null, 'allow' ) as $i => $preset ) {
			$id                                = $this->post( array( 'post_date' => gmdate( 'Y-m-d H:i:s', time() - 60 * ( $i + 1 ) ) ), $preset );
			$expected[ get_permalink( $id ) ] = array( null === $preset ? '' : cc_signals_serialize_content_usage( cc_signals_preferences_for_post( $id ) ), get_permalink( $id ) );
		}
		add_filter( 'post_link', static fn( $link ) => $link . ( false === strpos( $link, '?' ) ? '?' : '&' ) . 'a=1&b=2' );
		$escaped = array();
		foreach ( $expected as $link => $item ) {
			$with             = $link . ( false === strpos( $link, '?' ) ? '?' : '&' ) . 'a=1&b=2';
			$escaped[ $with ] = array( $item[0], $with );
		}
		$items = $this->feed_items();
		foreach ( $escaped as $link => $item ) {
			$this->assertSame( $item, $items[ $link ] ?? null, $link . ' in ' . wp_json_encode( $items ) );
		}
		$this->assertSame( 'train-ai=y', $escaped[ array_key_first( $escaped ) ][0] );
	}

	public function test_feed_follows_a_settings_change_within_the_request(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'] ) );
		$id   = $this->post( array(), 'disallow' );
		$link = get_permalink( $id );
		$this->assertSame( 'train-ai=n', $this->feed_items()[ $link ][0] );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$this->assertSame( '', $this->feed_items()[ $link ][0], 'now like the channel: no statement of its own' );
		update_post_meta( $id, '_cc_signals', cc_signals_preset( 'cc-cr' )['intent'] );
		$this->assertSame( 'train-ai=n;exceptions=cc-cr', $this->feed_items()[ $link ][0] );
	}

	public function test_an_item_outside_the_main_query_gets_its_own_elements(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'], 'outputs' => array( 'rsl_license_url' => 'https://example.org/rsl.xml' ) ) );
		$listed = $this->post( array(), 'disallow' );
		$this->go_to( 'feed=rss2' );
		$other = $this->post( array( 'post_status' => 'draft' ), 'cc-cr' ); // Not in the feed's query: a custom loop's post.
		$this->assertStringContainsString( '<ccs:content-usage>train-ai=n</ccs:content-usage>', cc_signals_feed_item_xml( 'rss2', $listed ) );
		$xml = cc_signals_feed_item_xml( 'rss2', $other );
		$this->assertStringContainsString( '<ccs:content-usage>train-ai=n;exceptions=cc-cr</ccs:content-usage>', $xml );
		$this->assertStringContainsString( 'url="' . cc_signals_xml_value( get_permalink( $other ) ) . '"', $xml );
	}

	public function test_settings_are_read_again_when_the_option_or_its_filter_changes(): void {
		$this->settings( array( 'outputs' => array( 'noai' => false ) ) );
		$this->assertFalse( cc_signals_get_settings()['outputs']['noai'] );
		$this->settings( array( 'outputs' => array( 'noai' => true ) ) );
		$this->assertTrue( cc_signals_get_settings()['outputs']['noai'] );
		$this->assertTrue( cc_signals_emit_options()['noai'] );
		$filter = static function ( $value ) {
			$value['outputs']['noai'] = false;
			return $value;
		};
		add_filter( 'option_cc_signals_settings', $filter );
		$this->assertFalse( cc_signals_emit_options()['noai'] );
		remove_filter( 'option_cc_signals_settings', $filter );
		$this->assertTrue( cc_signals_emit_options()['noai'] );
	}

	public function test_xml_value_leaves_plain_text_and_escapes_the_rest(): void {
		$this->assertSame( 'https://example.org/a-b_c~d/?x=1;y=%20', cc_signals_xml_value( 'https://example.org/a-b_c~d/?x=1;y=%20' ) );
		$this->assertSame( 'a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;&#x9;&#xA;f', cc_signals_xml_value( "a&b <c> \"d\" 'e'\t\nf" ) );
		$this->assertSame( 'xé', cc_signals_xml_value( "x\x01é" ) );
	}

	public function test_front_end_meta_registration_is_light_and_rest_adds_the_schema(): void {
		$result = $this->front_end_process( '$read = static fn() => array( registered_meta_key_exists( "post", "_cc_signals" ), isset( get_registered_meta_keys( "post", "post" )["_cc_signals"]["show_in_rest"]["schema"] ), isset( get_registered_meta_keys( "post", "post" )["_cc_signals"]["default"] ), has_filter( "sanitize_post_meta__cc_signals" ) !== false || has_filter( "sanitize_post_meta__cc_signals_for_post" ) !== false ); $front = $read(); rest_get_server(); echo "\n" . wp_json_encode( array( $front, $read() ) );' );
		$this->assertSame(
			array(
				array( true, false, false, true ),
				array( false, true, true, true ),
			),
			$result
		);
	}

	public function test_pages_skip_the_robots_code_and_robots_txt_loads_it(): void {
		$result = $this->front_end_process( '$read = static fn() => array( function_exists( "cc_signals_robots_site" ), function_exists( "cc_signals_site_robots_rules" ), function_exists( "cc_signals_robots_pattern_matches" ), function_exists( "cc_signals_flush_robots_cache" ) ); $page = $read(); $text = apply_filters( "robots_txt", "User-agent: *\\nDisallow:\\n", true ); echo "\n" . wp_json_encode( array( $page, $read(), str_contains( $text, "Content-Usage:" ) ) );' );
		$this->assertSame(
			array(
				array( false, false, false, true ),
				array( true, true, true, true ),
				true,
			),
			$result
		);
	}
}
