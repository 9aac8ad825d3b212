#!/usr/bin/env bash
# One run of the WordPress checks on one WordPress tree (called by tests/wordpress/run.sh once
# per tree; the plugin zip must be built and Debian's PHP and MariaDB installed).
#
# Env: WP_SOURCE (a WordPress tree), PLUGIN_ZIP, EXPECT_LOADING (module or classic: the loading
# path this WordPress must take; a check fails otherwise), KEEP=1 keeps the temporary folder.
# Starts MariaDB (own datadir, a Unix socket, no TCP) and PHP's built-in server on 127.0.0.1 from
# a temporary folder, installs WordPress, installs the plugin from its zip and activates it,
# creates posts as an author without unfiltered_html, runs the browser checks in headless
# Chromium, then deletes the plugin. The servers are stopped on every exit.
#
# Prints "PASS name" / "FAIL name: detail" per check and, last,
# "WordPress X.Y.Z: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT_DIR=$PWD
ZIP=${PLUGIN_ZIP:?PLUGIN_ZIP names the plugin zip}
WP_SOURCE=${WP_SOURCE:?WP_SOURCE names a WordPress tree}
started=$(date +%s)
WP_VERSION=$(sed -n "s/^\$wp_version = '\([^']*\)';.*/\1/p" "$WP_SOURCE/wp-includes/version.php")
export EXPECT_LOADING=${EXPECT_LOADING:-}

WORK=$(mktemp -d /tmp/bsg-wordpress.XXXXXX)
DB_PID=""
PHP_PID=""
stop_servers() {
  # Each server runs in its own process group (setsid): stop the group, then wait for it.
  for pid in $PHP_PID $DB_PID; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in $PHP_PID $DB_PID; do
    for _ in $(seq 1 50); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  PHP_PID=""
  DB_PID=""
  if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

# MariaDB: own datadir, Unix socket only.
SOCKET=$WORK/mysqld.sock
mariadb-install-db --no-defaults --datadir="$WORK/db" --user=root --skip-test-db \
  --auth-root-authentication-method=socket >"$WORK/mariadb-install.log" 2>&1
setsid /usr/sbin/mariadbd --no-defaults --datadir="$WORK/db" --socket="$SOCKET" \
  --skip-networking --user=root --pid-file="$WORK/mysqld.pid" --log-error="$WORK/mysqld.err" \
  --innodb-buffer-pool-size=64M --skip-log-bin </dev/null >/dev/null 2>&1 &
DB_PID=$!
for _ in $(seq 1 150); do
  mariadb-admin --no-defaults --socket="$SOCKET" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$DB_PID" 2>/dev/null || { cat "$WORK/mysqld.err"; exit 1; }
  sleep 0.2
done
mariadb --no-defaults --socket="$SOCKET" -uroot -e "
  CREATE DATABASE wordpress CHARACTER SET utf8mb4;
  CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
  GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"

# WordPress: a copy of the tree, with our own wp-config.php (Debian's reads /etc/wordpress).
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export WP_URL="http://127.0.0.1:$PORT"
export WP_ROOT=$WORK/wordpress
cp -rL "$WP_SOURCE" "$WP_ROOT"
rm -rf "$WP_ROOT/wp-config.php" "$WP_ROOT/wp-content/plugins/back-spasm-guide" "$WP_ROOT/wp-content/db.php"
# The test's theme and the site language (es_ES) come from Debian's packages when the tree lacks them.
for part in themes/twentytwentyone/index.php languages/es_ES.mo; do
  if [ ! -e "$WP_ROOT/wp-content/$part" ]; then
    folder=$(dirname "$part")
    mkdir -p "$WP_ROOT/wp-content/$folder"
    cp -rL "/usr/share/wordpress/wp-content/$folder/." "$WP_ROOT/wp-content/$folder/"
  fi
done
SALT=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
cat >"$WP_ROOT/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:$SOCKET' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$name ) {
	define( \$name, '$SALT' . \$name );
}
\$table_prefix = 'wp_';
define( 'WP_HOME', '$WP_URL' );
define( 'WP_SITEURL', '$WP_URL' );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$WORK/debug.log' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP

RESULTS=$WORK/results.txt
: >"$RESULTS"
export PLUGIN_ZIP=$ZIP
export POSTS_JSON=$WORK/posts.json
run_step() {
  # Runs one step, shows its output, keeps its PASS/FAIL lines; a step that crashes is a failure.
  local name=$1
  shift
  local status=0
  "$@" >"$WORK/step.log" 2>&1 || status=$?
  cat "$WORK/step.log"
  grep -E '^(PASS|FAIL) ' "$WORK/step.log" >>"$RESULTS" || true
  if [ "$status" != 0 ]; then
    echo "FAIL $name exits with status $status" | tee -a "$RESULTS"
  fi
}

run_step 'installing WordPress and the plugin' php "$ROOT_DIR/tests/wordpress/php/install.php"

setsid env PHP_CLI_SERVER_WORKERS=4 php -d log_errors=1 -d error_log="$WORK/php-server.log" \
  -d opcache.enable_cli=1 -S "127.0.0.1:$PORT" -t "$WP_ROOT" </dev/null >"$WORK/php-server.out" 2>&1 &
PHP_PID=$!
for _ in $(seq 1 100); do
  node -e "fetch('$WP_URL/wp-login.php').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
  sleep 0.2
done

run_step 'creating the posts' php "$ROOT_DIR/tests/wordpress/php/content.php"
if [ -s "$POSTS_JSON" ]; then
  run_step 'browser checks' node "$ROOT_DIR/tests/wordpress/check.mjs"
  run_step 'CDN option and uninstall' php "$ROOT_DIR/tests/wordpress/php/finish.php"
fi

# PHP notices, warnings or errors that came from the plugin, anywhere in the run.
plugin_errors=$(grep -h 'back-spasm-guide' "$WORK/debug.log" "$WORK/php-server.log" 2>/dev/null | head -5 || true)
if [ -z "$plugin_errors" ]; then
  echo "PASS no PHP notice, warning or error from the plugin" | tee -a "$RESULTS"
else
  echo "FAIL no PHP notice, warning or error from the plugin: $plugin_errors" | tee -a "$RESULTS"
fi

passed=$(grep -c '^PASS ' "$RESULTS" || true)
failed=$(grep -c '^FAIL ' "$RESULTS" || true)
stop_servers
trap - EXIT
echo "WordPress $WP_VERSION test took $(($(date +%s) - started)) s"
echo "WordPress $WP_VERSION: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
