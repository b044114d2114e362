//! The range check every decoder of stored or imported state runs ([`crate::core::store::decode`],
//! [`crate::core::sharing::backup::parse`]): every date against the app's range
//! ([`crate::core::time::range`]), every number against what the app's features allow, and
//! every list against its cap. A value JSON can hold but Trellis cannot work with (a session
//! dated `+262142-12-31`, a 0-minute session, 10,000 goals) is refused with a sentence naming
//! where it is, so it never reaches date arithmetic or a page that would have to render it.
//!
//! The caps, stated in the UI (Data page) and enforced here:
//! [`MAX_GOALS`] goals, [`MAX_MILESTONES`] milestones per goal, [`MAX_PLAN_SESSIONS`] sessions
//! per plan, [`MAX_ROWS`] roster mentors.

use chrono::NaiveDate;

pub use crate::core::goals::goal::{MAX_GOALS, MAX_MILESTONES};
use crate::core::mentors::directory::{
    MAX_CAPACITY, MAX_PRICE_PER_MONTH, MAX_WINDOWS, MAX_YEARS_EXPERIENCE,
};
use crate::core::mentors::mentor::Mentor;
pub use crate::core::mentors::roster::MAX_ROWS;
use crate::core::sessions::agreement::MAX_REVIEW_POINTS;
pub use crate::core::sessions::plan::MAX_PLAN_SESSIONS;
use crate::core::sessions::plan::Mentorship;
use crate::core::sessions::schedule::{
    Cadence, EndRule, MAX_SESSION_MINUTES, MAX_SKIPS, MIN_SESSION_MINUTES,
};
use crate::core::store::{AppState, GoalEntry, REVIEW_STEP, Roster};
use crate::core::time::range::{check_count, check_date, check_number};

/// Most problems [`summary`] spells out; the rest are counted.
pub const LISTED_PROBLEMS: usize = 5;

struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, r: Result<(), String>) {
        if let Err(e) = r {
            self.0.push(e);
        }
    }
    fn date(&mut self, what: impl FnOnce() -> String, d: NaiveDate) {
        if !crate::core::time::range::in_range(d) {
            self.add(check_date(&what(), d));
        }
    }
}

/// Every value in `state` outside the app's range, as sentences naming where it is (e.g.
/// "goal 1, session 3's date +262142-12-31 is not between 1900-01-01 and 2200-12-31").
/// Empty means the state is safe to use.
pub fn check_state(state: &AppState) -> Vec<String> {
    let mut p = Problems(Vec::new());
    p.add(check_count("goals", state.goals.len(), MAX_GOALS));
    for (i, g) in state.goals.iter().enumerate() {
        goal(&mut p, &format!("goal {}", i + 1), g);
    }
    if let Some(r) = &state.roster {
        roster(&mut p, r);
    }
    p.0
}

/// Every value in a roster stored under its own key outside the app's range (as
/// [`check_state`] does for a roster inside the state).
pub fn check_roster(r: &Roster) -> Vec<String> {
    let mut p = Problems(Vec::new());
    roster(&mut p, r);
    p.0
}

fn roster(p: &mut Problems, r: &Roster) {
    p.add(check_count(
        "mentors in the roster",
        r.mentors.len(),
        MAX_ROWS,
    ));
    for (i, m) in r.mentors.iter().enumerate() {
        mentor(p, &format!("roster mentor {}", i + 1), m);
    }
}

/// Problems as one sentence: the first [`LISTED_PROBLEMS`] joined, then "and N more".
pub fn summary(problems: &[String]) -> String {
    let mut out = problems
        .iter()
        .take(LISTED_PROBLEMS)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if problems.len() > LISTED_PROBLEMS {
        out.push_str(&format!("; and {} more", problems.len() - LISTED_PROBLEMS));
    }
    out
}

/// The caps in words, as the Data page states them.
pub fn caps_text() -> String {
    format!(
        "A backup file is at most {} MB (this browser keeps about {} million characters) and holds at most {MAX_GOALS} goals, {MAX_MILESTONES} milestones per goal, {MAX_PLAN_SESSIONS} sessions per plan and a roster of {} mentors.",
        3 * crate::core::store::MAX_STORED_UNITS / (1024 * 1024),
        crate::core::store::MAX_STORED_UNITS / 1_000_000,
        thousands(MAX_ROWS)
    )
}

