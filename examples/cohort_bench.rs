//! Times the cohort run natively, phase by phase: pair scores, then the exact assignment in
//! both modes, for random cohorts from `core::cohort::random`. Used by
//! `bash scripts/bench.sh cohort` (release build); prints one line per phase.
//!
//! `cargo run --release --example cohort_bench -- [mentees mentors]...` (default
//! `1000 300 5000 1500`). `BENCH_REPEAT=n` runs each phase `n` times and prints the fastest
//! and the slowest (on shared cores one run says little); `BENCH_VERBOSE=1` adds the time of
//! each stage of the run.

use chrono::NaiveDate;
use std::time::Instant;
use trellis::core::cohort::assign::{self, Input, Mode};
use trellis::core::cohort::random;
use trellis::core::cohort::run::Run;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes: Vec<(usize, usize)> = if args.len() >= 2 {
        args.chunks(2)
            .filter(|c| c.len() == 2)
            .map(|c| (c[0], c[1]))
            .collect()
    } else {
        vec![(1_000, 300), (5_000, 1_500)]
    };
    let week = NaiveDate::from_ymd_opt(2026, 3, 2).expect("date");
    let repeat: usize = std::env::var("BENCH_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1);
    let range = |times: &[std::time::Duration]| {
        let (lo, hi) = (times.iter().min(), times.iter().max());
        match (lo, hi) {
            (Some(lo), Some(hi)) if times.len() > 1 => {
                format!("{lo:.2?} (slowest of {}: {hi:.2?})", times.len())
            }
            (Some(lo), _) => format!("{lo:.2?}"),
            _ => String::new(),
        }
    };
    for (n, m) in sizes {
        let (mentors, mentees) = random::cohort(n, m, 1);
        let mut times = Vec::new();
        let mut s = assign::Scores::default();
        for _ in 0..repeat {
            let t = Instant::now();
            s = assign::scores(&mentors, &[], &mentees, week);
            times.push(t.elapsed());
        }
        let arcs: usize = s.allowed.iter().map(Vec::len).sum();
        println!(
            "{n} x {m}: pair scores {} ({arcs} allowed pairs)",
            range(&times)
        );
        for mode in [Mode::Total, Mode::Fair] {
            let mut times = Vec::new();
            for _ in 0..repeat {
                let input = Input {
                    mentors: &mentors,
                    prefs: &[],
                    mentees: &mentees,
                    locks: &[],
                    avoids: &[],
                    mode,
                    week_start: week,
                };
                let t = Instant::now();
                let mut run = Run::with_scores(&input, s.clone());
                let mut last = run.progress();
                let mut phases = Vec::new();
                let mut t_phase = Instant::now();
                loop {
                    let p = run.step(64);
                    if (p.stage, p.pass) != (last.stage, last.pass) {
                        phases.push(format!(
                            "{:?} pass {} {:.0?}",
                            last.stage,
                            last.pass,
                            t_phase.elapsed()
                        ));
                        t_phase = Instant::now();
                        last = p;
                    }
                    if p.is_finished() {
                        break;
                    }
                }
                let r = run.finish().expect("no locks: feasible");
                times.push(t.elapsed());
                if std::env::var_os("BENCH_VERBOSE").is_some() {
                    println!("  {}", phases.join("; "));
                }
                if times.len() == repeat {
                    println!(
                        "{n} x {m}: assignment {mode:?} {} ({} matched, total {}, lowest {:?})",
                        range(&times),
                        r.pairs.len(),
                        r.total,
                        r.min
                    );
                }
            }
        }
    }
}
