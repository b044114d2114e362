//! Share links already sent must keep opening. The three reference plans below are written out
//! field by field (not built by `from_entry`), and `tests/fixtures/share_v<N>_*.txt` hold their
//! links as Trellis encoded them when version N shipped (v1: no ids, no action items; v2: the
//! same plans with session and agenda-line ids, and the typical plan's open action item; v3:
//! the v2 plans as ongoing plans, plus a micro-mentoring plan).
//! Never edit a fixture to make this pass: a failure means old links would break.
//!
//! To write the fixture files of the CURRENT link version (never an older one), run with
//! `TRELLIS_WRITE_SHARE_FIXTURES=1`.

use chrono::{Duration, NaiveDate, NaiveTime};
use trellis::core::goals::goal::Category;
use trellis::core::goals::goal::{GoalDraft, MilestoneDraft};
use trellis::core::mentors::mentor::{CareerStage, Format, Mentor, Style};
use trellis::core::sessions::agreement::Agreement;
use trellis::core::sessions::plan::{AgendaItem, Mentorship, SessionStatus};
use trellis::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};
use trellis::core::sharing::share::*;
use trellis::core::store::{GoalEntry, REVIEW_STEP};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}
fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}
fn item(text: &str, done: bool) -> SharedAgendaItem {
    SharedAgendaItem::new("", text, done)
}

/// A v1 reference plan as v2 carries it: every edited agenda line with an id (`k-1`, `k-2`…
/// per session); one session (the last) with an id the date does not give (it was moved), the
/// others with the empty id that means "derive it from the date".
fn with_ids(mut p: SharedPlan) -> SharedPlan {
    if let Some(last) = p.sessions.last_mut() {
        last.id = "s-20000101".into();
    }
    for s in &mut p.sessions {
        for (i, item) in s.agenda.iter_mut().flatten().enumerate() {
            item.id = format!("k-{}", i + 1);
        }
    }
    p
}

/// The typical plan in v2: ids, and the mentee's open action item from the second session.
pub fn typical_v2() -> SharedPlan {
    let mut p = with_ids(typical());
    p.sessions[1].actions = vec![SharedAction {
        id: "a-2".into(),
        text: "Book a slot at the March meetup".into(),
        owner: trellis::core::sessions::plan::Owner::Mentee,
        due: Some(d("2027-02-01")),
    }];
    p
}

/// A goal only: no milestones, no mentor, no sessions.
fn small() -> SharedPlan {
    SharedPlan {
        origin: "g1-4kT9".into(),
        goal: SharedGoal {
            aspiration: String::new(),
            category: Category::Networking,
            statement: "Meet 5 people in product design by March 31, 2027".into(),
            measure: None,
            deadline: d("2027-03-31"),
            weekly_hours: 2.0,
            focus_skills: vec![],
            milestones: vec![],
            long_term: false,
        },
        agreement: None,
        schedule: None,
        sessions: vec![],
        mentor_name: None,
        mentee_name: None,
        micro: None,
    }
}

const MILESTONES: [(&str, &str); 5] = [
    ("Pick a topic and a meetup", "2027-01-25"),
    ("Outline the first talk", "2027-02-15"),
    ("Dry run with the mentor", "2027-03-08"),
    ("First talk", "2027-03-29"),
    ("Third talk", "2027-06-21"),
];

