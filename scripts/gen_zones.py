#!/usr/bin/env python3
"""Writes Trellis' time zone table, data/zones.txt, from the compiled IANA tz database.

    python3 scripts/gen_zones.py > data/zones.txt

The source is the TZif files of the PyPI package `tzdata` (installed, pinned, by
scripts/setup.sh); the release it carries (e.g. 2026f) is written into the table's header.
This script reads the TZif files itself (version 2+: the 64-bit transitions, then the POSIX TZ
footer for every instant after the last one); it imports nothing but the standard library and
the location of the package. `tests/zones_independent.py` checks the table against CPython's
own TZif reader (`zoneinfo`) and against what `trellis::core::time::tz` computes from it.

For each zone the offset changes from 2026-01-01 to 2050-12-31 (a change of the offset or of
the abbreviation) become one line of the table (format: src/core/time/tz.rs):

* no change: a fixed offset;
* two offsets alternating once each way every year: a POSIX-style yearly rule per direction
  (month, week 1-5 with 5 = last, weekday, local time of the switch in the offset before it),
  inferred from 2027 and kept only if it gives the exact instant in every year 2026-2050; when
  the plain reading fails, the same rule one day earlier at +24 h (or one day later at -24 h)
  is tried, which covers Israel's "Friday >= 23" and Chile's and Egypt's 24:00;
* anything else: the changes listed explicitly (the last offset holds after 2050).

Zone names are those of the package's `zones` list (aliases such as US/Eastern included, so
stored names stay valid), without `Factory` (not a place).
"""

import argparse
import calendar
import os
import struct
import sys
from bisect import bisect_right
from datetime import date, datetime, timedelta, timezone

FIRST_YEAR = 2026
LAST_YEAR = 2050
SKIP = {"Factory"}


def jan1(year):
    return calendar.timegm((year, 1, 1, 0, 0, 0))


RANGE = (jan1(FIRST_YEAR), jan1(LAST_YEAR + 1))


# ---------------------------------------------------------------------------------------------
# The source


def tzdata_dir():
    """The installed `tzdata` package's directory and its version (e.g. ("...", "2026.6"))."""
    try:
        import tzdata  # noqa: PLC0415 - only its location and version are used
    except ImportError:
        sys.exit("gen_zones: the PyPI package tzdata is missing; run `bash scripts/setup.sh`")
    return os.path.dirname(tzdata.__file__), tzdata.__version__


def release(zoneinfo):
    """The IANA release named in the first line of `tzdata.zi` (`# version 2026f`)."""
    with open(os.path.join(zoneinfo, "tzdata.zi"), encoding="ascii") as f:
        first = f.readline().split()
    if first[:2] != ["#", "version"] or len(first) != 3:
        sys.exit("gen_zones: tzdata.zi does not start with '# version'")
    return first[2]


def names(package):
    with open(os.path.join(package, "zones"), encoding="ascii") as f:
        return sorted(n for n in f.read().split() if n not in SKIP)


# ---------------------------------------------------------------------------------------------
# TZif (RFC 8536)


def read_tzif(data):
    """(transition instants, [(offset, abbr)] per transition, (offset, abbr) of type 0, footer)."""
    if data[:4] != b"TZif" or data[4:5] < b"2":
        raise ValueError("not TZif version 2 or later")

    def header(at):
        counts = struct.unpack(">6l", data[at + 20 : at + 44])
        return counts, at + 44  # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt

    (isut, isstd, leap, timecnt, typecnt, charcnt), at = header(0)
    at += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut  # skip the v1 block
    (isut, isstd, leap, timecnt, typecnt, charcnt), at = header(at)
    times = list(struct.unpack(f">{timecnt}q", data[at : at + 8 * timecnt]))
    at += 8 * timecnt
    idx = data[at : at + timecnt]
    at += timecnt
    types = [struct.unpack(">lBB", data[at + 6 * i : at + 6 * i + 6]) for i in range(typecnt)]
    at += 6 * typecnt
    chars = data[at : at + charcnt]
    at += charcnt + leap * 12 + isstd + isut
    if leap:
        raise ValueError("leap-second TZif files are not supported")

    def abbr(i):
        return chars[i : chars.index(b"\0", i)].decode("ascii")

    periods = [(off, abbr(ai)) for off, _dst, ai in types]
    footer = data[at:].split(b"\n")
    if len(footer) < 3 or footer[0] != b"":
        raise ValueError("no POSIX TZ footer")
    return times, [periods[i] for i in idx], periods[0], footer[1].decode("ascii")


# ---------------------------------------------------------------------------------------------
# POSIX TZ strings (with RFC 8536's extensions: hours up to 167, negative times)


