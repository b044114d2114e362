# Sourced by the other scripts: paths and pinned tool versions.
# node_modules/.bin comes first so npm's binaryen 132 wins over any system wasm-opt
# (Debian's binaryen 108 builds a blank page while reporting success).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
# Trunk 0.21 crashes on NO_COLOR=1.
if [ -n "${NO_COLOR:-}" ]; then export NO_COLOR=true; fi
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"

# The release bundle. With the rust-src component (scripts/setup.sh adds it) the standard
# library is rebuilt for it with panics as bare traps and no source locations: no panic
# messages, unwinding or location strings in the wasm (BENCHMARKS.md has the bytes this saves).
# RUSTC_BOOTSTRAP only unlocks these build flags for this one build; tests build normally.
# Its own target directory, so the test builds' caches stay valid.
# By default the pages a first visit does not show are split into lazy chunks: cargo links
# with --emit-relocs and --cfg trellis_split, Trunk builds the assets, scripts/split.sh splits
# the wasm (before wasm-bindgen, which Trunk's hooks cannot do) and scripts/bundle.mjs installs
# the result in the dist folder, minifies, writes the service worker and the caching headers.
# TRELLIS_SPLIT=0 builds the single-bundle fallback (own target dir: other flags).
# TRELLIS_DIST picks the output folder (default dist).
release_bundle() {
  local split="${TRELLIS_SPLIT:-1}" dist="${TRELLIS_DIST:-dist}" flags="" std_flags="" target
  target="${CARGO_TARGET_DIR:-$ROOT/target}/bundle"
  if [ "$split" = 0 ]; then target="$target-single"; else flags="--cfg trellis_split -Clink-args=--emit-relocs"; fi
  local -a std_env=()
  if rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
    std_env=(RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort)
    std_flags="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
  else
    echo "release_bundle: no rust-src component; building with the prebuilt standard library" >&2
  fi
  (cd "$ROOT" && env "${std_env[@]}" CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$std_flags $flags" \
    CARGO_TARGET_DIR="$target" trunk build --release --dist "$dist") || return 1
  if [ "$split" = 0 ]; then
    node "$ROOT/scripts/bundle.mjs" "$ROOT/$dist" || return 1
  else
    bash "$ROOT/scripts/split.sh" "$target/wasm32-unknown-unknown/release/trellis.wasm" "$target/split" || return 1
    node "$ROOT/scripts/bundle.mjs" "$ROOT/$dist" "$target/split" || return 1
  fi
  # Last: the CSP hashes the inline loader exactly as emitted (issue 12's scripts/csp.mjs).
  if [ -f "$ROOT/scripts/csp.mjs" ]; then node "$ROOT/scripts/csp.mjs" "$ROOT/$dist" || return 1; fi
}
