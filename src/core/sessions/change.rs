//! What a schedule change did, in the words a mentee reads after pressing a button:
//! "15 Dec skipped; a session added on 23 Mar keeps the series at 8 sessions." It compares the
//! plan before and after (sessions by their stable id, and the rule's skip dates), so it only
//! says "re-timed" when a time really changed.

use chrono::NaiveDate;

use crate::core::sessions::plan::{Mentorship, Session};
use crate::core::time::datefmt::{day_date, day_month, hm};

/// "15 Dec", "15 Dec and 22 Dec", "1 Dec, 8 Dec and 15 Dec".
fn dates(ds: &[NaiveDate]) -> String {
    let names: Vec<String> = ds.iter().copied().map(day_month).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn sessions(n: usize) -> String {
    if n == 1 {
        "1 session".into()
    } else {
        format!("{n} sessions")
    }
}

fn skips(m: &Mentorship) -> Vec<NaiveDate> {
    m.rule.as_ref().map(|r| r.skips.clone()).unwrap_or_default()
}

/// Describes what changed between `before` and `after` (the same mentorship around one
/// Generate, Regenerate, skip or un-skip).
pub fn describe_change(before: &Mentorship, after: &Mentorship) -> String {
    let (b, a) = (&before.sessions, &after.sessions);
    if b.is_empty() {
        return match (a.first(), a.last()) {
            (Some(first), Some(last)) if a.len() > 1 => format!(
                "{} planned, {} to {}.",
                sessions(a.len()),
                day_date(first.date),
                day_date(last.date)
            ),
            (Some(only), _) => format!("1 session planned, {}.", day_date(only.date)),
            _ => "No sessions planned.".into(),
        };
    }
    let find = |list: &[Session], id: &str| list.iter().find(|s| s.id == id).cloned();
    let (old_skips, new_skips) = (skips(before), skips(after));
    let skipped: Vec<NaiveDate> = new_skips
        .iter()
        .copied()
        .filter(|d| !old_skips.contains(d))
        .collect();
    let unskipped: Vec<NaiveDate> = old_skips
        .iter()
        .copied()
        .filter(|d| !new_skips.contains(d))
        .collect();
    let mut added: Vec<NaiveDate> = a
        .iter()
        .filter(|s| find(b, &s.id).is_none())
        .map(|s| s.date)
        .collect();
    // A session that went away because its date is now skipped is told by "skipped".
    let removed: Vec<NaiveDate> = b
        .iter()
        .filter(|s| find(a, &s.id).is_none() && !skipped.contains(&s.date))
        .map(|s| s.date)
        .collect();
    // Un-skipping brings a date back: told by "no longer skipped".
    added.retain(|d| !unskipped.contains(d));
    let retimed: Vec<&Session> = a
        .iter()
        .filter(|s| {
            find(b, &s.id).is_some_and(|old| {
                (old.date, old.local_time, old.minutes) != (s.date, s.local_time, s.minutes)
            })
        })
        .collect();

    let mut parts = Vec::new();
    if !skipped.is_empty() {
        parts.push(format!("{} skipped", dates(&skipped)));
    }
    if !unskipped.is_empty() {
        parts.push(format!("{} no longer skipped", dates(&unskipped)));
    }
    let same_count = a.len() == b.len();
    if !added.is_empty() {
        let what = if added.len() == 1 {
            format!("a session added on {}", dates(&added))
        } else {
            format!("{} added ({})", sessions(added.len()), dates(&added))
        };
        parts.push(what);
    }
    if !removed.is_empty() {
        parts.push(if removed.len() == 1 {
            format!("the session on {} removed", dates(&removed))
        } else {
            format!("{} removed ({})", sessions(removed.len()), dates(&removed))
        });
    }
    if !retimed.is_empty() {
        let first = retimed[0];
        let all_alike = retimed
            .iter()
            .all(|s| (s.local_time, s.minutes) == (first.local_time, first.minutes));
        parts.push(if all_alike {
            format!(
                "{} now at {} for {} minutes",
                sessions(retimed.len()),
                hm(&first.local_time),
                first.minutes
            )
        } else {
            format!("{} re-timed", sessions(retimed.len()))
        });
    }
    if parts.is_empty() {
        return format!(
            "Nothing changed: the schedule already holds these {}.",
            sessions(a.len())
        );
    }
    let mut text = parts.join("; ");
    if !added.is_empty() && same_count && parts.len() > 1 {
        text.push_str(&format!(
            " {} the series at {}",
            if added.len() == 1 { "keeps" } else { "keep" },
            sessions(a.len())
        ));
    } else if same_count {
        text.push_str(&format!("; still {}", sessions(a.len())));
    } else {
        text.push_str(&format!("; {} in all", sessions(a.len())));
    }
    text.push('.');
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sessions::plan::SessionStatus;
    use crate::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};
    use chrono::NaiveTime;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn rule(time: &str, minutes: u16, end: EndRule, skips: &[&str]) -> ScheduleRule {
        ScheduleRule {
            cadence: Cadence::EveryNWeeks(2),
            start: d("2026-12-01"),
            local_time: NaiveTime::parse_from_str(time, "%H:%M").unwrap(),
            minutes,
            zone: "Europe/London".into(),
            end,
            skips: skips.iter().map(|s| d(s)).collect(),
        }
    }

    /// A plan with a first rule applied, then (maybe) an edit, then a second rule: the message.
    fn check(
        first: Option<ScheduleRule>,
        edit: fn(&mut Mentorship),
        second: ScheduleRule,
        want: &str,
    ) {
        let today = d("2026-12-01");
        let mut m = Mentorship::new("p");
        if let Some(r) = first {
            m.regenerate(r, today).unwrap();
        }
        edit(&mut m);
        let before = m.clone();
        m.regenerate(second, today).unwrap();
        assert_eq!(describe_change(&before, &m), want);
    }

    #[test]
    fn says_what_happened() {
        let none: fn(&mut Mentorship) = |_| {};
        let eight = EndRule::Count(8);
        // Sessions every 2 weeks from Tue 1 Dec 2026: 1 Dec, 15 Dec, 29 Dec, 12 Jan, 26 Jan,
        // 9 Feb, 23 Feb, 9 Mar; a skip adds 23 Mar.
        check(
            None,
            none,
            rule("18:00", 45, eight, &[]),
            "8 sessions planned, Tue 1 December 2026 to Tue 9 March 2027.",
        );
        check(
            None,
            none,
            rule("18:00", 45, EndRule::Count(1), &[]),
            "1 session planned, Tue 1 December 2026.",
        );
        check(
            Some(rule("18:00", 45, eight, &[])),
            none,
            rule("18:00", 45, eight, &["2026-12-15"]),
            "15 Dec skipped; a session added on 23 Mar keeps the series at 8 sessions.",
        );
        check(
            Some(rule("18:00", 45, eight, &["2026-12-15"])),
            none,
            rule("18:00", 45, eight, &[]),
            "15 Dec no longer skipped; the session on 23 Mar removed; still 8 sessions.",
        );
        check(
            Some(rule("18:00", 45, eight, &[])),
            none,
            rule("18:00", 45, eight, &["2026-12-15", "2026-12-29"]),
            "15 Dec and 29 Dec skipped; 2 sessions added (23 Mar and 6 Apr) keep the series at 8 sessions.",
        );
        // A skip on a date with no session changes nothing else.
        check(
            Some(rule("18:00", 45, eight, &[])),
            none,
            rule("18:00", 45, eight, &["2026-12-16"]),
            "16 Dec skipped; still 8 sessions.",
        );
        // Until-series: a skipped date is just missing.
        let until = EndRule::Until(d("2027-01-12"));
        check(
            Some(rule("18:00", 45, until, &[])),
            none,
            rule("18:00", 45, until, &["2026-12-29"]),
            "29 Dec skipped; 3 sessions in all.",
        );
        // A new time: re-timed only because the time changed.
        check(
            Some(rule("18:00", 45, EndRule::Count(3), &[])),
            none,
            rule("09:30", 60, EndRule::Count(3), &[]),
            "3 sessions now at 09:30 for 60 minutes; still 3 sessions.",
        );
        check(
            Some(rule("18:00", 45, EndRule::Count(3), &[])),
            none,
            rule("18:00", 45, EndRule::Count(5), &[]),
            "2 sessions added (12 Jan and 26 Jan); 5 sessions in all.",
        );
        check(
            Some(rule("18:00", 45, EndRule::Count(3), &[])),
            none,
            rule("18:00", 45, EndRule::Count(3), &[]),
            "Nothing changed: the schedule already holds these 3 sessions.",
        );
        // A session with notes is kept as it was, not re-timed.
        check(
            Some(rule("18:00", 45, EndRule::Count(2), &[])),
            |m| m.sessions[0].status = SessionStatus::Held,
            rule("19:00", 45, EndRule::Count(2), &[]),
            "1 session now at 19:00 for 45 minutes; still 2 sessions.",
        );
    }
}
