<?php
/**
 * Translated labels and the form controls for choosing an intent (settings, meta box, list table).
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * The translated title of a preset.
 *
 * @since 0.1.0
 *
 * @param string $id       Preset id.
 * @param string $fallback Title from the data, for presets added later.
 * @return string
 */
function cc_signals_preset_label( $id, $fallback = '' ) {
	$labels = array(
		'inherit'  => __( 'Inherit (use the default)', 'cc-signals' ),
		'allow'    => __( 'Allow', 'cc-signals' ),
		'disallow' => __( 'Disallow', 'cc-signals' ),
		'cc-cr'    => __( 'Disallow except CC Credit', 'cc-signals' ),
		'cc-cr-dc' => __( 'Disallow except CC Credit + Direct Contribution', 'cc-signals' ),
		'cc-cr-ec' => __( 'Disallow except CC Credit + Ecosystem Contribution', 'cc-signals' ),
		'cc-cr-op' => __( 'Disallow except CC Credit + Open', 'cc-signals' ),
		'custom'   => __( 'Advanced (per category)', 'cc-signals' ),
	);
	return $labels[ $id ] ?? ( '' !== $fallback ? $fallback : $id );
}

/**
 * The translated title of a usage category.
 *
 * @since 0.1.0
 *
 * @param array $category Category from cc_signals_vocabulary().
 * @return string
 */
function cc_signals_category_label( $category ) {
	$labels = array(
		'train-ai' => __( 'AI Model Training', 'cc-signals' ),
		'search'   => __( 'Search', 'cc-signals' ),
	);
	return $labels[ $category['id'] ] ?? $category['title'];
}

/**
 * The translated label of a choice.
 *
 * @since 0.1.0
 *
 * @param string $choice `inherit`, `allow` or `disallow`.
 * @return string
 */
function cc_signals_choice_label( $choice ) {
	$labels = array(
		'inherit'  => __( 'Inherit', 'cc-signals' ),
		'allow'    => __( 'Allow', 'cc-signals' ),
		'disallow' => __( 'Disallow', 'cc-signals' ),
	);
	return $labels[ $choice ] ?? $choice;
}

/**
 * Prints a `<select>` of presets.
 *
 * @since 0.1.0
 *
 * @param string $name     Field name.
 * @param string $selected Selected preset id.
 * @param array  $extra    Extra leading options, value => label (e.g. Bulk Edit's "no change").
 * @param bool   $custom   Whether to offer `custom` (advanced per-category choices).
 * @param string $id       Element id.
 */
function cc_signals_preset_select( $name, $selected, $extra = array(), $custom = true, $id = '' ) {
	$options = $extra;
	foreach ( cc_signals_presets() as $preset ) {
		$options[ $preset['id'] ] = cc_signals_preset_label( $preset['id'], $preset['title'] );
	}
	if ( $custom ) {
		$options['custom'] = cc_signals_preset_label( 'custom' );
	}
	printf( '<select name="%1$s"%2$s>', esc_attr( $name ), $id ? ' id="' . esc_attr( $id ) . '"' : '' );
	foreach ( $options as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $selected, $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}

/**
 * Prints a preset select plus per-category choice and CC signal selects (used when
 * the preset is "Advanced"). Posted as `$name[preset]` and `$name[categories][id][choice|signal]`.
 *
 * @since 0.1.0
 *
 * @param string $name   Base field name.
 * @param array  $intent Current intent.
 * @param string $id     Base element id.
 */
function cc_signals_intent_fields( $name, $intent, $id ) {
	$preset = cc_signals_preset_id_for_intent( $intent );
	echo '<div class="cc-signals-intent-fields">';
	cc_signals_preset_select( $name . '[preset]', $preset, array(), true, $id );
	echo '<fieldset class="cc-signals-advanced"><legend class="screen-reader-text">' . esc_html__( 'Per category (used with "Advanced")', 'cc-signals' ) . '</legend>';
	$vocabulary = cc_signals_vocabulary();
	foreach ( $vocabulary['categories'] as $category ) {
		cc_signals_category_fields( $name . '[categories][' . $category['id'] . ']', $category, $intent['categories'][ $category['id'] ] ?? array(), $id );
	}
	echo '</fieldset></div>';
}

/**
 * Prints the choice and signal selects of one category.
 *
 * @since 0.1.0
 *
 * @param string $name     Field name of the category.
 * @param array  $category Category data.
 * @param array  $current  Current choice.
 * @param string $id       Base element id.
 */
function cc_signals_category_fields( $name, $category, $current, $id ) {
	$field_id = $id . '-' . $category['id'];
	echo '<p><label for="' . esc_attr( $field_id ) . '">' . esc_html( cc_signals_category_label( $category ) ) . '</label> ';
	echo '<select name="' . esc_attr( $name . '[choice]' ) . '" id="' . esc_attr( $field_id ) . '">';
	foreach ( cc_signals_choices() as $choice ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $choice ), selected( $current['choice'] ?? 'inherit', $choice, false ), esc_html( cc_signals_choice_label( $choice ) ) );
	}
	echo '</select> <label for="' . esc_attr( $field_id . '-signal' ) . '">' . esc_html__( 'unless (CC signal)', 'cc-signals' ) . '</label> ';
	echo '<select name="' . esc_attr( $name . '[signal]' ) . '" id="' . esc_attr( $field_id . '-signal' ) . '">';
	echo '<option value="">' . esc_html__( '— none —', 'cc-signals' ) . '</option>';
	$signals = cc_signals_signals_data();
	foreach ( $signals['signals'] as $signal ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $signal['token'] ), selected( $current['signal'] ?? '', $signal['token'], false ), esc_html( $signal['title'] ) );
	}
	echo '</select></p>';
}
