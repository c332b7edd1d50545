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
		$this->assertSame( $case['expected'][ $output ], self::producers( $case )[ $output ](), $case['name'] . ': ' . $output );
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
		$intent = self::vectors()['cases'][ $index ]['intent'];
		$this->assertSame( $intent, cc_signals_check_intent( $intent ) );
		$this->assertSame( $intent, cc_signals_parse_stored_intent( (string) json_encode( $intent ) ) );
	}

	/**
	 * Inputs beyond the vectors, with the results core gives for them
	 * (recorded by running @cc-signals/core on the same input).
	 *
	 * @since 0.1.0
	 *
	 * @return array
	 */
	public function core_results() {
		$credit = array( 'train-ai' => array( 'preference' => 'disallowed', 'exception' => 'cc-cr' ) );
		$allow  = array( 'train-ai' => array( 'preference' => 'allowed' ) );
		$odd    = array(
			'x-other'  => array( 'preference' => 'disallowed', 'exception' => 'foo' ),
			'train-ai' => array( 'preference' => 'disallowed', 'exception' => 'cc-cr-dc' ),
		);
		$choices = array( 'inherit', 'allow', 'disallow' );
		$policy  = array(
			'# Content signals (contentsignals.org): "yes" means you may collect content for that use, "no" means',
			'# you may not; a use not listed is neither granted nor restricted. search: a search index and results',
			'# (links, short excerpts), not AI summaries. ai-input: input to AI models (RAG, grounding).',
			'# ai-train: training or fine-tuning AI models. Restrictions expressed here are express reservations',
			'# of rights under Article 4 of EU Directive 2019/790 (Digital Single Market).',
		);
		$dc_url  = 'https://github.com/creativecommons/cc-signals/tree/main/signals/cr-dc/0.1';
		$dc      = 'CC Credit + Direct Contribution 0.1';
		$credit_text = 'You must give appropriate credit based on the method, means, and context of your use.';
		$dc_text     = 'You must provide monetary or in-kind support to the Declaring Party for their development and maintenance of the assets, based on a good faith valuation taking into account your use of the assets and your financial means.';
		$all         = array(
			'search'   => array( 'preference' => 'allowed' ),
			'train-ai' => array( 'preference' => 'allowed' ),
		);
		$messages    = array(
			'declaration.intro'           => 'Say <"{x}"> & {category}',
			'preference.disallowedExcept' => "{category} — no, except {signal} 'ok'",
		);
		return array(
			'bad choice'            => array( fn() => cc_signals_check_intent( array( 'categories' => array( 'train-ai' => array( 'choice' => 'maybe' ) ) ) ), self::error( 'categories.train-ai.choice', $choices, 'categories.train-ai.choice: "maybe" is not allowed; expected one of "inherit", "allow", "disallow"' ) ),
			'missing choice'        => array( fn() => cc_signals_check_intent( array( 'categories' => array( 'train-ai' => array( 'signal' => null ) ) ) ), self::error( 'categories.train-ai.choice', $choices, 'categories.train-ai.choice: undefined is not allowed; expected one of "inherit", "allow", "disallow"' ) ),
			'null choice'           => array( fn() => cc_signals_check_intent( array( 'categories' => array( 'train-ai' => array( 'choice' => null ) ) ) ), self::error( 'categories.train-ai.choice', $choices, 'categories.train-ai.choice: null is not allowed; expected one of "inherit", "allow", "disallow"' ) ),
			'unknown signal'        => array( fn() => cc_signals_check_intent( array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-zz' ) ) ) ), self::error( 'categories.train-ai.signal', array( 'cc-cr', 'cc-cr-dc', 'cc-cr-ec', 'cc-cr-op' ), 'categories.train-ai.signal: "cc-zz" is not allowed; expected one of "cc-cr", "cc-cr-dc", "cc-cr-ec", "cc-cr-op"' ) ),
			'signal on allow'       => array( fn() => cc_signals_check_intent( array( 'categories' => array( 'search' => array( 'choice' => 'allow', 'signal' => 'cc-cr' ) ) ) ), self::error( 'categories.search.signal', array(), 'categories.search.signal: a CC signal only applies to "disallow"' ) ),
			'unknown category'      => array( fn() => cc_signals_check_intent( array( 'categories' => array( 'ai-use' => array( 'choice' => 'allow' ) ) ) ), self::error( 'categories', array( 'train-ai', 'search' ), 'categories: "ai-use" is not allowed; expected one of "train-ai", "search"' ) ),
			'bad signal version'    => array( fn() => cc_signals_check_intent( array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr', 'signalVersion' => '0.2' ) ) ) ), self::error( 'categories.train-ai.signalVersion', array( '0.1' ), 'categories.train-ai.signalVersion: "0.2" is not allowed; expected one of "0.1"' ) ),
			'choice not an object'  => array( fn() => cc_signals_check_intent( array( 'categories' => array( 'train-ai' => 'allow' ) ) ), self::error( 'categories.train-ai', $choices, 'categories.train-ai: expected an object with "choice"' ) ),
			'intent not an object'  => array( fn() => cc_signals_check_intent( 'x' ), self::error( 'intent', array(), 'intent: expected an object with "categories"' ) ),
			'categories not object' => array( fn() => cc_signals_check_intent( array( 'categories' => 'x' ) ), self::error( 'categories', array(), 'categories: expected an object keyed by category id' ) ),
			'stored bad id'         => array( fn() => cc_signals_parse_stored_intent( array( 'categories' => array( 'Bad' => array( 'choice' => 'allow' ) ) ) ), self::error( 'categories', array(), 'categories: "Bad" is not a category id' ) ),
			'stored future id'      => array( fn() => cc_signals_parse_stored_intent( (object) array( 'categories' => (object) array( 'future-cat' => (object) array( 'choice' => 'allow' ) ) ) ), array( 'categories' => array( 'future-cat' => array( 'choice' => 'allow' ) ) ) ),
			'stored empty string'   => array( fn() => cc_signals_parse_stored_intent( '' ), array( 'categories' => array() ) ),
			'stored JSON'           => array( fn() => cc_signals_parse_stored_intent( '{"categories":{"train-ai":{"choice":"disallow","signal":"cc-cr-dc"}}}' ), array( 'categories' => array( 'train-ai' => array( 'choice' => 'disallow', 'signal' => 'cc-cr-dc', 'signalVersion' => '0.1' ) ) ) ),
			'compile rules'         => array( fn() => array_column( cc_signals_compile_robots_rules( array( self::rule( '/', $credit ), self::rule( '/notes/', $allow ) ), array( self::rule( '/posts/a', $credit ), self::rule( '/posts/b', $allow ), self::rule( '/notes/c', $allow ), self::rule( '/notes/d', array( 'train-ai' => array( 'preference' => 'disallowed' ) ) ) ) ), 'path' ), array( '/', '/notes/', '/posts/b', '/notes/d' ) ),
			'compile encoded paths' => array( fn() => array_column( cc_signals_compile_robots_rules( array( self::rule( '/', $credit ), self::rule( '/né/', $allow ) ), array( self::rule( '/n%C3%A9/x', $allow ), self::rule( '/n%c3%a9/y', $credit ) ) ), 'path' ), array( '/', '/né/', '/n%c3%a9/y' ) ),
			'robots encoded path'   => array( fn() => cc_signals_robots_group_lines( array( self::rule( '/', $allow ), self::rule( '/ünï/%7e$x*#f', $credit ) ), array( 'contentSignal' => true ) ), array_merge( array( 'Content-Usage: train-ai=y', 'Content-Usage: /%C3%BCn%C3%AF/%7e$x*%23f train-ai=n;exceptions=cc-cr' ), $policy, array( 'Content-Signal: ai-train=yes', '# ai-train=no: AI Model Training is allowed only under CC Credit 0.1 (cc-cr),', '# a condition Content-Signal cannot express, so it says no; the Content-Usage form carries it.', 'Content-Signal: /%C3%BCn%C3%AF/%7e$x*%23f ai-train=no' ) ) ),
			'robots bad path'       => array( fn() => cc_signals_robots_group_lines( array( self::rule( "/x\n", $allow ) ) ), self::error( 'rules[0].path', array( 'a path starting with "/", without whitespace or control characters' ), 'rules[0].path: "/x\\n" is not a robots.txt path' ) ),
			'tdmrep.json order'     => array( fn() => cc_signals_tdmrep_json( array( self::rule( '/', array( 'search' => array( 'preference' => 'allowed' ), 'train-ai' => array( 'preference' => 'allowed' ) ) ), self::rule( '/a/', array( 'search' => array( 'preference' => 'allowed' ) ) ), self::rule( '/b/%7e/', array( 'train-ai' => array( 'preference' => 'disallowed' ) ) ) ) ), "[\n  {\n    \"location\": \"/b/%7e/*\",\n    \"tdm-reservation\": 1\n  },\n  {\n    \"location\": \"/a/*\",\n    \"tdm-reservation\": 1\n  },\n  {\n    \"location\": \"/*\",\n    \"tdm-reservation\": 0\n  }\n]\n" ),
			'tdmrep.json ties'      => array( fn() => cc_signals_tdmrep_json( array( self::rule( '/b/', $all ), self::rule( '/a/', array( 'search' => array( 'preference' => 'disallowed' ) ) ), self::rule( '/c/', $all ) ), array( 'tdmPolicyUrl' => 'https://e.org/p' ) ), "[\n  {\n    \"location\": \"/a/*\",\n    \"tdm-reservation\": 1,\n    \"tdm-policy\": \"https://e.org/p\"\n  },\n  {\n    \"location\": \"/b/*\",\n    \"tdm-reservation\": 0\n  },\n  {\n    \"location\": \"/c/*\",\n    \"tdm-reservation\": 0\n  }\n]\n" ),
			'URL normalized'        => array( fn() => cc_signals_signal_headers( $credit, array( 'rslLicenseUrl' => 'https://Example.ORG' ) )['link'], '<https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.1>; rel="license", <https://example.org/>; rel="license"; type="application/rsl+xml"' ),
			'URL default port'      => array( fn() => cc_signals_robots_license_lines( array( 'rslLicenseUrl' => 'https://example.org:443/a?b=c#d' ) ), array( 'License: https://example.org/a?b=c#d' ) ),
			'URL non-ASCII'         => array( fn() => cc_signals_robots_license_lines( array( 'rslLicenseUrl' => 'http://example.org/ä' ) ), array( 'License: http://example.org/%C3%A4' ) ),
			'URL not http'          => array( fn() => cc_signals_signal_headers( $credit, array( 'rslLicenseUrl' => 'ftp://x.org/' ) ), self::error( 'rslLicenseUrl', array( 'absolute http(s) URL' ), 'rslLicenseUrl: "ftp://x.org/" is not an absolute http(s) URL' ) ),
			'URL not a URL'         => array( fn() => cc_signals_signal_headers( $credit, array( 'rslLicenseUrl' => 'not a url' ) ), self::error( 'rslLicenseUrl', array( 'absolute http(s) URL' ), 'rslLicenseUrl: "not a url" is not an absolute http(s) URL' ) ),
			'label not a key'       => array( fn() => cc_signals_serialize_content_usage( array( 'Train' => array( 'preference' => 'allowed' ) ) ), self::error( 'Content-Usage', array( 'lowercase key: [a-z*][a-z0-9_.*-]*' ), 'Content-Usage: "Train" is not a valid category label' ) ),
			'exception not a token' => array( fn() => cc_signals_serialize_content_usage( array( 'train-ai' => array( 'preference' => 'disallowed', 'exception' => '1x' ) ) ), self::error( 'exceptions', array( 'token, e.g. cc-cr' ), 'exceptions: "1x" is not a valid token' ) ),
			'other labels last'     => array( fn() => cc_signals_serialize_content_usage( array( 'x-other' => array( 'preference' => 'disallowed', 'exception' => 'foo' ), 'search' => array( 'preference' => 'allowed' ) ) ), 'search=y, x-other=n;exceptions=foo' ),
			'declaration text'      => array( fn() => cc_signals_declaration_text( $odd, array( 'messages' => $messages ) ), "Say <\"{x}\"> & {category}\n- AI Model Training — no, except $dc 'ok'\n  Conditions of $dc:\n    - $credit_text\n    - $dc_text\n  Read $dc: $dc_url\n- Search: no preference stated.\n- x-other — no, except foo 'ok'" ),
			'declaration HTML'      => array( fn() => cc_signals_declaration_html( $odd, array( 'messages' => $messages ) ), "<section class=\"cc-signals-declaration\" aria-label=\"Preferences for machine use\" data-content-usage=\"train-ai=n;exceptions=cc-cr-dc, x-other=n;exceptions=foo\">\n  <p>Say &lt;&quot;{x}&quot;&gt; &amp; {category}</p>\n  <ul>\n    <li data-category=\"train-ai\" data-preference=\"disallowed\" data-signal=\"cc-cr-dc\">AI Model Training — no, except <a href=\"$dc_url\" rel=\"license\">$dc</a> &#39;ok&#39;\n      <p>Conditions of $dc:</p>\n      <ul><li>$credit_text</li><li>$dc_text</li></ul>\n      <p><a href=\"$dc_url\">Read $dc</a></p>\n    </li>\n    <li data-category=\"search\" data-preference=\"unknown\">Search: no preference stated.</li>\n    <li data-category=\"x-other\" data-preference=\"disallowed\">x-other — no, except foo &#39;ok&#39;</li>\n  </ul>\n</section>" ),
			'RSS item inherits'     => array( fn() => cc_signals_rss_item_elements( "https://e.org/a?b=1&c=\"2\"\n", null, array( 'rslLicenseUrl' => 'https://e.org/l.xml' ), $odd ), "<rsl:content url=\"https://e.org/a?b=1&amp;c=&quot;2&quot;&#xA;\">\n  <rsl:license>\n    <!-- $dc (cc-cr-dc) cannot be expressed in RSL 1.0, see $dc_url: ai-train is prohibited instead -->\n    <rsl:prohibits type=\"usage\">ai-train</rsl:prohibits>\n  </rsl:license>\n</rsl:content>" ),
			'head escapes'          => array( fn() => cc_signals_html_head( $credit, array( 'declarationUrl' => "/ai-prefs?a=1&b='x'", 'contentUsage' => false, 'noai' => true ) ), "<link rel=\"describedby\" type=\"text/html\" href=\"/ai-prefs?a=1&amp;b=&#39;x&#39;\">\n<meta name=\"robots\" content=\"noai, noimageai\">" ),
		);
	}

	/**
	 * A path rule.
	 *
	 * @param string $path  Path.
	 * @param array  $prefs Preferences.
	 * @return array
	 */
	private static function rule( $path, $prefs ) {
		return array(
			'path'        => $path,
			'preferences' => $prefs,
		);
	}

	/**
	 * An error result as cc_signals_check_intent() returns it.
	 *
	 * @param string   $field   Field.
	 * @param string[] $allowed Allowed values (core: none is an empty list here).
	 * @param string   $message Core's message.
	 * @return array
	 */
	private static function error( $field, $allowed, $message ) {
		return array(
			'error' => array(
				'field'   => $field,
				'allowed' => $allowed,
				'message' => $message,
			),
		);
	}

	/**
	 * Each input gives what core gives: the value, or the error's field and message.
	 *
	 * @dataProvider core_results
	 *
	 * @param callable $produce  Calls the PHP function.
	 * @param mixed    $expected Core's result.
	 */
	public function test_matches_core_beyond_vectors( $produce, $expected ) {
		try {
			$actual = $produce();
		} catch ( CC_Signals_Validation_Error $error ) {
			$actual = array( 'error' => $error->to_array() );
		}
		$this->assertSame( $expected, $actual );
	}
}
