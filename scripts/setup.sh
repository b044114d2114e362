#!/usr/bin/env bash
# Installs, idempotently and without questions, everything building and testing Trellis needs.
# Re-runs skip what is present and say so. Nothing here downloads from outside the package
# registries (crates.io, npm, Debian, PyPI).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
say() { printf 'setup: %s\n' "$*"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target present"
else
  say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  if rustup component list --installed | grep -q "^$c"; then say "$c present"; else rustup component add "$c"; fi
done
# rust-src lets the release bundle rebuild std without panic machinery (scripts/env.sh,
# release_bundle); without it the bundle is built as usual, only larger.
if rustup component list --installed | grep -q "^rust-src"; then
  say "rust-src present"
else
  rustup component add rust-src || say "rust-src unavailable: the release bundle will use the prebuilt std"
fi
if rustup component list --installed | grep -q "^rust-src"; then
  # Trunk builds offline: fetch the crates the standard library's own build needs, once.
  RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    cargo fetch --target wasm32-unknown-unknown --quiet && say "crates for the std rebuild fetched"
fi

if trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION present"
else
  say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION" &&
   command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION present"
else
  # No --locked: the CLI's own lock file pins crates that no longer build.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The wasm splitter for the release bundle (scripts/split.sh): a small CLI over the pinned
# wasm_split_cli_support crate, in its own Cargo workspace so the app never builds it.
split_tool="tools/wasm-split/target/release/trellis-wasm-split"
if [ -x "$split_tool" ] && [ "$split_tool" -nt tools/wasm-split/Cargo.lock ] && [ "$split_tool" -nt tools/wasm-split/src/main.rs ]; then
  say "wasm splitter present"
else
  say "building the wasm splitter (tools/wasm-split, about 2 minutes)"
  cargo build --release --locked --quiet --manifest-path tools/wasm-split/Cargo.toml
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromedriver present"
else
  say "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm packages present"
else
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  echo "setup: wasm-opt on PATH is not binaryen $BINARYEN_VERSION: $(command -v wasm-opt)" >&2
  exit 1
fi

# Python packages for the independent checks (tests/ics_independent.py, tests/zones_independent.py)
# and the zone table's source: two .ics parsers, and the IANA tz database as compiled TZif files
# (scripts/gen_zones.py). tzdata is pinned: data/zones.txt records the release it was made from.
TZDATA_PIN=2026.6
py_has() { python3 -c "$1" 2>/dev/null; }
if py_has 'import icalendar'; then say "python icalendar present"; else
  say "installing python icalendar (independent .ics parser for tests)"
  python3 -m pip install --quiet --disable-pip-version-check icalendar
fi
if py_has 'import vobject'; then say "python vobject present"; else
  say "installing python vobject (second independent .ics parser for tests)"
  python3 -m pip install --quiet --disable-pip-version-check vobject
fi
if py_has "import tzdata, sys; sys.exit(tzdata.__version__ != '$TZDATA_PIN')"; then
  say "python tzdata $TZDATA_PIN present"
else
  say "installing python tzdata $TZDATA_PIN (IANA data behind data/zones.txt)"
  python3 -m pip install --quiet --disable-pip-version-check "tzdata==$TZDATA_PIN"
fi
if py_has 'import scipy.optimize'; then say "python scipy present"; else
  say "installing python scipy (independent assignment solver for tests/cohort_independent.py)"
  python3 -m pip install --quiet --disable-pip-version-check scipy
fi
say "done"
