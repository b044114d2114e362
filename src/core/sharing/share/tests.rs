use super::*;
use crate::core::sessions::agreement::tests::{goal, mentor};
use crate::core::sessions::plan::Owner;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}
fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// A full entry: goal, mentor, agreement, schedule, held sessions with private data.
fn entry() -> GoalEntry {
    let g = goal();
    let mut draft = g.to_draft();
    draft.metric = "talks given".into();
    draft.baseline = "0".into();
    draft.target = "3".into();
    draft.unit = "talks".into();
    let mut m = Mentorship::new("plan-1");
    let rule = ScheduleRule {
        cadence: Cadence::EveryNWeeks(2),
        start: d("2027-01-04"),
        local_time: t(9, 0),
        minutes: 60,
        zone: "Europe/London".into(),
        end: EndRule::Count(6),
        skips: vec![],
    };
    m.regenerate(rule.clone(), d("2027-01-01")).unwrap();
    let mut ad = Agreement::draft_from(&g, Some(&mentor()), d("2027-01-04"));
    ad.set_cadence(&rule.cadence);
    ad.mentee_name = "Sam Rivera".into();
    m.agreement = Some(ad.validate().unwrap());
    m.set_status("s-20270104", SessionStatus::Held).unwrap();
    let s = m.session_mut("s-20270104").unwrap();
    s.notes = "PRIVATE NOTE".into();
    s.feedback = Some(crate::core::sessions::plan::Feedback::new(
        5,
        "PRIVATE FEEDBACK",
    ));
    // A done action item stays private; an open one travels (v2).
    let done = m
        .add_action_item("s-20270104", "PRIVATE ACTION", Owner::Mentee, None)
        .unwrap();
    m.set_action_done(&done, true).unwrap();
    m.add_action_item(
        "s-20270118",
        "Draft the abstract\u{7}",
        Owner::Mentor,
        Some(d("2027-01-30")),
    )
    .unwrap();
    m.session_mut("s-20270118").unwrap().agenda = Some(vec![
        AgendaItem::new("Dry run of the talk"),
        AgendaItem {
            done: true,
            ..AgendaItem::with_id("k-2", "Slides\r\u{7}review")
        },
    ]);
    m.add_win(d("2027-01-05"), "PRIVATE WIN");
    m.move_session("s-20270201", d("2027-02-02"), t(10, 30))
        .unwrap();
    GoalEntry {
        id: "g1".into(),
        draft,
        step: REVIEW_STEP,
        shortlist: vec![crate::core::store::ShortlistEntry {
            mentor_id: "m1".into(),
            note: "PRIVATE SHORTLIST NOTE".into(),
        }],
        mentor: Some(mentor()),
        mentorship: Some(m),
        origin: None,
        agreement_draft: None,
        schedule_draft: None,
        micro_draft: None,
    }
}

fn full() -> ShareParts {
    ShareParts {
        mentee_first_name: Some(" Sam ".into()),
        ..ShareParts::default()
    }
}

