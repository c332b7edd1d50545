<?php
/**
 * Base class: every test runs inside a transaction that is rolled back (as WP_UnitTestCase does).
 *
 * @package CC_Signals
 */

/**
 * Throwaway-DB test case with helpers for users, posts and settings.
 */
abstract class CC_Signals_TestCase extends PHPUnit\Framework\TestCase {

	/**
	 * Snapshot of $wp_filter, restored after each test.
	 *
	 * @var array
	 */
	private $filters;

	/**
	 * Starts a transaction.
	 */
	protected function setUp(): void {
		global $wpdb, $wp_filter;
		$wpdb->query( 'START TRANSACTION' );
		wp_cache_flush();
		$this->filters = array();
		foreach ( $wp_filter as $hook => $object ) {
			$this->filters[ $hook ] = clone $object;
		}
		wp_set_current_user( 0 );
	}

	/**
	 * Rolls back and restores globals.
	 */
	protected function tearDown(): void {
		global $wpdb, $wp_filter, $wp_settings_errors;
		$wpdb->query( 'ROLLBACK' );
		wp_cache_flush();
		$wp_filter          = $this->filters; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$wp_settings_errors = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		wp_set_current_user( 0 );
		$this->reset_query();
	}

	/**
	 * The ID of a seeded user (admin, editor, author, contributor).
	 *
	 * @param string $login Login.
	 * @return int
	 */
	protected function user( $login ) {
		return (int) get_user_by( 'login', $login )->ID;
	}

	/**
	 * Logs in a seeded user.
	 *
	 * @param string $login Login.
	 * @return int User ID.
	 */
	protected function login( $login ) {
		$id = $this->user( $login );
		wp_set_current_user( $id );
		return $id;
	}

	/**
	 * Creates a post.
	 *
	 * @param array       $args   wp_insert_post() args.
	 * @param string|null $preset Preset id for `_cc_signals`, or null.
	 * @return int
	 */
	protected function post( $args = array(), $preset = null ) {
		$id = wp_insert_post(
			array_merge(
				array(
					'post_title'  => 'Test post ' . wp_generate_password( 6, false ),
					'post_status' => 'publish',
					'post_author' => $this->user( 'admin' ),
				),
				$args
			),
			true
		);
		$this->assertIsInt( $id );
		if ( null !== $preset ) {
			update_post_meta( $id, '_cc_signals', cc_signals_preset( $preset )['intent'] );
		}
		return $id;
	}

	/**
	 * Stores settings (merged over the defaults).
	 *
	 * @param array $settings Partial settings.
	 */
	protected function settings( $settings ) {
		$value = array_replace_recursive( cc_signals_default_settings(), $settings );
		update_option( 'cc_signals_settings', cc_signals_validate_settings( $value ) );
	}

	/**
	 * Runs the main query for a query string, like a front-end request (without sending headers).
	 *
	 * @param string $query Query string, e.g. `p=5` or `feed=rss2`.
	 */
	protected function go_to( $query ) {
		global $wp_query, $wp_the_query, $wp;
		$wp_query     = new WP_Query(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$wp_the_query = $wp_query; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$wp->query_vars = array();
		wp_parse_str( $query, $vars );
		$wp->query_vars = $vars;
		$wp_query->query( $vars );
		if ( ! $wp_query->have_posts() && ( isset( $vars['p'] ) || isset( $vars['page_id'] ) ) ) {
			$wp_query->set_404();
		}
		if ( $wp_query->have_posts() && $wp_query->is_singular() ) {
			$wp_query->the_post();
		}
	}

	/**
	 * Resets the main query.
	 */
	protected function reset_query() {
		global $wp_query, $wp_the_query, $post;
		$wp_query     = new WP_Query(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$wp_the_query = $wp_query; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$post         = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	}

	/**
	 * Output of a callable.
	 *
	 * @param callable $callback Callback.
	 * @return string
	 */
	protected function capture( $callback ) {
		// WordPress's robots.txt and feed code call header(); PHPUnit has printed already.
		set_error_handler( // phpcs:ignore WordPress.PHP.DevelopmentFunctions.prevent_path_disclosure_error_reporting
			static fn( $errno, $message ) => str_contains( $message, 'Cannot modify header information' ) ? true : false,
			E_WARNING
		);
		ob_start();
		try {
			$callback();
		} finally {
			$output = (string) ob_get_clean();
			restore_error_handler();
		}
		return $output;
	}

	/**
	 * Runs PHP in a fresh process that loads WordPress as a front-end request for `/`
	 * (no admin, no REST until the code asks for it) and returns what its last line
	 * printed, JSON-decoded.
	 *
	 * @param string $code PHP run after wp-load.php; its last output line is JSON.
	 * @return mixed
	 */
	protected function front_end_process( $code ) {
		$program = sprintf(
			'$_SERVER["HTTP_HOST"] = %s; $_SERVER["REQUEST_URI"] = "/"; require %s; %s',
			var_export( $_SERVER['HTTP_HOST'], true ),
			var_export( getenv( 'WP_SITE_DIR' ) . '/wp-load.php', true ),
			$code
		);
		exec( 'php -r ' . escapeshellarg( $program ) . ' 2>&1', $output, $status );
		$this->assertSame( 0, $status, implode( "\n", $output ) );
		return json_decode( (string) end( $output ), true );
	}
}
