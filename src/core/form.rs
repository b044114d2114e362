//! Form input shared by every domain: the one name for a field problem ([`FieldError`]) and
//! the text forms of dates and numbers as people type them or ids are written.

use chrono::NaiveDate;

/// One problem with one field of a form, a file row or a link: the field it concerns and a
/// sentence saying what is wrong. Every pure check returns all of them at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field it concerns (`"statement"`, `"deadline"`, `"milestones[2].target"`,
    /// `"time_zone"`, …).
    pub field: String,
    pub message: String,
}

impl FieldError {
    /// A problem with `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Every message about exactly `field`, joined by a space, or `None` when there is none: what a
/// form shows under one control.
pub fn messages_for(errors: &[FieldError], field: &str) -> Option<String> {
    let msgs: Vec<&str> = errors
        .iter()
        .filter(|e| e.field == field)
        .map(|e| e.message.as_str())
        .collect();
    (!msgs.is_empty()).then(|| msgs.join(" "))
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Parses an ISO `YYYY-MM-DD` date.
///
/// Hand-written rather than chrono's `parse_from_str`, which would pull chrono's whole
/// format parser into the wasm bundle for this one shape.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.trim().splitn(3, '-');
    let mut num = |len: std::ops::RangeInclusive<usize>| -> Option<u32> {
        let p = parts.next()?;
        (len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
    };
    let (y, m, d) = (num(4..=4)?, num(1..=2)?, num(1..=2)?);
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// Parses a number as typed in a form ("3", "2,5", " 4.5 "); `None` if blank or not finite.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let t = s.trim().replace(',', ".");
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Formats a number without a trailing `.0`.
pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// `n` in base 36 (digits, then lowercase letters), the compact ids are written in.
pub fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii digits")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_for_one_field() {
        let errors = [
            FieldError::new("date", "Pick a date."),
            FieldError::new("time", "Pick a time."),
            FieldError::new("date", "Not in the past."),
            FieldError::new("date[0]", "Not this one."),
        ];
        for (field, want) in [
            ("date", Some("Pick a date. Not in the past.")),
            ("time", Some("Pick a time.")),
            ("zone", None),
        ] {
            assert_eq!(messages_for(&errors, field).as_deref(), want, "{field}");
        }
    }

    #[test]
    fn base_36() {
        for (n, want) in [
            (0, "0"),
            (9, "9"),
            (10, "a"),
            (35, "z"),
            (36, "10"),
            (1_767_225_600_000, "mjuohs00"),
            (u64::MAX, "3w5e11264sgsf"),
        ] {
            assert_eq!(base36(n), want, "{n}");
        }
    }

    #[test]
    fn iso_dates() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        for (s, want) in [
            ("2027-06-30", d(2027, 6, 30)),
            (" 2027-6-3 ", d(2027, 6, 3)),
            ("2028-02-29", d(2028, 2, 29)),
            ("2027-02-29", None),
            ("2027-13-01", None),
            ("27-06-30", None),
            ("2027-06-30-1", None),
            ("2027-06", None),
            ("２０２７-06-30", None),
            ("+2027-06-30", None),
            ("", None),
        ] {
            assert_eq!(parse_iso_date(s), want, "{s:?}");
        }
    }

    #[test]
    fn decimals() {
        for (s, want) in [
            ("3", Some(3.0)),
            ("2,5", Some(2.5)),
            (" 4.5 ", Some(4.5)),
            ("-1", Some(-1.0)),
            ("", None),
            ("  ", None),
            ("three", None),
            ("inf", None),
            ("NaN", None),
            ("1e400", None),
        ] {
            assert_eq!(parse_decimal(s), want, "{s:?}");
        }
    }

    #[test]
    fn numbers_without_a_trailing_zero() {
        for (v, want) in [
            (3.0, "3"),
            (0.0, "0"),
            (-2.0, "-2"),
            (2.5, "2.5"),
            (0.1, "0.1"),
            (1e15, "1000000000000000"),
            (1e16, "10000000000000000"),
        ] {
            assert_eq!(fmt_num(v), want, "{v}");
        }
    }

    #[test]
    fn field_errors_read_as_field_then_message() {
        for (field, message, want) in [
            (
                "time_zone",
                "unknown time zone",
                "time_zone: unknown time zone",
            ),
            (
                "milestones[2].target",
                "Not a date.",
                "milestones[2].target: Not a date.",
            ),
        ] {
            let e = FieldError::new(field, message);
            assert_eq!((e.field.as_str(), e.message.as_str()), (field, message));
            assert_eq!(e.to_string(), want);
        }
    }
}
