#!/usr/bin/env bash
# Benchmarks (measured, never timed tests): criterion benches of the pure core, then the size of
# the release bundle. Numbers go into BENCHMARKS.md by hand.
#   bash scripts/bench.sh            all
#   bash scripts/bench.sh size       only the bundle size (builds the release bundle)
#   bash scripts/bench.sh browser    ranking 10,000 and 100,000 mentors in headless Chromium
#   bash scripts/bench.sh breakdown  where the wasm's bytes go, by crate and by UI module
#   bash scripts/bench.sh bigdata    the largest allowed backup previewed and merged, and the
#                                    milestone editor at its cap, in headless Chromium (time
#                                    and longest main-thread task)
#   bash scripts/bench.sh redraw     Mentors page: redraw of 20 cards after an importance change,
#                                    unthrottled and at 4x CPU, in headless Chromium (release bundle)
#   bash scripts/bench.sh load       first load of the release bundle served with brotli: bytes before
#                                    interactive, throttled times, Lighthouse mobile + desktop
#                                    (BENCH_RUNS=3 runs each; TRELLIS_SPLIT=0 for the single bundle)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
what="${1:-all}"
if [ "$what" = all ] || [ "$what" = core ]; then
  for b in smart rank roster cohort; do
    echo "== criterion: $b =="
    cargo bench --quiet --bench "$b" -- --warm-up-time 1 --measurement-time 3 --noplot
  done
fi
if [ "$what" = all ] || [ "$what" = browser ]; then
  bash scripts/setup.sh >/dev/null
  echo "== browser: ranking in headless Chromium (release wasm) =="
  cargo test --release --target wasm32-unknown-unknown --test rank_in_browser -- --nocapture 2>&1 |
    grep -E "bench (rank|roster)|test result"
fi
if [ "$what" = all ] || [ "$what" = size ]; then
  bash scripts/setup.sh >/dev/null
  echo "== release bundle size =="
  release_bundle >/dev/null 2>&1
  node scripts/size.mjs dist
fi
if [ "$what" = redraw ]; then
  bash scripts/setup.sh >/dev/null
  echo "== Mentors redraw after an importance change (release bundle) =="
  release_bundle >"$ROOT/target/bench-redraw-build.log" 2>&1 || { tail -n 30 "$ROOT/target/bench-redraw-build.log"; exit 1; }
  node scripts/bench_redraw.mjs "${TRELLIS_DIST:-dist}"
fi
if [ "$what" = load ]; then
  bash scripts/setup.sh >/dev/null
  echo "== first load (release bundle, brotli, 127.0.0.1) =="
  release_bundle >"$ROOT/target/bench-load-build.log" 2>&1 || { tail -n 30 "$ROOT/target/bench-load-build.log"; exit 1; }
  node scripts/bench_load.mjs "${TRELLIS_DIST:-dist}" --json "$ROOT/target/bench-load.json"
fi
if [ "$what" = breakdown ]; then
  bash scripts/setup.sh >/dev/null
  echo "== release wasm by crate and UI module =="
  release_bundle >/dev/null 2>&1
  # The same cargo output Trunk just bundled, optimised the same way but keeping function names.
  wasm="${CARGO_TARGET_DIR:-$ROOT/target}/bundle/wasm32-unknown-unknown/release/trellis.wasm"
  [ -f "$wasm" ] || wasm="${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/release/trellis.wasm"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  wasm-bindgen --target web --no-typescript --out-dir "$tmp" "$wasm"
  wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int "$tmp/trellis_bg.wasm" -o "$tmp/named.wasm"
  node scripts/size_breakdown.mjs "$tmp/named.wasm"
fi
if [ "$what" = bigdata ]; then
  bash scripts/setup.sh >/dev/null
  echo "== big inputs at the caps in headless Chromium (release bundle) =="
  release_bundle >/dev/null 2>&1
  node scripts/bench_bigdata.mjs
fi