#[test]
fn from_entry_shares_the_plan_and_nothing_private() {
    let e = entry();
    let p = SharedPlan::from_entry(&e, &full(), "g1-x7Qp").unwrap();
    assert_eq!(p.origin, "g1-x7Qp");
    assert_eq!(p.mentor_name.as_deref(), Some("Ada Okafor"));
    assert_eq!(p.mentee_name.as_deref(), Some("Sam"));
    assert_eq!(p.goal.milestones.len(), 2);
    assert_eq!(p.goal.measure.as_ref().unwrap().target, 3.0);
    let a = p.agreement.as_ref().unwrap();
    // Prefilled texts travel as "default" markers.
    assert_eq!(a.goals_summary, None);
    assert_eq!(a.frequency, None);
    // The in-person channel names the mentor's city, so it travels as text.
    assert_eq!(
        a.channel.as_deref(),
        Some("In person in Leeds; messages by email")
    );
    assert_eq!(a.confidentiality, None);
    assert_eq!(p.sessions.len(), 6);
    assert_eq!(p.sessions[0].status, SessionStatus::Held);
    assert_eq!(p.sessions[0].agenda, None);
    // Control characters are removed when sharing.
    assert_eq!(
        p.sessions[1].agenda.as_ref().unwrap()[1],
        SharedAgendaItem::new("k-2", "Slidesreview", true)
    );
    // Sessions carry their ids, open action items travel, done ones do not.
    // (left empty when the date gives it; the moved session's id does not match its date).
    assert_eq!(p.sessions[1].id, "");
    assert_eq!(p.sessions[2].id, "s-20270201");
    assert!(p.sessions[0].actions.is_empty());
    assert_eq!(
        p.sessions[1].actions,
        [SharedAction {
            id: "a-2".into(),
            text: "Draft the abstract".into(),
            owner: Owner::Mentor,
            due: Some(d("2027-01-30")),
        }]
    );
    let debug = format!("{p:?}");
    for private in ["PRIVATE", "Sam Rivera", "Engineering lead", "plan-1"] {
        assert!(!debug.contains(private), "{private} leaked: {debug}");
    }
    let link = encode(&p);
    assert!(link.starts_with("v3."));
    assert_eq!(decode(&link).unwrap(), p);
    assert_eq!(
        decode(&format!("https://trellis.example/#{link}")).unwrap(),
        p
    );
    assert_eq!(decode(&format!(" #/shared#{link}\n")).unwrap(), p);
}

#[test]
fn to_entry_rebuilds_a_copy_without_private_data() {
    let e = entry();
    let p = SharedPlan::from_entry(&e, &full(), "g1-x7Qp").unwrap();
    let copy = p.to_entry("g7");
    assert_eq!(copy.id, "g7");
    assert_eq!(copy.origin.as_deref(), Some("g1-x7Qp"));
    assert_eq!(copy.draft.validate().unwrap(), e.draft.validate().unwrap());
    assert_eq!(copy.step, REVIEW_STEP);
    assert!(copy.shortlist.is_empty());
    assert_eq!(copy.mentor.as_ref().unwrap().name, "Ada Okafor");
    assert_eq!(copy.mentor.as_ref().unwrap().city, "");
    let (orig, m) = (
        e.mentorship.as_ref().unwrap(),
        copy.mentorship.as_ref().unwrap(),
    );
    assert_eq!(m.id, "g1-x7Qp-g7");
    let mut want = orig.agreement.clone().unwrap();
    want.mentee_name = "Sam".into();
    assert_eq!(m.agreement.as_ref().unwrap(), &want);
    assert_eq!(m.rule, orig.rule);
    assert!(m.wins.is_empty());
    assert_eq!(m.sessions.len(), orig.sessions.len());
    for (a, b) in m.sessions.iter().zip(&orig.sessions) {
        assert_eq!(
            (a.date, a.local_time, a.minutes),
            (b.date, b.local_time, b.minutes)
        );
        assert_eq!(a.status, b.status);
        assert!(a.notes.is_empty() && a.feedback.is_none());
        assert!(a.action_items.iter().all(|x| !x.done));
        assert_eq!(a.id, b.id, "session ids travel");
    }
    // The open action item arrives with its id; a new one on the copy gets a fresh id.
    assert_eq!(m.session("s-20270118").unwrap().action_items[0].id, "a-2");
    assert_eq!(m.next_action, 2);
    // Agenda lines keep their ids; a line that came without one gets a positional one.
    let ids: Vec<&str> = m
        .session("s-20270118")
        .unwrap()
        .agenda
        .as_ref()
        .unwrap()
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["k1", "k-2"]);
    // The moved session stays moved; the others are re-timeable.
    assert!(m.session("s-20270201").unwrap().moved);
    assert!(!m.session("s-20270118").unwrap().moved);
    // Generated agendas are rebuilt; edited ones kept.
    let agenda0 = p.agenda(0);
    assert!(agenda0[0].text.starts_with("Get to know each other"));
    assert_eq!(p.agenda(1).len(), 2);
    assert!(p.agenda(99).is_empty());
    // Two sessions at the same date and time keep their own agendas.
    let mut twins = p.clone();
    let mut extra = twins.sessions[1].clone();
    extra.agenda = Some(vec![SharedAgendaItem::new("k-t", "Twin", false)]);
    extra.id = String::new();
    twins.sessions.insert(2, extra);
    assert_eq!(twins.agenda(1).len(), 2);
    assert_eq!(twins.agenda(2)[0].text, "Twin");
    let ids: Vec<String> = twins
        .to_entry("g8")
        .mentorship
        .unwrap()
        .sessions
        .iter()
        .map(|s| s.id.clone())
        .collect();
    assert_eq!(ids[1..3], ["s-20270118", "s-20270118-2"]);
    // Sharing the copy again gives the same plan (the line that came without an id now has one).
    let mut again = p.clone();
    again.sessions[1].agenda.as_mut().unwrap()[0].id = "k1".into();
    assert_eq!(
        SharedPlan::from_entry(&copy, &full(), "g1-x7Qp").unwrap(),
        again
    );
}

