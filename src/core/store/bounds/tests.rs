use super::*;
use crate::core::mentors::directory::sample;
use crate::core::sessions::agreement::Agreement;
use crate::core::sessions::plan::{Feedback, Owner};
use crate::core::sessions::schedule::{EndRule, ScheduleRule};
use crate::core::store::{Roster, decode, decode_roster, encode, encode_roster};
use chrono::NaiveTime;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A state touching every checked value, all in range.
fn sample_state() -> AppState {
    let mut m = Mentorship::new("plan-g1");
    m.agreement = Some(Agreement {
        goals_summary: "Talks".into(),
        frequency: "Every 2 weeks".into(),
        format: crate::core::mentors::mentor::Format::Video,
        session_minutes: 60,
        channel: String::new(),
        response_time: String::new(),
        confidentiality: String::new(),
        boundaries: String::new(),
        start: d("2027-01-04"),
        end: d("2027-06-30"),
        review_points: vec![d("2027-03-29")],
        mentor_name: "Ada".into(),
        mentee_name: "Sam".into(),
    });
    let rule = ScheduleRule {
        cadence: Cadence::EveryNWeeks(2),
        start: d("2027-01-04"),
        local_time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
        minutes: 60,
        zone: "Europe/London".into(),
        end: EndRule::Count(4),
        skips: vec![d("2027-02-01")],
    };
    m.regenerate(rule, d("2027-01-01")).unwrap();
    let first = m.sessions[0].id.clone();
    m.add_action_item(&first, "Draft slides", Owner::Mentee, Some(d("2027-01-10")))
        .unwrap();
    m.session_mut(&first).unwrap().feedback = Some(Feedback::new(4, "Good"));
    m.add_win(d("2027-01-05"), "First outline");
    let mentor = sample().mentors[0].clone();
    AppState {
        goals: vec![GoalEntry {
            id: "g1".into(),
            step: 4,
            mentor: Some(mentor.clone()),
            mentorship: Some(m),
            ..GoalEntry::default()
        }],
        active_goal: Some("g1".into()),
        roster: Some(Roster {
            file_name: "r.csv".into(),
            imported_on: "2027-01-01".into(),
            mentors: vec![mentor],
        }),
        ..AppState::default()
    }
}

fn plan(s: &mut AppState) -> &mut Mentorship {
    s.goals[0].mentorship.as_mut().unwrap()
}

/// Data-driven: a change to the sample state, and the problems it must produce (exactly).
fn check(change: impl FnOnce(&mut AppState), expected: &[&str]) {
    let mut s = sample_state();
    change(&mut s);
    assert_eq!(check_state(&s), expected);
    // The store's decoders refuse exactly these, naming the first ones: the state's own key,
    // and the roster's key (a stored state keeps its roster there).
    let decoded = decode(&encode(&s, "2027-01-01T00:00:00Z", 1)).map(|e| e.data);
    let roster = s
        .roster
        .as_ref()
        .map(|r| decode_roster(&encode_roster(r, "x")));
    match expected.first() {
        None => {
            let mut plan_only = s.clone();
            plan_only.roster = None;
            assert_eq!(decoded.unwrap(), plan_only);
            assert_eq!(roster.map(Result::unwrap), s.roster);
        }
        Some(first) => {
            let msg = match (decoded, roster) {
                (Err(e), _) | (Ok(_), Some(Err(e))) => e.to_string(),
                _ => panic!("{first}: no decoder refused it"),
            };
            assert!(msg.contains(first), "{msg}");
        }
    }
}

#[test]
fn the_sample_is_in_range() {
    check(|_| {}, &[]);
}

#[test]
fn dates_far_outside_the_range() {
    check(
        |s| plan(s).sessions[1].date = NaiveDate::MAX,
        &["goal 1, session 2's date +262142-12-31 is not between 1900-01-01 and 2200-12-31"],
    );
    check(
        |s| {
            plan(s).sessions[0].date = NaiveDate::MIN;
            plan(s).sessions[0].original_date = NaiveDate::MIN;
        },
        &[
            "goal 1, session 1's date -262143-01-01 is not between 1900-01-01 and 2200-12-31",
            "goal 1, session 1's original date -262143-01-01 is not between 1900-01-01 and 2200-12-31",
        ],
    );
    check(
        |s| plan(s).rule.as_mut().unwrap().start = d("1899-12-31"),
        &["goal 1's first scheduled session 1899-12-31 is not between 1900-01-01 and 2200-12-31"],
    );
    check(
        |s| plan(s).rule.as_mut().unwrap().end = EndRule::Until(d("2201-01-01")),
        &["goal 1's schedule end 2201-01-01 is not between 1900-01-01 and 2200-12-31"],
    );
    check(
        |s| plan(s).rule.as_mut().unwrap().skips.push(NaiveDate::MAX),
        &["a skip date of goal 1 +262142-12-31 is not between 1900-01-01 and 2200-12-31"],
    );
    check(
        |s| {
            let a = plan(s).agreement.as_mut().unwrap();
            a.start = NaiveDate::MIN;
            a.end = NaiveDate::MAX;
            a.review_points = vec![d("3000-01-01")];
        },
        &[
            "goal 1's agreement start -262143-01-01 is not between 1900-01-01 and 2200-12-31",
            "goal 1's agreement end +262142-12-31 is not between 1900-01-01 and 2200-12-31",
            "a review point of goal 1 3000-01-01 is not between 1900-01-01 and 2200-12-31",
        ],
    );
    check(
        |s| plan(s).sessions[0].action_items[0].due = Some(NaiveDate::MAX),
        &[
            "goal 1, session 1's action item due date +262142-12-31 is not between 1900-01-01 and 2200-12-31",
        ],
    );
    check(
        |s| plan(s).wins[0].date = d("1000-01-01"),
        &["a win of goal 1 1000-01-01 is not between 1900-01-01 and 2200-12-31"],
    );
    // The edges themselves are fine.
    check(
        |s| {
            plan(s).sessions[0].date = d("1900-01-01");
            plan(s).sessions[1].date = d("2200-12-31");
        },
        &[],
    );
}

