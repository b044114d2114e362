//! Weekly availability overlap between two people in different IANA time zones.
//!
//! Both sides give recurring weekly [`Window`]s in their own zone. For a reference week (its
//! Monday is passed in; nothing reads the clock) each side's windows are placed on that week's
//! actual dates, converted to UTC with [`tz::local_to_utc`] (so daylight-saving changes on
//! different dates in the two zones are honoured), intersected, and summed.
//!
//! **Which hours count.** Availability recurs every week, so a Tokyo Monday-morning window can
//! meet a London Sunday-evening window. To see that, each side's windows are laid over the
//! previous, the reference and the next week, and the overlap is measured inside one fixed
//! UTC week: Monday 00:00 UTC of `week_start` up to the next Monday 00:00 UTC. The result is
//! symmetric by construction and a plain weekly pattern never loses hours at the week's edges.
//!
//! Times are whole minutes; an endpoint inside a spring-forward gap moves forward by the gap
//! and an ambiguous autumn time takes the earlier instant (see [`tz::local_to_utc`]).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike, Utc};

use crate::core::mentors::mentor::Window;
use crate::core::time::calendar::monday_of;
use crate::core::time::tz::{self, Tz};

/// Minutes in a week.
pub const WEEK_MIN: i32 = 7 * 1440;

/// A half-open span of UTC minutes counted from Monday 00:00 UTC of the reference week.
pub type Span = (i32, i32);

fn week_origin(week_start: NaiveDate) -> NaiveDateTime {
    monday_of(week_start)
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
}

/// Shared hours per week as text, e.g. "2.5 h/week shared".
pub fn overlap_text(minutes: u32) -> String {
    let h = minutes as f32 / 60.0;
    if minutes.is_multiple_of(60) {
        format!("{} h/week shared", minutes / 60)
    } else {
        format!("{h:.1} h/week shared")
    }
}

/// Is this window usable (`day <= 6`, `start < end <= 1440`)? Others are ignored.
pub fn window_is_valid(w: &Window) -> bool {
    w.day <= 6 && w.start_min < w.end_min && w.end_min <= 1440
}

/// One zone's local days around a reference week, ready to turn local times into UTC minutes.
///
/// Indexes the 21 local dates from the Monday before the reference week (0) to the Sunday
/// after it (20). Only [`REACH`] (the Sunday before the reference week to the Monday after) can
/// touch the reference UTC week, as UTC offsets stay within ±[`MAX_OFFSET_MIN`]; those nine
/// days are prepared, the others always go through [`tz::local_to_utc`]. A day whose UTC offset
/// is the same from its midnight to the next (nearly every day) is converted with integer
/// arithmetic; a day near one transition is converted with the two offsets and the transition
/// instant, following [`tz::local_to_utc`]'s gap and fold rules; anything stranger goes
/// through [`tz::local_to_utc`] itself. (This assumes a zone never changes its offset twice
/// within about two days, which holds for all current tz data.)
#[derive(Clone, Debug)]
pub struct ZoneWeek {
    tz: Tz,
    origin: NaiveDateTime,
    days: [Day; 21],
}

/// How to convert one local day's times.
#[derive(Clone, Copy, Debug)]
enum Day {
    /// One offset all day: UTC minute (from the origin) of local midnight.
    Regular(i32),
    /// One transition near this day: local midnight read with the offset before and after it,
    /// and the UTC minute it happens.
    Transition { before: i32, after: i32, at: i32 },
    /// Anything else: ask [`tz::local_to_utc`].
    Exact,
}

fn offset_secs(tz: Tz, utc: NaiveDateTime) -> i64 {
    tz.offset_from_utc_datetime(&utc)
        .fix()
        .local_minus_utc()
        .into()
}

/// How far local time can be from UTC (±14 h): every current zone is within −12 h … +14 h.
pub const MAX_OFFSET_MIN: i32 = 14 * 60;

/// The local days (indexes of [`ZoneWeek`]) whose times can fall in the reference UTC week:
/// with offsets within ±[`MAX_OFFSET_MIN`], the Saturday before it ends (in UTC) before it
/// starts and the Tuesday after it begins after it ends.
pub const REACH: std::ops::RangeInclusive<usize> = 6..=14;

