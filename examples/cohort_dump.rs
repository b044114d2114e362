//! Prints random cohort assignment instances and Trellis' optimum as JSON, for the independent
//! check in `tests/cohort_independent.py` (scipy's `linear_sum_assignment` on expanded slots).
//!
//! `cargo run --example cohort_dump -- [instances]` (default 60). Each instance: `room` per
//! mentor, `arcs` as `[mentee, mentor, score]` for every allowed pair (must-haves and avoids
//! applied), and Trellis' `matched` and `total` from `core::cohort::assign::run` in total mode,
//! and `fair_matched`, `fair_min`, `fair_total` in fair mode. Every other instance has mentor
//! preferences: group mentors taking 2–4 mentees per place (room = capacity × group size) and
//! wanted career stages (a bonus on the pair score).

use chrono::NaiveDate;
use trellis::core::cohort::assign::{self, Input, MAX_PAIR_SCORE, MentorPrefs, Mode};
use trellis::core::cohort::random;
use trellis::core::mentors::mentor::{CareerStage, MentoringForm};

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(60);
    let week = NaiveDate::from_ymd_opt(2026, 3, 2).expect("date");
    let mut out = Vec::new();
    for seed in 0..n {
        let mentees_n = 4 + (seed as usize * 7) % 37;
        let mentors_n = 2 + (seed as usize * 5) % 13;
        let (mut mentors, mentees) = random::cohort(mentees_n, mentors_n, seed);
        let prefs: Vec<MentorPrefs> = if seed % 2 == 1 {
            mentors
                .iter_mut()
                .enumerate()
                .map(|(j, m)| {
                    if j % 3 == 0 && !m.forms.contains(&MentoringForm::Group) {
                        m.forms.push(MentoringForm::Group);
                    }
                    MentorPrefs {
                        group_size: if j % 3 == 0 {
                            2 + (j % 3 + seed as usize) as u8 % 3
                        } else {
                            0
                        },
                        stages: if j % 4 == 1 {
                            vec![CareerStage::Early, CareerStage::Mid]
                        } else {
                            Vec::new()
                        },
                        ..MentorPrefs::default()
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let input = Input {
            mentors: &mentors,
            prefs: &prefs,
            mentees: &mentees,
            locks: &[],
            avoids: &[],
            mode: Mode::Total,
            week_start: week,
        };
        let s = assign::scores(&mentors, &prefs, &mentees, week);
        let m = assign::run_with(&input, &s).expect("no locks: always feasible");
        let fair = assign::run_with(
            &Input {
                mode: Mode::Fair,
                ..input
            },
            &s,
        )
        .expect("no locks: always feasible");
        let mut arcs = Vec::new();
        for (i, row) in s.allowed.iter().enumerate() {
            for &(j, score, _) in row {
                let avoid = mentees[i]
                    .avoid
                    .iter()
                    .any(|a| *a == mentors[j as usize].id);
                if !avoid {
                    arcs.push(serde_json::json!([i, j, score]));
                }
            }
        }
        let room: Vec<u32> = mentors
            .iter()
            .enumerate()
            .map(|(j, mo)| assign::room(mo, prefs.get(j)))
            .collect();
        out.push(serde_json::json!({
            "seed": seed,
            "mentees": mentees.len(),
            "room": room,
            "arcs": arcs,
            "max_score": MAX_PAIR_SCORE,
            "matched": m.pairs.len(),
            "total": m.total,
            "fair_matched": fair.pairs.len(),
            "fair_min": fair.min.unwrap_or(0),
            "fair_total": fair.total,
            "groups": room.iter().zip(&mentors).filter(|(r, mo)| **r > u32::from(mo.capacity)).count(),
        }));
    }
    println!("{}", serde_json::Value::Array(out));
}
