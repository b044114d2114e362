//! assess() on a 1,000-character statement.

use chrono::NaiveDate;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use trellis::core::goals::goal::GoalDraft;
use trellis::core::goals::smart::assess;

fn statement_1000() -> String {
    let sentence = "Give 3 talks at local meetups and publish 2 blog posts about Rust, \
                    improving my public speaking 🎤 by June 30, 2027; always practise twice. ";
    let mut s = String::new();
    while s.chars().count() < 1_000 {
        s.push_str(sentence);
    }
    let cut = s
        .char_indices()
        .nth(1_000)
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    s.truncate(cut);
    s
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let draft = GoalDraft {
        aspiration: "Become a confident speaker who gives talks".into(),
        category: "skill".into(),
        statement: statement_1000(),
        metric: "talks given".into(),
        baseline: "0".into(),
        target: "3".into(),
        weekly_hours: "3".into(),
        focus_skills: vec!["public speaking".into()],
        ..GoalDraft::default()
    };
    assert_eq!(draft.statement.chars().count(), 1_000);
    c.bench_function("assess 1000 chars", |b| {
        b.iter(|| assess(black_box(&draft), black_box(today)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
