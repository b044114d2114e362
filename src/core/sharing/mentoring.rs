//! The mentor's side of a shared plan: "Plans I mentor". A mentor saves a mentee's link as a
//! [`MentorCopy`] (not as a goal of their own), a newer link of the same plan updates it and
//! keeps the mentor's notes, and several mentees' plans sit side by side.

use chrono::NaiveDate;

use crate::core::sharing::share::{self, SharedPlan};
use crate::core::store::{AppState, MAX_MENTOR_COPIES, MentorCopy};
use crate::core::time::datefmt::iso_date;

/// What saving as the mentor did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// A new copy with this id.
    Added(String),
    /// The copy with this id held an earlier link of the same plan; its link was replaced and
    /// its notes kept.
    Updated(String),
}

/// The copy of the plan with `origin`, if this user mentors it.
pub fn copy_of<'a>(state: &'a AppState, origin: &str) -> Option<&'a MentorCopy> {
    state.mentoring.iter().find(|c| c.origin == origin)
}

/// Saves the link `fragment` (`v1.…`) as a plan this user mentors, on `today`. The link is
/// read first: a link that does not decode changes nothing and returns the reason.
pub fn save_as_mentor(
    state: &mut AppState,
    fragment: &str,
    today: NaiveDate,
) -> Result<Saved, String> {
    // Only the fragment is kept (a whole pasted address is read for the part after its `#`).
    let fragment = fragment.trim();
    let fragment = match fragment.rfind('#') {
        Some(i) => fragment[i + 1..].trim(),
        None => fragment,
    };
    let plan = share::decode(fragment).map_err(|e| e.to_string())?;
    let saved_on = iso_date(today);
    if let Some(c) = state.mentoring.iter_mut().find(|c| c.origin == plan.origin) {
        c.link = fragment.to_string();
        c.saved_on = saved_on;
        return Ok(Saved::Updated(c.id.clone()));
    }
    if state.mentoring.len() >= MAX_MENTOR_COPIES {
        return Err(format!(
            "You already keep {MAX_MENTOR_COPIES} plans you mentor here, the most Trellis keeps. Remove one under “Plans I mentor” first."
        ));
    }
    let id = (1..)
        .map(|n| format!("mc{n}"))
        .find(|id| !state.mentoring.iter().any(|c| &c.id == id))
        .expect("unbounded range");
    state.mentoring.push(MentorCopy {
        id: id.clone(),
        origin: plan.origin,
        link: fragment.to_string(),
        saved_on,
        notes: String::new(),
        reply: Default::default(),
    });
    Ok(Saved::Added(id))
}

/// Removes the copy `id`; whether there was one.
pub fn remove(state: &mut AppState, id: &str) -> bool {
    let before = state.mentoring.len();
    state.mentoring.retain(|c| c.id != id);
    state.mentoring.len() != before
}

/// Sets the mentor's notes on copy `id`; whether there was one.
pub fn set_notes(state: &mut AppState, id: &str, notes: &str) -> bool {
    match state.mentoring.iter_mut().find(|c| c.id == id) {
        Some(c) => {
            c.notes = notes.to_string();
            true
        }
        None => false,
    }
}

/// Each saved copy with its plan read from the stored link (or why it cannot be read: a copy
/// is never dropped because its link stopped decoding).
pub fn plans(state: &AppState) -> Vec<(MentorCopy, Result<SharedPlan, String>)> {
    state
        .mentoring
        .iter()
        .map(|c| (c.clone(), share::decode(&c.link).map_err(|e| e.to_string())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TYPICAL: &str = include_str!("../../../tests/fixtures/share_v1_typical.txt");
    const SMALL: &str = include_str!("../../../tests/fixtures/share_v1_small.txt");

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn saves_updates_and_keeps_notes() {
        let mut s = AppState::default();
        assert_eq!(
            save_as_mentor(&mut s, TYPICAL, d("2026-12-01")),
            Ok(Saved::Added("mc1".into()))
        );
        assert_eq!(
            save_as_mentor(&mut s, &format!("#{}", SMALL.trim()), d("2026-12-01")),
            Ok(Saved::Added("mc2".into()))
        );
        assert!(set_notes(&mut s, "mc1", "Ask about the meetup list."));
        // The same plan again (a newer link): one copy, notes kept, date moved on.
        assert_eq!(
            save_as_mentor(&mut s, TYPICAL, d("2026-12-08")),
            Ok(Saved::Updated("mc1".into()))
        );
        assert_eq!(s.mentoring.len(), 2);
        assert_eq!(s.mentoring[0].notes, "Ask about the meetup list.");
        assert_eq!(s.mentoring[0].saved_on, "2026-12-08");
        assert_eq!(copy_of(&s, "g1-7Hq2").map(|c| c.id.as_str()), Some("mc1"));
        assert_eq!(copy_of(&s, "g1-4kT9").map(|c| c.id.as_str()), Some("mc2"));
        // A mentor's copy is not a goal of theirs.
        assert!(s.goals.is_empty() && s.active_goal.is_none());
        let read = plans(&s);
        assert!(read.iter().all(|(_, p)| p.is_ok()));
        assert!(remove(&mut s, "mc1"));
        assert!(!remove(&mut s, "mc1"));
        assert!(!set_notes(&mut s, "mc9", "x"));
        // Ids are never reused while a copy holds them.
        assert_eq!(
            save_as_mentor(&mut s, TYPICAL, d("2026-12-09")),
            Ok(Saved::Added("mc1".into()))
        );
        assert_eq!(
            save_as_mentor(&mut s, TYPICAL, d("2026-12-09")),
            Ok(Saved::Updated("mc1".into()))
        );
    }

    #[test]
    fn a_bad_link_changes_nothing() {
        let mut s = AppState::default();
        save_as_mentor(&mut s, TYPICAL, d("2026-12-01")).unwrap();
        let before = s.clone();
        for bad in [
            "",
            "v1.",
            "v1.AAAA",
            "v9.abc",
            "not a link",
            &"v1.".repeat(9000),
        ] {
            assert!(
                save_as_mentor(&mut s, bad, d("2026-12-02")).is_err(),
                "{bad:.20}"
            );
            assert_eq!(s, before, "{bad:.20}");
        }
    }

    #[test]
    fn a_stored_link_that_no_longer_reads_is_kept_and_explained() {
        let mut s = AppState::default();
        s.mentoring.push(MentorCopy {
            id: "mc1".into(),
            link: "v1.broken".into(),
            ..Default::default()
        });
        let read = plans(&s);
        assert_eq!(read.len(), 1);
        assert!(read[0].1.is_err());
    }
}
