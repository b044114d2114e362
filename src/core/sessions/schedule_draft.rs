//! The schedule form as the mentee typed it — the raw stage before a [`ScheduleRule`].
//!
//! Every field is text, exactly as the form holds it, so it is stored (with the goal) while the
//! mentee edits and nothing typed is lost on reload or when they switch tabs before generating.
//! [`ScheduleDraft::to_rule`] turns it into a validated rule or returns every problem at once.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::core::form::{FieldError, parse_iso_date};
use crate::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};
use crate::core::time::calendar::{Nth, WEEKDAYS};
use crate::core::time::datefmt;

/// The schedule form's fields as text. Keys of the select fields: `cadence` is `weekly`, `2w`,
/// `3w`, `4w`, `nth` or `day`; `nth` is `1`–`4` or `last`; `weekday` is `0` (Monday)–`6`;
/// `end_kind` is `count` or `until`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ScheduleDraft {
    pub cadence: String,
    pub nth: String,
    pub weekday: String,
    pub day: String,
    pub start: String,
    pub time: String,
    pub minutes: String,
    pub zone: String,
    pub end_kind: String,
    pub count: String,
    pub until: String,
}

impl ScheduleDraft {
    /// A fresh form: every two weeks from `start` at 18:00 for 12 sessions, in `zone`.
    pub fn default_for(start: NaiveDate, minutes: Option<u16>, zone: &str) -> ScheduleDraft {
        ScheduleDraft {
            cadence: "2w".into(),
            nth: "1".into(),
            weekday: start.weekday().num_days_from_monday().to_string(),
            day: start.day().to_string(),
            start: start.to_string(),
            time: "18:00".into(),
            minutes: minutes.unwrap_or(60).to_string(),
            zone: zone.into(),
            end_kind: "count".into(),
            count: "12".into(),
            until: String::new(),
        }
    }

    /// The form showing an existing rule.
    pub fn from_rule(r: &ScheduleRule) -> ScheduleDraft {
        let mut f = ScheduleDraft {
            time: datefmt::hm(&r.local_time),
            ..ScheduleDraft::default_for(r.start, Some(r.minutes), &r.zone)
        };
        match r.cadence {
            Cadence::Weekly => f.cadence = "weekly".into(),
            Cadence::EveryNWeeks(n) => f.cadence = format!("{n}w"),
            Cadence::MonthlyNthWeekday { n, weekday } => {
                f.cadence = "nth".into();
                f.nth = match n {
                    Nth::Last => "last".into(),
                    n => (1..=4u8)
                        .find(|k| Nth::from_number(*k) == Some(n))
                        .unwrap_or(1)
                        .to_string(),
                };
                f.weekday = weekday.num_days_from_monday().to_string();
            }
            Cadence::MonthlyDay(d) => {
                f.cadence = "day".into();
                f.day = d.to_string();
            }
        }
        match r.end {
            EndRule::Count(n) => {
                f.end_kind = "count".into();
                f.count = n.to_string();
            }
            EndRule::Until(d) => {
                f.end_kind = "until".into();
                f.until = d.to_string();
            }
        }
        f
    }

