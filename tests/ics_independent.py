#!/usr/bin/env python3
"""Independent check of Trellis' .ics export with the PyPI `icalendar` parser.

Usage (from the repository root):

    python3 tests/ics_independent.py                 # builds + runs the Rust fixture example
    python3 tests/ics_independent.py --dir DIR       # only checks existing DIR/*.ics

Without --dir it runs `cargo run --quiet --example ics_fixture -- <tmpdir>` in the repository
root (CARGO_TARGET_DIR and other cargo settings come from the environment). It installs
`icalendar` with pip if it is missing. Exit status 0 = all checks passed.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

try:
    import icalendar
except ImportError:  # pragma: no cover - depends on the machine
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "icalendar"])
    import icalendar

# Keep in sync with examples/ics_fixture.rs.
MENTOR = "Zoë O'Brien, PhD; \"Ada\""
STATEMENT = "Give 3 talks, at meetups; by 2027-06-30 \\ no excuses"
TRICKY_ITEM = (
    "Talk, slides; \"demo\"\nsecond line — ✓ 日本語のテキスト, with a long tail so the "
    "description line has to be folded several times over: "
    "éééééééééééééééééééééééééééééééééééé 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉"
)
DTSTAMP = datetime(2027, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def utc(y, mo, d, h, mi):
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


# file -> (zone, [(uid, expected UTC start, expected status)])
EXPECTED = {
    "series-new-york.ics": (
        "America/New_York",
        [
            # 09:00 EST = 14:00 UTC; DST starts 2027-03-14, so 09:00 EDT = 13:00 UTC.
            ("s-20270307.fixture@trellis.local", utc(2027, 3, 7, 14, 0), "CONFIRMED"),
            ("s-20270314.fixture@trellis.local", utc(2027, 3, 14, 13, 0), "CONFIRMED"),
            ("s-20270321.fixture@trellis.local", utc(2027, 3, 21, 13, 0), "CANCELLED"),
        ],
    ),
    "session-new-york.ics": (
        "America/New_York",
        [("s-20270314.fixture@trellis.local", utc(2027, 3, 14, 13, 0), "CONFIRMED")],
    ),
    "series-sydney.ics": (
        "Australia/Sydney",
        [
            # 10:00 AEDT (+11) then, after 2027-04-04 03:00, 10:00 AEST (+10).
            ("s-20270328.fixture@trellis.local", utc(2027, 3, 27, 23, 0), "CONFIRMED"),
            ("s-20270404.fixture@trellis.local", utc(2027, 4, 4, 0, 0), "CONFIRMED"),
        ],
    ),
    "series-kathmandu.ics": (
        "Asia/Kathmandu",
        [
            # +05:45 all year.
            ("s-20270105.fixture@trellis.local", utc(2027, 1, 5, 3, 15), "CONFIRMED"),
            ("s-20270112.fixture@trellis.local", utc(2027, 1, 12, 3, 15), "CONFIRMED"),
        ],
    ),
    "series-london-autumn.ics": (
        "Europe/London",
        [
            # 18:00 BST (+1), then GMT from 2027-10-31.
            ("s-20271024.fixture@trellis.local", utc(2027, 10, 24, 17, 0), "CONFIRMED"),
            ("s-20271031.fixture@trellis.local", utc(2027, 10, 31, 18, 0), "CONFIRMED"),
        ],
    ),
}

FAILURES = []


def check(cond, msg):
    if not cond:
        FAILURES.append(msg)
    return cond


def check_raw_lines(name, raw):
    check(raw.endswith(b"\r\n"), f"{name}: does not end with CRLF")
    body = raw[:-2] if raw.endswith(b"\r\n") else raw
    physical = body.split(b"\r\n")
    for i, line in enumerate(physical):
        check(b"\n" not in line and b"\r" not in line, f"{name}:{i + 1}: bare CR or LF")
        check(len(line) <= 75, f"{name}:{i + 1}: {len(line)} octets > 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            check(False, f"{name}:{i + 1}: fold split a UTF-8 character")
    folded = sum(1 for line in physical if line.startswith(b" "))
    return folded


def check_file(path, zone, events_expected):
    name = os.path.basename(path)
    with open(path, "rb") as f:
        raw = f.read()
    folded = check_raw_lines(name, raw)
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as e:  # noqa: BLE001
        check(False, f"{name}: does not parse: {e}")
        return
    check(str(cal.get("VERSION")) == "2.0", f"{name}: VERSION")
    check(str(cal.get("PRODID")) == "-//Trellis//Mentoring planner//EN", f"{name}: PRODID")
    check(str(cal.get("METHOD")) == "PUBLISH", f"{name}: METHOD")

    vtzs = cal.walk("VTIMEZONE")
    check(len(vtzs) == 1, f"{name}: expected one VTIMEZONE, got {len(vtzs)}")
    own_tz = None
    if vtzs:
        check(str(vtzs[0].get("TZID")) == zone, f"{name}: VTIMEZONE TZID")
        # Build a tzinfo from *our* observances only (no lookup of the IANA name).
        own_tz = vtzs[0].to_tz(lookup_tzid=False)

    events = cal.walk("VEVENT")
    check(
        len(events) == len(events_expected),
        f"{name}: {len(events)} events, expected {len(events_expected)}",
    )
    for ev, (uid, start, status) in zip(events, events_expected):
        check(str(ev.get("UID")) == uid, f"{name}: UID {ev.get('UID')} != {uid}")
        check(str(ev.get("STATUS")) == status, f"{name}: {uid} STATUS {ev.get('STATUS')}")
        dtstart = ev.decoded("DTSTART")
        dtend = ev.decoded("DTEND")
        stamp = ev.decoded("DTSTAMP")
        if check(dtstart.tzinfo is not None, f"{name}: {uid} DTSTART is floating"):
            check(
                dtstart.astimezone(timezone.utc) == start,
                f"{name}: {uid} DTSTART {dtstart.isoformat()} != {start.isoformat()}",
            )
            check(
                (dtend - dtstart).total_seconds() == 45 * 60,
                f"{name}: {uid} DTEND - DTSTART != 45 min",
            )
        check(
            ev["DTSTART"].params.get("TZID") == zone,
            f"{name}: {uid} DTSTART TZID {ev['DTSTART'].params.get('TZID')}",
        )
        check(stamp == DTSTAMP, f"{name}: {uid} DTSTAMP {stamp}")
        if own_tz is not None:
            wall = dtstart.replace(tzinfo=None)
            via_vtimezone = wall.replace(tzinfo=own_tz)
            check(
                via_vtimezone.astimezone(timezone.utc) == start,
                f"{name}: {uid} our VTIMEZONE maps {wall} to "
                f"{via_vtimezone.astimezone(timezone.utc)}, expected {start}",
            )
        summary = str(ev.get("SUMMARY"))
        check(
            summary == f"Mentoring session with {MENTOR}",
            f"{name}: {uid} SUMMARY round-trip: {summary!r}",
        )
        desc = str(ev.get("DESCRIPTION"))
        check(
            desc.startswith(f"Goal: {STATEMENT}\n\nAgenda:\n- "),
            f"{name}: {uid} DESCRIPTION start: {desc[:80]!r}",
        )
        if uid.startswith("s-20270314."):
            check(
                desc == f"Goal: {STATEMENT}\n\nAgenda:\n- {TRICKY_ITEM}",
                f"{name}: {uid} DESCRIPTION round-trip: {desc!r}",
            )
            check(folded > 0, f"{name}: expected folded lines")
    return len(events)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", help="check the .ics files in DIR instead of generating them")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tmp = None
    if args.dir:
        out = args.dir
    else:
        tmp = tempfile.TemporaryDirectory(prefix="trellis-ics-")
        out = tmp.name
        subprocess.check_call(
            ["cargo", "run", "--quiet", "--example", "ics_fixture", "--", out], cwd=root,
            stdout=subprocess.DEVNULL,
        )
    total = 0
    for fname, (zone, evs) in EXPECTED.items():
        path = os.path.join(out, fname)
        if not check(os.path.exists(path), f"missing fixture {path}"):
            continue
        total += check_file(path, zone, evs) or 0
    if FAILURES:
        for f in FAILURES:
            print("FAIL:", f)
        print(f"ics_independent: {len(FAILURES)} failure(s)")
        return 1
    print(
        f"ics_independent: OK ({len(EXPECTED)} files, {total} events, "
        f"icalendar {icalendar.__version__})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
