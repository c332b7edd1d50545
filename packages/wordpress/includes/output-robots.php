<?php
/**
 * The robots.txt: WordPress data mapped to the site module (includes/site/), which
 * writes the rules into every group of WordPress's (and other plugins')
 * robots.txt. The rules are cached until a choice, a default or a permalink changes.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The URL path under which a post type's items live, or '' when they share the site root.
 *
 * @since 0.1.0
 *
 * @param string $type Post type.
 * @return string E.g. `/books/`.
 */
function cc_signals_post_type_path( $type ) {
	global $wp_rewrite;
	if ( 'attachment' === $type ) {
		return cc_signals_uploads_path();
	}
	$object = get_post_type_object( $type );
	if ( ! $object || ! get_option( 'permalink_structure' ) ) {
		return '';
	}
	$struct = $wp_rewrite instanceof WP_Rewrite ? (string) $wp_rewrite->get_extra_permastruct( $type ) : '';
	$prefix = '' === $struct ? '' : trim( substr( $struct, 0, (int) strpos( $struct . '%', '%' ) ), '/' );
	if ( '' === $prefix && $object->has_archive ) {
		$prefix = trim( (string) wp_parse_url( (string) get_post_type_archive_link( $type ), PHP_URL_PATH ), '/' );
		return '' === $prefix ? '' : '/' . $prefix . '/';
	}
	if ( '' === $prefix ) {
		return '';
	}
	$home = trim( (string) wp_parse_url( home_url( '/' ), PHP_URL_PATH ), '/' );
	return '/' . ltrim( ( '' === $home ? '' : $home . '/' ) . $prefix, '/' ) . '/';
}

/**
 * The URL path of the uploads folder (`/wp-content/uploads/`), where media files are served.
 *
 * @since 0.2.0
 *
 * @return string
 */
function cc_signals_uploads_path() {
	$path = (string) wp_parse_url( (string) wp_get_upload_dir()['baseurl'], PHP_URL_PATH );
	return '' === $path ? '' : rtrim( $path, '/' ) . '/';
}

/**
 * The site with its sections' paths and its items, for robots.txt and tdmrep.json.
 *
 * @since 0.2.0
 *
 * @return array
 */
function cc_signals_robots_site() {
	$site = cc_signals_site();
	foreach ( cc_signals_post_types() as $type ) {
		$site['sections'][ $type ]['path'] = cc_signals_post_type_path( $type );
	}
	$site['items'] = cc_signals_robots_items( $site );
	return $site;
}

/**
 * The published posts that may need a rule, newest first, with only the columns
 * their permalinks need: those with their own choice, every post of a type
 * without a path of its own whose default differs from the site's, and every
 * child of a hierarchical type (a page at `/parent/child/`): a parent's rule
 * covers its children by longest match, so a child that keeps its default
 * may need a rule of its own (the site module decides). A media
 * file is an item at its file's URL path (and at its attachment page when
 * WordPress serves those).
 *
 * @since 0.2.0
 *
 * @param array $site The site with section paths.
 * @return array[] Items for the site module.
 */
