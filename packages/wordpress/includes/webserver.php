<?php
/**
 * Media files and cached pages are served by the web server without PHP, so their
 * Content-Usage header must come from its configuration: an Apache `.htaccess` for the
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
 * Validates rules (`prefix`, `defaults` preferences, `files` of `path` + `preferences`) as
 * core's checkRules(): values serialized, files under the prefix, sorted, one rule per path.
 *
 * @since 0.1.0
 *
 * @param array $rules Rules.
 * @return array{prefix: string, defaults: string, files: array<string, string>} Path => value.
 * @throws InvalidArgumentException When a path or value cannot be written safely.
 */
function cc_signals_webserver_check( $rules ) {
	$prefix = cc_signals_webserver_path( $rules['prefix'], 'prefix' );
	if ( '/' !== substr( $prefix, -1 ) ) {
		throw new InvalidArgumentException( 'prefix: must end with "/"' );
	}
	$files = array();
	foreach ( array_values( $rules['files'] ) as $index => $file ) {
		$path  = cc_signals_webserver_path( $file['path'], "files[$index].path" );
		$value = (string) cc_signals_serialize_content_usage( $file['preferences'] );
		if ( 0 !== strpos( $path, $prefix ) ) {
			throw new InvalidArgumentException( esc_html( "files[$index].path: $path is not under $prefix" ) );
		}
		if ( isset( $files[ $path ] ) && $files[ $path ] !== $value ) {
			throw new InvalidArgumentException( esc_html( "files[$index].path: $path has two different rules" ) );
		}
		$files[ $path ] = $value;
	}
	ksort( $files, SORT_STRING );
	return array(
		'prefix'   => $prefix,
		'defaults' => (string) cc_signals_serialize_content_usage( $rules['defaults'] ),
		'files'    => $files,
	);
}

/**
 * The `.htaccess` block for the uploads folder, as core's apacheHtaccess().
 *
 * @since 0.1.0
 *
 * @param array $rules Rules (see cc_signals_webserver_check()).
 * @return string
 */
function cc_signals_apache_htaccess( $rules ) {
	$checked = cc_signals_webserver_check( $rules );
	$lines   = array( '# BEGIN CC Signals', '# Content-Usage (IETF AI Preferences) for these files; needs mod_headers.', '<IfModule mod_headers.c>' );
	if ( '' !== $checked['defaults'] ) {
		$lines[] = "\tHeader always set Content-Usage \"{$checked['defaults']}\"";
	}
	foreach ( $checked['files'] as $path => $value ) {
		$lines[] = "\t<If \"%{REQUEST_URI} == '$path'\">";
		$lines[] = '' === $value ? "\t\tHeader always unset Content-Usage" : "\t\tHeader always set Content-Usage \"$value\"";
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
 * The nginx `map` and `location` blocks, as core's nginxSnippet().
 *
 * @since 0.1.0
 *
 * @param array $rules Rules (see cc_signals_webserver_check()).
 * @return string
 */
function cc_signals_nginx_snippet( $rules ) {
	$checked = cc_signals_webserver_check( $rules );
	$bucket  = cc_signals_nginx_bucket_size( array_keys( $checked['files'] ) );
	$lines   = array( '# In the http {} block:' );
	if ( $bucket ) {
		$lines[] = '# Long paths need larger map hash buckets; if your http {} block sets map_hash_bucket_size, keep the larger value there instead.';
		$lines[] = "map_hash_bucket_size $bucket;";
	}
	$lines[] = 'map $uri $cc_signals_content_usage {';
	$lines[] = "\tdefault \"{$checked['defaults']}\";";
	foreach ( $checked['files'] as $path => $value ) {
		$lines[] = "\t\"$path\" \"$value\";";
	}
	$lines[] = '}';
	$lines[] = '';
	$lines[] = '# In the server {} block:';
	$lines[] = "location ^~ {$checked['prefix']} {";
	$lines[] = "\tadd_header Content-Usage \$cc_signals_content_usage always;";
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
 * @return array{prefix: string, defaults: array, files: array, skipped: int}
 */
function cc_signals_uploads_rules() {
	$base     = wp_get_upload_dir()['baseurl'];
	$prefix   = rtrim( (string) wp_parse_url( $base, PHP_URL_PATH ), '/' ) . '/';
	$defaults = cc_signals_preferences_for_post_type( 'attachment' );
	$rules    = array(
		'prefix'   => $prefix,
		'defaults' => $defaults,
		'files'    => array(),
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
