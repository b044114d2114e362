#!/usr/bin/env bash
# Splits the release wasm into the main module and lazy chunks, the step Trunk cannot do (it
# must come before wasm-bindgen). Called by release_bundle (scripts/env.sh) after `trunk build`:
#   bash scripts/split.sh INPUT.wasm OUT_DIR
# INPUT.wasm is cargo's output linked with -Clink-args=--emit-relocs and --cfg trellis_split.
# OUT_DIR receives trellis.js + trellis_bg.wasm (wasm-bindgen --target web --keep-lld-exports),
# __wasm_split.js (the chunk loader), one optimised .wasm per chunk, split-manifest.json and
# wasm-bindgen's snippets/ if any. scripts/bundle.mjs then hashes and installs them in dist/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
in="$1"
out="$2"
tool="$ROOT/tools/wasm-split/target/release/trellis-wasm-split"
[ -x "$tool" ] || { echo "split: $tool missing: run bash scripts/setup.sh" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/split"
"$tool" "$in" "$out/split" trellis
wasm-bindgen --target web --keep-lld-exports --no-typescript --out-dir "$out" --out-name trellis "$out/split/trellis.wasm"
rm "$out/split/trellis.wasm"
# The features rustc enables for wasm32 today; binaryen must accept what the module uses.
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# TRELLIS_WASM_NAMES=1 keeps the function names (-g) for a CPU profile (bench.sh redraw-profile).
[ "${TRELLIS_WASM_NAMES:-0}" = 1 ] && features+=(-g)
wasm-opt -Oz "${features[@]}" "$out/trellis_bg.wasm" -o "$out/trellis_bg.wasm"
# Dozens of small chunks: two at a time (the machine this is measured on has two cores).
export WASM_OPT_FEATURES="${features[*]}"
printf '%s\0' "$out"/split/*.wasm | xargs -0 -P 2 -I{} sh -c \
  'wasm-opt -Oz $WASM_OPT_FEATURES "$1" -o "$2/$(basename "$1")" 2>/dev/null' _ {} "$out"
mv "$out/split/__wasm_split.js" "$out/split/split-manifest.json" "$out/"
rm -rf "$out/split"
ls -l "$out"
