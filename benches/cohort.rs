//! Cohort assignment speed: 1,000 mentees × 300 mentors (capacities 1–5), pair scores and the
//! exact assignment (total and fair mode); and 5,000 × 1,500 end to end, once.
//!
//! Run: `cargo bench --bench cohort -- --warm-up-time 1 --measurement-time 3`

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use trellis::core::cohort::assign::{self, Input, Mode};
use trellis::core::cohort::random;

fn bench(c: &mut Criterion) {
    let week = NaiveDate::from_ymd_opt(2026, 3, 2).expect("date");
    let (mentors, mentees) = random::cohort(1_000, 300, 1);
    let input = |mode| Input {
        mentors: &mentors,
        prefs: &[],
        mentees: &mentees,
        locks: &[],
        avoids: &[],
        mode,
        week_start: week,
    };
    let s = assign::scores(&mentors, &[], &mentees, week);
    let mut g = c.benchmark_group("cohort 1000x300");
    g.sample_size(10);
    g.bench_function("pair scores", |b| {
        b.iter(|| assign::scores(black_box(&mentors), &[], black_box(&mentees), week))
    });
    g.bench_function("assignment (total)", |b| {
        b.iter(|| assign::run_with(black_box(&input(Mode::Total)), &s).expect("feasible"))
    });
    g.bench_function("assignment (fair)", |b| {
        b.iter(|| assign::run_with(black_box(&input(Mode::Fair)), &s).expect("feasible"))
    });
    g.bench_function("scores + assignment (total)", |b| {
        b.iter(|| assign::run(black_box(&input(Mode::Total))).expect("feasible"))
    });
    g.finish();

    let (mentors, mentees) = random::cohort(5_000, 1_500, 2);
    let t = std::time::Instant::now();
    let m = assign::run(&Input {
        mentors: &mentors,
        prefs: &[],
        mentees: &mentees,
        locks: &[],
        avoids: &[],
        mode: Mode::Total,
        week_start: week,
    })
    .expect("feasible");
    println!(
        "cohort 5000x1500 (scores + assignment, total mode, once): {:.2?}, {} matched",
        t.elapsed(),
        m.pairs.len()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
