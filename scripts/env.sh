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
# The last step, whatever builds dist/ before it: scripts/csp.mjs hashes the inline scripts
# actually emitted into the Content-Security-Policy (<meta> in the HTML, and dist/_headers),
# so the policy always matches the files shipped.
release_bundle() {
  release_build && node "$ROOT/scripts/csp.mjs" "$ROOT/dist"
}
# The build itself (Trunk), before the policy is applied.
release_build() {
  if rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
    RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none" \
      CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/bundle" trunk build --release
  else
    echo "release_bundle: no rust-src component; building with the prebuilt standard library" >&2
    trunk build --release
  fi
}
