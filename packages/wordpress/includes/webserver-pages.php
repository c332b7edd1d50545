<?php
/**
 * Cached pages: a page cache that serves HTML without PHP loses the plugin's headers. These
 * snippets state them from robots.txt's path rules (longest match), matched on the request
 * target as the client sent it. PHP port of core's webserver/pages.ts, proven equal to it by
 * tests/webserver.test.ts.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The regex of a robots.txt pattern on the request target, as core's pageRegex(): a prefix
 * match, `*` any run, a final `$` the end of the path, percent-escapes in either case.
 *
 * @since 0.3.0
 *
 * @param string $pattern robots.txt path pattern.
 * @return string
 */
function cc_signals_page_regex( $pattern ) {
	$anchored = '$' === substr( $pattern, -1 );
	$body     = $anchored ? substr( $pattern, 0, -1 ) : $pattern;
	$hex      = fn( $digit ) => ctype_alpha( $digit ) ? '[' . strtoupper( $digit ) . strtolower( $digit ) . ']' : $digit;
	$out      = preg_replace_callback(
		'/%([0-9A-Fa-f])([0-9A-Fa-f])|[*.^|?+()[\]{}]/',
		function ( $m ) use ( $hex ) {
			if ( isset( $m[2] ) ) {
				return '%' . $hex( $m[1] ) . $hex( $m[2] );
			}
			return '*' === $m[0] ? '.*' : '\\' . $m[0];
		},
		$body
	);
	return $anchored ? $out . '(\\?|$)' : $out;
}

/**
 * Validates page rules (`rules` of `path` + `preferences`, `options`) as core's checkPageRules().
 *
 * @since 0.3.0
 *
 * @param array $rules Page rules.
 * @return array{names: string[], sets: array[], pages: array[]} Pages longest pattern first.
 * @throws InvalidArgumentException When a pattern or value cannot be written safely.
 */
function cc_signals_page_check( $rules ) {
	$sets    = array();
	$keys    = array();
	$pages   = array();
	$options = (array) ( $rules['options'] ?? array() );
	foreach ( array_values( $rules['rules'] ) as $index => $rule ) {
		if ( ! is_string( $rule['path'] ) || ! preg_match( '/^\/[^\s"\\\\#$\p{Cc}]*\$?$/u', $rule['path'] ) ) {
			throw new InvalidArgumentException( esc_html( "rules[$index].path: " . wp_json_encode( $rule['path'] ) . ' cannot be written safely in a web-server config' ) );
		}
		$headers = cc_signals_webserver_headers( $rule['preferences'], $options, "rules[$index].preferences" );
		$key     = (string) wp_json_encode( $headers );
		if ( ! isset( $keys[ $key ] ) ) {
			$keys[ $key ] = count( $sets );
			$sets[]       = $headers;
		}
		$pages[] = array(
			'regex'  => cc_signals_page_regex( $rule['path'] ),
			'length' => strlen( $rule['path'] ),
			'set'    => $keys[ $key ],
			'at'     => $index,
		);
	}
	usort( $pages, fn( $a, $b ) => array( $b['length'], $a['at'] ) <=> array( $a['length'], $b['at'] ) ); // Of one length, the first listed, as core.
	$used  = array_keys( array_merge( array(), ...$sets ) );
	$order = array( 'Content-Usage', 'Link', 'tdm-reservation', 'tdm-policy', 'X-Robots-Tag' );
	return array(
		'names' => array_values( array_merge( array_intersect( $order, $used ), array_diff( $used, $order ) ) ),
		'sets'  => $sets,
		'pages' => $pages,
	);
}

/**
 * The nginx snippet for cached pages, as core's nginxPagesSnippet().
 *
 * @since 0.3.0
 *
 * @param array $rules Page rules.
 * @return string
 */
function cc_signals_nginx_pages_snippet( $rules ) {
	$checked = cc_signals_page_check( $rules );
	$lines   = array( '# In the http {} block:', 'map $request_uri $cc_signals_page {', "\tdefault \"\";" );
	foreach ( $checked['pages'] as $page ) {
		$lines[] = "\t\"~^{$page['regex']}\" {$page['set']};";
	}
	$lines[] = '}';
	foreach ( $checked['names'] as $name ) {
		$lines[] = 'map $cc_signals_page ' . cc_signals_nginx_variable( "page-$name" ) . ' {';
		$lines[] = "\tdefault \"\";";
		foreach ( $checked['sets'] as $index => $headers ) {
			if ( isset( $headers[ $name ] ) ) {
				$lines[] = "\t$index \"" . str_replace( '"', '\\"', $headers[ $name ] ) . '";';
			}
		}
		$lines[] = '}';
	}
	$lines[] = '';
	$lines[] = '# In the location that serves cached pages without PHP (not the one that passes requests to PHP, which sends these itself):';
	foreach ( $checked['names'] as $name ) {
		$lines[] = "add_header $name " . cc_signals_nginx_variable( "page-$name" ) . ' always;';
	}
	return implode( "\n", $lines ) . "\n";
}

