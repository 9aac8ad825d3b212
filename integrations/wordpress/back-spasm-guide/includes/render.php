<?php
/**
 * One renderer for the shortcode and the block: validates the settings against allow-lists,
 * loads the widget once per page and prints the element with its fallback content.
 *
 * @package BackSpasmGuide
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Shortcode: [back_spasm_guide lang="es" emergency_number="112" urgent_number="111"
 * theme="auto" compact="true" remember="true"]. A bare `compact` or `remember` also turns it on.
 *
 * @param array|string $atts Shortcode attributes as WordPress parsed them.
 * @return string The element's HTML.
 */
function back_spasm_guide_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word, e.g. [back_spasm_guide compact].
			$given[ str_replace( '-', '_', strtolower( (string) $value ) ) ] = 'true';
		} else {
			$given[ str_replace( '-', '_', $key ) ] = $value;
		}
	}
	$defaults = array_fill_keys( array( 'lang', 'emergency_number', 'urgent_number', 'theme', 'compact', 'remember' ), null );
	return back_spasm_guide_render( shortcode_atts( $defaults, $given, 'back_spasm_guide' ) );
}

/**
 * Block render callback (block.json's attributes are camelCase).
 *
 * @param array $attributes Block attributes.
 * @return string The element's HTML.
 */
function back_spasm_guide_render_block( $attributes ) {
	$attributes = (array) $attributes;
	$get        = static function ( $key ) use ( $attributes ) {
		return isset( $attributes[ $key ] ) ? $attributes[ $key ] : null;
	};
	return back_spasm_guide_render(
		array(
			'lang'             => $get( 'lang' ),
			'emergency_number' => $get( 'emergencyNumber' ),
			'urgent_number'    => $get( 'urgentNumber' ),
			'theme'            => $get( 'theme' ),
			'compact'          => $get( 'compact' ),
			'remember'         => $get( 'remember' ),
		),
		get_block_wrapper_attributes()
	);
}

/**
 * Prints <back-spasm-guide> with only the valid settings and the fallback content inside, in a
 * block-level wrapper so that themes lay it out like other content even before it upgrades.
 *
 * @param array  $raw     Settings keyed lang, emergency_number, urgent_number, theme, compact, remember.
 * @param string $wrapper The wrapper's attributes, already escaped (the block's own for blocks).
 * @return string HTML.
 */
function back_spasm_guide_render( array $raw, $wrapper = 'class="back-spasm-guide-embed"' ) {
	$attributes = back_spasm_guide_clean_attributes( $raw );
	back_spasm_guide_enqueue_widget( back_spasm_guide_shipped_locale( $attributes['lang'] ) );

	$html = '<div ' . $wrapper . '><back-spasm-guide';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>' . back_spasm_guide_fallback( $attributes['lang'] ) . '</back-spasm-guide></div>';
	return $html;
}

/**
 * Validates every setting against an allow-list; an invalid value is dropped (the default then
 * applies), never echoed. Returns the element's attributes: name => string, or true for a
 * boolean attribute.
 *
 * @param array $raw Raw settings.
 * @return array
 */
function back_spasm_guide_clean_attributes( array $raw ) {
	$options    = back_spasm_guide_options();
	$attributes = array();

	$lang               = back_spasm_guide_clean_lang( isset( $raw['lang'] ) ? $raw['lang'] : '' );
	$attributes['lang'] = $lang ? $lang : back_spasm_guide_site_lang();

	$emergency = back_spasm_guide_clean_number( isset( $raw['emergency_number'] ) ? $raw['emergency_number'] : '', true );
	if ( ! $emergency ) {
		$emergency = $options['emergency_number'];
	}
	if ( $emergency ) {
		$attributes['emergency-number'] = $emergency;
	}

	$urgent = back_spasm_guide_clean_number( isset( $raw['urgent_number'] ) ? $raw['urgent_number'] : '', false );
	if ( $urgent ) {
		$attributes['urgent-number'] = $urgent;
	}

	$theme = isset( $raw['theme'] ) && is_string( $raw['theme'] ) ? strtolower( trim( $raw['theme'] ) ) : '';
	if ( in_array( $theme, array( 'light', 'dark', 'auto' ), true ) ) {
		$attributes['theme'] = $theme;
	}

	foreach ( array( 'compact', 'remember' ) as $flag ) {
		if ( isset( $raw[ $flag ] ) && back_spasm_guide_is_on( $raw[ $flag ] ) ) {
			$attributes[ $flag ] = true;
		}
	}
	return $attributes;
}

