<?php
/**
 * The PHP port of core's serializers against core's conformance vectors,
 * byte for byte (packages/core/vectors/outputs.json).
 *
 * Not checked here: `jsonFeedItem` (JSON Feed is not a WordPress feed, so the
 * plugin has no port of it).
 *
 * @package CC_Signals
 */

use PHPUnit\Framework\TestCase;

/**
 * Core's output vectors, one test per case and output.
 */
class FormatsVectorsTest extends TestCase {

	/**
	 * Outputs of the vectors this plugin does not produce, and why.
	 */
	const SKIPPED = array(
		'jsonFeedItem' => 'JSON Feed is not a WordPress feed',
	);

	/**
	 * The decoded outputs.json.
	 *
	 * @since 0.1.0
	 *
	 * @return array
	 */
	private static function vectors() {
		static $vectors = null;
		if ( null === $vectors ) {
			$path    = dirname( __DIR__, 3 ) . '/core/vectors/outputs.json';
			$vectors = json_decode( (string) file_get_contents( $path ), true, 512, JSON_THROW_ON_ERROR );
		}
		return $vectors;
	}

	/**
	 * The PHP producer of each output, as core's conformance.ts calls its serializers.
	 *
	 * @since 0.1.0
	 *
	 * @param array $case A case: `intent`, `options`.
	 * @return array<string, callable>
	 */
	private static function producers( $case ) {
		$item    = self::vectors()['itemUrl'];
		$options = $case['options'];
		$prefs   = cc_signals_intent_to_preferences( $case['intent'] );
		$rules   = array(
			array(
				'path'        => '/',
				'preferences' => $prefs,
			),
			array(
				'path'        => '/notes/',
				'preferences' => cc_signals_intent_to_preferences( self::vectors()['notesDefault'] ),
			),
		);
		return array(
			'preferences'      => fn() => $prefs,
			'contentUsage'     => fn() => cc_signals_serialize_content_usage( $prefs ),
			'headers'          => fn() => cc_signals_signal_headers( $prefs, $options ),
			'htmlHead'         => fn() => cc_signals_html_head( $prefs, $options ),
			'robotsTxt'        => fn() => cc_signals_robots_txt( $rules, $options ),
			'robotsGroupLines' => fn() => cc_signals_robots_group_lines( $rules, $options ),
			'contentSignal'    => fn() => cc_signals_serialize_content_signal( $prefs ),
			'rssNamespaces'    => fn() => cc_signals_rss_namespaces( $options ),
			'rssChannel'       => fn() => cc_signals_rss_channel_elements( $prefs, $options ),
			'rssItem'          => fn() => cc_signals_rss_item_elements( $item, $prefs, $options ),
			'atomNamespaces'   => fn() => cc_signals_atom_namespaces( $options ),
			'atomFeed'         => fn() => cc_signals_atom_feed_elements( $prefs, $options ),
			'atomEntry'        => fn() => cc_signals_atom_entry_elements( $item, $prefs, $options ),
			'tdmrepHeaders'    => fn() => cc_signals_tdmrep_headers( $prefs, $options ),
			'tdmrepMeta'       => fn() => cc_signals_tdmrep_meta( $prefs, $options ),
			'tdmrepJson'       => fn() => cc_signals_tdmrep_json( $rules, $options ),
			'noai'             => fn() => cc_signals_noai_directives( $prefs ),
			'declarationText'  => fn() => cc_signals_declaration_text( $prefs ),
			'declarationHtml'  => fn() => cc_signals_declaration_html( $prefs ),
		);
	}

	/**
	 * One data set per case and output: `preset cc-cr, every format / htmlHead`.
	 *
	 * @since 0.1.0
	 *
	 * @return array
	 */
	public function outputs() {
		$sets = array();
		foreach ( self::vectors()['cases'] as $index => $case ) {
			foreach ( array_keys( $case['expected'] ) as $output ) {
				if ( ! isset( self::SKIPPED[ $output ] ) ) {
					$sets[ $case['name'] . ' / ' . $output ] = array( $index, $output );
				}
			}
		}
		return $sets;
	}

	/**
	 * One data set per case.
	 *
	 * @since 0.1.0
	 *
	 * @return array
	 */
	public function cases() {
		$sets = array();
		foreach ( self::vectors()['cases'] as $index => $case ) {
			$sets[ $case['name'] ] = array( $index );
		}
		return $sets;
	}

	/**
	 * Every output the plugin produces equals core's, byte for byte.
	 *
	 * @dataProvider outputs
	 *
	 * @param int    $index  The case.
	 * @param string $output The output name.
	 */
	public function test_output_matches_core( $index, $output ) {
		$case = self::vectors()['cases'][ $index ];
		// The case's vocabulary (`options.vocabulary`, core's EmitOptions) is in force while it runs.
		$produced = cc_signals_with_vocabulary( $case['options'], fn() => self::producers( $case )[ $output ]() );
		$this->assertSame( $case['expected'][ $output ], $produced, $case['name'] . ': ' . $output );
	}

