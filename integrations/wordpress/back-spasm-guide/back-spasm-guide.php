<?php
/**
 * Plugin Name:       Back Spasm Guide
 * Description:       Adds the back spasm self-care guide to posts and pages with the [back_spasm_guide] shortcode or the Back Spasm Guide block. It screens for warning signs first, then gives an evidence-based self-care plan.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Back Spasm Guide contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       back-spasm-guide
 *
 * @package BackSpasmGuide
 */

/*
 * Copyright (C) the Back Spasm Guide contributors.
 *
 * This program is free software; you can redistribute it and/or modify it under the terms of
 * the GNU General Public License as published by the Free Software Foundation; either version 2
 * of the License, or (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY;
 * without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See
 * the GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License along with this program; if
 * not, see <https://www.gnu.org/licenses/>.
 *
 * The bundled widget in assets/ is MIT-licensed, which is compatible with the GPL.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'BACK_SPASM_GUIDE_VERSION', '0.1.0' );
define( 'BACK_SPASM_GUIDE_FILE', __FILE__ );
define( 'BACK_SPASM_GUIDE_DIR', plugin_dir_path( __FILE__ ) );

require_once BACK_SPASM_GUIDE_DIR . 'includes/render.php';
require_once BACK_SPASM_GUIDE_DIR . 'includes/settings.php';

add_action( 'init', 'back_spasm_guide_register' );

/**
 * Registers the shortcode, the block and the settings.
 */
function back_spasm_guide_register() {
	add_shortcode( 'back_spasm_guide', 'back_spasm_guide_shortcode' );

	register_block_type(
		BACK_SPASM_GUIDE_DIR . 'block',
		array( 'render_callback' => 'back_spasm_guide_render_block' )
	);
	wp_set_script_translations( 'back-spasm-guide-guide-editor-script', 'back-spasm-guide' );

	back_spasm_guide_register_settings();
}
