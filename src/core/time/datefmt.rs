//! Dates and times as text, in the few fixed English forms Trellis shows or writes.
//!
//! Hand-written instead of chrono's `format("%…")`: the strftime interpreter is generic code
//! the wasm bundle would otherwise carry for a dozen fixed patterns. Each function names the
//! strftime pattern it replaces.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::core::time::calendar::weekday_short;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "January" … "December" (`%B`) for a month number 1–12.
pub fn month_long(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// "Jan" … "Dec" (`%b`) for a month number 1–12.
pub fn month_short(month: u32) -> &'static str {
    &month_long(month)[..3]
}

/// "09:05" (`%H:%M`).
pub fn hm<T: Timelike>(t: &T) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// "2027-06-30" (`%Y-%m-%d`).
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// "20270630" (`%Y%m%d`).
pub fn compact_date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// "20270630T090500" (`%Y%m%dT%H%M%S`), the iCalendar local date-time form.
pub fn compact_datetime(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        compact_date(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// "30 June 2027" (`%-d %B %Y`).
pub fn human_date(d: NaiveDate) -> String {
    format!("{} {} {:04}", d.day(), month_long(d.month()), d.year())
}

/// "Wed 30 June 2027" (`%a %-d %B %Y`).
pub fn day_date(d: NaiveDate) -> String {
    format!("{} {}", weekday_short(d.weekday()), human_date(d))
}

/// "Tue 12 Jan" (`%a %-d %b`).
fn weekday_day_month(t: NaiveDateTime) -> String {
    format!(
        "{} {} {}",
        weekday_short(t.weekday()),
        t.day(),
        month_short(t.month())
    )
}

/// "Tue 12 Jan, 09:00" (`%a %-d %b, %H:%M`).
pub fn short_datetime(t: NaiveDateTime) -> String {
    format!("{}, {}", weekday_day_month(t), hm(&t))
}

/// "Tue 12 Jan 2027, 09:00" (`%a %-d %b %Y, %H:%M`).
pub fn long_datetime(t: NaiveDateTime) -> String {
    format!("{} {:04}, {}", weekday_day_month(t), t.year(), hm(&t))
}

/// Reads "9:05" or "09:05" (what `%H:%M` accepts, as a time input gives it); `None` otherwise.
pub fn parse_hm(s: &str) -> Option<NaiveTime> {
    let (h, m) = s.trim().split_once(':')?;
    let digits = |t: &str, lens: std::ops::RangeInclusive<usize>| {
        (lens.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    NaiveTime::from_hms_opt(digits(h, 1..=2)?, digits(m, 2..=2)?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, s)
            .unwrap()
    }

    /// Every function against chrono's own strftime output for the pattern it replaces.
    fn check(t: NaiveDateTime) {
        let d = t.date();
        assert_eq!(hm(&t), t.format("%H:%M").to_string());
        assert_eq!(hm(&t.time()), t.format("%H:%M").to_string());
        assert_eq!(iso_date(d), d.format("%Y-%m-%d").to_string());
        assert_eq!(compact_date(d), d.format("%Y%m%d").to_string());
        assert_eq!(compact_datetime(t), t.format("%Y%m%dT%H%M%S").to_string());
        assert_eq!(human_date(d), d.format("%-d %B %Y").to_string());
        assert_eq!(day_date(d), d.format("%a %-d %B %Y").to_string());
        assert_eq!(short_datetime(t), t.format("%a %-d %b, %H:%M").to_string());
        assert_eq!(
            long_datetime(t),
            t.format("%a %-d %b %Y, %H:%M").to_string()
        );
    }

    #[test]
    fn matches_chrono_strftime() {
        check(at(2027, 6, 30, 9, 5, 7));
        check(at(2027, 1, 1, 0, 0, 0));
        check(at(2028, 2, 29, 23, 59, 59));
        check(at(999, 12, 31, 12, 30, 0));
        // Every day of two years (every weekday and month name, one- and two-digit days).
        let mut d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        while d.year() < 2028 {
            check(d.and_hms_opt(13, 7, 0).unwrap());
            d = d.succ_opt().unwrap();
        }
    }

    #[test]
    fn parse_hm_reads_what_a_time_input_gives() {
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        for (input, want) in [
            ("09:05", hm(9, 5)),
            ("9:05", hm(9, 5)),
            (" 23:59 ", hm(23, 59)),
            ("00:00", hm(0, 0)),
            ("24:00", None),
            ("12:60", None),
            ("12:5", None),
            ("123:00", None),
            ("12:00:00", None),
            ("+1:00", None),
            ("", None),
            ("noon", None),
            ("１２:００", None),
        ] {
            assert_eq!(parse_hm(input), want, "{input:?}");
        }
    }

    #[test]
    fn examples() {
        let t = at(2027, 1, 12, 9, 0, 0);
        assert_eq!(short_datetime(t), "Tue 12 Jan, 09:00");
        assert_eq!(long_datetime(t), "Tue 12 Jan 2027, 09:00");
        assert_eq!(human_date(t.date()), "12 January 2027");
        assert_eq!(month_long(0), "January");
        assert_eq!(month_long(13), "December");
    }
}
