<?php
/**
 * Emit options shared by every serializer (core's emit.ts) and the names of our bindings.
 *
 * Options are keyed like core's EmitOptions: `contentUsage` (default true),
 * `contentSignal`, `tdmrep`, `noai`, `anyAiTraining` (default false),
 * `tdmPolicyUrl`, `rslLicenseUrl`, `contentLicenseUrl` (absolute http(s)
 * URLs, or absent/null).
 *
 * @package CC_Signals
 */

/** The project's own XML namespace for feed elements (docs/bindings.md). */
const CC_SIGNALS_NAMESPACE = 'https://cc-signals.org/ns/1.0/';

/** The `<meta name>` that carries a Content-Usage value in HTML. */
const CC_SIGNALS_CONTENT_USAGE_META_NAME = 'content-usage';

/** The XML namespace of RSL 1.0 documents and of its RSS module. */
const CC_SIGNALS_RSL_NAMESPACE = 'https://rslstandard.org/rsl';

/** The media type of an RSL licence document. */
const CC_SIGNALS_RSL_MEDIA_TYPE = 'application/rsl+xml';

/** The Atom namespace (RFC 4287), also used in RSS for RFC 4946 licence links. */
const CC_SIGNALS_ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/**
 * The link relation of a CC signal's text, which is not a licence (core's CC_SIGNAL_RELATION).
 *
 * @since 0.1.0
 *
 * @return string
 */
function cc_signals_signal_relation() {
	return cc_signals_bindings()['names']['signalRelation'];
}

/**
 * Whether a value matches one of the patterns of core's data/bindings.json
 * (`key`, `token`, `categoryId`), anchored as in JavaScript.
 *
 * @since 0.1.0
 *
 * @param string $name  Pattern name.
 * @param string $value The value.
 * @return bool
 */
function cc_signals_matches_pattern( $name, $value ) {
	static $regex = array(); // The same string each call: PCRE finds its compiled pattern without hashing it again.
	if ( ! isset( $regex[ $name ] ) ) {
		$regex[ $name ] = '{' . cc_signals_bindings()['patterns'][ $name ] . '}D';
	}
	return 1 === preg_match( $regex[ $name ], $value );
}

/**
 * The options with their defaults filled in and their URLs checked and
 * normalized (core's withDefaults). URL keys are left out when absent or null.
 *
 * @since 0.1.0
 *
 * @param array|null $options Emit options.
 * @return array
 * @throws CC_Signals_Validation_Error For a URL that is not absolute http(s).
 */
function cc_signals_with_defaults( $options = array() ) {
	// Every feed item and robots.txt rule passes the same options: check their URLs once.
	static $last_options  = null;
	static $last_settings = null;
	$options              = is_array( $options ) ? $options : array();
	if ( $options === $last_options ) {
		return $last_settings;
	}
	$settings = array(
		'contentUsage'  => (bool) ( $options['contentUsage'] ?? true ),
		'contentSignal' => (bool) ( $options['contentSignal'] ?? false ),
		'tdmrep'        => (bool) ( $options['tdmrep'] ?? false ),
		'noai'          => (bool) ( $options['noai'] ?? false ),
		'anyAiTraining' => (bool) ( $options['anyAiTraining'] ?? false ),
	);
	foreach ( array( 'tdmPolicyUrl', 'rslLicenseUrl', 'contentLicenseUrl' ) as $key ) {
		if ( isset( $options[ $key ] ) ) {
			$settings[ $key ] = cc_signals_absolute_url( $options[ $key ], $key );
		}
	}
	$last_options  = $options;
	$last_settings = $settings;
	return $settings;
}

/**
 * An absolute http(s) URL in normalized form, safe for a header, robots.txt
 * line or attribute (core's absoluteUrl, which uses the WHATWG URL parser).
 * This port lower-cases scheme and host, drops the default port, adds the
 * empty path `/` and percent-encodes non-ASCII and `"<>\`{}` characters; it
 * rejects whitespace and control characters instead of stripping them.
 *
 * @since 0.1.0
 *
 * @param string $value The URL.
 * @param string $field The option name, for the error.
 * @return string
 * @throws CC_Signals_Validation_Error When the URL is not absolute http(s).
 */
function cc_signals_absolute_url( $value, $field ) {
	$value  = is_scalar( $value ) ? (string) $value : '';
	$parts  = preg_match( '/[\x00-\x20\x7F]/', $value ) ? false : parse_url( $value );
	$scheme = strtolower( $parts['scheme'] ?? '' );
	$host   = cc_signals_url_host( $parts['host'] ?? '' );
	if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || '' === $host || ! preg_match( '#^[a-z][a-z0-9+.-]*://#iD', $value ) ) {
		throw new CC_Signals_Validation_Error( $field . ': "' . $value . '" is not an absolute http(s) URL', $field, array( 'absolute http(s) URL' ) );
	}
	$url = $scheme . '://';
	if ( isset( $parts['user'] ) ) {
		$url .= $parts['user'] . ( isset( $parts['pass'] ) ? ':' . $parts['pass'] : '' ) . '@';
	}
	$url .= $host;
	if ( isset( $parts['port'] ) && ( 'https' === $scheme ? 443 : 80 ) !== $parts['port'] ) {
		$url .= ':' . $parts['port'];
	}
	$url .= cc_signals_url_encode_part( '' === ( $parts['path'] ?? '' ) ? '/' : $parts['path'] );
	$url .= isset( $parts['query'] ) ? '?' . cc_signals_url_encode_part( $parts['query'] ) : '';
	return $url . ( isset( $parts['fragment'] ) ? '#' . cc_signals_url_encode_part( $parts['fragment'] ) : '' );
}

/**
 * A URL host, lower-cased; an internationalized name in its ASCII form when
 * the intl extension is there, else '' (rejected).
 *
 * @since 0.1.0
 *
 * @param string $host The host as written.
 * @return string
 */
function cc_signals_url_host( $host ) {
	if ( preg_match( '/[^\x00-\x7F]/', $host ) ) {
		$host = function_exists( 'idn_to_ascii' ) ? (string) idn_to_ascii( $host, 0, INTL_IDNA_VARIANT_UTS46 ) : '';
	}
	return strtolower( $host );
}

/**
 * Percent-encodes non-ASCII octets and `"<>\`{}` in a URL part.
 *
 * @since 0.1.0
 *
 * @param string $part Path, query or fragment.
 * @return string
 */
function cc_signals_url_encode_part( $part ) {
	return preg_replace_callback(
		'/[^\x21-\x7E]|["<>`{}]/',
		function ( $matched ) {
			return sprintf( '%%%02X', ord( $matched[0] ) );
		},
		$part
	);
}
