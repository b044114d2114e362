//! Calendar arithmetic on plain dates: weekday names, month ends, the nth weekday of a month,
//! the Monday of a week. No time zones and no clock.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// The weekdays, Monday first: index = the day number of a mentor availability window and the
/// `weekday` index ("0"–"6") of the schedule form.
pub const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Short English day names ("Mon" … "Sun"), index 0 = Monday.
pub const WEEKDAY_SHORT: [&str; 7] = {
    let mut out = [""; 7];
    let mut i = 0;
    while i < 7 {
        out[i] = WEEKDAY_NAMES[i].split_at(3).0;
        i += 1;
    }
    out
};

/// "Monday" … "Sunday".
pub fn weekday_name(w: Weekday) -> &'static str {
    WEEKDAY_NAMES[w.num_days_from_monday() as usize]
}

/// "Mon" … "Sun" (`%a`).
pub fn weekday_short(w: Weekday) -> &'static str {
    WEEKDAY_SHORT[w.num_days_from_monday() as usize]
}

/// English weekday names, index 0 = Monday (chrono's `num_days_from_monday`, and the day
/// numbers of mentor availability windows).
const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Which weekday of the month: first to fourth, or the last one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Nth {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

impl Nth {
    /// `1..=4` → First..Fourth; anything else is `None` (use [`Nth::Last`] directly).
    pub fn from_number(n: u8) -> Option<Nth> {
        match n {
            1 => Some(Nth::First),
            2 => Some(Nth::Second),
            3 => Some(Nth::Third),
            4 => Some(Nth::Fourth),
            _ => None,
        }
    }

    /// "1st", "2nd", "3rd", "4th", "last".
    pub fn label(self) -> &'static str {
        match self {
            Nth::First => "1st",
            Nth::Second => "2nd",
            Nth::Third => "3rd",
            Nth::Fourth => "4th",
            Nth::Last => "last",
        }
    }
}

/// The last day of a month; `None` for a month outside 1–12 or a date outside chrono's range.
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

/// The date of the `n`th `weekday` in a month. Panics on a month outside 1–12.
pub fn nth_weekday_of_month(year: i32, month: u32, n: Nth, weekday: Weekday) -> NaiveDate {
    let want = weekday.num_days_from_monday() as i64;
    match n {
        Nth::Last => {
            let last = last_day_of_month(year, month).expect("valid month");
            let back = (last.weekday().num_days_from_monday() as i64 - want).rem_euclid(7);
            last - Duration::days(back)
        }
        _ => {
            let k = match n {
                Nth::First => 0,
                Nth::Second => 1,
                Nth::Third => 2,
                _ => 3,
            };
            let first = NaiveDate::from_ymd_opt(year, month, 1).expect("valid month");
            let fwd = (want - first.weekday().num_days_from_monday() as i64).rem_euclid(7);
            first + Duration::days(fwd + 7 * k)
        }
    }
}

/// Day `day` of a month, clamped to the month's last day. Panics on a month outside 1–12.
pub fn clamped_day_of_month(year: i32, month: u32, day: u8) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, u32::from(day))
        .unwrap_or_else(|| last_day_of_month(year, month).expect("valid month"))
}

/// The Monday on or before `date` (the start of its week).
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(date.weekday().num_days_from_monday().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weekday_names_long_and_short() {
        let cases = [
            (Weekday::Mon, "Monday", "Mon"),
            (Weekday::Tue, "Tuesday", "Tue"),
            (Weekday::Wed, "Wednesday", "Wed"),
            (Weekday::Thu, "Thursday", "Thu"),
            (Weekday::Fri, "Friday", "Fri"),
            (Weekday::Sat, "Saturday", "Sat"),
            (Weekday::Sun, "Sunday", "Sun"),
        ];
        for (i, (w, long, short)) in cases.into_iter().enumerate() {
            assert_eq!(weekday_name(w), long);
            assert_eq!(weekday_short(w), short);
            assert_eq!(WEEKDAY_SHORT[i], short);
            assert_eq!(WEEKDAYS[i], w);
        }
    }

    #[test]
    fn last_days_of_months() {
        let cases = [
            (2027, 1, Some("2027-01-31")),
            (2027, 2, Some("2027-02-28")),
            (2028, 2, Some("2028-02-29")),
            (2100, 2, Some("2100-02-28")),
            (2000, 2, Some("2000-02-29")),
            (2027, 4, Some("2027-04-30")),
            (2027, 12, Some("2027-12-31")),
            (2027, 0, None),
            (2027, 13, None),
            (262_142, 12, None),
        ];
        for (y, m, want) in cases {
            assert_eq!(last_day_of_month(y, m), want.map(date), "{y}-{m}");
        }
    }

    #[test]
    fn nth_weekdays() {
        let cases = [
            (2027, 3, Nth::First, Weekday::Mon, "2027-03-01"),
            (2027, 3, Nth::Second, Weekday::Mon, "2027-03-08"),
            (2027, 3, Nth::Fourth, Weekday::Sun, "2027-03-28"),
            (2027, 3, Nth::Last, Weekday::Sun, "2027-03-28"),
            (2027, 3, Nth::Last, Weekday::Wed, "2027-03-31"),
            (2027, 3, Nth::First, Weekday::Sun, "2027-03-07"),
            (2028, 2, Nth::Last, Weekday::Tue, "2028-02-29"),
            (2026, 10, Nth::Last, Weekday::Sun, "2026-10-25"),
            (2026, 11, Nth::First, Weekday::Sun, "2026-11-01"),
            (2027, 12, Nth::Third, Weekday::Fri, "2027-12-17"),
        ];
        for (y, m, n, w, want) in cases {
            assert_eq!(
                nth_weekday_of_month(y, m, n, w),
                date(want),
                "{y}-{m} {n:?} {w}"
            );
        }
    }

    #[test]
    fn clamped_days() {
        let cases = [
            (2027, 1, 31, "2027-01-31"),
            (2027, 2, 31, "2027-02-28"),
            (2028, 2, 30, "2028-02-29"),
            (2027, 4, 31, "2027-04-30"),
            (2027, 4, 15, "2027-04-15"),
        ];
        for (y, m, d, want) in cases {
            assert_eq!(clamped_day_of_month(y, m, d), date(want), "{y}-{m}-{d}");
        }
    }

    #[test]
    fn mondays() {
        let cases = [
            ("2027-06-10", "2027-06-07"),
            ("2027-06-07", "2027-06-07"),
            ("2027-06-13", "2027-06-07"),
            ("2027-01-01", "2026-12-28"),
        ];
        for (d, want) in cases {
            assert_eq!(monday_of(date(d)), date(want), "{d}");
        }
    }

    #[test]
    fn nth_from_number_and_label() {
        let cases = [
            (0, None),
            (1, Some((Nth::First, "1st"))),
            (2, Some((Nth::Second, "2nd"))),
            (3, Some((Nth::Third, "3rd"))),
            (4, Some((Nth::Fourth, "4th"))),
            (5, None),
        ];
        for (n, want) in cases {
            assert_eq!(Nth::from_number(n).map(|x| (x, x.label())), want, "{n}");
        }
        assert_eq!(Nth::Last.label(), "last");
    }
}
