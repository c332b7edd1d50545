<?php
/**
 * The human-readable declaration, as text and as an HTML snippet (core's declaration.ts).
 *
 * Strings come from cc_signals_messages() (translated with __() under
 * WordPress), or from `$options['messages']`; missing keys fall back to English.
 *
 * @package CC_Signals
 */

/**
 * The declaration as plain text: an intro, then one line per category of the
 * vocabulary (and any other label stated) with its preference; for a CC
 * signal, its title, conditions and canonical URL.
 *
 * @since 0.1.0
 *
 * @param array $prefs   Preferences keyed by wire label.
 * @param array $options `messages`: translated strings by key.
 * @return string
 */
function cc_signals_declaration_text( $prefs, $options = array() ) {
	$messages = $options['messages'] ?? cc_signals_messages();
	$entries  = cc_signals_declaration_entries( $prefs, $messages );
	if ( array() === $entries ) {
		return cc_signals_message( $messages, 'declaration.none' );
	}
	$lines = array( cc_signals_message( $messages, 'declaration.intro' ) );
	foreach ( $entries as $entry ) {
		$values  = array(
			'category' => $entry['category'],
			'signal'   => $entry['signalName'],
		);
		$lines[] = '- ' . cc_signals_message( $messages, cc_signals_preference_message_key( $entry['value'] ), $values );
		if ( null === $entry['signal'] ) {
			continue;
		}
		$lines[] = '  ' . cc_signals_message( $messages, 'declaration.conditions', array( 'signal' => $entry['signalName'] ) );
		foreach ( $entry['signal']['elements'] as $element ) {
			$lines[] = '    - ' . cc_signals_message( $messages, 'signal.element.' . $element );
		}
		$values  = array(
			'signal' => $entry['signalName'],
			'url'    => $entry['signal']['url'],
		);
		$lines[] = '  ' . cc_signals_message( $messages, 'declaration.learnMoreText', $values );
	}
	return implode( "\n", $lines );
}

/**
 * The declaration as an HTML snippet: `<section class="cc-signals-declaration"
 * data-content-usage="…">` with a list of categories, each signal linked to
 * its canonical URL. Every string, translated ones too, is escaped.
 *
 * @since 0.1.0
 *
 * @param array $prefs   Preferences keyed by wire label.
 * @param array $options `messages`: translated strings by key.
 * @return string
 * @throws CC_Signals_Validation_Error Like cc_signals_serialize_content_usage().
 */
function cc_signals_declaration_html( $prefs, $options = array() ) {
	$messages = $options['messages'] ?? cc_signals_messages();
	$entries  = cc_signals_declaration_entries( $prefs, $messages );
	$label    = cc_signals_escape_html( cc_signals_message( $messages, 'declaration.title' ) );
	$value    = cc_signals_escape_html( cc_signals_serialize_content_usage( $prefs ) );
	$open     = '<section class="cc-signals-declaration" aria-label="' . $label . '" data-content-usage="' . $value . '">';
	if ( array() === $entries ) {
		return implode( "\n", array( $open, '  <p>' . cc_signals_html_message( $messages, 'declaration.none' ) . '</p>', '</section>' ) );
	}
	$lines = array( $open, '  <p>' . cc_signals_html_message( $messages, 'declaration.intro' ) . '</p>', '  <ul>' );
	foreach ( $entries as $entry ) {
		$lines[] = cc_signals_declaration_html_entry( $entry, $messages );
	}
	return implode( "\n", array_merge( $lines, array( '  </ul>', '</section>' ) ) );
}

/**
 * One `<li>` of the HTML declaration.
 *
 * @since 0.1.0
 *
 * @param array $entry    Entry of cc_signals_declaration_entries().
 * @param array $messages Messages.
 * @return string
 */
function cc_signals_declaration_html_entry( $entry, $messages ) {
	$category = cc_signals_escape_html( $entry['category'] );
	$name     = cc_signals_escape_html( $entry['signalName'] );
	$data     = 'data-category="' . cc_signals_escape_html( $entry['label'] ) . '" data-preference="' . $entry['value']['preference'] . '"';
	$key      = cc_signals_preference_message_key( $entry['value'] );
	$signal   = $entry['signal'];
	if ( null === $signal ) {
		$values = array(
			'category' => $category,
			'signal'   => $name,
		);
		return '    <li ' . $data . '>' . cc_signals_html_message( $messages, $key, $values ) . '</li>';
	}
	$url        = cc_signals_escape_html( $signal['url'] );
	$values     = array(
		'category' => $category,
		'signal'   => '<a href="' . $url . '" rel="' . cc_signals_escape_html( cc_signals_signal_relation() ) . '">' . $name . '</a>',
	);
	$conditions = '';
	foreach ( $signal['elements'] as $element ) {
		$conditions .= '<li>' . cc_signals_escape_html( cc_signals_message( $messages, 'signal.element.' . $element ) ) . '</li>';
	}
	return implode(
		"\n",
		array(
			'    <li ' . $data . ' data-signal="' . cc_signals_escape_html( $signal['token'] ) . '">' . cc_signals_html_message( $messages, $key, $values ),
			'      <p>' . cc_signals_html_message( $messages, 'declaration.conditions', array( 'signal' => $name ) ) . '</p>',
			'      <ul>' . $conditions . '</ul>',
			'      <p><a href="' . $url . '">' . cc_signals_html_message( $messages, 'declaration.learnMore', array( 'signal' => $name ) ) . '</a></p>',
			'    </li>',
		)
	);
}

