//! Property tests for the scoring core (native only).
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use trellis::core::mentors::r#gen::{PLACES, SplitMix64, generate};
use trellis::core::mentors::mentor::{CareerStage, Format, Mentor, MentoringForm, Style, Window};
use trellis::core::mentors::needs::{Importance, MustHaves, Needs, Weights};
use trellis::core::mentors::overlap::{self, ZoneWeek};
use trellis::core::mentors::scoring::{ExclusionReason, Scorer, rank};
use trellis::core::mentors::skills;
use trellis::core::time::tz;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Mondays covering ordinary and daylight-saving weeks in both hemispheres.
const WEEKS: &[(i32, u32, u32)] = &[
    (2027, 1, 4),
    (2027, 3, 8),
    (2027, 3, 15),
    (2027, 3, 22),
    (2027, 3, 29),
    (2027, 4, 5),
    (2027, 9, 27),
    (2027, 10, 25),
    (2027, 11, 1),
    (2027, 11, 8),
];

fn importance() -> impl Strategy<Value = Importance> {
    prop::sample::select(Importance::ALL.to_vec())
}

fn window() -> impl Strategy<Value = Window> {
    (0u8..7, 0u16..48, 1u16..12).prop_map(|(day, s, len)| Window {
        day,
        start_min: s * 30,
        end_min: (s * 30 + len * 30).min(1440),
    })
}

fn needs_strategy() -> impl Strategy<Value = Needs> {
    let vocab = skills::vocabulary();
    (
        prop::collection::vec(prop::sample::select(vocab), 0..5),
        prop::sample::select(PLACES.iter().map(|p| p.0).collect::<Vec<_>>()),
        prop::collection::vec(window(), 0..6),
        (importance(), importance(), importance()),
        (importance(), importance(), importance()),
        prop::sample::select(CareerStage::ALL.to_vec()),
        prop::sample::select(MentoringForm::ALL.to_vec()),
        prop::sample::select(Style::ALL.to_vec()),
        any::<bool>(),
        prop::sample::select(vec!["", "Technology", "Healthcare", "Finance"]),
    )
        .prop_map(
            |(skills, zone, availability, (a, b, c), (d, e, f), stage, form, style, diff, ind)| {
                Needs {
                    focus_skills: skills.into_iter().map(String::from).collect(),
                    goal_category: None,
                    industry: ind.into(),
                    stage,
                    languages: vec!["English".into()],
                    time_zone: zone.into(),
                    availability,
                    formats: vec![Format::Video, Format::Chat],
                    form,
                    learning_style: style,
                    interests: vec!["hiking".into(), "chess".into(), "music".into()],
                    wants_different_perspective: diff,
                    max_price: Some(100),
                    must: MustHaves::default(),
                    weights: Weights {
                        skills: a,
                        industry: b,
                        experience: c,
                        availability: d,
                        style: e,
                        interests: f,
                    },
                    unsaid: Default::default(),
                }
            },
        )
}

fn week_strategy() -> impl Strategy<Value = NaiveDate> {
    prop::sample::select(WEEKS.to_vec()).prop_map(|(y, m, d)| date(y, m, d))
}

