<?php
/**
 * WP-CLI commands: `wp cc-signals get|set|defaults|bulk`.
 *
 * The methods return their result and also work in-process without WP-CLI
 * (tests call them directly); output and errors go through WP-CLI only when it runs.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads and sets AI usage preferences (CC signals).
 *
 * @since 0.1.0
 */
class CC_Signals_CLI {

	/**
	 * Shows a post's own choice and what it resolves to.
	 *
	 * ## OPTIONS
	 *
	 * <id>
	 * : Post ID.
	 *
	 * ## EXAMPLES
	 *
	 *     wp cc-signals get 42
	 *
	 * @since 0.1.0
	 *
	 * @param array $args Positional arguments.
	 * @return array|WP_Error `own` intent, `preset`, `resolved` preferences, `content_usage`.
	 */
	public function get( $args ) {
		$post = get_post( (int) ( $args[0] ?? 0 ) );
		if ( ! $post ) {
			return $this->fail( new WP_Error( 'cc_signals_no_post', __( 'No such post.', 'cc-signals' ) ) );
		}
		$own    = cc_signals_post_intent( $post );
		$prefs  = cc_signals_preferences_for_post( $post );
		$result = array(
			'id'            => $post->ID,
			'own'           => $own,
			'preset'        => array() === $own['categories'] ? 'inherit' : cc_signals_preset_id_for_intent( $own ),
			'resolved'      => $prefs,
			'content_usage' => (string) cc_signals_serialize_content_usage( $prefs ),
		);
		$this->print_json( $result );
		return $result;
	}

	/**
	 * Sets a post's choice.
	 *
	 * ## OPTIONS
	 *
	 * <id>
	 * : Post ID.
	 *
	 * <value>
	 * : A preset id (inherit, allow, disallow, cc-cr, cc-cr-dc, cc-cr-ec, cc-cr-op) or an intent as JSON.
	 *
	 * ## EXAMPLES
	 *
	 *     wp cc-signals set 42 cc-cr
	 *     wp cc-signals set 42 '{"categories":{"train-ai":{"choice":"allow"}}}'
	 *
	 * @since 0.1.0
	 *
	 * @param array $args Positional arguments.
	 * @return array|WP_Error The stored intent.
	 */
	public function set( $args ) {
		$post = get_post( (int) ( $args[0] ?? 0 ) );
		if ( ! $post ) {
			return $this->fail( new WP_Error( 'cc_signals_no_post', __( 'No such post.', 'cc-signals' ) ) );
		}
		if ( ! $this->can( 'edit_post', $post->ID ) ) {
			return $this->fail( new WP_Error( 'cc_signals_forbidden', __( 'You may not edit this post.', 'cc-signals' ) ) );
		}
		$result = cc_signals_set_post_intent( $post->ID, (string) ( $args[1] ?? '' ) );
		if ( is_wp_error( $result ) ) {
			return $this->fail( $result );
		}
		/* translators: %d: post ID. */
		$this->success( sprintf( __( 'Updated post %d.', 'cc-signals' ), $post->ID ) );
		return $result;
	}

