<?php
/**
 * What each hook outputs: headers list, head tags, robots.txt, feeds, tdmrep.json, block.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_headers_for_request
 */
final class OutputsTest extends CC_Signals_TestCase {

	public function test_headers_for_a_single_post(): void {
		$id = $this->post( array(), 'cc-cr' );
		$this->go_to( 'p=' . $id );
		$this->assertSame(
			array(
				'Content-Usage' => 'train-ai=n;exceptions=cc-cr',
				'Link'          => '<https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.1>; rel="https://cc-signals.org/ns/1.0/signal"',
			),
			cc_signals_headers_for_request()
		);
	}

	public function test_headers_with_every_option(): void {
		$this->settings( array( 'outputs' => array( 'tdmrep' => true, 'tdm_policy_url' => 'https://example.org/policy.json', 'noai' => true, 'rsl_license_url' => 'https://example.org/rsl.xml' ) ) );
		$id = $this->post( array( 'post_type' => 'page' ), 'disallow' );
		$this->go_to( 'page_id=' . $id );
		$headers = cc_signals_headers_for_request();
		$this->assertSame( 'train-ai=n', $headers['Content-Usage'] );
		$this->assertSame( '1', $headers['tdm-reservation'] );
		$this->assertSame( 'https://example.org/policy.json', $headers['tdm-policy'] );
		$this->assertSame( 'noai, noimageai', $headers['X-Robots-Tag'] );
		$this->assertStringContainsString( '<https://example.org/rsl.xml>; rel="license"; type="application/rsl+xml"', $headers['Link'] );
	}

	public function test_headers_for_archives_use_the_post_type_default(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'], 'post_type_defaults' => array( 'post' => cc_signals_preset( 'cc-cr-dc' )['intent'] ) ) );
		$this->post();
		$this->go_to( '' );
		$this->assertSame( 'train-ai=n;exceptions=cc-cr-dc', cc_signals_headers_for_request()['Content-Usage'] );
		$this->go_to( 'feed=rss2' );
		$this->assertTrue( is_feed() );
		$this->assertSame( 'train-ai=n;exceptions=cc-cr-dc', cc_signals_headers_for_request()['Content-Usage'] );
	}

	public function test_no_headers_when_switched_off_or_nothing_stated(): void {
		$id = $this->post();
		$this->go_to( 'p=' . $id );
		$this->assertSame( array(), cc_signals_headers_for_request() );
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'], 'outputs' => array( 'header' => false ) ) );
		$this->assertSame( array(), cc_signals_headers_for_request() );
	}

	public function test_wp_head_prints_meta_and_licence_link(): void {
		$id = $this->post( array(), 'cc-cr' );
		$this->go_to( 'p=' . $id );
		$html = $this->capture( 'cc_signals_print_head' );
		$this->assertStringContainsString( '<meta name="content-usage" content="train-ai=n;exceptions=cc-cr">', $html );
		$this->assertStringContainsString( '<link rel="https://cc-signals.org/ns/1.0/signal" href="https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.1" title="CC Credit 0.1">', $html );
		$this->settings( array( 'outputs' => array( 'head_tags' => false ) ) );
		$this->assertSame( '', $this->capture( 'cc_signals_print_head' ) );
	}

	public function test_noai_goes_into_wordpress_robots_meta(): void {
		$this->settings( array( 'outputs' => array( 'noai' => true ) ) );
		$id = $this->post( array(), 'cc-cr' );
		$this->go_to( 'p=' . $id );
		$robots = $this->capture( 'wp_robots' );
		$this->assertStringContainsString( 'noai, noimageai', $robots );
		$this->assertStringNotContainsString( 'name="robots"', $this->capture( 'cc_signals_print_head' ) );
	}

