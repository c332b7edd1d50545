<?php
/**
 * Cloudflare Content Signals Policy `Content-Signal` values (core's content-signal.ts).
 *
 * @package CC_Signals
 */

/**
 * The signals that have an IETF category, category id => signal name, in the order they are written.
 *
 * @since 0.1.0
 *
 * @return array<string, string>
 */
function cc_signals_content_signal_names() {
	return array(
		'search'   => 'search',
		'train-ai' => 'ai-train',
	);
}

/**
 * Serializes preferences as a `Content-Signal` value, `search=yes, ai-train=no`.
 * A disallow with a CC signal exception is written `no` (never more
 * permissive); `ai-input` has no IETF category and is never written.
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences keyed by wire label.
 * @return string '' when there is nothing to say.
 */
function cc_signals_serialize_content_signal( $prefs ) {
	$parts = array();
	foreach ( cc_signals_content_signal_names() as $id => $signal ) {
		$category = cc_signals_category_by_id( $id );
		$value    = null === $category ? null : ( $prefs[ $category['label'] ] ?? null );
		if ( ! is_array( $value ) || 'unknown' === ( $value['preference'] ?? 'unknown' ) ) {
			continue;
		}
		$parts[] = $signal . '=' . ( 'allowed' === $value['preference'] ? 'yes' : 'no' );
	}
	return implode( ', ', $parts );
}

/**
 * The robots.txt comment lines explaining each `no` that stands for a
 * disallow with a CC signal exception, which Content-Signal cannot carry.
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences keyed by wire label.
 * @return string[] Empty when there is none.
 */
function cc_signals_content_signal_exception_comment( $prefs ) {
	$lines = array();
	foreach ( cc_signals_content_signal_names() as $id => $signal ) {
		$category = cc_signals_category_by_id( $id );
		$value    = null === $category ? null : ( $prefs[ $category['label'] ] ?? null );
		if ( null === $category || 'disallowed' !== ( $value['preference'] ?? null ) || ! isset( $value['exception'] ) ) {
			continue;
		}
		$known   = cc_signals_signal_by_token( $value['exception'] );
		$title   = null === $known ? 'the conditions' : $known['title'];
		$lines[] = '# ' . $signal . '=no: ' . $category['title'] . ' is allowed only under ' . $title . ' (' . $value['exception'] . '),';
		$lines[] = '# a condition Content-Signal cannot express, so it says no; the Content-Usage form carries it.';
	}
	return $lines;
}
