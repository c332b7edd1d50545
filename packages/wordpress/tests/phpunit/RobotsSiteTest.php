<?php
/**
 * robots.txt for a real site: the cache and what invalidates it, the size
 * strategy and what Site Health is told, media files, the item query.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_robots_cached
 * @covers ::cc_signals_robots_omitted
 * @covers ::cc_signals_filter_robots_txt
 */
class RobotsSiteTest extends CC_Signals_TestCase {

	/**
	 * The robots.txt WordPress would serve.
	 *
	 * @return string
	 */
	private function robots_txt() {
		return (string) apply_filters( 'robots_txt', "User-agent: *\nDisallow: /wp-admin/\n", true );
	}

	public function test_rules_are_cached_until_a_choice_or_a_default_changes(): void {
		update_option( 'permalink_structure', '/%postname%/' );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$id = $this->post( array( 'post_name' => 'cached' ), 'allow' );
		$this->assertStringContainsString( 'Content-Usage: /cached/ train-ai=y', $this->robots_txt() );
		$this->assertIsArray( get_option( 'cc_signals_robots_cache' ), 'cached after the first robots.txt' );

		global $wpdb;
		$before = $wpdb->num_queries;
		$this->robots_txt();
		$this->assertSame( 0, $wpdb->num_queries - $before, 'a small site\'s cached robots.txt is read from an autoloaded option' );
		$this->assertArrayHasKey( 'cc_signals_robots_text', wp_load_alloptions() );

		update_post_meta( $id, '_cc_signals', cc_signals_preset( 'cc-cr' )['intent'] );
		$this->assertFalse( get_option( 'cc_signals_robots_cache' ), 'a choice flushes the cache' );
		$this->assertFalse( get_option( 'cc_signals_robots_text' ), 'and the texts' );
		$this->assertStringContainsString( 'Content-Usage: /cached/ train-ai=n;exceptions=cc-cr', $this->robots_txt() );

		$this->settings( array( 'site_default' => cc_signals_preset( 'cc-cr' )['intent'] ) );
		$this->assertStringNotContainsString( '/cached/', $this->robots_txt(), 'a default flushes it too: the post now agrees with it' );

		update_option( 'permalink_structure', '/%year%/%postname%/' );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$this->assertMatchesRegularExpression( '~Content-Usage: /\d{4}/cached/ ~', $this->robots_txt() );
	}

	public function test_big_sites_stay_under_the_limit_newest_first_and_site_health_is_told(): void {
		update_option( 'permalink_structure', '/%postname%/' );
		$this->settings(
			array(
				'site_default' => cc_signals_preset( 'disallow' )['intent'],
				'outputs'      => array( 'content_signal' => true ),
			)
		);
		$ids = array();
		for ( $i = 0; $i < 30; $i++ ) {
			$ids[] = $this->post(
				array(
					'post_name' => 'post-' . $i,
					'post_date' => gmdate( 'Y-m-d H:i:s', strtotime( '2026-01-01' ) + $i * DAY_IN_SECONDS ),
				),
				0 === $i % 2 ? 'cc-cr' : 'allow'
			);
		}
		add_filter( 'cc_signals_robots_max_bytes', fn() => 2000 );
		$text = $this->robots_txt();
		$this->assertLessThanOrEqual( 2000, strlen( $text ) );
		$this->assertStringContainsString( '/post-29/', $text, 'the newest post is listed' );
		$this->assertStringNotContainsString( '/post-0/', $text, 'the oldest is left out' );
		$omitted = cc_signals_robots_omitted();
		$this->assertNotEmpty( $omitted );
		$this->assertSame( array( 'size' ), array_values( array_unique( array_column( $omitted, 'reason' ) ) ) );
		$this->assertContains( (string) $ids[0], array_column( $omitted, 'id' ) );
		$this->assertNotContains( (string) $ids[29], array_column( $omitted, 'id' ) );
		$this->assertSame( 1, substr_count( $text, 'a condition Content-Signal cannot express' ), 'each comment once' );
	}

	public function test_plain_permalinks_are_left_to_the_page_and_reported(): void {
		update_option( 'permalink_structure', '' );
		$this->settings( array( 'site_default' => cc_signals_preset( 'disallow' )['intent'] ) );
		$id   = $this->post( array(), 'allow' );
		$text = $this->robots_txt();
		$this->assertSame( 1, preg_match_all( '/^Content-Usage: /m', $text ), $text );
		$this->assertContains(
			array(
				'id'     => (string) $id,
				'path'   => '/?p=' . $id,
				'reason' => 'query',
			),
			cc_signals_robots_omitted()
		);
	}

	public function test_media_files_get_rules_at_their_upload_path(): void {
		$this->settings(
			array(
				'site_default'       => cc_signals_preset( 'allow' )['intent'],
				'post_type_defaults' => array( 'attachment' => cc_signals_preset( 'disallow' )['intent'] ),
			)
		);
		$id = wp_insert_attachment(
			array(
				'post_title'     => 'Pic',
				'post_mime_type' => 'image/png',
				'post_status'    => 'inherit',
			)
		);
		update_post_meta( $id, '_wp_attached_file', '2026/01/pic.png' );
		update_post_meta( $id, '_cc_signals', cc_signals_preset( 'cc-cr' )['intent'] );
		$uploads = cc_signals_uploads_path();
		$text    = $this->robots_txt();
		$this->assertStringContainsString( 'Content-Usage: ' . $uploads . ' train-ai=n', $text, 'the media default covers the uploads folder' );
		$this->assertStringContainsString( 'Content-Usage: ' . $uploads . '2026/01/pic.png train-ai=n;exceptions=cc-cr', $text );
	}
}
