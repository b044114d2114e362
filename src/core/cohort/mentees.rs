//! Mentee roster import for a cohort: a CSV or JSON file of mentees becomes [`Mentee`]s (each
//! holding validated [`Needs`] plus ranked preferred mentors and an avoid list), and every
//! problem of every row is listed with its line and column, as for the mentor roster
//! ([`crate::core::mentors::roster`], whose reader, encodings and problem type this reuses).
//!
//! # CSV format
//!
//! ```text
//! id,name,focus_skills,industry,stage,languages,time_zone,availability,formats,form,learning_style,interests,different_perspective,max_price,must,min_overlap_hours,importance,preferred_mentors,avoid_mentors
//! ```
//!
//! | column | required | meaning (empty cell → default) |
//! |---|---|---|
//! | `id` | no | unique id; empty → `<row number>-<name slug>` |
//! | `name` | **yes** | full name |
//! | `focus_skills`, `interests` | no | lists, e.g. `sql; public speaking` |
//! | `industry` | no | free text |
//! | `stage` | no | `early`, `mid`, `senior`, `lead`, `executive` (default `early`) |
//! | `languages` | **yes** | list |
//! | `time_zone` | **yes** | IANA name |
//! | `availability` | no | weekly windows in the mentee's zone: `Mon 18:00-20:00; Sat 09:00-12:00` |
//! | `formats` | no | list of `video`, `phone`, `chat`, `in_person` |
//! | `form` | no | one of `one_to_one`, `group`, `peer`, `reverse`, `micro` (default `one_to_one`) |
//! | `learning_style` | no | `coaching`, `directive`, `hands_on`, `supportive` (default `coaching`) |
//! | `different_perspective` | no | `yes`/`no` (default `no`): prefer a mentor from another industry |
//! | `max_price` | no | whole number per month; empty = no limit |
//! | `must` | no | must-haves, a list of `language`, `format`, `budget`, `form` |
//! | `min_overlap_hours` | no | must-have shared hours a week, 0–60 |
//! | `importance` | no | `skills=very; availability=essential` (criteria `skills`, `industry`, `experience`, `availability`, `style`, `interests`; levels `not_important`, `somewhat`, `very`, `essential`; default `somewhat`) |
//! | `preferred_mentors` | no | ranked list of mentor ids or names, best first, at most [`MAX_PREFERRED`] |
//! | `avoid_mentors` | no | mentor ids or names never to pair with, at most [`MAX_AVOID`] |
//!
//! `data/mentees-example.csv` is a worked example. JSON: an array of objects (or
//! `{"mentees": [...]}`) with the same field names, lists as arrays of strings or as text.
//! Files over [`roster::MAX_BYTES`] or with more than [`MAX_MENTEES`] rows are refused as a
//! whole.

use serde::{Deserialize, Serialize};

use crate::core::form::FieldError;
use crate::core::mentors::mentor::{CareerStage, Format, MentoringForm, Style, Window};
use crate::core::mentors::needs::{
    Criterion, DAY_KEYS, Importance, MustHavesDraft, Needs, NeedsDraft, WeightsDraft, fmt_time,
};
use crate::core::mentors::table::{
    self, Cell, Problems, RowParser, Spec, Table, collapse_ws, slug,
};
pub use crate::core::mentors::table::{MAX_BYTES, Place, RowProblem};

/// Most mentees in one file.
pub const MAX_MENTEES: usize = 20_000;
/// Most ranked preferred mentors per mentee.
pub const MAX_PREFERRED: usize = 5;
/// Most avoided mentors per mentee.
pub const MAX_AVOID: usize = 16;

/// Every known column, in the order of the documented header.
pub const COLUMNS: [&str; 19] = [
    "id",
    "name",
    "focus_skills",
    "industry",
    "stage",
    "languages",
    "time_zone",
    "availability",
    "formats",
    "form",
    "learning_style",
    "interests",
    "different_perspective",
    "max_price",
    "must",
    "min_overlap_hours",
    "importance",
    "preferred_mentors",
    "avoid_mentors",
];

