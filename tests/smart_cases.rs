//! Data-driven SMART cases: each statement with the expected verdict per letter.
//!
//! Codes: one character per letter S, M, A, R, T — `M` met, `P` partly, `X` missing.
//! Unless a case says otherwise the rest of the draft is: aspiration, category and one focus
//! skill filled (so R is met), 5 hours a week, no milestones, no success measure.

use chrono::NaiveDate;
use trellis::core::goals::datetext::find_deadline;
use trellis::core::goals::goal::GoalDraft;
use trellis::core::goals::smart::{Assessment, Letter, Verdict, assess};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn base(statement: &str, deadline: &str) -> GoalDraft {
    GoalDraft {
        aspiration: "Grow my career".into(),
        category: "career".into(),
        statement: statement.into(),
        deadline: deadline.into(),
        weekly_hours: "5".into(),
        focus_skills: vec!["public speaking".into()],
        ..GoalDraft::default()
    }
}

fn check_draft(draft: &GoalDraft, expected: &str) -> Assessment {
    let a = assess(draft, today());
    assert_eq!(
        a.code(),
        expected,
        "statement {:?}, deadline {:?}:\n{:#?}",
        draft.statement,
        draft.deadline,
        a.checks
    );
    // Every check has a one-sentence reason; anything short of met says what to do.
    for c in &a.checks {
        assert!(!c.reason.is_empty());
        if c.verdict != Verdict::Met {
            assert!(c.suggestion.is_some(), "{:?} needs a suggestion", c.letter);
        }
    }
    a
}

fn check(statement: &str, deadline: &str, expected: &str) -> Assessment {
    check_draft(&base(statement, deadline), expected)
}

