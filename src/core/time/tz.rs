//! Time zones as data: IANA names read into compact rules, and local wall-clock times turned
//! into instants without ever reading the clock.
//!
//! **Which rules.** Each zone carries the rules it follows from 2026 on, and they are applied
//! to *every* date: a planner schedules forward, so earlier dates simply use today's rules
//! (no historical offsets, no local mean time). Yearly rules repeat forever; a zone whose
//! changes follow no yearly rule (Morocco's and Palestine's, which move with Ramadan) lists
//! them explicitly up to 2050, and its last offset holds after that.
//!
//! **Where the data comes from.** `data/zones.txt` (compiled in) is generated from the IANA
//! tz database as compiled into TZif files by the PyPI package `tzdata` (pinned in
//! `scripts/setup.sh`; its header names the release, see [`tzdata_release`]):
//! `python3 scripts/gen_zones.py > data/zones.txt` reads the TZif files itself, transitions
//! and POSIX footer. `tests/zones_independent.py` (run by `scripts/test.sh`) checks that the
//! committed file is the generator's output for the installed release, that it names every
//! zone of tzdata (aliases such as `US/Eastern` included, so stored names stay valid), and
//! that every zone gives CPython `zoneinfo`'s offsets and changes from 2026 to 2050 as this
//! module computes them (`examples/zone_dump.rs`). After a tzdata upgrade, bump the pin,
//! regenerate and commit.

//! **Format.** One zone a line, in byte order of the names; `#` starts a comment line.
//!
//! ```text
//! NAME OFFSET ABBR                                fixed offset
//! NAME OFFSET ABBR OFFSET ABBR START END          standard, daylight, yearly switches
//! NAME OFFSET ABBR (INSTANT OFFSET ABBR)…         explicit changes
//! ```
//!
//! * `OFFSET` is `+h[:mm[:ss]]` or `-h[:mm[:ss]]` east of UTC; `ABBR` the tzdata abbreviation
//!   (numeric ones as tzdata writes them, e.g. `+04`).
//! * A yearly line's second offset is the daylight one and must be the larger (Dublin's
//!   "negative DST" becomes IST in summer as daylight, GMT in winter as standard). `START`
//!   (into daylight) and `END` (back to standard) are POSIX TZ `Mm.w.d/t`: month 1–12, week
//!   1–5 (5 = the last), weekday 0–6 (0 = Sunday) and the local time of the switch in the
//!   offset before it, `[-]h[:mm[:ss]]`, which may be negative or 24 h and more (Israel's
//!   "Friday before the last Sunday of March, 02:00" is `M3.4.4/26`).
//! * An explicit line gives the offset in force on 1 January 2026, then each change as a UTC
//!   instant `YYYY-MM-DDTHH:MMZ` and the new offset. An offset above the line's smallest one
//!   counts as daylight saving.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{
    DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};

use crate::core::time::calendar::{Nth, nth_weekday_of_month};

/// The table, `data/zones.txt`.
const TABLE: &str = include_str!("../../../data/zones.txt");

/// An offset from UTC as one zone uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Period {
    secs: i32,
    abbr: &'static str,
    dst: bool,
}

/// A yearly switch: the `week`-th (5 = last) `weekday` (0 = Sunday) of `month`, at `secs`
/// seconds of local time in the offset before the switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct DayRule {
    month: u8,
    week: u8,
    weekday: u8,
    secs: i32,
}

#[derive(Debug)]
enum Rules {
    Fixed(Period),
    Yearly {
        std: Period,
        dst: Period,
        start: DayRule,
        end: DayRule,
    },
    List {
        first: Period,
        changes: Vec<(i64, Period)>,
        /// Every offset used, each once.
        offsets: Vec<i32>,
    },
}

#[derive(Debug)]
struct Zone {
    name: &'static str,
    rules: Rules,
}

fn zones() -> &'static [Zone] {
    static ZONES: OnceLock<Vec<Zone>> = OnceLock::new();
    ZONES.get_or_init(|| parse_table(TABLE).expect("data/zones.txt is well-formed"))
}