/// The ranking as mentor ids with scores (independent of directory positions).
fn ids(mentors: &[Mentor], needs: &Needs, week: NaiveDate) -> Vec<(String, u8)> {
    rank(mentors, needs, week)
        .ranked
        .iter()
        .map(|r| (mentors[r.index].id.clone(), r.score))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn scores_bounded_and_breakdowns_sum(needs in needs_strategy(), week in week_strategy(), seed in any::<u64>()) {
        let mentors = generate(60, seed);
        let s = Scorer::new(&needs, week);
        let r = s.rank(&mentors);
        prop_assert_eq!(r.ranked.len() + r.excluded_total, mentors.len());
        for x in &r.ranked {
            prop_assert!(x.score <= 100);
            let b = s.explain(&mentors[x.index]);
            let sum: u32 = b.contributions.iter().map(|c| u32::from(c.points)).sum();
            prop_assert_eq!(sum, u32::from(b.score));
            prop_assert_eq!(b.score, x.score);
            prop_assert_eq!(b.overlap.minutes, x.overlap_min);
            for c in &b.contributions {
                prop_assert!(c.points <= c.max_points);
            }
        }
    }

    #[test]
    fn ranking_ignores_directory_order(needs in needs_strategy(), week in week_strategy(), seed in any::<u64>()) {
        let mentors = generate(80, seed);
        let mut shuffled = mentors.clone();
        SplitMix64::new(seed.rotate_left(7)).shuffle(&mut shuffled);
        prop_assert_eq!(ids(&mentors, &needs, week), ids(&shuffled, &needs, week));
    }

    #[test]
    fn adding_a_wanted_skill_never_lowers_a_score(needs in needs_strategy(), week in week_strategy(), seed in any::<u64>(), pick in any::<prop::sample::Index>()) {
        prop_assume!(!needs.focus_skills.is_empty());
        let s = Scorer::new(&needs, week);
        for mut m in generate(20, seed) {
            let before = s.score(&m);
            m.skills.push(pick.get(&needs.focus_skills).to_uppercase());
            prop_assert!(s.score(&m) >= before);
        }
    }

    #[test]
    fn must_haves_exclude_exactly_the_failing(needs in needs_strategy(), week in week_strategy(), seed in any::<u64>(), which in 0usize..6, hours in 0.5f32..6.0) {
        let mentors = generate(80, seed);
        let mut n = needs;
        let reason = ExclusionReason::ALL[which];
        match reason {
            ExclusionReason::Language => n.must.language = true,
            ExclusionReason::Format => n.must.format = true,
            ExclusionReason::Capacity => n.must.open_capacity = true,
            ExclusionReason::Overlap => n.must.min_overlap_hours = Some(hours),
            ExclusionReason::Budget => n.must.budget = true,
            ExclusionReason::Form => n.must.form = true,
        }
        let zone = n.zone();
        let fails = |m: &Mentor| -> bool {
            match reason {
                ExclusionReason::Language => !m.languages.iter().any(|l| l.eq_ignore_ascii_case("english")),
                ExclusionReason::Format => !m.formats.iter().any(|f| n.formats.contains(f)),
                ExclusionReason::Capacity => m.capacity == 0,
                ExclusionReason::Overlap => {
                    // Judged on the typical week of the next 8, not on the reference week
                    // alone (issue 13: a clock-change week must not exclude on its own).
                    let mz = tz::parse_zone(&m.time_zone).unwrap();
                    let min = overlap::typical_overlap_minutes(&n.availability, zone, &m.availability, mz, week);
                    (min as f32) < (hours * 60.0).round()
                }
                ExclusionReason::Budget => m.price_per_month.is_some_and(|p| p > 100),
                ExclusionReason::Form => !m.forms.contains(&n.form),
            }
        };
        let r = rank(&mentors, &n, week);
        let mut kept: Vec<usize> = r.ranked.iter().map(|x| x.index).collect();
        kept.sort_unstable();
        let want: Vec<usize> = (0..mentors.len()).filter(|&i| !fails(&mentors[i])).collect();
        prop_assert_eq!(&kept, &want);
        let failing = mentors.len() - want.len();
        prop_assert_eq!(r.excluded_total, failing);
        let expected: Vec<(ExclusionReason, usize)> = if failing > 0 { vec![(reason, failing)] } else { vec![] };
        prop_assert_eq!(r.excluded, expected);
    }

    #[test]
    fn overlap_is_symmetric_and_fast_path_exact(
        a in prop::collection::vec(window(), 0..6),
        b in prop::collection::vec(window(), 0..6),
        za in prop::sample::select(PLACES.iter().map(|p| p.0).collect::<Vec<_>>()),
        zb in prop::sample::select(PLACES.iter().map(|p| p.0).collect::<Vec<_>>()),
        week in week_strategy(),
    ) {
        let (za, zb) = (tz::parse_zone(za).unwrap(), tz::parse_zone(zb).unwrap());
        let ab = overlap::weekly_overlap(&a, za, &b, zb, week);
        let ba = overlap::weekly_overlap(&b, zb, &a, za, week);
        prop_assert_eq!(ab.minutes, ba.minutes);
        prop_assert_eq!(&ab.spans, &ba.spans);
        for (ws, z) in [(&a, za), (&b, zb)] {
            let zw = ZoneWeek::new(z, week);
            let (mut fast, mut exact) = (Vec::new(), Vec::new());
            zw.push_spans(ws, &mut fast);
            zw.push_spans_exact(ws, &mut exact);
            prop_assert_eq!(fast, exact);
        }
        // The grid slots cover exactly the shared minutes, except where a DST change folds or
        // skips local wall-clock time.
        let grid: u32 = ab.slots.iter().map(|w| u32::from(w.end_min - w.start_min)).sum();
        prop_assert!(grid.abs_diff(ab.minutes) <= 60, "{} vs {}", grid, ab.minutes);
        prop_assert!(ab.slots.iter().all(overlap::window_is_valid));
    }
}