const CASES: &[(&str, &str, &str)] = &[
    // Empty and blank.
    ("", "", "XXPMX"),
    ("   \n\t  ", "", "XXPMX"),
    // Complete goals, every date form.
    ("Give 3 talks at meetups by June 30, 2027", "", "MMMMM"),
    ("Give 3 talks at meetups", "2027-06-30", "MMMMM"),
    ("Ship the MVP by March 2027", "", "MMMMM"),
    (
        "Pass the AWS Solutions Architect exam by 31/01/2027",
        "",
        "MMMMM",
    ),
    ("Give 3 talks by 03/04/2027", "", "MMMMM"),
    ("Give 3 talks by 12/25/2027", "", "MMMMM"),
    ("Publish 2 blog posts on 2027-06-01", "", "MMMMM"),
    ("Finish the Rust book by 12 February 2027", "", "MMMMM"),
    ("Run a 10k race within 3 months", "", "MMMMM"),
    ("Write 4 chapters in the next 6 weeks", "", "MMMMM"),
    ("Apply to 5 jobs in 10 days", "", "MMMMM"),
    ("Launch the beta by the end of Q3 2027", "", "MMMMM"),
    ("Hire 2 engineers by the end of next quarter", "", "MMMMM"),
    (
        "Complete 3 online courses by the end of the year",
        "",
        "MMMMM",
    ),
    ("Read 6 books this year", "", "MMMMM"),
    ("Submit my thesis by October 15", "", "MMMMM"),
    ("Earn the PMP certification by Jun 1st 2027", "", "MMMMM"),
    ("Present at 2 conferences by Sept 2027", "", "MMMMM"),
    ("Mentor 3 juniors by the 15th of March", "", "MMMMM"),
    (
        "Get promoted to senior engineer by the end of Q2 2027",
        "",
        "MMMMM",
    ),
    (
        "Land a product manager role by 2027-06-01 and negotiate a 10% raise",
        "",
        "MMMMM",
    ),
    ("Save $5,000 for a course by Dec 2027", "", "MMMMM"),
    (
        "Run a half-marathon in under 2 hours by April 2027",
        "",
        "MMMMM",
    ),
    (
        "Interview 10 users and ship 1 feature in two weeks",
        "",
        "MMMMM",
    ),
    ("Teach 4 workshops by the end of this quarter", "", "MMMMM"),
    ("Finish the course in 10 days", "", "MMMMM"),
    ("Write twelve blog posts by Nov 30", "", "MMMMM"),
    ("Give a dozen talks within a year", "", "MMMMM"),
    (
        "Ship v2.0 to 100 customers by the end of next month",
        "",
        "MMMMM",
    ),
    (
        "Lead the migration of 3 services to Kubernetes by Q1",
        "",
        "MMMMM",
    ),
    ("Increase sales by 20% by March 2027", "", "MMMMM"),
    (
        "Give 3 talks at meetups by next year",
        "not a date",
        "MMMMM",
    ),
    // 'portfolio' is a generic noun under a vague frame, not a finish line (issue 16).
    ("Work on my portfolio in 2027", "", "PXMMM"),
    // Punctuation, case, Unicode.
    ("GIVE 3 TALKS AT MEETUPS BY JUNE 30, 2027!!!", "", "MMMMM"),
    ("give 3 talks at meetups, by june 30 2027.", "", "MMMMM"),
    ("Give 3 talks 🎤 by June 30, 2027 🎉", "", "MMMMM"),
    ("Give a keynote at JSConf 🎤🎉 by 30 June 2027", "", "MXMMM"),
    ("Launch the Café Crème newsletter in 3 weeks", "", "MMMMM"),
    ("Présenter 3 exposés à Zürich avant juin 2027", "", "PMPMX"),
    ("在2027年6月前做三次演讲", "", "PMPMX"),
    ("🚀🚀🚀", "", "XXPMX"),
    (
        "Build a CLI tool in Rust and publish it on crates.io by 1 Sept. 2027",
        "",
        "MXMMM",
    ),
    // Vague wording.
    ("Get better at public speaking", "", "PXPMX"),
    ("Be better", "", "XXPMX"),
    ("Do more exercise", "", "XXPMX"),
    ("Improve my Python skills someday", "", "PXPMX"),
    ("Learn Rust eventually", "", "PXPMX"),
    (
        "I want to learn about machine learning and grow as a person",
        "",
        "PXPMX",
    ),
    ("Increase my confidence", "", "PXPMX"),
    // 'a mobile app' is a generic noun, not a finish line (issue 16).
    ("Develop a mobile app", "", "PXPMX"),
    ("Apply to jobs", "", "PXPMX"),
    ("Speak at a conference soon", "", "MXPMX"),
    ("One day I will write a novel", "", "MXPMX"),
    // Deadlines: invalid, past, too close.
    ("Give 3 talks by 31/02/2027", "", "MMPMX"),
    ("Give 3 talks at meetups", "", "MMPMX"),
    ("Give 3 talks", "2026-11-25", "PMPMM"),
    ("Give 3 talks", "2027-13-01", "PMPMX"),
    ("Give 3 talks at meetups", "2026-01-01", "MMXMM"),
    ("Give 3 talks at meetups", "next year", "MMPMX"),
    ("Get promoted", "2027-06-30", "PMMMM"),
    ("Finish it tomorrow", "2026-11-23", "PXPMM"),
    // Absolutist words.
    (
        "Always give perfect talks at 3 meetups by June 2027",
        "",
        "MMPMM",
    ),
    ("Never miss a single gym session by March 2027", "", "PXPMM"),
    (
        "Go to the gym every single day until 2027-03-01",
        "",
        "PXPMM",
    ),
];

