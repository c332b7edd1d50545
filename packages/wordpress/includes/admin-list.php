<?php
/**
 * Posts list table: "AI usage" column, filter, Quick Edit and Bulk Edit.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Hooks the column for every handled post type.
 *
 * @since 0.1.0
 */
function cc_signals_admin_list_init() {
	foreach ( cc_signals_post_types() as $type ) {
		if ( 'attachment' === $type ) {
			continue;
		}
		add_filter( "manage_{$type}_posts_columns", 'cc_signals_add_column' );
		add_action( "manage_{$type}_posts_custom_column", 'cc_signals_render_column', 10, 2 );
	}
}

/**
 * Adds the column.
 *
 * @since 0.1.0
 *
 * @param array $columns Columns.
 * @return array
 */
function cc_signals_add_column( $columns ) {
	$columns['cc_signals'] = __( 'AI usage', 'cc-signals' );
	return $columns;
}

/**
 * Prints a row's cell: the post's own preset (or the default it inherits), with the
 * data build/list-table.js copies into Quick Edit.
 *
 * @since 0.1.0
 *
 * @param string $column  Column name.
 * @param int    $post_id Post ID.
 */
function cc_signals_render_column( $column, $post_id ) {
	if ( 'cc_signals' !== $column ) {
		return;
	}
	$own    = cc_signals_post_intent( $post_id );
	$preset = array() === $own['categories'] ? 'inherit' : cc_signals_preset_id_for_intent( $own );
	$label  = 'inherit' === $preset
		/* translators: %s: the name of the choice the post inherits, e.g. "Disallow except CC Credit". */
		? sprintf( __( 'Default (%s)', 'cc-signals' ), cc_signals_describe_default( get_post_type( $post_id ) ) )
		: cc_signals_preset_label( $preset );
	printf(
		'<span class="cc-signals-column" data-cc-signals-preset="%1$s" data-cc-signals-intent="%2$s">%3$s</span>',
		esc_attr( $preset ),
		esc_attr( (string) wp_json_encode( array( 'categories' => (object) $own['categories'] ) ) ),
		esc_html( $label )
	);
}

/**
 * The name of the choice a post of this type inherits (site default → type default): the
 * preset's name, "Advanced (per category)" when no preset matches, or "no preference".
 *
 * @since 0.1.0
 *
 * @param string $type Post type.
 * @return string
 */
function cc_signals_describe_default( $type ) {
	$intent = cc_signals_resolve_intent( cc_signals_site_default_intent(), cc_signals_post_type_default_intent( (string) $type ) );
	if ( array() === $intent['categories'] ) {
		return __( 'no preference', 'cc-signals' );
	}
	return cc_signals_preset_label( cc_signals_preset_id_for_intent( $intent ) );
}

/**
 * Filter dropdown above the list.
 *
 * @since 0.1.0
 *
 * @param string $post_type Post type of the list.
 */