/// Columns a CSV header must name.
pub const REQUIRED_COLUMNS: [&str; 3] = ["name", "languages", "time_zone"];

/// One mentee of a cohort.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mentee {
    /// Unique within the cohort.
    pub id: String,
    pub name: String,
    pub needs: Needs,
    /// Mentor ids or names, best first (at most [`MAX_PREFERRED`]).
    pub preferred: Vec<String>,
    /// Mentor ids or names this mentee must not be paired with.
    pub avoid: Vec<String>,
    /// Where the row came from (1-based line or item), for messages naming rows.
    pub line: usize,
}

/// The result of a mentee import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MenteeImport {
    pub mentees: Vec<Mentee>,
    pub problems: Vec<RowProblem>,
    pub warnings: Vec<String>,
    /// Data rows (CSV) or items (JSON) read.
    pub rows: usize,
}

impl MenteeImport {
    fn of(t: Table<Mentee>) -> MenteeImport {
        MenteeImport {
            mentees: t.items,
            problems: t.problems,
            warnings: t.warnings,
            rows: t.rows,
        }
    }

    /// True when the file as a whole was refused.
    pub fn rejected(&self) -> bool {
        table::rejected(&self.problems)
    }

    /// One line for the UI, e.g. "Imported 7 of 10 mentees; 3 rows have problems."
    pub fn summary(&self) -> String {
        table::summary(&self.problems, self.mentees.len(), self.rows, "mentees")
    }
}

fn canonical_column(raw: &str) -> Option<&'static str> {
    table::match_column(raw, &COLUMNS, alias)
}

/// Other names a column goes by (`norm`: lower case, `_` for spaces and hyphens).
fn alias(norm: &str) -> Option<&'static str> {
    Some(match norm {
        "full_name" | "mentee" | "mentee_name" => "name",
        "skills" | "focus" | "focus_skill" => "focus_skills",
        "career_stage" | "level" => "stage",
        "language" => "languages",
        "timezone" | "tz" | "zone" => "time_zone",
        "windows" | "free_times" | "available" => "availability",
        "format" => "formats",
        "mentoring_form" => "form",
        "style" => "learning_style",
        "interest" => "interests",
        "budget" | "max_price_per_month" => "max_price",
        "must_haves" | "must_have" => "must",
        "importances" | "weights" => "importance",
        "preferred" | "preferences" | "preferred_mentor" => "preferred_mentors",
        "avoid" | "avoid_mentor" => "avoid_mentors",
        _ => return None,
    })
}

/// Maps a [`NeedsDraft::validate`] field to the column it came from.
fn column_of(field: &str) -> &'static str {
    let head = field.split(['[', '.']).next().unwrap_or("");
    match head {
        "focus_skills" => "focus_skills",
        "stage" => "stage",
        "languages" => "languages",
        "time_zone" => "time_zone",
        "availability" => "availability",
        "formats" => "formats",
        "form" => "form",
        "learning_style" => "learning_style",
        "interests" => "interests",
        "max_price" => "max_price",
        "must" => "min_overlap_hours",
        "weights" => "importance",
        _ => "",
    }
}

