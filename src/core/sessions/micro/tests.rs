use super::*;
use crate::core::mentors::mentor::Mentor;
use crate::core::sessions::plan::{Owner, Session};

fn d(s: &str) -> NaiveDate {
    parse_iso_date(s).unwrap()
}

fn good() -> MicroDraft {
    MicroDraft {
        chosen: true,
        question: "How do I ask for a first speaking slot at a meetup?".into(),
        date: "2027-02-10".into(),
        time: "18:30".into(),
        minutes: "25".into(),
        zone: "Europe/Berlin".into(),
        follow_up: "Email two organisers with a talk idea".into(),
        report_by: "2027-02-24".into(),
    }
}

/// `edit` applied to the good draft gives these problem fields (empty: it validates).
fn check(edit: impl Fn(&mut MicroDraft), expected: &[&str]) {
    let mut draft = good();
    edit(&mut draft);
    let got: Vec<String> = match draft.validate() {
        Ok(_) => Vec::new(),
        Err(errs) => errs.into_iter().map(|e| e.field).collect(),
    };
    assert_eq!(got, expected, "{draft:?}");
}

#[test]
fn validates_every_field_at_once() {
    check(|_| {}, &[]);
    check(|d| d.question = "  ".into(), &["question"]);
    check(|d| d.question = "Why? How? When?".into(), &["question"]);
    check(|d| d.question = "Is this one?".repeat(30), &["question"]);
    check(|d| d.question = "How do I start".into(), &[]);
    check(|d| d.minutes = "19".into(), &["minutes"]);
    check(|d| d.minutes = "20".into(), &[]);
    check(|d| d.minutes = "30".into(), &[]);
    check(|d| d.minutes = "31".into(), &["minutes"]);
    check(|d| d.minutes = "half an hour".into(), &["minutes"]);
    check(|d| d.date = "2027-02-30".into(), &["date"]);
    check(|d| d.time = "25:00".into(), &["time"]);
    check(|d| d.zone = "Mars/Olympus".into(), &["zone"]);
    check(|d| d.follow_up = "".into(), &["follow_up"]);
    check(|d| d.follow_up = "x".repeat(301), &["follow_up"]);
    check(|d| d.report_by = "".into(), &["report_by"]);
    check(|d| d.report_by = "2027-02-09".into(), &["report_by"]);
    check(|d| d.report_by = "2027-02-10".into(), &[]);
    check(|d| d.report_by = "2027-05-12".into(), &["report_by"]);
    // Every problem at once.
    check(
        |d| *d = MicroDraft::default(),
        &[
            "question",
            "date",
            "time",
            "minutes",
            "zone",
            "follow_up",
            "report_by",
        ],
    );
}

#[test]
fn validated_plan_is_a_one_off_rule() {
    let p = good().validate().unwrap();
    assert_eq!(p.rule.end, EndRule::Count(1));
    assert_eq!(p.rule.start, d("2027-02-10"));
    assert_eq!(p.rule.minutes, 25);
    assert_eq!(p.micro.report_by, d("2027-02-24"));
    assert!(p.rule.validate().is_ok());
}

#[test]
fn timing_adds_up_for_every_length() {
    let cases: [(u16, [u16; 4]); 3] = [
        (20, [4, 2, 11, 3]),
        (25, [5, 3, 13, 4]),
        (30, [6, 3, 16, 5]),
    ];
    for (minutes, want) in cases {
        assert_eq!(timing(minutes), want, "{minutes}");
    }
    for m in MIN_MINUTES..=MAX_MINUTES {
        assert_eq!(timing(m).iter().sum::<u16>(), m);
    }
}

#[test]
fn agenda_leads_with_context_then_the_question() {
    let p = good().validate().unwrap();
    let items = agenda(&p.micro, 25);
    let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Context (5 min): where I am and what I have tried so far",
            "The question (3 min): How do I ask for a first speaking slot at a meetup?",
            "Advice (13 min): options, your experience, what to avoid",
            "Next step (4 min): Email two organisers with a talk idea — I report back by 24 February 2027",
        ]
    );
    let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["g1", "g2", "g3", "g4"]);
}

