//! Recurring session schedules: a [`ScheduleRule`] (cadence, first date, local wall-clock time,
//! the mentee's IANA zone, an end) expanded into concrete [`Occurrence`]s.
//!
//! Rules of the expansion:
//! * Sessions keep their **local wall-clock time in the mentee's zone** across DST changes:
//!   a 09:00 `America/New_York` session is 09:00 in New York all year, so its UTC instant moves
//!   by an hour in March and November. A time that does not exist on a spring-forward day
//!   (02:30 in New York on the second Sunday of March) is moved forward by the gap (03:30), see
//!   [`crate::core::time::tz::local_to_utc`]; an ambiguous autumn time takes the earlier instant.
//! * [`Cadence::MonthlyDay`] past the end of a short month falls on that month's last day
//!   (31 → Apr 30, Feb 28 or Feb 29 in leap years).
//! * Skip dates (holidays, vacations) are simply not produced. **A skipped date does not consume
//!   one of the counted sessions**: with [`EndRule::Count`] the series extends so that exactly
//!   `n` sessions are produced. With [`EndRule::Until`] a skipped date is just missing.
//! * At most [`MAX_OCCURRENCES`] sessions are produced; a rule that would produce more is an
//!   error, never silently cut.
//!
//! Moving or cancelling one session is done on the plan ([`crate::core::sessions::plan::Mentorship`]),
//! not on the rule, so the rest of the series is never touched.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

use crate::core::form::FieldError;
use crate::core::time::calendar::{Nth, clamped_day_of_month, nth_weekday_of_month, weekday_name};
use crate::core::time::tz::{Tz, local_to_utc, parse_zone, utc_to_local};

/// Most sessions a single rule may produce.
pub const MAX_OCCURRENCES: usize = 200;
/// Shortest session, in minutes.
pub const MIN_SESSION_MINUTES: u16 = 15;
/// Longest session, in minutes.
pub const MAX_SESSION_MINUTES: u16 = 240;

/// How often sessions happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cadence {
    /// Every week on the start date's weekday.
    Weekly,
    /// Every 2, 3 or 4 weeks on the start date's weekday.
    EveryNWeeks(u8),
    /// Monthly on e.g. the 2nd Tuesday or the last Friday.
    MonthlyNthWeekday { n: Nth, weekday: Weekday },
    /// Monthly on a day number 1..=31 (clamped to the month's last day).
    MonthlyDay(u8),
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl Cadence {
    /// Human text, used as the agreement's "frequency": "Every week", "Every 2 weeks",
    /// "Monthly on the 2nd Tuesday", "Monthly on the 31st (or the month's last day)".
    pub fn label(&self) -> String {
        match *self {
            Cadence::Weekly => "Every week".into(),
            Cadence::EveryNWeeks(n) => format!("Every {n} weeks"),
            Cadence::MonthlyNthWeekday { n, weekday } => {
                format!("Monthly on the {} {}", n.label(), weekday_name(weekday))
            }
            Cadence::MonthlyDay(d) if d >= 29 => {
                format!(
                    "Monthly on the {} (or the month's last day)",
                    ordinal(d.into())
                )
            }
            Cadence::MonthlyDay(d) => format!("Monthly on the {}", ordinal(d.into())),
        }
    }

    /// The usual gap between sessions in days (monthly counts as 31), for health checks.
    pub fn nominal_days(&self) -> i64 {
        match *self {
            Cadence::Weekly => 7,
            Cadence::EveryNWeeks(n) => 7 * i64::from(n),
            Cadence::MonthlyNthWeekday { .. } | Cadence::MonthlyDay(_) => 31,
        }
    }
}

/// When a series stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EndRule {
    /// Exactly this many sessions (1..=200); skipped dates do not count.
    Count(u16),
    /// Every session on or before this date.
    Until(NaiveDate),
}

/// A recurring schedule, stored as-is in the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleRule {
    pub cadence: Cadence,
    /// First possible session date (weekly cadences also take their weekday from it).
    pub start: NaiveDate,
    /// Wall-clock start time in [`ScheduleRule::zone`].
    pub local_time: NaiveTime,
    pub minutes: u16,
    /// The mentee's IANA time zone; session times are kept in it.
    pub zone: String,
    pub end: EndRule,
    /// Dates on which no session is produced.
    #[serde(default)]
    pub skips: Vec<NaiveDate>,
}

