<?php
/**
 * The validation error of the format functions, core's ValidationError.
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
