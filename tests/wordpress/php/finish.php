<?php
/**
 * Step 4 (after the browser checks): the CDN option, then deleting the plugin from Plugins,
 * which runs uninstall.php.
 *
 * Env: WP_ROOT, WP_URL, POSTS_JSON.
 *
 * @package BackSpasmGuide
 */

require __DIR__ . '/common.php';
require getenv( 'WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

$bsg_posts = json_decode( (string) file_get_contents( getenv( 'POSTS_JSON' ) ), true );
$bsg_page  = $bsg_posts['site-lang']['url'];
$bsg_local = plugins_url( 'assets/', WP_PLUGIN_DIR . '/back-spasm-guide/back-spasm-guide.php' );

/**
 * The src of every <script> on a page that loads the widget.
 *
 * @param string $url Page URL.
 * @return string[]
 */
function bsg_widget_scripts( $url ) {
	$html = (string) file_get_contents( $url ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a loopback test.
	preg_match_all( '/<script[^>]+src=["\']([^"\']*back-spasm-guide(?:\.[A-Za-z-]+)?\.js[^"\']*)/', $html, $found );
	return $found[1];
}

$bsg_before = bsg_widget_scripts( $bsg_page );
bsg_check( 'by default the widget comes from the plugin\'s own files', 1 === count( $bsg_before ) && 0 === strpos( $bsg_before[0], $bsg_local ), wp_json_encode( $bsg_before ) );

$bsg_cdn = 'https://cdn.example.test/back-spasm-guide/0.1.0/';
update_option(
	'back_spasm_guide_options',
	array(
		'emergency_number' => '112',
		'use_cdn'          => '1',
		'cdn_url'          => $bsg_cdn,
	)
);
$bsg_after = bsg_widget_scripts( $bsg_page );
bsg_check( 'with the CDN option on, the widget comes from the CDN folder', 1 === count( $bsg_after ) && 0 === strpos( $bsg_after[0], $bsg_cdn ), wp_json_encode( $bsg_after ) );
$bsg_html = (string) file_get_contents( $bsg_page ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a loopback test.
preg_match_all( '/<script\b[^>]*back-spasm-guide(?:\.[A-Za-z-]+)?\.js[^>]*>/', $bsg_html, $bsg_tags );
bsg_check(
	'with the CDN option on, the widget is a classic script (no CORS needed) with the page\'s one language',
	1 === count( $bsg_tags[0] ) && false === strpos( $bsg_tags[0][0], 'type="module"' ) && false === strpos( $bsg_tags[0][0], "type='module'" ) && false !== strpos( $bsg_tags[0][0], $bsg_cdn . 'classic/back-spasm-guide.es.js' ),
	wp_json_encode( $bsg_tags[0] )
);

$bsg_plugin = 'back-spasm-guide/back-spasm-guide.php';
deactivate_plugins( $bsg_plugin );
$bsg_deleted = delete_plugins( array( $bsg_plugin ) );
$bsg_left = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE 'back\\_spasm\\_guide%'" ); // phpcs:ignore WordPress.DB -- a test.
bsg_check(
	'deleting the plugin runs uninstall.php: its option and files are gone',
	true === $bsg_deleted && 0 === $bsg_left && ! file_exists( WP_PLUGIN_DIR . '/back-spasm-guide' ),
	is_wp_error( $bsg_deleted ) ? $bsg_deleted->get_error_message() : "$bsg_left option rows left"
);