/**
 * A language tag: language, optional script, optional region (`es`, `es-MX`, `zh-Hans`,
 * `pt_BR`), normalised to BCP 47 case. Anything else gives ''.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function back_spasm_guide_clean_lang( $value ) {
	if ( ! is_string( $value ) || strlen( $value ) > 20 ) {
		return '';
	}
	$value = str_replace( '_', '-', trim( $value ) );
	if ( ! preg_match( '/^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?$/i', $value, $parts ) ) {
		return '';
	}
	$tag = strtolower( $parts[1] );
	if ( ! empty( $parts[2] ) ) {
		$tag .= '-' . ucfirst( strtolower( $parts[2] ) );
	}
	if ( ! empty( $parts[3] ) ) {
		$tag .= '-' . strtoupper( $parts[3] );
	}
	return $tag;
}

/**
 * The site's language as BCP 47, keeping the region: es_ES → es-ES, de_DE_formal → de-DE,
 * zh_CN → zh-CN, ar → ar. Filter: `back_spasm_guide_default_lang`.
 *
 * @return string
 */
function back_spasm_guide_site_lang() {
	$parts = explode( '_', get_locale() );
	$tag   = back_spasm_guide_clean_lang( $parts[0] . ( isset( $parts[1] ) ? '-' . $parts[1] : '' ) );
	if ( ! $tag ) {
		$tag = back_spasm_guide_clean_lang( $parts[0] );
	}
	$tag      = $tag ? $tag : 'en';
	$filtered = back_spasm_guide_clean_lang( apply_filters( 'back_spasm_guide_default_lang', $tag ) );
	return $filtered ? $filtered : $tag;
}

/**
 * A phone number: digits, with a leading + where allowed. Spaces, dots and dashes are removed.
 *
 * @param mixed $value     Raw value.
 * @param bool  $allow_plus Whether a leading + is allowed.
 * @return string The number, or '' when invalid.
 */
function back_spasm_guide_clean_number( $value, $allow_plus ) {
	if ( ! is_string( $value ) && ! is_int( $value ) ) {
		return '';
	}
	$value   = preg_replace( '/[\s.\-]/', '', (string) $value );
	$pattern = $allow_plus ? '/^\+?[0-9]{1,15}$/' : '/^[0-9]{1,15}$/';
	return preg_match( $pattern, $value ) ? $value : '';
}

/**
 * Whether a boolean setting is on: true, 1, "1", "true", "yes", "on".
 *
 * @param mixed $value Raw value.
 * @return bool
 */
function back_spasm_guide_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_scalar( $value ) && in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/**
 * The shipped locale whose words the fallback uses, like the widget's own matching.
 *
 * @param string $lang A clean BCP 47 tag.
 * @return string One of the widget's locales (en when the language is not shipped).
 */
function back_spasm_guide_shipped_locale( $lang ) {
	$language = strtolower( strtok( $lang, '-' ) );
	$map      = back_spasm_guide_widget_files()['locales'];
	return isset( $map[ $language ] ) ? $map[ $language ] : 'en';
}

/**
 * What the plugin needs to know about the widget's build, from includes/widget-files.php, which
 * `npm run build:wordpress` writes: each language's shipped locale (the widget's own list) and the
 * chunks the ES entry imports (preloaded beside it).
 *
 * @return array{locales: array<string, string>, preload: string[]}
 */
function back_spasm_guide_widget_files() {
	static $files = null;
	if ( null === $files ) {
		$path  = BACK_SPASM_GUIDE_DIR . 'includes/widget-files.php';
		$files = is_readable( $path ) ? require $path : array(
			'locales' => array( 'en' => 'en' ),
			'preload' => array(),
		);
	}
	return $files;
}

/**
 * The fallback content for a language: general self-care advice and when to get help, made at
 * build time from the widget's clinical core and translations (fallback/<locale>.html).
 *
 * @param string $lang A clean BCP 47 tag.
 * @return string Sanitised HTML.
 */
