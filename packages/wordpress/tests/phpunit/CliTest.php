<?php
/**
 * CC_Signals_CLI called in-process (no WP-CLI).
 *
 * @package CC_Signals
 */

/**
 * @covers CC_Signals_CLI
 */
final class CliTest extends CC_Signals_TestCase {

	public function test_set_and_get_with_a_preset_and_json(): void {
		$this->login( 'admin' );
		$cli = new CC_Signals_CLI();
		$id  = $this->post();
		$this->assertSame( 'cc-cr-ec', $cli->set( array( $id, 'cc-cr-ec' ) )['categories']['train-ai']['signal'] );
		$got = $cli->get( array( $id ) );
		$this->assertSame( 'cc-cr-ec', $got['preset'] );
		$this->assertSame( 'train-ai=n;exceptions=cc-cr-ec', $got['content_usage'] );
		$cli->set( array( $id, '{"categories":{"search":{"choice":"disallow"},"train-ai":{"choice":"allow"}}}' ) );
		$got = $cli->get( array( $id ) );
		$this->assertSame( 'custom', $got['preset'] );
		$this->assertSame( 'train-ai=y, search=n', $got['content_usage'] );
		$cli->set( array( $id, 'inherit' ) );
		$this->assertFalse( metadata_exists( 'post', $id, '_cc_signals' ) );
	}

	public function test_set_rejects_bad_values_and_foreign_posts(): void {
		$cli = new CC_Signals_CLI();
		$id  = $this->post( array( 'post_author' => $this->user( 'editor' ) ) );
		$this->login( 'admin' );
		$error = $cli->set( array( $id, 'cc-by' ) );
		$this->assertWPError( $error );
		$this->assertStringContainsString( 'cc-cr-op', $error->get_error_message() );
		$this->assertWPError( $cli->set( array( $id, '{"categories":{"train-ai":{"choice":"x"}}}' ) ) );
		$this->assertWPError( $cli->get( array( 999999 ) ) );
		$this->login( 'author' );
		$this->assertWPError( $cli->set( array( $id, 'allow' ) ) );
		$this->assertFalse( metadata_exists( 'post', $id, '_cc_signals' ) );
	}

	public function test_defaults_show_and_set(): void {
		$cli = new CC_Signals_CLI();
		$this->login( 'editor' );
		$this->assertWPError( $cli->defaults( array(), array( 'set' => 'allow' ) ) );
		$this->login( 'admin' );
		$this->assertSame( array( 'categories' => array() ), $cli->defaults() );
		$cli->defaults( array(), array( 'set' => 'cc-cr' ) );
		$cli->defaults( array(), array( 'post-type' => 'page', 'set' => 'allow' ) );
		$this->assertSame( 'cc-cr', $cli->defaults()['categories']['train-ai']['signal'] );
		$this->assertSame( 'allow', $cli->defaults( array(), array( 'post-type' => 'page' ) )['categories']['train-ai']['choice'] );
		$this->assertWPError( $cli->defaults( array(), array( 'post-type' => 'nope', 'set' => 'allow' ) ) );
	}

	public function test_bulk(): void {
		$this->login( 'admin' );
		$cli = new CC_Signals_CLI();
		$a   = $this->post();
		$b   = $this->post();
		$res = $cli->bulk( array( 'disallow', $a, $b, 999999 ) );
		$this->assertTrue( $res[ $a ] );
		$this->assertTrue( $res[ $b ] );
		$this->assertIsString( $res[999999] );
		$this->assertSame( 'disallow', cc_signals_post_intent( $b )['categories']['train-ai']['choice'] );
		$this->assertWPError( $cli->bulk( array( 'nope', $a ) ) );
	}

	/**
	 * Asserts a WP_Error.
	 *
	 * @param mixed $value Value.
	 */
	private function assertWPError( $value ): void {
		$this->assertInstanceOf( WP_Error::class, $value );
	}
}
