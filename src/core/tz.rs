//! Time zones as data: IANA names parsed into rules (chrono-tz), and local wall-clock times
//! turned into instants without ever reading the clock.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
pub use chrono_tz::Tz;

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
    }
}
