//! The labelled SMART corpus (`tests/smart_corpus.tsv`): every statement is assessed and its
//! verdicts compared with the coach's labels, letter by letter. Prints the agreement per letter
//! and every disagreement; requires at least 95 % per letter.

use chrono::NaiveDate;
use trellis::core::goals::goal::GoalDraft;
use trellis::core::goals::smart::{Letter, assess};
use trellis::core::goals::templates;

const CORPUS: &str = include_str!("smart_corpus.tsv");
const REQUIRED: f64 = 0.95;

struct Row {
    line: usize,
    statement: String,
    code: String,
    reason: String,
    context: String,
}

fn rows() -> Vec<Row> {
    CORPUS
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(
                (3..=4).contains(&cols.len()),
                "line {}: expected 3 or 4 tab-separated columns, got {}",
                i + 1,
                cols.len()
            );
            Row {
                line: i + 1,
                statement: cols[0].to_string(),
                code: cols[1].to_string(),
                reason: cols[2].to_string(),
                context: cols.get(3).unwrap_or(&"").to_string(),
            }
        })
        .collect()
}

fn draft(row: &Row) -> GoalDraft {
    let mut d = GoalDraft {
        aspiration: "Grow my career and my skills".into(),
        category: "career".into(),
        statement: row.statement.clone(),
        weekly_hours: "5".into(),
        focus_skills: vec!["communication".into()],
        ..GoalDraft::default()
    };
    for pair in row.context.split(';').filter(|p| !p.is_empty()) {
        let (k, v) = pair
            .split_once('=')
            .unwrap_or_else(|| panic!("line {}: context {pair:?} is not key=value", row.line));
        match k {
            "deadline" => d.deadline = v.into(),
            "hours" => d.weekly_hours = v.into(),
            "aspiration" => d.aspiration = v.into(),
            "category" => d.category = v.into(),
            "skills" => d.focus_skills = v.split(',').map(str::to_string).collect(),
            _ => panic!("line {}: unknown context key {k:?}", row.line),
        }
    }
    d
}

#[test]
fn corpus_is_well_formed() {
    let rows = rows();
    assert!(rows.len() >= 150, "only {} statements", rows.len());
    for r in &rows {
        assert_eq!(r.code.len(), 5, "line {}: code {:?}", r.line, r.code);
        assert!(
            r.code.chars().all(|c| matches!(c, 'M' | 'P' | 'X')),
            "line {}: code {:?}",
            r.line,
            r.code
        );
        assert!(!r.reason.trim().is_empty(), "line {}: no reason", r.line);
    }
    // Every template's statement is in the corpus.
    for t in templates::all() {
        assert!(
            rows.iter().any(|r| r.statement == t.statement),
            "template {} is missing from the corpus",
            t.id
        );
    }
}

#[test]
fn corpus_agreement_per_letter() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let rows = rows();
    let mut agree = [0usize; 5];
    let mut misses: Vec<String> = Vec::new();
    for r in &rows {
        let got = assess(&draft(r), today).code();
        for (k, (want, have)) in r.code.chars().zip(got.chars()).enumerate() {
            if want == have {
                agree[k] += 1;
            } else {
                misses.push(format!(
                    "line {} {}: want {want}, got {have} — {:?} ({})",
                    r.line,
                    Letter::ALL[k].char(),
                    r.statement,
                    r.reason
                ));
            }
        }
    }
    let n = rows.len() as f64;
    println!("SMART corpus: {} statements", rows.len());
    for (k, l) in Letter::ALL.iter().enumerate() {
        println!(
            "  {} {:<11} {:>3}/{} = {:.1} %",
            l.char(),
            l.name(),
            agree[k],
            rows.len(),
            100.0 * agree[k] as f64 / n
        );
    }
    for m in &misses {
        println!("  miss: {m}");
    }
    for (k, l) in Letter::ALL.iter().enumerate() {
        let share = agree[k] as f64 / n;
        assert!(
            share >= REQUIRED,
            "{}: {:.1} % agreement, below {:.0} %:\n{}",
            l.name(),
            100.0 * share,
            100.0 * REQUIRED,
            misses.join("\n")
        );
    }
}
