<?php
/**
 * Removes the plugin's settings when it is deleted from Plugins (on every site of a network).
 * The plugin stores nothing else: no post meta, no user data, no tables.
 *
 * @package BackSpasmGuide
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $back_spasm_guide_site ) {
		switch_to_blog( $back_spasm_guide_site );
		delete_option( 'back_spasm_guide_options' );
		restore_current_blog();
	}
} else {
	delete_option( 'back_spasm_guide_options' );
}