impl ZoneWeek {
    /// Prepares `tz` for the week starting on the Monday of `week_start`.
    pub fn new(tz: Tz, week_start: NaiveDate) -> ZoneWeek {
        let origin = week_origin(week_start);
        let minutes = |t: NaiveDateTime| (t - origin).num_seconds().div_euclid(60) as i32;
        let mut days = [Day::Exact; 21];
        // The offset at every UTC midnight from 3 days before the origin to 10 days after.
        // Where the six around a local day agree on a whole-minute offset within ±14 h, the
        // offset holds from a day before that local day begins (in UTC) to a day after it
        // ends: no zone changes its offset twice within a day, so no change hides between
        // samples. Then that local midnight reads `local - offset` (and no other reading is
        // valid), which is what the general test below finds, with far fewer tz lookups.
        // `samples[k]` is the offset at the origin + (k + REACH.start() - 9) days.
        let first = *REACH.start();
        let samples: [i64; 14] = std::array::from_fn(|k| {
            offset_secs(tz, origin + Duration::days((k + first) as i64 - 9))
        });
        for (i, slot) in days
            .iter_mut()
            .enumerate()
            .take(REACH.end() + 1)
            .skip(first)
        {
            let near = &samples[i - first..i - first + 6];
            let o = near[0];
            if near.iter().all(|&x| x == o)
                && o % 60 == 0
                && o.abs() <= i64::from(MAX_OFFSET_MIN) * 60
            {
                *slot = Day::Regular((i as i32 - 7) * 1440 - (o / 60) as i32);
                continue;
            }
            let local = origin + Duration::days(i as i64 - 7);
            let u0 = tz::local_to_utc(local, tz).naive_utc();
            let o0 = offset_secs(tz, u0);
            let regular = (local - Duration::seconds(o0)) == u0
                && offset_secs(tz, u0 + Duration::days(1)) == o0;
            if regular {
                *slot = Day::Regular(minutes(u0));
                continue;
            }
            // Every instant showing this local day lies in [lo, hi] (offsets are within
            // -12 h … +14 h); DST transitions are months apart, so at most one is in there.
            let lo = local - Duration::hours(15);
            let hi = local + Duration::hours(24 + 13);
            let (ob, oa) = (offset_secs(tz, lo), offset_secs(tz, hi));
            if ob == oa || ob % 60 != 0 || oa % 60 != 0 {
                continue; // Day::Exact
            }
            // The first minute with the new offset.
            let (mut a, mut b) = (lo, hi);
            while (b - a) > Duration::minutes(1) {
                let mid = a + Duration::minutes((b - a).num_minutes() / 2);
                if offset_secs(tz, mid) == ob {
                    a = mid;
                } else {
                    b = mid;
                }
            }
            *slot = Day::Transition {
                before: minutes(local - Duration::seconds(ob)),
                after: minutes(local - Duration::seconds(oa)),
                at: minutes(b),
            };
        }
        ZoneWeek { tz, origin, days }
    }

    /// The zone.
    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// UTC minute (from the reference week's Monday 00:00 UTC) of local `minute` (0..=1440) on
    /// local day `index` (0 = the Monday before the reference week, 7 = its Monday, …, 20).
    pub fn to_utc(&self, index: usize, minute: u16) -> i32 {
        let m = i32::from(minute);
        match self.days[index] {
            Day::Regular(m0) => m0 + m,
            Day::Transition { before, after, at } => {
                // Same rules as `tz::local_to_utc`: the earlier reading when both are valid
                // (autumn fold), the before-offset reading inside a spring-forward gap.
                let (u1, u2) = (before + m, after + m);
                match (u1 < at, u2 >= at) {
                    (true, true) => u1.min(u2),
                    (true, false) => u1,
                    (false, true) => u2,
                    (false, false) => u1,
                }
            }
            Day::Exact => self.exact(index, minute),
        }
    }

    fn exact(&self, index: usize, minute: u16) -> i32 {
        let local =
            self.origin + Duration::days(index as i64 - 7) + Duration::minutes(minute.into());
        let u = tz::local_to_utc(local, self.tz).naive_utc();
        (u - self.origin).num_seconds().div_euclid(60) as i32
    }

    /// Appends the UTC spans of `windows` (repeated over the previous, reference and next week,
    /// clipped to the reference UTC week), window by window. The output is neither sorted nor
    /// merged; see [`merge`]. Invalid windows are skipped, and so are the copies outside
    /// [`REACH`], which cannot reach the reference week.
    pub fn push_spans(&self, windows: &[Window], out: &mut Vec<Span>) {
        for w in windows.iter().filter(|w| window_is_valid(w)) {
            for idx in [0, 7, 14].map(|k| k + usize::from(w.day)) {
                if !REACH.contains(&idx) {
                    continue;
                }
                let s = self.to_utc(idx, w.start_min).max(0);
                let e = self.to_utc(idx, w.end_min).min(WEEK_MIN);
                if s < e {
                    out.push((s, e));
                }
            }
        }
    }

    /// The exact-conversion reference for [`ZoneWeek::push_spans`] (all three copies of every
    /// window, every endpoint through [`tz::local_to_utc`]); used by tests to check the fast
    /// path.
    pub fn push_spans_exact(&self, windows: &[Window], out: &mut Vec<Span>) {
        for w in windows.iter().filter(|w| window_is_valid(w)) {
            for idx in [0, 7, 14].map(|k| k + usize::from(w.day)) {
                let s = self.exact(idx, w.start_min).max(0);
                let e = self.exact(idx, w.end_min).min(WEEK_MIN);
                if s < e {
                    out.push((s, e));
                }
            }
        }
    }
}