    /// The rule, or every problem at once (each with the form field it concerns).
    pub fn to_rule(&self, skips: Vec<NaiveDate>) -> Result<ScheduleRule, Vec<FieldError>> {
        let mut errs = Vec::new();
        let mut e = |field: &str, msg: &str| {
            errs.push(FieldError {
                field: field.into(),
                message: msg.into(),
            })
        };
        let start = parse_iso_date(&self.start);
        if start.is_none() {
            e("start", "Choose the date of the first session.");
        }
        let time = datefmt::parse_hm(&self.time);
        if time.is_none() {
            e("time", "Choose a start time (HH:MM).");
        }
        let minutes = self.minutes.trim().parse::<u16>().ok();
        if minutes.is_none() {
            e("minutes", "Write the session length in minutes.");
        }
        let weekday = self
            .weekday
            .parse::<usize>()
            .ok()
            .and_then(|i| WEEKDAYS.get(i).copied())
            .unwrap_or(Weekday::Mon);
        let cadence = match self.cadence.as_str() {
            "weekly" => Some(Cadence::Weekly),
            "2w" => Some(Cadence::EveryNWeeks(2)),
            "3w" => Some(Cadence::EveryNWeeks(3)),
            "4w" => Some(Cadence::EveryNWeeks(4)),
            "nth" => {
                let n = if self.nth == "last" {
                    Some(Nth::Last)
                } else {
                    self.nth.parse::<u8>().ok().and_then(Nth::from_number)
                };
                n.map(|n| Cadence::MonthlyNthWeekday { n, weekday })
            }
            "day" => self.day.trim().parse::<u8>().ok().map(Cadence::MonthlyDay),
            _ => None,
        };
        if cadence.is_none() {
            e("cadence", "Choose how often you meet.");
        }
        let end = if self.end_kind == "until" {
            let d = parse_iso_date(&self.until).map(EndRule::Until);
            if d.is_none() {
                e("end", "Choose the date of the last session.");
            }
            d
        } else {
            let n = self.count.trim().parse::<u16>().ok().map(EndRule::Count);
            if n.is_none() {
                e("end", "Write how many sessions to plan.");
            }
            n
        };
        let (Some(start), Some(local_time), Some(minutes), Some(cadence), Some(end)) =
            (start, time, minutes, cadence, end)
        else {
            return Err(errs);
        };
        let rule = ScheduleRule {
            cadence,
            start,
            local_time,
            minutes,
            zone: self.zone.trim().to_string(),
            end,
            skips,
        };
        match rule.validate() {
            Ok(_) if errs.is_empty() => Ok(rule),
            Ok(_) => Err(errs),
            Err(more) => {
                errs.extend(more);
                Err(errs)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap()
    }

    fn draft() -> ScheduleDraft {
        ScheduleDraft::default_for(date("2027-01-12"), Some(45), "Europe/London")
    }

    /// The fields `to_rule` reports for `edit` applied to a valid draft (empty: it is valid).
    fn check(edit: impl FnOnce(&mut ScheduleDraft), fields: &[&str]) {
        let mut d = draft();
        edit(&mut d);
        let got: Vec<String> = match d.to_rule(Vec::new()) {
            Ok(_) => Vec::new(),
            Err(e) => e.into_iter().map(|e| e.field).collect(),
        };
        assert_eq!(got, fields, "{d:?}");
    }

    #[test]
    fn every_problem_at_once() {
        check(|_| {}, &[]);
        check(|d| d.time = "25:00".into(), &["time"]);
        check(|d| d.minutes = "an hour".into(), &["minutes"]);
        check(|d| d.cadence = "daily".into(), &["cadence"]);
        check(|d| d.zone = "Mars/Olympus".into(), &["zone"]);
        check(
            |d| {
                d.start = String::new();
                d.time = String::new();
                d.end_kind = "until".into();
                d.until = "soon".into();
            },
            &["start", "time", "end"],
        );
        check(
            |d| {
                d.cadence = "nth".into();
                d.nth = "last".into();
                d.weekday = "1".into();
            },
            &[],
        );
        check(
            |d| {
                d.cadence = "day".into();
                d.day = "31".into();
            },
            &[],
        );
    }

    #[test]
    fn rule_round_trips_through_the_form() {
        for edit in [
            (|_: &mut ScheduleDraft| {}) as fn(&mut ScheduleDraft),
            |d| d.cadence = "weekly".into(),
            |d| d.cadence = "4w".into(),
            |d| {
                d.cadence = "nth".into();
                d.nth = "last".into();
                d.weekday = "4".into();
            },
            |d| {
                d.cadence = "nth".into();
                d.nth = "2".into();
                d.weekday = "1".into();
            },
            |d| {
                d.cadence = "day".into();
                d.day = "31".into();
                d.end_kind = "until".into();
                d.until = "2027-12-31".into();
            },
        ] {
            let mut d = draft();
            edit(&mut d);
            let rule = d.to_rule(vec![date("2027-02-09")]).unwrap();
            let back = ScheduleDraft::from_rule(&rule);
            assert_eq!(back.to_rule(rule.skips.clone()).unwrap(), rule, "{d:?}");
        }
    }

    #[test]
    fn stored_text_decodes_even_when_partial() {
        let d: ScheduleDraft = serde_json::from_str(r#"{"time":"7:3","zone":"UTC"}"#).unwrap();
        assert_eq!(d.time, "7:3");
        assert_eq!(d.cadence, "");
        assert!(d.to_rule(Vec::new()).is_err());
    }
}
