//! The range of dates Trellis works with, defined once.
//!
//! Plans, sessions, milestones and agreements live within a person's working life, so every
//! date the app stores or reads is between [`MIN_YEAR`]-01-01 and [`MAX_YEAR`]-12-31. That is
//! far wider than any real plan needs and far inside what `chrono` can represent, so date
//! arithmetic on an in-range date (a week later, a time-zone offset, a session's end) can never
//! overflow. Decoders of stored state and imported files refuse anything outside it with a
//! message naming the date ([`check_date`]); forms do the same.

use chrono::{Datelike, NaiveDate};

/// Earliest year of any date Trellis stores.
pub const MIN_YEAR: i32 = 1900;
/// Latest year of any date Trellis stores.
pub const MAX_YEAR: i32 = 2200;

/// The first date Trellis stores: 1900-01-01.
pub fn first_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(MIN_YEAR, 1, 1).expect("valid date")
}

/// The last date Trellis stores: 2200-12-31.
pub fn last_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(MAX_YEAR, 12, 31).expect("valid date")
}

/// Whether `d` lies in the app's range.
pub fn in_range(d: NaiveDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&d.year())
}

/// `Err` naming `what` and the date when it lies outside the range, e.g. "session 3's date
/// +262142-12-31 is not between 1900-01-01 and 2200-12-31".
pub fn check_date(what: &str, d: NaiveDate) -> Result<(), String> {
    if in_range(d) {
        Ok(())
    } else {
        Err(format!(
            "{what} {d} is not between {} and {}",
            first_date(),
            last_date()
        ))
    }
}

/// `Err` naming `what` and the value when `n` is not in `lo..=hi`.
pub fn check_number<T: PartialOrd + std::fmt::Display>(
    what: &str,
    n: T,
    lo: T,
    hi: T,
) -> Result<(), String> {
    if n >= lo && n <= hi {
        Ok(())
    } else {
        Err(format!("{what} {n} is not between {lo} and {hi}"))
    }
}

/// `Err` naming `what` when a list holds more than `max` items.
pub fn check_count(what: &str, n: usize, max: usize) -> Result<(), String> {
    if n <= max {
        Ok(())
    } else {
        Err(format!("{n} {what}: at most {max} allowed"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(date: NaiveDate, expected: Result<(), &str>) {
        assert_eq!(
            check_date("the date", date),
            expected.map_err(String::from),
            "{date}"
        );
    }

    #[test]
    fn dates_at_and_past_the_edges() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        check(d(1900, 1, 1), Ok(()));
        check(d(2200, 12, 31), Ok(()));
        check(d(2027, 6, 30), Ok(()));
        check(
            d(1899, 12, 31),
            Err("the date 1899-12-31 is not between 1900-01-01 and 2200-12-31"),
        );
        check(
            d(2201, 1, 1),
            Err("the date 2201-01-01 is not between 1900-01-01 and 2200-12-31"),
        );
        check(
            NaiveDate::MAX,
            Err("the date +262142-12-31 is not between 1900-01-01 and 2200-12-31"),
        );
        check(
            NaiveDate::MIN,
            Err("the date -262143-01-01 is not between 1900-01-01 and 2200-12-31"),
        );
        assert_eq!(first_date().to_string(), "1900-01-01");
        assert_eq!(last_date().to_string(), "2200-12-31");
    }

    #[test]
    fn numbers_and_counts() {
        for (n, ok) in [(14u16, false), (15, true), (240, true), (241, false)] {
            assert_eq!(
                check_number("the length", n, 15, 240).is_ok(),
                ok,
                "{n} minutes"
            );
        }
        assert_eq!(
            check_number("the length", 0u16, 15, 240).unwrap_err(),
            "the length 0 is not between 15 and 240"
        );
        assert_eq!(check_count("goals", 200, 200), Ok(()));
        assert_eq!(
            check_count("goals", 201, 200).unwrap_err(),
            "201 goals: at most 200 allowed"
        );
    }
}