def parse_posix(s):
    """(std, dst, start, end): periods as (offset east, abbr); rules as (kind, ...) or None."""
    pos = 0

    def name():
        nonlocal pos
        if s[pos] == "<":
            end = s.index(">", pos)
            out, pos = s[pos + 1 : end], end + 1
        else:
            end = pos
            while end < len(s) and s[end].isalpha():
                end += 1
            out, pos = s[pos:end], end
        if not out:
            raise ValueError(f"bad TZ string {s!r}")
        return out

    def hms():
        nonlocal pos
        sign = 1
        if pos < len(s) and s[pos] in "+-":
            sign = -1 if s[pos] == "-" else 1
            pos += 1
        parts = []
        while True:
            end = pos
            while end < len(s) and s[end].isdigit():
                end += 1
            if end == pos:
                raise ValueError(f"bad TZ string {s!r}")
            parts.append(int(s[pos:end]))
            pos = end
            if pos < len(s) and s[pos] == ":" and len(parts) < 3:
                pos += 1
            else:
                break
        parts += [0] * (3 - len(parts))
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])

    def rule():
        nonlocal pos
        if s[pos] == "M":
            end = pos + 1
            while end < len(s) and (s[end].isdigit() or s[end] == "."):
                end += 1
            m, w, d = (int(x) for x in s[pos + 1 : end].split("."))
            pos, r = end, ("M", m, w, d)
        else:
            kind = "J" if s[pos] == "J" else "n"
            pos += kind == "J"
            end = pos
            while end < len(s) and s[end].isdigit():
                end += 1
            pos, r = end, (kind, int(s[pos:end]))
        t = 7200
        if pos < len(s) and s[pos] == "/":
            pos += 1
            t = hms()
        return r, t

    std_name = name()
    std_off = -hms()
    if pos == len(s):
        return (std_off, std_name), None, None, None
    dst_name = name()
    dst_off = std_off + 3600
    if pos < len(s) and s[pos] != ",":
        dst_off = -hms()
    if pos == len(s) or s[pos] != ",":
        raise ValueError(f"TZ string without rules: {s!r}")
    pos += 1
    start = rule()
    if s[pos] != ",":
        raise ValueError(f"bad TZ string {s!r}")
    pos += 1
    end = rule()
    if pos != len(s):
        raise ValueError(f"bad TZ string {s!r}")
    return (std_off, std_name), (dst_off, dst_name), start, end


def rule_day(r, year):
    """The date a POSIX rule names in `year`."""
    if r[0] == "M":
        _, m, w, d = r
        first = date(year, m, 1)
        day = 1 + (d - (first.isoweekday() % 7)) % 7 + 7 * (w - 1)
        while day > calendar.monthrange(year, m)[1]:
            day -= 7
        return date(year, m, day)
    if r[0] == "J":  # 1-365, February 29 never counted
        n = r[1]
        d = date(year, 1, 1) + timedelta(days=n - 1)
        if calendar.isleap(year) and n >= 60:
            d += timedelta(days=1)
        return d
    return date(year, 1, 1) + timedelta(days=r[1])  # 0-365, February 29 counted


def footer_events(tz, year):
    """The footer's two changes in `year`: (instant, new period)."""
    std, dst, (sr, st), (er, et) = tz
    day0 = lambda r: calendar.timegm(rule_day(r, year).timetuple())  # noqa: E731
    return [(day0(sr) + st - std[0], dst), (day0(er) + et - dst[0], std)]


def footer_period(tz, t):
    if tz[1] is None:
        return tz[0]
    year = datetime.fromtimestamp(t, timezone.utc).year
    events = [e for y in (year - 1, year, year + 1) for e in footer_events(tz, y) if e[0] <= t]
    return max(events, key=lambda e: e[0])[1]


class Zone:
    def __init__(self, data):
        self.times, self.periods, self.type0, footer = read_tzif(data)
        self.footer = parse_posix(footer) if footer else None

    def period_at(self, t):
        i = bisect_right(self.times, t)
        if i == 0:
            return self.type0 if self.times or self.footer is None else footer_period(
                self.footer, t
            )
        if i == len(self.times) and self.footer is not None:
            return footer_period(self.footer, t)
        return self.periods[i - 1]

    def changes(self, start, end):
        """(period at `start`, [(instant, new period)]) for [start, end)."""
        candidates = [t for t in self.times if start < t < end]
        if self.footer is not None and self.footer[1] is not None:
            after = self.times[-1] if self.times else start
            y0 = datetime.fromtimestamp(max(after, start), timezone.utc).year - 1
            y1 = datetime.fromtimestamp(end, timezone.utc).year + 1
            candidates += [
                at
                for y in range(y0, y1 + 1)
                for at, _ in footer_events(self.footer, y)
                if max(after, start) < at < end
            ]
        first = self.period_at(start)
        out, cur = [], first
        for t in sorted(set(candidates)):
            p = self.period_at(t)
            if p != cur:
                out.append((t, p))
                cur = p
        return first, out


