<?php
/**
 * robots.txt: Content-Usage (and Content-Signal) rules in WordPress's `User-agent: *` group, License records.
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
 * The section defaults: the site default at `/`, and each post type default at its
 * own path where it differs from the site default.
 *
 * @since 0.1.0
 *
 * @return array[] Rules `array( 'path' => …, 'preferences' => … )`.
 */
function cc_signals_robots_default_rules() {
	$site  = cc_signals_site_preferences();
	$rules = array(
		array(
			'path'        => '/',
			'preferences' => $site,
		),
	);
	foreach ( cc_signals_post_types() as $type ) {
		$prefs = cc_signals_preferences_for_post_type( $type );
		$path  = cc_signals_post_type_path( $type );
		if ( $prefs !== $site && '' !== $path && '/' !== $path ) {
			$rules[] = array(
				'path'        => $path,
				'preferences' => $prefs,
			);
		}
	}
	return $rules;
}

/**
 * The published posts that may need their own rule: those with their own choice, and
 * every post of a type whose default differs from the site's but that has no path of its own.
 * Only run for robots.txt and tdmrep.json requests.
 *
 * @since 0.1.0
 *
 * @return array[] Rules for items, `array( 'path' => …, 'preferences' => … )`.
 */
function cc_signals_robots_item_rules() {
	$site     = cc_signals_site_preferences();
	$rootless = array();
	foreach ( cc_signals_post_types() as $type ) {
		if ( 'attachment' !== $type && '' === cc_signals_post_type_path( $type ) && cc_signals_preferences_for_post_type( $type ) !== $site ) {
			$rootless[] = $type;
		}
	}
	$args  = array(
		// Attachments are never 'publish': their status is 'inherit'.
		'post_status'            => array( 'publish', 'inherit' ),
		/**
		 * Filters the most posts robots.txt lists per query (robots.txt is read up to 500 KiB).
		 *
		 * @since 0.1.0
		 *
		 * @param int $limit Maximum number of posts per query.
		 */
		'posts_per_page'         => (int) apply_filters( 'cc_signals_robots_item_limit', 2000 ),
		'orderby'                => 'ID',
		'order'                  => 'ASC',
		'no_found_rows'          => true,
		'ignore_sticky_posts'    => true,
		'suppress_filters'       => false,
		'update_post_term_cache' => false,
	);
	$posts = get_posts( array_merge( $args, array( 'post_type' => cc_signals_post_types(), 'meta_key' => '_cc_signals' ) ) ); // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- robots.txt requests only.
	if ( $rootless ) {
		$posts = array_merge( $posts, get_posts( array_merge( $args, array( 'post_type' => $rootless ) ) ) );
	}
	$items = array();
	foreach ( $posts as $post ) {
		$path = (string) wp_parse_url( (string) get_permalink( $post ), PHP_URL_PATH );
		if ( '' !== $path && ! isset( $items[ $post->ID ] ) ) {
			$items[ $post->ID ] = array(
				'path'        => $path,
				'preferences' => cc_signals_preferences_for_post( $post ),
			);
		}
	}
	return array_values( $items );
}

/**
 * The compiled rules for robots.txt and tdmrep.json.
 *
 * @since 0.1.0
 *
 * @param bool $with_items Whether to include per-post rules (false for the settings preview).
 * @return array[]
 */
function cc_signals_robots_rules( $with_items = true ) {
	$items = $with_items ? cc_signals_robots_item_rules() : array();
	return cc_signals_compile_robots_rules( cc_signals_robots_default_rules(), $items );
}

/**
 * `robots_txt` filter: appends the rules to WordPress's `User-agent: *` group and
 * the RSL `License:` record after it.
 *
 * @since 0.1.0
 *
 * @param string $output robots.txt so far.
 * @return string
 */
function cc_signals_filter_robots_txt( $output ) {
	if ( ! cc_signals_output_enabled( 'robots' ) ) {
		return $output;
	}
	$options = cc_signals_emit_options();
	try {
		$lines   = cc_signals_robots_group_lines( cc_signals_robots_rules(), $options );
		$records = cc_signals_robots_license_lines( $options );
	} catch ( InvalidArgumentException $error ) {
		return $output . "\n# CC signals: " . str_replace( array( "\r", "\n" ), ' ', $error->getMessage() ) . "\n";
	}
	return cc_signals_insert_robots_lines( (string) $output, (array) $lines, (array) $records );
}
add_filter( 'robots_txt', 'cc_signals_filter_robots_txt', 20 );

/**
 * Inserts lines at the end of the first `User-agent: *` group (a new group when
 * there is none) and appends records that belong to no group.
 *
 * @since 0.1.0
 *
 * @param string   $output      robots.txt text.
 * @param string[] $group_lines Lines for the `*` group.
 * @param string[] $records     Lines outside any group (e.g. `License:`).
 * @return string
 */
function cc_signals_insert_robots_lines( $output, $group_lines, $records ) {
	$lines = '' === trim( $output ) ? array() : preg_split( '/\r\n|\r|\n/', rtrim( $output ) );
	$start = null;
	foreach ( $lines as $index => $line ) {
		if ( preg_match( '/^\s*user-agent\s*:\s*\*\s*(#.*)?$/i', $line ) ) {
			$start = $index;
			break;
		}
	}
	if ( null === $start && $group_lines ) {
		$lines = array_merge( $lines, $lines ? array( '' ) : array(), array( 'User-agent: *' ), $group_lines );
	} elseif ( null !== $start ) {
		array_splice( $lines, cc_signals_robots_group_end( $lines, $start ), 0, $group_lines );
	}
	if ( $records ) {
		$lines = array_merge( $lines, array( '' ), $records );
	}
	return implode( "\n", $lines ) . "\n";
}

/**
 * The index after the last line of the group that starts at `$start`.
 *
 * @since 0.1.0
 *
 * @param string[] $lines robots.txt lines.
 * @param int      $start Index of the group's first `User-agent` line.
 * @return int
 */
function cc_signals_robots_group_end( $lines, $start ) {
	$in_rules = false;
	$count    = count( $lines );
	for ( $end = $start + 1; $end < $count; $end++ ) {
		$line = trim( preg_replace( '/#.*/', '', $lines[ $end ] ) );
		if ( '' === trim( $lines[ $end ] ) || preg_match( '/^(sitemap|license)\s*:/i', $line ) ) {
			break;
		}
		if ( preg_match( '/^user-agent\s*:/i', $line ) ) {
			if ( $in_rules ) {
				break;
			}
			continue;
		}
		$in_rules = $in_rules || '' !== $line;
	}
	return $end;
}
