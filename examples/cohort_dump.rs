//! Prints random cohort assignment instances and Trellis' optimum as JSON, for the independent
//! check in `tests/cohort_independent.py` (scipy's `linear_sum_assignment` on expanded slots).
//!
//! `cargo run --example cohort_dump -- [instances]` (default 60). Each instance: `room` per
//! mentor, `arcs` as `[mentee, mentor, score]` for every allowed pair (must-haves and avoids
//! applied), and Trellis' `matched` and `total` from `core::cohort::assign::run` in total mode.

use chrono::NaiveDate;
use trellis::core::cohort::assign::{self, Input, MAX_PAIR_SCORE, Mode};
use trellis::core::cohort::random;

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
        let (mentors, mentees) = random::cohort(mentees_n, mentors_n, seed);
        let input = Input {
            mentors: &mentors,
            prefs: &[],
            mentees: &mentees,
            locks: &[],
            avoids: &[],
            mode: Mode::Total,
            week_start: week,
        };
        let s = assign::scores(&mentors, &[], &mentees, week);
        let m = assign::run_with(&input, &s).expect("no locks: always feasible");
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
        let room: Vec<u32> = mentors.iter().map(|mo| assign::room(mo, None)).collect();
        out.push(serde_json::json!({
            "seed": seed,
            "mentees": mentees.len(),
            "room": room,
            "arcs": arcs,
            "max_score": MAX_PAIR_SCORE,
            "matched": m.pairs.len(),
            "total": m.total,
        }));
    }
    println!("{}", serde_json::Value::Array(out));
}