#[test]
fn parts_leave_things_out() {
    let e = entry();
    let parts = ShareParts {
        milestones: false,
        agendas: false,
        mentor_name: false,
        ..ShareParts::default()
    };
    let p = SharedPlan::from_entry(&e, &parts, "o").unwrap();
    assert!(p.goal.milestones.is_empty());
    assert!(p.sessions.iter().all(|s| s.agenda.is_none()));
    assert_eq!(p.mentor_name, None);
    assert_eq!(p.mentee_name, None);
    let copy = p.to_entry("g2");
    let a = copy
        .mentorship
        .as_ref()
        .unwrap()
        .agreement
        .as_ref()
        .unwrap();
    // The generated summary is rebuilt from the shared goal: no milestones leak through it.
    assert!(
        !a.goals_summary.contains("Outline first talk"),
        "{}",
        a.goals_summary
    );
    assert_eq!(a.mentor_name, "");
    assert!(copy.mentor.is_none());

    let parts = ShareParts {
        agreement: false,
        schedule: false,
        ..ShareParts::default()
    };
    let p = SharedPlan::from_entry(&e, &parts, "o").unwrap();
    assert!(p.agreement.is_none() && p.schedule.is_none() && p.sessions.is_empty());
    // The mentor name still comes from the chosen mentor.
    assert_eq!(p.mentor_name.as_deref(), Some("Ada Okafor"));
    assert!(p.to_entry("g3").mentorship.is_none());

    // Agreement without schedule: the frequency travels as text.
    let parts = ShareParts {
        schedule: false,
        ..ShareParts::default()
    };
    let p = SharedPlan::from_entry(&e, &parts, "o").unwrap();
    assert_eq!(
        p.agreement.as_ref().unwrap().frequency.as_deref(),
        Some("Every 2 weeks")
    );
    assert_eq!(decode(&encode(&p)).unwrap(), p);
}

#[test]
fn from_entry_refuses_what_a_link_cannot_hold() {
    let mut e = entry();
    e.draft.statement = " ".into();
    assert_eq!(
        SharedPlan::from_entry(&e, &full(), "o").unwrap_err(),
        "Finish the goal before sharing it: Write the goal in one sentence."
    );
    let mut e = entry();
    e.draft.deadline = "1999-12-31".into();
    assert_eq!(
        SharedPlan::from_entry(&e, &full(), "o").unwrap_err(),
        "This plan cannot be shared as a link: links hold dates from 2000-01-01 to 2179-06-06 only."
    );
    assert_eq!(
        SharedPlan::from_entry(&entry(), &full(), "  ").unwrap_err(),
        "This plan cannot be shared as a link: the plan id is missing."
    );
}

#[test]
fn same_origin_is_found() {
    let p = SharedPlan::from_entry(&entry(), &full(), "g1-x7Qp").unwrap();
    let mut state = AppState::default();
    state.goals.push(entry());
    // Stored data is read with ids on every agenda line (the migration gives them).
    state.goals[0]
        .mentorship
        .as_mut()
        .unwrap()
        .give_agenda_ids();
    assert!(find_same_origin(&state, "g1-x7Qp").is_none());
    let id = state.next_goal_id();
    state.goals.push(p.to_entry(&id));
    assert_eq!(find_same_origin(&state, "g1-x7Qp").unwrap().id, "g2");
    // The origin survives the store round trip; entries without one serialise as before.
    let raw = crate::core::store::encode(&state, "2027-01-01T00:00:00Z", 1);
    assert_eq!(raw.matches("\"origin\"").count(), 1);
    let back = crate::core::store::decode(&raw).unwrap().data;
    assert_eq!(back, state);
}

