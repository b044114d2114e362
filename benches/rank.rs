//! Ranking throughput: `cargo bench --bench rank -- --warm-up-time 1 --measurement-time 3`.

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use trellis::core::r#gen::generate;
use trellis::core::mentor::{CareerStage, Format, MentoringForm, Style, Window};
use trellis::core::needs::{Importance, MustHaves, Needs, Weights};
use trellis::core::scoring::{MentorIndex, Scorer};

fn needs() -> Needs {
    Needs {
        focus_skills: vec![
            "public speaking".into(),
            "python".into(),
            "people management".into(),
            "fundraising".into(),
        ],
        goal_category: None,
        industry: "Healthcare".into(),
        stage: CareerStage::Mid,
        languages: vec!["English".into(), "Spanish".into()],
        time_zone: "America/New_York".into(),
        availability: (0..5)
            .map(|day| Window {
                day,
                start_min: 18 * 60,
                end_min: 21 * 60,
            })
            .chain([Window {
                day: 5,
                start_min: 9 * 60,
                end_min: 13 * 60,
            }])
            .collect(),
        formats: vec![Format::Video, Format::Chat],
        form: MentoringForm::OneToOne,
        learning_style: Style::Coaching,
        interests: vec!["hiking".into(), "chess".into()],
        wants_different_perspective: false,
        max_price: Some(100),
        must: MustHaves {
            language: true,
            ..MustHaves::default()
        },
        weights: Weights {
            skills: Importance::Essential,
            availability: Importance::Very,
            ..Weights::default()
        },
    }
}

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
