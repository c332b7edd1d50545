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
	return array_column( cc_signals_bindings()['contentSignal']['categories'], 'signal', 'category' );
}

/**
 * Serializes preferences as a `Content-Signal` value, `search=yes, ai-train=no`.
 * A disallow with a CC signal exception is written `no` (never more
 * permissive); an allowed `train-ai` is written `ai-train=yes` only with
 * `$any_ai_training` (Cloudflare's term is wider); `ai-input` has no IETF
 * category and is never written.
 *
 * @since 0.1.0
 *
 * @param array $prefs           Preferences keyed by wire label.
 * @param bool  $any_ai_training EmitOptions `anyAiTraining`.
 * @return string '' when there is nothing to say.
 */
function cc_signals_serialize_content_signal( $prefs, $any_ai_training = false ) {
	$parts = array();
	foreach ( cc_signals_stated_bindings( cc_signals_bindings()['contentSignal']['categories'], $prefs, $any_ai_training ) as list( $binding, $value ) ) {
		$parts[] = $binding['signal'] . '=' . ( 'allowed' === $value['preference'] ? 'yes' : 'no' );
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
		$bindings = cc_signals_bindings()['contentSignal'];
		$known    = cc_signals_signal_by_token( $value['exception'] );
		$values   = array(
			'{signal}'   => $signal,
			'{category}' => $category['title'],
			'{title}'    => null === $known ? $bindings['unknownSignalTitle'] : $known['title'],
			'{token}'    => $value['exception'],
		);
		foreach ( $bindings['exceptionComment'] as $line ) {
			$lines[] = strtr( $line, $values );
		}
	}
	return $lines;
}
