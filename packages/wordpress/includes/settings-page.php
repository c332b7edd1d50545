<?php
/**
 * Settings → AI usage: the Settings API page with a server-rendered preview.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds Settings → AI usage (manage_options only).
 *
 * @since 0.1.0
 */
function cc_signals_add_settings_page() {
	add_options_page(
		__( 'AI usage (CC signals)', 'cc-signals' ),
		__( 'AI usage', 'cc-signals' ),
		'manage_options',
		'cc-signals',
		'cc_signals_render_settings_page'
	);
}

/**
 * Declares the sections and fields of the page.
 *
 * @since 0.1.0
 */
function cc_signals_add_settings_fields() {
	add_settings_section( 'cc_signals_defaults', __( 'Defaults', 'cc-signals' ), 'cc_signals_defaults_section_intro', 'cc-signals' );
	add_settings_field( 'cc_signals_site_default', __( 'Site default', 'cc-signals' ), 'cc_signals_site_default_field', 'cc-signals', 'cc_signals_defaults', array( 'label_for' => 'cc-signals-site-default' ) );
	foreach ( cc_signals_post_types() as $type ) {
		$object = get_post_type_object( $type );
		add_settings_field(
			'cc_signals_default_' . $type,
			esc_html( $object->labels->name ),
			'cc_signals_post_type_default_field',
			'cc-signals',
			'cc_signals_defaults',
			array(
				'label_for' => 'cc-signals-type-' . $type,
				'post_type' => $type,
			)
		);
	}
	add_settings_section( 'cc_signals_outputs', __( 'Where the preferences are stated', 'cc-signals' ), '__return_false', 'cc-signals' );
	add_settings_field( 'cc_signals_vocabulary', cc_signals_messages()['emit.vocabulary.label'], 'cc_signals_vocabulary_field', 'cc-signals', 'cc_signals_outputs', array( 'label_for' => 'cc-signals-vocabulary' ) );
	add_settings_field( 'cc_signals_outputs', __( 'Outputs', 'cc-signals' ), 'cc_signals_outputs_field', 'cc-signals', 'cc_signals_outputs' );
	add_settings_section( 'cc_signals_data', __( 'Data', 'cc-signals' ), '__return_false', 'cc-signals' );
	add_settings_field( 'cc_signals_uninstall', __( 'Uninstall', 'cc-signals' ), 'cc_signals_uninstall_field', 'cc-signals', 'cc_signals_data', array( 'label_for' => 'cc-signals-delete-data' ) );
}

/**
 * Intro of the defaults section.
 *
 * @since 0.1.0
 */
function cc_signals_defaults_section_intro() {
	echo '<p>' . esc_html__( 'Each post uses its own choice, else the default of its content type, else the site default. A CC signal lifts a "Disallow" for reusers who meet its conditions.', 'cc-signals' ) . '</p>';
}

/**
 * Site default field.
 *
 * @since 0.1.0
 */
function cc_signals_site_default_field() {
	cc_signals_intent_fields( 'cc_signals_settings[site_default]', cc_signals_site_default_intent(), 'cc-signals-site-default', 'site' );
}

/**
 * Per-post-type default field.
 *
 * @since 0.1.0
 *
 * @param array $args Field args with `post_type`.
 */
function cc_signals_post_type_default_field( $args ) {
	$type = $args['post_type'];
	cc_signals_intent_fields( 'cc_signals_settings[post_type_defaults][' . $type . ']', cc_signals_post_type_default_intent( $type ), 'cc-signals-type-' . $type, 'type' );
}

/**
 * The vocabulary select: draft -07 (the default) or draft -08, marked as a
 * working draft without the working group's consensus (core's data/messages).
 *
 * @since 0.3.0
 */
function cc_signals_vocabulary_field() {
	$current  = cc_signals_get_settings()['outputs']['vocabulary'];
	$messages = cc_signals_messages();
	echo '<select id="cc-signals-vocabulary" name="cc_signals_settings[outputs][vocabulary]" aria-describedby="cc-signals-vocabulary-help">';
	foreach ( cc_signals_vocabulary_ids() as $id ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $id ), selected( $current, $id, false ), esc_html( $messages[ 'emit.vocabulary.' . $id ] ?? $id ) );
	}
	echo '</select>';
	printf( '<p class="description" id="cc-signals-vocabulary-help">%s</p>', esc_html( $messages['emit.vocabulary.help'] ) );
}

/**
 * The output toggles and URLs. Each checkbox has a hidden "0" before it, so an
 * unchecked box is saved as off rather than falling back to its default.
 *
 * @since 0.1.0
 */