	/**
	 * Shows or sets the site default or a post type default.
	 *
	 * ## OPTIONS
	 *
	 * [--post-type=<type>]
	 * : A post type; without it, the site default.
	 *
	 * [--set=<value>]
	 * : A preset id or an intent as JSON.
	 *
	 * ## EXAMPLES
	 *
	 *     wp cc-signals defaults
	 *     wp cc-signals defaults --post-type=page --set=allow
	 *
	 * @since 0.1.0
	 *
	 * @param array $args       Positional arguments (none).
	 * @param array $assoc_args `post-type`, `set`.
	 * @return array|WP_Error The default intent (after setting it).
	 */
	public function defaults( $args = array(), $assoc_args = array() ) {
		$type     = (string) ( $assoc_args['post-type'] ?? '' );
		$settings = cc_signals_get_settings();
		if ( isset( $assoc_args['set'] ) ) {
			if ( ! $this->can( 'manage_options' ) ) {
				return $this->fail( new WP_Error( 'cc_signals_forbidden', __( 'Only administrators may change defaults.', 'cc-signals' ) ) );
			}
			$intent = cc_signals_normalize_intent( (string) $assoc_args['set'], '' === $type ? 'site_default' : 'post_type_defaults.' . $type );
			if ( is_wp_error( $intent ) ) {
				return $this->fail( $intent );
			}
			if ( '' === $type ) {
				$settings['site_default'] = $intent;
			} else {
				$settings['post_type_defaults'][ $type ] = $intent;
			}
			$valid = cc_signals_validate_settings( $settings );
			if ( is_wp_error( $valid ) ) {
				return $this->fail( $valid );
			}
			update_option( 'cc_signals_settings', $valid );
			$this->success( __( 'Default updated.', 'cc-signals' ) );
		}
		$result = '' === $type ? cc_signals_site_default_intent() : cc_signals_post_type_default_intent( $type );
		$this->print_json( $result );
		return $result;
	}

	/**
	 * Applies a preset to many posts.
	 *
	 * ## OPTIONS
	 *
	 * <preset>
	 * : Preset id.
	 *
	 * <ids>...
	 * : Post IDs.
	 *
	 * ## EXAMPLES
	 *
	 *     wp cc-signals bulk cc-cr 12 13 14
	 *
	 * @since 0.1.0
	 *
	 * @param array $args Preset id, then post IDs.
	 * @return array|WP_Error Post ID => true, or the error message for that post.
	 */
	public function bulk( $args ) {
		$preset = (string) array_shift( $args );
		if ( null === cc_signals_preset( $preset ) ) {
			return $this->fail( cc_signals_field_error( 'preset', $preset, wp_list_pluck( cc_signals_presets(), 'id' ) ) );
		}
		$results = array();
		foreach ( array_map( 'intval', $args ) as $id ) {
			if ( ! get_post( $id ) || ! $this->can( 'edit_post', $id ) ) {
				$results[ $id ] = __( 'No such post, or not allowed.', 'cc-signals' );
				continue;
			}
			$saved          = cc_signals_set_post_intent( $id, $preset );
			$results[ $id ] = is_wp_error( $saved ) ? $saved->get_error_message() : true;
		}
		$done = count( array_filter( $results, static fn( $value ) => true === $value ) );
		/* translators: 1: number of posts updated, 2: number of posts given. */
		$this->success( sprintf( __( 'Updated %1$d of %2$d posts.', 'cc-signals' ), $done, count( $results ) ) );
		return $results;
	}

	/**
	 * Whether WP-CLI is running this command.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	private function in_cli() {
		return defined( 'WP_CLI' ) && WP_CLI && class_exists( 'WP_CLI' );
	}

	/**
	 * Capability check for in-process calls; WP-CLI itself runs with shell access.
	 *
	 * @since 0.1.0
	 *
	 * @param string $cap Capability.
	 * @param mixed  ...$args Object ID.
	 * @return bool
	 */
	private function can( $cap, ...$args ) {
		return $this->in_cli() || current_user_can( $cap, ...$args );
	}

	/**
	 * Prints JSON under WP-CLI.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $data Data.
	 */
	private function print_json( $data ) {
		if ( $this->in_cli() ) {
			WP_CLI::line( (string) wp_json_encode( $data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );
		}
	}

	/**
	 * Reports success under WP-CLI.
	 *
	 * @since 0.1.0
	 *
	 * @param string $message Message.
	 */
	private function success( $message ) {
		if ( $this->in_cli() ) {
			WP_CLI::success( $message );
		}
	}

	/**
	 * Stops with the error under WP-CLI; returns it in-process.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error $error Error.
	 * @return WP_Error
	 */
	private function fail( $error ) {
		if ( $this->in_cli() ) {
			WP_CLI::error( $error->get_error_message() );
		}
		return $error;
	}
}

if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( 'WP_CLI' ) ) {
	WP_CLI::add_command( 'cc-signals', 'CC_Signals_CLI' );
}