	/**
	 * Every output in the vectors is either checked or skipped for a stated reason.
	 *
	 * @dataProvider cases
	 *
	 * @param int $index The case.
	 */
	public function test_every_output_is_covered( $index ) {
		$case     = self::vectors()['cases'][ $index ];
		$produced = array_merge( array_keys( self::producers( $case ) ), array_keys( self::SKIPPED ) );
		$this->assertSame( array(), array_values( array_diff( array_keys( $case['expected'] ), $produced ) ) );
	}

	/**
	 * The intent of each case passes validation unchanged.
	 *
	 * @dataProvider cases
	 *
	 * @param int $index The case.
	 */
	public function test_vector_intent_validates( $index ) {
		$case   = self::vectors()['cases'][ $index ];
		$intent = $case['intent'];
		$this->assertSame( $intent, cc_signals_parse_stored_intent( (string) json_encode( $intent ) ) );
		// New input validates against the vocabulary in force; a stored -08 choice on a -07 site is only read back (above).
		$ids = array_column( cc_signals_with_vocabulary( $case['options'], 'cc_signals_vocabulary' )['categories'], 'id' );
		if ( array() === array_diff( array_keys( $intent['categories'] ), $ids ) ) {
			$this->assertSame( $intent, cc_signals_with_vocabulary( $case['options'], fn() => cc_signals_check_intent( $intent ) ) );
		}
	}

	/**
	 * The decoded edge-cases.json: single calls beyond outputs.json, generated by core.
	 *
	 * @since 0.1.0
	 *
	 * @return array
	 */
	private static function edge_cases() {
		static $cases = null;
		if ( null === $cases ) {
			$path  = dirname( __DIR__, 3 ) . '/core/vectors/edge-cases.json';
			$cases = json_decode( (string) file_get_contents( $path ), true, 512, JSON_THROW_ON_ERROR )['cases'];
		}
		return $cases;
	}

	/**
	 * The PHP port of each call the edge cases name, by that name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, callable>
	 */
	private static function calls() {
		return array(
			'validateIntent'         => fn( $input ) => cc_signals_check_intent( $input ),
			'readStoredIntent'       => function ( $stored ) {
				$reading = cc_signals_read_stored_intent( $stored );
				return array(
					'intent'   => $reading['intent'],
					'problems' => array_map(
						fn( $problem ) => array(
							'field'      => $problem['field'],
							'disallowed' => $problem['disallowed'],
						),
						$reading['problems']
					),
				);
			},
			'serializeContentUsage'  => fn( $prefs ) => cc_signals_serialize_content_usage( $prefs ),
			'serializeContentSignal' => fn( $prefs, $options ) => cc_signals_serialize_content_signal( $prefs, ! empty( $options['anyAiTraining'] ) ),
			'compileRobotsRules'     => fn( $defaults, $items ) => array_column( cc_signals_compile_robots_rules( $defaults, $items ), 'path' ),
			'robotsGroupLines'       => fn( $rules, $options ) => cc_signals_robots_group_lines( $rules, $options ),
			'robotsLicenseLines'     => fn( $options ) => cc_signals_robots_license_lines( $options ),
			'tdmrepJson'             => fn( $rules, $options ) => cc_signals_tdmrep_json( $rules, $options ),
			'linkHeader'             => fn( $prefs, $options ) => cc_signals_signal_headers( $prefs, $options )['link'] ?? null,
			'signalHeaders'          => fn( $prefs, $options ) => cc_signals_signal_headers( $prefs, $options ),
			'htmlHead'               => fn( $prefs, $options ) => cc_signals_html_head( $prefs, $options ),
			'rssItem'                => fn( $link, $prefs, $options, $channel ) => cc_signals_rss_item_elements( $link, $prefs, $options, $channel ),
			'declarationText'        => fn( $prefs, $messages ) => cc_signals_declaration_text( $prefs, array( 'messages' => $messages ) ),
			'declarationHtml'        => fn( $prefs, $messages ) => cc_signals_declaration_html( $prefs, array( 'messages' => $messages ) ),
		);
	}

	/**
	 * One data set per edge case.
	 *
	 * @since 0.1.0
	 *
	 * @return array
	 */
	public function edge_case_names() {
		$sets = array();
		foreach ( self::edge_cases() as $index => $case ) {
			$sets[ $case['name'] ] = array( $index );
		}
		return $sets;
	}

	/**
	 * Each edge case gives what core gives: the value, or an error with core's
	 * `field` and `allowed` (messages are for people and not compared).
	 *
	 * @dataProvider edge_case_names
	 *
	 * @param int $index The case.
	 */
	public function test_edge_case_matches_core( $index ) {
		$case = self::edge_cases()[ $index ];
		$call = self::calls()[ $case['call'] ] ?? null;
		$this->assertNotNull( $call, 'no PHP port for ' . $case['call'] );
		try {
			$actual = array( 'value' => $call( ...$case['args'] ) );
		} catch ( CC_Signals_Validation_Error $error ) {
			$actual = array( 'error' => $error->to_array() );
		}
		if ( isset( $actual['value']['error'] ) && 'validateIntent' === $case['call'] ) {
			$actual = array( 'error' => $actual['value']['error'] );
		}
		if ( isset( $actual['error'] ) ) {
			unset( $actual['error']['message'] );
		}
		$this->assertSame( $case['expected'], $actual, $case['name'] );
	}
}
