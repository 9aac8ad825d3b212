<?php
/**
 * Settings → Back Spasm Guide: a default emergency number, and an opt-in to load the widget
 * from a CDN folder the site owner names (off by default: the plugin's own files are used).
 *
 * @package BackSpasmGuide
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const BACK_SPASM_GUIDE_OPTION = 'back_spasm_guide_options';

/**
 * The saved options, with defaults filled in.
 *
 * @return array{emergency_number: string, use_cdn: bool, cdn_url: string}
 */
function back_spasm_guide_options() {
	$saved = get_option( BACK_SPASM_GUIDE_OPTION, array() );
	return back_spasm_guide_sanitize_options( is_array( $saved ) ? $saved : array() );
}

/**
 * Sanitises the options on save (and on read): allow-listed keys, valid values only.
 *
 * @param mixed $input Submitted options.
 * @return array
 */
function back_spasm_guide_sanitize_options( $input ) {
	$input = is_array( $input ) ? $input : array();
	$url   = isset( $input['cdn_url'] ) && is_string( $input['cdn_url'] ) ? esc_url_raw( trim( $input['cdn_url'] ), array( 'https' ) ) : '';
	return array(
		'emergency_number' => back_spasm_guide_clean_number( isset( $input['emergency_number'] ) ? $input['emergency_number'] : '', true ),
		'use_cdn'          => ! empty( $input['use_cdn'] ) && back_spasm_guide_is_on( $input['use_cdn'] ),
		'cdn_url'          => $url,
	);
}

/**
 * Registers the option, its fields and the settings page.
 */
function back_spasm_guide_register_settings() {
	register_setting(
		'back_spasm_guide',
		BACK_SPASM_GUIDE_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'back_spasm_guide_sanitize_options',
			'default'           => array(),
		)
	);
	add_action( 'admin_menu', 'back_spasm_guide_add_settings_page' );
	add_action( 'admin_init', 'back_spasm_guide_add_settings_fields' );
}

/**
 * Adds Settings → Back Spasm Guide.
 */
function back_spasm_guide_add_settings_page() {
	add_options_page(
		__( 'Back Spasm Guide', 'back-spasm-guide' ),
		__( 'Back Spasm Guide', 'back-spasm-guide' ),
		'manage_options',
		'back-spasm-guide',
		'back_spasm_guide_settings_page'
	);
}

/**
 * Adds the fields to the settings page.
 */
function back_spasm_guide_add_settings_fields() {
	add_settings_section( 'back_spasm_guide_main', '', '__return_null', 'back-spasm-guide' );
	add_settings_field(
		'back_spasm_guide_emergency_number',
		__( 'Default emergency number', 'back-spasm-guide' ),
		'back_spasm_guide_field_emergency_number',
		'back-spasm-guide',
		'back_spasm_guide_main',
		array( 'label_for' => 'back_spasm_guide_emergency_number' )
	);
	add_settings_field(
		'back_spasm_guide_cdn',
		__( 'Load the widget from a CDN', 'back-spasm-guide' ),
		'back_spasm_guide_field_cdn',
		'back-spasm-guide',
		'back_spasm_guide_main'
	);
}

/**
 * The default emergency number field.
 */
function back_spasm_guide_field_emergency_number() {
	$options = back_spasm_guide_options();
	printf(
		'<input type="text" id="back_spasm_guide_emergency_number" name="%1$s[emergency_number]" value="%2$s" class="regular-text" inputmode="tel" pattern="\+?[0-9 ]{1,20}" /><p class="description">%3$s</p>',
		esc_attr( BACK_SPASM_GUIDE_OPTION ),
		esc_attr( $options['emergency_number'] ),
		esc_html__( 'Digits, with an optional leading +. Used when a shortcode or block does not set one. Leave empty to use the number of the language\'s region (for example 112 for es-ES).', 'back-spasm-guide' )
	);
}

/**
 * The CDN checkbox and URL field.
 */
function back_spasm_guide_field_cdn() {
	$options = back_spasm_guide_options();
	printf(
		'<label><input type="checkbox" name="%1$s[use_cdn]" value="1" %2$s /> %3$s</label><br /><input type="url" name="%1$s[cdn_url]" value="%4$s" class="regular-text code" placeholder="https://cdn.example.com/back-spasm-guide/" aria-label="%5$s" /><p class="description">%6$s</p>',
		esc_attr( BACK_SPASM_GUIDE_OPTION ),
		checked( $options['use_cdn'], true, false ),
		esc_html__( 'Load the widget from this https folder instead of this site', 'back-spasm-guide' ),
		esc_attr( $options['cdn_url'] ),
		esc_attr__( 'CDN folder URL', 'back-spasm-guide' ),
		esc_html__( 'Off by default. The folder must hold back-spasm-guide.js with its locales/ and chunks/ folders, and back-spasm-guide.classic.js with its classic/ folder, of the same version. Readers\' browsers will then request the widget from that host.', 'back-spasm-guide' )
	);
}

/**
 * The settings page.
 */
function back_spasm_guide_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Insert the guide with the Back Spasm Guide block or the [back_spasm_guide] shortcode.', 'back-spasm-guide' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'back_spasm_guide' );
	do_settings_sections( 'back-spasm-guide' );
	submit_button();
	echo '</form></div>';
}
