<?php
/**
 * The robots.txt rules of a site: one rule per path, newest items first, under
 * the 500 KiB limit (core's site/robots.ts).
 *
 * @package CC_Signals
 */

/**
 * The path rules of a site: `defaults` (the site at `/`, then each section with a
 * prefix whose default differs from the rule covering it), `items` (each item whose
 * preferences differ from the rule, default or item, covering its path: `id`,
 * `path`, `preferences`, `unit`, `needsUnit`, newest first), `dependents` and
 * `omitted` (differing items without a rule: `id`, `path`, `reason` = query,
 * duplicate, invalid-path). Under longest match, the path of every section and
 * every listed item reads exactly its own preferences. See core's siteRobotsRules.
 *
 * @since 0.2.0
 *
 * @param array $site The site.
 * @return array
 * @throws CC_Signals_Validation_Error For a section path robots.txt cannot carry (`sections.<id>.path`).
 */
function cc_signals_site_robots_rules( $site ) {
	return cc_signals_site_rule_set( $site );
}

/**
 * The section defaults alone: the site at `/`, and each section with a prefix whose
 * default differs from the default covering it.
 *
 * @since 0.2.0
 *
 * @param array $site The site.
 * @return array[]
 */
function cc_signals_site_default_rules( $site ) {
	$site['items'] = array();
	return cc_signals_site_rule_set( $site )['defaults'];
}

/**
 * The default nodes: the site at `/`, and each section with a prefix (the first of
 * two sections with one path).
 *
 * @since 0.4.0
 *
 * @param array $site The site.
 * @return array[]
 * @throws CC_Signals_Validation_Error For a section path robots.txt cannot carry (`sections.<id>.path`).
 */
function cc_signals_site_default_nodes( $site ) {
	$nodes = array( cc_signals_site_default_node( 0, '/', '/', '/', cc_signals_site_resolve_section( $site )['preferences'] ) );
	$seen  = array( '/' => true );
	foreach ( (array) ( $site['sections'] ?? array() ) as $id => $section ) {
		$path = $section['path'] ?? null;
		if ( null === $path || '' === $path || '/' === $path ) {
			continue;
		}
		$path = cc_signals_encode_robots_path( (string) $path, 'sections.' . $id . '.path' );
		if ( isset( $seen[ $path ] ) ) {
			continue;
		}
		$seen[ $path ] = true;
		$target        = cc_signals_normalize_robots_url_path( (string) preg_replace( '/[*$]+$/', '', $path ) );
		$nodes[]       = cc_signals_site_default_node( count( $nodes ), $path, cc_signals_normalize_robots_pattern( $path ), $target, cc_signals_site_resolve_section( $site, $id )['preferences'] );
	}
	return $nodes;
}

/**
 * One default node.
 *
 * @since 0.4.0
 *
 * @param int    $index       Order among the defaults.
 * @param string $path        Rule path.
 * @param string $pattern     Normalized rule path.
 * @param string $target      Normalized URL path.
 * @param array  $preferences Preferences.
 * @return array
 */
function cc_signals_site_default_node( $index, $path, $pattern, $target, $preferences ) {
	return array(
		'kind'        => 'default',
		'index'       => $index,
		'pattern'     => $pattern,
		'rule_path'   => $path,
		'target'      => $target,
		'preferences' => $preferences,
		'key'         => strlen( $pattern ),
	);
}

/**
 * The item nodes, newest first: an item at a section's own path gets a rule for
 * exactly that URL (`/$`); one without a rule path is decided after every rule
 * that can match its URL.
 *
 * @since 0.4.0
 *
 * @param array    $site          The site.
 * @param string[] $default_paths The rule paths of the default nodes.
 * @return array[]
 */
function cc_signals_site_item_nodes( $site, $default_paths ) {
	$defaults = array_fill_keys( $default_paths, true );
	$nodes    = array();
	foreach ( cc_signals_site_newest_first( $site['items'] ?? array() ) as $index => $item ) {
		if ( ! isset( $item['path'] ) ) {
			continue;
		}
		$encoded = cc_signals_site_item_rule_path( (string) $item['path'] );
		$path    = null !== $encoded['path'] && isset( $defaults[ $encoded['path'] ] ) ? $encoded['path'] . '$' : $encoded['path'];
		$pattern = null === $path ? '' : cc_signals_normalize_robots_pattern( $path );
		$nodes[] = array(
			'kind'        => 'item',
			'index'       => $index,
			'pattern'     => $pattern,
			'rule_path'   => $path,
			'target'      => $encoded['target'],
			'preferences' => cc_signals_site_resolve_item( $site, $item )['preferences'],
			'id'          => (string) $item['id'],
			'source'      => (string) $item['path'],
			'reason'      => $encoded['reason'],
			'key'         => null === $path ? strlen( $encoded['target'] ) + 0.5 : strlen( $pattern ),
		);
	}
	return $nodes;
}

/**
 * An item's URL path as a robots.txt path (`*` and `$` as data), or why it cannot
 * be one, and the normalized URL path a crawler matches for it.
 *
 * @since 0.2.0
 *
 * @param string $path URL path.
 * @return array `path` (or null), `target`, `reason` (null, `query` or `invalid-path`).
 */
function cc_signals_site_item_rule_path( $path ) {
	$hash   = strpos( $path, '#' );
	$bare   = false === $hash ? $path : substr( $path, 0, $hash );
	$query  = strpos( $bare, '?' );
	$covers = false === $query ? $bare : substr( $bare, 0, $query );
	try {
		$encoded = cc_signals_encode_robots_path( str_replace( array( '*', '$' ), array( '%2A', '%24' ), $covers ), 'path' );
	} catch ( CC_Signals_Validation_Error $error ) {
		return array(
			'path'   => null,
			'target' => '/',
			'reason' => 'invalid-path',
		);
	}
	return array(
		'path'   => false === $query ? $encoded : null,
		'target' => cc_signals_normalize_robots_url_path( false === $query ? $encoded : $encoded . substr( $bare, $query ) ),
		'reason' => false === $query ? null : 'query',
	);
}

/**
 * Items by publication date, newest first; undated ones after, in the order given.
 *
 * @since 0.2.0
 *
 * @param array[] $items Items.
 * @return array[]
 */
function cc_signals_site_newest_first( $items ) {
	$keyed = array();
	foreach ( array_values( $items ) as $index => $item ) {
		$time    = isset( $item['published'] ) ? strtotime( (string) $item['published'] ) : false;
		$keyed[] = array( false === $time ? -INF : (float) $time, $index, $item );
	}
	usort(
		$keyed,
		function ( $a, $b ) {
			$order = $b[0] <=> $a[0];
			return 0 !== $order ? $order : $a[1] <=> $b[1];
		}
	);
	return array_column( $keyed, 2 );
}
