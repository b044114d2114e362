//! Progress summary, timeline data for drawing, and health warnings for a mentorship.
//! `today` is always a parameter.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::goals::goal::Goal;
use crate::core::sessions::agreement::Agreement;
use crate::core::sessions::plan::{Mentorship, Owner, SessionStatus};

/// What a timeline point is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimelineKind {
    Session { id: String, status: SessionStatus },
    Milestone { done: bool, overdue: bool },
    Win,
    Today,
}

/// One dated point to draw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelinePoint {
    pub date: NaiveDate,
    pub kind: TimelineKind,
    pub label: String,
}

/// Counts for the progress page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Progress {
    pub milestones_done: usize,
    pub milestones_total: usize,
    pub mentee_actions_done: usize,
    pub mentee_actions_total: usize,
    pub mentor_actions_done: usize,
    pub mentor_actions_total: usize,
    /// Sessions marked held.
    pub sessions_held: usize,
    /// Non-cancelled sessions dated on or before today.
    pub sessions_planned_to_date: usize,
    /// All non-cancelled sessions.
    pub sessions_total: usize,
    /// Sorted by date; `Today` sorts first among equal dates.
    pub timeline: Vec<TimelinePoint>,
}

/// Builds the progress summary.
pub fn progress(m: &Mentorship, goal: &Goal, today: NaiveDate) -> Progress {
    let mut p = Progress {
        milestones_total: goal.milestones.len(),
        milestones_done: goal
            .milestones
            .iter()
            .filter(|ms| ms.done.is_some())
            .count(),
        ..Progress::default()
    };
    for (_, a) in m.action_items() {
        let (done, total) = match a.owner {
            Owner::Mentee => (&mut p.mentee_actions_done, &mut p.mentee_actions_total),
            Owner::Mentor => (&mut p.mentor_actions_done, &mut p.mentor_actions_total),
        };
        *total += 1;
        if a.done {
            *done += 1;
        }
    }
    for s in m.active_sessions() {
        p.sessions_total += 1;
        if s.status == SessionStatus::Held {
            p.sessions_held += 1;
        }
        if s.date <= today {
            p.sessions_planned_to_date += 1;
        }
    }
    let mut tl = vec![TimelinePoint {
        date: today,
        kind: TimelineKind::Today,
        label: "Today".into(),
    }];
    for (i, s) in m.sessions.iter().enumerate() {
        tl.push(TimelinePoint {
            date: s.date,
            kind: TimelineKind::Session {
                id: s.id.clone(),
                status: s.status,
            },
            label: format!("Session {}", i + 1),
        });
    }
    for ms in &goal.milestones {
        tl.push(TimelinePoint {
            date: ms.done.unwrap_or(ms.target),
            kind: TimelineKind::Milestone {
                done: ms.done.is_some(),
                overdue: ms.done.is_none() && ms.target < today,
            },
            label: ms.title.clone(),
        });
    }
    for w in &m.wins {
        tl.push(TimelinePoint {
            date: w.date,
            kind: TimelineKind::Win,
            label: w.text.clone(),
        });
    }
    // Stable sort keeps Today first among points of the same date.
    crate::core::sorting::sort_by_key(&mut tl, |pt| pt.date);
    p.timeline = tl;
    p
}

/// A health warning. `id` is stable so a dismissal sticks; a new occurrence of the same kind of
/// problem (a later gap, another milestone) gets a new id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub id: String,
    pub title: String,
    pub explanation: String,
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Minimum number of action items before the one-sided check applies.
pub const ONE_SIDED_MIN_ITEMS: usize = 3;

