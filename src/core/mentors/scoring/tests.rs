use super::*;
use crate::core::mentors::mentor::{Format, Window};

fn week() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

fn needs() -> Needs {
    Needs {
        focus_skills: vec![
            "Public speaking".into(),
            "storytelling".into(),
            "leadership".into(),
            "python".into(),
        ],
        goal_category: None,
        industry: "Healthcare".into(),
        stage: CareerStage::Mid,
        languages: vec!["English".into()],
        time_zone: "Europe/London".into(),
        availability: (0..5)
            .map(|day| Window {
                day,
                start_min: 17 * 60,
                end_min: 19 * 60,
            })
            .collect(),
        formats: vec![Format::Video],
        form: MentoringForm::OneToOne,
        learning_style: Style::Coaching,
        interests: vec!["hiking".into(), "chess".into()],
        wants_different_perspective: false,
        max_price: Some(50),
        must: MustHaves::default(),
        weights: Weights::default(),
        unsaid: Default::default(),
    }
}

fn mentor(id: &str) -> Mentor {
    Mentor {
        id: id.into(),
        name: format!("Mentor {id}"),
        headline: String::new(),
        industry: "Healthcare".into(),
        stage: CareerStage::Senior,
        years_experience: 12,
        country: "GB".into(),
        city: "London".into(),
        time_zone: "Europe/London".into(),
        languages: vec!["english".into()],
        forms: vec![MentoringForm::OneToOne],
        formats: vec![Format::Video],
        availability: (0..5)
            .map(|day| Window {
                day,
                start_min: 18 * 60,
                end_min: 20 * 60,
            })
            .collect(),
        capacity: 2,
        style: Style::Coaching,
        skills: vec![
            "Public Speaking".into(),
            "storytelling".into(),
            "team-building".into(),
        ],
        interests: vec!["Hiking".into(), "hiking".into()],
        bio: String::new(),
        price_per_month: None,
    }
}

/// Every criterion "not important".
fn nothing_important() -> Weights {
    Weights {
        skills: Importance::NotImportant,
        industry: Importance::NotImportant,
        experience: Importance::NotImportant,
        availability: Importance::NotImportant,
        style: Importance::NotImportant,
        interests: Importance::NotImportant,
    }
}

fn check_breakdown(b: &Breakdown) {
    let sum: u32 = b.contributions.iter().map(|c| u32::from(c.points)).sum();
    assert_eq!(sum, u32::from(b.score));
    let max: u32 = b
        .contributions
        .iter()
        .map(|c| u32::from(c.max_points))
        .sum();
    assert!(max == 100 || max == 0);
    for c in &b.contributions {
        assert!(c.points <= c.max_points, "{c:?}");
        assert!(!c.reason.is_empty());
    }
}

#[test]
fn apportioning() {
    for (w, want) in [
        ([1, 1, 1, 1, 1, 1], [17, 17, 17, 17, 16, 16]),
        ([3, 0, 0, 0, 0, 0], [100, 0, 0, 0, 0, 0]),
        ([3, 2, 1, 0, 0, 0], [50, 33, 17, 0, 0, 0]),
        ([0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]),
        ([3, 3, 3, 1, 1, 1], [25, 25, 25, 9, 8, 8]),
    ] {
        assert_eq!(apportion(w), want, "{w:?}");
    }
    for (max, fits, want) in [
        (
            [50, 50, 0, 0, 0, 0],
            [0.5, 0.5, 0.0, 0.0, 0.0, 0.0],
            [25, 25, 0, 0, 0, 0],
        ),
        // 8.5 + 8.5 + 8.5 = 25.5 → 26: one criterion gets the extra point.
        (
            [17, 17, 17, 17, 16, 16],
            [0.5, 0.5, 0.5, 0.0, 0.0, 0.0],
            [9, 9, 8, 0, 0, 0],
        ),
        (
            [34, 33, 33, 0, 0, 0],
            [1.0, 1.0, 1.0, 0.0, 0.0, 0.0],
            [34, 33, 33, 0, 0, 0],
        ),
        (
            [33, 33, 34, 0, 0, 0],
            [0.333, 0.333, 0.333, 0.0, 0.0, 0.0],
            [11, 11, 11, 0, 0, 0],
        ),
    ] {
        assert_eq!(allocate(max, fits), want, "{max:?} {fits:?}");
    }
}

