//! A shared plan "read in a minute": what a mentor who never used Trellis needs first — who and
//! what (the mentee's first name, the goal in one sentence, its deadline, progress), then the
//! next session with its agenda, then the milestones — and what can wait (the other sessions,
//! the agreement). Session times are given in the viewer's own time zone, with the mentee's
//! beside them when the two differ.
//!
//! Pure: "today" and the viewer's zone come in as data (the UI reads them in `ui::browser`).

use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::core::sessions::plan::{AgendaItem, SessionStatus};
use crate::core::sharing::share::{SharedMilestone, SharedPlan};
use crate::core::time::datefmt::{day_date, hm, month_short};
use crate::core::time::tz::{local_to_utc, parse_zone, utc_to_local};

/// The plan's front page.
#[derive(Clone, Debug, PartialEq)]
pub struct Glance {
    /// "Sam's mentoring plan", or "A mentee's mentoring plan" without a name.
    pub title: String,
    /// The goal statement's first sentence.
    pub goal: String,
    pub deadline: NaiveDate,
    /// "1 of 5 milestones done · 3 of 12 sessions held"; parts without data are left out.
    pub progress: String,
    /// The next planned session from today on, if any.
    pub next: Option<NextSession>,
    pub milestones: Vec<SharedMilestone>,
    /// Every other session, in the plan's order: index in [`SharedPlan::sessions`] and its time.
    pub others: Vec<(usize, SessionTime)>,
    /// A micro-mentoring plan: the question (shown first), the follow-up.
    pub micro: Option<MicroGlance>,
}

/// What a micro-mentoring plan's mentor reads first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MicroGlance {
    /// The one focused question.
    pub question: String,
    /// "Email two organisers with a talk idea — reports back by 24 Feb 2027".
    pub follow_up: String,
}

/// The session to prepare for.
#[derive(Clone, Debug, PartialEq)]
pub struct NextSession {
    /// Index in [`SharedPlan::sessions`] (shown as "Session {index + 1}").
    pub index: usize,
    pub time: SessionTime,
    pub agenda: Vec<AgendaItem>,
    /// Whether the mentee wrote this agenda (else Trellis suggested it).
    pub edited: bool,
}

/// When a session is, as text for the viewer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionTime {
    /// In the viewer's zone when it is known: "Mon 4 January 2027, 19:30 your time · 60 min".
    pub viewer: String,
    /// The mentee's wall clock when it differs from the viewer's: "18:30 in Europe/London".
    pub mentee: Option<String>,
}

/// A session's time for a viewer in `viewer_zone` (an IANA name from the browser; `None` or an
/// unknown name shows the mentee's time only). `mentee_zone` is the shared schedule's zone.
pub fn session_time(
    date: NaiveDate,
    local_time: NaiveTime,
    minutes: u16,
    mentee_zone: Option<&str>,
    viewer_zone: Option<&str>,
) -> SessionTime {
    let mentee_tz = mentee_zone.and_then(|z| parse_zone(z).ok());
    let viewer_tz = viewer_zone.and_then(|z| parse_zone(z).ok());
    let at = date.and_time(local_time);
    match (mentee_tz, viewer_tz) {
        (Some(m), Some(v)) => {
            let there = utc_to_local(local_to_utc(at, m), v);
            if there == at {
                SessionTime {
                    viewer: format!(
                        "{}, {} · {minutes} min",
                        day_date(at.date()),
                        hm(&at.time())
                    ),
                    mentee: Some(format!("same time for the mentee ({})", m.name())),
                }
            } else {
                let day = if there.date() == at.date() {
                    String::new()
                } else {
                    format!("{}, ", day_date(at.date()))
                };
                SessionTime {
                    viewer: format!(
                        "{}, {} your time · {minutes} min",
                        day_date(there.date()),
                        hm(&there.time())
                    ),
                    mentee: Some(format!("{day}{} in {}", hm(&at.time()), m.name())),
                }
            }
        }
        (m, _) => SessionTime {
            viewer: format!(
                "{}, {}{} · {minutes} min",
                day_date(at.date()),
                hm(&at.time()),
                m.map(|m| format!(" ({} time)", m.name()))
                    .unwrap_or_default()
            ),
            mentee: None,
        },
    }
}

/// The first sentence of `s` (up to and including its full stop, question or exclamation mark
/// followed by a space), trimmed; the whole text when it is one sentence.
pub fn first_sentence(s: &str) -> String {
    let s = s.trim();
    let cut = s
        .char_indices()
        .zip(s.chars().skip(1))
        .find(|((_, c), next)| matches!(c, '.' | '?' | '!') && next.is_whitespace())
        .map(|((i, c), _)| i + c.len_utf8());
    match cut {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn count(n: usize, total: usize, what: &str, verb: &str) -> String {
    format!("{n} of {total} {what} {verb}")
}

/// "Sam’s mentoring plan", or "A mentee’s mentoring plan" when the link gives no name; for a
/// micro-mentoring plan "Sam’s micro-mentoring question".
pub fn title(plan: &SharedPlan) -> String {
    let what = if plan.micro.is_some() {
        "micro-mentoring question"
    } else {
        "mentoring plan"
    };
    match &plan.mentee_name {
        Some(n) => format!("{n}’s {what}"),
        None => format!("A mentee’s {what}"),
    }
}

/// "20 Jan 2027": a milestone's date, short enough to keep a milestone on one line on a phone.
pub fn short_date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_short(d.month()), d.year())
}

/// The front page of `plan` for a viewer on `today` in `viewer_zone`.
pub fn glance(plan: &SharedPlan, today: NaiveDate, viewer_zone: Option<&str>) -> Glance {
    let zone = plan.schedule.as_ref().map(|s| s.zone.as_str());
    let time = |i: usize| {
        let s = &plan.sessions[i];
        session_time(s.date, s.local_time, s.minutes, zone, viewer_zone)
    };
    let next_index = plan
        .sessions
        .iter()
        .position(|s| s.status == SessionStatus::Planned && s.date >= today);
    let next = next_index.map(|index| NextSession {
        index,
        time: time(index),
        agenda: plan.agenda(index),
        edited: plan.sessions[index].agenda.is_some(),
    });
    let mut progress = Vec::new();
    let ms = &plan.goal.milestones;
    if !ms.is_empty() {
        let done = ms.iter().filter(|m| m.done.is_some()).count();
        progress.push(count(done, ms.len(), "milestones", "done"));
    }
    let countable: Vec<_> = plan
        .sessions
        .iter()
        .filter(|s| s.status != SessionStatus::Cancelled)
        .collect();
    if !countable.is_empty() {
        let held = countable
            .iter()
            .filter(|s| s.status == SessionStatus::Held)
            .count();
        progress.push(count(held, countable.len(), "sessions", "held"));
    }
    let progress = if progress.is_empty() {
        "Nothing to count yet: no milestones or sessions in this link".to_string()
    } else {
        progress.join(" · ")
    };
    Glance {
        title: title(plan),
        goal: first_sentence(&plan.goal.statement),
        deadline: plan.goal.deadline,
        progress,
        next,
        milestones: ms.clone(),
        others: (0..plan.sessions.len())
            .filter(|i| Some(*i) != next_index)
            .map(|i| (i, time(i)))
            .collect(),
        micro: plan.micro.as_ref().map(|m| MicroGlance {
            question: m.question.clone(),
            follow_up: format!(
                "{} — reports back by {}",
                m.follow_up.trim(),
                short_date(m.report_by)
            ),
        }),
    }
}

#[cfg(test)]
mod tests;