	public function test_robots_txt_appends_to_wordpress_group(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'], 'outputs' => array( 'rsl_license_url' => 'https://example.org/rsl.xml' ) ) );
		$own   = $this->post( array( 'post_name' => 'open-post' ), 'allow' );
		$same  = $this->post( array( 'post_name' => 'same-post' ), 'disallow' );
		$draft = $this->post( array( 'post_name' => 'draft-post', 'post_status' => 'draft' ), 'allow' );
		$text  = $this->capture( 'do_robots' );
		$this->assertMatchesRegularExpression( "~^User-agent: \\*\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nContent-Usage: train-ai=n\n(Content-Usage: /[a-z-]+/ .*\n)*Content-Usage: /open-post/ train-ai=y\n~", $text );
		$this->assertStringNotContainsString( 'same-post', $text );
		$this->assertStringNotContainsString( 'draft-post', $text );
		$this->assertMatchesRegularExpression( '/\n\nLicense: https:\/\/example.org\/rsl.xml\n$/', $text );
		$this->assertSame( 1, substr_count( $text, 'User-agent: *' ) );
	}

	public function test_robots_txt_has_no_license_record_when_rsl_would_state_nothing(): void {
		// Allowed AI training without the anyAiTraining opt-in: RSL's wider ai-train is not permitted, so nothing is licensed.
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'], 'outputs' => array( 'rsl_license_url' => 'https://example.org/rsl.xml' ) ) );
		$this->post( array( 'post_name' => 'also-open' ), 'allow' );
		delete_post_meta( (int) getenv( 'CC_SIGNALS_PROBE_POST' ), '_cc_signals' ); // The seeded probe's cc-cr would be licensed (rolled back).
		$this->assertStringNotContainsString( 'License:', $this->capture( 'do_robots' ) );
		$this->assertStringNotContainsString( 'License:', cc_signals_settings_preview()['robots'] );
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'], 'outputs' => array( 'rsl_license_url' => 'https://example.org/rsl.xml', 'any_ai_training' => true ) ) );
		$this->assertStringContainsString( 'License: https://example.org/rsl.xml', $this->capture( 'do_robots' ) );
	}

	public function test_robots_txt_post_type_default_at_its_path(): void {
		register_post_type( 'book', array( 'public' => true, 'show_ui' => true, 'has_archive' => true, 'rewrite' => array( 'slug' => 'books' ) ) );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'], 'post_type_defaults' => array( 'book' => cc_signals_preset( 'cc-cr' )['intent'] ) ) );
		$lines = cc_signals_robots_group_lines( cc_signals_robots_rules(), cc_signals_emit_options() );
		$this->assertContains( 'Content-Usage: /books/ train-ai=n;exceptions=cc-cr', $lines );
		unregister_post_type( 'book' );
	}

	public function test_robots_insertion_without_a_star_group(): void {
		$this->assertSame( "User-agent: x\nDisallow: /\nContent-Usage: train-ai=n\n\nUser-agent: *\nContent-Usage: train-ai=n\n", cc_signals_insert_robots_lines( "User-agent: x\nDisallow: /\n", array( 'Content-Usage: train-ai=n' ), array() ) );
		$this->assertSame( "User-agent: a\nUser-agent: *\nAllow: /\nX: 1\nUser-agent: b\nDisallow: /\nX: 1\n", cc_signals_insert_robots_lines( "User-agent: a\nUser-agent: *\nAllow: /\nUser-agent: b\nDisallow: /\n", array( 'X: 1' ), array() ), 'every group a crawler may select' );
	}

