//! Judgement, not only arithmetic: a table of small matching decisions a person would make
//! the same way — one mentee, a small pool of mentors that differ in one attribute, the order
//! a person would expect, the one-line reason they would give, and a phrase the explanation
//! of one mentor must contain. Then two properties: no explanation claims a fit the mentor
//! lacks, and with shared time "essential" no 0 h mentor ranks above one with shared time.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use trellis::core::mentors::r#gen::{PLACES, generate};
use trellis::core::mentors::mentor::{CareerStage, Format, Mentor, MentoringForm, Style, Window};
use trellis::core::mentors::needs::{Criterion, Importance, MustHaves, Needs, Unsaid, Weights};
use trellis::core::mentors::overlap;
use trellis::core::mentors::scoring::{
    Breakdown, ExclusionReason, FactKind, Scorer, experience_fit, style_fit,
};
use trellis::core::mentors::skills;
use trellis::core::time::tz;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Mon–Fri, `start`–`end` hours.
fn weekdays(start: u16, end: u16) -> Vec<Window> {
    (0..5)
        .map(|day| Window {
            day,
            start_min: start * 60,
            end_min: end * 60,
        })
        .collect()
}

fn window(day: u8, start_min: u16, end_min: u16) -> Window {
    Window {
        day,
        start_min,
        end_min,
    }
}

/// A mid-career mentee in London who wants to get better at public speaking, one-to-one by
/// video, free on weekday evenings 17–19.
fn mentee() -> Needs {
    Needs {
        focus_skills: vec!["public speaking".into()],
        goal_category: None,
        industry: "Media".into(),
        stage: CareerStage::Mid,
        languages: vec!["English".into()],
        time_zone: "Europe/London".into(),
        availability: weekdays(17, 19),
        formats: vec![Format::Video],
        form: MentoringForm::OneToOne,
        learning_style: Style::Coaching,
        interests: vec!["hiking".into()],
        wants_different_perspective: false,
        max_price: Some(50),
        must: MustHaves::default(),
        weights: Weights::default(),
        unsaid: Unsaid::default(),
    }
}

/// A mentor who fits that mentee in every way (shares 18–19 each weekday: 5 h a week).
fn mentor(id: &str) -> Mentor {
    Mentor {
        id: id.into(),
        name: id.into(),
        headline: String::new(),
        industry: "Media".into(),
        stage: CareerStage::Senior,
        years_experience: 12,
        country: "GB".into(),
        city: "London".into(),
        time_zone: "Europe/London".into(),
        languages: vec!["English".into()],
        forms: vec![MentoringForm::OneToOne],
        formats: vec![Format::Video],
        availability: weekdays(18, 20),
        capacity: 2,
        style: Style::Coaching,
        skills: vec!["Public speaking".into()],
        interests: vec!["Hiking".into()],
        bio: String::new(),
        price_per_month: None,
    }
}

type Edit<T> = fn(&mut T);

/// One judgement.
struct Case {
    name: &'static str,
    /// The reason a person would give for the order.
    why: &'static str,
    /// Any Monday-or-later date of the reference week.
    week: NaiveDate,
    mentee: Edit<Needs>,
    /// Ids with what differs from [`mentor`].
    pool: Vec<(&'static str, Edit<Mentor>)>,
    /// Expected order of the ranked mentors.
    order: &'static [&'static str],
    /// Mentors expected to be excluded.
    excluded: &'static [&'static str],
    /// A mentor and a phrase its explanation must contain.
    says: (&'static str, &'static str),
}

const WINTER: (i32, u32, u32) = (2027, 1, 11);

fn case(
    name: &'static str,
    why: &'static str,
    mentee: Edit<Needs>,
    pool: Vec<(&'static str, Edit<Mentor>)>,
    order: &'static [&'static str],
    says: (&'static str, &'static str),
) -> Case {
    Case {
        name,
        why,
        week: date(WINTER.0, WINTER.1, WINTER.2),
        mentee,
        pool,
        order,
        excluded: &[],
        says,
    }
}

fn nothing(_: &mut Needs) {}
fn same(_: &mut Mentor) {}

/// Everything an explanation says, one sentence per line.
fn text(b: &Breakdown) -> String {
    b.sentences().join("\n")
}

