#!/usr/bin/env bash
# Builds the release bundle and serves it at http://127.0.0.1:8080 (Ctrl-C to stop).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
release_bundle
echo "Trellis is served at http://127.0.0.1:8080"
exec node tests/e2e/serve.mjs dist 8080