#[test]
fn qr_limit() {
    assert!(qr_fits(2_331));
    assert!(!qr_fits(2_332));
}

// ---- malformed links: one test per case, with the exact message ----

fn plan() -> SharedPlan {
    SharedPlan::from_entry(&entry(), &full(), "g1-x7Qp").unwrap()
}

fn pack(bytes: &[u8]) -> String {
    format!(
        "v3.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 10))
    )
}

fn err(link: &str) -> (LinkError, String) {
    let e = decode(link).unwrap_err();
    let msg = e.to_string();
    (e, msg)
}

#[test]
fn empty_link() {
    for s in ["", "   ", "#", "https://trellis.example/#"] {
        let (e, msg) = err(s);
        assert_eq!(e, LinkError::Empty);
        assert_eq!(msg, "This link has no plan in it.");
    }
}

#[test]
fn not_a_trellis_link() {
    for s in [
        "hello", "v1", "x1.AAAA", "v.AAAA", "vx.AAAA", "v0.AAAA", "V1.AAAA", "v-1.AA",
    ] {
        let (e, msg) = err(s);
        assert_eq!(e, LinkError::NotTrellis, "{s}");
        assert_eq!(msg, "This is not a Trellis plan link.");
    }
}

#[test]
fn future_version() {
    let (e, msg) = err("v7.AAAA");
    assert_eq!(e, LinkError::FutureVersion(7));
    assert_eq!(
        msg,
        "This link was made by a newer Trellis (v7). Update Trellis to open it."
    );
    assert_eq!(
        err("v99999999999999.A").0,
        LinkError::FutureVersion(u32::MAX)
    );
}

