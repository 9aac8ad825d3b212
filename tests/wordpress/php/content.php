<?php
/**
 * Step 2: with the plugin active, saves its settings, creates an author (no unfiltered_html) and
 * the test posts the way the editor saves them (kses applies to the author's posts), and writes
 * the posts' URLs as JSON to POSTS_JSON for the browser checks.
 *
 * Env: WP_ROOT, WP_URL, POSTS_JSON.
 *
 * @package BackSpasmGuide
 */

require __DIR__ . '/common.php';
require getenv( 'WP_ROOT' ) . '/wp-load.php';

bsg_check( 'shortcode and block are registered', shortcode_exists( 'back_spasm_guide' ) && WP_Block_Type_Registry::get_instance()->is_registered( 'back-spasm-guide/guide' ) );

// Settings: messy input is cleaned on save by the registered sanitize callback.
update_option(
	'back_spasm_guide_options',
	array(
		'emergency_number' => ' 1 1 2 ',
		'use_cdn'          => '',
		'cdn_url'          => 'javascript:alert(1)',
		'extra'            => '<b>x</b>',
	)
);
$bsg_saved = get_option( 'back_spasm_guide_options' );
bsg_check(
	'settings are sanitised on save (allow-listed keys and values)',
	array(
		'emergency_number' => '112',
		'use_cdn'          => false,
		'cdn_url'          => '',
	) === $bsg_saved,
	wp_json_encode( $bsg_saved )
);

$bsg_admin  = get_user_by( 'login', 'admin' );
$bsg_author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => 'author-password',
		'user_email' => 'author@example.test',
		'role'       => 'author',
	)
);
wp_set_current_user( $bsg_author );
bsg_check( 'the author lacks unfiltered_html', ! current_user_can( 'unfiltered_html' ) && current_user_can( 'publish_posts' ) );

$bsg_intro = "<!-- wp:paragraph -->\n<p>Un artículo sobre el dolor de espalda.</p>\n<!-- /wp:paragraph -->\n\n";
$bsg_posts = array(
	// Saved by the author, as the block editor saves a shortcode block and our block.
	'site-lang'  => array( $bsg_author, $bsg_intro . "<!-- wp:shortcode -->\n[back_spasm_guide]\n<!-- /wp:shortcode -->" ),
	'override'   => array( $bsg_author, $bsg_intro . '<!-- wp:back-spasm-guide/guide {"lang":"fr"} /-->' ),
	'twice'      => array(
		$bsg_author,
		$bsg_intro . "<!-- wp:shortcode -->\n[back_spasm_guide emergency_number=\"911\"]\n<!-- /wp:shortcode -->\n\n"
			. "<!-- wp:shortcode -->\n[back_spasm_guide lang=\"de\" theme=\"dark\" compact]\n<!-- /wp:shortcode -->\n\n"
			. '<!-- wp:back-spasm-guide/guide {"lang":"pt-BR","theme":"light","remember":true} /-->',
	),
	'classic'    => array( $bsg_author, "Texto del editor clásico.\n\n[back_spasm_guide lang=\"es-MX\" urgent_number=\"800\"]\n\nFin." ),
	'raw-html'   => array( $bsg_author, $bsg_intro . "<!-- wp:html -->\n<back-spasm-guide lang=\"es\"></back-spasm-guide>\n<!-- /wp:html -->\n\n<!-- wp:shortcode -->\n[back_spasm_guide]\n<!-- /wp:shortcode -->" ),
	'invalid'    => array( $bsg_author, "<!-- wp:shortcode -->\n[back_spasm_guide lang=\"<script>\" emergency_number=\"javascript:alert(1)\" theme=\"neon\" onclick=\"x\"]\n<!-- /wp:shortcode -->" ),
	// Saved by an administrator, whose content kses leaves alone: only the plugin stands between
	// these values and the page.
	'invalid-admin' => array(
		$bsg_admin->ID,
		"<!-- wp:shortcode -->\n[back_spasm_guide lang=\"<script>\" emergency_number=\"javascript:alert(1)\" urgent_number=\"1\"onmouseover=\"alert(2)\" theme=\"neon\" compact=\"maybe\" onclick=\"x\"]\n<!-- /wp:shortcode -->\n\n"
			. '<!-- wp:back-spasm-guide/guide {"lang":"x\u0022 onmouseover=\u0022alert(3)","emergencyNumber":"12a3","urgentNumber":"+111","theme":"NEON\u003cscript\u003e","compact":"yes"} /-->',
	),
	'screenshot' => array( $bsg_author, "<!-- wp:paragraph -->\n<p>A sudden spasm in the lower back can stop you in your tracks. The guide below asks a few short questions first, to check for signs that need a doctor, then gives a self-care plan that fits how long it has lasted.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:back-spasm-guide/guide {\"lang\":\"en-GB\",\"emergencyNumber\":\"999\"} /-->" ),
);
$bsg_titles = array(
	'screenshot' => 'When your back seizes up',
);

$bsg_out = array();
foreach ( $bsg_posts as $bsg_name => list( $bsg_user, $bsg_content ) ) {
	wp_set_current_user( $bsg_user );
	$bsg_id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => isset( $bsg_titles[ $bsg_name ] ) ? $bsg_titles[ $bsg_name ] : 'Prueba ' . $bsg_name,
				'post_content' => $bsg_content,
				'post_status'  => 'publish',
				'post_author'  => $bsg_user,
			)
		),
		true
	);
	if ( is_wp_error( $bsg_id ) ) {
		bsg_check( "post $bsg_name is saved", false, $bsg_id->get_error_message() );
		continue;
	}
	$bsg_out[ $bsg_name ] = array(
		'id'      => $bsg_id,
		'url'     => get_permalink( $bsg_id ),
		'content' => get_post_field( 'post_content', $bsg_id, 'raw' ),
	);
}

$bsg_raw = isset( $bsg_out['raw-html'] ) ? $bsg_out['raw-html']['content'] : '';
bsg_check(
	'raw <back-spasm-guide> HTML from the author is stripped on save, the shortcode is kept',
	false === stripos( $bsg_raw, '<back-spasm-guide' ) && false !== strpos( $bsg_raw, '[back_spasm_guide]' ),
	$bsg_raw
);
$bsg_block = isset( $bsg_out['override'] ) ? $bsg_out['override']['content'] : '';
bsg_check( 'the author\'s block is saved as a dynamic block comment', false !== strpos( $bsg_block, '<!-- wp:back-spasm-guide/guide {"lang":"fr"} /-->' ), $bsg_block );

file_put_contents( getenv( 'POSTS_JSON' ), wp_json_encode( $bsg_out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );
