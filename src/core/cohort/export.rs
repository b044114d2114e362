//! The cohort's pairs as CSV for the coordinator's records: one row per mentee, matched or
//! not, with the score, the per-criterion reasons and, for unmatched mentees, why and what would
//! help. Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
//! tab or a carriage return) are neutralised with a leading `'`.

use chrono::NaiveDate;

use crate::core::cohort::assign::{self, Matching, MentorPrefs};
use crate::core::cohort::mentees::Mentee;
use crate::core::mentors::mentor::Mentor;

/// The header of [`pairs_csv`].
pub const COLUMNS: [&str; 11] = [
    "mentee_id",
    "mentee",
    "status",
    "mentor_id",
    "mentor",
    "score",
    "mentee_view_score",
    "locked",
    "why",
    "reason_unmatched",
    "would_help",
];

/// A cell made safe for spreadsheets.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// Which mentees' mentor differs between two runs (per mentee of the cohort).
pub fn changed(before: &Matching, after: &Matching, n_mentees: usize) -> Vec<bool> {
    let of = |m: &Matching| {
        let mut v = vec![None; n_mentees];
        for p in &m.pairs {
            if p.mentee < n_mentees {
                v[p.mentee] = Some(p.mentor);
            }
        }
        v
    };
    let (a, b) = (of(before), of(after));
    a.iter().zip(&b).map(|(x, y)| x != y).collect()
}

/// Writes every mentee's row (see [`COLUMNS`]).
pub fn pairs_csv(
    m: &Matching,
    mentors: &[Mentor],
    prefs: &[MentorPrefs],
    mentees: &[Mentee],
    week_start: NaiveDate,
) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to a Vec cannot fail; errors are ignored rather than unwrapped.
    let _ = w.write_record(COLUMNS);
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    for p in &m.pairs {
        let (me, mo) = (&mentees[p.mentee], &mentors[p.mentor]);
        let lines = assign::why_lines(me, mo, prefs.get(p.mentor), week_start);
        rows.push((
            p.mentee,
            vec![
                me.id.clone(),
                me.name.clone(),
                "matched".into(),
                mo.id.clone(),
                mo.name.clone(),
                p.score.to_string(),
                p.base.to_string(),
                if p.locked { "yes" } else { "no" }.into(),
                lines.join("; "),
                String::new(),
                String::new(),
            ],
        ));
    }
    for u in &m.unmatched {
        let me = &mentees[u.mentee];
        rows.push((
            u.mentee,
            vec![
                me.id.clone(),
                me.name.clone(),
                "unmatched".into(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                "no".into(),
                String::new(),
                u.reason.clone(),
                u.help.clone(),
            ],
        ));
    }
    rows.sort_by_key(|r| r.0);
    for (_, r) in rows {
        let _ = w.write_record(r.iter().map(|c| neutralise(c)));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cohort::assign::{Input, Mode, run};
    use crate::core::cohort::mentees;
    use crate::core::mentors::roster;

    #[test]
    fn formula_cells_are_neutralised() {
        for (cell, want) in [
            ("=1+2", "'=1+2"),
            ("+44 20", "'+44 20"),
            ("-x", "'-x"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("Ana", "Ana"),
            ("", ""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(neutralise(cell), want, "{cell:?}");
        }
    }

    #[test]
    fn every_mentee_has_one_row_and_formulas_never_survive() {
        let mentors = roster::import_csv(include_str!("../../../data/roster-example.csv")).mentors;
        let mut es = mentees::import_csv(include_str!("../../../data/mentees-example.csv")).mentees;
        es[0].name = "=HYPERLINK(\"x\")".into();
        let week = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let m = run(&Input {
            mentors: &mentors,
            prefs: &[],
            mentees: &es,
            locks: &[],
            avoids: &[],
            mode: Mode::Total,
            week_start: week,
        })
        .unwrap();
        let text = pairs_csv(&m, &mentors, &[], &es, week);
        let mut r = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), es.len());
        for (row, e) in rows.iter().zip(&es) {
            assert_eq!(&row[0], e.id.as_str());
            for cell in row.iter() {
                assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
            }
        }
        assert_eq!(&rows[0][1], "'=HYPERLINK(\"x\")");
        let ines = rows.iter().find(|r| &r[0] == "ines").unwrap();
        assert_eq!(&ines[2], "unmatched");
        assert!(ines[10].contains("Portuguese"));
    }

    #[test]
    fn changes_are_per_mentee() {
        use crate::core::cohort::assign::Pair;
        let p = |mentee, mentor| Pair {
            mentee,
            mentor,
            score: 1,
            base: 1,
            locked: false,
        };
        let a = Matching {
            pairs: vec![p(0, 0), p(1, 1)],
            ..Matching::default()
        };
        let b = Matching {
            pairs: vec![p(0, 0), p(1, 2), p(2, 1)],
            ..Matching::default()
        };
        assert_eq!(changed(&a, &b, 4), [false, true, true, false]);
    }
}