#[test]
fn too_long() {
    let s = format!("v1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
    let (e, msg) = err(&s);
    assert_eq!(e, LinkError::TooLong(MAX_FRAGMENT_CHARS + 3));
    assert_eq!(
        msg,
        "This link is too long to be a plan (16387 characters; Trellis reads up to 16384)."
    );
}

#[test]
fn bad_base64() {
    for s in ["v1.abc$", "v1.AB==", "v1.A", "v1.ab cd", "v1.+/+/"] {
        let (e, msg) = err(s);
        assert_eq!(e, LinkError::BadBase64, "{s}");
        assert_eq!(
            msg,
            "This link is damaged: it has characters a plan link never has. Ask for the link again, or copy all of it."
        );
    }
}

#[test]
fn truncated_or_corrupted() {
    let link = encode(&plan());
    // Cut at a base64 group boundary so the base64 itself is still valid.
    let cut = 3 + (link.len() - 3) / 2 / 4 * 4;
    let (e, msg) = err(&link[..cut]);
    assert_eq!(e, LinkError::Corrupted);
    assert_eq!(
        msg,
        "This link is cut short or damaged. Ask for the link again, or copy all of it."
    );
    // Block type 3 does not exist in DEFLATE.
    assert_eq!(
        err(&format!("v1.{}", URL_SAFE_NO_PAD.encode([0xffu8; 8]))).0,
        LinkError::Corrupted
    );
    assert_eq!(err("v1.").0, LinkError::Corrupted);
}

#[test]
fn decompression_bomb() {
    let bomb = pack(&vec![0u8; 1024 * 1024]);
    assert!(bomb.len() < MAX_FRAGMENT_CHARS, "{}", bomb.len());
    let (e, msg) = err(&bomb);
    assert_eq!(e, LinkError::TooLargeUnpacked);
    assert_eq!(
        msg,
        "This link unpacks to more than 64 KiB, more than any plan holds, so Trellis did not open it."
    );
    // Exactly at the limit is still read (and then fails as data, not as a bomb).
    assert!(matches!(
        err(&pack(&vec![0u8; MAX_UNPACKED_BYTES])).0,
        LinkError::BadData(_) | LinkError::TrailingBytes(_) | LinkError::Invalid(_)
    ));
}

#[test]
fn not_a_plan() {
    let (e, msg) = err(&pack(&[]));
    assert_eq!(
        e,
        LinkError::BadData("Hit the end of buffer, expected more data".into())
    );
    assert_eq!(
        msg,
        "This link is damaged: the plan in it could not be read (Hit the end of buffer, expected more data). Ask for the link again, or copy all of it."
    );
    // Unknown enum codes and impossible times are data errors too.
    let mut bytes = postcard::to_allocvec(&plan()).unwrap();
    let origin_len = plan().origin.len();
    let aspiration_len = plan().goal.aspiration.len();
    let category_at = 1 + origin_len + 1 + aspiration_len;
    assert_eq!(bytes[category_at], 1, "SkillBuilding is code 1");
    bytes[category_at] = 9;
    assert!(matches!(err(&pack(&bytes)).0, LinkError::BadData(_)));
}

#[test]
fn trailing_bytes() {
    let mut bytes = postcard::to_allocvec(&plan()).unwrap();
    bytes.extend([0, 0]);
    let (e, msg) = err(&pack(&bytes));
    assert_eq!(e, LinkError::TrailingBytes(2));
    assert_eq!(
        msg,
        "This link is damaged: it has 2 unexpected bytes after the plan. Ask for the link again, or copy all of it."
    );
}

fn invalid(p: &SharedPlan) -> String {
    match decode(&encode(p)) {
        Err(LinkError::Invalid(_)) => decode(&encode(p)).unwrap_err().to_string(),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn semantic_checks_after_decoding() {
    let mut p = plan();
    p.goal.statement = "x".repeat(2_001);
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: the goal is 2001 characters long (at most 2000)."
    );
    let mut p = plan();
    p.goal.statement = "Give talks\u{1b}[31m".into();
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: the goal contains control characters."
    );
    let mut p = plan();
    p.mentor_name = Some("Ada\u{0}".into());
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: the mentor's name contains control characters."
    );
    let mut p = plan();
    let ms = p.goal.milestones[0].clone();
    p.goal.milestones = vec![ms; 25];
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: it has more than 24 milestones."
    );
    let mut p = plan();
    let s = p.sessions[0].clone();
    p.sessions = vec![s; 201];
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: it has more than 200 sessions."
    );
    let mut p = plan();
    p.sessions[2].agenda = Some(vec![SharedAgendaItem::new("k1", "a", false); 31]);
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: session 3 has more than 30 agenda items."
    );
    let mut p = plan();
    p.goal.statement = String::new();
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: the goal is not valid (Write the goal in one sentence.)."
    );
    let mut p = plan();
    let a = p.agreement.as_mut().unwrap();
    a.end = a.start;
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: the agreement ends before it starts."
    );
    let mut p = plan();
    p.schedule = None;
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: the agreement's frequency refers to a schedule that is not there."
    );
    let mut p = plan();
    p.schedule.as_mut().unwrap().zone = "Mars/Olympus".into();
    assert!(
        invalid(&p).starts_with("The plan in this link is not valid: the schedule is not valid (")
    );
    let mut p = plan();
    p.sessions[0].minutes = 0;
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: session 1 has a length of 0 minutes."
    );
    let mut p = plan();
    p.origin = String::new();
    assert_eq!(
        invalid(&p),
        "The plan in this link is not valid: the plan id is missing."
    );
}