// ---------------------------------------------------------------------------------------------
// Reading the table

fn parse_table(text: &'static str) -> Result<Vec<Zone>, String> {
    let mut out: Vec<Zone> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let zone =
            parse_line(line).ok_or_else(|| format!("data/zones.txt:{}: unreadable", n + 1))?;
        if out.last().is_some_and(|z| z.name >= zone.name) {
            return Err(format!("data/zones.txt:{}: names out of order", n + 1));
        }
        out.push(zone);
    }
    if out.len() > usize::from(u16::MAX) {
        return Err("data/zones.txt: too many zones".into());
    }
    Ok(out)
}

/// `[+-]h[:mm[:ss]]` in seconds, hours up to 167 (as POSIX TZ allows); the sign is required
/// when `signed`.
fn parse_hms(s: &str, signed: bool) -> Option<i32> {
    let (neg, digits) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ if signed => return None,
        _ => (false, s),
    };
    let mut parts = digits.split(':');
    let num = |p: Option<&str>, max: i32| -> Option<i32> {
        let p = p?;
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok().filter(|v| *v <= max)
    };
    let h = num(parts.next(), 167)?;
    let m = parts.next().map_or(Some(0), |p| num(Some(p), 59))?;
    let sec = parts.next().map_or(Some(0), |p| num(Some(p), 59))?;
    if parts.next().is_some() {
        return None;
    }
    let v = h * 3600 + m * 60 + sec;
    Some(if neg { -v } else { v })
}

fn parse_period(offset: &str, abbr: &'static str) -> Option<Period> {
    let secs = parse_hms(offset, true).filter(|s| s.abs() < 86_400)?;
    (!abbr.is_empty()).then_some(Period {
        secs,
        abbr,
        dst: false,
    })
}

fn parse_day_rule(s: &str) -> Option<DayRule> {
    let (date, time) = s.strip_prefix('M')?.split_once('/')?;
    let mut it = date.split('.').map(|p| p.parse::<u8>().ok());
    let (month, week, weekday) = (it.next()??, it.next()??, it.next()??);
    let ok =
        it.next().is_none() && (1..=12).contains(&month) && (1..=5).contains(&week) && weekday <= 6;
    ok.then_some(DayRule {
        month,
        week,
        weekday,
        secs: parse_hms(time, false)?,
    })
}

