#!/usr/bin/env bash
# Checks the Debian packages the WordPress tests need (PHP with SQLite, XML
# and mbstring, PHPUnit, unzip, Chromium), nginx (the Ghost tests' nginx map and
# the WordPress uploads snippet, served by a real nginx) and Apache (the WordPress
# uploads .htaccess; apache2-bin: the server and its modules, without the system
# service that the apache2 package would start). When some are missing: as root (CI,
# containers) installs them with apt-get; otherwise stops and prints the exact
# command to run, rather than calling sudo behind the user's back.
# Sourced by scripts/bootstrap.sh. Set CC_SIGNALS_SKIP_SYSTEM_DEPS=1 to skip.
set -euo pipefail
if [ "${CC_SIGNALS_SKIP_SYSTEM_DEPS:-}" = "1" ]; then
  return 0 2>/dev/null || exit 0
fi
missing=()
command -v php >/dev/null 2>&1 || missing+=(php-cli)
if command -v php >/dev/null 2>&1; then
  # Read once: `php -m | grep -q` can fail under pipefail when grep closes the pipe early.
  modules=$(php -m)
  grep -qix 'pdo_sqlite' <<<"$modules" || missing+=(php-sqlite3)
  grep -qix 'dom' <<<"$modules" || missing+=(php-xml)
  grep -qix 'mbstring' <<<"$modules" || missing+=(php-mbstring)
else
  missing+=(php-sqlite3 php-xml php-mbstring)
fi
command -v phpunit >/dev/null 2>&1 || missing+=(phpunit)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
[ -x /usr/sbin/apache2 ] || missing+=(apache2-bin)
if [ ${#missing[@]} -gt 0 ]; then
  command="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them as root, then run the command again:" >&2
    echo "  sudo sh -c '$command'" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