/// Every problem of a plan comes back at once, each once, in a fixed order.
#[test]
fn every_problem_at_once() {
    type Break = fn(&mut SharedPlan);
    let cases: [(&[Break], &[&str]); 4] = [
        (&[], &[]),
        (
            &[
                |p| p.origin = String::new(),
                |p| p.mentor_name = Some("Ada\u{0}".into()),
                |p| p.sessions[0].minutes = 0,
                |p| {
                    let a = p.agreement.as_mut().unwrap();
                    a.end = a.start;
                },
            ],
            &[
                "the plan id is missing",
                "the mentor's name contains control characters",
                "session 1 has a length of 0 minutes",
                "the agreement ends before it starts",
            ],
        ),
        (
            &[
                |p| p.goal.statement = "x".repeat(2_001),
                |p| p.schedule.as_mut().unwrap().zone = "Mars/Olympus".into(),
            ],
            &[
                "the goal is 2001 characters long (at most 2000)",
                "the schedule is not valid (",
            ],
        ),
        (
            &[
                |p| p.sessions[0].date = d("2179-06-07"),
                |p| p.sessions[1].date = d("2179-06-08"),
            ],
            &["links hold dates from 2000-01-01 to 2179-06-06 only"],
        ),
    ];
    for (i, (breaks, want)) in cases.into_iter().enumerate() {
        let mut p = plan();
        for b in breaks {
            b(&mut p);
        }
        let got = p.validate().err().unwrap_or_default();
        assert_eq!(got.len(), want.len(), "case {i}: {got:?}");
        for (g, w) in got.iter().zip(want) {
            assert!(g.starts_with(w), "case {i}: {g:?} is not {w:?}");
        }
    }
}

#[test]
fn dates_are_limited_to_the_link_range() {
    let mut p = plan();
    p.goal.deadline = d(LAST_DATE);
    p.goal.milestones[0].done = Some(d(FIRST_DATE));
    assert_eq!(decode(&encode(&p)).unwrap(), p);
    assert_eq!(to_days(d("2000-01-01")), 0);
    assert_eq!(from_days(u16::MAX), d(LAST_DATE));
    assert!(!date_in_range(d("2179-06-07")));
    // A time of day past midnight or an unknown code cannot come out of a link.
    #[derive(Deserialize, Debug)]
    struct Time(#[serde(with = "wire::minute_of_day")] NaiveTime);
    let bytes = |m: u16| postcard::to_allocvec(&m).unwrap();
    assert_eq!(
        postcard::from_bytes::<Time>(&bytes(1439)).unwrap().0,
        t(23, 59)
    );
    assert!(postcard::from_bytes::<Time>(&bytes(1440)).is_err());
    #[derive(Deserialize, Debug)]
    struct Cad(#[serde(with = "wire::cadence")] Cadence);
    assert!(postcard::from_bytes::<Cad>(&[2, 35]).is_err());
    assert!(postcard::from_bytes::<Cad>(&[4, 0]).is_err());
    assert_eq!(
        postcard::from_bytes::<Cad>(&[2, 34]).unwrap().0,
        Cadence::MonthlyNthWeekday {
            n: Nth::Last,
            weekday: Weekday::Sun
        }
    );
}

// ---- properties ----

fn text(max: usize) -> impl Strategy<Value = String> {
    // Printable text incl. non-ASCII and newlines, never other control characters.
    proptest::string::string_regex(&format!("[a-zA-Z0-9 ,.!?éüß—«»🎤\n\t]{{0,{max}}}")).unwrap()
}

fn word() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z][a-zA-Z0-9 éü]{0,20}[a-z]").unwrap()
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0u16..=u16::MAX).prop_map(from_days)
}

fn near_date() -> impl Strategy<Value = NaiveDate> {
    (9_000u16..12_000).prop_map(from_days)
}

fn time() -> impl Strategy<Value = NaiveTime> {
    (0u32..24, 0u32..60).prop_map(|(h, m)| t(h, m))
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1000i32..1000).prop_map(f64::from),
        (-1e6f64..1e6),
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
    ]
}

fn goal_strategy() -> impl Strategy<Value = SharedGoal> {
    (
        text(60),
        0usize..7,
        word(),
        proptest::option::of((word(), number(), number(), text(10))),
        date(),
        prop_oneof![Just(0.0f32), (0u8..=80).prop_map(f32::from), 0.0f32..80.0],
        proptest::collection::vec(word(), 0..4),
        proptest::collection::vec((word(), date(), proptest::option::of(date())), 0..6),
        any::<bool>(),
    )
        .prop_map(
            |(
                aspiration,
                cat,
                statement,
                measure,
                deadline,
                weekly_hours,
                skills,
                ms,
                long_term,
            )| {
                let mut focus_skills: Vec<String> = Vec::new();
                for s in skills {
                    if !focus_skills.iter().any(|x| x.eq_ignore_ascii_case(&s)) {
                        focus_skills.push(s);
                    }
                }
                SharedGoal {
                    aspiration,
                    category: Category::ALL[cat],
                    statement,
                    measure: measure.map(|(metric, baseline, target, unit)| SharedMeasure {
                        metric,
                        baseline,
                        target,
                        unit,
                    }),
                    deadline,
                    weekly_hours,
                    focus_skills,
                    milestones: ms
                        .into_iter()
                        .map(|(title, target, done)| SharedMilestone {
                            title,
                            target,
                            done,
                        })
                        .collect(),
                    long_term,
                }
            },
        )
}

