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
#   bash scripts/bench.sh replies    share-link and reply-link lengths of the reference plans (native tests,
#                                    nothing timed)
#   bash scripts/bench.sh cohort     cohort matching: natively phase by phase (release build of
#                                    examples/cohort_bench), then the /cohort page in headless
#                                    Chromium importing 1,000 x 300 and 5,000 x 1,500 random
#                                    cohorts as CSV (time, long tasks, Cancel); COHORT_SIZES="1000x300"
#                                    for fewer, COHORT_BROWSER=0 for native only
#   bash scripts/bench.sh redraw     Mentors page: redraw of 20 cards after an importance change,
#                                    unthrottled and at 4x CPU, in headless Chromium (release bundle)
#   bash scripts/bench.sh redraw-profile  the same on a bundle that keeps wasm function names
#                                    (dist-profile), plus a CPU profile of the changes, summarised
#                                    and written to target/redraw.cpuprofile
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
if [ "$what" = cohort ]; then
  sizes="${COHORT_SIZES:-1000x300 5000x1500}"
  echo "== cohort: native, release build (examples/cohort_bench) =="
  cargo build --quiet --release --example cohort_bench --example cohort_csv
  # shellcheck disable=SC2086
  "${CARGO_TARGET_DIR:-$ROOT/target}/release/examples/cohort_bench" ${sizes//x/ }
  if [ "${COHORT_BROWSER:-1}" != 0 ]; then
    bash scripts/setup.sh >/dev/null
    echo "== cohort: /cohort page in headless Chromium (release bundle) =="
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    for s in $sizes; do
      "${CARGO_TARGET_DIR:-$ROOT/target}/release/examples/cohort_csv" "${s%x*}" "${s#*x}" "$tmp" >/dev/null
    done
    [ "${COHORT_BUILD:-1}" = 0 ] || release_bundle >/dev/null 2>&1
    # shellcheck disable=SC2086
    node scripts/bench_cohort.mjs "$tmp" $sizes
  fi
fi
if [ "$what" = redraw ]; then
  bash scripts/setup.sh >/dev/null
  echo "== Mentors redraw after an importance change (release bundle) =="
  release_bundle >"$ROOT/target/bench-redraw-build.log" 2>&1 || { tail -n 30 "$ROOT/target/bench-redraw-build.log"; exit 1; }
  node scripts/bench_redraw.mjs "${TRELLIS_DIST:-dist}"
fi
if [ "$what" = redraw-profile ]; then
  bash scripts/setup.sh >/dev/null
  echo "== Mentors redraw, CPU profile (release bundle keeping wasm names, dist-profile) =="
  TRELLIS_WASM_NAMES=1 TRELLIS_DIST=dist-profile release_bundle >"$ROOT/target/bench-redraw-build.log" 2>&1 ||
    { tail -n 30 "$ROOT/target/bench-redraw-build.log"; exit 1; }
  BENCH_PROFILE="$ROOT/target/redraw.cpuprofile" node scripts/bench_redraw.mjs dist-profile
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
  if [ "${TRELLIS_SPLIT:-1}" = 0 ]; then
    node scripts/size_breakdown.mjs "$tmp/named.wasm"
  else
    echo "-- the whole app, before the split --"
    node scripts/size_breakdown.mjs "$tmp/named.wasm"
    # The main chunk alone (what every first load fetches), split and optimised as
    # scripts/split.sh does but keeping names; then every chunk's size as shipped.
    "$ROOT/tools/wasm-split/target/release/trellis-wasm-split" "$wasm" "$tmp/split" trellis >/dev/null
    wasm-bindgen --target web --keep-lld-exports --no-typescript --out-dir "$tmp/main" --out-name trellis "$tmp/split/trellis.wasm"
    wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$tmp/main/trellis_bg.wasm" -o "$tmp/main-named.wasm"
    echo "-- the main chunk alone (names kept, so its sizes run a little above the shipped file) --"
    node scripts/size_breakdown.mjs "$tmp/main-named.wasm"
    echo "-- the shipped chunks (dist), brotli --"
    node -e '
      const fs = require("fs"), z = require("zlib"), dir = process.argv[1];
      const br = (b) => z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".wasm")).sort()) {
        const b = fs.readFileSync(dir + "/" + f);
        console.log((b.length / 1024).toFixed(1).padStart(9), (br(b) / 1024).toFixed(1).padStart(9), " ", f);
      }' "${TRELLIS_DIST:-dist}"
  fi
fi
if [ "$what" = bigdata ]; then
  bash scripts/setup.sh >/dev/null
  echo "== big inputs at the caps in headless Chromium (release bundle) =="
  release_bundle >/dev/null 2>&1
  node scripts/bench_bigdata.mjs
fi
if [ "$what" = replies ]; then
  echo "== share-link and reply-link lengths of the reference plans =="
  cargo test --quiet --test share_fixtures -- --nocapture 2>&1 | grep -E "^share_v|typical plan:"
  cargo test --quiet --lib core::sharing::reply::tests::reply_lengths -- --nocapture 2>&1 | grep -E "^reply length"
fi
