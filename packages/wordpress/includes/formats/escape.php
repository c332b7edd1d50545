<?php
/**
 * Escaping for HTML, XML and robots.txt, as core's escape.ts and feeds/xml.ts.
 *
 * Plain PHP only, so that the bytes are core's with or without WordPress.
 *
 * @package CC_Signals
 */

/**
 * Characters XML 1.0 cannot carry at all (C0 controls but TAB, LF and CR; U+FFFE, U+FFFF).
 */
const CC_SIGNALS_NOT_XML = '/[\x00-\x08\x0B\x0C\x0E-\x1F\x{FFFE}\x{FFFF}]/u';

/**
 * Anything but the printable ASCII characters XML escaping leaves as they are (all but `& < > " '`).
 */
const CC_SIGNALS_XML_NOT_AS_IS = '/[^\x20\x21\x23-\x25\x28-\x3B\x3D\x3F-\x7E]/';

/**
 * Escapes text for an XML text node or a double-quoted attribute: `& < > " '`
 * (core's escapeXml). Invalid UTF-8 becomes U+FFFD.
 *
 * @since 0.1.0
 *
 * @param string $value The text.
 * @return string
 */
function cc_signals_escape_xml( $value ) {
	$value = (string) $value;
	return preg_match( CC_SIGNALS_XML_NOT_AS_IS, $value ) ? htmlspecialchars( $value, ENT_QUOTES | ENT_SUBSTITUTE | ENT_XML1, 'UTF-8' ) : $value;
}

/**
 * Escapes text for HTML: as cc_signals_escape_xml() but `'` as `&#39;` (core's escapeHtml).
 *
 * @since 0.1.0
 *
 * @param string $value The text.
 * @return string
 */
function cc_signals_escape_html( $value ) {
	$value = (string) $value;
	return preg_match( CC_SIGNALS_XML_NOT_AS_IS, $value ) ? str_replace( '&apos;', '&#39;', cc_signals_escape_xml( $value ) ) : $value;
}

/**
 * Escapes a value for XML text or a double-quoted attribute: drops characters
 * XML cannot carry and writes CR, LF and TAB as references (core's xmlValue).
 *
 * @since 0.1.0
 *
 * @param string $value The value.
 * @return string
 */
function cc_signals_xml_value( $value ) {
	$value = (string) $value;
	if ( ! preg_match( CC_SIGNALS_XML_NOT_AS_IS, $value ) ) {
		return $value; // The usual URL: nothing to escape.
	}
	$escaped = preg_replace( CC_SIGNALS_NOT_XML, '', cc_signals_escape_xml( $value ) );
	return strtr(
		$escaped,
		array(
			"\r" => '&#xD;',
			"\n" => '&#xA;',
			"\t" => '&#x9;',
		)
	);
}

/**
 * An XML comment whose text can neither end it early nor break well-formedness (core's xmlComment).
 *
 * @since 0.1.0
 *
 * @param string $text The text.
 * @return string
 */
function cc_signals_xml_comment( $text ) {
	$safe = preg_replace( CC_SIGNALS_NOT_XML, '', cc_signals_scrub_utf8( $text ) );
	$safe = preg_replace( '/[\r\n]+/', ' ', $safe );
	while ( false !== strpos( $safe, '--' ) ) {
		$safe = str_replace( '--', '- -', $safe );
	}
	return '<!-- ' . ( '-' === substr( $safe, -1 ) ? $safe . ' ' : $safe ) . ' -->';
}

/**
 * The text with invalid UTF-8 sequences replaced by U+FFFD, so that PCRE can read it.
 *
 * @since 0.1.0
 *
 * @param string $value The text.
 * @return string
 */
function cc_signals_scrub_utf8( $value ) {
	$value = (string) $value;
	if ( preg_match( '//u', $value ) ) {
		return $value;
	}
	return htmlspecialchars_decode( htmlspecialchars( $value, ENT_QUOTES | ENT_SUBSTITUTE | ENT_XML1, 'UTF-8' ), ENT_QUOTES | ENT_XML1 );
}

/**
 * Attributes as ` name="value"` pairs, values escaped with cc_signals_xml_value() (core's formatAttributes).
 *
 * @since 0.1.0
 *
 * @param array<string, string> $attributes Attribute name => value, in order.
 * @return string
 */
function cc_signals_format_attributes( $attributes ) {
	$out = '';
	foreach ( $attributes as $name => $value ) {
		$out .= ' ' . $name . '="' . cc_signals_xml_value( $value ) . '"';
	}
	return $out;
}

/**
 * The length of a string in UTF-16 code units, as JavaScript counts it.
 *
 * @since 0.1.0
 *
 * @param string $value UTF-8 text.
 * @return int
 */
function cc_signals_utf16_length( $value ) {
	$chars  = preg_match_all( '/./su', $value );
	$astral = preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $value );
	return false === $chars ? strlen( $value ) : $chars + (int) $astral;
}