function cc_signals_outputs_field() {
	$outputs  = cc_signals_get_settings()['outputs'];
	$messages = cc_signals_messages();
	$labels   = array(
		'header'            => array(
			__( 'Content-Usage HTTP header (with licence links)', 'cc-signals' ),
			__( 'IETF AI Preferences: the header AI crawlers read on every page, feed and file PHP serves.', 'cc-signals' ),
		),
		'head_tags'         => array(
			__( 'Tags in the page head (content-usage meta, licence links)', 'cc-signals' ),
			__( 'The same statement in the HTML, for pages copied or cached without their headers.', 'cc-signals' ),
		),
		'robots'            => array(
			__( 'Rules in robots.txt', 'cc-signals' ),
			__( 'Content-Usage lines in robots.txt: crawlers read them before fetching anything.', 'cc-signals' ),
		),
		'feeds'             => array(
			__( 'Elements in RSS and Atom feeds', 'cc-signals' ),
			__( 'The statement of the feed and of each entry, for readers that take content from feeds.', 'cc-signals' ),
		),
		'content_signal'    => array(
			__( 'Cloudflare Content-Signal line in robots.txt', 'cc-signals' ),
			__( 'Content-Signal (Cloudflare): ai-train, search and ai-input yes/no; it cannot carry a CC signal, so "Disallow except…" is stated as ai-train=no.', 'cc-signals' ),
		),
		'tdmrep'            => array(
			__( 'W3C TDMRep headers, meta tags and /.well-known/tdmrep.json', 'cc-signals' ),
			__( 'TDMRep (W3C): reserves text and data mining rights under EU law; it states only "reserved" or not, so a CC signal reads as reserved.', 'cc-signals' ),
		),
		'noai'              => array(
			__( '"noai, noimageai" robots directives when AI training is disallowed', 'cc-signals' ),
			__( 'noai: an informal robots meta and X-Robots-Tag value some image sites and crawlers honour; it has no exceptions.', 'cc-signals' ),
		),
		// Core's wording (data/messages): an allow of AI Model Training is not written as the wider ai-train unless opted in.
		'any_ai_training'   => array( $messages['emit.anyAiTraining.label'], $messages['emit.anyAiTraining.help'] ),
		'transition_labels' => array( $messages['emit.transitionLabels.label'], $messages['emit.transitionLabels.help'] ),
	);
	echo '<fieldset>';
	foreach ( $labels as $key => $label ) {
		printf(
			'<input type="hidden" name="cc_signals_settings[outputs][%1$s]" value="0"><label><input type="checkbox" name="cc_signals_settings[outputs][%1$s]" value="1"%2$s> %3$s</label><p class="description cc-signals-output-help">%4$s</p>',
			esc_attr( $key ),
			checked( ! empty( $outputs[ $key ] ), true, false ),
			esc_html( $label[0] ),
			esc_html( $label[1] )
		);
	}
	$urls = array(
		'tdm_policy_url'      => array( __( 'TDMRep policy URL (an ODRL policy; optional)', 'cc-signals' ), '' ),
		'rsl_license_url'     => array( __( 'RSL licence URL (optional): RSL (Really Simple Licensing) is a machine-readable licence for AI use; the URL is added as License: in robots.txt and as a licence link', 'cc-signals' ), '' ),
		'content_license_url' => array( __( 'Content licence URL (optional)', 'cc-signals' ), $messages['emit.contentLicenseUrl.help'] ),
	);
	foreach ( $urls as $key => $label ) {
		printf(
			'<p><label for="cc-signals-%1$s">%2$s</label><br><input type="url" class="regular-text code" id="cc-signals-%1$s" name="cc_signals_settings[outputs][%1$s]" value="%3$s"></p>',
			esc_attr( $key ),
			esc_html( $label[0] ),
			esc_attr( $outputs[ $key ] )
		);
		if ( '' !== $label[1] ) {
			printf( '<p class="description cc-signals-output-help">%s</p>', esc_html( $label[1] ) );
		}
	}
	echo '</fieldset>';
}

/**
 * The "delete data on uninstall" checkbox.
 *
 * @since 0.1.0
 */
function cc_signals_uninstall_field() {
	$settings = cc_signals_get_settings();
	echo '<input type="hidden" name="cc_signals_settings[delete_data_on_uninstall]" value="0">';
	printf(
		'<label><input type="checkbox" id="cc-signals-delete-data" name="cc_signals_settings[delete_data_on_uninstall]" value="1"%1$s> %2$s</label>',
		checked( $settings['delete_data_on_uninstall'], true, false ),
		esc_html__( 'Delete these settings and every post\'s choice when the plugin is deleted. Left off, authors\' choices are kept.', 'cc-signals' )
	);
}

/**
 * The preview text: robots.txt lines of the defaults and the header of the site default.
 *
 * @since 0.1.0
 *
 * @return array{robots: string, headers: string}
 */
function cc_signals_settings_preview() {
	$options = cc_signals_emit_options();
	try {
		$rules  = cc_signals_robots_rules( false );
		$robots = array_merge(
			array( 'User-agent: *' ),
			(array) cc_signals_robots_group_lines( $rules, $options ),
			(array) cc_signals_robots_license_lines( $options, $rules )
		);
	} catch ( InvalidArgumentException $error ) {
		$robots = array( $error->getMessage() );
	}
	$headers = array();
	foreach ( cc_signals_signal_headers( cc_signals_site_preferences(), $options ) as $name => $value ) {
		$headers[] = cc_signals_header_name( $name ) . ': ' . $value;
	}
	if ( ! cc_signals_output_enabled( 'robots' ) ) {
		$robots = array( __( '(robots.txt output is off)', 'cc-signals' ) );
	}
	$none = cc_signals_output_enabled( 'header' ) ? __( '(no header: the site default states no preference)', 'cc-signals' ) : __( '(header output is off)', 'cc-signals' );
	return array(
		'robots'  => implode( "\n", $robots ),
		'headers' => $headers && cc_signals_output_enabled( 'header' ) ? implode( "\n", $headers ) : $none,
	);
}