/**
 * The site root `.htaccess` block for cached pages, as core's apachePagesHtaccess().
 *
 * @since 0.3.0
 *
 * @param array $rules Page rules (`skip`: prefixes left to their own .htaccess).
 * @return string
 */
function cc_signals_apache_pages_htaccess( $rules ) {
	$checked = cc_signals_page_check( $rules );
	$lines   = array( '# BEGIN CC Signals cached pages', '# AI usage headers for pages a cache serves without PHP; needs mod_headers (Apache 2.4.7+).', '<IfModule mod_headers.c>' );
	$index   = 0;
	$open    = function ( $regex ) use ( &$index, &$lines ) {
		$lines[] = "\t<" . ( $index ? 'ElseIf' : 'If' ) . " \"%{THE_REQUEST} =~ m#^[A-Z]+ $regex#\">";
	};
	$close   = function () use ( &$index, &$lines ) {
		$lines[] = "\t</" . ( $index ? 'ElseIf' : 'If' ) . '>';
		++$index;
	};
	foreach ( array_values( (array) ( $rules['skip'] ?? array() ) ) as $at => $prefix ) {
		$open( cc_signals_page_regex( cc_signals_webserver_path( $prefix, "skip[$at]" ) ) );
		$lines[] = "\t\t# Left to its own .htaccess.";
		$close();
	}
	foreach ( $checked['pages'] as $page ) {
		$open( $page['regex'] );
		foreach ( $checked['names'] as $name ) {
			if ( isset( $checked['sets'][ $page['set'] ][ $name ] ) ) {
				$lines[] = "\t\tHeader setifempty $name \"" . str_replace( array( '%', '"' ), array( '%%', '\\"' ), $checked['sets'][ $page['set'] ][ $name ] ) . '"';
			}
		}
		$close();
	}
	$lines[] = '</IfModule>';
	$lines[] = '# END CC Signals cached pages';
	return implode( "\n", $lines ) . "\n";
}

/**
 * This site's page rules: robots.txt's rules (section defaults, then items that differ,
 * cached) whose paths can be written in a config, the emit options, and the uploads folder
 * left to its own .htaccess. Rules left out are counted in `skipped`.
 *
 * @since 0.3.0
 *
 * @return array{rules: array[], options: array, skip: string[], skipped: int}
 */
function cc_signals_page_rules() {
	$cached = cc_signals_robots_cached()['rules'];
	$rules  = array(
		'rules'   => array(),
		'options' => cc_signals_emit_options(),
		'skip'    => array( cc_signals_uploads_rules_prefix() ),
		'skipped' => 0,
	);
	foreach ( array_merge( $cached['defaults'], $cached['items'] ) as $rule ) {
		if ( ! preg_match( '/^\/[^\s"\\\\#$\p{Cc}]*\$?$/u', $rule['path'] ) ) {
			++$rules['skipped'];
			continue;
		}
		$rules['rules'][] = array(
			'path'        => $rule['path'],
			'preferences' => $rule['preferences'],
		);
	}
	return $rules;
}

/**
 * The "Cached pages" part of the settings page's web-server section.
 *
 * @since 0.3.0
 */
function cc_signals_render_page_cache_section() {
	$rules = cc_signals_page_rules();
	echo '<h3 id="cc-signals-cached-pages">' . esc_html__( 'Cached pages', 'cc-signals' ) . '</h3>';
	echo '<p>' . esc_html__( 'If a page cache serves pages without running WordPress, add this block so they keep their headers (the same rules as robots.txt); add it again after you change a default or a post\'s own choice.', 'cc-signals' ) . '</p>';
	try {
		$apache = cc_signals_apache_pages_htaccess( $rules );
		$nginx  = cc_signals_nginx_pages_snippet( $rules );
	} catch ( InvalidArgumentException $error ) {
		echo '<p class="notice notice-error">' . esc_html( $error->getMessage() ) . '</p>';
		return;
	}
	/* translators: %s: the site's root folder on disk. */
	$where = sprintf( __( 'In %s.htaccess, before WordPress\'s own block (needs mod_headers):', 'cc-signals' ), function_exists( 'get_home_path' ) ? get_home_path() : ABSPATH );
	cc_signals_render_server_snippets( 'h4', '-pages', $apache, $where, $nginx );
	if ( $rules['skipped'] ) {
		/* translators: %d: number of rules. */
		echo '<p>' . esc_html( sprintf( _n( '%d page path cannot be written safely in a server configuration and is left out.', '%d page paths cannot be written safely in a server configuration and are left out.', $rules['skipped'], 'cc-signals' ), $rules['skipped'] ) ) . '</p>';
	}
}