/// `YYYY-MM-DDTHH:MMZ` in seconds since the epoch.
fn parse_instant(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let shape = b.len() == 17
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b'Z';
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let p = s.get(r)?;
        if p.bytes().all(|c| c.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    if !shape {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
    let t = date.and_hms_opt(num(11..13)?, num(14..16)?, 0)?;
    Some(t.and_utc().timestamp())
}

fn parse_line(line: &'static str) -> Option<Zone> {
    let mut tokens = line.split(' ');
    let name = tokens.next().filter(|n| !n.is_empty())?;
    let first = parse_period(tokens.next()?, tokens.next()?)?;
    let rest: Vec<&'static str> = tokens.collect();
    let rules = match rest.first() {
        None => Rules::Fixed(first),
        Some(t) if t.starts_with(['+', '-']) => {
            let [offset, abbr, start, end] = rest[..] else {
                return None;
            };
            let dst = Period {
                dst: true,
                ..parse_period(offset, abbr)?
            };
            if dst.secs <= first.secs {
                return None;
            }
            Rules::Yearly {
                std: first,
                dst,
                start: parse_day_rule(start)?,
                end: parse_day_rule(end)?,
            }
        }
        Some(_) => {
            if !rest.len().is_multiple_of(3) {
                return None;
            }
            let mut changes = rest
                .chunks(3)
                .map(|c| Some((parse_instant(c[0])?, parse_period(c[1], c[2])?)))
                .collect::<Option<Vec<_>>>()?;
            if changes.windows(2).any(|w| w[0].0 >= w[1].0) {
                return None;
            }
            let least = changes.iter().map(|c| c.1.secs).fold(first.secs, i32::min);
            let mark = |p: Period| Period {
                dst: p.secs > least,
                ..p
            };
            for c in &mut changes {
                c.1 = mark(c.1);
            }
            let mut offsets: Vec<i32> = changes.iter().map(|c| c.1.secs).collect();
            offsets.push(first.secs);
            offsets.sort_unstable();
            offsets.dedup();
            Rules::List {
                first: mark(first),
                changes,
                offsets,
            }
        }
    };
    Some(Zone { name, rules })
}

/// The index of the line for `name` among the table's zone lines, at compile time.
const fn line_index(table: &[u8], name: &[u8]) -> u16 {
    let (mut i, mut line) = (0, 0u16);
    while i < table.len() {
        if table[i] != b'#' && table[i] != b'\n' {
            let mut j = 0;
            while j < name.len() && i + j < table.len() && table[i + j] == name[j] {
                j += 1;
            }
            if j == name.len() && i + j < table.len() && table[i + j] == b' ' {
                return line;
            }
            line += 1;
        }
        while i < table.len() && table[i] != b'\n' {
            i += 1;
        }
        i += 1;
    }
    panic!("zone missing from data/zones.txt")
}

// ---------------------------------------------------------------------------------------------
// Evaluating rules

/// The civil year of an instant given in seconds since the epoch.
fn year_of(t: i64) -> i64 {
    let z = t.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    yoe + era * 400 + i64::from(mp >= 10)
}

impl DayRule {
    /// The local time this rule names in `year`, in seconds since the epoch read as UTC.
    fn local(self, year: i64) -> i64 {
        // POSIX weeks 1–4 are the nth such weekday; 5 is the last one.
        let n = Nth::from_number(self.week).unwrap_or(Nth::Last);
        // chrono counts from Monday = 0, POSIX from Sunday = 0.
        let weekday = Weekday::try_from((self.weekday + 6) % 7).unwrap_or(Weekday::Sun);
        // Rules hold only parsed months, and years stay inside chrono's range.
        let date = nth_weekday_of_month(year as i32, u32::from(self.month), n, weekday);
        date.and_time(NaiveTime::MIN).and_utc().timestamp() + i64::from(self.secs)
    }
}

impl Zone {
    /// The period in force at `t` (seconds since the epoch).
    fn period_at(&self, t: i64) -> Period {
        match &self.rules {
            Rules::Fixed(p) => *p,
            Rules::Yearly { std, .. } => {
                let year = year_of(t);
                let mut best: Option<(i64, Period)> = None;
                for y in year - 1..=year + 1 {
                    for (at, p) in self.yearly_changes(y) {
                        if at <= t && best.is_none_or(|(b, _)| at > b) {
                            best = Some((at, p));
                        }
                    }
                }
                best.map_or(*std, |(_, p)| p)
            }
            Rules::List { first, changes, .. } => match changes.partition_point(|c| c.0 <= t) {
                0 => *first,
                i => changes[i - 1].1,
            },
        }
    }

    /// A yearly zone's two changes in `year`: (instant, new period).
    fn yearly_changes(&self, year: i64) -> [(i64, Period); 2] {
        match &self.rules {
            Rules::Yearly {
                std,
                dst,
                start,
                end,
            } => [
                (start.local(year) - i64::from(std.secs), *dst),
                (end.local(year) - i64::from(dst.secs), *std),
            ],
            _ => unreachable!("only yearly zones have yearly changes"),
        }
    }

    /// Changes in `[from, to)`: (instant, old period, new period), in order.
    fn changes(&self, from: i64, to: i64) -> Vec<(i64, Period, Period)> {
        match &self.rules {
            Rules::Fixed(_) => Vec::new(),
            Rules::Yearly { std, dst, .. } => {
                let mut out: Vec<(i64, Period, Period)> = (year_of(from) - 1..=year_of(to) + 1)
                    .flat_map(|y| self.yearly_changes(y))
                    .filter(|(at, _)| (from..to).contains(at))
                    .map(|(at, p)| (at, if p == *dst { *std } else { *dst }, p))
                    .collect();
                out.sort_by_key(|c| c.0);
                out
            }
            Rules::List { first, changes, .. } => {
                let mut before = *first;
                let mut out = Vec::new();
                for &(at, p) in changes {
                    if (from..to).contains(&at) {
                        out.push((at, before, p));
                    }
                    before = p;
                }
                out
            }
        }
    }

    /// Calls `f` with every offset the zone uses, each once.
    fn each_offset(&self, mut f: impl FnMut(i32)) {
        match &self.rules {
            Rules::Fixed(p) => f(p.secs),
            Rules::Yearly { std, dst, .. } => {
                f(std.secs);
                f(dst.secs);
            }
            Rules::List { offsets, .. } => offsets.iter().for_each(|o| f(*o)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The public types

/// The IANA tzdata release the table comes from, e.g. `2026f` (from its header line
/// `# tzdata 2026f …`).
pub fn tzdata_release() -> &'static str {
    TABLE
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# tzdata "))
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or("unknown")
}

/// An IANA time zone (an index into the compiled-in table; cheap to copy and compare).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tz(u16);

impl Tz {
    /// Coordinated Universal Time.
    pub const UTC: Tz = Tz(line_index(TABLE.as_bytes(), b"UTC"));

    fn zone(self) -> &'static Zone {
        &zones()[usize::from(self.0)]
    }

    /// The IANA name, e.g. `America/New_York`.
    pub fn name(self) -> &'static str {
        self.zone().name
    }

    /// Every zone, in byte order of the names (aliases such as `US/Eastern` included).
    pub fn all() -> impl ExactSizeIterator<Item = Tz> {
        (0..zones().len() as u16).map(Tz)
    }

    fn offset(self, p: Period) -> TzOffset {
        TzOffset {
            tz: self,
            period: p,
        }
    }

    /// The offset in force at `t`.
    pub fn offset_at(self, t: DateTime<Utc>) -> TzOffset {
        self.offset(self.zone().period_at(t.timestamp()))
    }

    /// Offset changes in `[from, to)`, in order.
    pub fn transitions(self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Transition> {
        self.zone()
            .changes(from.timestamp(), to.timestamp())
            .into_iter()
            .filter_map(|(at, before, after)| {
                Some(Transition {
                    at: DateTime::from_timestamp(at, 0)?,
                    before: self.offset(before),
                    after: self.offset(after),
                })
            })
            .collect()
    }
}

impl fmt::Debug for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An unknown zone name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownZone;

impl FromStr for Tz {
    type Err = UnknownZone;

    /// An exact IANA name (case-sensitive, as chrono-tz did).
    fn from_str(s: &str) -> Result<Tz, UnknownZone> {
        zones()
            .binary_search_by(|z| z.name.cmp(s))
            .map(|i| Tz(i as u16))
            .map_err(|_| UnknownZone)
    }
}

/// A zone's offset at some instant: the offset, its abbreviation, whether it is daylight
/// saving, and the zone itself (so `DateTime<Tz>` keeps its zone).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct TzOffset {
    tz: Tz,
    period: Period,
}

impl TzOffset {
    /// The zone.
    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// Seconds east of UTC.
    pub fn secs(&self) -> i32 {
        self.period.secs
    }

    /// The abbreviation, e.g. `EST`, `CEST` or a numeric one like `+04`.
    pub fn abbreviation(&self) -> &'static str {
        self.period.abbr
    }

    /// Whether this is the zone's daylight-saving (larger) offset.
    pub fn is_dst(&self) -> bool {
        self.period.dst
    }
}

impl chrono::Offset for TzOffset {
    fn fix(&self) -> FixedOffset {
        FixedOffset::east_opt(self.period.secs).expect("offsets are within ±26 h")
    }
}

impl fmt::Debug for TzOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.period.abbr)
    }
}

