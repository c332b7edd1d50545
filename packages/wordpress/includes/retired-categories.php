<?php
/**
 * Category ids a later vocabulary dropped ("retired") stay stored with the post:
 * storage never discards them, and REST accepts them back unchanged, while a
 * new or changed unknown id is still rejected naming the allowed ids.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Splits an intent-shaped value into its categories of the vocabulary in force and the others.
 *
 * @since 0.1.0
 *
 * @param mixed $value Intent-shaped array (anything else is returned as is, with no retired ids).
 * @return array{0: mixed, 1: array} The value without retired categories, and the retired categories.
 */
function cc_signals_split_retired( $value ) {
	if ( ! is_array( $value ) || ! isset( $value['categories'] ) || ! is_array( $value['categories'] ) ) {
		return array( $value, array() );
	}
	$known               = array_flip( cc_signals_category_ids() );
	$retired             = array_diff_key( $value['categories'], $known );
	$value['categories'] = array_intersect_key( $value['categories'], $known );
	return array( $value, $retired );
}

/**
 * Adds the well-formed retired categories back to a normalized intent.
 *
 * @since 0.1.0
 *
 * @param array $intent  Normalized intent of the vocabulary in force.
 * @param array $retired Retired categories, as stored or sent.
 * @return array
 */
function cc_signals_with_retired( array $intent, array $retired ) {
	$kept = cc_signals_parse_stored_intent( array( 'categories' => $retired ) );
	if ( isset( $kept['error'] ) || empty( $kept['categories'] ) ) {
		return $intent;
	}
	$intent['categories'] = array_merge( $intent['categories'], cc_signals_canonical_intent( $kept )['categories'] );
	ksort( $intent['categories'] );
	return $intent;
}

/**
 * The retired categories of a REST write that differ from what the post stores:
 * those are new input and must pass strict validation.
 *
 * @since 0.1.0
 *
 * @param array $retired Retired categories sent.
 * @param int   $post_id The post written, 0 for a new one.
 * @return array
 */
function cc_signals_changed_retired( array $retired, $post_id ) {
	$stored  = $post_id ? cc_signals_post_intent( $post_id )['categories'] : array();
	$changed = array();
	foreach ( $retired as $id => $entry ) {
		$sent = cc_signals_canonical_intent( array( 'categories' => array( $id => $entry ) ) );
		$kept = isset( $stored[ $id ] ) ? cc_signals_canonical_intent( array( 'categories' => array( $id => $stored[ $id ] ) ) ) : null;
		if ( $sent !== $kept ) {
			$changed[ $id ] = $entry;
		}
	}
	return $changed;
}
