<?php
/**
 * Every action and filter the plugin registers when it loads, from one list.
 * (Hooks added per post type or per request stay with their code: the list
 * columns, the REST checks per post type, the settings preview.)
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's hooks, in registration order: each `array( hook, callback,
 * priority, accepted args, group )`; group `frontend` marks what runs on
 * front-end requests (headers, head tags, robots.txt, tdmrep.json, feeds);
 * group `admin` is registered with the admin files (cc_signals_load_admin());
 * group `multisite` only on multisite.
 *
 * @since 0.2.0
 *
 * @return array[]
 */
function cc_signals_hooks() {
	$hooks = array(
		array( 'init', 'cc_signals_load_textdomain', 0, 1, 'core' ),
		// The site's vocabulary in force for every output (settings.php).
		array( 'switch_blog', 'cc_signals_apply_vocabulary_setting', 10, 0, 'multisite' ),
		array( 'update_option_cc_signals_settings', 'cc_signals_apply_vocabulary_setting', 0, 0, 'core' ),
		array( 'add_option_cc_signals_settings', 'cc_signals_apply_vocabulary_setting', 0, 0, 'core' ),
		array( 'delete_option_cc_signals_settings', 'cc_signals_apply_vocabulary_setting', 0, 0, 'core' ),
		// Settings and meta.
		array( 'init', 'cc_signals_register_settings', 20, 1, 'core' ),
		array( 'rest_request_before_callbacks', 'cc_signals_rest_check_settings', 10, 3, 'admin' ),
		array( 'rest_request_after_callbacks', 'cc_signals_rest_settings_objects', 10, 3, 'admin' ),
		array( 'admin_menu', 'cc_signals_add_settings_page', 10, 1, 'admin' ),
		array( 'admin_init', 'cc_signals_add_settings_fields', 10, 1, 'admin' ),
		array( 'rest_api_init', 'cc_signals_register_preview_route', 10, 1, 'admin' ),
		array( 'admin_enqueue_scripts', 'cc_signals_enqueue_settings_preview', 10, 1, 'admin' ),
		array( 'init', 'cc_signals_register_meta', 99, 1, 'core' ),
		// What crawlers read.
		array( 'wp', 'cc_signals_send_headers', 10, 1, 'frontend' ),
		array( 'wp_head', 'cc_signals_print_head', 5, 1, 'frontend' ),
		array( 'wp_robots', 'cc_signals_wp_robots', 10, 1, 'frontend' ),
		// Last, so that the rules reach every group other plugins add (a crawler reads only its own group).
		array( 'robots_txt', 'cc_signals_filter_robots_txt', PHP_INT_MAX, 1, 'frontend' ),
		array( 'rss2_ns', 'cc_signals_rss2_ns', 10, 1, 'frontend' ),
		array( 'rss2_head', 'cc_signals_rss2_head', 10, 1, 'frontend' ),
		array( 'rss2_item', 'cc_signals_rss2_item', 10, 1, 'frontend' ),
		array( 'atom_ns', 'cc_signals_atom_ns', 10, 1, 'frontend' ),
		array( 'atom_head', 'cc_signals_atom_head', 10, 1, 'frontend' ),
		array( 'commentsrss2_head', 'cc_signals_rss2_head', 10, 1, 'frontend' ),
		array( 'comments_atom_head', 'cc_signals_atom_head', 10, 1, 'frontend' ),
		array( 'atom_entry', 'cc_signals_atom_entry', 10, 1, 'frontend' ),
		array( 'the_permalink_rss', 'cc_signals_capture_feed_link', PHP_INT_MIN, 1, 'frontend' ),
		array( 'parse_request', 'cc_signals_serve_tdmrep', 10, 1, 'frontend' ),
		// Editors.
		array( 'init', 'cc_signals_register_block', 20, 1, 'core' ),
		array( 'enqueue_block_editor_assets', 'cc_signals_enqueue_block_editor_script', 10, 1, 'admin' ),
		array( 'enqueue_block_editor_assets', 'cc_signals_enqueue_editor_assets', 10, 1, 'admin' ),
		array( 'admin_init', 'cc_signals_admin_list_init', 10, 1, 'admin' ),
		array( 'restrict_manage_posts', 'cc_signals_filter_dropdown', 10, 1, 'admin' ),
		array( 'pre_get_posts', 'cc_signals_apply_filter', 10, 1, 'admin' ),
		array( 'quick_edit_custom_box', 'cc_signals_inline_edit_box', 10, 2, 'admin' ),
		array( 'bulk_edit_custom_box', 'cc_signals_inline_edit_box', 10, 2, 'admin' ),
		array( 'save_post', 'cc_signals_save_inline_edit', 10, 1, 'admin' ),
		array( 'admin_enqueue_scripts', 'cc_signals_enqueue_list_assets', 10, 1, 'admin' ),
		array( 'add_meta_boxes', 'cc_signals_add_meta_box', 10, 2, 'admin' ),
		array( 'save_post', 'cc_signals_save_meta_box', 10, 1, 'admin' ),
		array( 'admin_notices', 'cc_signals_meta_box_notice', 10, 1, 'admin' ),
		array( 'site_status_tests', 'cc_signals_site_status_tests', 10, 1, 'admin' ),
		array( 'rest_api_init', 'cc_signals_register_site_health_route', 10, 1, 'admin' ),
		// Multisite: network-wide defaults.
		array( 'network_admin_menu', 'cc_signals_add_network_page', 10, 1, 'admin' ),
		array( 'network_admin_edit_cc_signals_network', 'cc_signals_save_network_page', 10, 1, 'admin' ),
		array( 'cc_signals_before_settings_form', 'cc_signals_network_notice', 10, 1, 'admin' ),
		array( 'add_option_cc_signals_settings', 'cc_signals_drop_network_copy', 10, 0, 'core' ),
	);
	// The robots.txt and tdmrep.json cache: flushed when a choice, a default or a permalink changes.
	// Two hooks for every option rather than two per option: fewer to add on every request.
	$hooks[] = array( 'updated_option', 'cc_signals_flush_robots_cache_for_option', 10, 1, 'cache' );
	$hooks[] = array( 'added_option', 'cc_signals_flush_robots_cache_for_option', 10, 1, 'cache' );
	foreach ( array( 'save_post', 'deleted_post', 'trashed_post', 'untrashed_post', 'clean_post_cache' ) as $hook ) {
		$hooks[] = array( $hook, 'cc_signals_flush_robots_cache', 10, 0, 'cache' );
	}
	foreach ( array( 'added_post_meta', 'updated_post_meta', 'deleted_post_meta' ) as $hook ) {
		$hooks[] = array( $hook, 'cc_signals_flush_robots_cache_for_meta', 10, 3, 'cache' );
	}
	return $hooks;
}

