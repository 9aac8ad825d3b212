#!/usr/bin/env bash
# The WordPress plugin in real WordPress versions (npm run test:wordpress).
#
# Installs Debian's WordPress (bookworm: 6.1), PHP and MariaDB when missing, builds the plugin
# zip, fetches and unpacks Debian trixie's WordPress (6.8) without installing it
# (fetch-debian-wordpress.sh, cached between runs), then runs every check (run-one.sh) on each:
# 6.1 must load the widget as a classic script, 6.8 as a script module.
#
# Prints "PASS name" / "FAIL name: detail" per check, "WordPress X.Y.Z: N passed, M failed" per
# version, a summary with the count of checks for each, and, last, the total as
# "wordpress: N passed, M failed" (the line .ci/run counts). When trixie cannot be fetched, the
# run says so on a "SKIPPED:" line and tests 6.1 alone.
# SCREENSHOT=1 also writes docs/screenshots/wordpress-post.png. KEEP=1 keeps the temporary folders.
# WP_SOURCE=/path/to/wordpress tests that one tree instead (EXPECT_LOADING=module or classic
# asserts its loading path); WP_SUITES="bookworm trixie sid" chooses Debian's suites.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT_DIR=$PWD
started=$(date +%s)

PACKAGES=(php-cli php-mysql mariadb-server wordpress wordpress-l10n wordpress-theme-twentytwentyone)
SKIP_MESSAGE="SKIPPED: WordPress test needs Debian packages php-cli php-mysql mariadb-server wordpress, which could not be installed"

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
    echo "$SKIP_MESSAGE"
    exit 0
  fi
  echo "Installing Debian packages: ${missing[*]}"
  # Package scripts must not start Apache or MariaDB as services: this test starts its own.
  own_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    own_policy=1
  fi
  installed=1
  {
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"
  } >/tmp/bsg-wordpress-apt.log 2>&1 || installed=""
  if [ -n "$own_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
  if [ -z "$installed" ]; then
    tail -5 /tmp/bsg-wordpress-apt.log
    echo "$SKIP_MESSAGE"
    exit 0
  fi
fi

npm run --silent build:wordpress
export PLUGIN_ZIP=$ROOT_DIR/dist/back-spasm-guide-wordpress.zip

# Each run: a label, a tree and the loading path its WordPress must take.
labels=()
sources=()
expects=()
if [ -n "${WP_SOURCE:-}" ]; then
  labels+=("$WP_SOURCE")
  sources+=("$WP_SOURCE")
  expects+=("${EXPECT_LOADING:-}")
else
  for suite in ${WP_SUITES:-bookworm trixie}; do
    if [ "$suite" = bookworm ]; then
      labels+=("Debian bookworm")
      sources+=(/usr/share/wordpress)
      expects+=(classic)
      continue
    fi
    tree=""
    fetch_log=$(mktemp /tmp/bsg-wordpress-fetch.XXXXXX)
    if tree=$(bash tests/wordpress/fetch-debian-wordpress.sh "$suite" 2>"$fetch_log" | tail -n 1) && [ -n "$tree" ]; then
      cat "$fetch_log"
      labels+=("Debian $suite")
      sources+=("$tree")
      expects+=(module)
    else
      echo "SKIPPED: WordPress from Debian $suite could not be fetched, so its script-module path is not tested in this run: $(tr '\n' ' ' <"$fetch_log")"
    fi
    rm -f "$fetch_log"
  done
fi

summary=()
total_passed=0
total_failed=0
for i in "${!sources[@]}"; do
  log=$(mktemp /tmp/bsg-wordpress-run.XXXXXX)
  echo "== WordPress from ${labels[$i]} (${sources[$i]}), expected path: ${expects[$i]:-any}"
  status=0
  WP_SOURCE=${sources[$i]} EXPECT_LOADING=${expects[$i]} bash tests/wordpress/run-one.sh 2>&1 |
    tee "$log" || status=$?
  line=$(grep -aE '^WordPress [^ ]+: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1 || true)
  passed=$(grep -c '^PASS ' "$log" || true)
  failed=$(grep -c '^FAIL ' "$log" || true)
  if [ -z "$line" ] || { [ "$status" != 0 ] && [ "$failed" = 0 ]; }; then
    # The run stopped before its closing line: count that as a failure.
    failed=$((failed + 1))
  fi
  version=$(sed -n 's/^WordPress \([^ ]*\): .*/\1/p' <<<"$line")
  path=${expects[$i]:-any}
  [ "$path" = module ] && path="script module"
  [ "$path" = classic ] && path="classic script"
  summary+=("WordPress ${version:-?} (${labels[$i]}, ${path}): $((passed + failed)) checks, $passed passed, $failed failed")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  rm -f "$log"
done

echo "== summary"
for line in "${summary[@]}"; do echo "$line"; done
echo "wordpress: $total_passed passed, $total_failed failed"
[ "$total_failed" = 0 ] && [ "$total_passed" -gt 0 ]
