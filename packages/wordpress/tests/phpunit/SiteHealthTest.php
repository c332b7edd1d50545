<?php
/**
 * Site Health: registration, evaluation, and the HTTP probe run from this process
 * (a separate process from php -S, so the loopback request does not deadlock).
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_site_health_probe
 */
final class SiteHealthTest extends CC_Signals_TestCase {

	public function test_async_test_is_registered(): void {
		$tests = apply_filters( 'site_status_tests', array( 'direct' => array(), 'async' => array() ) );
		$this->assertArrayHasKey( 'cc_signals_outputs', $tests['async'] );
		$this->assertTrue( $tests['async']['cc_signals_outputs']['has_rest'] );
		$this->assertStringContainsString( 'cc-signals/v1/site-health', $tests['async']['cc_signals_outputs']['test'] );
		$this->assertStringContainsString( 'cc-signals/v1/site-health-media', $tests['async']['cc_signals_media']['test'] );
	}

	public function test_probe_fetches_a_live_post_over_http(): void {
		$id = (int) getenv( 'CC_SIGNALS_PROBE_POST' );
		if ( ! $id ) {
			$this->markTestSkipped( 'CC_SIGNALS_PROBE_POST not set: run through scripts/run-phpunit.mjs' );
		}
		$probe = cc_signals_site_health_probe( $id );
		$this->assertSame( '', $probe['error'] );
		$this->assertSame( 200, $probe['status'] );
		$this->assertSame( 'train-ai=n;exceptions=cc-cr', $probe['expected'] );
		$this->assertSame( 'train-ai=n;exceptions=cc-cr', $probe['header'] );
		$this->assertTrue( $probe['meta'] );
		$this->assertSame( 'good', cc_signals_site_health_evaluate( $probe )['status'] );
	}

	public function test_evaluation_reports_a_missing_header(): void {
		$probe  = array( 'url' => 'https://example.org/p/', 'expected' => 'train-ai=n', 'error' => '', 'status' => 200, 'header' => '', 'meta' => true ); // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
		$result = cc_signals_site_health_evaluate( $probe );
		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( 'Content-Usage: train-ai=n', $result['description'] );
		$this->assertStringContainsString( 'Cached pages', $result['description'], 'names the fix for a page cache' );
		$this->assertStringContainsString( '#cc-signals-cached-pages', $result['actions'], 'links to the page-cache snippet' );
		$probe['error'] = 'timed out';
		$this->assertStringContainsString( 'timed out', cc_signals_site_health_evaluate( $probe )['description'] );
		$this->assertSame( 'good', cc_signals_site_health_evaluate( null )['status'] );
	}

	public function test_rest_endpoint_needs_site_health_capability(): void {
		$this->login( 'editor' );
		$this->assertSame( 403, rest_do_request( new WP_REST_Request( 'GET', '/cc-signals/v1/site-health' ) )->get_status() );
		$this->assertSame( 403, rest_do_request( new WP_REST_Request( 'GET', '/cc-signals/v1/site-health-media' ) )->get_status() );
	}
}
