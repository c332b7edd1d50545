<?php
/**
 * The server-rendered `cc-signals/declaration` block.
 *
 * @package CC_Signals
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block: from block.json (with its translated title and description) where
 * editors and REST read it, and on front-end requests from what rendering needs
 * (cc_signals_block_render_args()), without reading and translating block.json on every page.
 *
 * @since 0.1.0
 */
function cc_signals_register_block() {
	if ( did_action( 'cc_signals_admin_loaded' ) ) {
		cc_signals_register_block_from_metadata();
		return;
	}
	register_block_type( 'cc-signals/declaration', cc_signals_block_render_args() );
}

/**
 * Registers the block from block.json, replacing a front-end registration (REST requests
 * load the admin files after `init`).
 *
 * @since 0.2.0
 */
function cc_signals_register_block_from_metadata() {
	$registry = WP_Block_Type_Registry::get_instance();
	if ( $registry->is_registered( 'cc-signals/declaration' ) ) {
		$registry->unregister( 'cc-signals/declaration' );
	}
	register_block_type(
		CC_SIGNALS_PLUGIN_DIR . 'block.json',
		array( 'render_callback' => 'cc_signals_render_declaration_block' )
	);
}

/**
 * What rendering the block needs, as block.json states it (tests/phpunit/PluginTest.php
 * checks they agree): API version, attributes, context and supports.
 *
 * @since 0.2.0
 *
 * @return array Arguments of register_block_type().
 */
function cc_signals_block_render_args() {
	return array(
		'api_version'     => 3,
		'attributes'      => array(),
		'uses_context'    => array( 'postId', 'postType' ),
		'supports'        => array(
			'html'       => false,
			'align'      => array( 'wide', 'full' ),
			'spacing'    => array(
				'margin'  => true,
				'padding' => true,
			),
			'typography' => array( 'fontSize' => true ),
		),
		'render_callback' => 'cc_signals_render_declaration_block',
	);
}

/**
 * Loads the block's editor script in block editors only. It is not named in
 * block.json, because registering a script on `init` starts WP_Scripts, which
 * costs a database query on every front-end request.
 *
 * @since 0.1.0
 */
function cc_signals_enqueue_block_editor_script() {
	$asset_file = CC_SIGNALS_PLUGIN_DIR . 'build/block.asset.php';
	if ( ! file_exists( $asset_file ) ) {
		return;
	}
	$asset = require $asset_file;
	wp_enqueue_script( 'cc-signals-declaration-editor', plugins_url( 'build/block.js', CC_SIGNALS_PLUGIN_FILE ), $asset['dependencies'], $asset['version'], true );
}

/**
 * Renders the declaration of the post in context (a Query Loop's post, else the current one).
 *
 * @since 0.1.0
 *
 * @param array         $attributes Block attributes.
 * @param string        $content    Inner content (none).
 * @param WP_Block|null $block      Block instance.
 * @return string
 */
function cc_signals_render_declaration_block( $attributes = array(), $content = '', $block = null ) {
	$post_id = ( $block instanceof WP_Block && ! empty( $block->context['postId'] ) ) ? (int) $block->context['postId'] : (int) get_the_ID();
	$prefs   = $post_id ? cc_signals_preferences_for_post( $post_id ) : cc_signals_site_preferences();
	$html    = cc_signals_declaration_markup( $prefs );
	if ( '' === $html ) {
		return '';
	}
	$wrapper = WP_Block_Supports::$block_to_render ? get_block_wrapper_attributes() : '';
	$wrapper = '' === $wrapper ? 'class="wp-block-cc-signals-declaration"' : $wrapper;
	return '<div ' . $wrapper . '>' . $html . '</div>';
}

/**
 * The declaration HTML of the format functions, filtered through wp_kses().
 *
 * @since 0.1.0
 *
 * @param array $prefs Preferences.
 * @return string
 */
function cc_signals_declaration_markup( $prefs ) {
	return wp_kses( (string) cc_signals_declaration_html( $prefs ), cc_signals_declaration_allowed_html() );
}

/**
 * The elements and attributes a declaration may contain.
 *
 * @since 0.1.0
 *
 * @return array
 */
function cc_signals_declaration_allowed_html() {
	$data = array( 'data-*' => true );
	return array(
		'section' => array_merge(
			$data,
			array(
				'class'      => true,
				'aria-label' => true,
			)
		),
		'p'       => $data,
		'ul'      => $data,
		'li'      => $data,
		'strong'  => $data,
		'em'      => $data,
		'span'    => array_merge( $data, array( 'class' => true ) ),
		'a'       => array_merge(
			$data,
			array(
				'href'  => true,
				'rel'   => true,
				'title' => true,
			)
		),
	);
}