/// Builds one mentee from a row (`row_no`: 1-based data row, for derived ids); every problem
/// of the row in column order when it cannot.
fn build_mentee<'a>(
    row_no: usize,
    line: usize,
    cell: &dyn Fn(&'static str) -> Cell<'a>,
) -> Result<Mentee, Problems> {
    let mut p = RowParser {
        cell,
        problems: Vec::new(),
    };
    let name = collapse_ws(&p.text("name"));
    if name.is_empty() {
        p.fail("name", "name is empty".into());
    }
    let mut id = p.text("id");
    if id.is_empty() {
        id = format!("{row_no}-{}", slug(&name));
    }
    let stage = p
        .one(
            "stage",
            CareerStage::Early,
            CareerStage::parse_loose,
            CareerStage::allowed_keys,
        )
        .key()
        .to_string();
    let form = p
        .one(
            "form",
            MentoringForm::OneToOne,
            MentoringForm::parse_loose,
            MentoringForm::allowed_keys,
        )
        .key()
        .to_string();
    let learning_style = p
        .one(
            "learning_style",
            Style::Coaching,
            Style::parse_loose,
            Style::allowed_keys,
        )
        .key()
        .to_string();
    let mut formats = Vec::new();
    for f in p.list("formats") {
        match Format::parse_loose(&f) {
            Some(v) => formats.push(v.key().to_string()),
            None => p.fail(
                "formats",
                format!("format \"{f}\" is not one of: {}", Format::allowed_keys()),
            ),
        }
    }
    let windows: Vec<Window> = p.availability();
    let perspective_t = p.text("different_perspective");
    let wants_different_perspective = match perspective_t.to_ascii_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" => false,
        "yes" | "y" | "true" | "1" => true,
        other => {
            p.fail(
                "different_perspective",
                format!("different_perspective \"{other}\" is not yes or no"),
            );
            false
        }
    };
    let mut must = MustHavesDraft {
        min_overlap_hours: p.text("min_overlap_hours"),
        ..MustHavesDraft::default()
    };
    for m in p.list("must") {
        match m.to_ascii_lowercase().replace([' ', '-'], "_").as_str() {
            "language" | "languages" => must.language = true,
            "format" | "formats" => must.format = true,
            "budget" | "price" => must.budget = true,
            "form" => must.form = true,
            _ => p.fail(
                "must",
                format!("must-have \"{m}\" is not one of: language, format, budget, form"),
            ),
        }
    }
    let mut weights = WeightsDraft::default();
    for item in p.list("importance") {
        let (k, v) = item.split_once(['=', ':']).unwrap_or((item.as_str(), ""));
        let k = k.trim().to_ascii_lowercase();
        let v = v.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        let crit = Criterion::ALL.into_iter().find(|c| c.key() == k);
        let imp = Importance::ALL.into_iter().find(|i| i.key() == v);
        match (crit, imp) {
            (Some(c), Some(i)) => {
                let slot = match c {
                    Criterion::Skills => &mut weights.skills,
                    Criterion::Industry => &mut weights.industry,
                    Criterion::Experience => &mut weights.experience,
                    Criterion::Availability => &mut weights.availability,
                    Criterion::Style => &mut weights.style,
                    Criterion::Interests => &mut weights.interests,
                };
                *slot = i.key().to_string();
            }
            _ => p.fail(
                "importance",
                format!(
                    "importance \"{item}\" is not criterion=level (criteria: skills, industry, experience, availability, style, interests; levels: not_important, somewhat, very, essential)"
                ),
            ),
        }
    }
    let preferred = p.list("preferred_mentors");
    if preferred.len() > MAX_PREFERRED {
        p.fail(
            "preferred_mentors",
            format!(
                "{} preferred mentors; keep to at most {MAX_PREFERRED}",
                preferred.len()
            ),
        );
    }
    let avoid = p.list("avoid_mentors");
    if avoid.len() > MAX_AVOID {
        p.fail(
            "avoid_mentors",
            format!(
                "{} avoided mentors; keep to at most {MAX_AVOID}",
                avoid.len()
            ),
        );
    }
    let draft = NeedsDraft {
        focus_skills: p.list("focus_skills"),
        category: String::new(),
        industry: collapse_ws(&p.text("industry")),
        stage,
        languages: p.list("languages"),
        time_zone: p.text("time_zone"),
        availability: windows
            .iter()
            .map(|w| crate::core::mentors::needs::WindowDraft {
                day: DAY_KEYS[usize::from(w.day.min(6))].to_string(),
                start: fmt_time(w.start_min),
                end: fmt_time(w.end_min),
            })
            .collect(),
        formats,
        form,
        learning_style,
        interests: p.list("interests"),
        wants_different_perspective,
        max_price: p.text("max_price"),
        must,
        weights,
    };
    let mut problems = p.problems;
    let needs = match draft.validate() {
        Ok(n) => Some(n),
        Err(errs) => {
            for e in errs {
                // The row parser already reported cell-level availability/format problems.
                let col = column_of(&e.field);
                if !problems.iter().any(|q| q.field == col) {
                    problems.push(FieldError::new(col, e.message));
                }
            }
            None
        }
    };
    match needs {
        Some(needs) if problems.is_empty() => Ok(Mentee {
            id,
            name,
            needs,
            preferred,
            avoid,
            line,
        }),
        _ => {
            crate::core::sorting::sort_by_key(&mut problems, |e| column_rank(&e.field));
            Err(problems)
        }
    }
}