/// 1 goal with a success measure, 5 milestones, the agreement at its prefilled texts, every
/// 2 weeks × 12 sessions (3 held), one edited agenda, mentor and mentee names.
fn typical() -> SharedPlan {
    let start = d("2027-01-04");
    let sessions = (0..12)
        .map(|i| SharedSession {
            date: start + Duration::weeks(2 * i),
            local_time: t(18, 30),
            minutes: 60,
            status: if i < 3 {
                SessionStatus::Held
            } else {
                SessionStatus::Planned
            },
            id: String::new(),
            actions: vec![],
            agenda: (i == 4).then(|| {
                vec![
                    item("Dry run of the first talk, timed", false),
                    item("Feedback on slides", false),
                    item("Plan the second talk", false),
                ]
            }),
        })
        .collect();
    SharedPlan {
        origin: "g1-7Hq2".into(),
        goal: SharedGoal {
            aspiration: "Become a confident speaker".into(),
            category: Category::SkillBuilding,
            statement: "Give 3 talks at local meetups by June 30, 2027".into(),
            measure: Some(SharedMeasure {
                metric: "talks given".into(),
                baseline: 0.0,
                target: 3.0,
                unit: "talks".into(),
            }),
            deadline: d("2027-06-30"),
            weekly_hours: 3.0,
            focus_skills: vec!["public speaking".into(), "storytelling".into()],
            milestones: MILESTONES
                .iter()
                .enumerate()
                .map(|(i, (title, target))| SharedMilestone {
                    title: (*title).into(),
                    target: d(target),
                    done: (i == 0).then(|| d("2027-01-20")),
                })
                .collect(),
            long_term: false,
        },
        agreement: Some(SharedAgreement {
            goals_summary: None,
            frequency: None,
            format: Format::Video,
            session_minutes: 60,
            channel: None,
            response_time: None,
            confidentiality: None,
            boundaries: None,
            start,
            end: d("2027-07-04"),
            review_points: vec![d("2027-04-04"), d("2027-07-04")],
        }),
        schedule: Some(SharedSchedule {
            cadence: Cadence::EveryNWeeks(2),
            zone: "Europe/London".into(),
            local_time: t(18, 30),
            minutes: 60,
            start,
            end: EndRule::Count(12),
            skips: vec![],
        }),
        sessions,
        mentor_name: Some("Ada Okafor".into()),
        mentee_name: Some("Sam".into()),
        micro: None,
    }
}

/// A big plan: long texts, 24 milestones, every agreement text custom, 52 weekly sessions each
/// with an edited agenda of 6 items.
fn large() -> SharedPlan {
    let start = d("2027-01-06");
    let para = "I want to move from individual contributor to leading a team of five, \
                learning to delegate, give feedback that lands, run good one-to-ones and \
                plan a quarter without losing sight of my own growth. ";
    let sessions = (0..52)
        .map(|i| SharedSession {
            date: start + Duration::weeks(i),
            local_time: t(8, 15),
            minutes: 45,
            status: match i % 7 {
                0..=3 if i < 20 => SessionStatus::Held,
                5 if i < 20 => SessionStatus::Missed,
                6 if i > 40 => SessionStatus::Cancelled,
                _ => SessionStatus::Planned,
            },
            id: String::new(),
            actions: vec![],
            agenda: Some(
                (0..6)
                    .map(|k| {
                        item(
                            &format!(
                                "Week {} topic {}: practise a hard conversation, scenario {}",
                                i + 1,
                                k + 1,
                                (i * 6 + k) % 17
                            ),
                            i < 20 && k % 2 == 0,
                        )
                    })
                    .collect(),
            ),
        })
        .collect();
    SharedPlan {
        origin: "g3-Zq81xW0p".into(),
        goal: SharedGoal {
            aspiration: para.repeat(3).trim().into(),
            category: Category::Leadership,
            statement: format!(
                "Lead a team of 5 with confidence by the end of 2027. {}",
                para.trim()
            ),
            measure: Some(SharedMeasure {
                metric: "team health score".into(),
                baseline: 2.5,
                target: 4.25,
                unit: "out of 5".into(),
            }),
            deadline: d("2027-12-31"),
            weekly_hours: 4.5,
            focus_skills: (1..=12).map(|i| format!("leadership skill {i}")).collect(),
            milestones: (0..24)
                .map(|i| SharedMilestone {
                    title: format!(
                        "Milestone {}: a step that is described in a few words",
                        i + 1
                    ),
                    target: start + Duration::days(14 * i + 10),
                    done: (i < 8).then(|| start + Duration::days(14 * i + 9)),
                })
                .collect(),
            long_term: true,
        },
        agreement: Some(SharedAgreement {
            goals_summary: Some(
                format!("Grow into the team lead role. {para}")
                    .trim()
                    .into(),
            ),
            frequency: Some("Weekly, Wednesday mornings before stand-up".into()),
            format: Format::InPerson,
            session_minutes: 45,
            channel: Some("In person at the Leeds office, 3rd floor; Signal for messages".into()),
            response_time: Some("Same day on weekdays".into()),
            confidentiality: Some(
                "Nothing leaves the room, including names of team members we discuss.".into(),
            ),
            boundaries: Some(
                "No sessions in August. Either of us can pause with a week's notice.".into(),
            ),
            start,
            end: d("2027-12-29"),
            review_points: vec![
                d("2027-04-07"),
                d("2027-07-07"),
                d("2027-10-06"),
                d("2027-12-29"),
            ],
        }),
        schedule: Some(SharedSchedule {
            cadence: Cadence::Weekly,
            zone: "America/New_York".into(),
            local_time: t(8, 15),
            minutes: 45,
            start,
            end: EndRule::Until(d("2027-12-29")),
            skips: vec![],
        }),
        sessions,
        mentor_name: Some("María José Fernández-Østergaard".into()),
        mentee_name: Some("Zoë".into()),
        micro: None,
    }
}