#[test]
fn numbers_outside_what_features_allow() {
    check(
        |s| plan(s).sessions[2].minutes = 0,
        &["goal 1, session 3's length in minutes 0 is not between 15 and 240"],
    );
    check(
        |s| plan(s).sessions[2].minutes = u16::MAX,
        &["goal 1, session 3's length in minutes 65535 is not between 15 and 240"],
    );
    check(
        |s| plan(s).rule.as_mut().unwrap().minutes = 241,
        &["goal 1's schedule session length 241 is not between 15 and 240"],
    );
    check(
        |s| plan(s).rule.as_mut().unwrap().cadence = Cadence::EveryNWeeks(0),
        &["goal 1's schedule week interval 0 is not between 2 and 4"],
    );
    check(
        |s| plan(s).rule.as_mut().unwrap().cadence = Cadence::MonthlyDay(32),
        &["goal 1's schedule day of the month 32 is not between 1 and 31"],
    );
    check(
        |s| plan(s).rule.as_mut().unwrap().end = EndRule::Count(u16::MAX),
        &["goal 1's schedule session count 65535 is not between 1 and 200"],
    );
    check(
        |s| plan(s).agreement.as_mut().unwrap().session_minutes = 1,
        &["goal 1's agreed session length 1 is not between 15 and 240"],
    );
    check(
        |s| plan(s).sessions[0].feedback.as_mut().unwrap().rating = 9,
        &["goal 1, session 1's feedback rating 9 is not between 1 and 5"],
    );
    check(
        |s| s.goals[0].step = 200,
        &["goal 1's wizard step 200 is not between 0 and 4"],
    );
    check(
        |s| {
            let m = s.goals[0].mentor.as_mut().unwrap();
            m.capacity = 255;
            m.years_experience = 200;
            m.price_per_month = Some(u32::MAX);
        },
        &[
            "goal 1's mentor's years of experience 200 is not between 0 and 70",
            "goal 1's mentor's capacity 255 is not between 0 and 50",
            "goal 1's mentor's price per month 4294967295 is not between 0 and 100000",
        ],
    );
    check(
        |s| {
            let w = &mut s.roster.as_mut().unwrap().mentors[0].availability[0];
            w.day = 7;
        },
        &[
            "roster mentor 1 has an availability window (day 7, minutes 1140 to 1260) that is not within one day",
        ],
    );
}

#[test]
fn caps_on_lists() {
    check(
        |s| {
            let g = s.goals[0].clone();
            s.goals = (0..=MAX_GOALS)
                .map(|i| GoalEntry {
                    id: format!("g{i}"),
                    mentorship: None,
                    ..g.clone()
                })
                .collect();
        },
        &["201 goals: at most 200 allowed"],
    );
    check(
        |s| s.goals[0].draft.milestones = vec![Default::default(); MAX_MILESTONES + 1],
        &["25 milestones in goal 1: at most 24 allowed"],
    );
    check(
        |s| {
            let one = plan(s).sessions[0].clone();
            plan(s).sessions = vec![one; MAX_PLAN_SESSIONS + 1];
        },
        &["501 sessions in goal 1: at most 500 allowed"],
    );
    // (Too large for the store's byte cap, so checked on its own.)
    let mut s = sample_state();
    let r = s.roster.as_mut().unwrap();
    r.mentors = vec![r.mentors[0].clone(); MAX_ROWS + 1];
    assert_eq!(
        check_state(&s),
        ["20001 mentors in the roster: at most 20000 allowed"]
    );
}

#[test]
fn summary_lists_five_then_counts() {
    let problems: Vec<String> = (1..=8).map(|i| format!("p{i}")).collect();
    assert_eq!(summary(&problems), "p1; p2; p3; p4; p5; and 3 more");
    assert_eq!(summary(&problems[..2]), "p1; p2");
}

