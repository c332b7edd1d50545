<?php
/**
 * The PHP port of core's site module (includes/site/) against core's
 * vectors/site.json, without WordPress: layering with origins, robots.txt
 * (rules, insertion into every group, size strategy), feeds, headers,
 * tdmrep.json, and the robots.txt pattern matcher.
 *
 * @package CC_Signals
 */

use PHPUnit\Framework\TestCase;

/**
 * One test per case and output of vectors/site.json.
 */
class SiteVectorsTest extends TestCase {

	/**
	 * The decoded site.json.
	 *
	 * @since 0.2.0
	 *
	 * @return array
	 */
	private static function vectors() {
		static $vectors = null;
		if ( null === $vectors ) {
			$path    = dirname( __DIR__, 3 ) . '/core/vectors/site.json';
			$vectors = json_decode( (string) file_get_contents( $path ), true, 512, JSON_THROW_ON_ERROR );
		}
		return $vectors;
	}

	/**
	 * Every case × output.
	 *
	 * @since 0.2.0
	 *
	 * @return array
	 */
	public static function outputs() {
		$data = array();
		foreach ( self::vectors()['cases'] as $index => $case ) {
			foreach ( array_keys( $case['expected'] ) as $output ) {
				$data[ $index . ': ' . $output . ' (' . $case['name'] . ')' ] = array( $index, $output );
			}
		}
		return $data;
	}

	/**
	 * The PHP port gives the same output as core.
	 *
	 * @since 0.2.0
	 *
	 * @dataProvider outputs
	 *
	 * @param int    $index  Case index.
	 * @param string $output Output name.
	 */
	public function test_output( $index, $output ) {
		$case = self::vectors()['cases'][ $index ];
		$this->assertEquals( $case['expected'][ $output ], self::produce( $case, $output ) );
	}

	/**
	 * An output of the port for a case, as core's site/vectors.ts computes it.
	 *
	 * @since 0.2.0
	 *
	 * @param array  $vector The case.
	 * @param string $output Output name.
	 * @return mixed
	 */
	private static function produce( $vector, $output ) {
		$site     = $vector['site'];
		$items    = $site['items'] ?? array();
		$sections = array_map( 'strval', array_keys( $site['sections'] ?? array() ) );
		switch ( $output ) {
			case 'sections':
				$out = array( '' => self::pick( cc_signals_site_resolve_section( $site ) ) );
				foreach ( $sections as $id ) {
					$out[ $id ] = self::pick( cc_signals_site_resolve_section( $site, $id ) );
				}
				return $out;
			case 'items':
				return self::by_item( $items, fn( $item ) => self::pick( cc_signals_site_resolve_item( $site, $item ) ) );
			case 'robotsTxt':
			case 'omitted':
				$robots = cc_signals_site_robots_txt( $site, $vector['existingRobotsTxt'], $vector['maxBytes'] ?? 512000 );
				return 'robotsTxt' === $output ? $robots['text'] : $robots['omitted'];
			case 'tdmrepJson':
				return cc_signals_site_tdmrep_json( $site );
			case 'feeds':
				$out = array( '' => self::feed( $site, null ) );
				foreach ( $sections as $id ) {
					$out[ $id ] = self::feed( $site, $id );
				}
				return $out;
			case 'headers':
				$options = $site['options'] ?? array();
				return self::by_item( $items, fn( $item ) => cc_signals_site_headers( cc_signals_site_resolve_item( $site, $item )['preferences'], $options, $vector['existingHeaders'] ) );
		}
		self::fail( 'no PHP producer for ' . $output );
	}

	/**
	 * A value per item id.
	 *
	 * @since 0.2.0
	 *
	 * @param array[]  $items Items.
	 * @param callable $value Value of an item.
	 * @return array
	 */
	private static function by_item( $items, $value ) {
		$out = array();
		foreach ( $items as $item ) {
			$out[ (string) $item['id'] ] = $value( $item );
		}
		return $out;
	}

	/**
	 * The statements of a feed, as the vectors hold them.
	 *
	 * @since 0.2.0
	 *
	 * @param array       $site    The site.
	 * @param string|null $section Section id.
	 * @return array
	 */
	private static function feed( $site, $section ) {
		$channel = cc_signals_site_feed_channel( $site, $section );
		$items   = array();
		foreach ( $site['items'] ?? array() as $item ) {
			if ( null === $section || ( $item['section'] ?? null ) === $section ) {
				$items[ (string) $item['id'] ] = cc_signals_site_feed_item( $site, $channel, $item );
			}
		}
		return array(
			'channel' => $channel,
			'items'   => $items,
		);
	}

	/**
	 * The preferences and origins of a resolution.
	 *
	 * @since 0.2.0
	 *
	 * @param array $resolution Resolution.
	 * @return array
	 */
	private static function pick( $resolution ) {
		return array(
			'preferences' => $resolution['preferences'],
			'from'        => $resolution['from'],
		);
	}

	/**
	 * Pattern matching agrees with core, in linear time (a backtracking matcher
	 * takes minutes on the first cases: see tests/bench/robots-path.php).
	 *
	 * @since 0.2.0
	 */
	public function test_pattern_matching() {
		foreach ( self::vectors()['matching']['cases'] as $case ) {
			$matches = cc_signals_robots_pattern_matches( cc_signals_normalize_robots_pattern( $case['pattern'] ), cc_signals_normalize_robots_url_path( $case['path'] ) );
			$this->assertSame( $case['matches'], $matches, substr( $case['pattern'], 0, 40 ) . ' ~ ' . substr( $case['path'], 0, 40 ) );
		}
	}
}
