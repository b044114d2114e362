use super::*;
use crate::core::sharing::share::decode;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn fixture(name: &str) -> SharedPlan {
    let text = match name {
        "small" => include_str!("../../../../tests/fixtures/share_v1_small.txt"),
        "typical" => include_str!("../../../../tests/fixtures/share_v1_typical.txt"),
        _ => include_str!("../../../../tests/fixtures/share_v1_large.txt"),
    };
    decode(text.trim()).unwrap()
}

#[test]
fn session_times_in_the_viewers_zone_with_the_mentees_beside() {
    let check = |date: &str,
                 hhmm: (u32, u32),
                 mentee: Option<&str>,
                 viewer: Option<&str>,
                 want: (&str, Option<&str>)| {
        let t = NaiveTime::from_hms_opt(hhmm.0, hhmm.1, 0).unwrap();
        let got = session_time(d(date), t, 60, mentee, viewer);
        assert_eq!(
            (got.viewer.as_str(), got.mentee.as_deref()),
            want,
            "{date} {mentee:?} → {viewer:?}"
        );
    };
    // Winter: London is UTC+0, New York UTC−5.
    check(
        "2027-02-15",
        (18, 30),
        Some("Europe/London"),
        Some("America/New_York"),
        (
            "Mon 15 February 2027, 13:30 your time · 60 min",
            Some("18:30 in Europe/London"),
        ),
    );
    // Across midnight the mentee's day is named too.
    check(
        "2027-02-15",
        (18, 30),
        Some("Europe/London"),
        Some("Asia/Tokyo"),
        (
            "Tue 16 February 2027, 03:30 your time · 60 min",
            Some("Mon 15 February 2027, 18:30 in Europe/London"),
        ),
    );
    // Summer time on one side only: London is UTC+1 on 5 April, New York UTC−4.
    check(
        "2027-04-05",
        (18, 30),
        Some("Europe/London"),
        Some("America/New_York"),
        (
            "Mon 5 April 2027, 13:30 your time · 60 min",
            Some("18:30 in Europe/London"),
        ),
    );
    // A different zone with the same wall clock is "the same time".
    check(
        "2027-02-15",
        (18, 30),
        Some("Europe/London"),
        Some("Europe/London"),
        (
            "Mon 15 February 2027, 18:30 · 60 min",
            Some("same time for the mentee (Europe/London)"),
        ),
    );
    check(
        "2027-02-15",
        (18, 30),
        Some("Europe/London"),
        Some("Europe/Lisbon"),
        (
            "Mon 15 February 2027, 18:30 · 60 min",
            Some("same time for the mentee (Europe/London)"),
        ),
    );
    // The viewer's zone unknown or unreadable: the mentee's time, named.
    check(
        "2027-02-15",
        (18, 30),
        Some("Europe/London"),
        None,
        (
            "Mon 15 February 2027, 18:30 (Europe/London time) · 60 min",
            None,
        ),
    );
    check(
        "2027-02-15",
        (18, 30),
        Some("Europe/London"),
        Some("Mars/Olympus"),
        (
            "Mon 15 February 2027, 18:30 (Europe/London time) · 60 min",
            None,
        ),
    );
    // No schedule zone in the link: the time as written.
    check(
        "2027-02-15",
        (18, 30),
        None,
        Some("Asia/Tokyo"),
        ("Mon 15 February 2027, 18:30 · 60 min", None),
    );
}

#[test]
fn short_dates() {
    assert_eq!(short_date(d("2027-01-20")), "20 Jan 2027");
    assert_eq!(short_date(d("2027-09-05")), "5 Sep 2027");
}

#[test]
fn first_sentence_of_the_goal() {
    for (input, want) in [
        (
            "Give 3 talks at local meetups by June 30, 2027",
            "Give 3 talks at local meetups by June 30, 2027",
        ),
        (
            "Lead a team of 5 by 2027. I want to grow.",
            "Lead a team of 5 by 2027.",
        ),
        (
            "  Ship v1.2 of the app? Then rest! ",
            "Ship v1.2 of the app?",
        ),
        ("Reach 4.5 stars.", "Reach 4.5 stars."),
        ("", ""),
    ] {
        assert_eq!(first_sentence(input), want, "{input:?}");
    }
}