#[test]
fn caps_in_words() {
    for (n, want) in [
        (0, "0"),
        (999, "999"),
        (1000, "1,000"),
        (20_000, "20,000"),
        (1_234_567, "1,234,567"),
    ] {
        assert_eq!(thousands(n), want);
    }
    assert_eq!(
        caps_text(),
        "A backup file is at most 15 MB (this browser keeps about 5 million characters) and holds at most 200 goals, 24 milestones per goal, 500 sessions per plan and a roster of 20,000 mentors."
    );
}

/// A mentor's copy with a reply being written, for the caps of the mentor's side.
fn copy() -> crate::core::store::MentorCopy {
    crate::core::store::MentorCopy {
        id: "mc1".into(),
        origin: "g1-x".into(),
        link: "v3.abc".into(),
        saved_on: "2027-01-01".into(),
        notes: "mine".into(),
        reply: crate::core::store::ReplyDraft {
            session: "s-20270104".into(),
            agenda: Some(vec![crate::core::sessions::plan::AgendaItem::with_id(
                "g1", "Hi",
            )]),
            actions: vec![],
            done: vec!["a-1".into()],
            note: "See you".into(),
            ..Default::default()
        },
    }
}

fn action(due: Option<NaiveDate>) -> crate::core::sessions::plan::ActionItem {
    crate::core::sessions::plan::ActionItem {
        id: "a-9".into(),
        text: "Send slides".into(),
        owner: Owner::Mentor,
        due,
        done: false,
        via_reply: false,
    }
}

#[test]
fn caps_on_the_mentors_side_and_micro_plans() {
    use crate::core::sessions::plan::{AgendaItem, MentorNote, Micro};
    check(|s| s.mentoring = vec![copy()], &[]);
    check(
        |s| s.mentoring = vec![copy(); MAX_MENTOR_COPIES + 1],
        &["201 plans you mentor: at most 200 allowed"],
    );
    check(
        |s| {
            let mut c = copy();
            c.link = "v".repeat(MAX_COPY_LINK + 1);
            c.reply.agenda = Some(vec![AgendaItem::with_id("k", "x"); MAX_DRAFT_LINES + 1]);
            c.reply.actions = vec![action(Some(NaiveDate::MAX)); MAX_DRAFT_ACTIONS + 1];
            c.reply.done = vec!["a-1".into(); MAX_DRAFT_DONE + 1];
            c.reply.note = "n".repeat(MAX_MENTOR_NOTE + 1);
            s.mentoring = vec![c];
        },
        &[
            "mentored plan 1's link is 16385 characters long: at most 16384 allowed",
            "31 agenda lines in mentored plan 1's reply: at most 30 allowed",
            "31 new action items in mentored plan 1's reply: at most 30 allowed",
        ][..]
            .iter()
            .copied()
            .chain(std::iter::repeat_n(
                "an action item due date in mentored plan 1's reply +262142-12-31 is not between 1900-01-01 and 2200-12-31",
                MAX_DRAFT_ACTIONS + 1,
            ))
            .chain([
                "81 action items ticked done in mentored plan 1's reply: at most 80 allowed",
                "mentored plan 1's reply note is 2001 characters long: at most 2000 allowed",
            ])
            .collect::<Vec<_>>(),
    );
    check(
        |s| {
            plan(s).mentor_notes = vec![
                MentorNote {
                    seq: 1,
                    text: "x".into()
                };
                MAX_MENTOR_NOTES + 1
            ];
            plan(s).mentor_notes[0].text = "y".repeat(MAX_MENTOR_NOTE + 1);
            plan(s).sessions[1].removed_agenda = vec!["g1".into(); MAX_REMOVED_AGENDA + 1];
        },
        &[
            "201 removed agenda lines remembered in goal 1, session 2: at most 200 allowed",
            "201 notes from the mentor in goal 1: at most 200 allowed",
            "a note from the mentor in goal 1 is 2001 characters long: at most 2000 allowed",
        ],
    );
    check(
        |s| {
            plan(s).micro = Some(Micro {
                question: "q".repeat(MAX_MICRO_TEXT + 1),
                follow_up: "Send it".into(),
                report_by: NaiveDate::MAX,
            });
            s.goals[0].micro_draft = Some(crate::core::sessions::micro::MicroDraft {
                follow_up: "f".repeat(MAX_TEXT + 1),
                ..Default::default()
            });
        },
        &[
            "goal 1's micro-mentoring question is 301 characters long: at most 300 allowed",
            "goal 1's report-back date +262142-12-31 is not between 1900-01-01 and 2200-12-31",
            "goal 1's micro-mentoring follow-up as typed is 2001 characters long: at most 2000 allowed",
        ],
    );
    // The writer's check is the same without the roster.
    let mut s = sample_state();
    s.mentoring = vec![copy(); MAX_MENTOR_COPIES + 1];
    let r = s.roster.as_mut().unwrap();
    r.mentors[0].capacity = 255;
    assert_eq!(
        check_writable(&s),
        ["201 plans you mentor: at most 200 allowed"]
    );
    assert_eq!(check_state(&s).len(), 2);
}
