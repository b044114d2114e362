//! Micro-mentoring, the seeds' "short focused sessions", as a plan type of its own: one focused
//! question, one session of 20–30 minutes, an agenda built from the question and timed to the
//! chosen length, and the follow-up (what the mentee will do, and when they report back).
//!
//! A micro plan is an ordinary [`Mentorship`] with [`Mentorship::micro`] set and a one-off
//! schedule rule (`Count(1)`), so everything a plan goes through — storage, share and reply
//! links, the calendar export, the prompt — handles it without a second code path; the
//! question and the follow-up ride along in [`Micro`].
//!
//! Input in two stages: [`MicroDraft`] holds the form as typed (stored with the goal, so nothing
//! typed is lost), [`MicroDraft::validate`] returns a [`MicroPlan`] or every problem at once.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::core::form::{FieldError, parse_iso_date};
use crate::core::mentors::mentor::{Mentor, MentoringForm};
pub use crate::core::sessions::plan::Micro;
use crate::core::sessions::plan::{AgendaItem, Mentorship, RegenerateReport};
use crate::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};
use crate::core::time::datefmt::{self, human_date};
use crate::core::time::tz::parse_zone;

/// Shortest micro session, in minutes.
pub const MIN_MINUTES: u16 = 20;
/// Longest micro session, in minutes.
pub const MAX_MINUTES: u16 = 30;
/// Longest question and follow-up, in characters: one focused question fits in a sentence.
pub const MAX_MICRO_TEXT: usize = 300;
/// The follow-up is near: at most this many days after the session.
pub const MAX_FOLLOW_UP_DAYS: i64 = 90;

/// Which kind of plan a mentorship is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanKind {
    /// Regular sessions over months, with an agreement and a schedule (the default).
    Ongoing,
    /// One focused question in one 20–30 minute session.
    Micro,
}

impl PlanKind {
    /// The label the plan-type choice shows.
    pub fn label(self) -> &'static str {
        match self {
            PlanKind::Ongoing => "An ongoing mentorship",
            PlanKind::Micro => "One micro-mentoring session",
        }
    }

    /// One line saying what the kind means.
    pub fn hint(self) -> &'static str {
        match self {
            PlanKind::Ongoing => {
                "Regular sessions over months: an agreement, a schedule, agendas and progress."
            }
            PlanKind::Micro => {
                "One focused question, one 20–30 minute conversation, and what you do after it."
            }
        }
    }
}