fn cases() -> Vec<Case> {
    use Importance::*;
    let mut v = vec![
        // ---- Focus skills ----
        case(
            "exact skill beats none",
            "She works on public speaking; he doesn't.",
            nothing,
            vec![
                ("Bo", |m| m.skills = vec!["accounting".into()]),
                ("Ann", same),
            ],
            &["Ann", "Bo"],
            (
                "Ann",
                "Works on public speaking, the focus skill of your goal.",
            ),
        ),
        case(
            "related skill beats none",
            "Presentation skills are close to public speaking; accounting is not.",
            nothing,
            vec![
                ("Al", |m| m.skills = vec!["accounting".into()]),
                ("Cy", |m| m.skills = vec!["presentation skills".into()]),
            ],
            &["Cy", "Al"],
            (
                "Cy",
                "Doesn't list public speaking, but works on presentation skills, which is close.",
            ),
        ),
        case(
            "exact beats related",
            "The exact skill is better than a neighbouring one.",
            nothing,
            vec![
                ("Ann", |m| m.skills = vec!["presentation skills".into()]),
                ("Bea", same),
            ],
            &["Bea", "Ann"],
            ("Bea", "Works on public speaking"),
        ),
        case(
            "two focus skills: both beats one",
            "He covers both skills of the goal, she only one.",
            |n| n.focus_skills = vec!["python".into(), "public speaking".into()],
            vec![
                ("Ann", |m| m.skills = vec!["public speaking".into()]),
                ("Bo", |m| {
                    m.skills = vec!["Python".into(), "public speaking".into()]
                }),
            ],
            &["Bo", "Ann"],
            (
                "Bo",
                "Works on python and public speaking: every focus skill of your goal.",
            ),
        ),
        case(
            "essential skills dominate a better score",
            "Skills are essential: the one without them comes last, however well the rest fits.",
            |n| n.weights.skills = Essential,
            vec![
                ("Ann", |m| m.skills = vec!["accounting".into()]),
                ("Bo", |m| {
                    m.style = Style::Directive;
                    m.interests.clear();
                    m.industry = "Finance".into();
                    m.stage = CareerStage::Mid;
                }),
            ],
            &["Bo", "Ann"],
            ("Ann", "which you marked essential"),
        ),
        case(
            "skills not important",
            "Skills don't matter to her, so the better teaching style wins.",
            |n| n.weights.skills = NotImportant,
            vec![
                ("Ann", |m| m.style = Style::Directive),
                ("Bo", |m| m.skills = vec!["accounting".into()]),
            ],
            &["Bo", "Ann"],
            ("Bo", "Teaches by coaching, the way you like to learn."),
        ),
        case(
            "no focus skills yet",
            "Without focus skills nobody gains or loses on skills.",
            |n| n.focus_skills.clear(),
            vec![
                ("Bo", |m| m.skills = vec!["accounting".into()]),
                ("Ann", same),
            ],
            &["Ann", "Bo"],
            (
                "Bo",
                "Your goal names no focus skills yet, so skills are not compared.",
            ),
        ),
        // ---- Industry ----
        case(
            "same industry beats another",
            "She works in media like the mentee.",
            nothing,
            vec![("Bo", |m| m.industry = "Finance".into()), ("Ann", same)],
            &["Ann", "Bo"],
            ("Bo", "Works in Finance, not Media."),
        ),
        case(
            "different perspective wanted",
            "The mentee asked for someone from outside media.",
            |n| n.wants_different_perspective = true,
            vec![("Ann", same), ("Bo", |m| m.industry = "Finance".into())],
            &["Bo", "Ann"],
            (
                "Bo",
                "Works in Finance: the different perspective you asked for.",
            ),
        ),
        case(
            "industry not said",
            "No industry given, so industry cannot separate them: name order.",
            |n| n.industry.clear(),
            vec![("Bo", |m| m.industry = "Finance".into()), ("Ann", same)],
            &["Ann", "Bo"],
            (
                "Bo",
                "You haven't said your industry, so it is not compared.",
            ),
        ),
        case(
            "essential industry",
            "Industry is essential: a perfect finance mentor still comes after a media one.",
            |n| n.weights.industry = Essential,
            vec![
                ("Ann", |m| m.industry = "Finance".into()),
                ("Bo", |m| {
                    m.skills.clear();
                    m.style = Style::Directive;
                }),
            ],
            &["Bo", "Ann"],
            ("Ann", "which you marked essential"),
        ),
        case(
            "essential industry outranks shared time",
            "She said Media is essential: a Media mentor she shares no free time with still comes before a Finance mentor she can meet, and the card says why.",
            |n| n.weights.industry = Essential,
            vec![
                ("Fin", |m| m.industry = "Finance".into()),
                ("Media", |m| m.availability = weekdays(9, 12)),
            ],
            &["Media", "Fin"],
            (
                "Media",
                "It meets what you marked essential, so it is still listed before every mentor who doesn't, even one you share time with.",
            ),
        ),
        case(
            "essential industry: among Media mentors, shared time first",
            "Both are in Media; she can meet one of them, so that one comes first although the other has her skill.",
            |n| n.weights.industry = Essential,
            vec![
                ("Never", |m| m.availability = weekdays(9, 12)),
                ("Meets", |m| {
                    m.skills.clear();
                    m.availability = vec![window(0, 18 * 60, 19 * 60)];
                }),
            ],
            &["Meets", "Never"],
            (
                "Never",
                "No free time in common with yours, so listed after every mentor with space who shares some and meets what you marked essential.",
            ),
        ),
        // ---- Experience by form ----
        case(
            "one-to-one: a step ahead beats the same stage",
            "For one-to-one mentoring you want someone a stage or two ahead.",
            nothing,
            vec![("Ann", |m| m.stage = CareerStage::Mid), ("Bo", same)],
            &["Bo", "Ann"],
            (
                "Bo",
                "Senior, 12 years in, one stage ahead of you: the right distance for one-to-one mentoring.",
            ),
        ),
        case(
            "peer: the same stage beats seniors",
            "Peer mentoring works between equals.",
            |n| n.form = MentoringForm::Peer,
            vec![
                ("Ann", |m| m.forms = vec![MentoringForm::Peer]),
                ("Bo", |m| {
                    m.forms = vec![MentoringForm::Peer];
                    m.stage = CareerStage::Mid;
                }),
            ],
            &["Bo", "Ann"],
            ("Bo", "Offers peer mentoring, as you asked."),
        ),
        case(
            "reverse: someone junior",
            "In reverse mentoring the mentor is the junior one.",
            |n| n.form = MentoringForm::Reverse,
            vec![
                ("Ann", |m| m.forms = vec![MentoringForm::Reverse]),
                ("Bo", |m| {
                    m.forms = vec![MentoringForm::Reverse];
                    m.stage = CareerStage::Early;
                }),
            ],
            &["Bo", "Ann"],
            (
                "Bo",
                "one stage behind you: the right distance for reverse mentoring.",
            ),
        ),
        case(
            "group: a lead beats a peer",
            "A group wants an experienced host.",
            |n| n.form = MentoringForm::Group,
            vec![
                ("Ann", |m| {
                    m.forms = vec![MentoringForm::Group];
                    m.stage = CareerStage::Mid;
                }),
                ("Bo", |m| {
                    m.forms = vec![MentoringForm::Group];
                    m.stage = CareerStage::Lead;
                }),
            ],
            &["Bo", "Ann"],
            ("Bo", "Offers group mentoring, as you asked."),
        ),
        case(
            "micro: a senior for short focused sessions",
            "Short focused sessions still want experience.",
            |n| n.form = MentoringForm::Micro,
            vec![
                ("Ann", |m| {
                    m.forms = vec![MentoringForm::Micro];
                    m.stage = CareerStage::Early;
                }),
                ("Bo", |m| m.forms = vec![MentoringForm::Micro]),
            ],
            &["Bo", "Ann"],
            ("Ann", "not what micro-mentoring needs"),
        ),
        case(
            "micro-only mentor is not called right for one-to-one",
            "She only does micro-mentoring, so the card must not promise one-to-one.",
            nothing,
            vec![("Mia", |m| m.forms = vec![MentoringForm::Micro])],
            &["Mia"],
            (
                "Mia",
                "Offers micro-mentoring only, not the one-to-one mentoring you asked for.",
            ),
        ),
        case(
            "career stage not said",
            "Without a stage, experience cannot separate them.",
            |n| n.unsaid.stage = true,
            vec![("Bo", |m| m.stage = CareerStage::Early), ("Ann", same)],
            &["Ann", "Bo"],
            (
                "Bo",
                "You haven't said your career stage, so experience is not compared.",
            ),
        ),
        case(
            "essential experience",
            "Experience is essential: a junior mentor for one-to-one comes last.",
            |n| n.weights.experience = Essential,
            vec![
                ("Ann", |m| m.stage = CareerStage::Early),
                ("Bo", |m| {
                    m.skills.clear();
                    m.interests.clear();
                }),
            ],
            &["Bo", "Ann"],
            ("Ann", "which you marked essential"),
        ),
        // ---- Shared time ----
        case(
            "no shared time is a heavy penalty by default",
            "You can't meet someone who is never free when you are.",
            nothing,
            vec![
                ("Ann", |m| m.availability = weekdays(9, 12)),
                ("Bo", |m| {
                    m.skills.clear();
                    m.industry = "Finance".into();
                    m.availability = vec![window(0, 18 * 60, 19 * 60)];
                }),
            ],
            &["Bo", "Ann"],
            ("Ann", "No free time in common with yours (week of 11 Jan)."),
        ),
        case(
            "very important time: more beats less",
            "Four hours a week beat one.",
            |n| n.weights.availability = Very,
            vec![
                ("Ann", |m| {
                    m.availability = vec![window(0, 17 * 60, 18 * 60)]
                }),
                ("Bo", same),
            ],
            &["Bo", "Ann"],
            ("Ann", "1 h a week when you are both free (week of 11 Jan)."),
        ),
        case(
            "essential time: 0 h comes after even a full mentor",
            "Shared time is essential: someone you can never meet comes last.",
            |n| n.weights.availability = Essential,
            vec![
                ("Ann", |m| m.availability = weekdays(9, 12)),
                ("Bo", |m| m.capacity = 0),
            ],
            &["Bo", "Ann"],
            ("Ann", "which you marked essential"),
        ),
        case(
            "time not important",
            "Shared time doesn't matter to her, so skills decide.",
            |n| n.weights.availability = NotImportant,
            vec![
                ("Ann", |m| m.skills.clear()),
                ("Bo", |m| m.availability = weekdays(9, 12)),
            ],
            &["Bo", "Ann"],
            ("Bo", "Works on public speaking"),
        ),
        case(
            "no free times given",
            "Without free times nobody is penalised for shared time.",
            |n| n.availability.clear(),
            vec![
                ("Ann", |m| m.availability = weekdays(9, 12)),
                ("Bo", |m| m.skills.clear()),
            ],
            &["Ann", "Bo"],
            (
                "Ann",
                "You haven't given your free times, so shared time is not compared.",
            ),
        ),
        // ---- Teaching style ----
        case(
            "same style beats a different one",
            "She coaches, as the mentee likes.",
            nothing,
            vec![("Bo", |m| m.style = Style::Directive), ("Ann", same)],
            &["Ann", "Bo"],
            ("Bo", "Teaches by direct advice; you prefer coaching."),
        ),
        case(
            "close style beats a distant one",
            "Supportive is closer to coaching than directive.",
            nothing,
            vec![
                ("Ann", |m| m.style = Style::Directive),
                ("Bo", |m| m.style = Style::Supportive),
            ],
            &["Bo", "Ann"],
            (
                "Bo",
                "Teaches by listening and encouragement, close to the coaching you like.",
            ),
        ),
        case(
            "learning style not said",
            "Without a learning style, style cannot separate them.",
            |n| n.unsaid.learning_style = true,
            vec![("Bo", |m| m.style = Style::Directive), ("Ann", same)],
            &["Ann", "Bo"],
            (
                "Bo",
                "You haven't said how you like to learn, so teaching style is not compared.",
            ),
        ),
        case(
            "essential style",
            "Style is essential: a directive mentor comes after a supportive one with fewer skills.",
            |n| n.weights.style = Essential,
            vec![
                ("Ann", |m| m.style = Style::Directive),
                ("Bo", |m| {
                    m.style = Style::Supportive;
                    m.skills.clear();
                }),
            ],
            &["Bo", "Ann"],
            ("Ann", "which you marked essential"),
        ),
        // ---- Interests ----
        case(
            "a shared interest beats none",
            "They can talk about hiking.",
            nothing,
            vec![
                ("Bo", |m| m.interests = vec!["chess".into()]),
                ("Ann", same),
            ],
            &["Ann", "Bo"],
            ("Ann", "Also enjoys Hiking."),
        ),
        case(
            "no interests listed",
            "No interests, so interests are not compared.",
            |n| n.interests.clear(),
            vec![
                ("Bo", |m| m.interests = vec!["chess".into()]),
                ("Ann", same),
            ],
            &["Ann", "Bo"],
            (
                "Bo",
                "You haven't listed interests, so they are not compared.",
            ),
        ),
        case(
            "essential interests",
            "Interests are essential: no shared interest comes last.",
            |n| n.weights.interests = Essential,
            vec![
                ("Ann", |m| m.interests = vec!["chess".into()]),
                ("Bo", |m| {
                    m.skills.clear();
                    m.style = Style::Directive;
                }),
            ],
            &["Bo", "Ann"],
            ("Ann", "which you marked essential"),
        ),
        // ---- Capacity and price ----
        case(
            "full mentors come after open ones",
            "A perfect mentor who is full can't take her now.",
            nothing,
            vec![("Ann", |m| m.capacity = 0), ("Bo", |m| m.skills.clear())],
            &["Bo", "Ann"],
            ("Ann", "Full right now"),
        ),
        case(
            "an open mentor with no shared time stays above a full one",
            "The full mentor cannot take her now; the other can, at some other time.",
            nothing,
            vec![
                ("Full", |m| m.capacity = 0),
                ("Never", |m| m.availability = weekdays(9, 12)),
            ],
            &["Never", "Full"],
            (
                "Never",
                "No free time in common with yours, so listed after every mentor with space who shares some.",
            ),
        ),
        case(
            "full and no shared time comes last",
            "Full and never free when she is: after the full mentor she could meet.",
            nothing,
            vec![
                ("FullNever", |m| {
                    m.capacity = 0;
                    m.availability = weekdays(9, 12);
                }),
                ("Full", |m| m.capacity = 0),
                ("Never", |m| m.availability = weekdays(9, 12)),
            ],
            &["Never", "Full", "FullNever"],
            (
                "FullNever",
                "No free time in common with yours, so listed after every mentor who shares some.",
            ),
        ),
        case(
            "price over budget is said, not hidden",
            "Without a budget must-have she stays, but the card says the price is too high.",
            nothing,
            vec![("Ann", |m| m.price_per_month = Some(80))],
            &["Ann"],
            ("Ann", "80 a month, over your budget of 50."),
        ),
        case(
            "price within budget",
            "30 a month is within 50.",
            nothing,
            vec![("Ann", |m| m.price_per_month = Some(30))],
            &["Ann"],
            ("Ann", "30 a month, within your budget of 50."),
        ),
        // ---- Languages and formats ----
        case(
            "a shared language is named",
            "They both speak English.",
            nothing,
            vec![("Ann", |m| {
                m.languages = vec!["Spanish".into(), "English".into()]
            })],
            &["Ann"],
            ("Ann", "Speaks English, as you do."),
        ),
        case(
            "no shared language is said",
            "Without the must-have she stays, but the card says they share no language.",
            nothing,
            vec![("Ann", |m| m.languages = vec!["French".into()])],
            &["Ann"],
            ("Ann", "Speaks French, none of your languages (English)."),
        ),
        case(
            "format not offered is said",
            "He only meets by phone.",
            nothing,
            vec![("Bo", |m| m.formats = vec![Format::Phone])],
            &["Bo"],
            (
                "Bo",
                "Meets only by phone, not by video call as you prefer.",
            ),
        ),
    ];
    // ---- Must-haves and relax ----
    v.push(Case {
        excluded: &["Fr"],
        ..case(
            "language must-have excludes",
            "She speaks no language the mentee speaks.",
            |n| n.must.language = true,
            vec![
                ("Fr", |m| m.languages = vec!["French".into()]),
                ("En", same),
            ],
            &["En"],
            ("En", "Speaks English, as you do."),
        )
    });
    v.push(Case {
        excluded: &["Ph"],
        ..case(
            "format must-have excludes",
            "He only meets by phone.",
            |n| n.must.format = true,
            vec![("Ph", |m| m.formats = vec![Format::Phone]), ("Vi", same)],
            &["Vi"],
            ("Vi", "Meets by video call, as you prefer."),
        )
    });
    v.push(Case {
        excluded: &["Full"],
        ..case(
            "capacity must-have excludes",
            "She has no place left.",
            |n| n.must.open_capacity = true,
            vec![("Full", |m| m.capacity = 0), ("Open", |m| m.capacity = 1)],
            &["Open"],
            ("Open", "Has 1 open place."),
        )
    });
    v.push(Case {
        excluded: &["Dear"],
        ..case(
            "budget must-have excludes only the too expensive",
            "80 is over 50; 50 and free are fine.",
            |n| n.must.budget = true,
            vec![
                ("Dear", |m| m.price_per_month = Some(80)),
                ("Fair", |m| m.price_per_month = Some(50)),
                ("Free", same),
            ],
            &["Fair", "Free"],
            ("Free", "Free."),
        )
    });
    v.push(Case {
        excluded: &["Micro"],
        ..case(
            "form must-have excludes",
            "She offers only micro-mentoring and the mentee wants one-to-one.",
            |n| n.must.form = true,
            vec![
                ("Micro", |m| m.forms = vec![MentoringForm::Micro]),
                ("One", same),
            ],
            &["One"],
            ("One", "Offers one-to-one mentoring, as you asked."),
        )
    });
    v.push(Case {
        excluded: &["Short"],
        ..case(
            "minimum hours must-have",
            "One hour a week is less than the two required.",
            |n| n.must.min_overlap_hours = Some(2.0),
            vec![
                ("Short", |m| {
                    m.availability = vec![window(0, 17 * 60, 18 * 60)]
                }),
                ("Long", same),
            ],
            &["Long"],
            (
                "Long",
                "5 h a week when you are both free (week of 11 Jan).",
            ),
        )
    });
    // ---- Clock changes and odd offsets ----
    v.push(Case {
        week: date(2027, 3, 15),
        excluded: &[],
        ..case(
            "a must-have on hours is judged on the typical week, not on a clock-change week",
            "Chicago moved its clocks on 14 Mar and Berlin waits until 28 Mar: they usually share an hour.",
            |n| {
                n.time_zone = "America/Chicago".into();
                n.availability = vec![window(0, 11 * 60, 12 * 60)];
                n.must.min_overlap_hours = Some(1.0);
            },
            vec![("Berlin", |m| {
                m.time_zone = "Europe/Berlin".into();
                m.availability = vec![window(0, 18 * 60, 19 * 60)];
            })],
            &["Berlin"],
            ("Berlin", "1 h a week when you are both free (week of 5 Apr); 0 h from 15 Mar to 28 Mar while clocks differ."),
        )
    });
    v.push(Case {
        week: date(2027, 3, 15),
        ..case(
            "the clock-change dip does not demote",
            "Scored on the typical week, the Berlin mentor keeps her hour.",
            |n| {
                n.time_zone = "America/Chicago".into();
                n.availability = vec![window(0, 11 * 60, 12 * 60)];
            },
            vec![
                ("Berlin", |m| {
                    m.time_zone = "Europe/Berlin".into();
                    m.availability = vec![window(0, 18 * 60, 19 * 60)];
                }),
                ("Never", |m| {
                    m.time_zone = "Europe/Berlin".into();
                    m.availability = vec![window(0, 6 * 60, 7 * 60)];
                }),
            ],
            &["Berlin", "Never"],
            (
                "Never",
                "No free time in common with yours (week of 5 Apr).",
            ),
        )
    });
    v.push(case(
        "Kathmandu's +5:45 gives 45 minutes",
        "18:00–20:00 in Kathmandu meets 12:00–13:00 UTC for 45 minutes.",
        |n| {
            n.time_zone = "Asia/Kathmandu".into();
            n.availability = vec![window(2, 18 * 60, 20 * 60)];
        },
        vec![
            ("Late", |m| {
                m.time_zone = "UTC".into();
                m.availability = vec![window(2, 15 * 60, 16 * 60)];
            }),
            ("Noon", |m| {
                m.time_zone = "UTC".into();
                m.availability = vec![window(2, 12 * 60, 13 * 60)];
            }),
        ],
        &["Noon", "Late"],
        (
            "Noon",
            "45 min a week when you are both free (week of 11 Jan).",
        ),
    ));
    v.push(case(
        "Chatham is 45 minutes ahead of Auckland",
        "18:00–19:00 in Chatham is 17:15–18:15 in Auckland.",
        |n| {
            n.time_zone = "Pacific/Chatham".into();
            n.availability = vec![window(1, 18 * 60, 19 * 60)];
        },
        vec![
            ("Early", |m| {
                m.time_zone = "Pacific/Auckland".into();
                m.availability = vec![window(1, 16 * 60, 17 * 60)];
            }),
            ("Fits", |m| {
                m.time_zone = "Pacific/Auckland".into();
                m.availability = vec![window(1, 17 * 60, 18 * 60)];
            }),
        ],
        &["Fits", "Early"],
        (
            "Fits",
            "45 min a week when you are both free (week of 11 Jan).",
        ),
    ));
    v.push(Case {
        week: date(2027, 3, 29),
        ..case(
            "southern clocks: Sydney leaves summer time on 4 Apr",
            "Sydney Monday 08–10 (Sunday 22–24 UTC) meets London Sunday 22–24 (21–23 UTC) for an hour.",
            |n| {
                n.time_zone = "Australia/Sydney".into();
                n.availability = vec![window(0, 8 * 60, 10 * 60)];
            },
            vec![
                ("Ldn", |m| m.availability = vec![window(6, 22 * 60, 24 * 60)]),
                ("Other", |m| m.availability = vec![window(6, 12 * 60, 13 * 60)]),
            ],
            &["Ldn", "Other"],
            ("Ldn", "1 h a week when you are both free (week of 12 Apr)."),
        )
    });
    v
}