function cc_signals_filter_dropdown( $post_type ) {
	if ( ! in_array( $post_type, cc_signals_post_types(), true ) || 'attachment' === $post_type ) {
		return;
	}
	$current = isset( $_GET['cc_signals_filter'] ) ? sanitize_key( wp_unslash( $_GET['cc_signals_filter'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only list filter.
	echo '<label for="cc-signals-filter" class="screen-reader-text">' . esc_html__( 'Filter by AI usage', 'cc-signals' ) . '</label>';
	cc_signals_preset_select( 'cc_signals_filter', $current, array( '' => __( 'All AI usage choices', 'cc-signals' ) ), false, 'cc-signals-filter' );
}

/**
 * Applies the filter: `inherit` = no own choice; a preset = exactly that stored intent.
 *
 * @since 0.1.0
 *
 * @param WP_Query $query Query.
 */
function cc_signals_apply_filter( $query ) {
	if ( ! is_admin() || ! $query->is_main_query() || empty( $_GET['cc_signals_filter'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only list filter.
		return;
	}
	$preset = cc_signals_preset( sanitize_key( wp_unslash( $_GET['cc_signals_filter'] ) ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
	if ( null === $preset ) {
		return;
	}
	$query->set( 'meta_query', cc_signals_filter_meta_query( $preset ) );
}

/**
 * The meta query that finds posts whose own choice is a preset (values are stored canonically).
 *
 * @since 0.1.0
 *
 * @param array $preset Preset.
 * @return array
 */
function cc_signals_filter_meta_query( $preset ) {
	$empty = maybe_serialize( cc_signals_empty_intent() );
	if ( 'inherit' === $preset['id'] ) {
		return array(
			'relation' => 'OR',
			array(
				'key'     => '_cc_signals',
				'compare' => 'NOT EXISTS',
			),
			array(
				'key'   => '_cc_signals',
				'value' => $empty,
			),
		);
	}
	return array(
		array(
			'key'   => '_cc_signals',
			'value' => maybe_serialize( cc_signals_canonical_intent( $preset['intent'] ) ),
		),
	);
}

/**
 * The Quick Edit and Bulk Edit field.
 *
 * @since 0.1.0
 *
 * @param string $column    Column name.
 * @param string $post_type Post type.
 */
function cc_signals_inline_edit_box( $column, $post_type ) {
	if ( 'cc_signals' !== $column || ! in_array( $post_type, cc_signals_post_types(), true ) ) {
		return;
	}
	$bulk = 'bulk_edit_custom_box' === current_action();
	echo '<fieldset class="inline-edit-col-right"><div class="inline-edit-col"><label class="inline-edit-group"><span class="title">' . esc_html__( 'AI usage', 'cc-signals' ) . '</span> ';
	$extra = $bulk ? array( '' => __( '— No change —', 'cc-signals' ) ) : array( 'custom' => __( 'Keep the current (advanced) choice', 'cc-signals' ) );
	cc_signals_preset_select( 'cc_signals_preset', '', $extra, false );
	echo '</label>';
	// No id attribute: the Quick Edit and Bulk Edit rows are both on the page.
	printf( '<input type="hidden" name="cc_signals_inline_nonce" value="%s">', esc_attr( wp_create_nonce( 'cc_signals_inline_edit' ) ) );
	echo '</div></fieldset>';
}

/**
 * Saves the Quick Edit / Bulk Edit choice (both end in wp_update_post → save_post).
 *
 * @since 0.1.0
 *
 * @param int $post_id Post ID.
 */
function cc_signals_save_inline_edit( $post_id ) {
	if ( ! isset( $_REQUEST['cc_signals_inline_nonce'], $_REQUEST['cc_signals_preset'] ) || wp_is_post_revision( $post_id ) ) {
		return;
	}
	if ( ! wp_verify_nonce( sanitize_key( wp_unslash( $_REQUEST['cc_signals_inline_nonce'] ) ), 'cc_signals_inline_edit' ) || ! current_user_can( 'edit_post', $post_id ) ) {
		return;
	}
	$preset = sanitize_key( wp_unslash( $_REQUEST['cc_signals_preset'] ) );
	if ( '' === $preset || 'custom' === $preset ) {
		return;
	}
	cc_signals_set_post_intent( $post_id, $preset );
}

/**
 * Stores a post's choice from any accepted input; the empty intent deletes the meta.
 *
 * @since 0.1.0
 *
 * @param int   $post_id Post ID.
 * @param mixed $input   Preset id, JSON, intent or form fields.
 * @return array|WP_Error The stored intent, or the validation error.
 */
function cc_signals_set_post_intent( $post_id, $input ) {
	$intent = cc_signals_normalize_intent( $input );
	if ( is_wp_error( $intent ) ) {
		return $intent;
	}
	if ( array() === $intent['categories'] ) {
		delete_post_meta( $post_id, '_cc_signals' );
	} else {
		update_post_meta( $post_id, '_cc_signals', $intent );
	}
	return $intent;
}

/**
 * Enqueues build/list-table.js on the posts lists.
 *
 * @since 0.1.0
 *
 * @param string $hook_suffix Admin page.
 */
function cc_signals_enqueue_list_assets( $hook_suffix ) {
	$asset_file = CC_SIGNALS_PLUGIN_DIR . 'build/list-table.asset.php';
	if ( 'edit.php' !== $hook_suffix || ! is_readable( $asset_file ) ) {
		return;
	}
	$asset = require $asset_file;
	$deps  = array_merge( (array) ( $asset['dependencies'] ?? array() ), array( 'inline-edit-post' ) );
	wp_enqueue_script( 'cc-signals-list-table', plugins_url( 'build/list-table.js', CC_SIGNALS_PLUGIN_FILE ), $deps, $asset['version'] ?? CC_SIGNALS_VERSION, true );
}
