#!/usr/bin/env python3
"""Independent check of Trellis' time zone table against the IANA data it was made from.

Usage (from the repository root):

    python3 tests/zones_independent.py               # runs `cargo run --example zone_dump`
    python3 tests/zones_independent.py --dump FILE   # checks an existing dump instead

The reference is CPython's own TZif reader (`zoneinfo`, standard library) on the compiled
files of the PyPI package `tzdata` (pinned by scripts/setup.sh; the system's /usr/share/zoneinfo
is deliberately not searched). Three checks:

1. `data/zones.txt` is exactly what `scripts/gen_zones.py` writes from the installed tzdata, and
   its header names that release (so a tzdata upgrade without regenerating fails here);
2. it names every zone of tzdata (aliases included; `Factory` is not a place);
3. for every zone, the offset/abbreviation at 2026-01-01 and every change up to 2051-01-01, as
   `trellis::core::time::tz` computes them from the table (examples/zone_dump.rs), equal
   zoneinfo's: zoneinfo is scanned daily and each change narrowed to the second, and both
   sides must agree one second before and at each of our changes (so a change and its reversal
   within one day cannot slip through either).

Exit status 0 = all checks passed.
"""

import argparse
import calendar
import importlib.util
import os
import subprocess
import sys
import zoneinfo
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
START = calendar.timegm((2026, 1, 1, 0, 0, 0))
END = calendar.timegm((2051, 1, 1, 0, 0, 0))
DAY = 86_400

zoneinfo.reset_tzpath(to=[])  # only the tzdata package, never the system's copy
FAILURES = []


def check(cond, msg):
    if not cond:
        FAILURES.append(msg)
    return cond


def load_generator():
    spec = importlib.util.spec_from_file_location(
        "gen_zones", os.path.join(ROOT, "scripts", "gen_zones.py")
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def period(z, t):
    d = datetime.fromtimestamp(t, z)
    return (int(d.utcoffset().total_seconds()), d.tzname())


def reference_changes(z):
    """zoneinfo's (period at START, [(instant, new period)]) for [START, END)."""
    first = cur = period(z, START)
    out = []
    t = START
    while t < END:
        t1 = min(t + DAY, END - 1)
        nxt = period(z, t1)
        if nxt == cur:
            if t1 == END - 1:
                break
            t = t1
            continue
        lo, hi = t, t1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if period(z, mid) == cur:
                lo = mid
            else:
                hi = mid
        cur = period(z, hi)
        out.append((hi, cur))
        t = hi
    return first, out


def parse_dump(text):
    zones = {}
    for line in text.splitlines():
        parts = line.split(" ")
        name, first = parts[0], (int(parts[1]), parts[2])
        rest = parts[3:]
        changes = [
            (int(rest[i]), (int(rest[i + 1]), rest[i + 2])) for i in range(0, len(rest), 3)
        ]
        zones[name] = (first, changes)
    return zones


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="read zone_dump's output from FILE instead of running it")
    args = ap.parse_args()

    gen = load_generator()
    generated, rel, _ = gen.generate()
    with open(os.path.join(ROOT, "data", "zones.txt"), encoding="utf-8") as f:
        committed = f.read()
    check(
        committed == generated,
        "data/zones.txt is not the output of scripts/gen_zones.py for the installed tzdata "
        f"{rel}; run `python3 scripts/gen_zones.py > data/zones.txt`",
    )
    check(f"# tzdata {rel} " in committed, f"data/zones.txt does not name tzdata {rel}")

    if args.dump:
        with open(args.dump, encoding="utf-8") as f:
            dump = f.read()
    else:
        dump = subprocess.check_output(
            ["cargo", "run", "--quiet", "--example", "zone_dump"], cwd=ROOT, text=True
        )
    ours = parse_dump(dump)
    names = sorted(zoneinfo.available_timezones() - gen.SKIP)
    check(list(ours) == names, f"zone names differ: {set(ours) ^ set(names)}")

    changes_seen = 0
    for name in names:
        if name not in ours:
            continue
        z = zoneinfo.ZoneInfo(name)
        first, changes = ours[name]
        ref_first, ref_changes = reference_changes(z)
        check(first == ref_first, f"{name} at 2026-01-01: {first} != zoneinfo {ref_first}")
        check(changes == ref_changes, f"{name}: changes {changes} != zoneinfo {ref_changes}")
        before = first
        for at, p in changes:
            check(period(z, at - 1) == before, f"{name} just before {at}: zoneinfo differs")
            check(period(z, at) == p, f"{name} at {at}: {p} != zoneinfo {period(z, at)}")
            before = p
        changes_seen += len(changes)

    if FAILURES:
        for msg in FAILURES[:50]:
            print("FAIL:", msg)
        print(f"zones_independent: {len(FAILURES)} failure(s)")
        return 1
    print(
        f"zones_independent: OK (tzdata {rel}: {len(names)} zones, {changes_seen} changes "
        "2026-2050 equal zoneinfo's)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