# ---------------------------------------------------------------------------------------------
# Rules


def utc(t):
    return datetime.fromtimestamp(t, timezone.utc).replace(tzinfo=None)


class DayRule:
    def __init__(self, month, week, weekday, secs):
        self.month, self.week, self.weekday, self.secs = month, week, weekday, secs

    def local(self, year):
        d = rule_day(("M", self.month, self.week, self.weekday), year)
        return datetime(d.year, d.month, d.day) + timedelta(seconds=self.secs)

    def format(self):
        return f"M{self.month}.{self.week}.{self.weekday}/{fmt_hms(self.secs, False)}"


def candidates(local):
    """Rules naming `local`: the plain reading, one day earlier at +24 h, one day later at
    -24 h; the week number before "last"."""
    out = []
    secs = local.hour * 3600 + local.minute * 60 + local.second
    for shift in (0, -1, 1):
        d = local.date() + timedelta(days=shift)
        if d.year != local.year:
            continue
        weekday = d.isoweekday() % 7
        s = secs - shift * 86400
        week = (d.day - 1) // 7 + 1
        if week <= 4:
            out.append(DayRule(d.month, week, weekday, s))
        if d.day + 7 > calendar.monthrange(d.year, d.month)[1]:
            out.append(DayRule(d.month, 5, weekday, s))
    return out


def infer_rule(changes, prev, to):
    by_year = []
    for (at, p), before in zip(changes, prev):
        if p == to:
            local = utc(at) + timedelta(seconds=before[0])
            by_year.append((local.year, local))
    if [y for y, _ in by_year] != list(range(FIRST_YEAR, LAST_YEAR + 1)):
        return None
    seed = next(local for y, local in by_year if y == FIRST_YEAR + 1)
    for rule in candidates(seed):
        if all(rule.local(y) == local for y, local in by_year):
            return rule
    return None


def infer(first, changes):
    """("fixed", p) | ("yearly", std, dst, start, end) | ("list", first, changes)."""
    if not changes:
        return ("fixed", first)
    listed = ("list", first, changes)
    other = changes[0][1]
    if other[0] == first[0]:
        return listed
    std, dst = (first, other) if first[0] < other[0] else (other, first)
    prev = [first]
    for _, p in changes:
        if p not in (std, dst) or p == prev[-1]:
            return listed
        prev.append(p)
    start, end = infer_rule(changes, prev, dst), infer_rule(changes, prev, std)
    if start is None or end is None:
        return listed
    return ("yearly", std, dst, start, end)


def fmt_hms(secs, plus):
    sign = "-" if secs < 0 else ("+" if plus else "")
    a = abs(secs)
    h, m, s = a // 3600, a // 60 % 60, a % 60
    if (m, s) == (0, 0):
        return f"{sign}{h}"
    if s == 0:
        return f"{sign}{h}:{m:02}"
    return f"{sign}{h}:{m:02}:{s:02}"


def fmt_period(p):
    return f"{fmt_hms(p[0], True)} {p[1]}"


def fmt_instant(t):
    u = utc(t)
    if u.second:
        raise ValueError(f"change at {u} is not on a whole minute")
    return u.strftime("%Y-%m-%dT%H:%MZ")


def format_line(name, rules):
    if rules[0] == "fixed":
        return f"{name} {fmt_period(rules[1])}"
    if rules[0] == "yearly":
        _, std, dst, start, end = rules
        return f"{name} {fmt_period(std)} {fmt_period(dst)} {start.format()} {end.format()}"
    _, first, changes = rules
    parts = [name, fmt_period(first)]
    for at, p in changes:
        parts += [fmt_instant(at), fmt_period(p)]
    return " ".join(parts)


def generate():
    """The whole of data/zones.txt, and a summary (counts of each kind of line)."""
    package, version = tzdata_dir()
    zoneinfo = os.path.join(package, "zoneinfo")
    rel = release(zoneinfo)
    lines = [
        f"# Time zones for Trellis: the rules each IANA zone follows from {FIRST_YEAR} on.",
        f"# tzdata {rel} (PyPI tzdata {version}). Generated by `python3 scripts/gen_zones.py >",
        "# data/zones.txt`; do not edit. Format: see src/core/time/tz.rs.",
    ]
    kinds = {"fixed": 0, "yearly": 0, "list": 0}
    for name in names(package):
        with open(os.path.join(zoneinfo, name), "rb") as f:
            zone = Zone(f.read())
        rules = infer(*zone.changes(*RANGE))
        kinds[rules[0]] += 1
        lines.append(format_line(name, rules))
    return "\n".join(lines) + "\n", rel, kinds


def main():
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    text, rel, kinds = generate()
    sys.stdout.write(text)
    print(
        f"gen_zones: tzdata {rel}: {kinds['fixed']} fixed, {kinds['yearly']} yearly rules, "
        f"{kinds['list']} explicit lists",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
