<?php
/**
 * Values derived from the settings, kept across requests: what cc_signals_settings_memo()
 * computes (the parsed settings and defaults, the preferences of a post type or of a
 * stored choice, the headers, head tags and feed elements that state them) is a function
 * of the settings, the vocabulary and the plugin's code alone, so it is stored with a
 * fingerprint of those in an autoloaded option and read back while they are unchanged.
 * A request then states a site's choices without parsing or serializing them again.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The stored form of the derived values is at most this many bytes: past it, new
 * values are computed per request and not stored (an autoloaded option is read on
 * every request, so it stays small: cc_signals_save_derived()).
 *
 * @since 0.3.0
 */
const CC_SIGNALS_DERIVED_MAX_BYTES = 65536;

/**
 * The fingerprint the derived values of these settings are stored under, or null when
 * they may not be stored: the settings are filtered or not autoloaded, the vocabulary in
 * force is not one this release ships as is, or another site of a network is switched to.
 *
 * @since 0.3.0
 *
 * @param array $now `array( settings key, vocabulary id )` (cc_signals_settings_memo()).
 * @return string|null
 */
function cc_signals_derived_fingerprint( $now ) {
	global $cc_signals_vocabulary_in_force;
	$shipped = cc_signals_vocabularies()[ $now[1] ] ?? null;
	$kept    = null === $cc_signals_vocabulary_in_force || $cc_signals_vocabulary_in_force === $shipped;
	if ( ! $kept || null === $shipped || cc_signals_autoloaded_settings() !== $now[0] || ( is_multisite() && ms_is_switched() ) ) {
		return null;
	}
	// intl changes how internationalized host names in the URL settings are written.
	return md5( CC_SIGNALS_VERSION . "\0" . $shipped['version'] . "\0" . $now[1] . "\0" . function_exists( 'idn_to_ascii' ) . "\0" . $now[0] );
}

/**
 * The stored derived values of these settings (an empty array when none are, or when
 * what is stored is for other settings or not of the stored shape).
 *
 * @since 0.3.0
 *
 * @param array $now `array( settings key, vocabulary id )`.
 * @return array Name => stored form (cc_signals_derived_entry()).
 */
function cc_signals_stored_derived( $now ) {
	$fingerprint = cc_signals_derived_fingerprint( $now );
	$stored      = null === $fingerprint ? null : get_option( 'cc_signals_derived' );
	if ( is_array( $stored ) && ( $stored['for'] ?? null ) === $fingerprint && is_array( $stored['values'] ?? null ) ) {
		return $stored['values'];
	}
	return array();
}

/**
 * The stored form of a derived value: a string as it is (read back without parsing),
 * anything else serialized, in a one-element array.
 *
 * @since 0.3.0
 *
 * @param mixed $value Derived value (never an object).
 * @return string|array
 */
function cc_signals_derived_entry( $value ) {
	return is_string( $value ) ? $value : array( serialize( $value ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- read back without objects (cc_signals_derived_value()).
}

/**
 * A derived value read back from its stored form (cc_signals_derived_entry()): null when
 * that is not of the stored shape, or holds an object (objects are never stored, and a
 * class is never instantiated from it).
 *
 * @since 0.3.0
 *
 * @param mixed $entry What cc_signals_stored_derived() holds for the value.
 * @return mixed
 */
function cc_signals_derived_value( $entry ) {
	if ( is_string( $entry ) ) {
		return $entry;
	}
	$serialized = is_array( $entry ) && 1 === count( $entry ) ? reset( $entry ) : null;
	// Anything that may hold an object reads as missing (a string holding such text too: recomputed, never wrong).
	if ( ! is_string( $serialized ) || 'N;' === $serialized || preg_match( '/(?:^|[;{}])[OCE]:\d/i', $serialized ) ) {
		return null;
	}
	$value = @unserialize( $serialized, array( 'allowed_classes' => false ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_unserialize, WordPress.PHP.NoSilencedErrors.Discouraged -- a broken value reads as missing.
	return false === $value && 'b:0;' !== $serialized ? null : $value;
}

/**
 * Marks the derived values of these settings for storing at the end of the request,
 * when they may be stored (cc_signals_derived_fingerprint()) and what is stored is not full.
 *
 * @since 0.3.0
 *
 * @param array $now    `array( settings key, vocabulary id )`.
 * @param array $values Name => stored form: every value of these settings so far.
 */
function cc_signals_keep_derived( $now, $values ) {
	global $cc_signals_derived_pending;
	$fingerprint = cc_signals_derived_fingerprint( $now );
	$stored      = null === $fingerprint ? null : get_option( 'cc_signals_derived' );
	if ( null === $fingerprint || ( is_array( $stored ) && ( $stored['for'] ?? null ) === $fingerprint && ! empty( $stored['full'] ) ) ) {
		return;
	}
	if ( null === $cc_signals_derived_pending ) {
		add_action( 'shutdown', 'cc_signals_save_derived', 0 );
	}
	$cc_signals_derived_pending = array(
		'for'    => $fingerprint,
		'blog'   => get_current_blog_id(),
		'values' => $values,
	);
}

/**
 * Stores the derived values marked by cc_signals_keep_derived() (`shutdown`), unless
 * the settings changed since or another site is switched to. Past the size limit it keeps
 * what was stored and marks it full: values not in it are then computed per request.
 *
 * @since 0.3.0
 */
function cc_signals_save_derived() {
	global $cc_signals_derived_pending;
	$pending                    = $cc_signals_derived_pending;
	$cc_signals_derived_pending = null;
	$now                        = array( cc_signals_settings_key(), cc_signals_vocabulary()['id'] ?? '' );
	if ( ! is_array( $pending ) || get_current_blog_id() !== $pending['blog'] || cc_signals_derived_fingerprint( $now ) !== $pending['for'] ) {
		return;
	}
	unset( $pending['blog'] );
	if ( strlen( serialize( $pending ) ) > CC_SIGNALS_DERIVED_MAX_BYTES ) { // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- the size WordPress stores.
		// Full: what is stored stays, and later requests stop trying to add (each would serialize it all again).
		$pending['values'] = cc_signals_stored_derived( $now );
		$pending['full']   = true;
	}
	update_option( 'cc_signals_derived', $pending, true );
}
