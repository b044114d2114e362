//! Builds `data/zones.txt` from chrono-tz: the rules each IANA zone follows from 2026 on.
//!
//! Shared by `examples/gen_zones.rs` (which prints the file) and
//! `tests/zones_match_chrono_tz.rs` (which checks the committed file is this output and that
//! `trellis::core::time::tz` reads it back to chrono-tz's offsets). The format is described in
//! `src/core/tz.rs`.
//!
//! For each zone, chrono-tz's offset changes from 2026-01-01 to 2050-12-31 are found by a
//! daily scan narrowed to the second. A zone without changes is a fixed offset. A zone that
//! switches between two offsets once each way every year gets a POSIX-style yearly rule per
//! direction (month, week 1–5 with 5 = last, weekday, local time of the switch in the offset
//! before it), inferred from 2027 and kept only if it gives the exact instant in every year
//! 2026–2050; when the plain reading fails, the same rule one day earlier at +24 h (or one
//! day later at −24 h) is tried, which covers Israel's "Friday ≥ 23" and Chile's and Egypt's
//! 24:00. Anything else gets its changes listed explicitly.

#![allow(dead_code)] // the test and the example use different parts

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike};
use chrono_tz::{OffsetName, TZ_VARIANTS, Tz, TzOffset};

/// First year covered.
pub const FIRST_YEAR: i32 = 2026;
/// Last year covered.
pub const LAST_YEAR: i32 = 2050;

/// An offset and its abbreviation (chrono-tz's display form: numeric ones like `+04`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub offset: i32,
    pub abbr: String,
}

/// chrono-tz's changes of one zone: the period in force at the start, then (instant, new
/// period) pairs in order.
pub type Changes = (Period, Vec<(i64, Period)>);

/// Seconds since the Unix epoch of 1 January of `year`, 00:00 UTC.
pub fn jan1(year: i32) -> i64 {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .expect("valid year")
        .and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc()
        .timestamp()
}

/// Start of the covered range (2026-01-01T00:00Z).
pub fn range_start() -> i64 {
    jan1(FIRST_YEAR)
}

/// End of the covered range, exclusive (2051-01-01T00:00Z).
pub fn range_end() -> i64 {
    jan1(LAST_YEAR + 1)
}

fn utc(t: i64) -> NaiveDateTime {
    DateTime::from_timestamp(t, 0)
        .expect("in range")
        .naive_utc()
}

/// chrono-tz's period at instant `t`.
pub fn period_at(tz: Tz, t: i64) -> Period {
    let off = tz.offset_from_utc_datetime(&utc(t));
    Period {
        offset: off.fix().local_minus_utc(),
        abbr: off.to_string(),
    }
}

/// chrono-tz's changes in `[from, to)`, sampled every `step` seconds and each narrowed to the
/// second (a change and its reversal within one step would be missed). A change is one of
/// the offset or the abbreviation.
pub fn scan(tz: Tz, from: i64, to: i64, step: i64) -> Changes {
    let at = |t: i64| tz.offset_from_utc_datetime(&utc(t));
    let same =
        |x: &TzOffset, y: &TzOffset| x.fix() == y.fix() && x.abbreviation() == y.abbreviation();
    let mut out = Vec::new();
    let (mut t0, mut cur) = (from, at(from));
    while t0 < to {
        let t1 = (t0 + step).min(to);
        let next = at(t1);
        if same(&cur, &next) {
            t0 = t1;
            continue;
        }
        let (mut lo, mut hi) = (t0, t1);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if same(&cur, &at(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if hi >= to {
            break;
        }
        out.push((hi, period_at(tz, hi)));
        (t0, cur) = (hi, at(hi));
    }
    (period_at(tz, from), out)
}

/// A yearly rule: the `week`-th (5 = last) `weekday` (0 = Sunday) of `month`, plus `secs`
/// seconds of local time (may be negative or ≥ 24 h).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRule {
    pub month: u32,
    pub week: u32,
    pub weekday: u32,
    pub secs: i64,
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .expect("valid")
        .pred_opt()
        .expect("valid")
        .day()
}

impl DayRule {
    /// The local date and time this rule names in `year`.
    pub fn local(&self, year: i32) -> NaiveDateTime {
        let first = NaiveDate::from_ymd_opt(year, self.month, 1).expect("valid month");
        let first_wd = first.weekday().num_days_from_sunday();
        let mut day = 1 + (self.weekday + 7 - first_wd) % 7 + 7 * (self.week - 1);
        while day > days_in_month(year, self.month) {
            day -= 7;
        }
        NaiveDate::from_ymd_opt(year, self.month, day)
            .expect("valid day")
            .and_hms_opt(0, 0, 0)
            .expect("midnight")
            + Duration::seconds(self.secs)
    }

    /// `Mm.w.d/t` as in a POSIX TZ string.
    pub fn format(&self) -> String {
        format!(
            "M{}.{}.{}/{}",
            self.month,
            self.week,
            self.weekday,
            fmt_hms(self.secs, false)
        )
    }
}

/// Candidate rules that name `local` (in its own year): the plain reading, then one day
/// earlier at +24 h, then one day later at −24 h; week number before "last".
fn candidates(local: NaiveDateTime) -> Vec<DayRule> {
    let mut out = Vec::new();
    let secs = i64::from(local.time().num_seconds_from_midnight());
    for shift in [0i64, -1, 1] {
        let date = local.date() + Duration::days(shift);
        if date.year() != local.year() {
            continue;
        }
        let (month, day) = (date.month(), date.day());
        let weekday = date.weekday().num_days_from_sunday();
        let secs = secs - shift * 86_400;
        let week = (day - 1) / 7 + 1;
        if week <= 4 {
            out.push(DayRule {
                month,
                week,
                weekday,
                secs,
            });
        }
        if day + 7 > days_in_month(date.year(), month) {
            out.push(DayRule {
                month,
                week: 5,
                weekday,
                secs,
            });
        }
    }
    out
}

/// What one line of the table says about a zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rules {
    Fixed(Period),
    Yearly {
        std: Period,
        dst: Period,
        start: DayRule,
        end: DayRule,
    },
    List(Changes),
}