/// The micro-mentoring form as typed. `chosen` is the plan-type choice (the form is kept when
/// the mentee switches back to an ongoing plan, so nothing typed is lost).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct MicroDraft {
    pub chosen: bool,
    pub question: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`.
    pub time: String,
    pub minutes: String,
    pub zone: String,
    pub follow_up: String,
    /// `YYYY-MM-DD`.
    pub report_by: String,
}

/// A validated micro plan: the question and follow-up, and the one-off rule of its session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MicroPlan {
    pub micro: Micro,
    pub rule: ScheduleRule,
}

impl MicroDraft {
    /// A fresh form: a 30-minute session on `date` at 18:00 in `zone`, reporting back two weeks
    /// later.
    pub fn default_for(date: NaiveDate, zone: &str) -> MicroDraft {
        MicroDraft {
            chosen: true,
            question: String::new(),
            date: date.to_string(),
            time: "18:00".into(),
            minutes: MAX_MINUTES.to_string(),
            zone: zone.into(),
            follow_up: String::new(),
            report_by: (date + Duration::days(14)).to_string(),
        }
    }

    /// The form showing a saved micro plan.
    pub fn from_plan(m: &Mentorship) -> Option<MicroDraft> {
        let micro = m.micro.as_ref()?;
        let s = m.sessions.first();
        let rule = m.rule.as_ref();
        Some(MicroDraft {
            chosen: true,
            question: micro.question.clone(),
            date: s.map(|s| s.date).or(rule.map(|r| r.start))?.to_string(),
            time: datefmt::hm(&s.map(|s| s.local_time).or(rule.map(|r| r.local_time))?),
            minutes: s
                .map(|s| s.minutes)
                .or(rule.map(|r| r.minutes))?
                .to_string(),
            zone: rule.map(|r| r.zone.clone()).unwrap_or_default(),
            follow_up: micro.follow_up.clone(),
            report_by: micro.report_by.to_string(),
        })
    }

    /// The plan, or every problem at once (each with the form field it concerns).
    pub fn validate(&self) -> Result<MicroPlan, Vec<FieldError>> {
        let mut errs = Vec::new();
        let mut e = |field: &str, msg: String| errs.push(FieldError::new(field, msg));
        let question = self.question.trim();
        let asks = question.matches('?').count();
        if question.is_empty() {
            e(
                "question",
                "Write the one question you want to bring.".into(),
            );
        } else if question.chars().count() > MAX_MICRO_TEXT {
            e(
                "question",
                format!(
                    "Keep the question to {MAX_MICRO_TEXT} characters (it has {}): one focused question fits a short session.",
                    question.chars().count()
                ),
            );
        } else if asks > 1 {
            e(
                "question",
                format!(
                    "Bring one question: this has {asks} question marks. Keep the one that matters most; the others can wait for another session."
                ),
            );
        }
        let date = parse_iso_date(&self.date);
        if date.is_none() {
            e("date", "Choose the date of the session.".into());
        }
        let time = datefmt::parse_hm(&self.time);
        if time.is_none() {
            e("time", "Choose a start time (HH:MM).".into());
        }
        let minutes = self
            .minutes
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|m| (MIN_MINUTES..=MAX_MINUTES).contains(m));
        if minutes.is_none() {
            e(
                "minutes",
                format!("A micro-mentoring session lasts {MIN_MINUTES} to {MAX_MINUTES} minutes."),
            );
        }
        let zone = self.zone.trim();
        if let Err(msg) = parse_zone(zone) {
            e("zone", format!("Time zone: {msg}."));
        }
        let follow_up = self.follow_up.trim();
        if follow_up.is_empty() {
            e(
                "follow_up",
                "Write what you will do after the session, so the advice turns into a step.".into(),
            );
        } else if follow_up.chars().count() > MAX_MICRO_TEXT {
            e(
                "follow_up",
                format!(
                    "Keep the follow-up to {MAX_MICRO_TEXT} characters (it has {}).",
                    follow_up.chars().count()
                ),
            );
        }
        let report_by = parse_iso_date(&self.report_by);
        match (report_by, date) {
            (None, _) => e("report_by", "Choose when you will report back.".into()),
            (Some(r), Some(d)) if r < d => e(
                "report_by",
                format!("Report back on or after the session ({}).", human_date(d)),
            ),
            (Some(r), Some(d)) if (r - d).num_days() > MAX_FOLLOW_UP_DAYS => e(
                "report_by",
                format!(
                    "Report back within {MAX_FOLLOW_UP_DAYS} days of the session: a micro session's follow-up is near."
                ),
            ),
            _ => {}
        }
        match (date, time, minutes, report_by) {
            (Some(date), Some(local_time), Some(minutes), Some(report_by)) if errs.is_empty() => {
                Ok(MicroPlan {
                    micro: Micro {
                        question: question.to_string(),
                        follow_up: follow_up.to_string(),
                        report_by,
                    },
                    rule: ScheduleRule {
                        cadence: Cadence::Weekly,
                        start: date,
                        local_time,
                        minutes,
                        zone: zone.to_string(),
                        end: EndRule::Count(1),
                        skips: Vec::new(),
                    },
                })
            }
            _ => Err(errs),
        }
    }
}

/// Whether the mentor offers micro-mentoring and nothing else (then the plan starts as one).
pub fn micro_only(mentor: &Mentor) -> bool {
    !mentor.forms.is_empty() && mentor.forms.iter().all(|f| *f == MentoringForm::Micro)
}

/// The plan's kind: micro when a micro plan is saved, else what the mentee chose in the form,
/// else micro for a mentor who offers only micro-mentoring and a plan not started yet, else
/// ongoing.
pub fn kind(
    plan: Option<&Mentorship>,
    draft: Option<&MicroDraft>,
    mentor: Option<&Mentor>,
) -> PlanKind {
    if plan.is_some_and(|m| m.micro.is_some()) {
        return PlanKind::Micro;
    }
    if let Some(d) = draft {
        return if d.chosen {
            PlanKind::Micro
        } else {
            PlanKind::Ongoing
        };
    }
    if can_choose(plan) && mentor.is_some_and(micro_only) {
        PlanKind::Micro
    } else {
        PlanKind::Ongoing
    }
}

/// Whether the plan type can still be chosen: nothing scheduled yet, a micro plan (which can
/// become ongoing, keeping its session), or a one-off session (a micro plan turned ongoing,
/// which can turn back).
pub fn can_choose(plan: Option<&Mentorship>) -> bool {
    plan.is_none_or(|m| {
        m.micro.is_some()
            || (m.rule.is_none() && m.sessions.is_empty())
            || (m.sessions.len() == 1
                && m.rule.as_ref().is_some_and(|r| r.end == EndRule::Count(1)))
    })
}

/// The agenda of a micro session of `minutes`: context, the question, advice, the next step —
/// each timed, the times adding up to the session's length.
pub fn agenda(micro: &Micro, minutes: u16) -> Vec<AgendaItem> {
    let [context, question, advice, next] = timing(minutes);
    let lines = [
        format!("Context ({context} min): where I am and what I have tried so far"),
        format!("The question ({question} min): {}", micro.question.trim()),
        format!("Advice ({advice} min): options, your experience, what to avoid"),
        format!(
            "Next step ({next} min): {} — I report back by {}",
            micro.follow_up.trim(),
            human_date(micro.report_by)
        ),
    ];
    lines
        .into_iter()
        .enumerate()
        .map(|(i, t)| AgendaItem::with_id(format!("g{}", i + 1), t))
        .collect()
}

/// Minutes for context, question, advice and next step: about a fifth, a tenth, the rest and
/// three twentieths of the session, in whole minutes that add up to it.
pub fn timing(minutes: u16) -> [u16; 4] {
    let part = |pct: u32| ((u32::from(minutes) * pct + 50) / 100) as u16;
    let context = part(20);
    let question = part(10).max(1);
    let next = part(15);
    let advice = minutes.saturating_sub(context + question + next);
    [context, question, advice, next]
}

impl Mentorship {
    /// Makes this a micro plan (or updates it): sets the question and follow-up and the
    /// one-off rule. The one session is re-timed in place (its id, agenda edits, notes and
    /// action items stay); a plan with no session gets one. A plan that already runs as an
    /// ongoing mentorship with more than one session is refused, so nothing of it is lost.
    pub fn set_micro(
        &mut self,
        plan: MicroPlan,
        today: NaiveDate,
    ) -> Result<RegenerateReport, Vec<FieldError>> {
        let MicroPlan { micro, rule } = plan;
        if self.sessions.len() > 1 {
            return Err(vec![FieldError::new(
                "kind",
                format!(
                    "This plan already has {} sessions as an ongoing mentorship; a micro-mentoring plan has one. Start a new goal for the micro session.",
                    self.sessions.len()
                ),
            )]);
        }
        let report = match self.sessions.as_mut_slice() {
            [s] => {
                s.date = rule.start;
                s.original_date = rule.start;
                s.local_time = rule.local_time;
                s.minutes = rule.minutes;
                s.moved = false;
                self.rule = Some(rule);
                RegenerateReport {
                    updated: 1,
                    ..RegenerateReport::default()
                }
            }
            _ => {
                self.sessions.clear();
                self.regenerate(rule, today)?
            }
        };
        self.micro = Some(micro);
        Ok(report)
    }

    /// Turns a micro plan into an ongoing one: the question and follow-up are dropped from the
    /// plan (the form keeps them), the session and its rule stay.
    pub fn clear_micro(&mut self) {
        self.micro = None;
    }
}

#[cfg(test)]
mod tests;
