<?php
/**
 * RSL 1.0 `<content>` elements for feeds (core's serializeRslContent).
 *
 * Mapping, documented in core's docs/bindings.md: allowed → permits with
 * payment `free`; disallowed except `cc-cr` → permits with payment
 * `attribution` and the signal's URL as `<standard>`; any other disallow →
 * prohibits, with an XML comment for a CC signal RSL cannot state.
 *
 * @package CC_Signals
 */

/**
 * One RSL `<content url>` element for these preferences: a `<license>` per
 * payment (usages with the same terms share one), then one prohibiting the
 * rest. Categories without an RSL usage token are left out.
 *
 * @since 0.1.0
 *
 * @param array  $prefs           Preferences keyed by wire label.
 * @param string $url             The content's URL.
 * @param string $prefix          Namespace prefix, e.g. `rsl` in a feed; '' for none.
 * @param bool   $any_ai_training EmitOptions `anyAiTraining`: permit RSL's wider `ai-train` for an allowed `train-ai`.
 * @return string Lines joined with "\n"; '' when nothing remains.
 * @throws CC_Signals_Validation_Error For a prefix that is not an XML name.
 */
function cc_signals_rsl_content( $prefs, $url, $prefix = '', $any_ai_training = false ) {
	if ( '' !== $prefix && ! preg_match( '/^[A-Za-z_][A-Za-z0-9_.-]*$/D', $prefix ) ) {
		throw new CC_Signals_Validation_Error( 'prefix: "' . $prefix . '" is not an XML namespace prefix', 'prefix' );
	}
	$p     = '' === $prefix ? '' : $prefix . ':';
	$terms = cc_signals_rsl_terms( $prefs, $any_ai_training );
	if ( array() === $terms ) {
		return '';
	}
	$lines = array( '<' . $p . 'content url="' . cc_signals_xml_value( $url ) . '">' );
	foreach ( array_merge( cc_signals_rsl_permit_licenses( $terms, $p ), cc_signals_rsl_prohibit_license( $terms, $p ) ) as $line ) {
		$lines[] = '  ' . $line;
	}
	$lines[] = '</' . $p . 'content>';
	return implode( "\n", $lines );
}

/**
 * The RSL terms of each category that has a usage token, in the order of
 * core's data/bindings.json. An allow of a category whose RSL usage is wider
 * is left out unless `$any_ai_training`.
 *
 * @since 0.1.0
 *
 * @param array $prefs           Preferences.
 * @param bool  $any_ai_training EmitOptions `anyAiTraining`.
 * @return array[] Terms: `usage`, and `payment` (`type`, `standard`) or `note`.
 */
function cc_signals_rsl_terms( $prefs, $any_ai_training = false ) {
	$terms = array();
	foreach ( cc_signals_stated_bindings( cc_signals_bindings()['rsl']['write'], $prefs, $any_ai_training ) as list( $binding, $value ) ) {
		$terms[] = cc_signals_rsl_terms_for( $binding['usage'], $value );
	}
	return $terms;
}

/**
 * The RSL terms for one usage.
 *
 * @since 0.1.0
 *
 * @param string $usage RSL usage token.
 * @param array  $value The preference.
 * @return array
 */
function cc_signals_rsl_terms_for( $usage, $value ) {
	if ( 'allowed' === $value['preference'] ) {
		return array(
			'usage'   => $usage,
			'payment' => array(
				'type'     => 'free',
				'standard' => null,
			),
		);
	}
	if ( ! isset( $value['exception'] ) ) {
		return array( 'usage' => $usage );
	}
	$signal  = cc_signals_exception_signal( $value );
	$payment = null === $signal ? null : ( cc_signals_bindings()['rsl']['paymentBySignal'][ $signal['token'] ] ?? null );
	if ( null !== $payment ) {
		return array(
			'usage'   => $usage,
			'payment' => array(
				'type'     => $payment,
				'standard' => $signal['url'],
			),
		);
	}
	$notes = cc_signals_bindings()['rsl']['notes'];
	$note  = null === $signal
		? strtr(
			$notes['notASignal'],
			array(
				'{token}' => $value['exception'],
				'{usage}' => $usage,
			)
		)
		: strtr(
			$notes['cannotExpress'],
			array(
				'{title}' => $signal['title'],
				'{token}' => $signal['token'],
				'{url}'   => $signal['url'],
				'{usage}' => $usage,
			)
		);
	return array(
		'usage' => $usage,
		'note'  => $note,
	);
}

/**
 * The `<license>` lines permitting usages, one per payment.
 *
 * @since 0.1.0
 *
 * @param array[] $terms Terms.
 * @param string  $p     Prefix with its colon, or ''.
 * @return string[]
 */
function cc_signals_rsl_permit_licenses( $terms, $p ) {
	$groups = array();
	foreach ( $terms as $term ) {
		if ( isset( $term['payment'] ) ) {
			$key                        = $term['payment']['type'] . ' ' . $term['payment']['standard'];
			$groups[ $key ]['payment']  = $term['payment'];
			$groups[ $key ]['usages'][] = $term['usage'];
		}
	}
	$lines = array();
	foreach ( $groups as $group ) {
		$payment = '<' . $p . 'payment type="' . $group['payment']['type'] . '"';
		$payment = null === $group['payment']['standard']
			? $payment . '/>'
			: $payment . '><' . $p . 'standard>' . cc_signals_xml_value( $group['payment']['standard'] ) . '</' . $p . 'standard></' . $p . 'payment>';
		$lines[] = '<' . $p . 'license>';
		$lines[] = '  <' . $p . 'permits type="usage">' . cc_signals_xml_value( implode( ' ', $group['usages'] ) ) . '</' . $p . 'permits>';
		$lines[] = '  ' . $payment;
		$lines[] = '</' . $p . 'license>';
	}
	return $lines;
}

/**
 * The `<license>` lines prohibiting the usages without a payment, with their notes.
 *
 * @since 0.1.0
 *
 * @param array[] $terms Terms.
 * @param string  $p     Prefix with its colon, or ''.
 * @return string[]
 */
function cc_signals_rsl_prohibit_license( $terms, $p ) {
	$notes  = array();
	$usages = array();
	foreach ( $terms as $term ) {
		if ( isset( $term['payment'] ) ) {
			continue;
		}
		$usages[] = $term['usage'];
		if ( isset( $term['note'] ) ) {
			$notes[] = '  ' . cc_signals_xml_comment( $term['note'] );
		}
	}
	if ( array() === $usages ) {
		return array();
	}
	$prohibits = '  <' . $p . 'prohibits type="usage">' . cc_signals_xml_value( implode( ' ', $usages ) ) . '</' . $p . 'prohibits>';
	return array_merge( array( '<' . $p . 'license>' ), $notes, array( $prohibits, '</' . $p . 'license>' ) );
}
