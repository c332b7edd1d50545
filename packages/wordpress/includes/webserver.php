<?php
/**
 * Media files and cached pages are served by the web server without PHP, so their
 * headers (Content-Usage, Link, TDMRep, X-Robots-Tag) must come from its configuration: an Apache `.htaccess` for the
 * uploads folder and an nginx `map` + `location`, shown on Settings → AI usage and
 * checked by Site Health. PHP port of core's `webserver` module (packages/core/src/webserver),
 * proven equal to it by tests/webserver.test.ts.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checks a URL path for the snippets, as core's checkPath().
 *
 * @since 0.1.0
 *
 * @param string $path  URL path.
 * @param string $field Field name for the error.
 * @return string
 * @throws InvalidArgumentException When the path cannot be written without quoting.
 */
function cc_signals_webserver_path( $path, $field ) {
	if ( ! is_string( $path ) || ! preg_match( '/^\/[^\s"\'\\\\<>{}$;#\p{Cc}]*$/u', $path ) ) {
		throw new InvalidArgumentException( esc_html( $field . ': ' . wp_json_encode( $path ) . ' cannot be written safely in a web-server config' ) );
	}
	return $path;
}

/**
 * The headers the plugin sends for `$prefs` with the site's options (core's siteHeaders()),
 * each value checked for the config syntaxes as core's ruleHeaders(): printable ASCII
 * without `\\` (an escape in both) or `$` (an nginx variable).
 *
 * @since 0.3.0
 *
 * @param array  $prefs   Preferences.
 * @param array  $options Emit options.
 * @param string $field   Field name for the error.
 * @return array<string, string> Name (usual spelling) => value.
 * @throws InvalidArgumentException When a value cannot be written safely.
 */
function cc_signals_webserver_headers( $prefs, $options, $field ) {
	$headers = cc_signals_site_headers( $prefs, $options );
	foreach ( $headers as $name => $value ) {
		if ( ! preg_match( '/^[\x20-\x23\x25-\x5b\x5d-\x7e]*$/', $value ) ) {
			throw new InvalidArgumentException( esc_html( "$field: the $name value " . wp_json_encode( $value ) . ' cannot be written in a web-server config; expected printable ASCII without "\\" or "$" (check the URLs in the emit options)' ) );
		}
	}
	return $headers;
}

/**
 * Validates rules (`prefix`, `defaults` preferences, `files` of `path` + `preferences`,
 * optional emit `options`) as core's checkRules(): headers computed, files under the prefix,
 * sorted, one rule per path.
 *
 * @since 0.1.0
 * @since 0.3.0 Every header, not only Content-Usage; `names` lists them in core's order.
 *
 * @param array $rules Rules.
 * @return array{prefix: string, names: string[], defaults: array<string, string>, files: array<string, array<string, string>>} Path => headers.
 * @throws InvalidArgumentException When a path or value cannot be written safely.
 */
function cc_signals_webserver_check( $rules ) {
	$prefix  = cc_signals_webserver_path( $rules['prefix'], 'prefix' );
	$options = (array) ( $rules['options'] ?? array() );
	if ( '/' !== substr( $prefix, -1 ) ) {
		throw new InvalidArgumentException( 'prefix: must end with "/"' );
	}
	$files = array();
	foreach ( array_values( $rules['files'] ) as $index => $file ) {
		$path = cc_signals_webserver_path( $file['path'], "files[$index].path" );
		if ( 0 !== strpos( $path, $prefix ) ) {
			throw new InvalidArgumentException( esc_html( "files[$index].path: $path is not under $prefix" ) );
		}
		$headers = cc_signals_webserver_headers( $file['preferences'], $options, "files[$index].preferences" );
		if ( isset( $files[ $path ] ) && $files[ $path ] !== $headers ) {
			throw new InvalidArgumentException( esc_html( "files[$index].path: $path has two different rules" ) );
		}
		$files[ $path ] = $headers;
	}
	ksort( $files, SORT_STRING );
	$defaults = cc_signals_webserver_headers( $rules['defaults'], $options, 'defaults' );
	$used     = array_keys( array_merge( $defaults, ...array_values( $files ) ) );
	$order    = array( 'Content-Usage', 'Link', 'tdm-reservation', 'tdm-policy', 'X-Robots-Tag' );
	return array(
		'prefix'   => $prefix,
		'names'    => array_values( array_merge( array_intersect( $order, $used ), array_diff( $used, $order ) ) ),
		'defaults' => $defaults,
		'files'    => $files,
	);
}