/// Data-driven DST checks: (mentee windows/zone, mentor windows/zone, week) → hours.
fn check(
    a: &[(u8, u16, u16)],
    az: &str,
    b: &[(u8, u16, u16)],
    bz: &str,
    week: NaiveDate,
    hours: f32,
) {
    let w = |v: &[(u8, u16, u16)]| -> Vec<Window> {
        v.iter()
            .map(|&(day, s, e)| Window {
                day,
                start_min: s * 60,
                end_min: e * 60,
            })
            .collect()
    };
    let (az, bz) = (tz::parse_zone(az).unwrap(), tz::parse_zone(bz).unwrap());
    let ab = overlap::overlap_minutes(&w(a), az, &w(b), bz, week);
    let ba = overlap::overlap_minutes(&w(b), bz, &w(a), az, week);
    assert_eq!(ab, ba);
    assert_eq!(ab as f32 / 60.0, hours, "{az} vs {bz}, week of {week}");
}

#[test]
fn known_dst_cases() {
    let weekdays = |s, e| (0..5).map(|d| (d, s, e)).collect::<Vec<_>>();
    let ny = weekdays(9, 12);
    let ldn = weekdays(14, 18);
    for (week, hours) in [
        (date(2027, 3, 1), 15.0),
        (date(2027, 3, 15), 10.0),
        (date(2027, 3, 22), 10.0),
        (date(2027, 3, 29), 15.0),
        (date(2027, 10, 25), 15.0),
        (date(2027, 11, 1), 10.0),
        (date(2027, 11, 8), 15.0),
    ] {
        check(&ny, "America/New_York", &ldn, "Europe/London", week, hours);
    }
    // Southern hemisphere: Sydney Monday 08–10 meets London on the UTC Sunday before.
    // The overlap is measured inside the reference UTC week (Mon 00:00 – Mon 00:00 UTC).
    let syd = [(0, 8, 10)];
    let ldn_sun = [(6, 21, 23)];
    // Week of 03-15: Sydney Mon 03-22 08–10 AEDT = Sun 21–23 UTC; London GMT 21–23 → 2 h.
    check(
        &syd,
        "Australia/Sydney",
        &ldn_sun,
        "Europe/London",
        date(2027, 3, 15),
        2.0,
    );
    // Week of 03-22: London on BST from 03-28, 21–23 BST = 20–22 UTC → 1 h.
    check(
        &syd,
        "Australia/Sydney",
        &ldn_sun,
        "Europe/London",
        date(2027, 3, 22),
        1.0,
    );
    // Week of 03-29: Sydney leaves DST on 04-04, so Mon 04-05 08–10 AEST = Sun 22–24 UTC → 0 h.
    check(
        &syd,
        "Australia/Sydney",
        &ldn_sun,
        "Europe/London",
        date(2027, 3, 29),
        0.0,
    );
    // Half-hour zones: Kolkata (UTC+5:30) 18–20 vs UTC 12–13 → 0.5 h; Kathmandu (+5:45) → 0.75 h.
    check(
        &[(2, 18, 20)],
        "Asia/Kolkata",
        &[(2, 12, 13)],
        "UTC",
        date(2027, 7, 5),
        0.5,
    );
    check(
        &[(2, 18, 20)],
        "Asia/Kathmandu",
        &[(2, 12, 13)],
        "UTC",
        date(2027, 7, 5),
        0.75,
    );
}

#[test]
fn ranking_many_is_deterministic() {
    let mentors = generate(5_000, 42);
    let needs = Needs {
        focus_skills: vec![
            "public speaking".into(),
            "python".into(),
            "leadership".into(),
        ],
        goal_category: None,
        industry: "Technology".into(),
        stage: CareerStage::Mid,
        languages: vec!["English".into()],
        time_zone: "Europe/Berlin".into(),
        availability: (0..5)
            .map(|day| Window {
                day,
                start_min: 17 * 60,
                end_min: 20 * 60,
            })
            .collect(),
        formats: vec![Format::Video],
        form: MentoringForm::OneToOne,
        learning_style: Style::HandsOn,
        interests: vec!["hiking".into()],
        wants_different_perspective: false,
        max_price: Some(100),
        must: MustHaves {
            language: true,
            ..MustHaves::default()
        },
        weights: Weights::default(),
        unsaid: Default::default(),
    };
    let week = date(2027, 3, 15);
    let a = rank(&mentors, &needs, week);
    let b = rank(&mentors, &needs, week);
    assert_eq!(a, b);
    assert!(!a.ranked.is_empty());
    // Open mentors come before full ones.
    let first_full = a
        .ranked
        .iter()
        .position(|r| r.full)
        .unwrap_or(a.ranked.len());
    assert!(a.ranked[first_full..].iter().all(|r| r.full));
}
