<?php
/**
 * No data lost on vocabulary updates: a category id the vocabulary in force no
 * longer has ("retired") stays stored with the post and passes REST unchanged.
 *
 * @package CC_Signals
 */

final class RetiredCategoriesTest extends CC_Signals_TestCase {

	private const RETIRED = array( 'choice' => 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.1' );

	private function post_with_retired_choice(): int {
		$id = $this->post( array( 'post_author' => $this->user( 'author' ) ) );
		update_post_meta( $id, '_cc_signals', array( 'categories' => array( 'train-genai' => self::RETIRED, 'search' => array( 'choice' => 'allow' ) ) ) );
		return $id;
	}

	private function rest_update( int $id, array $value ): WP_REST_Response {
		$request = new WP_REST_Request( 'POST', '/wp/v2/posts/' . $id );
		$request->set_header( 'content-type', 'application/json' );
		$request->set_body( wp_json_encode( array( 'meta' => array( '_cc_signals' => $value ) ) ) );
		return rest_do_request( $request );
	}

	public function test_storage_keeps_a_retired_category_and_output_ignores_it(): void {
		$id = $this->post_with_retired_choice();
		$this->assertSame( self::RETIRED, get_post_meta( $id, '_cc_signals', true )['categories']['train-genai'] );
		$this->assertSame( array( 'search' => array( 'preference' => 'allowed' ) ), cc_signals_intent_to_preferences( cc_signals_post_intent( $id ) ) );
	}

	public function test_an_editor_echoing_the_retired_category_back_keeps_it(): void {
		$id = $this->post_with_retired_choice();
		$this->login( 'author' );
		$sent = array( 'categories' => array( 'train-genai' => self::RETIRED, 'train-ai' => array( 'choice' => 'allow' ) ) );
		$res  = $this->rest_update( $id, $sent );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$stored = get_post_meta( $id, '_cc_signals', true )['categories'];
		$this->assertSame( array( 'train-ai', 'train-genai' ), array_keys( $stored ) );
		$this->assertSame( self::RETIRED, $stored['train-genai'] );
	}

	public function test_a_changed_or_new_unknown_category_is_still_rejected(): void {
		$id = $this->post_with_retired_choice();
		$this->login( 'author' );
		$before = get_post_meta( $id, '_cc_signals', true );
		foreach ( array( 'train-genai' => array( 'choice' => 'allow' ), 'x-new' => array( 'choice' => 'allow' ) ) as $category => $entry ) {
			$res = $this->rest_update( $id, array( 'categories' => array( $category => $entry ) ) );
			$this->assertSame( 400, $res->get_status(), $category );
			$this->assertStringContainsString( 'train-ai', $res->as_error()->get_error_message() );
		}
		$this->assertSame( $before, get_post_meta( $id, '_cc_signals', true ) );
	}
}