/// One generated session time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    /// 0-based position in the series (skipped dates have no index).
    pub index: usize,
    /// Local date in the mentee's zone.
    pub date: NaiveDate,
    /// Local start in the mentee's zone (normally `date` + the rule's time; later on a
    /// spring-forward day if the time falls in the gap).
    pub local_start: NaiveDateTime,
    pub start_utc: DateTime<Utc>,
    pub end_utc: DateTime<Utc>,
    pub minutes: u16,
}

/// The wall-clock time an occurrence shows in another zone (e.g. the mentor's).
pub fn in_zone(occ: &Occurrence, other_zone: Tz) -> NaiveDateTime {
    utc_to_local(occ.start_utc, other_zone)
}

impl ScheduleRule {
    /// Checks the rule; returns every problem at once and the parsed zone.
    pub fn validate(&self) -> Result<Tz, Vec<FieldError>> {
        let mut problems = Vec::new();
        let tz = match parse_zone(&self.zone) {
            Ok(tz) => Some(tz),
            Err(e) => {
                problems.push(FieldError::new("zone", e));
                None
            }
        };
        if !(1900..=9000).contains(&self.start.year()) {
            problems.push(FieldError::new(
                "start",
                "The first session must be between 1900 and 9000.",
            ));
        }
        match self.cadence {
            Cadence::EveryNWeeks(n) if !(2..=4).contains(&n) => {
                problems.push(FieldError::new("cadence", "Choose every 2, 3 or 4 weeks."))
            }
            Cadence::MonthlyDay(d) if !(1..=31).contains(&d) => problems.push(FieldError::new(
                "cadence",
                "The day of the month must be from 1 to 31.",
            )),
            _ => {}
        }
        if !(MIN_SESSION_MINUTES..=MAX_SESSION_MINUTES).contains(&self.minutes) {
            problems.push(FieldError::new(
                "minutes",
                format!("A session lasts {MIN_SESSION_MINUTES} to {MAX_SESSION_MINUTES} minutes."),
            ));
        }
        match self.end {
            EndRule::Count(n) if n == 0 || usize::from(n) > MAX_OCCURRENCES => {
                problems.push(FieldError::new(
                    "end",
                    format!("Plan between 1 and {MAX_OCCURRENCES} sessions."),
                ))
            }
            EndRule::Until(d) if d < self.start => problems.push(FieldError::new(
                "end",
                "The end date is before the first session.",
            )),
            _ => {}
        }
        match (tz, problems.is_empty()) {
            (Some(tz), true) => Ok(tz),
            _ => Err(problems),
        }
    }

    /// The candidate dates in order, before skips and the end rule. Unbounded; the caller stops.
    fn candidates(&self) -> Box<dyn Iterator<Item = NaiveDate> + '_> {
        let start = self.start;
        let months = move || {
            (0u32..).map_while(move |k| {
                let m0 = start.month0() + k;
                let year = start.year().checked_add((m0 / 12) as i32)?;
                Some((year, m0 % 12 + 1))
            })
        };
        match self.cadence {
            Cadence::Weekly => Box::new((0i64..).map(move |k| start + Duration::weeks(k))),
            Cadence::EveryNWeeks(n) => {
                let step = i64::from(n.max(1));
                Box::new((0i64..).map(move |k| start + Duration::weeks(k * step)))
            }
            Cadence::MonthlyNthWeekday { n, weekday } => Box::new(
                months()
                    .map(move |(y, m)| nth_weekday_of_month(y, m, n, weekday))
                    .filter(move |d| *d >= start),
            ),
            Cadence::MonthlyDay(day) => Box::new(
                months()
                    .map(move |(y, m)| clamped_day_of_month(y, m, day))
                    .filter(move |d| *d >= start),
            ),
        }
    }

    /// The series' dates only (after skips and the end rule), without time-zone work.
    fn dates(&self) -> Result<Vec<NaiveDate>, Vec<FieldError>> {
        let mut out = Vec::new();
        // Every candidate is either produced, skipped (each skip date at most once) or past
        // the end, so this bound is never reached by a valid rule.
        let bound = MAX_OCCURRENCES + self.skips.len() + 2;
        for (seen, d) in self.candidates().enumerate() {
            if seen > bound {
                break;
            }
            match self.end {
                EndRule::Count(n) if out.len() >= usize::from(n) => break,
                EndRule::Until(u) if d > u => break,
                _ => {}
            }
            if self.skips.contains(&d) {
                continue;
            }
            if out.len() == MAX_OCCURRENCES {
                return Err(vec![FieldError::new(
                    "end",
                    format!(
                        "This would plan more than {MAX_OCCURRENCES} sessions; choose an earlier end date."
                    ),
                )]);
            }
            out.push(d);
        }
        Ok(out)
    }
}

