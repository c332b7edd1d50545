<?php
/**
 * Resolution: WordPress data (settings, post types, post meta) mapped to the site
 * module (includes/site/), which layers site default → post type default → the post.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * A stored intent read leniently (unknown category ids are kept); a broken value reads as empty.
 *
 * @since 0.1.0
 *
 * @param mixed $value Stored meta or option value.
 * @return array
 */
function cc_signals_stored_intent( $value ) {
	if ( '' === $value || null === $value || false === $value ) {
		return cc_signals_empty_intent();
	}
	$intent = cc_signals_parse_stored_intent( $value );
	return isset( $intent['error'] ) || ! isset( $intent['categories'] ) ? cc_signals_empty_intent() : $intent;
}

/**
 * The post's own choice (meta is primed with the post by WP_Query: no extra query).
 *
 * @since 0.1.0
 *
 * @param WP_Post|int $post Post.
 * @return array
 */
function cc_signals_post_intent( $post ) {
	$post = get_post( $post );
	return $post ? cc_signals_stored_intent( get_post_meta( $post->ID, '_cc_signals', true ) ) : cc_signals_empty_intent();
}

/**
 * The parsed default intents of the settings in force: `site` and `types`
 * (post type => intent). Parsed once per settings value, since every feed
 * item and every robots.txt rule resolves through them.
 *
 * @since 0.1.0
 *
 * @return array{site: array, types: array<string, array>}
 */
function cc_signals_default_intents() {
	return cc_signals_settings_memo(
		'default_intents',
		static function () {
			$settings = cc_signals_get_settings();
			return array(
				'site'  => cc_signals_stored_intent( $settings['site_default'] ),
				'types' => array_map( 'cc_signals_stored_intent', $settings['post_type_defaults'] ),
			);
		}
	);
}

/**
 * The site as the site module (includes/site/) takes it: the site default,
 * each post type as a section with its default, and the emit options. Items
 * and section paths are added for robots.txt and tdmrep.json only
 * (cc_signals_robots_site()).
 *
 * @since 0.2.0
 *
 * @return array
 */
function cc_signals_site() {
	return cc_signals_settings_memo( 'site', 'cc_signals_build_site' );
}

/**
 * Builds cc_signals_site() from the default intents and the emit options.
 *
 * @since 0.3.0
 *
 * @return array
 */
function cc_signals_build_site() {
	$defaults = cc_signals_default_intents();
	$sections = array();
	foreach ( $defaults['types'] as $type => $intent ) {
		$sections[ $type ] = array( 'intent' => $intent );
	}
	return array(
		'intent'   => $defaults['site'],
		'sections' => $sections,
		'options'  => cc_signals_emit_options(),
	);
}

/**
 * The site-wide default intent.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_site_default_intent() {
	return cc_signals_default_intents()['site'];
}

/**
 * The default intent of a post type (its own layer only, without the site default).
 *
 * @since 0.1.0
 *
 * @param string $type Post type.
 * @return array
 */
function cc_signals_post_type_default_intent( $type ) {
	return cc_signals_default_intents()['types'][ $type ] ?? cc_signals_empty_intent();
}

/**
 * The resolution of a post (site default → post type default → the post), with
 * where each category's choice came from (`site`, `section`, `item`).
 *
 * @since 0.2.0
 *
 * @param WP_Post|int $post Post.
 * @return array `intent`, `preferences`, `from`.
 */
function cc_signals_resolution_for_post( $post ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return cc_signals_site_resolve_section( cc_signals_site() );
	}
	return cc_signals_site_resolve_item(
		cc_signals_site(),
		array(
			'section' => $post->post_type,
			'intent'  => cc_signals_post_intent( $post ),
		)
	);
}

/**
 * The resolved intent of a post: site default → post type default → the post.
 *
 * @since 0.1.0
 *
 * @param WP_Post|int $post Post.
 * @return array
 */
function cc_signals_resolved_intent_for_post( $post ) {
	return cc_signals_resolution_for_post( $post )['intent'];
}

/**
 * The wire preferences of a post (README contract).
 *
 * @since 0.1.0
 *
 * @param WP_Post|int $post Post.
 * @return array Preferences keyed by category label.
 */
function cc_signals_preferences_for_post( $post ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return cc_signals_site_preferences();
	}
	$stored = md5( cc_signals_stored_meta_key( $post->ID ) );
	return cc_signals_settings_memo( "preferences:{$post->post_type}:{$stored}", fn() => cc_signals_resolution_for_post( $post )['preferences'] );
}