/// Every shipped version with its reference plans as that version carries them.
fn fixtures() -> Vec<(u32, &'static str, SharedPlan)> {
    vec![
        (1, "small", small()),
        (1, "typical", typical()),
        (1, "large", large()),
        (2, "small", with_ids(small())),
        (2, "typical", typical_v2()),
        (2, "large", with_ids(large())),
        (3, "small", with_ids(small())),
        (3, "typical", typical_v2()),
        (3, "large", with_ids(large())),
        (3, "micro", micro()),
    ]
}

/// A micro-mentoring plan (`v3`): the small plan's goal, one 25-minute session with its
/// generated agenda, the question and the follow-up.
pub fn micro() -> SharedPlan {
    let mut p = with_ids(small());
    p.origin = "g2-m1cr".into();
    p.schedule = Some(SharedSchedule {
        cadence: Cadence::Weekly,
        zone: "Europe/Berlin".into(),
        local_time: t(18, 0),
        minutes: 25,
        start: d("2027-02-10"),
        end: EndRule::Count(1),
        skips: vec![],
    });
    p.sessions = vec![SharedSession {
        date: d("2027-02-10"),
        local_time: t(18, 0),
        minutes: 25,
        status: SessionStatus::Planned,
        agenda: None,
        id: String::new(),
        actions: vec![],
    }];
    p.micro = Some(SharedMicro {
        question: "How do I start a conversation at a design meetup?".into(),
        follow_up: "Go to one meetup and talk to two people".into(),
        report_by: d("2027-02-24"),
    });
    p
}