/// A zone's one UTC offset around a reference week, and which weekly patterns convert at it
/// (see [`ZoneWeek::steady`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Steady {
    /// Local − UTC, in minutes, within ±[`MAX_OFFSET_MIN`].
    pub offset: i32,
    /// Weekdays (bit `d`, 0 = Monday) whose days in [`REACH`] all convert at `offset`.
    pub days: u8,
    /// When Monday's bit is clear only because of the Monday after the week: Monday windows
    /// starting at or after this local minute qualify all the same (1441: none do).
    pub monday_from: i32,
    /// When Sunday's bit is clear only because of the Sunday before the week: Sunday windows
    /// ending at or before this local minute qualify all the same (-1: none do).
    pub sunday_until: i32,
}

impl Steady {
    /// Whether a pattern with windows on weekdays `days`, whose local week spans start at
    /// `first_start` and end at `last_end` (week minutes), converts at the steady offset.
    #[inline]
    pub fn covers(&self, days: u8, first_start: i32, last_end: i32) -> bool {
        const MONDAY: u8 = 1;
        const SUNDAY: u8 = 1 << 6;
        let other = days & !self.days;
        other == 0
            || (other & !(MONDAY | SUNDAY) == 0
                && (other & MONDAY == 0 || first_start >= self.monday_from)
                && (other & SUNDAY == 0 || last_end - 6 * 1440 <= self.sunday_until))
    }
}

impl ZoneWeek {
    /// The zone's UTC offset on the local days whose times can reach the reference UTC week,
    /// and the weekly patterns it holds for. `None` when no day in [`REACH`] has a plain
    /// offset within ±[`MAX_OFFSET_MIN`].
    ///
    /// Weekday `d`'s bit is set when each of its days in [`REACH`] converts with integer
    /// arithmetic at the one offset. Monday and Sunday have a day at an edge of the reach
    /// that only touches the week in part: a Monday window that starts late enough, or a
    /// Sunday window that ends early enough, never reaches the week through that edge day,
    /// however that day converts, nor would it at the offset. For a pattern the result
    /// [`Steady::covers`], [`ZoneWeek::push_spans`] is the pattern's local week shifted by
    /// the offset, repeated weekly and clipped to the UTC week, which is what
    /// [`WeekCounter`] measures without converting anything.
    pub fn steady(&self) -> Option<Steady> {
        let off_of = |idx: usize| match self.days[idx] {
            Day::Regular(m0) => Some((idx as i32 - 7) * 1440 - m0),
            _ => None,
        };
        let offset = [10, 9, 11, 8, 12, 7, 13, 14, 6]
            .into_iter()
            .find_map(off_of)
            .filter(|o| o.abs() <= MAX_OFFSET_MIN)?;
        let mut days = 0u8;
        for d in 0..7usize {
            let idxs: &[usize] = match d {
                0 => &[7, 14],
                6 => &[6, 13],
                _ => &[d + 7],
            };
            if idxs.iter().all(|&i| off_of(i) == Some(offset)) {
                days |= 1 << d;
            }
        }
        // The UTC minute of local midnight on an edge day, as early or as late as it can be
        // read: `to_utc(idx, m)` lies between `earliest + m` and `latest + m` (around a change
        // it reads with one of the two offsets, not always the same one).
        let bounds = |idx: usize| match self.days[idx] {
            Day::Regular(m0) => Some((m0, m0)),
            Day::Transition { before, after, .. } => Some((before.min(after), before.max(after))),
            Day::Exact => None,
        };
        // Through the Monday after (index 14), a window starting at `m` stays out of the week
        // at the offset iff m >= offset, and as converted if earliest + m >= WEEK_MIN.
        let mut monday_from = if days & 1 != 0 { 0 } else { 1441 };
        if days & 1 == 0
            && off_of(7) == Some(offset)
            && let Some((earliest, _)) = bounds(14)
        {
            monday_from = offset.max(WEEK_MIN - earliest).max(0);
        }
        // Through the Sunday before (index 6), a window ending at `m` stays out of the week
        // at the offset iff m <= 1440 + offset, and as converted if latest + m <= 0.
        let mut sunday_until = if days & 1 << 6 != 0 { 1440 } else { -1 };
        if days & 1 << 6 == 0
            && off_of(13) == Some(offset)
            && let Some((_, latest)) = bounds(6)
        {
            sunday_until = (1440 + offset).min(-latest).min(1440);
        }
        Some(Steady {
            offset,
            days,
            monday_from,
            sunday_until,
        })
    }
}

