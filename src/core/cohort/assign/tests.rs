use super::*;
use crate::core::cohort::mentees;
use crate::core::cohort::random;
use crate::core::mentors::roster;

fn week() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

fn example() -> (Vec<Mentor>, Vec<Mentee>) {
    let mentors = roster::import_csv(include_str!("../../../../data/roster-example.csv")).mentors;
    let mentees = mentees::import_csv(include_str!("../../../../data/mentees-example.csv")).mentees;
    (mentors, mentees)
}

fn pr(mentee: &str, mentor: &str) -> PairRef {
    PairRef {
        mentee: mentee.into(),
        mentor: mentor.into(),
    }
}

fn input<'a>(
    mentors: &'a [Mentor],
    mentees: &'a [Mentee],
    locks: &'a [PairRef],
    avoids: &'a [PairRef],
    mode: Mode,
) -> Input<'a> {
    Input {
        mentors,
        prefs: &[],
        mentees,
        locks,
        avoids,
        mode,
        week_start: week(),
    }
}

fn pair_of(m: &Matching, mentors: &[Mentor], mentees: &[Mentee], mentee: &str) -> Option<String> {
    let i = mentees.iter().position(|x| x.id == mentee)?;
    m.pairs
        .iter()
        .find(|p| p.mentee == i)
        .map(|p| mentors[p.mentor].name.clone())
}

#[test]
fn every_example_mentee_is_matched_or_explained() {
    let (mentors, mentees) = example();
    let m = run(&input(&mentors, &mentees, &[], &[], Mode::Total)).unwrap();
    assert_eq!(m.pairs.len() + m.unmatched.len(), mentees.len());
    // Inês speaks only Portuguese and requires a shared language: no mentor does.
    let ines = m
        .unmatched
        .iter()
        .find(|u| mentees[u.mentee].id == "ines")
        .expect("ines unmatched");
    assert_eq!(ines.why, Why::MustHaves);
    assert!(
        ines.reason.contains("no shared language"),
        "{}",
        ines.reason
    );
    assert!(ines.help.contains("speaks Portuguese"), "{}", ines.help);
    assert!(
        m.suggestions.iter().any(|s| s.contains("Portuguese")),
        "{:?}",
        m.suggestions
    );
    // Sam avoids Henrik.
    assert_ne!(
        pair_of(&m, &mentors, &mentees, "sam").as_deref(),
        Some("Henrik Larsen")
    );
    // Capacity is never exceeded, and the load says so.
    for (j, &(used, room_)) in m.load.iter().enumerate() {
        assert!(used <= room_, "{}", mentors[j].name);
        assert_eq!(room_, u32::from(mentors[j].capacity));
    }
    assert_eq!(m.total, m.pairs.iter().map(|p| p.score).sum::<u32>());
}

#[test]
fn bonuses_follow_the_stated_rules() {
    let (mentors, mentees) = example();
    let lucia = mentees.iter().find(|m| m.id == "lucia").unwrap();
    let amara = mentors.iter().find(|m| m.name == "Amara Okoye").unwrap();
    let prefs = MentorPrefs {
        skills: vec!["Career planning".into()],
        ..MentorPrefs::default()
    };
    let b = bonuses(lucia, amara, Some(&prefs));
    assert_eq!(
        b.iter().map(|x| x.1).collect::<Vec<_>>(),
        [PREFERENCE_BONUS[0], MENTOR_BONUS]
    );
    let why = explain_pair(lucia, amara, Some(&prefs), week());
    assert_eq!(
        why.score,
        u32::from(why.breakdown.score) + PREFERENCE_BONUS[0] + MENTOR_BONUS
    );
    // One line per criterion that counts, then the bonuses, in the one format that the
    // pairs table and the CSV export share.
    let lines = why_lines(lucia, amara, Some(&prefs), week());
    assert_eq!(lines, why.lines());
    let counted = why
        .breakdown
        .contributions
        .iter()
        .filter(|c| c.max_points > 0);
    for (line, c) in lines.iter().zip(counted) {
        assert_eq!(
            *line,
            format!(
                "{} {}/{}: {}",
                c.criterion.label(),
                c.points,
                c.max_points,
                c.reason
            )
        );
    }
    assert_eq!(
        lines[lines.len() - 2..],
        [
            format!("+10: {}'s choice no. 1", lucia.name),
            "+5: Amara Okoye wants to mentor career planning".to_string()
        ]
    );
    let s = scores(&mentors, &[], &mentees, week());
    let i = mentees.iter().position(|m| m.id == "lucia").unwrap();
    let j = mentors
        .iter()
        .position(|m| m.name == "Amara Okoye")
        .unwrap() as u32;
    let (_, score, base) = *s.allowed[i].iter().find(|r| r.0 == j).unwrap();
    assert_eq!(
        (score, base),
        (
            u32::from(why.breakdown.score) + PREFERENCE_BONUS[0],
            why.breakdown.score
        )
    );
}