#[test]
fn explains_with_exact_reasons() {
    let b = explain(&mentor("a"), &needs(), week());
    check_breakdown(&b);
    let reasons: Vec<&str> = b.contributions.iter().map(|c| c.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "Works on Public speaking and storytelling; team-building is close to leadership; not python.",
            "Works in Healthcare, like you.",
            "Senior, 12 years in, one stage ahead of you: the right distance for one-to-one mentoring.",
            "5 h a week when you are both free (week of 4 Jan).",
            "Teaches by coaching, the way you like to learn.",
            "Also enjoys Hiking.",
        ]
    );
    // Equal weights: 17/17/17/17/16/16. Fits: skills 5/8, industry 1, experience 1,
    // availability 1 (5 h ≥ 4 h), style 1, interests 1/2.
    // Exact points 10.625 + 17 + 17 + 17 + 16 + 8 = 85.625 → 86.
    let pts: Vec<u8> = b.contributions.iter().map(|c| c.points).collect();
    assert_eq!(pts, [11, 17, 17, 17, 16, 8]);
    assert_eq!(b.score, 86);
    assert_eq!(b.overlap.minutes, 300);
    assert_eq!(b.overlap.slots.len(), 5);
    assert!(b.exclusions.is_empty());
    // Price is a fact now (no orphan "Free" note); nothing demotes this mentor.
    assert!(b.notes.is_empty());
    let facts: Vec<(&str, Option<bool>)> =
        b.facts.iter().map(|f| (f.text.as_str(), f.fits)).collect();
    assert_eq!(
        facts,
        [
            ("Offers one-to-one mentoring, as you asked.", Some(true)),
            ("Meets by video call, as you prefer.", Some(true)),
            ("Speaks english, as you do.", Some(true)),
            ("Has 2 open places.", Some(true)),
            ("Free.", Some(true)),
        ]
    );
    assert_eq!(b.week, week());
    assert_eq!(b.weeks.len(), 8);
    let r = rank(&[mentor("a")], &needs(), week());
    assert_eq!(r.ranked[0].score, 86);
}

#[test]
fn industry_and_perspective() {
    let mut n = needs();
    let mut other = mentor("b");
    other.industry = "Finance".into();
    for (perspective, m, want, fit) in [
        (false, mentor("a"), "Works in Healthcare, like you.", true),
        (
            false,
            other.clone(),
            "Works in Finance, not Healthcare.",
            false,
        ),
        (
            true,
            other.clone(),
            "Works in Finance: the different perspective you asked for.",
            true,
        ),
        (
            true,
            mentor("a"),
            "Works in Healthcare, your own industry; you asked for a different perspective.",
            false,
        ),
    ] {
        n.wants_different_perspective = perspective;
        let b = explain(&m, &n, week());
        let c = &b.contributions[1];
        assert_eq!(c.reason, want);
        assert_eq!(c.points == c.max_points, fit, "{want}");
    }
}

#[test]
fn experience_by_form() {
    use MentoringForm::*;
    for (form, diff, want) in [
        (OneToOne, 1, 1.0),
        (OneToOne, 2, 1.0),
        (OneToOne, 4, 0.75),
        (OneToOne, 0, 0.25),
        (OneToOne, -1, 0.0),
        (Group, 2, 1.0),
        (Micro, 1, 1.0),
        (Peer, 0, 1.0),
        (Peer, -1, 0.5),
        (Peer, 2, 0.0),
        (Reverse, -1, 1.0),
        (Reverse, -3, 0.75),
        (Reverse, 1, 0.0),
    ] {
        assert_eq!(experience_fit(form, diff), want, "{form:?} {diff}");
    }
    for a in Style::ALL {
        for b in Style::ALL {
            assert_eq!(style_fit(*a, *b), style_fit(*b, *a));
        }
    }
}

