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
	$renamed = 'category.' . ( cc_signals_vocabulary()['id'] ?? '' ) . '.' . $category['id']; // -08's "AI Training".
	$named   = cc_signals_messages();
	if ( isset( $named[ $renamed ] ) ) {
		return $named[ $renamed ];
	}
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
 * @param array  $labels   Labels replacing the preset titles, preset id => label.
 */
function cc_signals_preset_select( $name, $selected, $extra = array(), $custom = true, $id = '', $labels = array() ) {
	$options = $extra;
	$intents = array();
	foreach ( cc_signals_presets() as $preset ) {
		$options[ $preset['id'] ] = $labels[ $preset['id'] ] ?? cc_signals_preset_label( $preset['id'], $preset['title'] );
		$intents[ $preset['id'] ] = $preset['intent']['categories'];
	}
	if ( $custom ) {
		$options['custom'] = cc_signals_preset_label( 'custom' );
	}
	printf( '<select class="cc-signals-preset" name="%1$s"%2$s>', esc_attr( $name ), $id ? ' id="' . esc_attr( $id ) . '"' : '' );
	foreach ( $options as $value => $label ) {
		// Each preset carries its choices, so the per-category controls can follow it (cc_signals_intent_fields()).
		$data = $custom && isset( $intents[ $value ] ) ? ' data-intent="' . esc_attr( (string) wp_json_encode( (object) $intents[ $value ] ) ) . '"' : '';
		printf( '<option value="%1$s"%2$s%3$s>%4$s</option>', esc_attr( $value ), selected( $selected, $value, false ), $data, esc_html( $label ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $data is escaped above.
	}
	echo '</select>';
}

/**
 * Prints a preset select plus per-category choice and CC signal selects, shown only
 * while the preset is "Advanced" (what is shown is what is saved: the server reads the
 * per-category fields only then). Choosing a preset sets the per-category controls to
 * its choices, so "Advanced" starts from the preset. Posted as `$name[preset]` and
 * `$name[categories][id][choice|signal]`.
 *
 * @since 0.1.0
 *
 * @param string $name    Base field name.
 * @param array  $intent  Current intent.
 * @param string $id      Base element id.
 * @param string $context `post` (a post's own choice), `type` (a content type's default) or
 *                        `site` (the site default: there is nothing to inherit from).
 */
function cc_signals_intent_fields( $name, $intent, $id, $context = 'post' ) {
	$preset = cc_signals_preset_id_for_intent( $intent );
	$labels = array(
		'site' => array( 'inherit' => __( 'No preference stated', 'cc-signals' ) ),
		'type' => array( 'inherit' => __( 'Same as the site default', 'cc-signals' ) ),
	);
	echo '<div class="cc-signals-intent-fields">';
	cc_signals_preset_select( $name . '[preset]', $preset, array(), true, $id, $labels[ $context ] ?? array() );
	printf(
		'<fieldset class="cc-signals-advanced"%1$s><legend class="screen-reader-text">%2$s</legend>',
		'custom' === $preset ? '' : ' hidden',
		esc_html__( 'Per category', 'cc-signals' )
	);
	$vocabulary = cc_signals_vocabulary();
	foreach ( $vocabulary['categories'] as $category ) {
		cc_signals_category_fields( $name . '[categories][' . $category['id'] . ']', $category, $intent['categories'][ $category['id'] ] ?? array(), $id, $context );
	}
	echo '</fieldset></div>';
	cc_signals_print_intent_fields_script();
}

/**
 * Prints, once per page, the script that shows the per-category controls under
 * "Advanced" only and makes them follow the chosen preset, and their style.
 *
 * @since 0.1.0
 */
function cc_signals_print_intent_fields_script() {
	static $printed = false;
	if ( $printed ) {
		return;
	}
	$printed = true;
	$script  = <<<'JS'
document.addEventListener( 'change', function ( event ) {
	var select = event.target;
	var box = select.closest && select.closest( '.cc-signals-intent-fields' );
	if ( ! box || ! select.classList.contains( 'cc-signals-preset' ) ) {
		return;
	}
	var custom = 'custom' === select.value;
	box.querySelector( '.cc-signals-advanced' ).hidden = ! custom;
	if ( custom ) {
		return;
	}
	var intent = JSON.parse( select.selectedOptions[ 0 ].getAttribute( 'data-intent' ) || '{}' );
	box.querySelectorAll( '[data-category]' ).forEach( function ( row ) {
		var choice = intent[ row.getAttribute( 'data-category' ) ] || {};
		row.querySelector( '.cc-signals-choice' ).value = choice.choice || 'inherit';
		row.querySelector( '.cc-signals-signal' ).value = choice.signal || '';
	} );
} );
JS;
	wp_print_inline_script_tag( $script );
	// Long preset names must not push the selects out of a narrow box (the media screen's side column).
	echo '<style>.cc-signals-advanced{min-width:0;margin:0;padding:0;border:0}.cc-signals-intent-fields select{max-width:100%;box-sizing:border-box}.cc-signals-intent-fields [data-category] select{display:block}</style>';
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
 * @param string $context  As cc_signals_intent_fields().
 */
function cc_signals_category_fields( $name, $category, $current, $id, $context = 'post' ) {
	$field_id = $id . '-' . $category['id'];
	echo '<p data-category="' . esc_attr( $category['id'] ) . '"><label for="' . esc_attr( $field_id ) . '">' . esc_html( cc_signals_category_label( $category ) ) . '</label> ';
	echo '<select class="cc-signals-choice" name="' . esc_attr( $name . '[choice]' ) . '" id="' . esc_attr( $field_id ) . '">';
	foreach ( cc_signals_choices() as $choice ) {
		$label = 'site' === $context && 'inherit' === $choice ? __( 'Not stated', 'cc-signals' ) : cc_signals_choice_label( $choice );
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $choice ), selected( $current['choice'] ?? 'inherit', $choice, false ), esc_html( $label ) );
	}
	echo '</select> <label for="' . esc_attr( $field_id . '-signal' ) . '">' . esc_html__( 'unless (CC signal)', 'cc-signals' ) . '</label> ';
	echo '<select class="cc-signals-signal" name="' . esc_attr( $name . '[signal]' ) . '" id="' . esc_attr( $field_id . '-signal' ) . '">';
	echo '<option value="">' . esc_html__( '— none —', 'cc-signals' ) . '</option>';
	$signals = cc_signals_signals_data();
	foreach ( $signals['signals'] as $signal ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $signal['token'] ), selected( $current['signal'] ?? '', $signal['token'], false ), esc_html( $signal['title'] ) );
	}
	echo '</select></p>';
}
