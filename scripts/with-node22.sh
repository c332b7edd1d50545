#!/usr/bin/env bash
# Runs a command with Node 22 first on PATH, taken from the npm registry's
# `node@22` package and cached in .cache/node22 (git-ignored).
# Usage: scripts/with-node22.sh <command> [args…]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cache/node22
if [ ! -x "$dir/node_modules/.bin/node" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error node@22 >&2
fi
export PATH="$PWD/$dir/node_modules/.bin:$PATH"
echo "Using Node $(node --version)" >&2
exec "$@"
