use super::*;
use crate::core::goals::goal::{GoalDraft, MilestoneDraft};
use crate::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};
use crate::core::store::REVIEW_STEP;
use chrono::NaiveTime;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn goal_only() -> GoalEntry {
    GoalEntry {
        id: "g1".into(),
        draft: GoalDraft {
            category: "skill".into(),
            statement: "Give 3 talks at local meetups by June 30, 2027".into(),
            deadline: "2027-06-30".into(),
            weekly_hours: "3".into(),
            milestones: vec![MilestoneDraft {
                title: "First talk".into(),
                target: "2027-03-29".into(),
                done: String::new(),
            }],
            ..GoalDraft::default()
        },
        step: REVIEW_STEP,
        shortlist: vec![],
        mentor: None,
        mentorship: None,
        origin: None,
        agreement_draft: None,
        schedule_draft: None,
        micro_draft: None,
    }
}

/// With a mentor named in the agreement only and 4 weekly sessions from 4 Jan 2027, the first
/// held, an open action item of the mentor's.
fn with_mentor() -> GoalEntry {
    let mut e = goal_only();
    let mut m = Mentorship::new("p1");
    m.regenerate(
        ScheduleRule {
            cadence: Cadence::Weekly,
            start: d("2027-01-04"),
            local_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            minutes: 30,
            zone: "Europe/Berlin".into(),
            end: EndRule::Count(4),
            skips: vec![],
        },
        d("2027-01-01"),
    )
    .unwrap();
    let first = m.sessions[0].id.clone();
    m.set_status(&first, SessionStatus::Held).unwrap();
    m.add_action_item(&first, "Share slides", Owner::Mentor, None)
        .unwrap();
    let goal = e.draft.validate().unwrap();
    let mut a =
        crate::core::sessions::agreement::Agreement::draft_from(&goal, None, d("2027-01-04"));
    a.mentor_name = "Kemal".into();
    m.agreement = Some(a.validate().unwrap());
    e.mentorship = Some(m);
    e
}

#[test]
fn the_default_ask_follows_the_plan() {
    let check = |entry: GoalEntry, today: &str, want: Ask| {
        assert_eq!(default_ask(&entry, d(today)), want, "{today}");
    };
    check(goal_only(), "2027-01-01", Ask::FirstConversation);
    check(with_mentor(), "2027-01-05", Ask::NextSession);
    // After the last session: nothing to prepare, so a review.
    check(with_mentor(), "2027-02-01", Ask::ReviewPlan);
}

#[test]
fn only_parts_the_plan_has_are_offered() {
    use Part::*;
    let check = |entry: GoalEntry, today: &str, want: &[Part]| {
        assert_eq!(offered(&entry, d(today)), want, "{today}");
    };
    check(goal_only(), "2027-01-01", &[Smart, Milestones, Standing]);
    check(
        with_mentor(),
        "2027-01-05",
        &[
            Smart,
            Milestones,
            Standing,
            NextSession,
            Actions,
            MentorName,
        ],
    );
    let mut no_ms = goal_only();
    no_ms.draft.milestones.clear();
    check(no_ms, "2027-01-01", &[Smart, Standing]);
}

#[test]
fn each_part_is_in_the_prompt_only_when_chosen() {
    let e = with_mentor();
    let today = d("2027-01-05");
    let heading = |p: Part| match p {
        Part::Smart => Some("## SMART check of my goal"),
        Part::Milestones => Some("## Milestones"),
        Part::Standing => Some("## Where I stand"),
        Part::NextSession => Some("## Next session"),
        Part::Actions => Some("## Open action items"),
        Part::MentorName => None,
    };
    for p in Part::ALL {
        let all = PromptParts {
            left_out: vec![],
            ask: Ask::NextSession,
            question: String::new(),
        };
        let without = PromptParts {
            left_out: vec![p],
            ..all.clone()
        };
        let with_text = build(&e, &all, today).unwrap();
        let without_text = build(&e, &without, today).unwrap();
        let marker = heading(p).unwrap_or("Kemal");
        assert!(with_text.contains(marker), "{p:?} in:\n{with_text}");
        assert!(!without_text.contains(marker), "{p:?} out:\n{without_text}");
        // The role, the goal and the help wanted are always there.
        for always in [
            "## Your role",
            "## My goal",
            "## What I would like from you",
        ] {
            assert!(without_text.contains(always), "{p:?}: {always}");
        }
    }
}

#[test]
fn the_role_and_the_help_follow_the_ask() {
    let check = |entry: GoalEntry, ask: Ask, want: &[&str]| {
        let parts = PromptParts {
            left_out: vec![],
            ask,
            question: String::new(),
        };
        let text = build(&entry, &parts, d("2027-01-05")).unwrap();
        for w in want {
            assert!(text.contains(w), "{ask:?} lacks {w:?}:\n{text}");
        }
    };
    check(
        goal_only(),
        Ask::FirstConversation,
        &[
            "I do not have a mentor yet.",
            "first conversation with a possible mentor",
            "- I have not found a mentor yet.",
        ],
    );
    check(
        with_mentor(),
        Ask::NextSession,
        &[
            "I have a mentor (Kemal)",
            "next session with Kemal (session 2, Mon 11 January 2027, 09:00 Europe/Berlin)",
            "- Share slides (for Kemal)",
            "- 1 of 4 sessions held.",
        ],
    );
    check(
        goal_only(),
        Ask::ReviewPlan,
        &["3. What to ask a mentor for."],
    );
    // Asked to prepare a session when none is planned: said so, not invented.
    check(
        goal_only(),
        Ask::NextSession,
        &["No session is planned yet"],
    );
}

#[test]
fn an_unfinished_goal_gives_no_prompt() {
    let mut e = goal_only();
    e.draft.statement.clear();
    let parts = PromptParts::defaults(&e, d("2027-01-01"));
    assert_eq!(
        build(&e, &parts, d("2027-01-01")),
        Err(PromptError::UnfinishedGoal)
    );
}

#[test]
fn the_mentees_question_is_one_line_and_capped() {
    let e = goal_only();
    let check = |question: String, want: Option<String>| {
        let parts = PromptParts {
            question,
            ..PromptParts::defaults(&e, d("2027-01-01"))
        };
        let text = build(&e, &parts, d("2027-01-01")).unwrap();
        let got = text
            .lines()
            .find_map(|l| l.strip_prefix("My own question: "))
            .map(str::to_string);
        assert_eq!(got, want);
    };
    check("   ".into(), None);
    check(
        " Where\n do I\tstart? ".into(),
        Some("Where do I start?".into()),
    );
    check(
        "x".repeat(MAX_QUESTION + 5),
        Some(format!("{}…", "x".repeat(MAX_QUESTION))),
    );
}

#[test]
fn days_are_counted_from_today() {
    let check = |date: &str, want: &str| assert_eq!(days_from(d("2027-01-10"), d(date)), want);
    check("2027-01-10", "today");
    check("2027-01-11", "tomorrow");
    check("2027-01-09", "yesterday");
    check("2027-01-20", "in 10 days");
    check("2027-01-01", "9 days ago");
}

#[test]
fn ask_keys_round_trip() {
    for a in Ask::ALL {
        assert_eq!(Ask::from_key(a.key()), Some(a));
    }
    assert_eq!(Ask::from_key("other"), None);
}
