#!/usr/bin/env bash
# Installs the Debian packages the WordPress tests need (PHP with SQLite, XML
# and mbstring, PHPUnit, unzip, Chromium) when they are missing. Uses apt-get
# as root, sudo otherwise. Sourced by scripts/bootstrap.sh.
set -euo pipefail
missing=()
command -v php >/dev/null 2>&1 || missing+=(php-cli)
if command -v php >/dev/null 2>&1; then
  php -m | grep -qi '^pdo_sqlite$' || missing+=(php-sqlite3)
  php -m | grep -qi '^dom$' || missing+=(php-xml)
  php -m | grep -qi '^mbstring$' || missing+=(php-mbstring)
else
  missing+=(php-sqlite3 php-xml php-mbstring)
fi
command -v phpunit >/dev/null 2>&1 || missing+=(phpunit)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
