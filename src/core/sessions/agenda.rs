//! Generated session agendas. A session's agenda is generated from the plan until the user
//! edits it ([`crate::core::sessions::plan::Session::agenda`] becomes `Some`); after that the edited list
//! is used as-is.
//!
//! * First session: get to know each other, agree expectations and confidentiality, walk
//!   through the goal.
//! * Regular check-ins: review the last action items, progress on the current milestone (named),
//!   one challenge, next steps.
//! * A milestone review for every milestone due after the previous session and on or before
//!   this one.
//! * A midpoint review in the first session on or after the agreement's first review point
//!   before its end (or, without an agreement, the middle of the series).
//! * Final session: reflect, celebrate, what next, pay it forward.
//! * Open action items from earlier sessions are carried in as "Follow up: <text> (<owner>)".
//! * A micro-mentoring plan's session: context, the question, advice, the next step, timed to
//!   the session's length ([`crate::core::sessions::micro::agenda`]).
//!
//! Cancelled sessions are left out when working out first/last/previous.

use chrono::NaiveDate;

use crate::core::goals::goal::{Goal, Milestone};
use crate::core::sessions::plan::{AgendaItem, Mentorship, Session, SessionStatus};
use crate::core::time::datefmt::human_date;

/// The agenda to show: the user's edited list if any, else the generated one.
/// Empty if there is no such session.
pub fn agenda_for(m: &Mentorship, goal: &Goal, session_id: &str) -> Vec<AgendaItem> {
    match m.session(session_id) {
        Some(Session {
            agenda: Some(items),
            ..
        }) => items.clone(),
        Some(_) => generated_agenda(m, goal, session_id),
        None => Vec::new(),
    }
}

/// The current milestone on `date`: the earliest not-done milestone due on or after `date`,
/// else the earliest overdue one.
pub fn current_milestone(goal: &Goal, date: NaiveDate) -> Option<&Milestone> {
    let mut open: Vec<&Milestone> = goal
        .milestones
        .iter()
        .filter(|ms| ms.done.is_none())
        .collect();
    crate::core::sorting::sort_by_key(&mut open, |ms| ms.target);
    open.iter()
        .find(|ms| ms.target >= date)
        .or_else(|| open.first())
        .copied()
}

fn midpoint(m: &Mentorship, active: &[&Session]) -> Option<NaiveDate> {
    if let Some(a) = &m.agreement
        && let Some(d) = a.review_points.iter().copied().find(|d| *d < a.end)
    {
        return Some(d);
    }
    let first = active.first()?.date;
    let last = active.last()?.date;
    Some(first + chrono::Duration::days((last - first).num_days() / 2))
}

/// The agenda generated from the plan for one session (ignores any edited agenda).
pub fn generated_agenda(m: &Mentorship, goal: &Goal, session_id: &str) -> Vec<AgendaItem> {
    let Some(this) = m.session(session_id) else {
        return Vec::new();
    };
    if let Some(micro) = &m.micro {
        return crate::core::sessions::micro::agenda(micro, this.minutes);
    }
    let active: Vec<&Session> = m
        .sessions
        .iter()
        .filter(|s| s.status != SessionStatus::Cancelled || s.id == session_id)
        .collect();
    let pos = active
        .iter()
        .position(|s| s.id == session_id)
        .expect("present");
    let total = active.len();
    let is_first = pos == 0;
    let is_last = total > 1 && pos == total - 1;
    let prev_date = pos.checked_sub(1).map(|p| active[p].date);

    let mut items: Vec<String> = Vec::new();

    // Carried-forward action items from every earlier session (in list order).
    let this_idx = m
        .sessions
        .iter()
        .position(|s| s.id == session_id)
        .expect("present");
    let follow_ups: Vec<String> = m.sessions[..this_idx]
        .iter()
        .flat_map(|s| s.action_items.iter())
        .filter(|a| !a.done)
        .map(|a| format!("Follow up: {} ({})", a.text.trim(), a.owner.label()))
        .collect();

    if is_first {
        items.push(
            "Get to know each other: interests, background, and how each of you likes to learn and to teach"
                .into(),
        );
        items.push(
            "Agree expectations: how often you meet, how you stay in touch, and confidentiality"
                .into(),
        );
        items.push(format!("Walk through the goal: {}", goal.statement.trim()));
        if !goal.milestones.is_empty() {
            let names: Vec<&str> = goal.milestones.iter().map(|ms| ms.title.trim()).collect();
            items.push(format!("Look at the milestones: {}", names.join("; ")));
        }
        items.extend(follow_ups);
        items.push("Agree the first action items".into());
        return numbered(items);
    }

    items.push("Review the action items from last time".into());
    items.extend(follow_ups);

    // Milestones that fell due since the previous session.
    let mut due: Vec<&Milestone> = goal
        .milestones
        .iter()
        .filter(|ms| prev_date.is_none_or(|p| ms.target > p) && ms.target <= this.date)
        .collect();
    crate::core::sorting::sort_by_key(&mut due, |ms| ms.target);
    for ms in &due {
        items.push(format!(
            "Milestone review: {} (due {}) — done? what helped, what got in the way",
            ms.title.trim(),
            human_date(ms.target)
        ));
    }

    let is_midpoint = !is_last
        && total >= 3
        && midpoint(m, &active)
            .is_some_and(|mid| this.date >= mid && prev_date.is_none_or(|p| p < mid));
    if is_midpoint {
        items.push(
            "Midpoint review: revisit the goals and the agreement — what's working, what to change"
                .into(),
        );
    }

    if is_last {
        items.push("Reflect on the journey: where you started and where you are now".into());
        let wins: Vec<&str> = m.wins.iter().map(|w| w.text.trim()).take(3).collect();
        if wins.is_empty() {
            items.push("Celebrate what you achieved together".into());
        } else {
            items.push(format!("Celebrate the wins: {}", wins.join("; ")));
        }
        items.push("What next: the next goal, and whether and how to stay in touch".into());
        items
            .push("Pay it forward: would you like to become a mentor for someone yourself?".into());
        return numbered(items);
    }

    match current_milestone(goal, this.date) {
        Some(ms) => items.push(format!(
            "Progress on the current milestone: {} (due {})",
            ms.title.trim(),
            human_date(ms.target)
        )),
        None => items.push(format!(
            "Progress towards the goal: {}",
            goal.statement.trim()
        )),
    }
    items.push("One challenge to work through together".into());
    items.push("Next steps: agree action items and who owns each".into());
    numbered(items)
}

