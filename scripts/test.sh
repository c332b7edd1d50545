#!/usr/bin/env bash
# Runs every test: build, typecheck, lint, unit, conformance and property
# tests and package checks on this Node, the JavaScript tests again on Node 22
# (unless this is Node 22+ already), then the adapters' integration tests.
# Ends with one closing line: "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
find packages apps -maxdepth 2 -name .test-results -type d -prune -exec rm -rf {} + 2>/dev/null || true
status=0
pnpm exec turbo run build typecheck lint publint --continue || status=$?
# One package's tests at a time: the adapters' suites each boot a real CMS and a browser, and on a
# two-core machine running them side by side starves their servers into timeouts.
pnpm exec turbo run test --continue --concurrency=1 || status=$?
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
  # WordPress and Strapi (the plugin and its Next.js front end: a real Strapi on this Node's better-sqlite3) run once;
  # Ghost's integration tests run once (Ghost itself always runs on Node 22); its unit tests run again here.
  CC_SIGNALS_GHOST_INTEGRATION=skip scripts/with-node22.sh pnpm exec turbo run test --force --output-logs=errors-only --filter='!@cc-signals/wordpress' --filter='!@cc-signals/strapi' --filter='!@cc-signals/strapi-frontend' || status=$?
fi
node scripts/test-summary.mjs || status=$?
exit "$status"