function back_spasm_guide_fallback( $lang ) {
	static $cache = array();
	$locale = back_spasm_guide_shipped_locale( $lang );
	if ( ! isset( $cache[ $locale ] ) ) {
		$file             = BACK_SPASM_GUIDE_DIR . 'fallback/' . $locale . '.html';
		$html             = is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file shipped in the plugin.
		$cache[ $locale ] = wp_kses_post( $html );
	}
	return $cache[ $locale ];
}

/**
 * Loads the widget once per page, from the plugin's own files unless the site owner chose a
 * CDN: as a script module on WordPress 6.5 and later (each language then loads on its own),
 * as a classic script before that and from a CDN. A module script from another origin is a
 * CORS request: without an Access-Control-Allow-Origin header on every file the browser blocks
 * it and the widget never appears. A classic script loads from any origin, and the one-language
 * file is self-contained (no further requests), so CDN mode stays safe whatever the CDN sends. The classic script holds English and the page's one
 * language; a page that mixes languages gets the one with every language instead, which loads
 * the questions and each language's words from its own folder (classic/chunks/, classic/locales/). WordPress prints each handle once, in the footer, so the choice can
 * change until then.
 *
 * @param string $locale The shipped locale this widget shows.
 */
function back_spasm_guide_enqueue_widget( $locale ) {
	static $page_locales = array();
	$base = back_spasm_guide_asset_base();
	if ( function_exists( 'wp_enqueue_script_module' ) && ! back_spasm_guide_uses_cdn() ) {
		// The entry's own chunks as its static dependencies: WordPress prints each as a
		// <link rel="modulepreload">, so the browser fetches them beside the entry instead of
		// after it. No ?ver=: each has a content hash, and the URL must be the one the entry imports.
		$chunks = array();
		foreach ( back_spasm_guide_widget_files()['preload'] as $index => $file ) {
			$chunks[] = 'back-spasm-guide-chunk-' . $index;
			wp_register_script_module( end( $chunks ), $base . $file, array(), null );
		}
		wp_enqueue_script_module( 'back-spasm-guide', $base . 'back-spasm-guide.js', $chunks, BACK_SPASM_GUIDE_VERSION );
		return;
	}
	$page_locales[ $locale ] = true;
	$src     = 1 === count( $page_locales )
		? $base . 'classic/back-spasm-guide.' . $locale . '.js'
		: $base . 'back-spasm-guide.classic.js';
	$scripts = wp_scripts();
	if ( isset( $scripts->registered['back-spasm-guide'] ) ) {
		$scripts->registered['back-spasm-guide']->src = $src;
	}
	// Async (WordPress 6.3 and later; older ones read the array as "in the footer"): the page's
	// DOMContentLoaded never waits for the widget's file.
	wp_enqueue_script(
		'back-spasm-guide',
		$src,
		array(),
		BACK_SPASM_GUIDE_VERSION,
		array(
			'in_footer' => true,
			'strategy'  => 'async',
		)
	);
}

/**
 * Marks the widget's script module `async`: a module script is deferred otherwise, and the
 * page's DOMContentLoaded would wait for the widget's whole import graph (a slow CDN edge would
 * hold up the site's own scripts). WordPress prints script modules through
 * wp_print_script_tag(), which passes its attributes through this filter.
 *
 * @param array $attributes Attributes of a script tag WordPress is printing.
 * @return array
 */
function back_spasm_guide_async_module( $attributes ) {
	if ( isset( $attributes['id'] ) && 'back-spasm-guide-js-module' === $attributes['id'] ) {
		$attributes['async'] = true;
	}
	return $attributes;
}
add_filter( 'wp_script_attributes', 'back_spasm_guide_async_module' );

/**
 * Where the widget's files are: the plugin's assets/ folder, or the site owner's CDN folder
 * when they turned that on.
 *
 * @return string URL ending in a slash.
 */
function back_spasm_guide_asset_base() {
	if ( back_spasm_guide_uses_cdn() ) {
		return trailingslashit( back_spasm_guide_options()['cdn_url'] );
	}
	return plugins_url( 'assets/', BACK_SPASM_GUIDE_FILE );
}

/**
 * Whether the site owner turned on the CDN option and named a folder.
 *
 * @return bool
 */
function back_spasm_guide_uses_cdn() {
	$options = back_spasm_guide_options();
	return $options['use_cdn'] && $options['cdn_url'];
}