#[test]
fn locks_are_honoured_and_avoids_respected() {
    let (mentors, mentees) = example();
    let locks = [pr("kwame", "Grace Mensah-Boateng")];
    let avoids = [pr("lucia", "Amara Okoye")];
    let m = run(&input(&mentors, &mentees, &locks, &avoids, Mode::Total)).unwrap();
    assert_eq!(
        pair_of(&m, &mentors, &mentees, "kwame").as_deref(),
        Some("Grace Mensah-Boateng")
    );
    assert!(
        m.pairs
            .iter()
            .any(|p| p.locked && mentees[p.mentee].id == "kwame")
    );
    assert_ne!(
        pair_of(&m, &mentors, &mentees, "lucia").as_deref(),
        Some("Amara Okoye")
    );
}

#[test]
fn infeasible_inputs_name_the_rows() {
    let (mentors, mentees) = example();
    // (locks, avoids, phrases the problem list must hold)
    let cases: Vec<(Vec<PairRef>, Vec<PairRef>, Vec<&str>)> = vec![
        (
            vec![pr("ines", "Amara Okoye")],
            vec![],
            vec![
                "Inês Rocha (line 8) with Amara Okoye breaks a must-have",
                "no shared language",
            ],
        ),
        (
            vec![pr("sam", "Rajesh Pillai")],
            vec![],
            vec!["Rajesh Pillai has 1 locked mentees (Sam Taylor (line 9)) but room for 0"],
        ),
        (
            vec![pr("kwame", "Henrik Larsen"), pr("jonas", "Henrik Larsen")],
            vec![],
            vec![
                "Henrik Larsen has 2 locked mentees (Kwame Mensah (line 7), Jonas Weber (line 5)) but room for 1",
            ],
        ),
        (
            vec![pr("sam", "Henrik Larsen")],
            vec![],
            vec!["Sam Taylor (line 9) with Henrik Larsen is also on an avoid list"],
        ),
        (
            vec![pr("kwame", "Amara Okoye")],
            vec![pr("kwame", "Amara Okoye")],
            vec!["also on an avoid list"],
        ),
        (
            vec![pr("nobody", "Amara Okoye"), pr("kwame", "Ghost")],
            vec![],
            vec!["mentee \"nobody\"", "mentor \"Ghost\""],
        ),
        (
            vec![pr("kwame", "Amara Okoye"), pr("kwame", "Lena Fischer")],
            vec![],
            vec!["locked to more than one mentor"],
        ),
    ];
    for (locks, avoids, want) in cases {
        let r = run(&input(&mentors, &mentees, &locks, &avoids, Mode::Total));
        let Err(e) = r else {
            panic!("{locks:?} should be infeasible")
        };
        let all = e.problems.join(" | ");
        for w in want {
            assert!(all.contains(w), "{w} not in {all}");
        }
    }
}

#[test]
fn runs_are_deterministic_and_fair_mode_is_lexicographic() {
    for seed in 0..6 {
        let (mentors, mentees) = random::cohort(60, 15, seed);
        let total = run(&input(&mentors, &mentees, &[], &[], Mode::Total)).unwrap();
        assert_eq!(
            total,
            run(&input(&mentors, &mentees, &[], &[], Mode::Total)).unwrap()
        );
        let fair = run(&input(&mentors, &mentees, &[], &[], Mode::Fair)).unwrap();
        assert_eq!(
            fair,
            run(&input(&mentors, &mentees, &[], &[], Mode::Fair)).unwrap()
        );
        assert_eq!(
            fair.pairs.len(),
            total.pairs.len(),
            "seed {seed}: both match as many"
        );
        assert!(fair.min >= total.min, "seed {seed}");
        assert!(fair.total <= total.total, "seed {seed}");
    }
}

type Best = (usize, u32, u32);

fn brute(i: usize, inp: &Input, s: &Scores, left: &mut Vec<u32>, cur: Best, best: &mut Best) {
    if i == inp.mentees.len() {
        let key = (cur.0, if cur.0 == 0 { 0 } else { cur.1 }, cur.2);
        *best = (*best).max(key);
        return;
    }
    brute(i + 1, inp, s, left, cur, best);
    for &(j, score, _) in &s.allowed[i] {
        let j = j as usize;
        if left[j] > 0 && !avoided(inp, i, j, &[]) {
            left[j] -= 1;
            brute(
                i + 1,
                inp,
                s,
                left,
                (cur.0 + 1, cur.1.min(score), cur.2 + score),
                best,
            );
            left[j] += 1;
        }
    }
}

