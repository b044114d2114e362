//! Ranking throughput: `cargo bench --bench rank -- --warm-up-time 1 --measurement-time 3`.

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use trellis::core::mentors::r#gen::{bench_needs as needs, generate};
use trellis::core::mentors::scoring::{MentorIndex, Scorer};

fn bench(c: &mut Criterion) {
    // A week when New York is already on summer time and Europe is not.
    let week = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap();
    let needs = needs();
    let mut group = c.benchmark_group("rank");
    group.sample_size(20);
    for n in [10_000usize, 100_000] {
        let mentors = generate(n, 1);
        let index = MentorIndex::new(&mentors);
        // What the UI pays on every change of the mentee's needs or priorities.
        group.bench_with_input(
            BenchmarkId::new("prepare+rank_index", n),
            &index,
            |b, ix| b.iter(|| Scorer::new(black_box(&needs), week).rank_index(black_box(ix))),
        );
        // What it pays once per directory load.
        group.bench_with_input(BenchmarkId::new("index_build", n), &mentors, |b, m| {
            b.iter(|| MentorIndex::new(black_box(m)))
        });
        // Both together (the convenience `rank`).
        group.bench_with_input(BenchmarkId::new("rank_unindexed", n), &mentors, |b, m| {
            b.iter(|| Scorer::new(black_box(&needs), week).rank(black_box(m)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