/// Appends a weekly pattern to `out` as sorted, merged local week-minute spans
/// (`day × 1440 + minute`, within `0..=WEEK_MIN`) and returns its weekdays as bits (bit `d` for
/// day `d`). Invalid windows are skipped; what `out` held before is left alone.
pub fn push_local_week(windows: &[Window], out: &mut Vec<Span>) -> u8 {
    let from = out.len();
    let mut days = 0u8;
    for w in windows.iter().filter(|w| window_is_valid(w)) {
        let d0 = i32::from(w.day) * 1440;
        out.push((d0 + i32::from(w.start_min), d0 + i32::from(w.end_min)));
        days |= 1 << w.day;
    }
    let tail = &mut out[from..];
    tail.sort_unstable();
    let mut w = from;
    for r in from..out.len() {
        let (s, e) = out[r];
        if w > from && s <= out[w - 1].1 {
            out[w - 1].1 = out[w - 1].1.max(e);
        } else {
            out[w] = (s, e);
            w += 1;
        }
    }
    out.truncate(w);
    days
}

/// Shared minutes with one side's merged UTC spans, answered by two table lookups per span of
/// the other side, for spans given in the other side's local week (see
/// [`ZoneWeek::steady`]).
///
/// Holds the running total of the first side's minutes, repeated weekly, from
/// `-MAX_OFFSET_MIN` to `WEEK_MIN + MAX_OFFSET_MIN` (about 23 KB).
#[derive(Clone, Debug)]
pub struct WeekCounter {
    /// `cum[i]`: minutes of the weekly-repeated spans in `[-MAX_OFFSET_MIN, i - MAX_OFFSET_MIN)`.
    cum: Box<[u16]>,
}

impl WeekCounter {
    /// For spans within `[0, WEEK_MIN]` (as [`utc_spans`] gives them; overlaps are fine).
    pub fn new(spans: &[Span]) -> WeekCounter {
        let len = (WEEK_MIN + 2 * MAX_OFFSET_MIN) as usize;
        let mut on = vec![0u16; len + 1];
        for &(s, e) in spans {
            for k in -1..=1 {
                let lo = (s + k * WEEK_MIN + MAX_OFFSET_MIN).clamp(0, len as i32) as usize;
                let hi = (e + k * WEEK_MIN + MAX_OFFSET_MIN).clamp(0, len as i32) as usize;
                if lo < hi {
                    on[lo..hi].fill(1);
                }
            }
        }
        // Running total, shifted by one: cum[0] = 0, cum[i] = on[0] + … + on[i - 1].
        let mut total = 0u16;
        for x in on.iter_mut() {
            let v = *x;
            *x = total;
            total += v;
        }
        WeekCounter {
            cum: on.into_boxed_slice(),
        }
    }

    /// Minutes of the weekly-repeated spans within `[s, e)`, where
    /// `-MAX_OFFSET_MIN <= s <= e <= WEEK_MIN + MAX_OFFSET_MIN`.
    #[inline(always)]
    pub fn between(&self, s: i32, e: i32) -> u32 {
        let i = (s + MAX_OFFSET_MIN) as usize;
        let j = (e + MAX_OFFSET_MIN) as usize;
        u32::from(self.cum[j]) - u32::from(self.cum[i])
    }
}

/// Sorts spans and merges overlapping or touching ones, in place.
pub fn merge(spans: &mut Vec<Span>) {
    if spans.len() < 2 {
        return;
    }
    spans.sort_unstable();
    let mut w = 0;
    for r in 1..spans.len() {
        let (s, e) = spans[r];
        if s <= spans[w].1 {
            spans[w].1 = spans[w].1.max(e);
        } else {
            w += 1;
            spans[w] = (s, e);
        }
    }
    spans.truncate(w + 1);
}