impl fmt::Display for TzOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.period.abbr)
    }
}

/// One offset change: the first instant of the new offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transition {
    pub at: DateTime<Utc>,
    pub before: TzOffset,
    pub after: TzOffset,
}

impl TimeZone for Tz {
    type Offset = TzOffset;

    fn from_offset(offset: &TzOffset) -> Tz {
        offset.tz
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<TzOffset> {
        // As chrono-tz: any offset in force during that day (the day always exists).
        let day = local.and_hms_opt(0, 0, 0).expect("midnight");
        let noon = local.and_hms_opt(12, 0, 0).expect("noon");
        match self.offset_from_local_datetime(&day) {
            LocalResult::None => self.offset_from_local_datetime(&noon),
            LocalResult::Ambiguous(a, _) => LocalResult::Single(a),
            single => single,
        }
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<TzOffset> {
        let zone = self.zone();
        let t = local.and_utc().timestamp();
        // Each offset the zone uses gives one reading; it counts if that offset is in force
        // at the instant it names. Keep the earliest and the latest valid reading.
        let mut found: Option<((i64, Period), (i64, Period))> = None;
        zone.each_offset(|o| {
            let u = t - i64::from(o);
            let p = zone.period_at(u);
            if p.secs == o {
                found = Some(match found {
                    None => ((u, p), (u, p)),
                    Some((lo, hi)) => (
                        if u < lo.0 { (u, p) } else { lo },
                        if u > hi.0 { (u, p) } else { hi },
                    ),
                });
            }
        });
        match found {
            None => LocalResult::None,
            Some((lo, hi)) if lo.0 == hi.0 => LocalResult::Single(self.offset(lo.1)),
            Some((lo, hi)) => LocalResult::Ambiguous(self.offset(lo.1), self.offset(hi.1)),
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> TzOffset {
        self.offset_from_utc_datetime(&utc.and_hms_opt(0, 0, 0).expect("midnight"))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> TzOffset {
        self.offset(self.zone().period_at(utc.and_utc().timestamp()))
    }
}

// ---------------------------------------------------------------------------------------------
// Conversions

/// Parses an IANA time zone name such as `America/New_York`.
pub fn parse_zone(name: &str) -> Result<Tz, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("time zone is empty".into());
    }
    name.parse::<Tz>()
        .map_err(|_| format!("unknown time zone \"{name}\" (use an IANA name like Europe/London)"))
}

/// The instant a local wall-clock time names in `tz`.
///
/// A time inside a spring-forward gap moves forward by the gap (02:30 on a day that skips
/// 02:00–03:00 becomes 03:30); an ambiguous autumn time takes the earlier instant.
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, b) => a.min(b).with_timezone(&Utc),
        LocalResult::None => {
            // Read the time with the offset in force just before the gap, which moves it
            // forward by the gap's length. Gaps last at most a few hours.
            let before = (1..=6).find_map(|h| {
                tz.from_local_datetime(&(local - chrono::Duration::hours(h)))
                    .earliest()
            });
            match before {
                Some(t) => {
                    let offset = chrono::Offset::fix(t.offset()).local_minus_utc();
                    Utc.from_utc_datetime(&(local - chrono::Duration::seconds(offset.into())))
                }
                // Unreachable with real zone data; fall back to reading the time as UTC.
                None => Utc.from_utc_datetime(&local),
            }
        }
    }
}

