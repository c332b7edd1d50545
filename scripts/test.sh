#!/usr/bin/env bash
# Runs every test: build, typecheck, lint, unit, conformance and property
# tests, package checks, then the adapters' integration tests. Ends with one
# closing line: "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
find packages apps -maxdepth 2 -name .test-results -type d -prune -exec rm -rf {} + 2>/dev/null || true
status=0
pnpm exec turbo run build typecheck lint test publint --continue || status=$?
node scripts/test-summary.mjs || status=$?
exit "$status"
