<?php
/**
 * Dependencies of the block's editor script (plain JavaScript, no build step).
 *
 * @package BackSpasmGuide
 */

return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
