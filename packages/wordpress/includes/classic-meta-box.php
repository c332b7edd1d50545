<?php
/**
 * Meta box for the classic editor (only when the block editor is not used for the post).
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the meta box when the post is edited without the block editor.
 *
 * @since 0.1.0
 *
 * @param string  $post_type Post type.
 * @param WP_Post $post      Post.
 */
function cc_signals_add_meta_box( $post_type, $post = null ) {
	if ( ! $post instanceof WP_Post || ! in_array( $post_type, cc_signals_post_types(), true ) || use_block_editor_for_post( $post ) ) {
		return;
	}
	add_meta_box( 'cc-signals', __( 'AI usage (CC signals)', 'cc-signals' ), 'cc_signals_render_meta_box', $post_type, 'side' );
}

/**
 * Renders the meta box.
 *
 * @since 0.1.0
 *
 * @param WP_Post $post Post.
 */
function cc_signals_render_meta_box( $post ) {
	wp_nonce_field( 'cc_signals_meta_box_' . $post->ID, 'cc_signals_meta_box_nonce' );
	echo '<p>' . esc_html(
		sprintf(
			/* translators: %s: name of the default choice, e.g. "Disallow except CC Credit", or "no preference". */
			__( 'Default for this content type: %s', 'cc-signals' ),
			cc_signals_describe_default( $post->post_type )
		)
	) . '</p>';
	cc_signals_intent_fields( 'cc_signals_meta', cc_signals_post_intent( $post ), 'cc-signals-meta' );
}

/**
 * Saves the meta box (nonce and edit_post capability checked).
 *
 * @since 0.1.0
 *
 * @param int $post_id Post ID.
 */
function cc_signals_save_meta_box( $post_id ) {
	if ( ! isset( $_POST['cc_signals_meta_box_nonce'], $_POST['cc_signals_meta'] ) || wp_is_post_revision( $post_id ) || ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE ) ) {
		return;
	}
	if ( ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST['cc_signals_meta_box_nonce'] ) ), 'cc_signals_meta_box_' . $post_id ) || ! current_user_can( 'edit_post', $post_id ) ) {
		return;
	}
	$input = map_deep( wp_unslash( $_POST['cc_signals_meta'] ), 'sanitize_text_field' ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- sanitized by map_deep.
	$saved = cc_signals_set_post_intent( $post_id, $input );
	if ( is_wp_error( $saved ) ) {
		set_transient( 'cc_signals_meta_box_error_' . get_current_user_id(), $saved->get_error_message(), 60 );
	}
}

/**
 * Shows a rejected meta box value after the redirect.
 *
 * @since 0.1.0
 */
function cc_signals_meta_box_notice() {
	$screen = get_current_screen();
	if ( ! $screen || 'post' !== $screen->base ) {
		return;
	}
	$key     = 'cc_signals_meta_box_error_' . get_current_user_id();
	$message = get_transient( $key );
	if ( false === $message ) {
		return;
	}
	delete_transient( $key );
	echo '<div class="notice notice-error"><p>' . esc_html( $message ) . '</p></div>';
}
