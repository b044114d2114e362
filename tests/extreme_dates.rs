//! Data that got past every decoder must still never panic (a panic is a trap in the browser):
//! plans holding sessions, agreements and rules dated at the very ends of what `chrono`
//! represents (`+262142-12-31`, `-262143-01-01`) go through every core function the Sessions
//! page and the exports call. The decoders refuse such data (`core::store::bounds`); this is
//! the second line.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use trellis::core::goals::goal::{GoalDraft, MilestoneDraft};
use trellis::core::sessions::agreement::Agreement;
use trellis::core::sessions::plan::{Mentorship, Owner};
use trellis::core::sessions::schedule::{Cadence, EndRule, ScheduleRule, generate};
use trellis::core::sessions::{agenda, ics, progress};
use trellis::core::time::calendar::Nth;
use trellis::core::time::tz::parse_zone;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn goal() -> trellis::core::goals::goal::Goal {
    GoalDraft {
        aspiration: "Speak".into(),
        category: "skill".into(),
        statement: "Give 3 talks at local meetups by June 30, 2027".into(),
        metric: "talks given".into(),
        baseline: "0".into(),
        target: "3".into(),
        unit: "talks".into(),
        deadline: "2027-06-30".into(),
        weekly_hours: "3".into(),
        focus_skills: vec!["public speaking".into()],
        milestones: vec![MilestoneDraft {
            title: "First talk".into(),
            target: "2027-03-29".into(),
            done: String::new(),
        }],
        ..GoalDraft::default()
    }
    .validate()
    .unwrap()
}

fn rule(start: NaiveDate, zone: &str, cadence: Cadence) -> ScheduleRule {
    ScheduleRule {
        cadence,
        start,
        local_time: NaiveTime::from_hms_opt(23, 30, 0).unwrap(),
        minutes: 240,
        zone: zone.into(),
        end: EndRule::Count(4),
        skips: vec![],
    }
}

/// Every extreme date × zones on both sides of UTC × cadences.
#[test]
fn extreme_dates_never_panic() {
    let extremes = [
        NaiveDate::MAX,
        NaiveDate::MIN,
        NaiveDate::MAX.pred_opt().unwrap(),
        NaiveDate::MIN.succ_opt().unwrap(),
        d("9999-12-31"),
        d("0001-01-01"),
    ];
    let zones = [
        "America/New_York",
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
        "UTC",
    ];
    let cadences = [
        Cadence::Weekly,
        Cadence::EveryNWeeks(4),
        Cadence::MonthlyDay(31),
        Cadence::MonthlyNthWeekday {
            n: Nth::Last,
            weekday: chrono::Weekday::Sun,
        },
    ];
    let today = d("2027-01-01");
    let g = goal();
    let stamp: DateTime<Utc> = "2027-01-01T00:00:00Z".parse().unwrap();
    for &date in &extremes {
        for zone in zones {
            let tz = parse_zone(zone).unwrap();
            for cadence in cadences {
                // A rule starting at the edge is refused, not expanded.
                assert!(
                    generate(&rule(date, zone, cadence)).is_err(),
                    "{date} {zone}"
                );

                // A plan that somehow holds such sessions (as a bad backup did).
                let mut m = Mentorship::new("plan-x");
                m.regenerate(rule(d("2027-01-04"), zone, cadence), today)
                    .unwrap();
                let extra = m.add_session(date, NaiveTime::from_hms_opt(23, 59, 0).unwrap(), 240);
                m.add_action_item(&extra, "x", Owner::Mentee, Some(date))
                    .unwrap();
                m.add_win(date, "win");
                m.agreement = Some(Agreement {
                    goals_summary: "x".into(),
                    frequency: "x".into(),
                    format: trellis::core::mentors::mentor::Format::Video,
                    session_minutes: 60,
                    channel: String::new(),
                    response_time: String::new(),
                    confidentiality: String::new(),
                    boundaries: String::new(),
                    start: date,
                    end: date,
                    review_points: vec![date],
                    mentor_name: "A".into(),
                    mentee_name: "B".into(),
                });
                for s in m.sessions.clone() {
                    let _ = s.start_utc(tz);
                    let _ = s.local_start(tz);
                    let _ = s.in_zone(tz, parse_zone("Asia/Kathmandu").unwrap());
                    let _ = m.occurrence_of(&s.id);
                    let _ = agenda::agenda_for(&m, &g, &s.id);
                    let _ = ics::session_ics(&m, &g, &s.id, stamp);
                }
                let _ = progress::progress(&m, &g, today);
                let _ = progress::health(&m, &g, today);
                let _ = ics::series_ics(&m, &g, stamp);
                // "Regenerate schedule" on such a plan: an answer, never a panic.
                let mut again = m.clone();
                let _ = again.regenerate(rule(d("2027-02-01"), zone, cadence), today);
                let _ = again.regenerate(rule(date, zone, cadence), today);
            }
        }
    }
}
