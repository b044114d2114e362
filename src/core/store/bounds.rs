//! The range check every decoder of stored or imported state runs ([`crate::core::store::decode`],
//! [`crate::core::sharing::backup::parse`]): every date against the app's range
//! ([`crate::core::time::range`]), every number against what the app's features allow, and
//! every list against its cap. A value JSON can hold but Trellis cannot work with (a session
//! dated `+262142-12-31`, a 0-minute session, 10,000 goals) is refused with a sentence naming
//! where it is, so it never reaches date arithmetic or a page that would have to render it.
//!
//! The caps, stated in the UI (Data page) and enforced here:
//! [`MAX_GOALS`] goals, [`MAX_MILESTONES`] milestones per goal, [`MAX_PLAN_SESSIONS`] sessions
//! per plan, [`MAX_ROWS`] roster mentors; and for what the mentor's side and micro-mentoring
//! keep: [`MAX_MENTOR_COPIES`] plans mentored, each copy's link at most [`MAX_COPY_LINK`]
//! characters, a reply draft of at most [`MAX_DRAFT_LINES`] agenda lines, [`MAX_DRAFT_ACTIONS`]
//! new action items, [`MAX_DRAFT_DONE`] ticked ones and a note of [`MAX_MENTOR_NOTE`]
//! characters; [`MAX_MENTOR_NOTES`] notes from the mentor per plan (each at most
//! [`MAX_MENTOR_NOTE`] characters), [`MAX_REMOVED_AGENDA`] removed agenda lines remembered per
//! session; a micro plan's question and follow-up at most [`MAX_MICRO_TEXT`] characters, its
//! form's fields at most [`MAX_TEXT`].
//!
//! They are enforced on decode (every decoder runs [`check_state`]) and on write: the one
//! writer (`ui::storage`) refuses a state [`check_writable`] finds a problem in, and the code
//! that grows these lists stops at the cap ([`crate::core::sharing::reply::apply`], the
//! mentor's copies in [`crate::core::sharing::mentoring`]).

use chrono::NaiveDate;

pub use crate::core::goals::goal::MAX_TEXT;
pub use crate::core::goals::goal::{MAX_GOALS, MAX_MILESTONES};
use crate::core::mentors::directory::{
    MAX_CAPACITY, MAX_PRICE_PER_MONTH, MAX_WINDOWS, MAX_YEARS_EXPERIENCE,
};
use crate::core::mentors::mentor::Mentor;
pub use crate::core::mentors::roster::MAX_ROWS;
use crate::core::sessions::agreement::MAX_REVIEW_POINTS;
pub use crate::core::sessions::micro::MAX_MICRO_TEXT;
use crate::core::sessions::plan::Mentorship;
pub use crate::core::sessions::plan::{
    MAX_MENTOR_NOTE, MAX_MENTOR_NOTES, MAX_PLAN_SESSIONS, MAX_REMOVED_AGENDA,
};
use crate::core::sessions::schedule::{
    Cadence, EndRule, MAX_SESSION_MINUTES, MAX_SKIPS, MIN_SESSION_MINUTES,
};
use crate::core::store::{AppState, GoalEntry, MentorCopy, REVIEW_STEP, Roster};
pub use crate::core::store::{
    MAX_COPY_LINK, MAX_DRAFT_ACTIONS, MAX_DRAFT_DONE, MAX_DRAFT_LINES, MAX_MENTOR_COPIES,
};
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
    /// A text of at most `max` characters.
    fn text(&mut self, what: impl FnOnce() -> String, s: &str, max: usize) {
        let n = s.chars().count();
        if n > max {
            self.0.push(format!(
                "{} is {n} characters long: at most {max} allowed",
                what()
            ));
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
    mentoring(&mut p, &state.mentoring);
    p.0
}

/// What [`check_state`] finds, without the roster (checked when it is imported, and stored
/// under its own key): the one writer runs it before every save, so nothing is written that
/// would not read back.
pub fn check_writable(state: &AppState) -> Vec<String> {
    let mut p = Problems(Vec::new());
    p.add(check_count("goals", state.goals.len(), MAX_GOALS));
    for (i, g) in state.goals.iter().enumerate() {
        goal(&mut p, &format!("goal {}", i + 1), g);
    }
    mentoring(&mut p, &state.mentoring);
    p.0
}

fn mentoring(p: &mut Problems, copies: &[MentorCopy]) {
    p.add(check_count(
        "plans you mentor",
        copies.len(),
        MAX_MENTOR_COPIES,
    ));
    for (i, c) in copies.iter().enumerate() {
        let at = format!("mentored plan {}", i + 1);
        p.text(|| format!("{at}'s link"), &c.link, MAX_COPY_LINK);
        let r = &c.reply;
        if let Some(lines) = &r.agenda {
            p.add(check_count(
                &format!("agenda lines in {at}'s reply"),
                lines.len(),
                MAX_DRAFT_LINES,
            ));
        }
        p.add(check_count(
            &format!("new action items in {at}'s reply"),
            r.actions.len(),
            MAX_DRAFT_ACTIONS,
        ));
        for a in &r.actions {
            if let Some(d) = a.due {
                p.date(|| format!("an action item due date in {at}'s reply"), d);
            }
        }
        p.add(check_count(
            &format!("action items ticked done in {at}'s reply"),
            r.done.len(),
            MAX_DRAFT_DONE,
        ));
        p.text(|| format!("{at}'s reply note"), &r.note, MAX_MENTOR_NOTE);
    }
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
    if let Some(d) = &g.micro_draft {
        for (what, v) in [
            ("question", &d.question),
            ("follow-up", &d.follow_up),
            ("date", &d.date),
            ("time", &d.time),
            ("length", &d.minutes),
            ("time zone", &d.zone),
            ("report-back date", &d.report_by),
        ] {
            p.text(
                || format!("{at}'s micro-mentoring {what} as typed"),
                v,
                MAX_TEXT,
            );
        }
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
        p.add(check_count(
            &format!("removed agenda lines remembered in {at}"),
            s.removed_agenda.len(),
            MAX_REMOVED_AGENDA,
        ));
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
    p.add(check_count(
        &format!("notes from the mentor in {at}"),
        m.mentor_notes.len(),
        MAX_MENTOR_NOTES,
    ));
    for n in &m.mentor_notes {
        p.text(
            || format!("a note from the mentor in {at}"),
            &n.text,
            MAX_MENTOR_NOTE,
        );
    }
    if let Some(micro) = &m.micro {
        p.text(
            || format!("{at}'s micro-mentoring question"),
            &micro.question,
            MAX_MICRO_TEXT,
        );
        p.text(
            || format!("{at}'s micro-mentoring follow-up"),
            &micro.follow_up,
            MAX_MICRO_TEXT,
        );
        p.date(|| format!("{at}'s report-back date"), micro.report_by);
    }
}

#[cfg(test)]
mod tests;
