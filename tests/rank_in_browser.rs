//! A benchmark, not a test: ranking generated mentors inside headless Chromium, timed with
//! `performance.now()`. Run by `bash scripts/bench.sh browser` (release build); it asserts
//! nothing about time and prints the medians for BENCHMARKS.md.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use trellis::core::mentors::r#gen::{bench_needs as needs, generate};
use trellis::core::mentors::roster;
use trellis::core::mentors::scoring::{MentorIndex, Scorer};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

#[wasm_bindgen_test]
fn rank_generated_mentors_in_the_browser() {
    let week = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap();
    let needs = needs();
    for (n, runs) in [(10_000usize, 15), (100_000, 5)] {
        let mentors = generate(n, 42);
        let t0 = now();
        let index = MentorIndex::new(&mentors);
        let index_ms = now() - t0;
        let times: Vec<f64> = (0..runs)
            .map(|_| {
                let t = now();
                let ranking = Scorer::new(&needs, week).rank_index(&index);
                std::hint::black_box(ranking.ranked.len());
                now() - t
            })
            .collect();
        web_sys::console::log_1(
            &format!("bench rank n={n}: Scorer::new + rank_index median {:.2} ms over {runs} runs; MentorIndex::new {:.1} ms", median(times), index_ms).into(),
        );
    }
}

#[wasm_bindgen_test]
fn import_a_10000_row_roster_in_the_browser() {
    let csv = roster::export_csv(&generate(10_000, 7));
    let times: Vec<f64> = (0..3)
        .map(|_| {
            let t = now();
            let import = roster::import_csv(&csv);
            std::hint::black_box(import.mentors.len());
            now() - t
        })
        .collect();
    let import = roster::import_csv(&csv);
    web_sys::console::log_1(
        &format!(
            "bench roster import: 10,000 rows ({} KB CSV) median {:.0} ms over 3 runs; {} imported, {} problems",
            csv.len() / 1024,
            median(times),
            import.mentors.len(),
            import.problems.len()
        )
        .into(),
    );
}