fn path(version: u32, name: &str) -> String {
    format!(
        "{}/tests/fixtures/share_v{version}_{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn fixture_links_keep_decoding() {
    let write = std::env::var_os("TRELLIS_WRITE_SHARE_FIXTURES").is_some();
    for (version, name, plan) in fixtures() {
        let name = &format!("v{version}_{name}");
        assert_eq!(plan.validate(), Ok(()), "{name}");
        if write && version == LINK_VERSION {
            std::fs::write(path(version, &name[3..]), encode(&plan) + "\n").unwrap();
        }
        let link = std::fs::read_to_string(path(version, &name[3..])).unwrap();
        assert!(link.starts_with(&format!("v{version}.")), "{name}");
        if version < LINK_VERSION {
            // An old link reads as an ongoing plan.
            assert_eq!(decode(link.trim()).unwrap().micro, None, "{name}");
        }
        if version == 1 {
            // A v1 link reads as its plan with no ids and no action items.
            assert!(
                decode(link.trim())
                    .unwrap()
                    .sessions
                    .iter()
                    .all(|s| s.id.is_empty() && s.actions.is_empty()),
                "{name}"
            );
        }
        let link = link.trim();
        assert_eq!(decode(link).unwrap(), plan, "{name}");
        // Today's encoder round-trips too (its bytes may differ after a compressor update).
        let now = encode(&plan);
        assert_eq!(decode(&now).unwrap(), plan, "{name}");
        println!(
            "share_{name}: fixture {} chars, encoded now {} chars, fits a QR code: {}",
            link.len(),
            now.len(),
            qr_fits(now.len() + "https://trellis.example/#".len())
        );
    }
}

#[test]
fn typical_plan_fits_the_budget() {
    let len = encode(&typical_v2()).len();
    assert!(len <= 600, "typical plan link is {len} characters");
    let small = encode(&small()).len();
    assert!(small <= 150, "small plan link is {small} characters");
}

/// The typical plan as the mentee's app holds it, with private data the link must not carry.
fn typical_entry() -> GoalEntry {
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
        local_time: t(18, 30),
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
    // The reference plan's mentee agreed on 60-minute sessions and a six-month term (the
    // prefilled length and end are the intro's 45 minutes and the goal's deadline).
    ad.session_minutes = "60".into();
    ad.end = "2027-07-04".into();
    ad.end_edited = true;
    ad.review_points = vec!["2027-04-04".into(), "2027-07-04".into()];
    m.agreement = Some(ad.validate().unwrap());
    let ids: Vec<String> = m.sessions.iter().map(|s| s.id.clone()).collect();
    for id in &ids[..3] {
        m.set_status(id, SessionStatus::Held).unwrap();
        m.session_mut(id).unwrap().notes = "Private notes".into();
    }
    let done = m
        .add_action_item(
            &ids[1],
            "Private action",
            trellis::core::sessions::plan::Owner::Mentee,
            None,
        )
        .unwrap();
    m.set_action_done(&done, true).unwrap();
    m.add_action_item(
        &ids[1],
        "Book a slot at the March meetup",
        trellis::core::sessions::plan::Owner::Mentee,
        Some(d("2027-02-01")),
    )
    .unwrap();
    // Ids are stable: the last session keeps an id from a date it no longer has.
    m.sessions.last_mut().unwrap().id = "s-20000101".into();
    m.session_mut(&ids[4]).unwrap().agenda = Some(vec![
        AgendaItem::with_id("k-1", "Dry run of the first talk, timed"),
        AgendaItem::with_id("k-2", "Feedback on slides"),
        AgendaItem::with_id("k-3", "Plan the second talk"),
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

#[test]
fn from_entry_builds_the_typical_reference_plan() {
    let parts = ShareParts {
        mentee_first_name: Some("Sam".into()),
        ..ShareParts::default()
    };
    let plan = SharedPlan::from_entry(&typical_entry(), &parts, "g1-7Hq2").unwrap();
    assert_eq!(plan, typical_v2());
    // What it would cost to send all 12 agendas instead of regenerating them.
    let mut all = plan.clone();
    for i in 0..all.sessions.len() {
        let agenda: Vec<SharedAgendaItem> = plan
            .agenda(i)
            .into_iter()
            .map(|a| SharedAgendaItem::new(a.id, a.text, a.done))
            .collect();
        all.sessions[i].agenda = Some(agenda);
    }
    println!(
        "typical plan: {} chars with generated agendas regenerated, {} chars if all 12 agendas were sent",
        encode(&plan).len(),
        encode(&all).len()
    );
    // Saving a copy of the link gives back the plan, minus private data.
    let copy = decode(&encode(&plan)).unwrap().to_entry("g2");
    let m = copy.mentorship.as_ref().unwrap();
    assert!(
        m.sessions.iter().all(
            |s| s.notes.is_empty() && s.action_items.iter().all(|a| a.text != "Private action")
        )
    );
    assert_eq!(m.agreement.as_ref().unwrap().mentee_name, "Sam");
    assert_eq!(
        m.agreement.as_ref().unwrap().goals_summary,
        typical_entry()
            .mentorship
            .unwrap()
            .agreement
            .unwrap()
            .goals_summary
    );
}
