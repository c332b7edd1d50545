<?php
/**
 * Helpers that raise the format functions' validation errors (core's invalidValue).
 *
 * @package CC_Signals
 */

/**
 * A value as JSON, for error messages (which are for people; tests compare
 * `field` and `allowed`, not the wording).
 *
 * @since 0.1.0
 *
 * @param mixed $value The value.
 * @return string
 */
function cc_signals_json_value( $value ) {
	$json = json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE );
	return false === $json ? 'null' : $json;
}

/**
 * The allowed values of a field, quoted and comma-separated (core's describeAllowed).
 *
 * @since 0.1.0
 *
 * @param string[] $allowed The allowed values.
 * @return string
 */
function cc_signals_describe_allowed( $allowed ) {
	$quoted = array();
	foreach ( $allowed as $value ) {
		$quoted[] = '"' . $value . '"';
	}
	return implode( ', ', $quoted );
}

/**
 * Throws the error for a value outside an enumeration (core's invalidValue).
 *
 * @since 0.1.0
 *
 * @param string   $field   The field.
 * @param mixed    $value   The value given (null when missing).
 * @param string[] $allowed The allowed values.
 * @throws CC_Signals_Validation_Error Always.
 */
function cc_signals_invalid_value( $field, $value, $allowed ) {
	$message = $field . ': ' . cc_signals_json_value( $value ) . ' is not allowed; expected one of ' . cc_signals_describe_allowed( $allowed );
	throw new CC_Signals_Validation_Error( $message, $field, $allowed );
}
