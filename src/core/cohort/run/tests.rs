use super::*;
use crate::core::cohort::assign::{MentorPrefs, PairRef, run, run_with, scores};
use crate::core::cohort::random;
use chrono::NaiveDate;

fn week() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

/// Some mentor preferences and group sizes, so every rule is exercised.
fn prefs_for(mentors: &[crate::core::mentors::mentor::Mentor]) -> Vec<MentorPrefs> {
    mentors
        .iter()
        .enumerate()
        .map(|(j, m)| MentorPrefs {
            stages: if j % 3 == 0 {
                vec![crate::core::mentors::mentor::CareerStage::Early]
            } else {
                Vec::new()
            },
            skills: m
                .skills
                .iter()
                .take(usize::from(j % 2 == 1))
                .cloned()
                .collect(),
            avoid: if j % 5 == 0 {
                vec![format!("e{}", j % 7)]
            } else {
                Vec::new()
            },
            group_size: if j % 4 == 0 { 3 } else { 0 },
        })
        .collect()
}

/// Sliced runs, with any budget, give exactly the one-shot result, in both modes.
#[test]
fn sliced_runs_equal_whole_runs() {
    for seed in 0..12u64 {
        let (mentors, mentees) = random::cohort(30 + seed as usize * 3, 6 + seed as usize, seed);
        let prefs = if seed % 2 == 0 {
            prefs_for(&mentors)
        } else {
            Vec::new()
        };
        let locks = vec![PairRef {
            mentee: mentees[1].id.clone(),
            mentor: mentors[0].id.clone(),
        }];
        for mode in [Mode::Total, Mode::Fair] {
            let input = Input {
                mentors: &mentors,
                prefs: &prefs,
                mentees: &mentees,
                locks: if seed % 3 == 0 { &locks } else { &[] },
                avoids: &[],
                mode,
                week_start: week(),
            };
            let whole = run(&input);
            for budget in [1, 2, 7] {
                let mut r = Run::new(&input);
                let mut last = r.progress();
                let mut steps = 0;
                loop {
                    let p = r.step(budget);
                    steps += 1;
                    assert!(p.done <= p.total, "{p:?}");
                    if p.stage == last.stage && p.pass == last.pass {
                        assert!(p.done >= last.done, "{last:?} then {p:?}");
                    }
                    last = p;
                    if p.is_finished() {
                        break;
                    }
                    assert!(steps < 100_000);
                }
                assert!(steps > 2, "seed {seed}: sliced into {steps} steps");
                assert_eq!(r.finish(), whole, "seed {seed} {mode:?} budget {budget}");
            }
            let s = scores(&mentors, &prefs, &mentees, week());
            assert_eq!(run_with(&input, &s), whole);
        }
    }
}

/// The fast bonuses equal the stated rules' ([`assign::bonuses`]) on every pair.
#[test]
fn pair_scores_follow_the_bonus_rules() {
    for seed in 0..6u64 {
        let (mentors, mut mentees) = random::cohort(25, 9, seed);
        // Preferences by name as well as by id, and in any case.
        mentees[0].preferred = vec![mentors[2].name.to_uppercase(), mentors[3].id.clone()];
        let prefs = prefs_for(&mentors);
        let s = scores(&mentors, &prefs, &mentees, week());
        for (i, me) in mentees.iter().enumerate() {
            for &(j, score, base) in &s.allowed[i] {
                let mo = &mentors[j as usize];
                let why = assign::explain_pair(me, mo, prefs.get(j as usize), week());
                assert_eq!(why.breakdown.score, base);
                assert_eq!(why.score, score, "{} with {}", me.name, mo.name);
            }
        }
    }
}

/// Progress says which stage is under way, and a run can be dropped at any point.
#[test]
fn progress_names_the_stages() {
    let (mentors, mentees) = random::cohort(40, 10, 3);
    let input = Input {
        mentors: &mentors,
        prefs: &[],
        mentees: &mentees,
        locks: &[],
        avoids: &[],
        mode: Mode::Fair,
        week_start: week(),
    };
    let mut r = Run::new(&input);
    let p = r.progress();
    assert_eq!((p.stage, p.done, p.total), (Stage::Scoring, 0, 40));
    assert_eq!(p.label(), "Step 1 of 2, scoring pairs: 0 of 40 mentees");
    let mut stages = vec![p.stage];
    loop {
        let p = r.step(5);
        if stages.last() != Some(&p.stage) {
            stages.push(p.stage);
        }
        if p.is_finished() {
            break;
        }
    }
    assert!(
        matches!(
            stages[1],
            Stage::Preparing {
                round: Some((1, _))
            }
        ),
        "{stages:?}"
    );
    assert!(
        matches!(stages[2], Stage::Fairest { round: 1, .. }),
        "{stages:?}"
    );
    assert!(
        stages
            .iter()
            .any(|s| matches!(s, Stage::Fairest { round: 2.., .. })),
        "{stages:?}"
    );
    assert_eq!(stages.last(), Some(&Stage::Done));
    for s in &stages {
        if let Stage::Fairest { round, rounds } = s {
            assert!(round <= rounds, "{stages:?}");
        }
    }
    // Dropped half-way: nothing to undo.
    let mut r = Run::new(&input);
    r.step(3);
    drop(r);
}

/// An infeasible input ends the run with every problem.
#[test]
fn infeasible_inputs_end_the_run() {
    let (mentors, mentees) = random::cohort(10, 3, 1);
    let locks = vec![PairRef {
        mentee: "nobody".into(),
        mentor: mentors[0].id.clone(),
    }];
    let input = Input {
        mentors: &mentors,
        prefs: &[],
        mentees: &mentees,
        locks: &locks,
        avoids: &[],
        mode: Mode::Total,
        week_start: week(),
    };
    let mut r = Run::new(&input);
    while !r.step(4).is_finished() {}
    let e = r.finish().unwrap_err();
    assert!(e.problems[0].contains("nobody"), "{:?}", e.problems);
}

/// The budget per step grows while steps are quick and shrinks when one was slow, within
/// 1..=MAX_BUDGET.
#[test]
fn budgets_follow_the_time_taken() {
    for (budget, took, want) in [
        (4, 0.1, 8),
        (4, 0.5, 4),
        (4, 1.5, 2),
        (1, 50.0, 1),
        (MAX_BUDGET, 0.0, MAX_BUDGET),
        (0, 0.0, 2),
        (1000, 1.0, MAX_BUDGET),
    ] {
        assert_eq!(adapt_budget(budget, took), want, "{budget} {took}");
    }
}