/**
 * The files that only admin screens, REST requests and WP-CLI use (settings page and
 * preview, web-server snippets, form fields, editor assets, posts list, meta box, Site
 * Health, CLI): front-end requests never load them.
 *
 * @since 0.2.0
 *
 * @return string[] File names under includes/, without `.php`.
 */
function cc_signals_admin_files() {
	return array( 'settings-page', 'settings-preview', 'webserver', 'webserver-pages', 'form-fields', 'editor-assets', 'admin-list', 'classic-meta-box', 'site-health', 'class-cc-signals-cli' );
}

/**
 * Loads the admin files and registers the hooks of group `admin`, once: at load in
 * wp-admin and WP-CLI, at `rest_api_init` in REST requests.
 *
 * @since 0.2.0
 */
function cc_signals_load_admin() {
	static $loaded = false;
	if ( $loaded ) {
		return;
	}
	$loaded = true;
	foreach ( cc_signals_admin_files() as $file ) {
		require_once CC_SIGNALS_PLUGIN_DIR . 'includes/' . $file . '.php';
	}
	cc_signals_load_robots(); // The settings page, its preview, Site Health and the CLI show the rules.
	cc_signals_add_hooks( true );
	/**
	 * Fires once the plugin's admin files and hooks are loaded (wp-admin, WP-CLI, REST).
	 *
	 * @since 0.2.0
	 */
	do_action( 'cc_signals_admin_loaded' );
	if ( did_action( 'init' ) ) { // REST: the option, the meta and the block as editors read them.
		cc_signals_register_settings();
		cc_signals_register_meta();
		cc_signals_register_block_from_metadata();
	}
}

/**
 * Registers the hooks of group `admin` (`$admin` true) or every other group.
 *
 * @since 0.2.0
 *
 * @param bool $admin Which hooks.
 */
function cc_signals_add_hooks( $admin ) {
	foreach ( cc_signals_hooks() as $hook ) {
		if ( 'multisite' === $hook[4] && ! is_multisite() ) {
			continue;
		}
		if ( ( 'admin' === $hook[4] ) === $admin ) {
			add_filter( $hook[0], $hook[1], $hook[2], $hook[3] );
		}
	}
}

/**
 * The front-end hooks, so tests (and site owners) can remove them together.
 *
 * @since 0.1.0
 *
 * @return array[] Each `array( hook, callback, priority )`.
 */
function cc_signals_frontend_hooks() {
	$frontend = array();
	foreach ( cc_signals_hooks() as $hook ) {
		if ( 'frontend' === $hook[4] ) {
			$frontend[] = array( $hook[0], $hook[1], $hook[2] );
		}
	}
	return $frontend;
}

cc_signals_add_hooks( false );
cc_signals_apply_vocabulary_setting();
if ( is_admin() || ( defined( 'WP_CLI' ) && WP_CLI ) ) {
	cc_signals_load_admin();
} else {
	add_action( 'rest_api_init', 'cc_signals_load_admin', 0 ); // Before the routes (priority 10) it registers.
}
register_activation_hook( CC_SIGNALS_PLUGIN_FILE, 'cc_signals_ensure_autoload' );
