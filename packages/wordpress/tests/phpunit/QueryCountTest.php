<?php
/**
 * Performance: the plugin adds no database queries to single posts, archives and feeds.
 *
 * @package CC_Signals
 */

/**
 * @coversNothing
 */
final class QueryCountTest extends CC_Signals_TestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->settings(
			array(
				'site_default'       => cc_signals_preset( 'cc-cr' )['intent'],
				'post_type_defaults' => array( 'page' => cc_signals_preset( 'allow' )['intent'] ),
				'outputs'            => array( 'content_signal' => true, 'tdmrep' => true, 'noai' => true, 'rsl_license_url' => 'https://example.org/rsl.xml' ),
			)
		);
	}

	public function test_option_is_autoloaded(): void {
		wp_cache_flush();
		$this->assertArrayHasKey( 'cc_signals_settings', wp_load_alloptions() );
	}

	/**
	 * @dataProvider pages
	 */
	public function test_no_extra_queries( $kind ): void {
		$ids = array( $this->post( array(), 'cc-cr-op' ), $this->post( array(), 'disallow' ), $this->post() );
		$query = array(
			'single'  => 'p=' . $ids[0],
			'archive' => '',
			'feed'    => 'feed=rss2',
			'atom'    => 'feed=atom',
		)[ $kind ];
		$this->render( $query, true ); // Warm static caches of WordPress itself.
		$without = $this->render( $query, false );
		$with    = $this->render( $query, true );
		$this->assertGreaterThan( 0, $without['queries'], 'the measurement sees queries at all' );
		$this->assertStringContainsString( 'content-usage', $with['output'], 'the plugin did emit' );
		$this->assertStringNotContainsString( 'content-usage', $without['output'] );
		$this->assertSame( $without['queries'], $with['queries'], "extra queries on $kind" );
	}

	public function pages(): array {
		return array(
			'single'  => array( 'single' ),
			'archive' => array( 'archive' ),
			'feed'    => array( 'feed' ),
			'atom'    => array( 'atom' ),
		);
	}

	/**
	 * Renders a request's plugin-touched parts (query, headers, wp_head or the feed) from a cold object cache.
	 *
	 * @param string $query     Query string.
	 * @param bool   $with_hooks Whether the plugin's front-end hooks are attached.
	 * @return array{queries: int, output: string}
	 */
	private function render( $query, $with_hooks ) {
		global $wpdb;
		foreach ( cc_signals_frontend_hooks() as $hook ) {
			$with_hooks ? add_filter( $hook[0], $hook[1], $hook[2] ) : remove_filter( $hook[0], $hook[1], $hook[2] );
		}
		wp_cache_flush();
		$before = $wpdb->num_queries;
		$this->go_to( $query );
		$output = $with_hooks ? wp_json_encode( cc_signals_headers_for_request() ) : '';
		if ( is_feed() ) {
			$template = 'atom' === get_query_var( 'feed' ) ? 'feed-atom.php' : 'feed-rss2.php';
			$output  .= $this->capture( static fn() => load_template( ABSPATH . WPINC . '/' . $template, false ) );
		} else {
			$output .= $this->capture( 'wp_head' );
		}
		$queries = $wpdb->num_queries - $before;
		foreach ( cc_signals_frontend_hooks() as $hook ) {
			add_filter( $hook[0], $hook[1], $hook[2] );
		}
		return array( 'queries' => $queries, 'output' => $output );
	}
}
