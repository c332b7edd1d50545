#!/usr/bin/env bash
# Runs every test: build, typecheck, lint, unit and conformance tests,
# package checks, then the adapters' integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
pnpm exec turbo run build typecheck lint test publint --output-logs=errors-only