/// Generated lines get positional ids `g1`, `g2`…
fn numbered(items: Vec<String>) -> Vec<AgendaItem> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, t)| AgendaItem::with_id(format!("g{}", i + 1), t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sessions::agreement::tests::goal;
    use crate::core::sessions::plan::Owner;
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

    fn texts(items: &[AgendaItem]) -> Vec<String> {
        items.iter().map(|i| i.text.clone()).collect()
    }

    #[test]
    fn first_checkin_midpoint_and_final() {
        // Sessions: 01-04, 01-18, 02-01, 02-15, 03-01, 03-15.
        let mut m = plan();
        let g = goal();
        let first = texts(&agenda_for(&m, &g, "s-20270104"));
        assert!(first[0].starts_with("Get to know each other"));
        assert!(first.iter().any(|t| t.contains("confidentiality")));
        assert!(first.iter().any(|t| t.contains("Give 3 talks")));

        m.add_action_item("s-20270104", "Pick a meetup", Owner::Mentee, None)
            .unwrap();
        let a2 = m
            .add_action_item("s-20270104", "Share slides template", Owner::Mentor, None)
            .unwrap();
        m.set_action_done(&a2, true).unwrap();
        let second = texts(&agenda_for(&m, &g, "s-20270118"));
        assert_eq!(
            second,
            [
                "Review the action items from last time",
                "Follow up: Pick a meetup (mentee)",
                "Progress on the current milestone: Outline first talk (due 20 January 2027)",
                "One challenge to work through together",
                "Next steps: agree action items and who owns each",
            ]
        );
        let third = texts(&agenda_for(&m, &g, "s-20270201"));
        assert!(
            third
                .iter()
                .any(|t| t.starts_with("Milestone review: Outline first talk"))
        );
        assert!(
            third
                .iter()
                .any(|t| t.contains("current milestone: First talk"))
        );
        // Midpoint of 01-04..03-15 is 02-08 → the 02-15 session.
        let fourth = texts(&agenda_for(&m, &g, "s-20270215"));
        assert!(fourth.iter().any(|t| t.starts_with("Midpoint review")));
        assert!(!third.iter().any(|t| t.starts_with("Midpoint review")));
        let fifth = texts(&agenda_for(&m, &g, "s-20270301"));
        assert!(
            fifth
                .iter()
                .any(|t| t.starts_with("Milestone review: First talk"))
        );

        m.add_win(d("2027-03-02"), "Talk accepted at RustLeeds");
        let last = texts(&agenda_for(&m, &g, "s-20270315"));
        assert!(last.iter().any(|t| t.starts_with("Reflect")));
        assert!(
            last.iter()
                .any(|t| t.contains("Talk accepted at RustLeeds"))
        );
        assert!(last.iter().any(|t| t.starts_with("Pay it forward")));
        // Still open, still carried.
        assert!(last.contains(&"Follow up: Pick a meetup (mentee)".to_string()));
    }

    #[test]
    fn edited_agenda_wins_and_cancelled_sessions_are_skipped() {
        let mut m = plan();
        let g = goal();
        m.cancel_session("s-20270315").unwrap();
        let last = texts(&agenda_for(&m, &g, "s-20270301"));
        assert!(last.iter().any(|t| t.starts_with("Pay it forward")));
        m.session_mut("s-20270301").unwrap().agenda = Some(vec![AgendaItem::new("Only this")]);
        assert_eq!(texts(&agenda_for(&m, &g, "s-20270301")), ["Only this"]);
        assert!(agenda_for(&m, &g, "nope").is_empty());
    }
}