fn cadence() -> impl Strategy<Value = Cadence> {
    prop_oneof![
        Just(Cadence::Weekly),
        (2u8..=4).prop_map(Cadence::EveryNWeeks),
        (0usize..5, 0u8..7).prop_map(|(n, w)| Cadence::MonthlyNthWeekday {
            n: [Nth::First, Nth::Second, Nth::Third, Nth::Fourth, Nth::Last][n],
            weekday: Weekday::try_from(w).unwrap(),
        }),
        (1u8..=31).prop_map(Cadence::MonthlyDay),
    ]
}

fn schedule() -> impl Strategy<Value = SharedSchedule> {
    (
        cadence(),
        prop_oneof![
            Just("Europe/London"),
            Just("America/New_York"),
            Just("Asia/Kolkata"),
            Just("UTC")
        ],
        time(),
        15u16..=240,
        near_date(),
        prop_oneof![
            (1u16..=50).prop_map(EndRule::Count),
            (0i64..300).prop_map(|n| EndRule::Until(from_days(12_000) + Duration::days(n))),
        ],
        proptest::collection::vec(near_date(), 0..4),
    )
        .prop_map(
            |(cadence, zone, local_time, minutes, start, end, skips)| SharedSchedule {
                cadence,
                zone: zone.into(),
                local_time,
                minutes,
                start,
                end,
                skips,
            },
        )
}

fn session() -> impl Strategy<Value = SharedSession> {
    (
        date(),
        time(),
        1u16..=1440,
        0usize..4,
        proptest::option::of(proptest::collection::vec(
            (text(40), any::<bool>(), "[a-z0-9-]{0,12}")
                .prop_map(|(text, done, id)| SharedAgendaItem::new(id, text, done)),
            0..5,
        )),
        "(s-[0-9]{8})?",
        proptest::collection::vec(
            (
                "a-[0-9]{1,3}",
                text(40),
                any::<bool>(),
                proptest::option::of(date()),
            )
                .prop_map(|(id, text, mentor, due)| SharedAction {
                    id,
                    text,
                    owner: if mentor { Owner::Mentor } else { Owner::Mentee },
                    due,
                }),
            0..3,
        ),
    )
        .prop_map(
            |(date, local_time, minutes, st, agenda, id, actions)| SharedSession {
                date,
                local_time,
                minutes,
                status: [
                    SessionStatus::Planned,
                    SessionStatus::Held,
                    SessionStatus::Missed,
                    SessionStatus::Cancelled,
                ][st],
                agenda,
                id,
                actions,
            },
        )
}

fn agreement(with_schedule: bool) -> impl Strategy<Value = SharedAgreement> {
    let opt = || proptest::option::of(text(50));
    (
        (opt(), opt(), opt(), opt(), opt(), opt(), opt()),
        0usize..4,
        1u16..=1440,
        (near_date(), 1i64..400),
        proptest::collection::vec(0i64..400, 0..4),
    )
        .prop_map(
            move |(
                (summary, freq, channel, resp, conf, bound, _),
                f,
                session_minutes,
                (start, len),
                rps,
            )| {
                let end = start + Duration::days(len);
                SharedAgreement {
                    goals_summary: summary,
                    frequency: if with_schedule {
                        freq
                    } else {
                        Some(freq.unwrap_or_default())
                    },
                    format: FORMATS_FOR_TEST[f],
                    session_minutes,
                    channel,
                    response_time: resp,
                    confidentiality: conf,
                    boundaries: bound,
                    start,
                    end,
                    review_points: rps
                        .into_iter()
                        .map(|k| start + Duration::days(k.min(len)))
                        .collect(),
                }
            },
        )
}