/**
 * The lines of a declaration: every category of the vocabulary, then other labels stated.
 *
 * @since 0.1.0
 *
 * @param array $prefs    Preferences.
 * @param array $messages Messages.
 * @return array[] Entries: `label`, `category`, `value`, `signal` (or null), `signalName`.
 */
function cc_signals_declaration_entries( $prefs, $messages ) {
	if ( array() === $prefs ) {
		return array();
	}
	$named      = array();
	$vocabulary = cc_signals_vocabulary();
	foreach ( $vocabulary['categories'] as $category ) {
		// A later draft's own name (`category.<vocabulary id>.<id>`: -08's "AI Training"), else the shared one.
		$shared                      = cc_signals_message( $messages, 'category.' . $category['id'], array(), $category['title'] );
		$named[ $category['label'] ] = isset( $vocabulary['id'] ) ? cc_signals_message( $messages, 'category.' . $vocabulary['id'] . '.' . $category['id'], array(), $shared ) : $shared;
	}
	foreach ( array_keys( $prefs ) as $label ) {
		if ( ! array_key_exists( (string) $label, $named ) ) {
			$named[ (string) $label ] = (string) $label;
		}
	}
	$entries = array();
	foreach ( $named as $label => $category ) {
		$value     = $prefs[ $label ] ?? array( 'preference' => 'unknown' );
		$signal    = 'disallowed' === $value['preference'] ? cc_signals_exception_signal( $value ) : null;
		$entries[] = array(
			'label'      => (string) $label,
			'category'   => $category,
			'value'      => $value,
			'signal'     => $signal,
			'signalName' => null === $signal ? (string) ( $value['exception'] ?? '' ) : cc_signals_message( $messages, 'signal.' . $signal['token'], array(), $signal['title'] ),
		);
	}
	return $entries;
}

/**
 * The message key for a preference.
 *
 * @since 0.1.0
 *
 * @param array $value The preference.
 * @return string
 */
function cc_signals_preference_message_key( $value ) {
	if ( 'disallowed' === $value['preference'] ) {
		return isset( $value['exception'] ) ? 'preference.disallowedExcept' : 'preference.disallowed';
	}
	return 'allowed' === $value['preference'] ? 'preference.allowed' : 'preference.unknown';
}

/**
 * A message with its `{placeholders}` filled in; unknown placeholders stay as written.
 *
 * @since 0.1.0
 *
 * @param array       $messages Messages by key.
 * @param string      $key      Message key.
 * @param array       $values   Placeholder values.
 * @param string|null $fallback Used when neither the messages nor English have the key.
 * @return string
 */
function cc_signals_message( $messages, $key, $values = array(), $fallback = null ) {
	$template = $messages[ $key ] ?? cc_signals_english_messages()[ $key ] ?? $fallback ?? $key;
	return preg_replace_callback(
		'/\{([A-Za-z0-9_]+)\}/',
		function ( $placeholder ) use ( $values ) {
			return $values[ $placeholder[1] ] ?? $placeholder[0];
		},
		$template
	);
}

/**
 * As cc_signals_message(), but escapes the template and inserts values that are already HTML.
 *
 * @since 0.1.0
 *
 * @param array  $messages Messages by key.
 * @param string $key      Message key.
 * @param array  $values   Placeholder values, already HTML.
 * @return string
 */
function cc_signals_html_message( $messages, $key, $values = array() ) {
	$template = $messages[ $key ] ?? cc_signals_english_messages()[ $key ] ?? $key;
	$out      = '';
	foreach ( preg_split( '/(\{[A-Za-z0-9_]+\})/', $template, -1, PREG_SPLIT_DELIM_CAPTURE ) as $part ) {
		$name = preg_match( '/^\{([A-Za-z0-9_]+)\}$/D', $part, $match ) ? $match[1] : null;
		$out .= null !== $name && isset( $values[ $name ] ) ? $values[ $name ] : cc_signals_escape_html( $part );
	}
	return $out;
}