fn column_rank(col: &str) -> usize {
    table::column_rank(&COLUMNS, col)
}

/// How the mentee roster reads as a table.
const SPEC: Spec<Mentee> = Spec {
    noun: "mentee",
    json_key: "mentees",
    canonical: canonical_column,
    required: &REQUIRED_COLUMNS,
    max_rows: MAX_MENTEES,
    bools_as_text: true,
    build: build_mentee,
    id: |m| &m.id,
};

/// Imports a CSV mentee roster (format in the module docs). Never panics.
pub fn import_csv(text: &str) -> MenteeImport {
    MenteeImport::of(table::read_csv(&SPEC, text, text.len()))
}

/// Imports a JSON mentee roster: an array of objects, or `{"mentees": [...]}`. Never panics.
pub fn import_json(text: &str) -> MenteeImport {
    MenteeImport::of(table::read_json(&SPEC, text, text.len()))
}

/// Imports a file as the browser hands it over (bytes in UTF-8, UTF-16 or Windows-1252, see
/// [`roster_text`](crate::core::mentors::roster_text)); `.json` or text starting with `[`/`{`
/// is JSON, anything else CSV.
pub fn import_bytes(file_name: &str, bytes: &[u8]) -> MenteeImport {
    MenteeImport::of(table::read_bytes(&SPEC, file_name, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "name,languages,time_zone,availability,focus_skills,must,importance,preferred_mentors,avoid_mentors\n";

    /// (rows after the header, mentees imported, problems as "line column").
    fn check(rows: &str, imported: usize, problems: &[&str]) {
        let i = import_csv(&format!("{HEADER}{rows}"));
        let got: Vec<String> = i
            .problems
            .iter()
            .map(|p| format!("{} {}", p.line, p.column))
            .collect();
        assert_eq!(got, problems, "{rows}: {:?}", i.problems);
        assert_eq!(i.mentees.len(), imported, "{rows}");
    }

    #[test]
    fn rows_are_checked_one_by_one() {
        check(
            "Ana,Portuguese,America/Sao_Paulo,Mon 18:00-20:00,sql,language,skills=very,Bo; Cy,Dee\n",
            1,
            &[],
        );
        check("Ana,,America/Sao_Paulo,,,,,,\n", 0, &["2 languages"]);
        check("Ana,English,Mars/Base,,,,,,\n", 0, &["2 time_zone"]);
        check(
            "Ana,English,UTC,Mon 25:00-26:00,,,,,\n",
            0,
            &["2 availability"],
        );
        check("Ana,English,UTC,,,teleport,,,\n", 0, &["2 must"]);
        check("Ana,English,UTC,,,,skills=lots,,\n", 0, &["2 importance"]);
        check(
            "Ana,English,UTC,,,,,a;b;c;d;e;f,\n",
            0,
            &["2 preferred_mentors"],
        );
        check(",English,UTC,,,,,,\n", 0, &["2 name"]);
        // Every problem of every row, in column order.
        check(
            "Ana,,Nowhere,,,x,,,\nBen,English,UTC,,,,,,\n,English,UTC,Fun 1-2,,,,,\n",
            1,
            &[
                "2 languages",
                "2 time_zone",
                "2 must",
                "4 name",
                "4 availability",
            ],
        );
        check("Ana,English,UTC,,,format,,,\n", 0, &["2 formats"]);
    }

    #[test]
    fn parsed_fields() {
        let i = import_csv(&format!(
            "{HEADER}Ana Lima,Portuguese; English,America/Sao_Paulo,Mon 18:00-20:00,sql; data,language; form,skills=essential; style=not_important,Bo; Cy,Dee\n"
        ));
        let m = &i.mentees[0];
        assert_eq!(m.id, "1-ana-lima");
        assert_eq!(m.line, 2);
        assert_eq!(m.needs.languages, ["Portuguese", "English"]);
        assert_eq!(m.needs.focus_skills, ["sql", "data"]);
        assert!(m.needs.must.language && m.needs.must.form && !m.needs.must.budget);
        assert_eq!(m.needs.weights.skills, Importance::Essential);
        assert_eq!(m.needs.weights.style, Importance::NotImportant);
        assert_eq!(m.needs.availability.len(), 1);
        assert_eq!(
            (m.preferred.clone(), m.avoid.clone()),
            (vec!["Bo".into(), "Cy".into()], vec!["Dee".into()])
        );
        assert_eq!(m.needs.stage, CareerStage::Early);
    }

    #[test]
    fn whole_file_problems() {
        for (text, want) in [
            ("", "the file is empty"),
            (
                "name,languages\nAna,English\n",
                "missing required column: time_zone",
            ),
            ("name,name,languages,time_zone\n", "appears twice"),
            ("[1,2", "not valid JSON"),
        ] {
            let i = import_bytes(
                if text.starts_with('[') {
                    "m.json"
                } else {
                    "m.csv"
                },
                text.as_bytes(),
            );
            assert!(i.rejected(), "{text}");
            assert!(
                i.problems[0].reason.contains(want),
                "{text}: {:?}",
                i.problems
            );
        }
        let big = vec![b'a'; MAX_BYTES + 1];
        assert!(import_bytes("m.csv", &big).rejected());
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let i = import_csv("id,name,languages,time_zone\nx,Ana,English,UTC\nx,Ben,English,UTC\n");
        assert_eq!(i.mentees.len(), 1);
        assert_eq!(
            (i.problems[0].line, i.problems[0].column.as_str()),
            (3, "id")
        );
    }

    #[test]
    fn json_matches_csv() {
        let j = import_json(
            r#"{"mentees":[{"name":"Ana Lima","languages":["Portuguese","English"],"time_zone":"America/Sao_Paulo","availability":"Mon 18:00-20:00","focus_skills":["sql","data"],"must":["language","form"],"importance":"skills=essential; style=not_important","preferred_mentors":["Bo","Cy"],"avoid_mentors":["Dee"]}, 7]}"#,
        );
        let c = import_csv(&format!(
            "{HEADER}Ana Lima,Portuguese; English,America/Sao_Paulo,Mon 18:00-20:00,sql; data,language; form,skills=essential; style=not_important,Bo; Cy,Dee\n"
        ));
        assert_eq!(j.mentees[0].needs, c.mentees[0].needs);
        assert_eq!(j.problems.len(), 1);
        assert_eq!((j.problems[0].place, j.problems[0].line), (Place::Item, 2));
    }

    #[test]
    fn the_example_file_imports_cleanly() {
        let text = include_str!("../../../data/mentees-example.csv");
        let i = import_csv(text);
        assert!(i.problems.is_empty(), "{:?}", i.problems);
        assert!(i.warnings.is_empty(), "{:?}", i.warnings);
        assert!(i.mentees.len() >= 8);
    }
}