#[test]
fn must_haves_count_every_reason() {
    let mut n = needs();
    n.must = MustHaves {
        language: true,
        format: true,
        open_capacity: true,
        min_overlap_hours: Some(3.0),
        budget: true,
        form: true,
    };
    let ok = mentor("ok");
    let mut two = mentor("two");
    two.languages = vec!["French".into()];
    two.price_per_month = Some(80);
    let mut full = mentor("full");
    full.capacity = 0;
    let mut fmt = mentor("fmt");
    fmt.formats = vec![Format::Phone];
    fmt.forms = vec![MentoringForm::Peer];
    let mut little = mentor("little");
    little.availability.truncate(2); // 2 h < 3 h
    let mut cheap = mentor("cheap");
    cheap.price_per_month = Some(50);
    let r = rank(&[ok, two, full, fmt, little, cheap], &n, week());
    let ids: Vec<usize> = r.ranked.iter().map(|x| x.index).collect();
    assert_eq!(ids, [5, 0]); // equal scores: "Mentor cheap" < "Mentor ok"
    assert_eq!(r.excluded_total, 4);
    let counts: Vec<(&str, usize)> = r.excluded.iter().map(|(e, n)| (e.key(), *n)).collect();
    assert_eq!(
        counts,
        [
            ("language", 1),
            ("format", 1),
            ("capacity", 1),
            ("overlap", 1),
            ("budget", 1),
            ("form", 1)
        ]
    );
    let mut relaxed = n.must;
    ExclusionReason::Budget.relax(&mut relaxed);
    ExclusionReason::Overlap.relax(&mut relaxed);
    assert!(!relaxed.budget && relaxed.min_overlap_hours.is_none());
}

#[test]
fn full_mentors_sort_last_and_say_so() {
    let mut star = mentor("star");
    star.capacity = 0;
    let mut weak = mentor("weak");
    weak.skills.clear();
    weak.interests.clear();
    let n = needs();
    let r = rank(&[star.clone(), weak], &n, week());
    assert!(r.ranked[0].score < r.ranked[1].score);
    assert_eq!(r.ranked[0].index, 1);
    assert!(r.ranked[1].full);
    let b = explain(&star, &n, week());
    assert!(b.full);
    assert!(b.notes[0].starts_with("Full right now"));
}

#[test]
fn no_priorities_and_tie_breaks() {
    let mut n = needs();
    n.weights = nothing_important();
    let mut a = mentor("a");
    a.name = "Zed".into();
    let mut b = mentor("b");
    b.name = "Amy".into();
    let mut c = mentor("c");
    c.name = "Amy".into();
    let mut d = mentor("d");
    d.availability.truncate(1);
    let r = rank(&[d, c, b, a], &n, week());
    assert!(r.no_priorities);
    assert!(r.ranked.iter().all(|x| x.score == 0));
    // Overlap desc (d has 1 h, others 5 h), then name, then id.
    let order: Vec<usize> = r.ranked.iter().map(|x| x.index).collect();
    assert_eq!(order, [2, 1, 3, 0]);
    let bd = explain(&mentor("a"), &n, week());
    check_breakdown(&bd);
    assert_eq!(bd.score, 0);
    assert!(bd.notes.iter().any(|s| {
        s.starts_with("Every criterion that can be compared is set to \"not important\"")
    }));
}

/// The priorities note says what happened: assumed, partly assumed, chosen "not important",
/// or nothing to say.
#[test]
fn priorities_note_says_what_happened() {
    use super::explain::priorities_note;
    use crate::core::mentors::needs::Unsaid;
    let with = |importances: u8| Needs {
        unsaid: Unsaid {
            importances,
            ..Unsaid::default()
        },
        ..needs()
    };
    for (importances, no_priorities, want) in [
        (0, false, None),
        (
            0b11_1111,
            false,
            Some(
                "Priorities assumed: you haven't rated any criterion yet, so each counts as \"somewhat important\".",
            ),
        ),
        (
            0b01_1000,
            false,
            Some(
                "Priorities partly assumed: shared time and teaching style not rated yet, so counted as \"somewhat important\".",
            ),
        ),
        (
            0,
            true,
            Some(
                "Every criterion that can be compared is set to \"not important\", so all scores are 0 and mentors are ordered by shared time, then name.",
            ),
        ),
        (
            0b00_0001,
            true,
            Some(
                "Nothing can be compared yet and the rest is set to \"not important\", so all scores are 0 and mentors are ordered by shared time, then name.",
            ),
        ),
    ] {
        assert_eq!(
            priorities_note(&with(importances), no_priorities).as_deref(),
            want,
            "{importances:b} {no_priorities}"
        );
    }
}

