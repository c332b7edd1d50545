<?php
/**
 * Validation errors of the format functions, worded as core's ValidationError.
 *
 * @package CC_Signals
 */

/**
 * An input that does not follow a grammar or schema (core's ValidationError):
 * `field` names what was wrong, `allowed` lists the accepted values.
 *
 * @since 0.1.0
 */
class CC_Signals_Validation_Error extends InvalidArgumentException {

	/**
	 * What was wrong: a JSON path such as `categories.train-ai.choice`, or a format name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public $field;

	/**
	 * The values that would have been accepted; empty when core names none.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public $allowed;

	/**
	 * Creates the error.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $message Message, as core words it.
	 * @param string   $field   The field that was wrong.
	 * @param string[] $allowed The accepted values.
	 */
	public function __construct( $message, $field, $allowed = array() ) {
		parent::__construct( $message );
		$this->field   = $field;
		$this->allowed = $allowed;
	}

	/**
	 * The error as plain data: `array( 'field' => …, 'allowed' => …, 'message' => … )`.
	 *
	 * @since 0.1.0
	 *
	 * @return array
	 */
	public function to_array() {
		return array(
			'field'   => $this->field,
			'allowed' => $this->allowed,
			'message' => $this->getMessage(),
		);
	}
}

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