function cc_signals_robots_items( $site ) {
	global $wpdb;
	$root     = cc_signals_site_resolve_section( $site )['preferences'];
	$rootless = array();
	foreach ( $site['sections'] as $type => $section ) {
		if ( '' === ( $section['path'] ?? '' ) && ! cc_signals_site_same_preferences( cc_signals_site_resolve_section( $site, $type )['preferences'], $root ) ) {
			$rootless[] = (string) $type;
		}
	}
	$types = cc_signals_post_types();
	/**
	 * Filters the most posts robots.txt considers, newest first. 500 KiB hold
	 * about 6,000 rules (3,000 with Content-Signal), so older posts would be
	 * left out for size anyway; the limit bounds the memory of a cache miss.
	 *
	 * @since 0.1.0
	 *
	 * @param int $limit Maximum number of posts.
	 */
	$limit  = (int) apply_filters( 'cc_signals_robots_item_limit', 6000 );
	$in     = implode( ',', array_fill( 0, count( $types ), '%s' ) );
	$either = $rootless ? ' OR p.post_type IN (' . implode( ',', array_fill( 0, count( $rootless ), '%s' ) ) . ')' : '';
	$nested = array_values( array_diff( array_intersect( $types, get_post_types( array( 'hierarchical' => true ) ) ), array( 'attachment' ) ) );
	$either = $either . ( $nested ? ' OR ( p.post_parent <> 0 AND p.post_type IN (' . implode( ',', array_fill( 0, count( $nested ), '%s' ) ) . ') )' : '' );
	// Attachments are never 'publish': their status is 'inherit'.
	$sql  = "SELECT p.ID, p.post_author, p.post_type, p.post_name, p.post_date, p.post_parent, p.post_status, m.meta_value AS cc_signals, f.meta_value AS attached_file
		FROM {$wpdb->posts} p
		LEFT JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = '_cc_signals'
		LEFT JOIN {$wpdb->postmeta} f ON f.post_id = p.ID AND f.meta_key = '_wp_attached_file'
		WHERE p.post_type IN ($in) AND p.post_status IN ('publish', 'inherit') AND ( m.meta_id IS NOT NULL$either )
		ORDER BY p.post_date DESC, p.ID DESC LIMIT %d";
	$rows = $wpdb->get_results( $wpdb->prepare( $sql, array_merge( $types, $rootless, $nested, array( $limit ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- placeholders built above; robots.txt and tdmrep.json only, cached.
	return cc_signals_robots_items_from_rows( (array) $rows );
}

/**
 * Items from the rows of cc_signals_robots_items().
 *
 * @since 0.2.0
 *
 * @param object[] $rows Rows.
 * @return array[]
 */
function cc_signals_robots_items_from_rows( $rows ) {
	$items   = array();
	$seen    = array();
	$uploads = cc_signals_uploads_path();
	$pages   = (bool) get_option( 'wp_attachment_pages_enabled', 1 );
	foreach ( $rows as $row ) {
		if ( isset( $seen[ $row->ID ] ) ) {
			continue;
		}
		$seen[ $row->ID ] = true;
		$item             = array(
			'id'        => (string) $row->ID,
			'section'   => $row->post_type,
			'published' => $row->post_date,
			'intent'    => cc_signals_stored_intent( maybe_unserialize( (string) $row->cc_signals ) ),
		);
		$paths            = array();
		if ( 'attachment' === $row->post_type && '' !== (string) $row->attached_file && '' !== $uploads ) {
			$paths[] = $uploads . ltrim( (string) $row->attached_file, '/' );
		}
		if ( 'attachment' !== $row->post_type || $pages ) {
			$url     = (string) get_permalink( new WP_Post( $row ) );
			$query   = (string) wp_parse_url( $url, PHP_URL_QUERY );
			$paths[] = (string) wp_parse_url( $url, PHP_URL_PATH ) . ( '' === $query ? '' : '?' . $query );
		}
		foreach ( array_filter( $paths ) as $path ) {
			$items[] = $item + array( 'path' => $path );
		}
	}
	return $items;
}

/**
 * The compiled rules for robots.txt and tdmrep.json (defaults, then items).
 *
 * @since 0.1.0
 *
 * @param bool $with_items Whether to include per-post rules (false for the settings preview).
 * @return array[]
 */
function cc_signals_robots_rules( $with_items = true ) {
	if ( ! $with_items ) {
		$site = cc_signals_site();
		foreach ( cc_signals_post_types() as $type ) {
			$site['sections'][ $type ]['path'] = cc_signals_post_type_path( $type );
		}
		return cc_signals_site_default_rules( $site );
	}
	$rules = cc_signals_robots_cached()['rules'];
	return array_merge( $rules['defaults'], $rules['items'] );
}

/**
 * The robots.txt of the site for the text WordPress and other plugins wrote, and the items left out.
 *
 * @since 0.2.0
 *
 * @param string $output robots.txt so far.
 * @return array `text` and `omitted`.
 */
function cc_signals_robots_txt_result( $output ) {
	/**
	 * Filters the size robots.txt is kept under (RFC 9309: crawlers read 500 KiB).
	 *
	 * @since 0.2.0
	 *
	 * @param int $bytes Limit in bytes.
	 */
	$limit = (int) apply_filters( 'cc_signals_robots_max_bytes', 500 * 1024 );
	$key   = cc_signals_robots_key() . md5( $output . '|' . $limit );
	$texts = get_option( 'cc_signals_robots_text' );
	$texts = is_array( $texts ) ? $texts : array();
	if ( isset( $texts[ $key ] ) ) {
		return $texts[ $key ]; // Without reading the rules, often a site's largest option.
	}
	$cached = cc_signals_robots_cached();
	$result = cc_signals_site_robots_txt( $cached['site'], (string) $output, $limit, $cached['rules'] );
	// The last two texts (robots.txt itself and Site Health's reading of it), in their own option:
	// autoloaded while small, so that a small site's robots.txt costs no query.
	$texts = array_slice( array( $key => $result ) + $texts, 0, 2, true );
	update_option( 'cc_signals_robots_text', $texts, strlen( maybe_serialize( $texts ) ) <= 16 * 1024 );
	return $result;
}

/**
 * The items robots.txt leaves out (for Site Health): differing items with no rule,
 * each `id`, `path` and `reason` (`query`: a query-string URL, left to the page's
 * header and tags; `duplicate`; `invalid-path`; `size`: past the 500 KiB limit).
 *
 * @since 0.2.0
 *
 * @return array[]
 */
function cc_signals_robots_omitted() {
	$public = (bool) get_option( 'blog_public' );
	$output = "User-agent: *\n" . ( $public ? "Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n" : "Disallow: /\n" );
	$ours   = remove_filter( 'robots_txt', 'cc_signals_filter_robots_txt', PHP_INT_MAX );
	/** This filter is documented in wp-includes/functions.php */
	$output = (string) apply_filters( 'robots_txt', $output, $public );
	if ( $ours ) {
		add_filter( 'robots_txt', 'cc_signals_filter_robots_txt', PHP_INT_MAX );
	}
	return cc_signals_robots_txt_result( $output )['omitted'];
}

/**
 * Inserts lines at the end of every group (a new `User-agent: *` group when there
 * is none) and appends records that belong to no group (cc_signals_site_insert_robots_lines()).
 *
 * @since 0.1.0
 *
 * @param string   $output      robots.txt text.
 * @param string[] $group_lines Lines for the groups.
 * @param string[] $records     Lines outside any group (e.g. `License:`).
 * @return string
 */
function cc_signals_insert_robots_lines( $output, $group_lines, $records ) {
	return cc_signals_site_insert_robots_lines( (string) $output, $group_lines, $records );
}
