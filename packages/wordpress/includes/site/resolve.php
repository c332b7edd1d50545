<?php
/**
 * Layering: site default → section default → the item's own choice, with where
 * each category's choice came from (core's site/resolve.ts).
 *
 * A site is an array: `intent` (the site default), `sections` (id => `path`,
 * `intent`), `items` (each `id`, `section`, `path`, `published`, `intent`) and
 * `options` (emit options: `vocabulary` selects the vocabulary the preferences are
 * written for, `transitionLabels` adds previous labels). Intents are stored intents.
 *
 * @package CC_Signals
 */

/**
 * Resolves layers, most general first: for each category the last non-inherit choice
 * wins. The preferences are written for the vocabulary of `$options` (`vocabulary`),
 * with previous labels in transition mode (`transitionLabels`).
 *
 * @since 0.2.0
 *
 * @param array[]    $layers  Pairs `array( layer name, intent or null )`.
 * @param array|null $options Emit options of the site.
 * @return array `intent`, `preferences` (by label) and `from` (category id => layer).
 */
function cc_signals_site_resolve_layers( $layers, $options = null ) {
	$categories = array();
	$from       = array();
	foreach ( $layers as $pair ) {
		$intent = is_array( $pair[1] ) ? $pair[1] : array();
		foreach ( (array) ( $intent['categories'] ?? array() ) as $id => $value ) {
			if ( ! is_array( $value ) || 'inherit' === ( $value['choice'] ?? 'inherit' ) ) {
				continue;
			}
			$categories[ $id ] = $value;
			$from[ $id ]       = $pair[0];
		}
	}
	$intent     = array( 'categories' => $categories );
	$transition = ! empty( $options['transitionLabels'] );
	return array(
		'intent'      => $intent,
		'preferences' => cc_signals_with_vocabulary( $options, fn() => cc_signals_intent_to_preferences( $intent, $transition ) ),
		'from'        => $from,
	);
}

/**
 * What applies to a section (its archive, its feed) and what its items inherit;
 * without a section, the site default.
 *
 * @since 0.2.0
 *
 * @param array       $site    The site.
 * @param string|null $section Section id.
 * @return array See cc_signals_site_resolve_layers().
 */
function cc_signals_site_resolve_section( $site, $section = null ) {
	$own = null === $section ? null : ( $site['sections'][ $section ]['intent'] ?? null );
	return cc_signals_site_resolve_layers(
		array(
			array( 'site', $site['intent'] ?? null ),
			array( 'section', $own ),
		),
		$site['options'] ?? null
	);
}

/**
 * What applies to an item: site default → its section's default → its own choice.
 *
 * @since 0.2.0
 *
 * @param array $site The site.
 * @param array $item The item (`section`, `intent`).
 * @return array See cc_signals_site_resolve_layers().
 */
function cc_signals_site_resolve_item( $site, $item ) {
	$section = isset( $item['section'] ) ? ( $site['sections'][ $item['section'] ]['intent'] ?? null ) : null;
	return cc_signals_site_resolve_layers(
		array(
			array( 'site', $site['intent'] ?? null ),
			array( 'section', $section ),
			array( 'item', $item['intent'] ?? null ),
		),
		$site['options'] ?? null
	);
}

/**
 * Whether two statements give the same preference and exception for every label.
 *
 * @since 0.2.0
 *
 * @param array $a Preferences.
 * @param array $b Preferences.
 * @return bool
 */
function cc_signals_site_same_preferences( $a, $b ) {
	foreach ( array_keys( $a + $b ) as $label ) {
		foreach ( array( 'preference', 'exception' ) as $key ) {
			if ( ( $a[ $label ][ $key ] ?? null ) !== ( $b[ $label ][ $key ] ?? null ) ) {
				return false;
			}
		}
	}
	return true;
}