/// 20000 → "20,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn goal(p: &mut Problems, at: &str, g: &GoalEntry) {
    p.add(check_number(
        &format!("{at}'s wizard step"),
        g.step,
        0,
        REVIEW_STEP,
    ));
    p.add(check_count(
        &format!("milestones in {at}"),
        g.draft.milestones.len(),
        MAX_MILESTONES,
    ));
    if let Some(m) = &g.mentor {
        mentor(p, &format!("{at}'s mentor"), m);
    }
    if let Some(m) = &g.mentorship {
        plan(p, at, m);
    }
}

fn mentor(p: &mut Problems, at: &str, m: &Mentor) {
    p.add(check_number(
        &format!("{at}'s years of experience"),
        m.years_experience,
        0,
        MAX_YEARS_EXPERIENCE,
    ));
    p.add(check_number(
        &format!("{at}'s capacity"),
        m.capacity,
        0,
        MAX_CAPACITY,
    ));
    if let Some(price) = m.price_per_month {
        p.add(check_number(
            &format!("{at}'s price per month"),
            price,
            0,
            MAX_PRICE_PER_MONTH,
        ));
    }
    p.add(check_count(
        &format!("availability windows for {at}"),
        m.availability.len(),
        MAX_WINDOWS,
    ));
    for w in &m.availability {
        if w.day > 6 || w.end_min > 1440 || w.start_min >= w.end_min {
            p.0.push(format!(
                "{at} has an availability window (day {}, minutes {} to {}) that is not within one day",
                w.day, w.start_min, w.end_min
            ));
        }
    }
}

fn plan(p: &mut Problems, at: &str, m: &Mentorship) {
    let minutes = |p: &mut Problems, what: String, n: u16| {
        p.add(check_number(
            &what,
            n,
            MIN_SESSION_MINUTES,
            MAX_SESSION_MINUTES,
        ))
    };
    if let Some(a) = &m.agreement {
        minutes(
            p,
            format!("{at}'s agreed session length"),
            a.session_minutes,
        );
        p.date(|| format!("{at}'s agreement start"), a.start);
        p.date(|| format!("{at}'s agreement end"), a.end);
        p.add(check_count(
            &format!("review points in {at}'s agreement"),
            a.review_points.len(),
            MAX_REVIEW_POINTS,
        ));
        for d in &a.review_points {
            p.date(|| format!("a review point of {at}"), *d);
        }
    }
    if let Some(r) = &m.rule {
        p.date(|| format!("{at}'s first scheduled session"), r.start);
        minutes(p, format!("{at}'s schedule session length"), r.minutes);
        match r.cadence {
            Cadence::EveryNWeeks(n) => p.add(check_number(
                &format!("{at}'s schedule week interval"),
                n,
                2,
                4,
            )),
            Cadence::MonthlyDay(d) => p.add(check_number(
                &format!("{at}'s schedule day of the month"),
                d,
                1,
                31,
            )),
            _ => {}
        }
        match r.end {
            EndRule::Count(n) => p.add(check_number(
                &format!("{at}'s schedule session count"),
                usize::from(n),
                1,
                crate::core::sessions::schedule::MAX_OCCURRENCES,
            )),
            EndRule::Until(d) => p.date(|| format!("{at}'s schedule end"), d),
        }
        p.add(check_count(
            &format!("skip dates in {at}'s schedule"),
            r.skips.len(),
            MAX_SKIPS,
        ));
        for d in &r.skips {
            p.date(|| format!("a skip date of {at}"), *d);
        }
    }
    p.add(check_count(
        &format!("sessions in {at}"),
        m.sessions.len(),
        MAX_PLAN_SESSIONS,
    ));
    for (k, s) in m.sessions.iter().enumerate() {
        let at = format!("{at}, session {}", k + 1);
        p.date(|| format!("{at}'s date"), s.date);
        p.date(|| format!("{at}'s original date"), s.original_date);
        minutes(p, format!("{at}'s length in minutes"), s.minutes);
        for a in &s.action_items {
            if let Some(d) = a.due {
                p.date(|| format!("{at}'s action item due date"), d);
            }
        }
        if let Some(f) = &s.feedback {
            p.add(check_number(
                &format!("{at}'s feedback rating"),
                f.rating,
                1,
                5,
            ));
        }
    }
    for w in &m.wins {
        p.date(|| format!("a win of {at}"), w.date);
    }
}

#[cfg(test)]
mod tests;