#[test]
fn statement_table() {
    assert!(CASES.len() >= 60, "only {} cases", CASES.len());
    let mut failures = Vec::new();
    for &(statement, deadline, expected) in CASES {
        let got = assess(&base(statement, deadline), today()).code();
        if got != expected {
            failures.push(format!(
                "{statement:?} / {deadline:?}: expected {expected}, got {got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Run each through `check` too, for the reason/suggestion invariants.
    for &(statement, deadline, expected) in CASES {
        check(statement, deadline, expected);
    }
}

#[test]
fn per_letter_verdicts_and_words_quoted() {
    let a = check("Improve my Python skills someday", "", "PXPMX");
    let s = a.get(Letter::Specific);
    assert_eq!(
        s.suggestion.as_deref(),
        Some("'Improve' is hard to check — what would be different once it has improved?")
    );
    let t = a.get(Letter::TimeBound);
    assert_eq!(t.reason, "'someday' isn't a date.");
    let a = check("Learn Rust eventually", "", "PXPMX");
    assert_eq!(
        a.get(Letter::Specific).suggestion.as_deref(),
        Some("'Learn' is a start — what will you build, pass or show to prove it?")
    );
    assert_eq!(
        a.get(Letter::TimeBound).suggestion.as_deref(),
        Some("Swap 'eventually' for a date, e.g. 'by 28 February 2027'.")
    );
    let a = check("Give 3 talks at meetups by June 30, 2027", "", "MMMMM");
    assert_eq!(
        a.get(Letter::Specific).reason,
        "It names a concrete action: 'Give 3 talks at meetups'."
    );
    assert_eq!(
        a.get(Letter::Measurable).reason,
        "It has something to count or check off: '3 talks'."
    );
    let a = check(
        "Always give perfect talks at 3 meetups by June 2027",
        "",
        "MMPMM",
    );
    assert_eq!(
        a.get(Letter::Achievable).reason,
        "'Always' leaves no room for a bad week."
    );
}

#[test]
fn issue_16_examples() {
    // Actions judged by their shape, quoted to a phrase boundary.
    let a = check(
        "Expand my client base to 20 clients by October 2027.",
        "",
        "MMMMM",
    );
    assert_eq!(
        a.get(Letter::Specific).reason,
        "It names a concrete action: 'Expand my client base to 20 clients'."
    );
    let a = check(
        "Get my first paper accepted at a conference by 2027-09-01.",
        "",
        "MMMMM",
    );
    assert_eq!(
        a.get(Letter::Specific).reason,
        "It names a concrete action: 'Get my first paper accepted'."
    );
    let a = check(
        "Finish the AWS Solutions Architect certification by March 2027",
        "",
        "MMMMM",
    );
    assert_eq!(
        a.get(Letter::Specific).reason,
        "It names a concrete action: 'Finish the AWS Solutions Architect certification'."
    );
    let a = check(
        "Expand my client base from 8 to 20 clients by October 2027.",
        "",
        "MMMMM",
    );
    assert_eq!(
        a.get(Letter::Measurable).reason,
        "It has something to count or check off: '8 to 20 clients'."
    );
    // Vague frames wherever they stand.
    let a = check("Do more design work.", "", "PXPMX");
    assert_eq!(
        a.get(Letter::Specific).suggestion.as_deref(),
        Some("'Do more' is hard to check — more of what, and how many?")
    );
    let a = check("I want to get better at writing proposals.", "", "PXPMX");
    assert_eq!(
        a.get(Letter::Specific).suggestion.as_deref(),
        Some("'get better at' is hard to check — what would you see when you're better at it?")
    );
    // Nonsense and one word are missing.
    check("qwe rty", "", "XXPMX");
    let a = check("Promotion.", "", "XXPMX");
    assert_eq!(a.get(Letter::Specific).reason, "One word isn't a goal yet.");
    // A generic noun is not a finish line; a finishing verb or a credential is.
    check("I want to be better at my job someday", "", "PXPMX");
    check("Study for the CPA exam", "", "PXPMX");
    check(
        "Submit my grant application by 15 January 2027",
        "",
        "MMMMM",
    );
    // Each deadline phrase is read, and the reading is shown.
    for (statement, reading) in [
        (
            "Spend 5 hours a week on my portfolio for the next 10 weeks",
            "The goal says 'for the next 10 weeks' (31 January 2027).",
        ),
        (
            "Go to the gym 3 times a week for 12 consecutive weeks",
            "The goal says 'for 12 consecutive weeks' (14 February 2027).",
        ),
        (
            "Interview 15 customers over the next 6 weeks",
            "The goal says 'over the next 6 weeks' (3 January 2027).",
        ),
        (
            "Finish my thesis before July 2027",
            "The goal says 'before July 2027' (30 June 2027).",
        ),
        (
            "Send my CV to 3 recruiters by Friday",
            "The goal says 'by Friday' (27 November 2026).",
        ),
        (
            "Apply to 8 roles by the end of this month",
            "The goal says 'by the end of this month' (30 November 2026).",
        ),
        (
            "Apply to 8 roles by the end of next month",
            "The goal says 'by the end of next month' (31 December 2026).",
        ),
        (
            "Publish 4 blog posts in 3 weeks' time",
            "The goal says 'in 3 weeks' time' (13 December 2026).",
        ),
    ] {
        let a = assess(&base(statement, ""), today());
        assert_eq!(a.get(Letter::TimeBound).reason, reading, "{statement}");
    }
}

#[test]
fn found_deadline_is_offered() {
    // Field empty: offer the date from the statement.
    let a = check("Give 3 talks at meetups by March 2027", "", "MMMMM");
    let f = a.found_deadline.as_ref().unwrap();
    assert_eq!(f.date, NaiveDate::from_ymd_opt(2027, 3, 31).unwrap());
    assert_eq!(f.matched, "by March 2027");
    assert!(a.offer_deadline);
    assert_eq!(
        a.get(Letter::TimeBound).suggestion.as_deref(),
        Some("Use 31 March 2027 as the deadline?")
    );
    // Field differs from an absolute date: offer, and ask which one.
    let a = check(
        "Give 3 talks at meetups by March 2027",
        "2027-06-30",
        "MMMMM",
    );
    assert!(a.offer_deadline);
    assert_eq!(
        a.get(Letter::TimeBound).suggestion.as_deref(),
        Some(
            "Your goal says 'by March 2027' (31 March 2027) but the deadline is 30 June 2027 — which one?"
        )
    );
    // Field agrees: nothing to offer.
    let a = check(
        "Give 3 talks at meetups by March 2027",
        "2027-03-31",
        "MMMMM",
    );
    assert!(!a.offer_deadline);
    assert_eq!(a.get(Letter::TimeBound).suggestion, None);
    // Relative spans never override a set deadline.
    let a = check("Give 3 talks within 6 months", "2027-06-30", "MMMMM");
    assert!(a.found_deadline.as_ref().unwrap().relative);
    assert!(!a.offer_deadline);
    // Day-first numeric date.
    let a = check("Give 3 talks by 03/04/2027", "", "MMMMM");
    assert_eq!(
        a.found_deadline.unwrap().date,
        NaiveDate::from_ymd_opt(2027, 4, 3).unwrap()
    );
    // No date: nothing found.
    let a = check("Give 3 talks at meetups", "", "MMPMX");
    assert_eq!(a.found_deadline, None);
    assert!(!a.offer_deadline);
}

#[test]
fn achievable_variants() {
    let mut d = base("Give 3 talks at meetups", "2027-06-30");
    d.weekly_hours = String::new();
    check_draft(&d, "MMXMM");
    d.weekly_hours = "0".into();
    check_draft(&d, "MMXMM");
    d.weekly_hours = "lots".into();
    let a = check_draft(&d, "MMXMM");
    assert_eq!(
        a.get(Letter::Achievable).reason,
        "'lots' isn't a number of hours per week."
    );
    d.weekly_hours = "70".into();
    check_draft(&d, "MMPMM");
    d.weekly_hours = "2,5".into();
    check_draft(&d, "MMMMM");
    // Scope: 12 talks × 3 h = 36 h, but 4 weeks × 2 h = 8 h.
    let mut d = base("Give 12 talks at meetups", "2026-12-20");
    d.weekly_hours = "2".into();
    d.metric = "talks given".into();
    d.target = "12".into();
    check_draft(&d, "MMPMM");
    d.weekly_hours = "10".into();
    check_draft(&d, "MMMMM");
    // A past deadline and no hours: both said at once, severe first.
    let mut d = base("Give 3 talks at meetups", "2026-01-01");
    d.weekly_hours = String::new();
    let a = check_draft(&d, "MMXMM");
    assert_eq!(
        a.get(Letter::Achievable).reason,
        "No time is set aside each week; the deadline 1 January 2026 has already passed."
    );
    // Many milestones, little time.
    let mut d = base("Give 3 talks at meetups", "2026-12-06");
    d.weekly_hours = "1".into();
    d.milestones = vec![Default::default(); 4];
    for (i, m) in d.milestones.iter_mut().enumerate() {
        m.title = format!("Step {i}");
    }
    check_draft(&d, "MMPMM");
}

#[test]
fn measurable_from_success_measure() {
    let mut d = base("Become a better speaker", "2027-06-30");
    check_draft(&d, "PXMMM");
    d.metric = "talks given".into();
    check_draft(&d, "PPMMM");
    d.target = "3".into();
    let a = check_draft(&d, "PMMMM");
    assert_eq!(
        a.get(Letter::Measurable).reason,
        "The success measure says how you'll count it: talks given 0 → 3."
    );
    d.metric = String::new();
    check_draft(&d, "PPMMM");
}

#[test]
fn relevant_parts() {
    let mut d = base("Give 3 talks at meetups", "2027-06-30");
    d.aspiration = String::new();
    d.category = String::new();
    d.focus_skills.clear();
    let a = check_draft(&d, "MMMXM");
    assert_eq!(
        a.get(Letter::Relevant).reason,
        "Still missing: your why (aspiration), a category and focus skills."
    );
    d.aspiration = "Become a confident speaker who gives talks".into();
    let a = check_draft(&d, "MMMPM");
    assert_eq!(
        a.get(Letter::Relevant).suggestion.as_deref(),
        Some("Pick the kind of goal — 'Skill building' looks likely.")
    );
    d.category = "skill".into();
    check_draft(&d, "MMMPM");
    d.focus_skills = vec!["public speaking".into()];
    let a = check_draft(&d, "MMMMM");
    assert_eq!(
        a.get(Letter::Relevant).reason,
        "Your why and your goal both mention 'talks', and it is filed under Skill building with focus skills."
    );
    d.category = "nonsense".into();
    check_draft(&d, "MMMPM");
}

#[test]
fn deterministic_and_scored() {
    let d = base("Give 3 talks at meetups by June 30, 2027", "");
    assert_eq!(assess(&d, today()), assess(&d, today()));
    let a = check("Get better at public speaking", "", "PXPMX");
    assert_eq!(a.score(), 2.0);
    assert_eq!(a.checks.map(|c| c.letter), Letter::ALL);
}

#[test]
fn huge_and_odd_inputs_do_not_panic() {
    let long = "Give 3 talks at meetups 🎤 é 中文 ".repeat(400);
    assert!(long.len() > 10_000);
    // How fast a long statement is assessed is measured by `benches/smart.rs`, not asserted here.
    let a = check(&long, "", "MMPMX");
    assert_eq!(a.found_deadline, None);
    // The date is past the scanned part, so it is not found.
    let late = format!("{long} by June 30, 2027");
    assert_eq!(find_deadline(&late, today()), None);
    let odd = [
        "\u{0}\u{1}\u{7f}",
        "by by by by",
        "by the end of the end of",
        "Q",
        "2027-",
        "31/",
        "///---...",
        "9999999999999999999999 days",
        "\u{202e}reversed\u{202c}",
        "ﬁ ligature ß Straße İstanbul",
        "🏳️‍🌈👩🏽‍💻",
    ];
    for s in odd {
        let _ = assess(&base(s, s), today());
    }
    // Long clauses of frames, verbs or vague words (no punctuation to end a clause).
    for unit in [
        "i want to ",
        "give give ",
        "get better at ",
        "qwe ",
        "from 3 to ",
    ] {
        let s = unit.repeat(1_000);
        let a = assess(&base(&s, ""), today());
        assert_eq!(a.checks.len(), 5);
    }
}
