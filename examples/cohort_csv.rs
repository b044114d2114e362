//! Writes a random cohort (`core::cohort::random`, capacities 1–5) as the two files a
//! coordinator imports on /cohort: `mentors-<n>x<m>.csv` (the roster format) and
//! `mentees-<n>x<m>.csv` (the mentee roster format). Used by `bash scripts/bench.sh cohort`
//! and the cohort e2e test, so the page is measured through its own file inputs.
//!
//! `cargo run --release --example cohort_csv -- <mentees> <mentors> <out dir> [seed]`

use trellis::core::cohort::random;
use trellis::core::mentors::directory::format_window;
use trellis::core::mentors::roster;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let m: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(300);
    let dir = args.get(2).cloned().unwrap_or_else(|| ".".into());
    let seed: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(1);
    let (mentors, mentees) = random::cohort(n, m, seed);
    std::fs::create_dir_all(&dir).expect("out dir");
    std::fs::write(
        format!("{dir}/mentors-{n}x{m}.csv"),
        roster::export_csv(&mentors),
    )
    .expect("write mentors");
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    w.write_record(trellis::core::cohort::mentees::COLUMNS)
        .expect("header");
    for e in &mentees {
        let n = &e.needs;
        let mut must = Vec::new();
        if n.must.language {
            must.push("language");
        }
        let wt = &n.weights;
        let importance = format!(
            "skills={}; industry={}; experience={}; availability={}; style={}; interests={}",
            wt.skills.key(),
            wt.industry.key(),
            wt.experience.key(),
            wt.availability.key(),
            wt.style.key(),
            wt.interests.key()
        );
        let record: [String; 19] = [
            e.id.clone(),
            e.name.clone(),
            n.focus_skills.join("; "),
            n.industry.clone(),
            n.stage.key().into(),
            n.languages.join("; "),
            n.time_zone.clone(),
            n.availability
                .iter()
                .map(format_window)
                .collect::<Vec<_>>()
                .join("; "),
            n.formats
                .iter()
                .map(|f| f.key())
                .collect::<Vec<_>>()
                .join("; "),
            n.form.key().into(),
            n.learning_style.key().into(),
            n.interests.join("; "),
            if n.wants_different_perspective {
                "yes"
            } else {
                "no"
            }
            .into(),
            n.max_price.map(|p| p.to_string()).unwrap_or_default(),
            must.join("; "),
            String::new(),
            importance,
            e.preferred.join("; "),
            e.avoid.join("; "),
        ];
        w.write_record(&record).expect("row");
    }
    std::fs::write(
        format!("{dir}/mentees-{n}x{m}.csv"),
        w.into_inner().expect("csv"),
    )
    .expect("write mentees");
    println!("{dir}/mentors-{n}x{m}.csv {dir}/mentees-{n}x{m}.csv");
}
