<?php
/**
 * Site Health: checks that a published post really carries its Content-Usage header and meta tag.
 *
 * The check is asynchronous (a REST endpoint) and its fetch part,
 * cc_signals_site_health_probe(), is a plain function: a loopback request made
 * from inside a single-process server (`php -S`, as in the test harness) waits
 * for itself and times out, so tests call the probe from a separate PHP process
 * (PHPUnit or wpCli) instead of through the Site Health screen.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the async test.
 *
 * @since 0.1.0
 *
 * @param array $tests Tests.
 * @return array
 */
function cc_signals_site_status_tests( $tests ) {
	$tests['async']['cc_signals_outputs'] = array(
		'label'             => __( 'AI usage preferences reach visitors', 'cc-signals' ),
		'test'              => rest_url( 'cc-signals/v1/site-health' ),
		'has_rest'          => true,
		'async_direct_test' => 'cc_signals_site_health_result',
	);
	$tests['async']['cc_signals_media']   = array(
		'label'             => __( 'AI usage preferences reach media files', 'cc-signals' ),
		'test'              => rest_url( 'cc-signals/v1/site-health-media' ),
		'has_rest'          => true,
		'async_direct_test' => 'cc_signals_media_health_result',
	);
	return $tests;
}

/**
 * Registers the REST endpoint Site Health calls.
 *
 * @since 0.1.0
 */
function cc_signals_register_site_health_route() {
	register_rest_route(
		'cc-signals/v1',
		'/site-health',
		array(
			'methods'             => 'GET',
			'callback'            => 'cc_signals_site_health_result',
			'permission_callback' => static fn() => current_user_can( 'view_site_health_checks' ),
		)
	);
	register_rest_route(
		'cc-signals/v1',
		'/site-health-media',
		array(
			'methods'             => 'GET',
			'callback'            => 'cc_signals_media_health_result',
			'permission_callback' => static fn() => current_user_can( 'view_site_health_checks' ),
		)
	);
}

/**
 * Fetches a post over HTTP and reports what arrived.
 *
 * @since 0.1.0
 *
 * @param WP_Post|int $post Published post.
 * @return array{url: string, expected: string, error: string, status: int, header: string, meta: bool}
 */
function cc_signals_site_health_probe( $post ) {
	$post     = get_post( $post );
	$url      = $post ? (string) get_permalink( $post ) : '';
	$expected = $post ? (string) cc_signals_serialize_content_usage( cc_signals_preferences_for_post( $post ) ) : '';
	$result   = array( 'url' => $url, 'expected' => $expected, 'error' => '', 'status' => 0, 'header' => '', 'meta' => false ); // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
	if ( '' === $url ) {
		return $result;
	}
	$response = wp_remote_get( $url, array( 'timeout' => 10, 'redirection' => 2, 'sslverify' => false ) ); // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.AssociativeArrayFound
	if ( is_wp_error( $response ) ) {
		$result['error'] = $response->get_error_message();
		return $result;
	}
	$body             = (string) wp_remote_retrieve_body( $response );
	$result['status'] = (int) wp_remote_retrieve_response_code( $response );
	$result['header'] = (string) wp_remote_retrieve_header( $response, 'content-usage' );
	$result['meta']   = '' !== $expected && false !== strpos( $body, 'content="' . esc_attr( $expected ) . '"' );
	return $result;
}

/**
 * The Site Health result for the latest published post.
 *
 * @since 0.1.0
 *
 * @return array Site Health test result.
 */
function cc_signals_site_health_result() {
	$posts = get_posts(
		array(
			'post_type'      => cc_signals_post_types(),
			'post_status'    => 'publish',
			'posts_per_page' => 1,
			'no_found_rows'  => true,
		)
	);
	return cc_signals_site_health_evaluate( $posts ? cc_signals_site_health_probe( $posts[0] ) : null );
}

/**
 * Turns a probe into a Site Health result.
 *
 * @since 0.1.0
 *
 * @param array|null $probe Result of cc_signals_site_health_probe(), or null without posts.
 * @return array
 */