	public function test_rss2_hooks(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'cc-cr' )['intent'] ) );
		$own = $this->post( array(), 'cc-cr-op' );
		$this->go_to( 'feed=rss2' );
		$this->assertSame( "\n\txmlns:ccs=\"https://cc-signals.org/ns/1.0/\"", $this->capture( 'cc_signals_rss2_ns' ) );
		$this->assertStringContainsString( '<ccs:content-usage>train-ai=n;exceptions=cc-cr</ccs:content-usage>', $this->capture( 'cc_signals_rss2_head' ) );
		$GLOBALS['post'] = get_post( $own ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$this->assertStringContainsString( '<ccs:content-usage>train-ai=n;exceptions=cc-cr-op</ccs:content-usage>', $this->capture( 'cc_signals_rss2_item' ) );
		$GLOBALS['post'] = get_post( $this->post() ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$this->assertSame( '', $this->capture( 'cc_signals_rss2_item' ), 'an item like the channel states nothing' );
	}

	public function test_whole_rss_feed_is_well_formed(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'cc-cr' )['intent'], 'outputs' => array( 'rsl_license_url' => 'https://example.org/rsl.xml' ) ) );
		$this->post( array(), 'cc-cr-ec' );
		$this->go_to( 'feed=rss2' );
		$xml = $this->capture( static fn() => load_template( ABSPATH . WPINC . '/feed-rss2.php', false ) );
		$doc = new DOMDocument();
		$this->assertTrue( @$doc->loadXML( $xml ), $xml ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
		$this->assertSame( 'https://cc-signals.org/ns/1.0/', $doc->documentElement->lookupNamespaceURI( 'ccs' ) );
		$this->assertGreaterThan( 0, $doc->getElementsByTagNameNS( 'https://rslstandard.org/rsl', 'content' )->length );
	}

	public function test_atom_hooks_and_feed_well_formed(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'] ) );
		$this->post( array(), 'disallow' );
		$this->go_to( 'feed=atom' );
		$xml = $this->capture( static fn() => load_template( ABSPATH . WPINC . '/feed-atom.php', false ) );
		$doc = new DOMDocument();
		$this->assertTrue( @$doc->loadXML( $xml ), $xml ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
		$values = array();
		foreach ( $doc->getElementsByTagNameNS( 'https://cc-signals.org/ns/1.0/', 'content-usage' ) as $node ) {
			$values[] = $node->parentNode->localName . ':' . $node->textContent;
		}
		$this->assertContains( 'feed:train-ai=y', $values );
		$this->assertContains( 'entry:train-ai=n', $values );
	}

	public function test_feed_output_switched_off(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'allow' )['intent'], 'outputs' => array( 'feeds' => false ) ) );
		$this->go_to( 'feed=rss2' );
		$this->assertSame( '', $this->capture( 'cc_signals_rss2_ns' ) . $this->capture( 'cc_signals_rss2_head' ) );
	}

	public function test_tdmrep_document_and_route(): void {
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$free = $this->post( array( 'post_name' => 'free' ) );
		update_post_meta( $free, '_cc_signals', array( 'categories' => array( 'train-ai' => array( 'choice' => 'allow' ), 'search' => array( 'choice' => 'allow' ) ) ) );
		$this->assertFalse( cc_signals_is_tdmrep_request( '.well-known/tdmrep.json' ), 'off by default' );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'], 'outputs' => array( 'tdmrep' => true ) ) );
		$this->assertTrue( cc_signals_is_tdmrep_request( '.well-known/tdmrep.json' ) );
		$text = cc_signals_tdmrep_document();
		$json = json_decode( $text, true );
		$this->assertContains( array( 'location' => '/*', 'tdm-reservation' => 1 ), $json );
		$this->assertContains( array( 'location' => '/free/*', 'tdm-reservation' => 0 ), $json, $text );
	}

	public function test_declaration_block_renders_the_post_declaration(): void {
		$this->assertTrue( WP_Block_Type_Registry::get_instance()->is_registered( 'cc-signals/declaration' ) );
		$id   = $this->post( array(), 'cc-cr' );
		$html = render_block( array( 'blockName' => 'cc-signals/declaration', 'attrs' => array(), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
		$this->assertStringContainsString( 'no preference', $html, 'no post in context: site default (none)' );
		$block = new WP_Block( array( 'blockName' => 'cc-signals/declaration', 'attrs' => array(), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ), array( 'postId' => $id ) );
		$html  = $block->render();
		$this->assertStringContainsString( 'class="wp-block-cc-signals-declaration"', $html );
		$this->assertStringContainsString( 'data-content-usage="train-ai=n;exceptions=cc-cr"', $html );
		$this->assertStringContainsString( 'data-signal="cc-cr"', $html );
		$this->assertStringContainsString( '<a href="https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.1" rel="https://cc-signals.org/ns/1.0/signal">', $html );
	}
}