const FORMATS_FOR_TEST: [Format; 4] =
    [Format::Video, Format::Phone, Format::Chat, Format::InPerson];

fn plan_strategy() -> impl Strategy<Value = SharedPlan> {
    (
        word(),
        goal_strategy(),
        proptest::option::of(schedule()),
        proptest::collection::vec(session(), 0..8),
        proptest::option::of(word()),
        proptest::option::of(word()),
        any::<bool>(),
    )
        .prop_flat_map(
            |(origin, goal, schedule, sessions, mentor, mentee, with_agreement)| {
                let has_schedule = schedule.is_some();
                let agreement = if with_agreement {
                    proptest::option::of(agreement(has_schedule)).boxed()
                } else {
                    Just(None).boxed()
                };
                agreement.prop_map(move |agreement| SharedPlan {
                    origin: origin.clone(),
                    goal: goal.clone(),
                    agreement,
                    schedule: schedule.clone(),
                    sessions: sessions.clone(),
                    mentor_name: mentor.clone(),
                    mentee_name: mentee.clone(),
                    micro: None,
                })
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn round_trip(p in plan_strategy()) {
        prop_assert_eq!(p.validate(), Ok(()));
        let link = encode(&p);
        prop_assert!(link.starts_with(PREFIX));
        prop_assert!(link[PREFIX.len()..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(decode(&link).unwrap(), p.clone());
        // The copy made from it shares back to the same goal.
        let copy = p.to_entry("g1");
        prop_assert!(copy.draft.validate().is_ok());
    }

    #[test]
    fn decode_never_panics(s in any::<String>()) {
        let _ = decode(&s);
        let _ = decode(&format!("v1.{s}"));
    }

    #[test]
    fn damaged_links_never_panic(p in plan_strategy(), at in any::<usize>(), c in "[A-Za-z0-9_-]") {
        let link = encode(&p);
        let i = 3 + at % (link.len() - 3);
        let mut damaged = link.clone();
        damaged.replace_range(i..i + 1, &c);
        let _ = decode(&damaged);
        let _ = decode(&link[..i]);
    }

    #[test]
    fn random_payloads_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = decode(&pack(&bytes));
        let _ = decode(&format!("v1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
    }
}

#[test]
fn a_micro_plan_travels_in_the_link_and_back() {
    use crate::core::sessions::micro::MicroDraft;
    let mut e = entry();
    let draft = MicroDraft {
        question: "How do I get a first talk slot?".into(),
        follow_up: "Email two organisers".into(),
        ..MicroDraft::default_for(
            NaiveDate::from_ymd_opt(2027, 2, 10).unwrap(),
            "Europe/London",
        )
    };
    let mut m = Mentorship::new("p-micro");
    m.set_micro(
        draft.validate().unwrap(),
        NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
    )
    .unwrap();
    m.session_mut("s-20270210").unwrap().notes = "PRIVATE".into();
    e.mentorship = Some(m.clone());
    let plan = SharedPlan::from_entry(&e, &ShareParts::default(), "g1-x").unwrap();
    let link = encode(&plan);
    assert!(link.starts_with("v3."));
    assert!(link.len() < 600, "{}", link.len());
    let back = decode(&link).unwrap();
    assert_eq!(
        back.micro.as_ref().unwrap().question,
        "How do I get a first talk slot?"
    );
    let copy = back.to_entry("g2").mentorship.unwrap();
    assert_eq!(copy.micro, m.micro);
    assert_eq!(copy.sessions.len(), 1);
    assert_eq!(copy.sessions[0].notes, "");
    // A link that says micro but holds two sessions, or no question, is refused.
    let mut two = back.clone();
    two.sessions.push(two.sessions[0].clone());
    two.micro.as_mut().unwrap().question = " ".into();
    let errs = two.validate().unwrap_err();
    assert!(
        errs.contains(&"the micro-mentoring question is missing".to_string()),
        "{errs:?}"
    );
    assert!(errs.contains(&"a micro-mentoring plan has one session, this one has 2".to_string()));
}
