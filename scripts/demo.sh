#!/usr/bin/env bash
# Starts the demo: the sample site served through @cc-signals/core (and, as
# adapters land, their CMS sites with seeded posts), then inspects them with
# the cc-signals CLI. Pass --once to stop after the inspection.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
pnpm exec turbo run build --output-logs=errors-only >&2
exec node apps/demo/dist/main.js "$@"
