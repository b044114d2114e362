//! Writes the `.ics` fixtures that `tests/ics_independent.py` checks with an independent parser.
//!
//! `cargo run --example ics_fixture -- <out-dir>` (default `target/ics-fixtures`).
//! The inputs are fixed (no clock), so the output is byte-for-byte reproducible.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use trellis::core::goals::goal::{Category, Goal, Horizon, Milestone};
use trellis::core::sessions::agreement::Agreement;
use trellis::core::sessions::ics::{series_ics, session_ics};
use trellis::core::sessions::plan::{AgendaItem, Mentorship};
use trellis::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};

/// Texts the Python test expects verbatim (keep in sync with `tests/ics_independent.py`).
const MENTOR: &str = "Zoë O'Brien, PhD; \"Ada\"";
const STATEMENT: &str = "Give 3 talks, at meetups; by 2027-06-30 \\ no excuses";
const TRICKY_ITEM: &str = "Talk, slides; \"demo\"\nsecond line — ✓ 日本語のテキスト, with a long tail so the description line has to be folded several times over: éééééééééééééééééééééééééééééééééééé 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉";

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

fn plan(zone: &str, start: NaiveDate, hour: u32, n: u16) -> Mentorship {
    let mut m = Mentorship::new("fixture");
    m.regenerate(
        ScheduleRule {
            cadence: Cadence::Weekly,
            start,
            local_time: NaiveTime::from_hms_opt(hour, 0, 0).unwrap(),
            minutes: 45,
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
    let mut ny = plan("America/New_York", d(2027, 3, 7), 9, 3);
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
            series_ics(&plan("Australia/Sydney", d(2027, 3, 28), 10, 2), &g, stamp),
        ),
        (
            "series-kathmandu.ics",
            series_ics(&plan("Asia/Kathmandu", d(2027, 1, 5), 9, 2), &g, stamp),
        ),
        (
            "series-london-autumn.ics",
            series_ics(&plan("Europe/London", d(2027, 10, 24), 18, 2), &g, stamp),
        ),
    ];
    for (name, ics) in files {
        let path = std::path::Path::new(&dir).join(name);
        std::fs::write(&path, ics.expect("export")).expect("write fixture");
        println!("{}", path.display());
    }
}