/**
 * The `.htaccess` block for the uploads folder, as core's apacheHtaccess(): every header for
 * every file, and one `<If>` per file that differs, setting or unsetting each header.
 *
 * @since 0.1.0
 *
 * @param array $rules Rules (see cc_signals_webserver_check()).
 * @return string
 */
function cc_signals_apache_htaccess( $rules ) {
	$checked = cc_signals_webserver_check( $rules );
	$quote   = fn( $value ) => '"' . str_replace( array( '%', '"' ), array( '%%', '\\"' ), $value ) . '"';
	$lines   = array( '# BEGIN CC Signals', '# AI usage headers (CC signals, IETF AI Preferences) for these files; needs mod_headers.', '<IfModule mod_headers.c>' );
	foreach ( $checked['names'] as $name ) {
		if ( isset( $checked['defaults'][ $name ] ) ) {
			$lines[] = "\tHeader always set $name " . $quote( $checked['defaults'][ $name ] );
		}
	}
	foreach ( $checked['files'] as $path => $headers ) {
		$lines[] = "\t<If \"%{REQUEST_URI} == '$path'\">";
		foreach ( $checked['names'] as $name ) {
			$lines[] = isset( $headers[ $name ] ) ? "\t\tHeader always set $name " . $quote( $headers[ $name ] ) : "\t\tHeader always unset $name";
		}
		$lines[] = "\t</If>";
	}
	$lines[] = '</IfModule>';
	$lines[] = '# END CC Signals';
	return implode( "\n", $lines ) . "\n";
}

/**
 * The `map_hash_bucket_size` the map's keys need, or 0 when nginx's default (64) is enough,
 * as core's nginxBucketSize(): a bucket holds a pointer, then each key as a pointer plus its
 * bytes + 2 rounded up to 8; nginx refuses to start when one key does not fit.
 *
 * @since 0.2.0
 *
 * @param string[] $paths Map keys.
 * @return int
 */
function cc_signals_nginx_bucket_size( $paths ) {
	$longest = 0;
	foreach ( $paths as $path ) {
		$longest = max( $longest, strlen( $path ) );
	}
	$needed = 16 + (int) ceil( ( $longest + 2 ) / 8 ) * 8;
	if ( $needed <= 64 ) {
		return 0;
	}
	$size = 64;
	while ( $size < $needed ) {
		$size *= 2;
	}
	return $size;
}

/**
 * The nginx variable of a header, as core's nginxVariable(): `$cc_signals_content_usage`.
 *
 * @since 0.3.0
 *
 * @param string $name Header name.
 * @return string
 */
function cc_signals_nginx_variable( $name ) {
	return '$cc_signals_' . str_replace( '-', '_', strtolower( $name ) );
}

/**
 * The nginx `map` blocks (one per header) and `location` block, as core's nginxSnippet().
 *
 * @since 0.1.0
 * @since 0.3.0 One map per header the rules send.
 *
 * @param array $rules Rules (see cc_signals_webserver_check()).
 * @return string
 */