/**
 * A short string equal for two preferences arrays exactly when they are: the key of
 * what is derived from them (cc_signals_settings_memo()).
 *
 * @since 0.3.0
 *
 * @param array $prefs Preferences.
 * @return string
 */
function cc_signals_preferences_key( $prefs ) {
	return md5( serialize( $prefs ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- a lookup key, never stored or read back.
}

/**
 * A string equal for two posts exactly when their stored choices are: the raw value in
 * the meta cache WP_Query primed (no unserializing), or the value itself when post meta
 * is filtered or not cached.
 *
 * @since 0.3.0
 *
 * @param int $post_id Post ID.
 * @return string
 */
function cc_signals_stored_meta_key( $post_id ) {
	return cc_signals_stored_meta_keys( array( $post_id ) )[ $post_id ];
}

/**
 * The cc_signals_stored_meta_key() of several posts, read from the meta cache in one call.
 *
 * @since 0.3.0
 *
 * @param int[] $post_ids Post IDs.
 * @return array<int, string> Post ID => key.
 */
function cc_signals_stored_meta_keys( $post_ids ) {
	$cached = has_filter( 'get_post_metadata' ) ? array() : wp_cache_get_multiple( $post_ids, 'post_meta' );
	$keys   = array();
	foreach ( $post_ids as $id ) {
		$meta        = $cached[ $id ] ?? false;
		$keys[ $id ] = is_array( $meta )
			? $meta['_cc_signals'][0] ?? '' // Stored strings: '' is no value, as WordPress reads it.
			: "\0" . maybe_serialize( get_post_meta( $id, '_cc_signals', true ) ); // Never a stored string.
	}
	return $keys;
}

/**
 * The wire preferences of a post type's archive: site default → post type default.
 *
 * @since 0.1.0
 *
 * @param string $type Post type.
 * @return array
 */
function cc_signals_preferences_for_post_type( $type ) {
	return cc_signals_settings_memo( "preferences:{$type}", fn() => cc_signals_site_resolve_section( cc_signals_site(), $type )['preferences'] );
}

/**
 * Where each category of a post type's default comes from (`site` or `section`),
 * for the editors' "Inherit (from …)".
 *
 * @since 0.2.0
 *
 * @param string $type Post type.
 * @return array<string, string> Category id => layer.
 */
function cc_signals_inherited_from( $type ) {
	return cc_signals_site_resolve_section( cc_signals_site(), $type )['from'];
}

/**
 * The wire preferences of the site default.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_site_preferences() {
	return cc_signals_settings_memo( 'preferences', fn() => cc_signals_site_resolve_section( cc_signals_site() )['preferences'] );
}

/**
 * The settings as core's EmitOptions (README contract).
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_emit_options() {
	return cc_signals_settings_memo( 'emit_options', 'cc_signals_build_emit_options' );
}

/**
 * Builds cc_signals_emit_options() from the output settings and the vocabulary in force.
 *
 * @since 0.3.0
 *
 * @return array
 */
function cc_signals_build_emit_options() {
	$outputs = cc_signals_get_settings()['outputs'];
	$options = array(
		'contentUsage'  => true,
		'contentSignal' => (bool) $outputs['content_signal'],
		'tdmrep'        => (bool) $outputs['tdmrep'],
		'noai'          => (bool) $outputs['noai'],
		'anyAiTraining' => (bool) $outputs['any_ai_training'],
	);
	// The vocabulary in force (cc_signals_apply_vocabulary_setting(): a stored id that is not shipped never throws), when not the default.
	$vocabulary = cc_signals_vocabulary()['id'] ?? null;
	if ( cc_signals_vocabulary_ids()[0] !== $vocabulary ) {
		$options['vocabulary'] = $vocabulary;
	}
	if ( ! empty( $outputs['transition_labels'] ) ) {
		$options['transitionLabels'] = true;
	}
	$urls = array(
		'tdm_policy_url'      => 'tdmPolicyUrl',
		'rsl_license_url'     => 'rslLicenseUrl',
		'content_license_url' => 'contentLicenseUrl',
	);
	foreach ( $urls as $key => $option ) {
		if ( '' !== $outputs[ $key ] ) {
			$options[ $option ] = $outputs[ $key ];
		}
	}
	return $options;
}

/**
 * Whether an output channel is switched on (`header`, `head_tags`, `robots`, `feeds`).
 *
 * @since 0.1.0
 *
 * @param string $channel Output key.
 * @return bool
 */
function cc_signals_output_enabled( $channel ) {
	$outputs = cc_signals_get_settings()['outputs'];
	return ! empty( $outputs[ $channel ] );
}