/// All warnings in force on `today`, minus the dismissed ones. Checks:
/// * `no-session-since:<date>`: no session held for more than twice the cadence's nominal gap
///   (counted from the last held session, or from the first session if none was held yet;
///   quiet before the first session).
/// * `milestone-overdue:<slug>:<target>`: a milestone past its target and not done.
/// * `actions-one-sided:<mentee|mentor>`: at least 3 action items and all owned by one side.
/// * `agreement-incomplete`: no agreement, or one with [`Agreement::missing_fields`].
pub fn health(m: &Mentorship, goal: &Goal, today: NaiveDate) -> Vec<Warning> {
    let mut out = Vec::new();

    if let Some(rule) = &m.rule {
        let gap = 2 * rule.cadence.nominal_days();
        let last_held = m
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Held && s.date <= today)
            .map(|s| s.date)
            .max();
        let first = m.active_sessions().map(|s| s.date).min();
        let since = last_held.or(first);
        if let Some(since) = since.filter(|d| *d <= today) {
            let days = (today - since).num_days();
            if days > gap {
                let what = if last_held.is_some() {
                    format!("The last session was held on {since}")
                } else {
                    format!("The first session was planned for {since} and none is marked held")
                };
                out.push(Warning {
                    id: format!("no-session-since:{since}"),
                    title: "No session for a while".into(),
                    explanation: format!(
                        "{what}, {days} days ago — more than twice the usual gap ({}). Check in with each other, or mark the sessions you held.",
                        rule.cadence.label().to_lowercase()
                    ),
                });
            }
        }
    }

    for ms in &goal.milestones {
        if ms.done.is_none() && ms.target < today {
            out.push(Warning {
                id: format!("milestone-overdue:{}:{}", slug(&ms.title), ms.target),
                title: format!("Milestone overdue: {}", ms.title.trim()),
                explanation: format!(
                    "\"{}\" was due on {}. Mark it done, or talk about a new date in the next session.",
                    ms.title.trim(),
                    ms.target
                ),
            });
        }
    }

    let owners: Vec<Owner> = m.action_items().map(|(_, a)| a.owner).collect();
    if owners.len() >= ONE_SIDED_MIN_ITEMS {
        for side in [Owner::Mentee, Owner::Mentor] {
            if owners.iter().all(|o| *o == side) {
                let other = match side {
                    Owner::Mentee => Owner::Mentor,
                    Owner::Mentor => Owner::Mentee,
                };
                out.push(Warning {
                    id: format!("actions-one-sided:{}", side.label()),
                    title: "All action items are on one side".into(),
                    explanation: format!(
                        "All {} action items belong to the {}. Mentoring works both ways: is there something the {} could do (an introduction, a resource, feedback)?",
                        owners.len(),
                        side.label(),
                        other.label()
                    ),
                });
            }
        }
    }

    match &m.agreement {
        None => out.push(Warning {
            id: "agreement-incomplete".into(),
            title: "No agreement yet".into(),
            explanation: "Agree on how often you meet, how you keep in touch, confidentiality and boundaries before you go further.".into(),
        }),
        Some(a) => {
            let missing = a.missing_fields();
            if !missing.is_empty() {
                let names: Vec<&str> = missing.iter().map(|k| Agreement::field_label(k)).collect();
                out.push(Warning {
                    id: "agreement-incomplete".into(),
                    title: "The agreement is incomplete".into(),
                    explanation: format!("Still empty: {}.", names.join(", ")),
                });
            }
        }
    }

    out.retain(|w| !m.dismissed_warnings.contains(&w.id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sessions::agreement::tests::{goal, mentor};
    use crate::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};
    use chrono::NaiveTime;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn plan() -> Mentorship {
        let mut m = Mentorship::new("p");
        m.regenerate(
            ScheduleRule {
                cadence: Cadence::EveryNWeeks(2),
                start: d("2027-01-04"),
                local_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                minutes: 60,
                zone: "Europe/London".into(),
                end: EndRule::Count(6),
                skips: vec![],
            },
            d("2027-01-01"),
        )
        .unwrap();
        m
    }

    fn ids(w: &[Warning]) -> Vec<String> {
        w.iter().map(|w| w.id.clone()).collect()
    }

    #[test]
    fn summary_counts_and_timeline() {
        let mut m = plan();
        let mut g = goal();
        g.milestones[0].done = Some(d("2027-01-19"));
        m.set_status("s-20270104", SessionStatus::Held).unwrap();
        m.cancel_session("s-20270118").unwrap();
        m.add_action_item("s-20270104", "A", Owner::Mentee, None)
            .unwrap();
        let b = m
            .add_action_item("s-20270104", "B", Owner::Mentor, None)
            .unwrap();
        m.set_action_done(&b, true).unwrap();
        m.add_win(d("2027-01-10"), "Signed up");
        let p = progress(&m, &g, d("2027-02-01"));
        assert_eq!((p.milestones_done, p.milestones_total), (1, 2));
        assert_eq!((p.mentee_actions_done, p.mentee_actions_total), (0, 1));
        assert_eq!((p.mentor_actions_done, p.mentor_actions_total), (1, 1));
        assert_eq!(
            (
                p.sessions_held,
                p.sessions_planned_to_date,
                p.sessions_total
            ),
            (1, 2, 5)
        );
        assert_eq!(p.timeline.len(), 1 + 6 + 2 + 1);
        assert!(p.timeline.windows(2).all(|w| w[0].date <= w[1].date));
        let today_pos = p
            .timeline
            .iter()
            .position(|pt| pt.kind == TimelineKind::Today)
            .unwrap();
        assert_eq!(p.timeline[today_pos].date, d("2027-02-01"));
        assert_eq!(
            p.timeline[today_pos + 1].kind,
            TimelineKind::Session {
                id: "s-20270201".into(),
                status: SessionStatus::Planned
            }
        );
    }

    #[test]
    fn warnings_and_dismissal() {
        let mut m = plan();
        let g = goal();
        // Before the series starts: only the missing agreement.
        assert_eq!(
            ids(&health(&m, &g, d("2027-01-02"))),
            ["agreement-incomplete"]
        );

        m.set_status("s-20270104", SessionStatus::Held).unwrap();
        for t in ["a", "b", "c"] {
            m.add_action_item("s-20270104", t, Owner::Mentee, None)
                .unwrap();
        }
        let mut a = crate::core::sessions::agreement::Agreement::draft_from(
            &g,
            Some(&mentor()),
            d("2027-01-01"),
        )
        .validate()
        .unwrap();
        a.mentee_name = "Sam".into();
        m.agreement = Some(a);
        // 2 weeks cadence → 28 days allowed; 2027-02-01 is exactly 28 days after 01-04.
        assert_eq!(
            ids(&health(&m, &g, d("2027-02-01"))),
            [
                "milestone-overdue:outline-first-talk:2027-01-20",
                "actions-one-sided:mentee"
            ]
        );
        let w = health(&m, &g, d("2027-03-02"));
        assert_eq!(
            ids(&w),
            [
                "no-session-since:2027-01-04",
                "milestone-overdue:outline-first-talk:2027-01-20",
                "milestone-overdue:first-talk:2027-03-01",
                "actions-one-sided:mentee"
            ]
        );
        assert!(w[0].explanation.contains("57 days ago"));
        m.dismiss_warning("no-session-since:2027-01-04");
        m.dismiss_warning("actions-one-sided:mentee");
        m.agreement.as_mut().unwrap().boundaries.clear();
        let w = health(&m, &g, d("2027-03-02"));
        assert_eq!(w.len(), 3);
        assert_eq!(w[2].explanation, "Still empty: Boundaries.");
        // A later gap is a new warning.
        m.set_status("s-20270201", SessionStatus::Held).unwrap();
        assert!(
            ids(&health(&m, &g, d("2027-04-01")))
                .contains(&"no-session-since:2027-02-01".to_string())
        );
    }
}