function cc_signals_nginx_snippet( $rules ) {
	$checked = cc_signals_webserver_check( $rules );
	$names   = $checked['names'] ? $checked['names'] : array( 'Content-Usage' );
	$quote   = fn( $value ) => '"' . str_replace( '"', '\\"', $value ) . '"';
	$bucket  = cc_signals_nginx_bucket_size( array_map( 'strval', array_keys( $checked['files'] ) ) );
	$lines   = array( '# In the http {} block:' );
	if ( $bucket ) {
		$lines[] = '# Long paths need larger map hash buckets; if your http {} block sets map_hash_bucket_size, keep the larger value there instead.';
		$lines[] = "map_hash_bucket_size $bucket;";
	}
	foreach ( $names as $name ) {
		$lines[] = 'map $uri ' . cc_signals_nginx_variable( $name ) . ' {';
		$lines[] = "\tdefault " . $quote( $checked['defaults'][ $name ] ?? '' ) . ';';
		foreach ( $checked['files'] as $path => $headers ) {
			$lines[] = "\t\"$path\" " . $quote( $headers[ $name ] ?? '' ) . ';';
		}
		$lines[] = '}';
	}
	$lines[] = '';
	$lines[] = '# In the server {} block:';
	$lines[] = "location ^~ {$checked['prefix']} {";
	foreach ( $names as $name ) {
		$lines[] = "\tadd_header $name " . cc_signals_nginx_variable( $name ) . ' always;';
	}
	$lines[] = '}';
	return implode( "\n", $lines ) . "\n";
}

/**
 * The rules of this site's uploads: the Media default, and every file of an attachment whose
 * own choice differs from it (the file, its image sizes and the original of a scaled image).
 * Files whose path cannot be written safely are left out and counted in `skipped`.
 *
 * @since 0.1.0
 *
 * @return array{prefix: string, defaults: array, files: array, options: array, skipped: int}
 */
function cc_signals_uploads_rules() {
	$prefix   = cc_signals_uploads_rules_prefix();
	$defaults = cc_signals_preferences_for_post_type( 'attachment' );
	$rules    = array(
		'prefix'   => $prefix,
		'defaults' => $defaults,
		'files'    => array(),
		'options'  => cc_signals_emit_options(),
		'skipped'  => 0,
	);
	$ids      = get_posts(
		array(
			'post_type'      => 'attachment',
			'post_status'    => 'any',
			'fields'         => 'ids',
			'posts_per_page' => -1,
			'meta_key'       => '_cc_signals', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- only attachments with their own choice.
		)
	);
	foreach ( $ids as $id ) {
		$prefs = cc_signals_preferences_for_post( $id );
		if ( $prefs === $defaults ) {
			continue;
		}
		foreach ( cc_signals_attachment_paths( $id ) as $path ) {
			if ( 0 !== strpos( $path, $prefix ) || ! preg_match( '/^\/[^\s"\'\\\\<>{}$;#\p{Cc}]*$/u', $path ) ) {
				++$rules['skipped'];
				continue;
			}
			$rules['files'][] = array(
				'path'        => $path,
				'preferences' => $prefs,
			);
		}
	}
	return $rules;
}

/**
 * The URL path of the uploads folder, ending in `/`.
 *
 * @since 0.3.0
 *
 * @return string
 */
function cc_signals_uploads_rules_prefix() {
	return rtrim( (string) wp_parse_url( wp_get_upload_dir()['baseurl'], PHP_URL_PATH ), '/' ) . '/';
}

/**
 * The URL paths of an attachment's files: the file, its image sizes, the original image.
 *
 * @since 0.1.0
 *
 * @param int $id Attachment ID.
 * @return string[]
 */
function cc_signals_attachment_paths( $id ) {
	$url = wp_get_attachment_url( $id );
	if ( ! $url ) {
		return array();
	}
	$path  = (string) wp_parse_url( $url, PHP_URL_PATH );
	$dir   = trailingslashit( dirname( $path ) );
	$paths = array( $path );
	$meta  = wp_get_attachment_metadata( $id );
	foreach ( (array) ( $meta['sizes'] ?? array() ) as $size ) {
		if ( ! empty( $size['file'] ) ) {
			$paths[] = $dir . $size['file'];
		}
	}
	if ( ! empty( $meta['original_image'] ) ) {
		$paths[] = $dir . $meta['original_image'];
	}
	return array_values( array_unique( $paths ) );
}
