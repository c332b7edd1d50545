#!/usr/bin/env bash
# Makes sure the pinned pnpm is on PATH and the workspace is installed.
# Sourced by scripts/test.sh and scripts/demo.sh.
set -euo pipefail
PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node 20.19 or newer is required, found "+process.versions.node); process.exit(1) }'
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION from the npm registry" >&2
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >&2 || {
    echo "Could not install pnpm globally; run 'corepack enable' or install pnpm $PNPM_VERSION, then retry." >&2
    exit 1
  }
fi
bash scripts/system-deps.sh
pnpm install --frozen-lockfile --prefer-offline >&2