/// The session instant for a local date and wall-clock time in `tz`.
pub fn occurrence_at(
    index: usize,
    date: NaiveDate,
    time: NaiveTime,
    minutes: u16,
    tz: Tz,
) -> Occurrence {
    let start_utc = local_to_utc(date.and_time(time), tz);
    Occurrence {
        index,
        date,
        local_start: utc_to_local(start_utc, tz),
        start_utc,
        end_utc: start_utc + Duration::minutes(i64::from(minutes)),
        minutes,
    }
}

/// Expands a rule into its sessions (see the module docs for the rules).
pub fn generate(rule: &ScheduleRule) -> Result<Vec<Occurrence>, Vec<FieldError>> {
    let tz = rule.validate()?;
    let dates = rule.dates()?;
    Ok(dates
        .into_iter()
        .enumerate()
        .map(|(i, d)| occurrence_at(i, d, rule.local_time, rule.minutes, tz))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    fn t(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }
    fn rule(cadence: Cadence, start: &str, time: &str, zone: &str, end: EndRule) -> ScheduleRule {
        ScheduleRule {
            cadence,
            start: d(start),
            local_time: t(time),
            minutes: 60,
            zone: zone.into(),
            end,
            skips: vec![],
        }
    }

    /// Data-driven check: the series' local dates.
    fn check_dates(r: &ScheduleRule, expected: &[&str]) {
        let got: Vec<String> = generate(r)
            .unwrap()
            .iter()
            .map(|o| o.date.to_string())
            .collect();
        assert_eq!(got, expected, "dates for {r:?}");
    }

    /// Data-driven check: `(local date, UTC instant as "YYYY-MM-DD HH:MM")` pairs.
    fn check_utc(r: &ScheduleRule, expected: &[(&str, &str)]) {
        let got: Vec<(String, String)> = generate(r)
            .unwrap()
            .iter()
            .map(|o| {
                (
                    o.date.to_string(),
                    o.start_utc.format("%Y-%m-%d %H:%M").to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "UTC instants for {r:?}");
        for o in generate(r).unwrap() {
            if o.local_start.time() == r.local_time {
                assert_eq!(o.local_start.date(), o.date);
            }
        }
    }

    #[test]
    fn new_york_march_and_november_keep_nine_local() {
        let r = rule(
            Cadence::Weekly,
            "2027-03-07",
            "09:00",
            "America/New_York",
            EndRule::Count(3),
        );
        // DST starts 2027-03-14.
        check_utc(
            &r,
            &[
                ("2027-03-07", "2027-03-07 14:00"),
                ("2027-03-14", "2027-03-14 13:00"),
                ("2027-03-21", "2027-03-21 13:00"),
            ],
        );
        let r = rule(
            Cadence::Weekly,
            "2027-10-31",
            "09:00",
            "America/New_York",
            EndRule::Count(2),
        );
        // DST ends 2027-11-07.
        check_utc(
            &r,
            &[
                ("2027-10-31", "2027-10-31 13:00"),
                ("2027-11-07", "2027-11-07 14:00"),
            ],
        );
    }

    #[test]
    fn london_spring_and_autumn() {
        let r = rule(
            Cadence::Weekly,
            "2027-03-21",
            "18:30",
            "Europe/London",
            EndRule::Count(2),
        );
        // BST starts 2027-03-28.
        check_utc(
            &r,
            &[
                ("2027-03-21", "2027-03-21 18:30"),
                ("2027-03-28", "2027-03-28 17:30"),
            ],
        );
        let r = rule(
            Cadence::EveryNWeeks(2),
            "2027-10-24",
            "08:00",
            "Europe/London",
            EndRule::Count(2),
        );
        // BST ends 2027-10-31.
        check_utc(
            &r,
            &[
                ("2027-10-24", "2027-10-24 07:00"),
                ("2027-11-07", "2027-11-07 08:00"),
            ],
        );
    }

    #[test]
    fn sydney_april_and_october() {
        // AEDT (+11) ends 2027-04-04; AEST (+10) until 2027-10-03.
        let r = rule(
            Cadence::Weekly,
            "2027-03-28",
            "10:00",
            "Australia/Sydney",
            EndRule::Count(2),
        );
        check_utc(
            &r,
            &[
                ("2027-03-28", "2027-03-27 23:00"),
                ("2027-04-04", "2027-04-04 00:00"),
            ],
        );
        let r = rule(
            Cadence::Weekly,
            "2027-09-26",
            "10:00",
            "Australia/Sydney",
            EndRule::Count(2),
        );
        check_utc(
            &r,
            &[
                ("2027-09-26", "2027-09-26 00:00"),
                ("2027-10-03", "2027-10-02 23:00"),
            ],
        );
    }

    #[test]
    fn half_and_three_quarter_hour_zones() {
        let r = rule(
            Cadence::Weekly,
            "2027-01-05",
            "09:00",
            "Asia/Kolkata",
            EndRule::Count(1),
        );
        check_utc(&r, &[("2027-01-05", "2027-01-05 03:30")]);
        let r = rule(
            Cadence::Weekly,
            "2027-01-05",
            "09:00",
            "Asia/Kathmandu",
            EndRule::Count(1),
        );
        check_utc(&r, &[("2027-01-05", "2027-01-05 03:15")]);
        // Adelaide: +10:30 in summer, +09:30 from 2027-04-04.
        let r = rule(
            Cadence::Weekly,
            "2027-03-28",
            "09:00",
            "Australia/Adelaide",
            EndRule::Count(2),
        );
        check_utc(
            &r,
            &[
                ("2027-03-28", "2027-03-27 22:30"),
                ("2027-04-04", "2027-04-03 23:30"),
            ],
        );
    }

    #[test]
    fn mentor_sees_own_local_time() {
        let r = rule(
            Cadence::Weekly,
            "2027-03-07",
            "09:00",
            "America/New_York",
            EndRule::Count(4),
        );
        let london = parse_zone("Europe/London").unwrap();
        let shown: Vec<String> = generate(&r)
            .unwrap()
            .iter()
            .map(|o| in_zone(o, london).format("%m-%d %H:%M").to_string())
            .collect();
        // US moves on 03-14, UK only on 03-28: two weeks at a 4-hour gap.
        assert_eq!(
            shown,
            ["03-07 14:00", "03-14 13:00", "03-21 13:00", "03-28 14:00"]
        );
    }

    #[test]
    fn spring_forward_gap_moves_later() {
        let r = rule(
            Cadence::Weekly,
            "2027-03-14",
            "02:30",
            "America/New_York",
            EndRule::Count(1),
        );
        let o = &generate(&r).unwrap()[0];
        assert_eq!(o.local_start.time(), t("03:30"));
        assert_eq!(o.start_utc.format("%H:%M").to_string(), "07:30");
    }

    #[test]
    fn monthly_second_tuesday_and_last_friday() {
        let r = rule(
            Cadence::MonthlyNthWeekday {
                n: Nth::Second,
                weekday: Weekday::Tue,
            },
            "2027-01-01",
            "17:00",
            "Europe/Berlin",
            EndRule::Count(4),
        );
        check_dates(
            &r,
            &["2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13"],
        );
        let r = rule(
            Cadence::MonthlyNthWeekday {
                n: Nth::Last,
                weekday: Weekday::Fri,
            },
            "2027-01-30",
            "17:00",
            "Europe/Berlin",
            EndRule::Until(d("2027-06-30")),
        );
        // January's last Friday (29th) is before the start, so February is first.
        check_dates(
            &r,
            &[
                "2027-02-26",
                "2027-03-26",
                "2027-04-30",
                "2027-05-28",
                "2027-06-25",
            ],
        );
        let r = rule(
            Cadence::MonthlyNthWeekday {
                n: Nth::Fourth,
                weekday: Weekday::Sun,
            },
            "2027-11-01",
            "17:00",
            "UTC",
            EndRule::Count(3),
        );
        check_dates(&r, &["2027-11-28", "2027-12-26", "2028-01-23"]);
    }

    #[test]
    fn month_ends_and_leap_day() {
        let r = rule(
            Cadence::MonthlyDay(31),
            "2027-12-31",
            "12:00",
            "UTC",
            EndRule::Count(5),
        );
        check_dates(
            &r,
            &[
                "2027-12-31",
                "2028-01-31",
                "2028-02-29",
                "2028-03-31",
                "2028-04-30",
            ],
        );
        let r = rule(
            Cadence::MonthlyDay(30),
            "2027-01-30",
            "12:00",
            "UTC",
            EndRule::Count(3),
        );
        check_dates(&r, &["2027-01-30", "2027-02-28", "2027-03-30"]);
        let r = rule(
            Cadence::MonthlyDay(29),
            "2028-01-29",
            "12:00",
            "UTC",
            EndRule::Count(2),
        );
        check_dates(&r, &["2028-01-29", "2028-02-29"]);
        // Weekly across the leap day.
        let r = rule(
            Cadence::Weekly,
            "2028-02-22",
            "12:00",
            "UTC",
            EndRule::Count(3),
        );
        check_dates(&r, &["2028-02-22", "2028-02-29", "2028-03-07"]);
    }

    #[test]
    fn skips_extend_counted_series() {
        let mut r = rule(
            Cadence::EveryNWeeks(2),
            "2027-12-14",
            "09:00",
            "UTC",
            EndRule::Count(3),
        );
        r.skips = vec![d("2027-12-28"), d("2027-12-28"), d("2030-01-01")];
        check_dates(&r, &["2027-12-14", "2028-01-11", "2028-01-25"]);
        r.end = EndRule::Until(d("2028-01-11"));
        check_dates(&r, &["2027-12-14", "2028-01-11"]);
        let o = generate(&r).unwrap();
        assert_eq!(o.iter().map(|o| o.index).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn caps_and_errors() {
        let mut r = rule(
            Cadence::Weekly,
            "2027-01-01",
            "09:00",
            "UTC",
            EndRule::Count(200),
        );
        assert_eq!(generate(&r).unwrap().len(), 200);
        r.end = EndRule::Count(201);
        assert!(generate(&r).is_err());
        r.end = EndRule::Until(d("2035-01-01"));
        let e = generate(&r).unwrap_err();
        assert!(e[0].message.contains("more than 200"));
        r.end = EndRule::Until(d("2030-01-01"));
        assert_eq!(generate(&r).unwrap().len(), 157);
        let bad = ScheduleRule {
            cadence: Cadence::EveryNWeeks(5),
            minutes: 5,
            zone: "Nowhere/Else".into(),
            end: EndRule::Count(0),
            ..r
        };
        let fields: Vec<String> = generate(&bad)
            .unwrap_err()
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["zone", "cadence", "minutes", "end"]);
        let far = ScheduleRule {
            start: NaiveDate::from_ymd_opt(262_000, 1, 1).unwrap(),
            cadence: Cadence::MonthlyDay(31),
            end: EndRule::Count(200),
            ..rule(
                Cadence::Weekly,
                "2027-01-01",
                "09:00",
                "UTC",
                EndRule::Count(1),
            )
        };
        assert_eq!(generate(&far).unwrap_err()[0].field, "start");
    }

    #[test]
    fn labels_and_serde() {
        assert_eq!(
            Cadence::MonthlyNthWeekday {
                n: Nth::Second,
                weekday: Weekday::Tue
            }
            .label(),
            "Monthly on the 2nd Tuesday"
        );
        assert_eq!(Cadence::MonthlyDay(22).label(), "Monthly on the 22nd");
        assert_eq!(Cadence::EveryNWeeks(3).label(), "Every 3 weeks");
        let r = rule(
            Cadence::MonthlyNthWeekday {
                n: Nth::Last,
                weekday: Weekday::Fri,
            },
            "2027-01-01",
            "09:00",
            "UTC",
            EndRule::Until(d("2027-05-01")),
        );
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<ScheduleRule>(&json).unwrap(), r);
    }
}