/// Brute force of (matched, lowest, total) for the fairness objective on tiny cohorts.
#[test]
fn fair_mode_matches_brute_force() {
    for seed in 0..40 {
        let (mentors, mentees) = random::cohort(5, 3, 100 + seed);
        let inp = input(&mentors, &mentees, &[], &[], Mode::Fair);
        let s = scores(&mentors, &[], &mentees, week());
        let fair = run_with(&inp, &s).unwrap();
        let mut best = (0, 0, 0);
        let mut left: Vec<u32> = mentors.iter().map(|m| room(m, None)).collect();
        brute(0, &inp, &s, &mut left, (0, u32::MAX, 0), &mut best);
        assert_eq!(
            (fair.pairs.len(), fair.min.unwrap_or(0), fair.total),
            best,
            "seed {seed}"
        );
    }
}

#[test]
fn group_mentors_take_a_group_per_slot() {
    let (mut mentors, _) = example();
    let amara = mentors
        .iter_mut()
        .find(|m| m.name == "Amara Okoye")
        .unwrap();
    assert_eq!(
        room(
            amara,
            Some(&MentorPrefs {
                group_size: 4,
                ..MentorPrefs::default()
            })
        ),
        8
    );
    amara.forms = vec![MentoringForm::OneToOne];
    assert_eq!(
        room(
            amara,
            Some(&MentorPrefs {
                group_size: 4,
                ..MentorPrefs::default()
            })
        ),
        2
    );
}

/// The cohort's pair scores ([`PairScorer`]: zones prepared once in a [`Horizon`], scores
/// without ordering) are exactly those of the mentee's own ranking ([`Scorer::rank_index`])
/// plus [`bonuses`], on random cohorts around clock changes, with zones only mentees have,
/// unusual offsets and zones that do not parse.
#[test]
fn pair_scores_equal_the_mentees_ranking() {
    let weeks = [
        (2026, 3, 2),
        (2026, 3, 23),
        (2026, 6, 15),
        (2026, 10, 19),
        (2026, 10, 26),
        (2027, 1, 4),
    ];
    let odd = [
        "Asia/Kathmandu",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "America/St_Johns",
        "Nowhere/Else",
    ];
    for (seed, &(y, mo, d)) in weeks.iter().enumerate() {
        let week = NaiveDate::from_ymd_opt(y, mo, d).unwrap();
        let (mut mentors, mut mentees) = random::cohort(60, 40, seed as u64 + 3);
        for (k, m) in mentees.iter_mut().enumerate().filter(|(k, _)| k % 7 == 0) {
            m.needs.time_zone = odd[k / 7 % odd.len()].into();
        }
        for (k, m) in mentors.iter_mut().enumerate().filter(|(k, _)| k % 9 == 0) {
            m.time_zone = odd[(k / 9 + 2) % odd.len()].into();
        }
        let prefs: Vec<MentorPrefs> = mentors
            .iter()
            .enumerate()
            .map(|(j, _)| MentorPrefs {
                stages: if j % 3 == 0 {
                    vec![mentees[j % mentees.len()].needs.stage]
                } else {
                    Vec::new()
                },
                skills: mentees[(j * 5) % mentees.len()]
                    .needs
                    .focus_skills
                    .iter()
                    .take(1)
                    .cloned()
                    .collect(),
                ..MentorPrefs::default()
            })
            .collect();
        let s = scores(&mentors, &prefs, &mentees, week);
        let ix = MentorIndex::new(&mentors);
        for (i, m) in mentees.iter().enumerate() {
            let ranking = Scorer::new(&cohort_needs(m), week).rank_index(&ix);
            let mut want: Vec<(u32, u32, u8)> = ranking
                .ranked
                .iter()
                .map(|r| {
                    let bonus: u32 = bonuses(m, &mentors[r.index], prefs.get(r.index))
                        .iter()
                        .map(|b| b.1)
                        .sum();
                    (
                        r.index as u32,
                        (u32::from(r.score) + bonus).min(MAX_PAIR_SCORE),
                        r.score,
                    )
                })
                .collect();
            want.sort_unstable_by_key(|r| r.0);
            assert_eq!(s.allowed[i], want, "week {week}, mentee {i}");
            assert_eq!(s.excluded[i], ranking.excluded, "week {week}, mentee {i}");
        }
    }
}
