#!/usr/bin/env bash
# Fetches and unpacks a Debian suite's WordPress without installing it:
#
#   bash tests/wordpress/fetch-debian-wordpress.sh trixie
#
# prints the path of the unpacked tree's usr/share/wordpress folder on its last line and exits 0,
# or says why on stderr and exits 1. Only apt-get download and dpkg-deb -x are used, with a
# temporary sources list, lists folder and cache (the system's apt configuration, lists and
# packages are left alone); Debian's archive keyring verifies the suite.
#
# The unpacked tree is cached between runs on one machine under
# ${BSG_WP_CACHE:-~/.cache/back-spasm-guide/wordpress}/<suite>. A cache younger than a day is
# used as it is; an older one is refreshed when the suite has a newer WordPress, and used as it
# is when the archive cannot be reached. BSG_WP_REFRESH=1 refreshes it now.
set -euo pipefail

SUITE=${1:?usage: fetch-debian-wordpress.sh SUITE}
PACKAGES=(wordpress wordpress-l10n libjs-lodash libjs-underscore libjs-cropper php-getid3)
MIRROR=${BSG_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${BSG_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
CACHE_ROOT=${BSG_WP_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/back-spasm-guide/wordpress}
CACHE=$CACHE_ROOT/$SUITE
say() { echo "$*" >&2; }

cached_tree() {
  [ -f "$CACHE/versions" ] && [ -f "$CACHE/root/usr/share/wordpress/wp-includes/version.php" ]
}
if cached_tree && [ -z "${BSG_WP_REFRESH:-}" ] && [ -n "$(find "$CACHE/versions" -mmin -1440)" ]; then
  echo "$CACHE/root/usr/share/wordpress"
  exit 0
fi

# One refresh at a time per cache folder (two runs on one machine wait for each other).
mkdir -p "$CACHE_ROOT"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE_ROOT/.lock-$SUITE"
  flock -w 600 9 || { say "another run holds $CACHE_ROOT/.lock-$SUITE"; exit 1; }
fi

for tool in apt-get apt-cache dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || { say "$tool is missing"; exit 1; }
done
[ -r "$KEYRING" ] || { say "$KEYRING is missing (package debian-archive-keyring)"; exit 1; }

TMP=$(mktemp -d /tmp/bsg-debian-wordpress.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/parts" "$TMP/lists/partial" "$TMP/cache/archives/partial" "$TMP/debs" "$TMP/root"
{
  echo "deb [signed-by=$KEYRING] $MIRROR $SUITE main"
  if [ "$SUITE" != sid ] && [ "$SUITE" != unstable ]; then
    echo "deb [signed-by=$KEYRING] $SECURITY_MIRROR $SUITE-security main"
  fi
} >"$TMP/sources.list"
APT_OPTIONS=(
  -o "Dir::Etc::SourceList=$TMP/sources.list"
  -o "Dir::Etc::SourceParts=$TMP/parts"
  -o "Dir::State::Lists=$TMP/lists"
  -o "Dir::Cache=$TMP/cache"
  -o "APT::Sandbox::User=root"
  -o "Acquire::Retries=2"
  -o "Acquire::http::Timeout=30"
)

use_stale_cache() {
  if cached_tree; then
    say "$1; using the cached WordPress from $(cat "$CACHE/versions" | head -n 1)"
    echo "$CACHE/root/usr/share/wordpress"
    exit 0
  fi
  say "$1"
  exit 1
}

# apt-get update exits 0 when a mirror cannot be reached: look for the lists it fetched.
if ! apt-get "${APT_OPTIONS[@]}" -qq update >"$TMP/update.log" 2>&1 ||
  ! compgen -G "$TMP/lists/*_Packages*" >/dev/null; then
  use_stale_cache "Debian $SUITE's package lists could not be fetched: $(grep -E '^(E|W):' "$TMP/update.log" | head -n 2 | tr '\n' ' ')"
fi
versions=""
for package in "${PACKAGES[@]}"; do
  version=$(apt-cache "${APT_OPTIONS[@]}" policy "$package" 2>/dev/null | awk '/Candidate:/ {print $2}')
  if [ -z "$version" ] || [ "$version" = "(none)" ]; then
    use_stale_cache "Debian $SUITE has no package $package"
  fi
  versions+="$package $version"$'\n'
done
if cached_tree && [ "$(cat "$CACHE/versions")" = "${versions%$'\n'}" ]; then
  touch "$CACHE/versions"
  echo "$CACHE/root/usr/share/wordpress"
  exit 0
fi

if ! (cd "$TMP/debs" && apt-get "${APT_OPTIONS[@]}" -qq download "${PACKAGES[@]}") >"$TMP/download.log" 2>&1; then
  use_stale_cache "Debian $SUITE's WordPress packages could not be downloaded: $(grep -E '^(E|W):' "$TMP/download.log" | head -n 2 | tr '\n' ' ')"
fi
for deb in "$TMP"/debs/*.deb; do
  dpkg-deb -x "$deb" "$TMP/root"
done
# Links to /etc (Debian's .htaccess and wp-config.php read /etc/wordpress) point nowhere here.
find "$TMP/root" -xtype l -delete
[ -f "$TMP/root/usr/share/wordpress/wp-includes/version.php" ] ||
  use_stale_cache "Debian $SUITE's wordpress package has no usr/share/wordpress tree"

rm -rf "$CACHE.new" "$CACHE.old"
mkdir "$CACHE.new"
mv "$TMP/root" "$CACHE.new/root"
printf '%s' "${versions%$'\n'}" >"$CACHE.new/versions"
if [ -e "$CACHE" ]; then mv "$CACHE" "$CACHE.old"; fi
mv "$CACHE.new" "$CACHE"
rm -rf "$CACHE.old"
echo "$CACHE/root/usr/share/wordpress"
