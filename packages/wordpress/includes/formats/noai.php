<?php
/**
 * The coarse 2022 `noai` / `noimageai` opt-out directives (core's noai.ts).
 *
 * @package CC_Signals
 */

/**
 * The directives for `X-Robots-Tag` or `<meta name="robots">`: `noai` and
 * `noimageai` when AI training is disallowed, with or without a CC signal
 * (the convention cannot carry it, and the plain opt-out is never more
 * permissive), else none.
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences keyed by wire label.
 * @return string[]
 */
function cc_signals_noai_directives( $prefs ) {
	foreach ( cc_signals_bindings()['noai']['categories'] as $id ) {
		$category = cc_signals_category_by_id( $id );
		if ( null !== $category && 'disallowed' === ( $prefs[ $category['label'] ]['preference'] ?? null ) ) {
			return array( 'noai', 'noimageai' );
		}
	}
	return array();
}
