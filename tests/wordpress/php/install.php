<?php
/**
 * Step 1: installs WordPress (site language es_ES, a classic theme), then installs the plugin
 * from its zip the way Plugins → Add New → Upload Plugin does, and activates it.
 *
 * Env: WP_ROOT, WP_URL, PLUGIN_ZIP.
 *
 * @package BackSpasmGuide
 */

require __DIR__ . '/common.php';

define( 'WP_INSTALLING', true );
require getenv( 'WP_ROOT' ) . '/wp-load.php';

/**
 * No e-mail about the new site (there is no mail server).
 */
function wp_new_blog_notification() {}

require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$bsg_installed = wp_install( 'Back pain notes', 'admin', 'admin@example.test', false, '', 'admin-password', 'es_ES' );
bsg_check( 'WordPress ' . get_bloginfo( 'version' ) . ' installs', ! empty( $bsg_installed['user_id'] ) );

update_option( 'WPLANG', 'es_ES' );
switch_theme( 'twentytwentyone' );
bsg_check( 'site language is es_ES', 'es_ES' === get_option( 'WPLANG' ), (string) get_option( 'WPLANG' ) );

// As an administrator uploading the zip.
wp_set_current_user( $bsg_installed['user_id'] );
$bsg_upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$bsg_result   = $bsg_upgrader->install( getenv( 'PLUGIN_ZIP' ) );
$bsg_messages = implode( ' | ', array_map( 'wp_strip_all_tags', (array) $bsg_upgrader->skin->get_upgrade_messages() ) );
bsg_check( 'plugin zip installs with Plugin_Upgrader', true === $bsg_result, is_wp_error( $bsg_result ) ? $bsg_result->get_error_message() : $bsg_messages );

$bsg_plugin = 'back-spasm-guide/back-spasm-guide.php';
$bsg_data   = get_plugins();
bsg_check( 'plugin header is read', isset( $bsg_data[ $bsg_plugin ] ) && 'Back Spasm Guide' === $bsg_data[ $bsg_plugin ]['Name'] && 'back-spasm-guide' === $bsg_data[ $bsg_plugin ]['TextDomain'], wp_json_encode( array_keys( $bsg_data ) ) );

$bsg_activated = activate_plugin( $bsg_plugin, '', false, false );
bsg_check( 'plugin activates without output or errors', null === $bsg_activated && is_plugin_active( $bsg_plugin ), is_wp_error( $bsg_activated ) ? $bsg_activated->get_error_message() . ' ' . wp_json_encode( $bsg_activated->get_error_data() ) : '' );
