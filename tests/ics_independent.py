#!/usr/bin/env python3
"""Independent check of Trellis' .ics export with two PyPI parsers, `icalendar` and `vobject`.

Usage (from the repository root):

    python3 tests/ics_independent.py                 # builds + runs the Rust fixture example
    python3 tests/ics_independent.py --dir DIR       # only checks existing DIR/*.ics

Without --dir it runs `cargo run --quiet --example ics_fixture -- <tmpdir>` in the repository
root (CARGO_TARGET_DIR and other cargo settings come from the environment). The parsers are
installed by scripts/setup.sh (or here with pip if missing). What each file must mean is in
tests/ics_expected.json, shared with the third parser's check (tests/ics_icaljs.mjs).
Both parsers must read every DTSTART/DTEND as the expected instant, also through our own
VTIMEZONE alone; and a control shows why a repeated local time is written in UTC: the
zoned form of the same DTEND reads as the first pass here (a 0-minute session).
Exit status 0 = all checks passed.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

for module in ("icalendar", "vobject"):
    try:
        __import__(module)
    except ImportError:  # pragma: no cover - depends on the machine
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", module])
import icalendar  # noqa: E402
import vobject  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "ics_expected.json"), encoding="utf-8") as f:
    SPEC = json.load(f)
MENTOR = SPEC["mentor"]
STATEMENT = SPEC["statement"]
TRICKY_ITEM = SPEC["tricky_item"]
TRICKY_UID = SPEC["tricky_uid"]
TRICKY_FILES = set(SPEC["tricky_files"])


def instant(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


DTSTAMP = instant(SPEC["dtstamp"])
# file -> (zone, [(uid, start, end, status, start form, end form)])
EXPECTED = {
    name: (
        f["zone"],
        [
            (f"{sid}.fixture@trellis.local", instant(a), instant(b), st, fa, fb)
            for sid, a, b, st, fa, fb in f["events"]
        ],
    )
    for name, f in SPEC["files"].items()
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
    for ev, (uid, start, end, status, form_start, form_end) in zip(events, events_expected):
        check(str(ev.get("UID")) == uid, f"{name}: UID {ev.get('UID')} != {uid}")
        check(str(ev.get("STATUS")) == status, f"{name}: {uid} STATUS {ev.get('STATUS')}")
        stamp = ev.decoded("DTSTAMP")
        for prop, want, form in (("DTSTART", start, form_start), ("DTEND", end, form_end)):
            value = ev.decoded(prop)
            if not check(value.tzinfo is not None, f"{name}: {uid} {prop} is floating"):
                continue
            check(
                value.astimezone(timezone.utc) == want,
                f"{name}: {uid} {prop} {value.isoformat()} != {want.isoformat()} (icalendar)",
            )
            tzid = ev[prop].params.get("TZID")
            check(
                (tzid == zone) if form == "tzid" else (tzid is None and value.utcoffset()
                                                        == timedelta(0)),
                f"{name}: {uid} {prop} should be in {form} form (TZID {tzid})",
            )
            if own_tz is not None and form == "tzid":
                wall = value.replace(tzinfo=None)
                via_vtimezone = wall.replace(tzinfo=own_tz)
                check(
                    via_vtimezone.astimezone(timezone.utc) == want,
                    f"{name}: {uid} our VTIMEZONE maps {wall} to "
                    f"{via_vtimezone.astimezone(timezone.utc)}, expected {want}",
                )
        check(stamp == DTSTAMP, f"{name}: {uid} DTSTAMP {stamp}")
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
        if uid == TRICKY_UID and name in TRICKY_FILES:
            check(
                desc == f"Goal: {STATEMENT}\n\nAgenda:\n- {TRICKY_ITEM}",
                f"{name}: {uid} DESCRIPTION round-trip: {desc!r}",
            )
            check(folded > 0, f"{name}: expected folded lines")
    check_vobject(name, raw, events_expected)
    return len(events)


def fresh_vobject():
    """vobject keeps the first VTIMEZONE it saw for a TZID for the whole process; each file
    starts afresh, as a calendar importing just that file would."""
    getattr(vobject.icalendar, "__tzidMap").clear()
    vobject.icalendar.registerTzid("UTC", vobject.icalendar.utc)


def check_vobject(name, raw, events_expected):
    """The second parser: vobject, which builds each TZID from the file's own VTIMEZONE."""
    fresh_vobject()
    try:
        cal = vobject.readOne(raw.decode("utf-8"))
    except Exception as e:  # noqa: BLE001
        check(False, f"{name}: vobject does not parse: {e}")
        return
    events = cal.contents.get("vevent", [])
    check(len(events) == len(events_expected), f"{name}: vobject sees {len(events)} events")
    for ev, (uid, start, end, _status, _fa, _fb) in zip(events, events_expected):
        check(ev.uid.value == uid, f"{name}: vobject UID {ev.uid.value}")
        for prop, want in (("dtstart", start), ("dtend", end)):
            value = getattr(ev, prop).value
            ok = value.tzinfo is not None and value.astimezone(timezone.utc) == want
            check(ok, f"{name}: {uid} {prop.upper()} {value.isoformat()} != {want} (vobject)")
        check(ev.summary.value == f"Mentoring session with {MENTOR}", f"{name}: vobject SUMMARY")
        if uid == TRICKY_UID and name in TRICKY_FILES:
            want = f"Goal: {STATEMENT}\n\nAgenda:\n- {TRICKY_ITEM}"
            check(ev.description.value == want, f"{name}: vobject DESCRIPTION {ev.description.value!r}")


def control_zoned_repeated_time(out):
    """Why the UTC form: the same file with DTEND written as a zoned local time (as before)
    reads, in both parsers, as the first pass of 01:00, i.e. a 0-minute session."""
    path = os.path.join(out, "repeated-new-york.ics")
    if not os.path.exists(path):
        return
    with open(path, "rb") as f:
        raw = f.read()
    zoned = raw.replace(
        b"DTSTART:20261101T050000Z", b"DTSTART;TZID=America/New_York:20261101T010000"
    ).replace(b"DTEND:20261101T060000Z", b"DTEND;TZID=America/New_York:20261101T010000")
    if not check(zoned != raw, "control: repeated-new-york.ics lacks the UTC lines"):
        return
    ev = icalendar.Calendar.from_ical(zoned).walk("VEVENT")[0]
    minutes = (ev.decoded("DTEND") - ev.decoded("DTSTART")).total_seconds() / 60
    check(minutes == 0, f"control: icalendar reads the zoned repeated hour as {minutes} min")
    fresh_vobject()
    ev = vobject.readOne(zoned.decode("utf-8")).vevent
    minutes = (ev.dtend.value - ev.dtstart.value).total_seconds() / 60
    check(minutes == 0, f"control: vobject reads the zoned repeated hour as {minutes} min")


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
    control_zoned_repeated_time(out)
    if FAILURES:
        for f in FAILURES:
            print("FAIL:", f)
        print(f"ics_independent: {len(FAILURES)} failure(s)")
        return 1
    print(
        f"ics_independent: OK ({len(EXPECTED)} files, {total} events, "
        f"icalendar {icalendar.__version__}, vobject {vobject.VERSION})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
