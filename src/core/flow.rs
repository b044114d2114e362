//! Where the mentee is in the flow (goal → mentors → sessions) and what to do next.

use crate::core::store::{AppState, REVIEW_STEP};

/// The state of one step of the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    /// Not started, and an earlier step comes first.
    Waiting,
    /// The step to work on now.
    Current,
    /// Started but not complete.
    InProgress,
    /// Complete.
    Done,
}

/// One step as the Plan overview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub key: &'static str,
    pub title: &'static str,
    pub href: &'static str,
    pub state: StepState,
    /// One line on where this step stands.
    pub summary: String,
}

/// The three steps and the one to do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    pub steps: Vec<Step>,
    /// Index into `steps` of the step to do next, or `None` when every step is done.
    pub next: Option<usize>,
}

/// Computes the flow from the stored state.
pub fn flow(state: &AppState) -> Flow {
    let goal = state.active();
    let goal_state = match goal {
        None => StepState::Current,
        Some(g) if g.draft.validate().is_ok() && g.step >= REVIEW_STEP => StepState::Done,
        Some(_) => StepState::InProgress,
    };
    let goal_summary = match goal {
        None => {
            "Say what you want to achieve, and Trellis coaches it into a SMART goal.".to_string()
        }
        Some(g) if g.draft.statement.trim().is_empty() => {
            "Started: write your goal in one sentence.".to_string()
        }
        Some(g) => format!("“{}”", short(&g.draft.statement, 90)),
    };
    let goal_done = goal_state == StepState::Done;
    let shortlisted = goal.map_or(0, |g| g.shortlist.len());
    let mentor = goal.and_then(|g| g.mentor.as_ref());
    let mentors_state = match (goal_done, mentor, shortlisted) {
        (_, Some(_), _) => StepState::Done,
        (true, None, 0) => StepState::Current,
        (_, None, n) if n > 0 => StepState::InProgress,
        _ => StepState::Waiting,
    };
    let mentors_summary = match (mentor, shortlisted) {
        (Some(m), _) => format!("Your mentor: {}.", m.name),
        (None, n) if n > 0 => format!("{n} shortlisted. Compare them and choose one."),
        _ => "Rank mentors by what matters to you, with every score explained.".to_string(),
    };
    let plan = goal.and_then(|g| g.mentorship.as_ref());
    let scheduled = plan.map_or(0, |m| m.sessions.len());
    let has_agreement = plan.is_some_and(|m| m.agreement.is_some());
    let micro = plan.and_then(|m| m.micro.as_ref());
    let sessions_state = match (mentor.is_some(), plan) {
        (_, Some(_)) if scheduled > 0 && (has_agreement || micro.is_some()) => StepState::Done,
        (_, Some(_)) => StepState::InProgress,
        (true, None) => StepState::Current,
        (false, None) => StepState::Waiting,
    };
    let sessions_summary = match plan {
        Some(m) if scheduled > 0 && micro.is_some() => {
            let s = &m.sessions[0];
            format!(
                "One micro-mentoring session on {} ({} minutes){}.",
                crate::core::time::datefmt::human_date(s.date),
                s.minutes,
                if s.status == crate::core::sessions::plan::SessionStatus::Held {
                    ", held"
                } else {
                    ""
                }
            )
        }
        Some(m) if scheduled > 0 => {
            let held = m
                .sessions
                .iter()
                .filter(|s| s.status == crate::core::sessions::plan::SessionStatus::Held)
                .count();
            format!(
                "{scheduled} sessions scheduled, {held} held{}.",
                if has_agreement {
                    ""
                } else {
                    "; the agreement is not saved yet"
                }
            )
        }
        Some(_) => "Started: agree expectations and set a schedule.".to_string(),
        None => {
            "Agree expectations, set a schedule, and run each session with an agenda — or plan one micro-mentoring session about one question.".to_string()
        }
    };
    let steps = vec![
        Step {
            key: "goal",
            title: "Define your goal",
            href: "/goal",
            state: goal_state,
            summary: goal_summary,
        },
        Step {
            key: "mentors",
            title: "Shortlist mentors",
            href: "/mentors",
            state: mentors_state,
            summary: mentors_summary,
        },
        Step {
            key: "sessions",
            title: "Plan your sessions",
            href: "/sessions",
            state: sessions_state,
            summary: sessions_summary,
        },
    ];
    let next = steps.iter().position(|s| s.state != StepState::Done);
    Flow { steps, next }
}

/// Shortens text to at most `max` characters, ending with "…" when cut.
pub fn short(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::GoalEntry;

    fn states(s: &AppState) -> Vec<StepState> {
        flow(s).steps.iter().map(|s| s.state).collect()
    }

    #[test]
    fn empty_state_starts_with_goal() {
        let s = AppState::default();
        assert_eq!(
            states(&s),
            [StepState::Current, StepState::Waiting, StepState::Waiting]
        );
        assert_eq!(flow(&s).next, Some(0));
    }

    #[test]
    fn goal_in_progress_then_done() {
        let mut s = AppState::default();
        s.goals.push(GoalEntry {
            id: "g1".into(),
            ..Default::default()
        });
        s.active_goal = Some("g1".into());
        assert_eq!(states(&s)[0], StepState::InProgress);
        let d = &mut s.goals[0].draft;
        d.statement = "Give 3 talks by 2027-06-30".into();
        d.category = "skill".into();
        d.deadline = "2027-06-30".into();
        s.goals[0].step = crate::core::store::REVIEW_STEP;
        assert_eq!(
            states(&s),
            [StepState::Done, StepState::Current, StepState::Waiting]
        );
        assert_eq!(flow(&s).next, Some(1));
    }

    #[test]
    fn short_cuts_on_chars() {
        assert_eq!(short("  abc  ", 5), "abc");
        assert_eq!(short("ééééééé", 4), "ééé…");
    }
}