/// A fresh profile (nothing said, no goal) is a real ranking: scored by shared time in the
/// assumed weekday evenings, never demoted for 0 h, with the assumption in the reasons.
#[test]
fn fresh_profile_is_ranked_by_assumed_time() {
    use crate::core::mentors::needs::{BrowserFacts, default_needs};
    let facts = BrowserFacts {
        languages: vec!["en".into()],
        time_zone: Some("Europe/London".into()),
    };
    let n = default_needs(&facts, None);
    let mut evenings = mentor("a");
    evenings.name = "Evenings".into();
    let mut one = mentor("b");
    one.availability.truncate(1);
    let mut mornings = mentor("c");
    for w in &mut mornings.availability {
        w.start_min = 8 * 60;
        w.end_min = 9 * 60;
    }
    let pool = [mornings, one, evenings];
    let r = rank(&pool, &n, week());
    assert!(!r.no_priorities);
    let order: Vec<usize> = r.ranked.iter().map(|x| x.index).collect();
    assert_eq!(order, [2, 1, 0]);
    assert!(r.ranked[0].score > r.ranked[1].score && r.ranked[1].score > 0);
    assert_eq!(r.ranked[2].score, 0);
    let bd = explain(&pool[2], &n, week());
    check_breakdown(&bd);
    assert!(!bd.no_time);
    let time = &bd.contributions[Criterion::Availability as usize];
    assert!(time.counts() && time.points == bd.score);
    assert!(
        bd.notes
            .iter()
            .any(|s| s == super::explain::ASSUMED_TIMES_NOTE)
    );
    assert!(bd.notes.iter().any(|s| s.starts_with("Priorities assumed")));
    let zero = explain(&pool[0], &n, week());
    assert!(!zero.no_time, "assumed times never demote");
    assert!(!zero.notes.iter().any(|s| s.starts_with("No free time")));
}

#[test]
fn missing_data_gives_no_points() {
    let mut n = needs();
    n.focus_skills.clear();
    n.industry.clear();
    n.interests.clear();
    n.weights.skills = Importance::Essential;
    let s = Scorer::new(&n, week());
    // Only experience, availability and style count: 1:1:1 → 34/33/33.
    assert_eq!(s.max_points(), [0, 0, 34, 33, 33, 0]);
    let b = s.explain(&mentor("a"));
    check_breakdown(&b);
    assert_eq!(
        b.contributions[0].reason,
        "Your goal names no focus skills yet, so skills are not compared."
    );
    assert_eq!(
        b.contributions[1].reason,
        "You haven't said your industry, so it is not compared."
    );
    assert_eq!(
        b.contributions[5].reason,
        "You haven't listed interests, so they are not compared."
    );
    // Not said and worth 0 points: not shown as a row, but said in the sentences.
    assert_eq!(b.shown().count(), 3);
    assert!(
        b.sentences()
            .contains(&"You haven't listed interests, so they are not compared.")
    );
    assert_eq!(b.score, 100);
}

#[test]
fn bad_zone_and_cross_zone_overlap() {
    let mut m = mentor("tz");
    m.time_zone = "Mars/Olympus".into();
    let b = explain(&m, &needs(), week());
    assert_eq!(
        b.contributions[3].reason,
        "Their time zone \"Mars/Olympus\" is unknown, so shared time can't be worked out."
    );
    assert_eq!(b.overlap.minutes, 0);
    // A New York mentor 12:00–13:30 = 17:00–18:30 London in January: 1.5 h × 5 days.
    let mut ny = mentor("ny");
    ny.time_zone = "America/New_York".into();
    for w in &mut ny.availability {
        w.start_min = 12 * 60;
        w.end_min = 13 * 60 + 30;
    }
    let b = explain(&ny, &needs(), week());
    assert_eq!(b.overlap.minutes, 450);
    assert_eq!(
        b.contributions[3].reason,
        "7.5 h a week when you are both free (week of 4 Jan)."
    );
    assert_eq!(
        b.overlap.slots[0],
        Window {
            day: 0,
            start_min: 17 * 60,
            end_min: 18 * 60 + 30
        }
    );
}

