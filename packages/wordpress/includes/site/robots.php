<?php
/**
 * The robots.txt rules of a site: one rule per path, newest items first, under
 * the 500 KiB limit (core's site/robots.ts).
 *
 * @package CC_Signals
 */

/**
 * The path rules of a site: `defaults` (the site at `/`, then each section with a
 * prefix whose default differs), `items` (each item differing from the default
 * covering its path: `id`, `path`, `preferences`, newest first) and `omitted`
 * (differing items without a rule: `id`, `path`, `reason` = query, duplicate,
 * invalid-path). See core's siteRobotsRules for the rules.
 *
 * @since 0.2.0
 *
 * @param array $site The site.
 * @return array
 * @throws CC_Signals_Validation_Error For a section path robots.txt cannot carry (`sections.<id>.path`).
 */
function cc_signals_site_robots_rules( $site ) {
	$defaults = cc_signals_site_default_rules( $site );
	$own      = array_fill_keys( array_column( $defaults, 'path' ), true );
	$taken    = $own;
	$patterns = array();
	foreach ( $defaults as $rule ) {
		$patterns[] = array( cc_signals_normalize_robots_pattern( $rule['path'] ), $rule['preferences'] );
	}
	$items   = array();
	$omitted = array();
	foreach ( cc_signals_site_newest_first( $site['items'] ?? array() ) as $item ) {
		if ( ! isset( $item['path'] ) ) {
			continue;
		}
		$prefs   = cc_signals_site_resolve_item( $site, $item )['preferences'];
		$encoded = cc_signals_site_item_rule_path( (string) $item['path'] );
		if ( cc_signals_site_same_preferences( $prefs, cc_signals_site_covering_default( $patterns, $encoded['covers'] ) ) ) {
			continue;
		}
		$path   = null !== $encoded['path'] && isset( $own[ $encoded['path'] ] ) ? $encoded['path'] . '$' : $encoded['path'];
		$reason = $encoded['reason'] ?? ( isset( $taken[ (string) $path ] ) ? 'duplicate' : null );
		if ( null !== $reason || null === $path ) {
			$omitted[] = array(
				'id'     => (string) $item['id'],
				'path'   => (string) $item['path'],
				'reason' => $reason ?? 'invalid-path',
			);
			continue;
		}
		$taken[ $path ] = true;
		$items[]        = array(
			'id'          => (string) $item['id'],
			'path'        => $path,
			'preferences' => $prefs,
		);
	}
	return compact( 'defaults', 'items', 'omitted' );
}

/**
 * The section defaults: the site at `/`, and each section with a prefix whose default differs.
 *
 * @since 0.2.0
 *
 * @param array $site The site.
 * @return array[]
 */
function cc_signals_site_default_rules( $site ) {
	$root  = cc_signals_site_resolve_section( $site )['preferences'];
	$rules = array(
		array(
			'path'        => '/',
			'preferences' => $root,
		),
	);
	foreach ( (array) ( $site['sections'] ?? array() ) as $id => $section ) {
		$path = $section['path'] ?? null;
		if ( null === $path || '' === $path || '/' === $path ) {
			continue;
		}
		$path  = cc_signals_encode_robots_path( (string) $path, 'sections.' . $id . '.path' );
		$prefs = cc_signals_site_resolve_section( $site, $id )['preferences'];
		if ( cc_signals_site_same_preferences( $prefs, $root ) || in_array( $path, array_column( $rules, 'path' ), true ) ) {
			continue;
		}
		$rules[] = array(
			'path'        => $path,
			'preferences' => $prefs,
		);
	}
	return $rules;
}

/**
 * An item's URL path as a robots.txt path (`*` and `$` as data), or why it cannot
 * be one, and the path whose default a crawler applies to it (before any `?`).
 *
 * @since 0.2.0
 *
 * @param string $path URL path.
 * @return array `path` (or null), `covers`, `reason` (null, `query` or `invalid-path`).
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
			'covers' => '/',
			'reason' => 'invalid-path',
		);
	}
	return array(
		'path'   => false === $query ? $encoded : null,
		'covers' => $encoded,
		'reason' => false === $query ? null : 'query',
	);
}

/**
 * The preferences of the longest default rule matching a path.
 *
 * @since 0.2.0
 *
 * @param array[] $patterns `array( normalized pattern, preferences )` pairs.
 * @param string  $path     Encoded path.
 * @return array
 */
function cc_signals_site_covering_default( $patterns, $path ) {
	$target = cc_signals_normalize_robots_url_path( $path );
	$best   = null;
	foreach ( $patterns as $entry ) {
		if ( cc_signals_robots_pattern_matches( $entry[0], $target ) && ( null === $best || strlen( $entry[0] ) > strlen( $best[0] ) ) ) {
			$best = $entry;
		}
	}
	return null === $best ? array() : $best[1];
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