#[test]
fn set_micro_makes_one_session_and_retimes_it_in_place() {
    let mut m = Mentorship::new("p");
    let rep = m
        .set_micro(good().validate().unwrap(), d("2027-01-01"))
        .unwrap();
    assert_eq!(rep.added, 1);
    assert_eq!(m.sessions.len(), 1);
    let id = m.sessions[0].id.clone();
    assert_eq!(id, "s-20270210");
    m.add_action_item(&id, "Send the outline", Owner::Mentee, None)
        .unwrap();
    m.session_mut(&id).unwrap().notes = "private".into();
    // A later date and length: the same session, its notes and actions kept.
    let mut later = good();
    later.date = "2027-02-12".into();
    later.minutes = "30".into();
    m.set_micro(later.validate().unwrap(), d("2027-02-11"))
        .unwrap();
    assert_eq!(m.sessions.len(), 1);
    let s: &Session = &m.sessions[0];
    assert_eq!(
        (s.id.as_str(), s.minutes, s.notes.as_str()),
        (id.as_str(), 30, "private")
    );
    assert_eq!(s.date, d("2027-02-12"));
    assert_eq!(s.action_items.len(), 1);
    // The generated agenda is the micro one.
    let goal = crate::core::sessions::agreement::tests::goal();
    let items = crate::core::sessions::agenda::agenda_for(&m, &goal, &id);
    assert!(items[1].text.starts_with("The question (3 min): How do I"));
    // Back to ongoing: the session stays, the agenda is the ongoing one.
    m.clear_micro();
    assert_eq!(m.sessions.len(), 1);
    let items = crate::core::sessions::agenda::agenda_for(&m, &goal, &id);
    assert!(!items[0].text.starts_with("Context"));
}

#[test]
fn an_ongoing_plan_with_sessions_is_not_turned_into_a_micro_one() {
    let mut m = Mentorship::new("p");
    m.add_session(d("2027-01-04"), chrono::NaiveTime::MIN, 60);
    m.add_session(d("2027-01-18"), chrono::NaiveTime::MIN, 60);
    let before = m.clone();
    let errs = m
        .set_micro(good().validate().unwrap(), d("2027-01-01"))
        .unwrap_err();
    assert_eq!(errs[0].field, "kind");
    assert_eq!(m, before);
}

/// (plan, form, mentor, expected kind).
type KindCase<'a> = (
    Option<&'a Mentorship>,
    Option<&'a MicroDraft>,
    Option<&'a Mentor>,
    PlanKind,
);

#[test]
fn kind_follows_plan_then_choice_then_mentor() {
    let mut micro_mentor = Mentor::known_by_name("m", "Ana", "Europe/Lisbon");
    micro_mentor.forms = vec![MentoringForm::Micro];
    let mut both = micro_mentor.clone();
    both.forms = vec![MentoringForm::OneToOne, MentoringForm::Micro];
    let mut micro_plan = Mentorship::new("p");
    micro_plan
        .set_micro(good().validate().unwrap(), d("2027-01-01"))
        .unwrap();
    let mut ongoing = Mentorship::new("q");
    ongoing.add_session(d("2027-01-04"), chrono::NaiveTime::MIN, 60);
    let chosen = good();
    let declined = MicroDraft {
        chosen: false,
        ..good()
    };
    use PlanKind::*;
    let cases: [KindCase; 8] = [
        (None, None, None, Ongoing),
        (None, None, Some(&both), Ongoing),
        (None, None, Some(&micro_mentor), Micro),
        (None, Some(&declined), Some(&micro_mentor), Ongoing),
        (None, Some(&chosen), None, Micro),
        (Some(&micro_plan), Some(&declined), None, Micro),
        (Some(&ongoing), None, Some(&micro_mentor), Ongoing),
        (
            Some(&Mentorship::new("e")),
            None,
            Some(&micro_mentor),
            Micro,
        ),
    ];
    for (i, (plan, draft, mentor, want)) in cases.into_iter().enumerate() {
        assert_eq!(kind(plan, draft, mentor), want, "case {i}");
    }
    assert!(can_choose(Some(&micro_plan)));
    assert!(!can_choose(Some(&ongoing)));
    // A micro plan turned ongoing (one session, one-off rule) can turn back.
    let mut turned = micro_plan.clone();
    turned.clear_micro();
    assert!(can_choose(Some(&turned)));
    assert_eq!(kind(Some(&turned), Some(&declined), None), Ongoing);
    turned
        .set_micro(good().validate().unwrap(), d("2027-01-01"))
        .unwrap();
    assert_eq!(turned, micro_plan);
}

#[test]
fn the_form_shows_a_saved_plan() {
    let mut m = Mentorship::new("p");
    let p = good().validate().unwrap();
    m.set_micro(p, d("2027-01-01")).unwrap();
    assert_eq!(MicroDraft::from_plan(&m), Some(good()));
    assert_eq!(MicroDraft::from_plan(&Mentorship::new("x")), None);
}