/// The wall-clock time an instant shows in `tz`.
pub fn utc_to_local(t: DateTime<Utc>, tz: Tz) -> NaiveDateTime {
    t.with_timezone(&tz).naive_local()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn parses_known_and_rejects_unknown() {
        assert!(parse_zone("Europe/London").is_ok());
        assert!(parse_zone(" Asia/Kathmandu ").is_ok());
        assert!(
            parse_zone("Mars/Olympus")
                .unwrap_err()
                .contains("unknown time zone")
        );
        assert!(parse_zone("").is_err());
        assert!(parse_zone("europe/london").is_err());
        // Aliases stay valid.
        assert_eq!(parse_zone("US/Eastern").unwrap().name(), "US/Eastern");
        assert!(parse_zone("Etc/GMT+5").is_ok());
    }

    #[test]
    fn names_its_tzdata_release() {
        let rel = tzdata_release();
        assert_eq!(rel.len(), 5, "{rel}");
        assert!(
            rel[..4].bytes().all(|b| b.is_ascii_digit()) && rel >= "2026f",
            "{rel}"
        );
    }

    #[test]
    fn utc_and_the_list_of_zones() {
        assert_eq!(Tz::UTC.name(), "UTC");
        assert_eq!("UTC".parse::<Tz>(), Ok(Tz::UTC));
        assert!(Tz::all().len() > 500);
        assert!(Tz::all().all(|tz| tz.name().parse::<Tz>() == Ok(tz)));
        let names: Vec<&str> = Tz::all().map(Tz::name).collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Tz::UTC.to_string(), "UTC");
        assert_eq!(format!("{:?}", Tz::UTC), "UTC");
    }

    #[test]
    fn gap_and_fold() {
        let ny: Tz = "America/New_York".parse().unwrap();
        // 2027-03-14 02:30 does not exist in New York: becomes 03:30 EDT = 07:30 UTC.
        assert_eq!(
            local_to_utc(at(2027, 3, 14, 2, 30), ny).naive_utc(),
            at(2027, 3, 14, 7, 30)
        );
        // 2027-11-07 01:30 happens twice: earlier is EDT = 05:30 UTC.
        assert_eq!(
            local_to_utc(at(2027, 11, 7, 1, 30), ny).naive_utc(),
            at(2027, 11, 7, 5, 30)
        );
        assert_eq!(
            utc_to_local(local_to_utc(at(2027, 7, 1, 9, 0), ny), ny),
            at(2027, 7, 1, 9, 0)
        );
        assert!(matches!(
            ny.from_local_datetime(&at(2027, 11, 7, 1, 30)),
            LocalResult::Ambiguous(a, b) if a.offset().abbreviation() == "EDT"
                && b.offset().abbreviation() == "EST"
        ));
    }

    #[test]
    fn offsets_names_and_daylight() {
        let tz = |n: &str| parse_zone(n).unwrap();
        let summer = Utc.with_ymd_and_hms(2027, 7, 1, 12, 0, 0).unwrap();
        let winter = Utc.with_ymd_and_hms(2027, 1, 15, 12, 0, 0).unwrap();
        let london = tz("Europe/London");
        assert_eq!(london.offset_at(summer).abbreviation(), "BST");
        assert!(london.offset_at(summer).is_dst());
        assert_eq!(london.offset_at(winter).secs(), 0);
        assert!(!london.offset_at(winter).is_dst());
        // Dublin: summer IST counts as daylight, winter GMT as standard.
        let dublin = tz("Europe/Dublin");
        assert!(dublin.offset_at(summer).is_dst());
        assert_eq!(dublin.offset_at(winter).abbreviation(), "GMT");
        // Southern hemisphere, half-hour daylight saving.
        let lord_howe = tz("Australia/Lord_Howe");
        assert_eq!(lord_howe.offset_at(winter).secs(), 11 * 3600);
        assert_eq!(lord_howe.offset_at(summer).secs(), 10 * 3600 + 1800);
        assert_eq!(
            tz("Asia/Kathmandu").offset_at(summer).secs(),
            5 * 3600 + 2700
        );
        assert_eq!(tz("Asia/Dubai").offset_at(summer).abbreviation(), "+04");
        // The offset keeps its zone.
        let t = summer.with_timezone(&london);
        assert_eq!(t.timezone(), london);
        assert_eq!(t.to_string(), "2027-07-01 13:00:00 BST");
        // Rules apply before 2026 and far ahead too.
        let y1999 = Utc.with_ymd_and_hms(1999, 7, 1, 0, 0, 0).unwrap();
        assert_eq!(london.offset_at(y1999).abbreviation(), "BST");
        let y2300 = Utc.with_ymd_and_hms(2300, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(london.offset_at(y2300).abbreviation(), "GMT");
    }

    #[test]
    fn transitions_match_known_instants() {
        let tz = parse_zone("Europe/London").unwrap();
        let tr = tz.transitions(
            Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2028, 1, 1, 0, 0, 0).unwrap(),
        );
        let at: Vec<String> = tr.iter().map(|t| t.at.to_rfc3339()).collect();
        assert_eq!(
            at,
            ["2027-03-28T01:00:00+00:00", "2027-10-31T01:00:00+00:00"]
        );
        assert!(tr[0].after.is_dst() && !tr[1].after.is_dst());
        assert_eq!(tr[0].before.abbreviation(), "GMT");
        // Israel: Friday before the last Sunday of March, 02:00.
        let jerusalem = parse_zone("Asia/Jerusalem").unwrap();
        let tr = jerusalem.transitions(
            Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2027, 6, 1, 0, 0, 0).unwrap(),
        );
        assert_eq!(tr.len(), 1);
        assert_eq!(
            tr[0].at,
            Utc.with_ymd_and_hms(2027, 3, 26, 0, 0, 0).unwrap()
        );
        assert!(
            parse_zone("Asia/Kolkata")
                .unwrap()
                .transitions(
                    Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap(),
                    Utc.with_ymd_and_hms(2029, 1, 1, 0, 0, 0).unwrap(),
                )
                .is_empty()
        );
    }

    #[test]
    fn reads_the_format() {
        assert_eq!(parse_hms("+5:45", true), Some(5 * 3600 + 45 * 60));
        assert_eq!(parse_hms("-3:30", true), Some(-(3 * 3600 + 1800)));
        assert_eq!(parse_hms("26", false), Some(26 * 3600));
        assert_eq!(parse_hms("-1", false), Some(-3600));
        assert_eq!(parse_hms("5", true), None);
        assert_eq!(parse_hms("1:60", false), None);
        assert_eq!(parse_hms("", false), None);
        assert_eq!(
            parse_day_rule("M3.4.4/26"),
            Some(DayRule {
                month: 3,
                week: 4,
                weekday: 4,
                secs: 26 * 3600
            })
        );
        assert_eq!(parse_day_rule("M13.1.0/2"), None);
        assert_eq!(parse_day_rule("M3.6.0/2"), None);
        assert_eq!(
            parse_instant("2026-02-15T02:00Z"),
            Some(
                Utc.with_ymd_and_hms(2026, 2, 15, 2, 0, 0)
                    .unwrap()
                    .timestamp()
            )
        );
        assert_eq!(parse_instant("2026-02-30T02:00Z"), None);
        assert!(parse_line("A/B +1 CET +2 CEST M3.5.0/2 M10.5.0/3").is_some());
        assert!(parse_line("A/B +2 X +1 Y M3.5.0/2 M10.5.0/3").is_none());
        assert!(parse_line("A/B +1 X 2026-02-15T02:00Z +0").is_none());
        assert!(parse_table("B +0 X\nA +0 X\n").is_err());
        // Yearly rule evaluation: the last Sunday of March 2027 is the 28th.
        let last_sunday = DayRule {
            month: 3,
            week: 5,
            weekday: 0,
            secs: 3600,
        };
        assert_eq!(
            last_sunday.local(2027),
            at(2027, 3, 28, 1, 0).and_utc().timestamp()
        );
        for t in [
            -1,
            0,
            951_782_400,
            4_107_542_399,
            4_107_542_400,
            -62_135_596_800,
        ] {
            let y = DateTime::from_timestamp(t, 0).unwrap();
            assert_eq!(year_of(t), i64::from(chrono::Datelike::year(&y)), "{t}");
        }
    }
}
