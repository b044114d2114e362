//! Writes the `.ics` fixtures that independent parsers check: `tests/ics_independent.py`
//! (python icalendar and vobject) and `tests/ics_icaljs.mjs` (ical.js), against the
//! hand-worked expectations in `tests/ics_expected.json`.
//!
//! `cargo run --example ics_fixture -- <out-dir>` (default `target/ics-fixtures`).
//! The inputs are fixed (no clock), so the output is byte-for-byte reproducible.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use trellis::core::goals::goal::{Category, Goal, Horizon, Milestone};
use trellis::core::sessions::agreement::Agreement;
use trellis::core::sessions::ics::{series_ics, session_ics};
use trellis::core::sessions::plan::{AgendaItem, Mentorship};
use trellis::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};

/// Texts the parsers must read back verbatim (keep in sync with `tests/ics_expected.json`).
const MENTOR: &str = "Zoë O'Brien, PhD; \"Ada\"";
const STATEMENT: &str = "Give 3 talks, at meetups; by 2027-06-30 \\ no excuses";
const TRICKY_ITEM: &str = "Talk, slides; \"demo\"\tthen Q&A\nsecond line — ✓ 日本語のテキスト, with a long tail so the description line has to be folded several times over: éééééééééééééééééééééééééééééééééééé 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉";

const NY: &str = "America/New_York";
const SYD: &str = "Australia/Sydney";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn goal() -> Goal {
    Goal {
        aspiration: String::new(),
        category: Category::SkillBuilding,
        statement: STATEMENT.into(),
        measure: None,
        deadline: d(2027, 6, 30),
        weekly_hours: 2.0,
        focus_skills: vec![],
        milestones: vec![Milestone {
            title: "First talk".into(),
            target: d(2027, 5, 1),
            done: None,
        }],
        horizon: Horizon::ShortTerm,
    }
}

/// A weekly plan of `n` sessions from `start` at `at` (hour, minute) local, `minutes` long.
fn plan(zone: &str, start: NaiveDate, at: (u32, u32), minutes: u16, n: u16) -> Mentorship {
    let mut m = Mentorship::new("fixture");
    m.regenerate(
        ScheduleRule {
            cadence: Cadence::Weekly,
            start,
            local_time: NaiveTime::from_hms_opt(at.0, at.1, 0).unwrap(),
            minutes,
            zone: zone.into(),
            end: EndRule::Count(n),
            skips: vec![],
        },
        d(2027, 1, 1),
    )
    .expect("valid rule");
    let mut draft = Agreement::draft_from(&goal(), None, d(2027, 1, 1));
    draft.mentor_name = MENTOR.into();
    draft.mentee_name = "Sam".into();
    m.agreement = Some(draft.validate().expect("valid agreement"));
    m
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/ics-fixtures".into());
    std::fs::create_dir_all(&dir).expect("create output dir");
    let stamp = Utc.with_ymd_and_hms(2027, 1, 2, 3, 4, 5).unwrap();
    let g = goal();

    // New York, 09:00 local, across the 2027-03-14 DST start; 2nd session has an edited
    // agenda with tricky text, 3rd is cancelled.
    let mut ny = plan("America/New_York", d(2027, 3, 7), (9, 0), 45, 3);
    ny.session_mut("s-20270314").unwrap().agenda = Some(vec![AgendaItem::new(TRICKY_ITEM)]);
    ny.cancel_session("s-20270321").unwrap();
    let files = [
        ("series-new-york.ics", series_ics(&ny, &g, stamp)),
        (
            "session-new-york.ics",
            session_ics(&ny, &g, "s-20270314", stamp),
        ),
        (
            "series-sydney.ics",
            series_ics(
                &plan("Australia/Sydney", d(2027, 3, 28), (10, 0), 45, 2),
                &g,
                stamp,
            ),
        ),
        (
            "series-kathmandu.ics",
            series_ics(
                &plan("Asia/Kathmandu", d(2027, 1, 5), (9, 0), 45, 2),
                &g,
                stamp,
            ),
        ),
        (
            "series-london-autumn.ics",
            series_ics(
                &plan("Europe/London", d(2027, 10, 24), (18, 0), 45, 2),
                &g,
                stamp,
            ),
        ),
        // Repeated hours (fall-back) and gaps (spring-forward), both hemispheres, 60 min.
        (
            "repeated-new-york.ics",
            series_ics(&plan(NY, d(2026, 11, 1), (1, 0), 60, 2), &g, stamp),
        ),
        (
            "repeated-new-york-end.ics",
            series_ics(&plan(NY, d(2026, 11, 1), (0, 30), 60, 1), &g, stamp),
        ),
        (
            "repeated-sydney.ics",
            series_ics(&plan(SYD, d(2027, 4, 4), (2, 0), 60, 2), &g, stamp),
        ),
        (
            "gap-new-york.ics",
            series_ics(&plan(NY, d(2027, 3, 14), (2, 30), 60, 1), &g, stamp),
        ),
        (
            "gap-sydney.ics",
            series_ics(&plan(SYD, d(2027, 10, 3), (2, 30), 60, 1), &g, stamp),
        ),
    ];
    for (name, ics) in files {
        let path = std::path::Path::new(&dir).join(name);
        std::fs::write(&path, ics.expect("export")).expect("write fixture");
        println!("{}", path.display());
    }
}