#[test]
fn the_typical_plan_at_a_glance() {
    let plan = fixture("typical");
    let g = glance(&plan, d("2027-02-10"), Some("America/New_York"));
    assert_eq!(g.title, "Sam’s mentoring plan");
    assert_eq!(g.goal, "Give 3 talks at local meetups by June 30, 2027");
    assert_eq!(g.deadline, d("2027-06-30"));
    assert_eq!(g.progress, "1 of 5 milestones done · 3 of 12 sessions held");
    let next = g.next.as_ref().unwrap();
    assert_eq!(next.index, 3);
    assert_eq!(
        next.time.viewer,
        "Mon 15 February 2027, 13:30 your time · 60 min"
    );
    assert!(!next.edited);
    assert!(!next.agenda.is_empty());
    assert_eq!(g.milestones.len(), 5);
    assert_eq!(g.others.len(), 11);
    assert!(g.others.iter().all(|(i, _)| *i != 3));
}

#[test]
fn the_next_session_is_the_first_planned_one_from_today() {
    let plan = fixture("typical");
    for (today, want) in [
        ("2026-12-01", Some(3)), // sessions 1–3 are held, so the first planned one is next
        ("2027-02-15", Some(3)), // a session today is still next
        ("2027-02-16", Some(4)),
        ("2027-05-24", Some(10)),
        ("2027-06-08", None), // the last one was 2027-06-07
    ] {
        let g = glance(&plan, d(today), None);
        assert_eq!(g.next.as_ref().map(|n| n.index), want, "{today}");
        assert_eq!(g.others.len(), 12 - usize::from(want.is_some()), "{today}");
    }
    // The edited agenda travels as written.
    let g = glance(&plan, d("2027-02-16"), None);
    let next = g.next.unwrap();
    assert!(next.edited);
    let texts: Vec<_> = next.agenda.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Dry run of the first talk, timed",
            "Feedback on slides",
            "Plan the second talk"
        ]
    );
}

#[test]
fn small_and_large_plans() {
    let g = glance(&fixture("small"), d("2027-01-01"), Some("Europe/Paris"));
    assert_eq!(g.title, "A mentee’s mentoring plan");
    assert_eq!(
        g.progress,
        "Nothing to count yet: no milestones or sessions in this link"
    );
    assert!(g.next.is_none() && g.others.is_empty() && g.milestones.is_empty());

    let g = glance(&fixture("large"), d("2027-06-01"), Some("Europe/Berlin"));
    assert_eq!(g.title, "Zoë’s mentoring plan");
    assert_eq!(
        g.goal,
        "Lead a team of 5 with confidence by the end of 2027."
    );
    assert_eq!(g.others.len(), 51);
    let next = g.next.unwrap();
    // 08:15 in New York is 14:15 in Berlin.
    assert!(
        next.time.viewer.ends_with("14:15 your time · 45 min"),
        "{}",
        next.time.viewer
    );
    assert_eq!(
        next.time.mentee.as_deref(),
        Some("08:15 in America/New_York")
    );
}

#[test]
fn a_micro_plan_reads_question_first() {
    let plan =
        decode(include_str!("../../../../tests/fixtures/share_v3_micro.txt").trim()).unwrap();
    let g = glance(&plan, d("2027-02-01"), Some("Europe/London"));
    assert_eq!(g.title, "A mentee’s micro-mentoring question");
    assert_eq!(
        g.micro,
        Some(MicroGlance {
            question: "How do I start a conversation at a design meetup?".into(),
            follow_up: "Go to one meetup and talk to two people — reports back by 24 Feb 2027"
                .into(),
        })
    );
    let next = g.next.unwrap();
    assert_eq!(
        next.time.viewer,
        "Wed 10 February 2027, 17:00 your time · 25 min"
    );
    let texts: Vec<&str> = next.agenda.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        texts[1],
        "The question (3 min): How do I start a conversation at a design meetup?"
    );
    // The saved copy is a micro plan too (the mentor's "Save a copy", a reply's target).
    let entry = plan.to_entry("g9");
    let m = entry.mentorship.unwrap();
    assert_eq!(
        m.micro.unwrap().follow_up,
        "Go to one meetup and talk to two people"
    );
    // An ongoing plan has none.
    assert_eq!(
        glance(&fixture("typical"), d("2027-02-01"), None).micro,
        None
    );
}