/// A rule for the changes into `to` (the local times of each year's one such change, read in
/// the offset before it), if one fits every year.
fn infer_rule(changes: &[(i64, Period)], prev: &[Period], to: &Period) -> Option<DayRule> {
    let mut by_year: Vec<(i32, NaiveDateTime)> = Vec::new();
    for ((at, p), before) in changes.iter().zip(prev) {
        if p == to {
            let local = utc(*at) + Duration::seconds(before.offset.into());
            by_year.push((local.year(), local));
        }
    }
    let years: Vec<i32> = by_year.iter().map(|(y, _)| *y).collect();
    if years != (FIRST_YEAR..=LAST_YEAR).collect::<Vec<_>>() {
        return None;
    }
    let (_, seed) = by_year.iter().find(|(y, _)| *y == FIRST_YEAR + 1)?;
    candidates(*seed)
        .into_iter()
        .find(|rule| by_year.iter().all(|(y, local)| rule.local(*y) == *local))
}

/// The table's rules for changes `(first, changes)` over 2026–2050.
pub fn infer(first: &Period, changes: &[(i64, Period)]) -> Rules {
    if changes.is_empty() {
        return Rules::Fixed(first.clone());
    }
    let list = || Rules::List((first.clone(), changes.to_vec()));
    let other = &changes[0].1;
    if other.offset == first.offset {
        return list();
    }
    let (std, dst) = if first.offset < other.offset {
        (first, other)
    } else {
        (other, first)
    };
    // Strictly alternating between the two periods.
    let mut prev = vec![first.clone()];
    for (_, p) in changes {
        let last = prev.last().expect("non-empty");
        if (p != std && p != dst) || p == last {
            return list();
        }
        prev.push(p.clone());
    }
    match (
        infer_rule(changes, &prev, dst),
        infer_rule(changes, &prev, std),
    ) {
        (Some(start), Some(end)) => Rules::Yearly {
            std: std.clone(),
            dst: dst.clone(),
            start,
            end,
        },
        _ => list(),
    }
}

/// `[-]h[:mm[:ss]]`, with a `+` for non-negative values when `plus`.
pub fn fmt_hms(secs: i64, plus: bool) -> String {
    let sign = if secs < 0 {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    };
    let a = secs.unsigned_abs();
    let (h, m, s) = (a / 3600, a / 60 % 60, a % 60);
    match (m, s) {
        (0, 0) => format!("{sign}{h}"),
        (_, 0) => format!("{sign}{h}:{m:02}"),
        _ => format!("{sign}{h}:{m:02}:{s:02}"),
    }
}

fn fmt_period(p: &Period) -> String {
    format!("{} {}", fmt_hms(p.offset.into(), true), p.abbr)
}

fn fmt_instant(t: i64) -> String {
    let u = utc(t);
    assert_eq!(u.second(), 0, "changes fall on whole minutes");
    u.format("%Y-%m-%dT%H:%MZ").to_string()
}

/// One line of the table.
pub fn format_line(name: &str, rules: &Rules) -> String {
    match rules {
        Rules::Fixed(p) => format!("{name} {}", fmt_period(p)),
        Rules::Yearly {
            std,
            dst,
            start,
            end,
        } => format!(
            "{name} {} {} {} {}",
            fmt_period(std),
            fmt_period(dst),
            start.format(),
            end.format()
        ),
        Rules::List((first, changes)) => {
            let mut s = format!("{name} {}", fmt_period(first));
            for (at, p) in changes {
                s.push(' ');
                s.push_str(&fmt_instant(*at));
                s.push(' ');
                s.push_str(&fmt_period(p));
            }
            s
        }
    }
}

/// Every name chrono-tz knows, in byte order.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
    names.sort_unstable();
    names
}

/// The changes of every zone over 2026–2050 (daily scan), in name order.
pub fn all_changes() -> Vec<(&'static str, Changes)> {
    names()
        .into_iter()
        .map(|name| {
            let tz: Tz = name.parse().expect("chrono-tz knows its own names");
            (name, scan(tz, range_start(), range_end(), 86_400))
        })
        .collect()
}

/// The whole of `data/zones.txt`.
pub fn generate() -> String {
    let mut out = format!(
        "# Time zones for Trellis: the rules each IANA zone follows from {FIRST_YEAR} on,\n\
         # from tzdata {} via chrono-tz. Generated by `cargo run --example gen_zones >\n\
         # data/zones.txt`; do not edit. Format: see src/core/tz.rs.\n",
        chrono_tz::IANA_TZDB_VERSION
    );
    for (name, (first, changes)) in all_changes() {
        out.push_str(&format_line(name, &infer(&first, &changes)));
        out.push('\n');
    }
    out
}
