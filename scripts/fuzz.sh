#!/usr/bin/env bash
# Fuzz the parsers of untrusted input for a bounded time each:
#   share_decode   share links (trellis::core::share::decode)
#   reply_decode   reply links (trellis::core::sharing::reply::decode, diff, apply)
#   backup_import  backup files (trellis::core::backup::parse_bytes, preview, apply)
#   roster_import  coordinators' roster files (trellis::core::roster::detect_and_import)
#
# Usage: scripts/fuzz.sh [target...]        (default: every target)
#   FUZZ_SECONDS=60      seconds per target (libFuzzer -max_total_time)
#   FUZZ_JOBS=1          parallel fuzzing jobs per target (the machine has 2 cores)
#   FUZZ_SANITIZER=address   or "none" for a faster, ASan-free run
#   FUZZ_TOOLCHAIN=      e.g. "nightly" to use `cargo +nightly fuzz`; by default the default
#                        (stable) toolchain is used with RUSTC_BOOTSTRAP=1, which makes it
#                        accept the -Z flags cargo-fuzz passes.
#
# Installs cargo-fuzz with `cargo install --locked` if it is missing (one-time, a few minutes).
# Seeds each corpus from tests/fixtures. Crashes land in fuzz/artifacts/<target>/; reproduce
# one with `RUSTC_BOOTSTRAP=1 cargo fuzz run <target> fuzz/artifacts/<target>/<file>`.
# Exits non-zero if any target found a crash.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
JOBS="${FUZZ_JOBS:-1}"
SANITIZER="${FUZZ_SANITIZER:-address}"
TOOLCHAIN="${FUZZ_TOOLCHAIN:++$FUZZ_TOOLCHAIN}"
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz =="
  cargo install cargo-fuzz --locked
fi

mkdir -p fuzz/corpus/share_decode fuzz/corpus/reply_decode fuzz/corpus/backup_import fuzz/corpus/roster_import
for f in tests/fixtures/share_v*_*.txt; do
  cp -f "$f" "fuzz/corpus/share_decode/seed-$(basename "$f")"
done
for f in tests/fixtures/reply_v*_*.txt; do
  cp -f "$f" "fuzz/corpus/reply_decode/seed-$(basename "$f")"
done
for f in tests/fixtures/backup_v1.json tests/fixtures/store_v1.json; do
  [ -f "$f" ] && cp -f "$f" "fuzz/corpus/backup_import/seed-$(basename "$f")"
done
# Roster seeds: the first byte picks the file name (0 = .csv; see the target).
for f in tests/fixtures/roster_v1.csv tests/fixtures/roster_three_bad.csv data/roster-example.csv; do
  [ -f "$f" ] && { printf '\0'; cat "$f"; } >"fuzz/corpus/roster_import/seed-$(basename "$f")"
done

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(share_decode reply_decode backup_import roster_import)
fi

status=0
passed=0
failed=0
for t in "${targets[@]}"; do
  echo "== fuzzing $t for ${SECONDS_PER_TARGET}s (sanitizer: $SANITIZER) =="
  extra=()
  if [ "$JOBS" -gt 1 ]; then extra=(-jobs="$JOBS" -workers="$JOBS"); fi
  # shellcheck disable=SC2086
  if cargo $TOOLCHAIN fuzz run --sanitizer "$SANITIZER" "$t" -- \
      -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 "${extra[@]}"; then
    passed=$((passed + 1))
  else
    echo "fuzz target $t FAILED: see fuzz/artifacts/$t/"
    failed=$((failed + 1))
    status=1
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