#[test]
fn judgement_table() {
    let cases = cases();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let mut n = mentee();
        (c.mentee)(&mut n);
        let pool: Vec<Mentor> = c
            .pool
            .iter()
            .map(|(id, edit)| {
                let mut m = mentor(id);
                edit(&mut m);
                m
            })
            .collect();
        let s = Scorer::new(&n, c.week);
        let r = s.rank(&pool);
        let order: Vec<&str> = r.ranked.iter().map(|x| pool[x.index].id.as_str()).collect();
        let mut excluded: Vec<&str> = pool
            .iter()
            .map(|m| m.id.as_str())
            .filter(|id| !order.contains(id))
            .collect();
        excluded.sort_unstable();
        if order != c.order || excluded != c.excluded {
            failures.push(format!(
                "{}: order {order:?} excluded {excluded:?}, want {:?} / {:?} ({})",
                c.name, c.order, c.excluded, c.why
            ));
        }
        let (who, phrase) = c.says;
        if let Some(m) = pool.iter().find(|m| m.id == who) {
            let t = text(&s.explain(m));
            if !t.contains(phrase) {
                failures.push(format!(
                    "{}: {who} should say {phrase:?}; says:\n{t}",
                    c.name
                ));
            }
        }
        for m in &pool {
            let t = text(&s.explain(m));
            for bad in [
                "of your 1",
                "0 / 0",
                "None of your",
                "in a typical week",
                "right for",
            ] {
                if t.contains(bad) {
                    failures.push(format!("{}: {} says {bad:?}:\n{t}", c.name, m.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn exclusion_counts_add_up() {
    let mut n = mentee();
    n.must.language = true;
    n.must.budget = true;
    let mut pool = Vec::new();
    for (id, lang, price) in [
        ("a", "French", None),
        ("b", "French", None),
        ("c", "English", Some(80)),
        ("d", "French", Some(90)),
        ("e", "English", None),
    ] {
        let mut m = mentor(id);
        m.languages = vec![lang.into()];
        m.price_per_month = price;
        pool.push(m);
    }
    let r = Scorer::new(&n, date(2027, 1, 11)).rank(&pool);
    let x = &r.exclusions;
    assert_eq!(x.total, 4);
    assert_eq!(x.several, 1);
    assert_eq!(
        x.only,
        [(ExclusionReason::Language, 2), (ExclusionReason::Budget, 1)]
    );
    assert_eq!(
        x.only.iter().map(|(_, n)| n).sum::<usize>() + x.several,
        x.total
    );
    assert_eq!(
        x.summary().unwrap(),
        "4 excluded: 2 with no shared language, 1 over your budget, 1 misses more than one must-have."
    );
    // Per reason, each excluded mentor is counted under every must-have it misses.
    assert_eq!(
        r.excluded,
        [(ExclusionReason::Language, 3), (ExclusionReason::Budget, 2)]
    );
    assert_eq!(x.relax_gain(ExclusionReason::Language), 2);
}

/// Everything the property tests draw from.
fn needs_strategy() -> impl Strategy<Value = Needs> {
    let imp = || prop::sample::select(Importance::ALL.to_vec());
    let zones: Vec<&str> = PLACES.iter().map(|p| p.0).collect();
    (
        prop::collection::vec(prop::sample::select(skills::vocabulary()), 0..4),
        prop::sample::select(zones),
        (imp(), imp(), imp(), imp(), imp(), imp()),
        prop::sample::select(MentoringForm::ALL.to_vec()),
        prop::sample::select(CareerStage::ALL.to_vec()),
        prop::sample::select(Style::ALL.to_vec()),
        any::<bool>(),
        prop::collection::vec(0u8..7, 0..5),
    )
        .prop_map(|(skills, zone, w, form, stage, style, persp, days)| {
            let mut n = mentee();
            n.focus_skills = skills.into_iter().map(String::from).collect();
            n.time_zone = zone.into();
            n.weights = Weights {
                skills: w.0,
                industry: w.1,
                experience: w.2,
                availability: w.3,
                style: w.4,
                interests: w.5,
            };
            n.form = form;
            n.stage = stage;
            n.learning_style = style;
            n.wants_different_perspective = persp;
            n.formats = vec![Format::Video, Format::InPerson];
            n.languages = vec!["English".into(), "Spanish".into()];
            n.availability = days
                .into_iter()
                .map(|d| window(d, 7 * 60, 10 * 60))
                .chain([window(2, 17 * 60, 20 * 60)])
                .collect();
            n
        })
}

fn week_strategy() -> impl Strategy<Value = NaiveDate> {
    prop::sample::select(vec![
        date(2027, 1, 4),
        date(2027, 3, 8),
        date(2027, 3, 15),
        date(2027, 3, 22),
        date(2027, 3, 29),
        date(2027, 10, 25),
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Every claim of fit in an explanation holds for the mentor's own data.
    #[test]
    fn no_claimed_fit_is_missing(needs in needs_strategy(), week in week_strategy(), seed in any::<u64>()) {
        let s = Scorer::new(&needs, week);
        for m in generate(40, seed) {
            let b = s.explain(&m);
            for f in &b.facts {
                let holds = match f.kind {
                    FactKind::Form => m.forms.contains(&needs.form),
                    FactKind::Format => m.formats.iter().any(|x| needs.formats.contains(x)),
                    FactKind::Language => m.languages.iter().any(|l| {
                        needs.languages.iter().any(|x| x.trim().eq_ignore_ascii_case(l.trim()))
                    }),
                    FactKind::Capacity => m.capacity > 0,
                    FactKind::Price => match (m.price_per_month, needs.max_price) {
                        (None, _) => true,
                        (Some(p), Some(max)) => p <= max,
                        (Some(_), None) => true,
                    },
                };
                if f.fits == Some(true) {
                    prop_assert!(holds, "{:?} claims a fit: {}", f.kind, f.text);
                }
                if f.fits == Some(false) {
                    prop_assert!(!holds, "{:?} denies a fit: {}", f.kind, f.text);
                }
            }
            let t = b.sentences().join("\n");
            // Stage: "the right distance for X" only when the stage suits X and X is offered.
            if t.contains("the right distance for") {
                let diff = m.stage as i8 - needs.stage as i8;
                prop_assert!(experience_fit(needs.form, diff) >= 0.75 && m.forms.contains(&needs.form), "{}", t);
            }
            if t.contains("as you asked") {
                prop_assert!(m.forms.contains(&needs.form), "{}", t);
            }
            if t.contains("the way you like to learn") {
                prop_assert!(style_fit(m.style, needs.learning_style) >= 1.0, "{}", t);
            }
            if t.contains("when you are both free") {
                prop_assert!(b.overlap.minutes > 0, "{}", t);
            }
            // "Works on X": X is one of the mentor's skills.
            for w in &needs.focus_skills {
                if t.contains(&format!("Works on {w}")) {
                    let nw = skills::normalize(w);
                    prop_assert!(m.skills.iter().any(|x| skills::normalize(x) == nw), "{} / {:?}", t, m.skills);
                }
            }
            // The minimum-hours must-have and the score read the same typical week.
            let mz = tz::parse_zone(&m.time_zone).unwrap();
            let typical = overlap::typical_overlap_minutes(&needs.availability, needs.zone(), &m.availability, mz, week);
            prop_assert_eq!(b.overlap.minutes, typical);
        }
    }

    /// With shared time "essential" (and the other criteria anything but essential), no
    /// mentor sharing 0 h ranks above one who shares time. (With several essentials, the
    /// mentor missing fewer of them comes first.)
    #[test]
    fn essential_time_dominates(needs in needs_strategy(), week in week_strategy(), seed in any::<u64>()) {
        let mut n = needs;
        for c in Criterion::ALL {
            if n.weights.get(c) == Importance::Essential {
                n.weights.set(c, Importance::Very);
            }
        }
        n.weights.availability = Importance::Essential;
        let mentors = generate(120, seed);
        let r = Scorer::new(&n, week).rank(&mentors);
        let first_zero = r.ranked.iter().position(|x| x.overlap_min == 0).unwrap_or(r.ranked.len());
        prop_assert!(r.ranked[first_zero..].iter().all(|x| x.overlap_min == 0));
        // And every essential criterion dominates in the same way (misses never decrease).
        for w in r.ranked.windows(2) {
            prop_assert!(w[0].misses <= w[1].misses);
        }
    }

    /// By default (shared time "somewhat"), a 0 h mentor never ranks above an open mentor
    /// who shares time, within the open group.
    #[test]
    fn zero_time_is_heavily_penalised_by_default(needs in needs_strategy(), week in week_strategy(), seed in any::<u64>()) {
        let mut n = needs;
        n.weights = Weights::default();
        let mentors = generate(120, seed);
        let r = Scorer::new(&n, week).rank(&mentors);
        let open: Vec<_> = r.ranked.iter().filter(|x| !x.full).collect();
        let first_zero = open.iter().position(|x| x.overlap_min == 0).unwrap_or(open.len());
        prop_assert!(open[first_zero..].iter().all(|x| x.overlap_min == 0));
    }
}