function cc_signals_site_health_evaluate( $probe ) {
	$result   = array(
		'label'       => __( 'AI usage preferences reach visitors', 'cc-signals' ),
		'status'      => 'good',
		'badge'       => array(
			'label' => __( 'AI usage', 'cc-signals' ),
			'color' => 'blue',
		),
		'description' => '',
		'actions'     => sprintf( '<a href="%1$s">%2$s</a>', esc_url( admin_url( 'options-general.php?page=cc-signals' ) ), esc_html__( 'AI usage settings', 'cc-signals' ) ),
		'test'        => 'cc_signals_outputs',
	);
	$settings = cc_signals_get_settings();
	if ( null === $probe || '' === $probe['expected'] ) {
		$result['description'] = '<p>' . esc_html__( 'No published post states an AI usage preference yet, so there is nothing to check.', 'cc-signals' ) . '</p>';
		return $result;
	}
	$header_ok = ! $settings['outputs']['header'] || $probe['header'] === $probe['expected'];
	$meta_ok   = ! $settings['outputs']['head_tags'] || $probe['meta'];
	if ( '' === $probe['error'] && $header_ok && $meta_ok ) {
		/* translators: 1: URL, 2: content-usage value. */
		$result['description'] = '<p>' . esc_html( sprintf( __( '%1$s carries "%2$s" as expected.', 'cc-signals' ), $probe['url'], $probe['expected'] ) ) . '</p>';
		return $result;
	}
	$result['status']         = 'recommended';
	$result['badge']['color'] = 'orange';
	$result['label']          = __( 'AI usage preferences may not reach visitors', 'cc-signals' );
	$result['description']    = '<p>' . esc_html( cc_signals_site_health_problem( $probe, $header_ok ) ) . '</p>';
	if ( '' === $probe['error'] && ! $header_ok ) {
		$result['actions'] = sprintf( '<a href="%1$s">%2$s</a>', esc_url( admin_url( 'options-general.php?page=cc-signals#cc-signals-cached-pages' ) ), esc_html__( 'Web server configuration for cached pages', 'cc-signals' ) );
	}
	return $result;
}

/**
 * What went wrong, in words.
 *
 * @since 0.1.0
 *
 * @param array $probe     Probe result.
 * @param bool  $header_ok Whether the header arrived.
 * @return string
 */
function cc_signals_site_health_problem( $probe, $header_ok ) {
	if ( '' !== $probe['error'] ) {
		/* translators: 1: URL, 2: error message. */
		return sprintf( __( 'Could not fetch %1$s: %2$s', 'cc-signals' ), $probe['url'], $probe['error'] );
	}
	if ( ! $header_ok ) {
		/* translators: 1: URL, 2: expected value, 3: value received. */
		return sprintf( __( '%1$s should send "Content-Usage: %2$s" but sent "%3$s". A page cache or proxy may serve it without WordPress and drop the header: keep the headers in the cache, or set them in the web server with the block under Settings → AI usage → Cached pages.', 'cc-signals' ), $probe['url'], $probe['expected'], $probe['header'] );
	}
	/* translators: %s: URL. */
	return sprintf( __( '%s does not carry the content-usage meta tag. The theme may not call wp_head().', 'cc-signals' ), $probe['url'] );
}

/**
 * The Site Health result for media: the newest attachment's file, fetched over HTTP, must
 * carry its Content-Usage, which only the web server's configuration can add.
 *
 * @since 0.1.0
 *
 * @return array Site Health test result.
 */
function cc_signals_media_health_result() {
	$ids      = get_posts(
		array(
			'post_type'      => 'attachment',
			'post_status'    => 'inherit',
			'posts_per_page' => 1,
			'fields'         => 'ids',
			'no_found_rows'  => true,
		)
	);
	$result   = array(
		'label'       => __( 'AI usage preferences reach media files', 'cc-signals' ),
		'status'      => 'good',
		'badge'       => array(
			'label' => __( 'AI usage', 'cc-signals' ),
			'color' => 'blue',
		),
		'description' => '<p>' . esc_html__( 'No media file states an AI usage preference, so there is nothing to check.', 'cc-signals' ) . '</p>',
		'actions'     => sprintf( '<a href="%1$s">%2$s</a>', esc_url( admin_url( 'options-general.php?page=cc-signals#cc-signals-webserver' ) ), esc_html__( 'Web server configuration for media files', 'cc-signals' ) ),
		'test'        => 'cc_signals_media',
	);
	$url      = $ids ? (string) wp_get_attachment_url( $ids[0] ) : '';
	$expected = $ids ? (string) cc_signals_serialize_content_usage( cc_signals_preferences_for_post( $ids[0] ) ) : '';
	if ( '' === $url || '' === $expected || ! cc_signals_output_enabled( 'header' ) ) {
		return $result;
	}
	$response = wp_remote_head(
		$url,
		array(
			'timeout'   => 10,
			'sslverify' => false,
		)
	);
	$header   = is_wp_error( $response ) ? '' : (string) wp_remote_retrieve_header( $response, 'content-usage' );
	if ( $header === $expected ) {
		/* translators: 1: URL, 2: content-usage value. */
		$result['description'] = '<p>' . esc_html( sprintf( __( '%1$s carries "%2$s" as expected.', 'cc-signals' ), $url, $expected ) ) . '</p>';
		return $result;
	}
	$result['status']         = 'recommended';
	$result['badge']['color'] = 'orange';
	$result['label']          = __( 'Media files do not state their AI usage preferences', 'cc-signals' );
	$result['description']    = '<p>' . esc_html(
		sprintf(
			/* translators: 1: URL, 2: expected value, 3: value received. */
			__( '%1$s should send "Content-Usage: %2$s" but sent "%3$s". The web server sends media files without WordPress: add the configuration shown under Settings → AI usage → Media files and cached pages.', 'cc-signals' ),
			$url,
			$expected,
			is_wp_error( $response ) ? $response->get_error_message() : $header
		)
	) . '</p>';
	return $result;
}
