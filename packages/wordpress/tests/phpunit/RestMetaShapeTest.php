<?php
/**
 * Malformed `_cc_signals` values over REST (#10 defect 2): never a PHP fatal; `{}` resets the
 * post to Inherit, every other wrong shape is a 400 naming the field, on create and on update,
 * for every role, and nothing is stored.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_rest_check_meta
 */
final class RestMetaShapeTest extends CC_Signals_TestCase {

	/**
	 * Wrong shapes, as raw JSON, and a part of the field the error must name.
	 */
	public function wrong_shapes(): array {
		$shapes = array(
			'list'              => array( '[]', '_cc_signals' ),
			'list of numbers'   => array( '[1,2]', '_cc_signals' ),
			'categories string' => array( '{"categories":"x"}', '_cc_signals.categories' ),
			'categories null'   => array( '{"categories":null}', '_cc_signals.categories' ),
			'preset'            => array( '{"preset":"cc-cr"}', '_cc_signals.preset' ),
		);
		$cases  = array();
		foreach ( array( 'admin', 'editor', 'author', 'contributor' ) as $role ) {
			foreach ( $shapes as $name => $shape ) {
				$cases[ "$role, $name" ] = array( $role, ...$shape );
			}
		}
		return $cases;
	}

	/**
	 * @dataProvider wrong_shapes
	 */
	public function test_wrong_shape_is_a_400_naming_the_field_on_update( $role, $json, $field ): void {
		$id  = $this->post(
			array(
				'post_author' => $this->login( $role ),
				'post_status' => 'draft',
			),
			'cc-cr'
		);
		$res = $this->send( 'POST', '/wp/v2/posts/' . $id, $json );
		$this->assertSame( 400, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$this->assertStringContainsString( $field, wp_json_encode( $res->get_data() ) );
		$this->assertSame( cc_signals_preset( 'cc-cr' )['intent'], get_post_meta( $id, '_cc_signals', true ), 'unchanged' );
	}

	/**
	 * @dataProvider wrong_shapes
	 */
	public function test_wrong_shape_is_a_400_naming_the_field_on_create( $role, $json, $field ): void {
		$this->login( $role );
		$before = wp_count_posts()->draft;
		$res    = $this->send( 'POST', '/wp/v2/posts', $json );
		$this->assertSame( 400, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$this->assertStringContainsString( $field, wp_json_encode( $res->get_data() ) );
		wp_cache_flush();
		$this->assertSame( $before, wp_count_posts()->draft, 'no post created' );
	}

	public function roles(): array {
		return array(
			'admin'       => array( 'admin' ),
			'editor'      => array( 'editor' ),
			'author'      => array( 'author' ),
			'contributor' => array( 'contributor' ),
		);
	}

	/**
	 * @dataProvider roles
	 */
	public function test_empty_object_resets_to_inherit( $role ): void {
		$id  = $this->post(
			array(
				'post_author' => $this->login( $role ),
				'post_status' => 'draft',
			),
			'cc-cr'
		);
		$res = $this->send( 'POST', '/wp/v2/posts/' . $id, '{}' );
		$this->assertSame( 200, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$this->assertSame( '{"categories":{}}', wp_json_encode( $res->get_data()['meta']['_cc_signals'] ) );
		$this->assertSame( cc_signals_empty_intent(), cc_signals_post_intent( $id ) );

		$res = $this->send( 'POST', '/wp/v2/posts', '{}' );
		$this->assertSame( 201, $res->get_status(), wp_json_encode( $res->get_data() ) );
		$this->assertSame( cc_signals_empty_intent(), cc_signals_post_intent( $res->get_data()['id'] ) );
	}

	/**
	 * Sends `{"status":"draft","meta":{"_cc_signals":<json>}}` as a JSON body.
	 *
	 * @param string $method Method.
	 * @param string $route  Route.
	 * @param string $json   The raw JSON of the meta value.
	 * @return WP_REST_Response
	 */
	private function send( $method, $route, $json ) {
		$request = new WP_REST_Request( $method, $route );
		$request->set_header( 'content-type', 'application/json' );
		$request->set_body( '{"status":"draft","title":"Shape test","meta":{"_cc_signals":' . $json . '}}' );
		return rest_do_request( $request );
	}
}