/**
 * Renders the page.
 *
 * @since 0.1.0
 */
function cc_signals_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$preview = cc_signals_settings_preview();
	echo '<div class="wrap"><h1>' . esc_html__( 'AI usage (CC signals)', 'cc-signals' ) . '</h1>';
	/**
	 * Fires before the settings form (e.g. the multisite notice).
	 *
	 * @since 0.1.0
	 */
	do_action( 'cc_signals_before_settings_form' );
	echo '<form action="options.php" method="post">';
	settings_fields( 'cc_signals' );
	do_settings_sections( 'cc-signals' );
	submit_button();
	echo '</form>';
	echo '<h2>' . esc_html__( 'Preview', 'cc-signals' ) . '</h2>';
	echo '<p>' . esc_html__( 'robots.txt lines for the defaults (posts with their own choice add their own lines):', 'cc-signals' ) . '</p>';
	echo '<pre class="cc-signals-preview-robots">' . esc_html( $preview['robots'] ) . '</pre>';
	echo '<p>' . esc_html__( 'HTTP headers of a page that uses the site default:', 'cc-signals' ) . '</p>';
	echo '<pre class="cc-signals-preview-headers">' . esc_html( $preview['headers'] ) . '</pre>';
	cc_signals_render_webserver_section();
	echo '</div>';
}

/**
 * The web-server snippets: media files (and pages a cache serves without PHP) get their
 * headers from the web server's configuration, not from WordPress.
 *
 * @since 0.1.0
 */
function cc_signals_render_webserver_section() {
	$rules = cc_signals_uploads_rules();
	echo '<h2 id="cc-signals-webserver">' . esc_html__( 'Media files and cached pages', 'cc-signals' ) . '</h2>';
	echo '<p>' . esc_html__( 'Your web server sends files from the uploads folder without running WordPress, so their headers (Content-Usage, Link and, if on, tdm-reservation, tdm-policy and X-Robots-Tag) must come from its configuration. Add the block for your server, and again after you change the Media default or a media item\'s own choice.', 'cc-signals' ) . '</p>';
	try {
		$apache = cc_signals_apache_htaccess( $rules );
		$nginx  = cc_signals_nginx_snippet( $rules );
	} catch ( InvalidArgumentException $error ) {
		echo '<p class="notice notice-error">' . esc_html( $error->getMessage() ) . '</p>';
		return;
	}
	/* translators: %s: the uploads folder on disk. */
	$where = sprintf( __( 'In %s/.htaccess (needs mod_headers):', 'cc-signals' ), wp_get_upload_dir()['basedir'] );
	cc_signals_render_server_snippets( 'h3', '', $apache, $where, $nginx );
	if ( $rules['skipped'] ) {
		/* translators: %d: number of files. */
		echo '<p>' . esc_html( sprintf( _n( '%d file name cannot be written safely in a server configuration and is left out: rename it to state its own choice.', '%d file names cannot be written safely in a server configuration and are left out: rename them to state their own choice.', $rules['skipped'], 'cc-signals' ), $rules['skipped'] ) ) . '</p>';
	}
	cc_signals_render_page_cache_section();
}

/**
 * An Apache and an nginx snippet, each under its heading in a read-only textarea.
 *
 * @since 0.3.0
 *
 * @param string $tag    Heading tag (`h3`, `h4`).
 * @param string $suffix Added to the textareas' classes `cc-signals-apache` and `cc-signals-nginx`.
 * @param string $apache The Apache block.
 * @param string $where  Where the Apache block goes (plain text).
 * @param string $nginx  The nginx block.
 */
function cc_signals_render_server_snippets( $tag, $suffix, $apache, $where, $nginx ) {
	$tag = in_array( $tag, array( 'h3', 'h4' ), true ) ? $tag : 'h3';
	printf(
		'<%1$s>%2$s</%1$s><p>%3$s</p><textarea class="large-text code cc-signals-apache%4$s" rows="8" readonly>%5$s</textarea>',
		$tag, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- one of two literal tag names.
		esc_html__( 'Apache', 'cc-signals' ),
		esc_html( $where ),
		esc_attr( $suffix ),
		esc_textarea( $apache )
	);
	printf(
		'<%1$s>%2$s</%1$s><textarea class="large-text code cc-signals-nginx%3$s" rows="10" readonly>%4$s</textarea>',
		$tag, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- one of two literal tag names.
		esc_html__( 'nginx', 'cc-signals' ),
		esc_attr( $suffix ),
		esc_textarea( $nginx )
	);
}
