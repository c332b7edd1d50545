<?php
/**
 * Chooses a site's path rules so that, under RFC 9309's longest match, the path
 * of every section and every listed item reads exactly its own preferences
 * (core's site/rules.ts).
 *
 * @package CC_Signals
 */

/**
 * The rule set: `defaults`, `items` (`id`, `path`, `preferences`, `unit`: the index of
 * the outermost item rule of its nest, kept or dropped whole under the size limit,
 * `needsUnit`: whether the item reads differently without it), `dependents` (items
 * without a rule that read a nest: `id`, `path`, `unit`) and `omitted` (query,
 * duplicate, invalid-path). Nodes are decided shortest pattern first, so every rule
 * that can cover a path is decided before it; item rules are literal and looked up
 * by prefix, near-linear in the number of items.
 *
 * @since 0.4.0
 *
 * @param array $site The site.
 * @return array
 * @throws CC_Signals_Validation_Error For a section path robots.txt cannot carry (`sections.<id>.path`).
 */
function cc_signals_site_rule_set( $site ) {
	$defaults = cc_signals_site_default_nodes( $site );
	$nodes    = array_merge( $defaults, cc_signals_site_item_nodes( $site, array_column( $defaults, 'rule_path' ) ) );
	usort(
		$nodes,
		function ( $a, $b ) {
			$order = $a['key'] <=> $b['key'];
			return 0 !== $order ? $order : cc_signals_site_node_rank( $a ) <=> cc_signals_site_node_rank( $b );
		}
	);
	$state = array(
		'defaults' => array(),
		'prefixes' => array(),
		'anchored' => array(),
		'claimed'  => array(),
		'decided'  => array(),
		'readers'  => array(),
	);
	foreach ( $nodes as $node ) {
		cc_signals_site_decide_node( $state, $node );
	}
	return cc_signals_site_finish_rules( $state );
}

/**
 * Decides one node: a default or an item gets a rule where its preferences differ
 * from what its path would read; an item without one is kept as a reader.
 *
 * @since 0.4.0
 *
 * @param array $state The decisions so far (changed).
 * @param array $node  The node.
 */
function cc_signals_site_decide_node( &$state, $node ) {
	$fallback = cc_signals_site_read_defaults( $state['defaults'], $node['target'] );
	$reading  = cc_signals_site_read_all( $fallback, $state['prefixes'], $state['anchored'], $node['target'] );
	$prefs    = $node['preferences'];
	if ( 'default' === $node['kind'] ) {
		$differs = ! cc_signals_site_same_preferences( $prefs, $fallback['preferences'] ) || ! cc_signals_site_same_preferences( $prefs, $reading['preferences'] );
		if ( '/' === $node['pattern'] || $differs ) {
			$state['defaults'][] = array(
				'path'        => $node['rule_path'],
				'preferences' => $prefs,
				'pattern'     => $node['pattern'],
			);
		}
		return;
	}
	$taken = null === $node['rule_path'] || isset( $state['claimed'][ $node['pattern'] ] );

	$state['claimed'][ $node['pattern'] ] = true; // Of two items with one path, the newer owns it, rule or not.
	if ( $taken || cc_signals_site_same_preferences( $prefs, $reading['preferences'] ) ) {
		$state['readers'][] = array( $node, $reading, $fallback['preferences'] );
		return;
	}
	$unit = $reading['unit'] ?? count( $state['decided'] );
	$rule = array(
		'preferences' => $prefs,
		'length'      => strlen( $node['pattern'] ),
		'unit'        => $unit,
	);
	if ( '$' === substr( $node['pattern'], -1 ) ) {
		$state['anchored'][ $node['target'] ] = $rule;
	} else {
		$state['prefixes'][ $node['pattern'] ] = $rule;
	}
	$state['decided'][] = array(
		'id'          => $node['id'],
		'path'        => $node['rule_path'],
		'preferences' => $prefs,
		'unit'        => $unit,
		'needsUnit'   => ! cc_signals_site_same_preferences( $prefs, $fallback['preferences'] ),
		'order'       => $node['index'],
	);
}