/// Total length in minutes of the intersection of two merged span lists.
pub fn intersection_minutes(a: &[Span], b: &[Span]) -> u32 {
    let (mut i, mut j, mut total) = (0, 0, 0u32);
    while i < a.len() && j < b.len() {
        let s = a[i].0.max(b[j].0);
        let e = a[i].1.min(b[j].1);
        if s < e {
            total += (e - s) as u32;
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    total
}

/// The intersection of two merged span lists.
pub fn intersection(a: &[Span], b: &[Span]) -> Vec<Span> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        let s = a[i].0.max(b[j].0);
        let e = a[i].1.min(b[j].1);
        if s < e {
            out.push((s, e));
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// One side's merged UTC spans for the reference week.
pub fn utc_spans(windows: &[Window], tz: Tz, week_start: NaiveDate) -> Vec<Span> {
    let mut out = Vec::new();
    ZoneWeek::new(tz, week_start).push_spans(windows, &mut out);
    merge(&mut out);
    out
}

/// A weekly overlap: its length and where it falls on the first person's week grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overlap {
    /// Shared minutes in the reference week.
    pub minutes: u32,
    /// The shared time in the first person's local time, split at local midnights, sorted by
    /// day then start, touching pieces merged. `day` 0 = Monday.
    pub slots: Vec<Window>,
    /// The shared time as UTC spans from the reference week's Monday 00:00 UTC.
    pub spans: Vec<Span>,
}

impl Overlap {
    /// Shared hours per week.
    pub fn hours(&self) -> f32 {
        self.minutes as f32 / 60.0
    }
}

/// Shared minutes per week between two people's availability (symmetric).
pub fn overlap_minutes(
    a: &[Window],
    a_zone: Tz,
    b: &[Window],
    b_zone: Tz,
    week_start: NaiveDate,
) -> u32 {
    intersection_minutes(
        &utc_spans(a, a_zone, week_start),
        &utc_spans(b, b_zone, week_start),
    )
}

/// The weekly overlap between `a` (whose local time the slots use, normally the mentee) and `b`.
pub fn weekly_overlap(
    a: &[Window],
    a_zone: Tz,
    b: &[Window],
    b_zone: Tz,
    week_start: NaiveDate,
) -> Overlap {
    let sa = utc_spans(a, a_zone, week_start);
    let sb = utc_spans(b, b_zone, week_start);
    overlap_from_spans(&sa, &sb, a_zone, week_start)
}

/// [`weekly_overlap`] from already merged spans (slots in `local_zone`).
pub fn overlap_from_spans(
    a: &[Span],
    b: &[Span],
    local_zone: Tz,
    week_start: NaiveDate,
) -> Overlap {
    let spans = intersection(a, b);
    let minutes = spans.iter().map(|(s, e)| (e - s) as u32).sum();
    let slots = to_local_slots(&spans, local_zone, week_start);
    Overlap {
        minutes,
        slots,
        spans,
    }
}

fn minute_of_day(t: NaiveDateTime) -> u16 {
    (t.hour() * 60 + t.minute()) as u16
}

/// Expresses UTC spans as local weekly slots in `zone`, split at local midnights.
pub fn to_local_slots(spans: &[Span], zone: Tz, week_start: NaiveDate) -> Vec<Window> {
    let origin = week_origin(week_start);
    let at = |m: i32| Utc.from_utc_datetime(&(origin + Duration::minutes(m.into())));
    let mut slots = Vec::new();
    for &(s, e) in spans {
        let mut t = s;
        while t < e {
            let local = tz::utc_to_local(at(t), zone);
            let day = local.weekday().num_days_from_monday() as u8;
            let start_min = minute_of_day(local);
            let next_midnight = (local.date() + Duration::days(1))
                .and_hms_opt(0, 0, 0)
                .expect("midnight exists");
            let next =
                (tz::local_to_utc(next_midnight, zone).naive_utc() - origin).num_minutes() as i32;
            let (piece_end, end_min) = if next >= e || next <= t {
                let end_local = tz::utc_to_local(at(e), zone);
                let mut end_min = if end_local.date() == local.date() {
                    minute_of_day(end_local)
                } else {
                    1440
                };
                if end_min <= start_min {
                    // An autumn fold: wall-clock time ran backwards inside the span.
                    end_min = (i32::from(start_min) + (e - t)).min(1440) as u16;
                }
                (e, end_min)
            } else {
                (next, 1440)
            };
            if end_min > start_min {
                slots.push(Window {
                    day,
                    start_min,
                    end_min,
                });
            }
            t = piece_end;
        }
    }
    slots.sort_unstable_by_key(|w| (w.day, w.start_min, w.end_min));
    let mut merged: Vec<Window> = Vec::with_capacity(slots.len());
    for w in slots {
        match merged.last_mut() {
            Some(last) if last.day == w.day && w.start_min <= last.end_min => {
                last.end_min = last.end_min.max(w.end_min);
            }
            _ => merged.push(w),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_time_as_text() {
        for (min, want) in [
            (0, "0 h/week shared"),
            (60, "1 h/week shared"),
            (150, "2.5 h/week shared"),
            (100, "1.7 h/week shared"),
            (30, "0.5 h/week shared"),
            (600, "10 h/week shared"),
        ] {
            assert_eq!(overlap_text(min), want, "{min}");
        }
    }

    fn zone(name: &str) -> Tz {
        tz::parse_zone(name).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn w(day: u8, start_h: f32, end_h: f32) -> Window {
        Window {
            day,
            start_min: (start_h * 60.0) as u16,
            end_min: (end_h * 60.0) as u16,
        }
    }

    fn weekdays(start_h: f32, end_h: f32) -> Vec<Window> {
        (0..5).map(|d| w(d, start_h, end_h)).collect()
    }

    /// Overlap hours both ways (asserting symmetry) and the fast path against the exact one.
    fn hours(a: &[Window], az: &str, b: &[Window], bz: &str, week: NaiveDate) -> f32 {
        let (az, bz) = (zone(az), zone(bz));
        let ab = overlap_minutes(a, az, b, bz, week);
        let ba = overlap_minutes(b, bz, a, az, week);
        assert_eq!(ab, ba, "not symmetric");
        for (ws, z) in [(a, az), (b, bz)] {
            let zw = ZoneWeek::new(z, week);
            let (mut fast, mut exact) = (Vec::new(), Vec::new());
            zw.push_spans(ws, &mut fast);
            zw.push_spans_exact(ws, &mut exact);
            assert_eq!(fast, exact, "fast path differs for {z}");
        }
        let o = weekly_overlap(a, az, b, bz, week);
        assert_eq!(o.minutes, ab);
        ab as f32 / 60.0
    }

    #[test]
    fn new_york_london_spring() {
        // NY weekdays 09–12 local, London weekdays 14–18 local.
        let ny = weekdays(9.0, 12.0);
        let ldn = weekdays(14.0, 18.0);
        // (week, expected hours): US changes 2027-03-14, UK 2027-03-28.
        for (week, want) in [
            (date(2027, 3, 1), 15.0),  // both standard: 14–17 vs 14–18 UTC
            (date(2027, 3, 8), 15.0),  // US changes on this week's Sunday
            (date(2027, 3, 15), 10.0), // NY EDT (13–16 UTC), London GMT: 14–16
            (date(2027, 3, 22), 10.0), // UK changes on this week's Sunday
            (date(2027, 3, 29), 15.0), // both summer: 13–16 vs 13–17 UTC
        ] {
            assert_eq!(
                hours(&ny, "America/New_York", &ldn, "Europe/London", week),
                want,
                "{week}"
            );
        }
    }

    #[test]
    fn new_york_london_autumn() {
        let ny = weekdays(9.0, 12.0);
        let ldn = weekdays(14.0, 18.0);
        // UK changes 2027-10-31, US 2027-11-07.
        for (week, want) in [
            (date(2027, 10, 18), 15.0),
            (date(2027, 10, 25), 15.0),
            (date(2027, 11, 1), 10.0), // NY still EDT, London GMT
            (date(2027, 11, 8), 15.0),
        ] {
            assert_eq!(
                hours(&ny, "America/New_York", &ldn, "Europe/London", week),
                want,
                "{week}"
            );
        }
    }

    #[test]
    fn fast_conversion_matches_exact_all_year() {
        let zones = [
            "America/New_York",
            "Europe/London",
            "Australia/Sydney",
            "Australia/Lord_Howe", // 30-minute DST
            "America/Santiago",    // changes at midnight
            "Asia/Beirut",         // changes at midnight
            "Pacific/Chatham",     // +12:45 / +13:45
            "America/St_Johns",    // -3:30 with DST
            "Asia/Kathmandu",
        ];
        let mut monday = date(2026, 12, 28);
        let mut transition_days = 0;
        while monday < date(2028, 1, 3) {
            for name in zones {
                let zw = ZoneWeek::new(zone(name), monday);
                for idx in REACH {
                    let minutes: Vec<u16> = match zw.days[idx] {
                        Day::Regular(_) => vec![0, 1, 719, 1439, 1440],
                        _ => {
                            transition_days += 1;
                            (0..=1440).collect()
                        }
                    };
                    for m in minutes {
                        assert_eq!(
                            zw.to_utc(idx, m),
                            zw.exact(idx, m),
                            "{name} week {monday} day {idx} minute {m}"
                        );
                    }
                }
            }
            monday += Duration::days(7);
        }
        // Each of the 16 changes in 2027 falls in the reach of one or two reference weeks.
        assert!(transition_days > 25, "{transition_days}");
    }

    #[test]
    fn change_day_itself() {
        // Sunday windows on the changeover days.
        let ny = vec![w(6, 9.0, 12.0)];
        let ldn = vec![w(6, 14.0, 18.0)];
        // Sun 2027-03-14: NY is EDT from 02:00, so 09–12 EDT = 13–16 UTC; London GMT 14–18.
        assert_eq!(
            hours(
                &ny,
                "America/New_York",
                &ldn,
                "Europe/London",
                date(2027, 3, 8)
            ),
            2.0
        );
        // The Sunday before: NY EST 14–17 UTC.
        assert_eq!(
            hours(
                &ny,
                "America/New_York",
                &ldn,
                "Europe/London",
                date(2027, 3, 1)
            ),
            3.0
        );
        // Sun 2027-03-28: London BST from 01:00 UTC, 14–18 BST = 13–17 UTC; NY 13–16 UTC.
        assert_eq!(
            hours(
                &ny,
                "America/New_York",
                &ldn,
                "Europe/London",
                date(2027, 3, 22)
            ),
            3.0
        );
        // A window across the spring-forward gap is an hour shorter in UTC.
        let night = vec![w(6, 1.0, 4.0)];
        let utc_all = vec![w(6, 0.0, 24.0)];
        assert_eq!(
            hours(
                &night,
                "America/New_York",
                &utc_all,
                "UTC",
                date(2027, 3, 8)
            ),
            2.0
        );
        // … and an hour longer across the autumn fold.
        assert_eq!(
            hours(
                &night,
                "America/New_York",
                &utc_all,
                "UTC",
                date(2027, 11, 1)
            ),
            4.0
        );
    }

    #[test]
    fn half_and_quarter_hour_zones() {
        let ldn = vec![w(0, 12.0, 13.0)];
        // Kolkata 18:00–20:00 = 12:30–14:30 UTC (winter London = UTC).
        assert_eq!(
            hours(
                &[w(0, 18.0, 20.0)],
                "Asia/Kolkata",
                &ldn,
                "Europe/London",
                date(2027, 1, 4)
            ),
            0.5
        );
        // Kathmandu 18:00–20:00 = 12:15–14:15 UTC.
        assert_eq!(
            hours(
                &[w(0, 18.0, 20.0)],
                "Asia/Kathmandu",
                &ldn,
                "Europe/London",
                date(2027, 1, 4)
            ),
            0.75
        );
        let o = weekly_overlap(
            &[w(0, 18.0, 20.0)],
            zone("Asia/Kathmandu"),
            &ldn,
            zone("Europe/London"),
            date(2027, 1, 4),
        );
        assert_eq!(
            o.slots,
            vec![Window {
                day: 0,
                start_min: 18 * 60,
                end_min: 18 * 60 + 45
            }]
        );
    }

    #[test]
    fn across_midnight_and_week_edges() {
        // Tokyo Monday 08–10 = Sunday 23:00 – Monday 01:00 UTC; London (winter) has Sunday
        // 23–24 and Monday 00–01. Both hours count even though one is on the "previous" Sunday.
        let tokyo = vec![w(0, 8.0, 10.0)];
        let ldn = vec![w(6, 23.0, 24.0), w(0, 0.0, 1.0)];
        let week = date(2027, 1, 4);
        assert_eq!(
            hours(&tokyo, "Asia/Tokyo", &ldn, "Europe/London", week),
            2.0
        );
        let o = weekly_overlap(
            &tokyo,
            zone("Asia/Tokyo"),
            &ldn,
            zone("Europe/London"),
            week,
        );
        assert_eq!(o.slots, vec![w(0, 8.0, 10.0)]);
        // Seen from London the slot is split at London midnight.
        let o = weekly_overlap(
            &ldn,
            zone("Europe/London"),
            &tokyo,
            zone("Asia/Tokyo"),
            week,
        );
        assert_eq!(o.slots, vec![w(0, 0.0, 1.0), w(6, 23.0, 24.0)]);
        // Los Angeles Monday 22:00–24:00 vs Tokyo Tuesday 15:00–17:00 (= Tue 06–08 UTC):
        // LA 22–24 PST = Tue 06–08 UTC.
        let la = vec![w(0, 22.0, 24.0)];
        let tk = vec![w(1, 14.0, 18.0)];
        assert_eq!(
            hours(&la, "America/Los_Angeles", &tk, "Asia/Tokyo", week),
            2.0
        );
        let o = weekly_overlap(
            &tk,
            zone("Asia/Tokyo"),
            &la,
            zone("America/Los_Angeles"),
            week,
        );
        assert_eq!(o.slots, vec![w(1, 15.0, 17.0)]);
        // A UTC span crossing the mentee's midnight is split into two local slots.
        let o = weekly_overlap(
            &[w(0, 23.0, 24.0), w(1, 0.0, 1.0)],
            zone("America/Los_Angeles"),
            &[w(1, 6.0, 10.0)],
            zone("UTC"),
            week,
        );
        assert_eq!(o.minutes, 120);
        assert_eq!(o.slots, vec![w(0, 23.0, 24.0), w(1, 0.0, 1.0)]);
    }

    #[test]
    fn same_zone_and_invalid_windows() {
        let a = vec![
            w(2, 9.0, 17.0),
            w(2, 12.0, 13.0),
            w(9, 1.0, 2.0),
            w(3, 5.0, 5.0),
        ];
        let b = vec![w(2, 16.0, 20.0)];
        assert_eq!(
            hours(&a, "Europe/Berlin", &b, "Europe/Berlin", date(2027, 6, 7)),
            1.0
        );
        assert_eq!(
            hours(&a, "Europe/Berlin", &[], "Europe/Berlin", date(2027, 6, 7)),
            0.0
        );
        // A non-Monday week start snaps back to its Monday.
        assert_eq!(monday_of(date(2027, 6, 10)), date(2027, 6, 7));
    }

    /// Random weekly windows at whole-minute precision (not only on the half hour).
    fn random_windows(rng: &mut crate::core::mentors::r#gen::SplitMix64, n: u64) -> Vec<Window> {
        (0..rng.below(n + 1))
            .map(|_| {
                let start = rng.below(1440) as u16;
                let end = rng.range(u64::from(start) + 1, 1440) as u16;
                Window {
                    day: rng.below(7) as u8,
                    start_min: start,
                    end_min: end,
                }
            })
            .collect()
    }

    #[test]
    fn steady_offset_counter_matches_span_intersection() {
        use crate::core::mentors::r#gen::{PLACES, SplitMix64};
        let mut rng = SplitMix64::new(11);
        let mut zones: Vec<&str> = PLACES.iter().map(|p| p.0).collect();
        zones.extend([
            "Pacific/Chatham",
            "Australia/Lord_Howe",
            "Asia/Beirut",
            "UTC",
        ]);
        let (mut fast, mut edge, mut steady_weekdays, mut weekdays) = (0, 0, 0, 0);
        let mut monday = date(2026, 12, 28);
        while monday < date(2028, 1, 3) {
            let name = *rng.pick(&zones);
            let mentee_zone = zone(name);
            let mentee = utc_spans(&random_windows(&mut rng, 6), mentee_zone, monday);
            let counter = WeekCounter::new(&mentee);
            for name in &zones {
                let zw = ZoneWeek::new(zone(name), monday);
                let Some(steady) = zw.steady() else {
                    panic!("{name} {monday}: no steady offset")
                };
                let (offset, days) = (steady.offset, steady.days);
                steady_weekdays += days.count_ones();
                weekdays += 7;
                for _ in 0..12 {
                    let windows = random_windows(&mut rng, 5);
                    let mut local = Vec::new();
                    let used = push_local_week(&windows, &mut local);
                    let mut spans = Vec::new();
                    zw.push_spans(&windows, &mut spans);
                    merge(&mut spans);
                    let want = intersection_minutes(&mentee, &spans);
                    let total: u32 = local.iter().map(|&(s, e)| (e - s) as u32).sum();
                    assert!(local.windows(2).all(|p| p[0].1 < p[1].0), "{local:?}");
                    let (first, last) = match (local.first(), local.last()) {
                        (Some(f), Some(l)) => (f.0, l.1),
                        _ => (0, 0),
                    };
                    if steady.covers(used, first, last) {
                        fast += 1;
                        edge += usize::from(used & !days != 0);
                        let got: u32 = local
                            .iter()
                            .map(|&(s, e)| counter.between(s - offset, e - offset))
                            .sum();
                        assert_eq!(got, want, "{name} {monday} {windows:?}");
                        // At a steady offset nothing is lost or doubled: the whole pattern
                        // lands in the UTC week once.
                        let mut whole = Vec::new();
                        zw.push_spans(&windows, &mut whole);
                        merge(&mut whole);
                        let utc: u32 = whole.iter().map(|&(s, e)| (e - s) as u32).sum();
                        assert_eq!(utc, total, "{name} {monday}");
                    }
                }
            }
            monday += Duration::days(7);
        }
        // Nearly every zone-week is steady on every weekday: the fast path is the rule.
        assert!(
            steady_weekdays * 100 > weekdays * 97,
            "{steady_weekdays}/{weekdays}"
        );
        assert!(fast > 15_000, "{fast}");
        // Patterns on a weekday that is not steady, saved by the edge-day bounds.
        assert!(edge > 50, "{edge}");
    }

    #[test]
    fn week_counter_repeats_weekly() {
        // 23:00 Sunday to 01:00 Monday UTC, split by the week edge into two spans.
        let c = WeekCounter::new(&[(0, 60), (WEEK_MIN - 60, WEEK_MIN)]);
        assert_eq!(c.between(0, WEEK_MIN), 120);
        assert_eq!(c.between(-MAX_OFFSET_MIN, 0), 60);
        assert_eq!(c.between(WEEK_MIN, WEEK_MIN + MAX_OFFSET_MIN), 60);
        assert_eq!(c.between(-30, 30), 60);
        assert_eq!(c.between(100, 100), 0);
        let mut local = Vec::new();
        let days = push_local_week(
            &[w(6, 23.0, 24.0), w(0, 0.0, 1.0), w(0, 0.5, 2.0)],
            &mut local,
        );
        assert_eq!(days, 0b100_0001);
        assert_eq!(local, [(0, 120), (WEEK_MIN - 60, WEEK_MIN)]);
    }
}
