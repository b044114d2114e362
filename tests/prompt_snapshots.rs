//! "Copy as a prompt" text for the reference plans, pinned by snapshot files:
//! `tests/fixtures/prompt_<case>.txt` hold the exact prompt each case gives. A change to the
//! wording fails this test with the first differing line; when the change is meant, re-bless
//! the files with `TRELLIS_BLESS_PROMPTS=1 cargo test --test prompt_snapshots` and review the
//! diff (`git diff tests/fixtures/`) before committing it.

use chrono::{NaiveDate, NaiveTime};
use trellis::core::goals::goal::{GoalDraft, MilestoneDraft};
use trellis::core::mentors::mentor::{CareerStage, Format, Mentor, Style};
use trellis::core::sessions::agreement::Agreement;
use trellis::core::sessions::micro::MicroDraft;
use trellis::core::sessions::plan::{AgendaItem, Mentorship, Owner, SessionStatus};
use trellis::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};
use trellis::core::sharing::prompt::{Ask, Part, PromptParts, build};
use trellis::core::store::{GoalEntry, REVIEW_STEP};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The share fixtures' small plan: a goal only, no milestones, no mentor.
fn small() -> GoalEntry {
    GoalEntry {
        id: "g1".into(),
        draft: GoalDraft {
            category: "networking".into(),
            statement: "Meet 5 people in product design by March 31, 2027".into(),
            deadline: "2027-03-31".into(),
            weekly_hours: "2".into(),
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

const MILESTONES: [(&str, &str); 5] = [
    ("Pick a topic and a meetup", "2027-01-25"),
    ("Outline the first talk", "2027-02-15"),
    ("Dry run with the mentor", "2027-03-08"),
    ("First talk", "2027-03-29"),
    ("Third talk", "2027-06-21"),
];

/// The share fixtures' typical plan as the mentee holds it: 5 milestones (1 done), a mentor,
/// the agreement, 12 fortnightly sessions (3 held), one edited agenda, private notes, and
/// action items on both sides (one done).
fn typical() -> GoalEntry {
    let draft = GoalDraft {
        aspiration: "Become a confident speaker".into(),
        category: "skill".into(),
        statement: "Give 3 talks at local meetups by June 30, 2027".into(),
        metric: "talks given".into(),
        baseline: "0".into(),
        target: "3".into(),
        unit: "talks".into(),
        deadline: "2027-06-30".into(),
        weekly_hours: "3".into(),
        focus_skills: vec!["public speaking".into(), "storytelling".into()],
        milestones: MILESTONES
            .iter()
            .enumerate()
            .map(|(i, (title, target))| MilestoneDraft {
                title: (*title).into(),
                target: (*target).into(),
                done: if i == 0 {
                    "2027-01-20".into()
                } else {
                    String::new()
                },
            })
            .collect(),
        long_term: false,
        template: Some("speaker".into()),
    };
    let mentor = Mentor {
        id: "m7".into(),
        name: "Ada Okafor".into(),
        headline: "Staff engineer, conference speaker".into(),
        industry: "Software".into(),
        stage: CareerStage::Lead,
        years_experience: 15,
        country: "GB".into(),
        city: "Leeds".into(),
        time_zone: "Europe/London".into(),
        languages: vec!["English".into()],
        forms: vec![],
        formats: vec![Format::Video],
        availability: vec![],
        capacity: 2,
        style: Style::Coaching,
        skills: vec!["public speaking".into()],
        interests: vec![],
        bio: "Private-ish bio".into(),
        price_per_month: None,
    };
    let goal = draft.validate().unwrap();
    let rule = ScheduleRule {
        cadence: Cadence::EveryNWeeks(2),
        start: d("2027-01-04"),
        local_time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
        minutes: 60,
        zone: "Europe/London".into(),
        end: EndRule::Count(12),
        skips: vec![],
    };
    let mut m = Mentorship::new("plan-secret-id");
    m.regenerate(rule.clone(), d("2027-01-01")).unwrap();
    let mut ad = Agreement::draft_from(&goal, Some(&mentor), d("2027-01-04"));
    ad.set_cadence(&rule.cadence);
    ad.mentee_name = "Sam Rivera".into();
    ad.session_minutes = "60".into();
    ad.end = "2027-07-04".into();
    ad.end_edited = true;
    ad.review_points = vec!["2027-04-04".into(), "2027-07-04".into()];
    m.agreement = Some(ad.validate().unwrap());
    let ids: Vec<String> = m.sessions.iter().map(|s| s.id.clone()).collect();
    for id in &ids[..3] {
        m.set_status(id, SessionStatus::Held).unwrap();
        m.session_mut(id).unwrap().notes = "Private notes: PRIVATE-NOTE".into();
    }
    let done = m
        .add_action_item(&ids[0], "Choose a meetup", Owner::Mentee, None)
        .unwrap();
    m.set_action_done(&done, true).unwrap();
    m.add_action_item(
        &ids[2],
        "Write the outline of the first talk",
        Owner::Mentee,
        Some(d("2027-02-14")),
    )
    .unwrap();
    m.add_action_item(
        &ids[2],
        "Send two example talks to watch",
        Owner::Mentor,
        None,
    )
    .unwrap();
    m.session_mut(&ids[4]).unwrap().agenda = Some(vec![
        AgendaItem::new("Dry run of the first talk, timed"),
        AgendaItem::new("Feedback on slides"),
        AgendaItem::new("Plan the second talk"),
    ]);
    GoalEntry {
        id: "g1".into(),
        draft,
        step: REVIEW_STEP,
        shortlist: vec![],
        mentor: Some(mentor),
        mentorship: Some(m),
        origin: None,
        agreement_draft: None,
        schedule_draft: None,
        micro_draft: None,
    }
}

/// The typical goal as one micro-mentoring session with the same mentor: one question, 25
/// minutes, the follow-up.
fn micro() -> GoalEntry {
    let mut entry = typical();
    let draft = MicroDraft {
        question: "How do I ask a meetup organiser for my first speaking slot?".into(),
        minutes: "25".into(),
        follow_up: "Email two organisers with a talk idea".into(),
        report_by: "2027-02-24".into(),
        ..MicroDraft::default_for(d("2027-02-10"), "Europe/London")
    };
    let mut m = Mentorship::new("plan-secret-id");
    m.set_micro(draft.validate().unwrap(), d("2027-02-01"))
        .unwrap();
    m.session_mut("s-20270210").unwrap().notes = "Private notes: PRIVATE-NOTE".into();
    entry.mentorship = Some(m);
    entry.micro_draft = Some(draft);
    entry
}

/// (snapshot name, plan, today, choices; `None` = the defaults for that plan and day).
fn cases() -> Vec<(&'static str, GoalEntry, NaiveDate, Option<PromptParts>)> {
    vec![
        // No mentor yet: the prompt prepares the first conversation.
        ("small_first_conversation", small(), d("2026-12-01"), None),
        // Mid-plan with the defaults: the next session (generated agenda), open actions.
        ("typical_next_session", typical(), d("2027-02-10"), None),
        // The next session has the mentee's own agenda; a milestone and an action are overdue,
        // a past session is not marked; the mentor's name is in, the SMART check and the
        // milestones out; a review with the mentee's own question.
        (
            "typical_review_named",
            typical(),
            d("2027-02-20"),
            Some(PromptParts {
                left_out: vec![Part::Smart, Part::Milestones],
                ask: Ask::ReviewPlan,
                question: "  How do I  get\nover stage fright? ".into(),
            }),
        ),
        // A micro-mentoring plan: the prompt says it is one focused conversation.
        ("micro_next_session", micro(), d("2027-02-03"), None),
        // Everything that can be left out, left out.
        (
            "typical_bare",
            typical(),
            d("2027-02-10"),
            Some(PromptParts {
                left_out: Part::ALL.to_vec(),
                ask: Ask::NextSession,
                question: String::new(),
            }),
        ),
    ]
}

fn path(name: &str) -> String {
    format!(
        "{}/tests/fixtures/prompt_{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn prompts_match_their_snapshots() {
    let bless = std::env::var_os("TRELLIS_BLESS_PROMPTS").is_some();
    let mut drifted = Vec::new();
    for (name, entry, today, parts) in cases() {
        let parts = parts.unwrap_or_else(|| PromptParts::defaults(&entry, today));
        let text = build(&entry, &parts, today).unwrap();
        if bless {
            std::fs::write(path(name), &text).unwrap();
        }
        let want = std::fs::read_to_string(path(name))
            .unwrap_or_else(|e| panic!("{name}: no snapshot ({e}); bless it, see the module docs"));
        if text != want {
            let line = text
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| text.lines().count().min(want.lines().count()));
            drifted.push(format!(
                "{name}: differs from line {}:\n  now:      {:?}\n  snapshot: {:?}",
                line + 1,
                text.lines().nth(line).unwrap_or("<end>"),
                want.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    assert!(
        drifted.is_empty(),
        "prompt text drifted (re-bless with TRELLIS_BLESS_PROMPTS=1 if meant):\n{}",
        drifted.join("\n")
    );
}

#[test]
fn prompts_never_carry_private_data() {
    for (name, entry, today, parts) in cases() {
        let parts = parts.unwrap_or_else(|| PromptParts::defaults(&entry, today));
        let text = build(&entry, &parts, today).unwrap();
        for private in [
            "PRIVATE-NOTE",
            "Sam",
            "Rivera",
            "plan-secret-id",
            "Private-ish bio",
        ] {
            assert!(!text.contains(private), "{name} carries {private:?}");
        }
        assert_eq!(
            text.contains("Ada Okafor"),
            parts.includes(Part::MentorName) && entry.mentor.is_some(),
            "{name}: the mentor's name only when chosen"
        );
    }
}