/**
 * The rule set from the decisions: items newest first with their units renumbered
 * as indexes into that list, dependents and omitted items newest first.
 *
 * @since 0.4.0
 *
 * @param array $state The decisions.
 * @return array
 */
function cc_signals_site_finish_rules( $state ) {
	$decided = $state['decided'];
	$order   = array_keys( $decided );
	usort(
		$order,
		function ( $a, $b ) use ( $decided ) {
			return $decided[ $a ]['order'] <=> $decided[ $b ]['order'];
		}
	);
	$position = array_flip( $order );
	$items    = array();
	foreach ( $order as $at ) {
		$rule         = $decided[ $at ];
		$rule['unit'] = $position[ $rule['unit'] ];
		unset( $rule['order'] );
		$items[] = $rule;
	}
	$readers = $state['readers'];
	usort(
		$readers,
		function ( $a, $b ) {
			return $a[0]['index'] <=> $b[0]['index'];
		}
	);
	$dependents = array();
	$omitted    = array();
	foreach ( $readers as list( $node, $reading, $fallback ) ) {
		if ( ! cc_signals_site_same_preferences( $node['preferences'], $reading['preferences'] ) ) {
			$omitted[] = array(
				'id'     => $node['id'],
				'path'   => $node['source'],
				'reason' => $node['reason'] ?? 'duplicate',
			);
		} elseif ( null !== $reading['unit'] && ! cc_signals_site_same_preferences( $node['preferences'], $fallback ) ) {
			$dependents[] = array(
				'id'   => $node['id'],
				'path' => $node['source'],
				'unit' => $position[ $reading['unit'] ],
			);
		}
	}
	$defaults = array();
	foreach ( $state['defaults'] as $rule ) {
		unset( $rule['pattern'] );
		$defaults[] = $rule;
	}
	return compact( 'defaults', 'items', 'dependents', 'omitted' );
}

/**
 * Defaults before items of the same length; items newest first.
 *
 * @since 0.4.0
 *
 * @param array $node The node.
 * @return int
 */
function cc_signals_site_node_rank( $node ) {
	return 'default' === $node['kind'] ? $node['index'] - 1000000000 : $node['index'];
}

/**
 * What a path reads from the defaults chosen so far (the longest matching).
 *
 * @since 0.4.0
 *
 * @param array[] $defaults Chosen defaults (`pattern`, `preferences`).
 * @param string  $target   Normalized URL path.
 * @return array `preferences`, `length`, `unit` (null).
 */
function cc_signals_site_read_defaults( $defaults, $target ) {
	$best = array(
		'preferences' => array(),
		'length'      => -1,
		'unit'        => null,
	);
	foreach ( $defaults as $rule ) {
		if ( strlen( $rule['pattern'] ) > $best['length'] && cc_signals_robots_pattern_matches( $rule['pattern'], $target ) ) {
			$best = array(
				'preferences' => $rule['preferences'],
				'length'      => strlen( $rule['pattern'] ),
				'unit'        => null,
			);
		}
	}
	return $best;
}

/**
 * What a path reads from the defaults and item rules chosen so far: an item rule
 * longer than the best default, found by its prefixes, wins.
 *
 * @since 0.4.0
 *
 * @param array  $best     What it reads from the defaults.
 * @param array  $prefixes Item rules by normalized path.
 * @param array  $anchored Item rules for exactly one URL, by normalized URL path.
 * @param string $target   Normalized URL path.
 * @return array `preferences`, `length`, `unit`.
 */
function cc_signals_site_read_all( $best, $prefixes, $anchored, $target ) {
	if ( isset( $anchored[ $target ] ) && $anchored[ $target ]['length'] > $best['length'] ) {
		return $anchored[ $target ];
	}
	for ( $end = strlen( $target ); $end > $best['length']; $end-- ) {
		$prefix = substr( $target, 0, $end );
		if ( isset( $prefixes[ $prefix ] ) ) {
			return $prefixes[ $prefix ];
		}
	}
	return $best;
}