#[test]
fn index_is_reusable_and_matches_aliases() {
    let mut m = mentor("js");
    m.skills = vec!["JS".into(), " Public-Speaking".into()];
    m.languages = vec![" ENGLISH ".into()];
    m.industry = "healthcare ".into();
    let mut n = needs();
    n.focus_skills = vec!["javascript".into(), "public speaking".into()];
    n.must.language = true;
    let b = explain(&m, &n, week());
    assert_eq!(
        b.contributions[0].reason,
        "Works on javascript and public speaking: every focus skill of your goal."
    );
    assert_eq!(b.contributions[1].reason, "Works in healthcare, like you.");
    let mentors = crate::core::mentors::r#gen::generate(300, 9);
    let ix = MentorIndex::new(&mentors);
    assert_eq!(ix.len(), 300);
    for weights in [
        Weights::default(),
        Weights {
            availability: Importance::Essential,
            ..Weights::default()
        },
    ] {
        n.weights = weights;
        let s = Scorer::new(&n, week());
        assert_eq!(s.rank_index(&ix), s.rank(&mentors));
    }
}

/// `rank_index` (fast overlap, point tables, radix sort) against the slowest honest
/// reference: `explain` every mentor (general overlap path, `allocate`), then sort by the
/// documented order with a plain comparison sort.
#[test]
fn rank_index_matches_a_naive_reference() {
    use crate::core::mentors::r#gen::{SplitMix64, bench_needs, generate};
    let mut mentors = generate(700, 5);
    // Odd minutes too, not only the generator's half hours.
    let mut rng = SplitMix64::new(5);
    for m in mentors.iter_mut().step_by(3) {
        for w in &mut m.availability {
            w.start_min = (w.start_min + rng.below(29) as u16).min(w.end_min - 1);
            w.end_min -= rng.below(u64::from(w.end_min - w.start_min)) as u16;
        }
    }
    let ix = MentorIndex::new(&mentors);
    let mut variants = vec![bench_needs(), needs()];
    let mut n = needs();
    n.weights.availability = Importance::Essential;
    n.weights.style = Importance::Essential;
    n.must.language = true;
    n.must.budget = true;
    n.time_zone = "America/Chicago".into();
    variants.push(n);
    let mut n = needs();
    n.must.min_overlap_hours = Some(1.5);
    n.must.format = true;
    n.time_zone = "Asia/Kathmandu".into();
    variants.push(n);
    let mut n = bench_needs();
    n.availability.clear();
    n.focus_skills.clear();
    variants.push(n);
    let mut n = needs();
    n.time_zone = "Australia/Sydney".into();
    n.weights = nothing_important();
    variants.push(n);
    for (y, m, d) in [
        (2027, 1, 4),
        (2027, 3, 8),
        (2027, 3, 15),
        (2027, 3, 22),
        (2027, 3, 29),
        (2027, 4, 5),
        (2027, 10, 25),
        (2027, 11, 1),
    ] {
        let week = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for n in &variants {
            let s = Scorer::new(n, week);
            let got = s.rank_index(&ix);
            let mut want = Vec::new();
            let mut counts = [0usize; 6];
            let mut only = [0usize; 6];
            let mut several = 0;
            for (i, m) in mentors.iter().enumerate() {
                let b = s.explain(m);
                for r in &b.exclusions {
                    counts[*r as usize] += 1;
                }
                match b.exclusions.as_slice() {
                    [] => {
                        let key = (
                            b.misses.len() as u8,
                            b.full,
                            b.no_time,
                            std::cmp::Reverse(b.score),
                        );
                        let tie = (std::cmp::Reverse(b.overlap.minutes), &m.name, &m.id, i);
                        want.push((key, tie, b.overlap.minutes));
                    }
                    [one] => only[*one as usize] += 1,
                    _ => several += 1,
                }
            }
            want.sort();
            let want: Vec<Ranked> = want
                .into_iter()
                .map(
                    |((misses, full, no_time, score), (.., i), overlap_min)| Ranked {
                        index: i,
                        score: score.0,
                        overlap_min,
                        full,
                        misses,
                        no_time,
                    },
                )
                .collect();
            assert_eq!(got.ranked, want, "{week} {:?}", n.time_zone);
            assert_eq!(got.excluded_total, mentors.len() - want.len());
            let counts: Vec<(ExclusionReason, usize)> = ExclusionReason::ALL
                .into_iter()
                .zip(counts)
                .filter(|(_, c)| *c > 0)
                .collect();
            assert_eq!(got.excluded, counts);
            let only: Vec<(ExclusionReason, usize)> = ExclusionReason::ALL
                .into_iter()
                .zip(only)
                .filter(|(_, c)| *c > 0)
                .collect();
            assert_eq!(got.exclusions.only, only);
            assert_eq!(got.exclusions.several, several);
            assert_eq!(got.exclusions.total, got.excluded_total);
        }
    }
}

