//! Roster import speed: 10,000 CSV rows generated in memory must import in well under a second.
//!
//! Run: `cargo bench --bench roster -- --warm-up-time 1 --measurement-time 3`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use trellis::core::mentors::directory::sample;
use trellis::core::mentors::mentor::Mentor;
use trellis::core::mentors::roster::{export_csv, import_csv, import_json};

/// 10,000 mentors: the sample directory repeated with unique ids.
fn mentors(n: usize) -> Vec<Mentor> {
    let base = &sample().mentors;
    (0..n)
        .map(|i| {
            let mut m = base[i % base.len()].clone();
            m.id = format!("m{i}");
            m
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let ms = mentors(10_000);
    let csv = export_csv(&ms);
    // 10,000 mentors as JSON exceed the 5 MB cap, so the JSON case uses 5,000.
    let json = serde_json::to_string(&ms[..5_000]).expect("serializes");
    let check = import_csv(&csv);
    assert_eq!(check.mentors.len(), 10_000);
    assert!(check.problems.is_empty());
    let check = import_json(&json);
    assert_eq!(check.mentors.len(), 5_000, "{:?}", check.problems.first());
    eprintln!(
        "CSV {} bytes for 10,000 rows, JSON {} bytes for 5,000 items",
        csv.len(),
        json.len()
    );
    let mut group = c.benchmark_group("roster");
    group.sample_size(10);
    group.bench_function("import_csv_10000_rows", |b| {
        b.iter(|| import_csv(black_box(&csv)))
    });
    group.bench_function("import_json_5000_items", |b| {
        b.iter(|| import_json(black_box(&json)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
