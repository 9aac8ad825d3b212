<?php
/**
 * Shared by the PHP steps of the WordPress test. Each step loads the test site's WordPress from
 * the command line (WP_ROOT/wp-load.php, required at the step's top level as WordPress expects)
 * and prints one "PASS name" or "FAIL name: detail" line per check; run.sh counts them.
 *
 * @package BackSpasmGuide
 */

$bsg_root = getenv( 'WP_ROOT' );
$bsg_url  = getenv( 'WP_URL' );
if ( ! $bsg_root || ! $bsg_url ) {
	fwrite( STDERR, "WP_ROOT and WP_URL must be set\n" );
	exit( 2 );
}
$_SERVER['HTTP_HOST']       = (string) bsg_host( $bsg_url );
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

/**
 * Host and port of a URL, for $_SERVER['HTTP_HOST'].
 *
 * @param string $url URL.
 * @return string
 */
function bsg_host( $url ) {
	$parts = parse_url( $url );
	return $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}

/**
 * Prints one check's result.
 *
 * @param string $name   What is checked.
 * @param bool   $ok     Whether it passed.
 * @param string $detail What was found instead.
 */
function bsg_check( $name, $ok, $detail = '' ) {
	echo ( $ok ? 'PASS ' : 'FAIL ' ) . $name . ( $ok || '' === $detail ? '' : ': ' . $detail ) . "\n";
}