#[test]
fn round_micro_divides_exactly() {
    let check = |m: u64| assert_eq!(u64::from(round_micro(m)), (m + MICRO / 2) / MICRO, "{m}");
    for k in 0..=100 {
        for d in [0, 1, 2, MICRO / 2 - 1, MICRO / 2, MICRO / 2 + 1] {
            for m in [k * MICRO + d, (k * MICRO).saturating_sub(d)] {
                if m <= 100 * MICRO {
                    check(m);
                }
            }
        }
    }
    let mut rng = crate::core::mentors::r#gen::SplitMix64::new(8);
    for _ in 0..100_000 {
        check(rng.below(100 * MICRO + 1));
    }
}

#[test]
fn sort_keys_matches_a_comparison_sort() {
    use crate::core::mentors::r#gen::SplitMix64;
    let mut rng = SplitMix64::new(3);
    for n in [0, 1, 7, 511, 512, 3000] {
        let mut keys: Vec<u64> = (0..n)
            .map(|row| {
                let key = SortKey::new(
                    rng.below(7) as u8,
                    rng.chance(20),
                    rng.chance(20),
                    rng.below(101) as u8,
                    rng.below(overlap::WEEK_MIN as u64 + 1) as u32,
                );
                let p = key.parts();
                assert_eq!(
                    SortKey::new(p.misses, p.full, p.no_time, p.score, p.overlap_min),
                    key
                );
                u64::from(key.0) << 32 | row
            })
            .collect();
        let mut want = keys.clone();
        want.sort();
        sort_keys(&mut keys);
        assert_eq!(keys, want, "{n}");
    }
}

#[test]
fn generated_rank_matches_explain() {
    let mentors = crate::core::mentors::r#gen::generate(400, 3);
    let mut n = needs();
    n.weights.skills = Importance::Essential;
    n.weights.interests = Importance::NotImportant;
    let s = Scorer::new(&n, week());
    let r = s.rank(&mentors);
    assert_eq!(r.ranked.len() + r.excluded_total, mentors.len());
    for x in &r.ranked {
        let b = s.explain(&mentors[x.index]);
        check_breakdown(&b);
        assert_eq!(b.score, x.score);
        assert_eq!(b.overlap.minutes, x.overlap_min);
        assert_eq!(s.score(&mentors[x.index]), x.score);
    }
    // The documented order: essentials missed, open before full, some shared time before
    // none, then scores never increase within each group.
    let key = |x: &Ranked| (x.misses, x.full, x.no_time, std::cmp::Reverse(x.score));
    for w in r.ranked.windows(2) {
        assert!(key(&w[0]) <= key(&w[1]));
    }
    assert!(r.ranked.iter().any(|x| x.misses > 0));
}

/// The card summary agrees with the full breakdown on every mentor of a generated pool,
/// under several kinds of needs (fresh, answered, essentials, nothing important).
#[test]
fn summary_agrees_with_explain() {
    use crate::core::mentors::needs::{BrowserFacts, default_needs};
    let pool = crate::core::mentors::r#gen::generate(120, 7);
    let fresh = default_needs(
        &BrowserFacts {
            languages: vec!["en".into()],
            time_zone: Some("America/Chicago".into()),
        },
        None,
    );
    let mut essential = needs();
    essential.weights.availability = Importance::Essential;
    essential.weights.skills = Importance::Very;
    let mut none = needs();
    none.weights = nothing_important();
    for n in [fresh, needs(), essential, none] {
        let scorer = Scorer::new(&n, week());
        for m in &pool {
            let b = scorer.explain(m);
            let s = scorer.summary(m);
            let mut top: Vec<_> = b.contributions.iter().filter(|c| c.points > 0).collect();
            crate::core::sorting::sort_by_key(&mut top, |c| std::cmp::Reverse(c.points));
            assert_eq!(s.score, b.score, "{}", m.id);
            assert_eq!(
                s.top_reason.as_deref(),
                top.first().map(|c| c.reason.as_str()),
                "{}",
                m.id
            );
            assert_eq!(
                s.time_counts,
                b.contributions[Criterion::Availability as usize].counts()
            );
            let not_said: Vec<Criterion> = b
                .contributions
                .iter()
                .filter(|c| c.not_said())
                .map(|c| c.criterion)
                .collect();
            assert_eq!(s.not_said, not_said);
        }
    }
}
