<?php
/**
 * The head tags' allowlist check (cc_signals_head_tags_allowed()), which replaced wp_kses()
 * on every page: it keeps what wp_kses() kept of the plugin's own output, and drops any
 * line that is not exactly one allowed tag.
 *
 * @package CC_Signals
 */

/**
 * @covers ::cc_signals_head_tags_allowed
 */
final class HeadTagsTest extends CC_Signals_TestCase {

	public function test_keeps_what_wp_kses_keeps_of_every_preset_with_every_output(): void {
		$options = array(
			'contentUsage'      => true,
			'contentSignal'     => true,
			'tdmrep'            => true,
			'noai'              => false,
			'tdmPolicyUrl'      => 'https://example.org/policy.json?a=1&b=é',
			'rslLicenseUrl'     => 'https://example.org/rsl.xml',
			'contentLicenseUrl' => 'https://creativecommons.org/licenses/by/4.0/',
		);
		$checked = 0;
		foreach ( cc_signals_presets() as $preset ) {
			$prefs = cc_signals_intent_to_preferences( cc_signals_resolve_intent( $preset['intent'] ) );
			$html  = (string) cc_signals_html_head( $prefs, $options );
			$this->assertSame( wp_kses( $html, cc_signals_head_allowed_html() ), cc_signals_head_tags_allowed( $html ), $preset['id'] );
			$this->assertSame( $html, cc_signals_head_tags_allowed( $html ), $preset['id'] . ': nothing of the plugin\'s own output is dropped' );
			$checked += substr_count( $html, "\n" ) + 1;
		}
		$this->assertGreaterThan( 10, $checked );
	}

	public function test_drops_lines_that_are_not_exactly_one_allowed_tag(): void {
		$good = '<meta name="content-usage" content="train-ai=n">';
		$bad  = array(
			'<script>alert(1)</script>',
			'<meta name="a" content="b" onload="x">',
			'<meta name="a" content="b"><script>alert(1)</script>',
			'<meta name="a" content="b" >x',
			'<meta name="a" content=b>',
			'<meta name="a" content="a > b">',
			'<link rel="x" href="y" style="z">',
			'<base href="https://evil.example/">',
			'text',
		);
		$this->assertSame( $good . "\n" . $good, cc_signals_head_tags_allowed( implode( "\n", array_merge( array( $good ), $bad, array( $good ) ) ) ) );
		$this->assertSame( '<link rel="license" href="https://x/" type="a/b" title="t">', cc_signals_head_tags_allowed( '<link rel="license" href="https://x/" type="a/b" title="t">' ) );
	}
}
