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

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::core::form::FieldError;
use crate::core::mentors::mentor::{CareerStage, Format, MentoringForm, Style, Window};
use crate::core::mentors::needs::{
    Criterion, DAY_KEYS, Importance, MustHavesDraft, Needs, NeedsDraft, WeightsDraft, fmt_time,
};
use crate::core::mentors::roster::{
    self, LineCounter, Place, RowProblem, collapse_ws, parse_availability, split_list,
};

/// Most mentees in one file.
pub const MAX_MENTEES: usize = 20_000;
/// Most ranked preferred mentors per mentee.
pub const MAX_PREFERRED: usize = 5;
/// Most avoided mentors per mentee (and avoided mentees per mentor).
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
    fn fatal(line: usize, reason: impl Into<String>) -> MenteeImport {
        MenteeImport {
            problems: vec![RowProblem {
                place: Place::File,
                line,
                column: String::new(),
                reason: reason.into(),
            }],
            ..MenteeImport::default()
        }
    }

    fn from_roster(i: roster::Import) -> MenteeImport {
        MenteeImport {
            problems: i.problems,
            warnings: i.warnings,
            ..MenteeImport::default()
        }
    }

    /// True when the file as a whole was refused.
    pub fn rejected(&self) -> bool {
        self.problems.iter().any(|p| p.place == Place::File)
    }

    /// One line for the UI, e.g. "Imported 7 of 10 mentees; 3 rows have problems."
    pub fn summary(&self) -> String {
        if self.rejected() {
            return "Nothing imported: the file was refused.".into();
        }
        let mut bad: Vec<usize> = self.problems.iter().map(|p| p.line).collect();
        bad.sort_unstable();
        bad.dedup();
        let n = self.mentees.len();
        match bad.len() {
            0 => format!("Imported {n} of {} mentees.", self.rows),
            1 => format!("Imported {n} of {} mentees; 1 row has problems.", self.rows),
            b => format!(
                "Imported {n} of {} mentees; {b} rows have problems.",
                self.rows
            ),
        }
    }
}

fn canonical_column(raw: &str) -> Option<&'static str> {
    let norm: String = raw
        .trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    if let Some(c) = COLUMNS.iter().find(|c| **c == norm) {
        return Some(c);
    }
    Some(match norm.as_str() {
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

/// One cell's value: text, or a list (JSON arrays).
enum Cell {
    Text(String),
    Items(Vec<String>),
    Bad(String),
}

impl Cell {
    fn list(self, col: &str, problems: &mut Vec<FieldError>) -> Vec<String> {
        let mut out: Vec<String> = match self {
            Cell::Text(t) => split_list(&t).map(collapse_ws).collect(),
            Cell::Items(v) => v
                .iter()
                .map(|s| collapse_ws(s))
                .filter(|s| !s.is_empty())
                .collect(),
            Cell::Bad(r) => {
                problems.push(FieldError::new(col, r));
                Vec::new()
            }
        };
        let mut seen = std::collections::HashSet::new();
        out.retain(|s| seen.insert(s.to_lowercase()));
        out
    }

    fn text(self, col: &str, problems: &mut Vec<FieldError>) -> String {
        match self {
            Cell::Text(t) => collapse_ws(&t),
            Cell::Items(_) => {
                problems.push(FieldError::new(
                    col,
                    format!("{col} should be text, not a list"),
                ));
                String::new()
            }
            Cell::Bad(r) => {
                problems.push(FieldError::new(col, r));
                String::new()
            }
        }
    }
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

fn loose<T: Copy>(
    col: &'static str,
    text: &str,
    default: T,
    parse: fn(&str) -> Option<T>,
    key: fn(T) -> &'static str,
    allowed: fn() -> String,
    problems: &mut Vec<FieldError>,
) -> String {
    if text.is_empty() {
        return key(default).to_string();
    }
    match parse(text) {
        Some(v) => key(v).to_string(),
        None => {
            problems.push(FieldError::new(
                col,
                format!("{col} \"{text}\" is not one of: {}", allowed()),
            ));
            key(default).to_string()
        }
    }
}

/// Builds one mentee from a row (`row_no`: 1-based data row, for derived ids).
fn build_mentee(
    row_no: usize,
    line: usize,
    cell: &dyn Fn(&'static str) -> Cell,
) -> Result<Mentee, Vec<FieldError>> {
    let mut p: Vec<FieldError> = Vec::new();
    let name = cell("name").text("name", &mut p);
    if name.is_empty() {
        p.push(FieldError::new("name", "name is empty"));
    }
    let mut id = cell("id").text("id", &mut p);
    if id.is_empty() {
        id = format!("{row_no}-{}", roster::slug(&name));
    }
    let stage_t = cell("stage").text("stage", &mut p);
    let stage = loose(
        "stage",
        &stage_t,
        CareerStage::Early,
        CareerStage::parse_loose,
        CareerStage::key,
        CareerStage::allowed_keys,
        &mut p,
    );
    let form_t = cell("form").text("form", &mut p);
    let form = loose(
        "form",
        &form_t,
        MentoringForm::OneToOne,
        MentoringForm::parse_loose,
        MentoringForm::key,
        MentoringForm::allowed_keys,
        &mut p,
    );
    let style_t = cell("learning_style").text("learning_style", &mut p);
    let learning_style = loose(
        "learning_style",
        &style_t,
        Style::Coaching,
        Style::parse_loose,
        Style::key,
        Style::allowed_keys,
        &mut p,
    );
    let mut formats = Vec::new();
    for f in cell("formats").list("formats", &mut p) {
        match Format::parse_loose(&f) {
            Some(v) => formats.push(v.key().to_string()),
            None => p.push(FieldError::new(
                "formats",
                format!("format \"{f}\" is not one of: {}", Format::allowed_keys()),
            )),
        }
    }
    let mut windows: Vec<Window> = Vec::new();
    match cell("availability") {
        Cell::Text(t) => parse_availability(&t, &mut windows, &mut p),
        Cell::Items(items) => {
            for it in &items {
                parse_availability(it, &mut windows, &mut p);
            }
        }
        Cell::Bad(r) => p.push(FieldError::new("availability", r)),
    }
    windows.sort_by_key(|w| (w.day, w.start_min, w.end_min));
    windows.dedup();
    let perspective_t = cell("different_perspective").text("different_perspective", &mut p);
    let wants_different_perspective = match perspective_t.to_ascii_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" => false,
        "yes" | "y" | "true" | "1" => true,
        other => {
            p.push(FieldError::new(
                "different_perspective",
                format!("different_perspective \"{other}\" is not yes or no"),
            ));
            false
        }
    };
    let mut must = MustHavesDraft {
        min_overlap_hours: cell("min_overlap_hours").text("min_overlap_hours", &mut p),
        ..MustHavesDraft::default()
    };
    for m in cell("must").list("must", &mut p) {
        match m.to_ascii_lowercase().replace([' ', '-'], "_").as_str() {
            "language" | "languages" => must.language = true,
            "format" | "formats" => must.format = true,
            "budget" | "price" => must.budget = true,
            "form" => must.form = true,
            _ => p.push(FieldError::new(
                "must",
                format!("must-have \"{m}\" is not one of: language, format, budget, form"),
            )),
        }
    }
    let mut weights = WeightsDraft::default();
    for item in cell("importance").list("importance", &mut p) {
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
            _ => p.push(FieldError::new(
                "importance",
                format!(
                    "importance \"{item}\" is not criterion=level (criteria: skills, industry, experience, availability, style, interests; levels: not_important, somewhat, very, essential)"
                ),
            )),
        }
    }
    let preferred = cell("preferred_mentors").list("preferred_mentors", &mut p);
    if preferred.len() > MAX_PREFERRED {
        p.push(FieldError::new(
            "preferred_mentors",
            format!(
                "{} preferred mentors; keep to at most {MAX_PREFERRED}",
                preferred.len()
            ),
        ));
    }
    let avoid = cell("avoid_mentors").list("avoid_mentors", &mut p);
    if avoid.len() > MAX_AVOID {
        p.push(FieldError::new(
            "avoid_mentors",
            format!(
                "{} avoided mentors; keep to at most {MAX_AVOID}",
                avoid.len()
            ),
        ));
    }
    let draft = NeedsDraft {
        focus_skills: cell("focus_skills").list("focus_skills", &mut p),
        category: String::new(),
        industry: cell("industry").text("industry", &mut p),
        stage,
        languages: cell("languages").list("languages", &mut p),
        time_zone: cell("time_zone").text("time_zone", &mut p),
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
        interests: cell("interests").list("interests", &mut p),
        wants_different_perspective,
        max_price: cell("max_price").text("max_price", &mut p),
        must,
        weights,
    };
    let needs = match draft.validate() {
        Ok(n) => Some(n),
        Err(errs) => {
            for e in errs {
                // The roster parsers already reported cell-level availability/format problems.
                let col = column_of(&e.field);
                if !p.iter().any(|q| q.field == col) {
                    p.push(FieldError::new(col, e.message));
                }
            }
            None
        }
    };
    match needs {
        Some(needs) if p.is_empty() => Ok(Mentee {
            id,
            name,
            needs,
            preferred,
            avoid,
            line,
        }),
        _ => Err(p),
    }
}

fn column_rank(col: &str) -> usize {
    COLUMNS
        .iter()
        .position(|c| *c == col)
        .unwrap_or(COLUMNS.len())
}

struct Collector {
    import: MenteeImport,
    place: Place,
    ids: HashMap<String, usize>,
}

impl Collector {
    fn problem(&mut self, line: usize, column: &str, reason: String) {
        self.import.problems.push(RowProblem {
            place: self.place,
            line,
            column: column.to_string(),
            reason,
        });
    }

    fn row(&mut self, line: usize, built: Result<Mentee, Vec<FieldError>>) {
        match built {
            Ok(m) => {
                if let Some(first) = self.ids.get(&m.id) {
                    let reason = format!("duplicate id \"{}\" (first used on {first})", m.id);
                    self.problem(line, "id", reason);
                } else {
                    self.ids.insert(m.id.clone(), line);
                    self.import.mentees.push(m);
                }
            }
            Err(mut errs) => {
                errs.sort_by_key(|e| column_rank(&e.field));
                for e in errs {
                    self.problem(line, &e.field, e.message);
                }
            }
        }
    }
}

/// Imports a CSV mentee roster (format in the module docs). Never panics.
pub fn import_csv(text: &str) -> MenteeImport {
    csv_of(text, text.len())
}

fn csv_of(text: &str, file_len: usize) -> MenteeImport {
    let (text, encoding_warning) = match roster::precheck(text, file_len) {
        Ok(t) => t,
        Err(i) => return MenteeImport::from_roster(i),
    };
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first_line.contains(',') {
        b','
    } else if first_line.contains('\t') {
        b'\t'
    } else if first_line.contains(';') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return MenteeImport::fatal(0, format!("cannot read the header: {e}")),
        None => return MenteeImport::fatal(0, "the file is empty"),
    };
    let mut lines = LineCounter {
        text: text.as_bytes(),
        byte: 0,
        line: 1,
    };
    let header_line = lines.line_at(header.position().map_or(0, |p| p.byte() as usize));
    let mut col_index: HashMap<&'static str, usize> = HashMap::new();
    let mut warnings: Vec<String> = encoding_warning.into_iter().collect();
    for (i, raw) in header.iter().enumerate() {
        match canonical_column(raw) {
            Some(c) => {
                if col_index.insert(c, i).is_some() {
                    return MenteeImport::fatal(
                        header_line,
                        format!("column \"{c}\" appears twice in the header"),
                    );
                }
            }
            None if raw.trim().is_empty() => {}
            None => warnings.push(format!(
                "unknown column \"{}\" ignored",
                raw.trim().chars().take(40).collect::<String>()
            )),
        }
    }
    let missing: Vec<&str> = REQUIRED_COLUMNS
        .into_iter()
        .filter(|c| !col_index.contains_key(c))
        .collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        return MenteeImport::fatal(
            header_line,
            format!(
                "missing required column{s}: {} (the first line must be the mentee roster header)",
                missing.join(", ")
            ),
        );
    }
    let width = header.len();
    let mut out = Collector {
        import: MenteeImport::default(),
        place: Place::Line,
        ids: HashMap::new(),
    };
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                out.problem(line, "", format!("cannot read this row: {e}"));
                break;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        out.import.rows += 1;
        if out.import.rows > MAX_MENTEES {
            return MenteeImport::fatal(
                0,
                format!("the file has more than {MAX_MENTEES} rows; split it into smaller files"),
            );
        }
        let line = lines.line_at(record.position().map_or(0, |p| p.byte() as usize));
        if record.len() > width && record.iter().skip(width).any(|c| !c.trim().is_empty()) {
            out.problem(
                line,
                "",
                format!(
                    "this row has {} cells but the header has {width} (put quotes around cells that contain commas)",
                    record.len()
                ),
            );
            continue;
        }
        let cell = |col: &'static str| {
            Cell::Text(
                col_index
                    .get(col)
                    .and_then(|&i| record.get(i))
                    .unwrap_or("")
                    .to_string(),
            )
        };
        let built = build_mentee(out.import.rows, line, &cell);
        out.row(line, built);
    }
    let mut import = out.import;
    import.warnings = warnings;
    import
}

fn json_cell(col: &str, v: &serde_json::Value) -> Cell {
    use serde_json::Value;
    match v {
        Value::Null => Cell::Text(String::new()),
        Value::String(s) => Cell::Text(s.clone()),
        Value::Number(n) => Cell::Text(n.to_string()),
        Value::Bool(b) => Cell::Text(if *b { "yes" } else { "no" }.into()),
        Value::Array(items) if items.iter().all(Value::is_string) => Cell::Items(
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
        ),
        Value::Array(_) => Cell::Bad(format!("{col} should be a list of text")),
        Value::Object(_) => Cell::Bad(format!("{col} should be text, not an object")),
    }
}

/// Imports a JSON mentee roster: an array of objects, or `{"mentees": [...]}`. Never panics.
pub fn import_json(text: &str) -> MenteeImport {
    json_of(text, text.len())
}

fn json_of(text: &str, file_len: usize) -> MenteeImport {
    let (text, encoding_warning) = match roster::precheck(text, file_len) {
        Ok(t) => t,
        Err(i) => return MenteeImport::from_roster(i),
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return MenteeImport::fatal(0, format!("not valid JSON: {e}")),
    };
    let items = match &value {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Object(o) => match o.get("mentees") {
            Some(serde_json::Value::Array(items)) => items,
            _ => {
                return MenteeImport::fatal(
                    0,
                    "expected an array of mentees or an object with a \"mentees\" array",
                );
            }
        },
        _ => {
            return MenteeImport::fatal(
                0,
                "expected an array of mentees or an object with a \"mentees\" array",
            );
        }
    };
    if items.len() > MAX_MENTEES {
        return MenteeImport::fatal(
            0,
            format!("the file has more than {MAX_MENTEES} mentees; split it into smaller files"),
        );
    }
    let mut out = Collector {
        import: MenteeImport::default(),
        place: Place::Item,
        ids: HashMap::new(),
    };
    let mut unknown: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let n = i + 1;
        out.import.rows += 1;
        let Some(obj) = item.as_object() else {
            out.problem(n, "", "expected a mentee object".into());
            continue;
        };
        let mut fields: HashMap<&'static str, &serde_json::Value> = HashMap::new();
        for (k, v) in obj {
            match canonical_column(k) {
                Some(c) => {
                    fields.insert(c, v);
                }
                None if !unknown.contains(k) && unknown.len() < 50 => unknown.push(k.clone()),
                None => {}
            }
        }
        let cell = |col: &'static str| match fields.get(col) {
            Some(v) => json_cell(col, v),
            None => Cell::Text(String::new()),
        };
        let built = build_mentee(n, n, &cell);
        out.row(n, built);
    }
    let mut import = out.import;
    import.warnings = encoding_warning
        .into_iter()
        .chain(
            unknown
                .into_iter()
                .map(|u| format!("unknown field \"{u}\" ignored")),
        )
        .collect();
    import
}

/// Imports a file as the browser hands it over (bytes in UTF-8, UTF-16 or Windows-1252, see
/// [`roster_text`](crate::core::mentors::roster_text)); `.json` or text starting with `[`/`{`
/// is JSON, anything else CSV.
pub fn import_bytes(file_name: &str, bytes: &[u8]) -> MenteeImport {
    if bytes.len() > roster::MAX_BYTES {
        return MenteeImport::from_roster(roster::too_big(bytes.len()));
    }
    let decoded = crate::core::mentors::roster_text::decode(bytes);
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let start = decoded.text.trim_start_matches('\u{feff}').trim_start();
    let json = ext == "json"
        || (!matches!(ext.as_str(), "csv" | "tsv" | "txt")
            && (start.starts_with('[') || start.starts_with('{')));
    let mut import = if json {
        json_of(&decoded.text, bytes.len())
    } else {
        csv_of(&decoded.text, bytes.len())
    };
    if let Some(note) = decoded.note().filter(|_| !import.rejected()) {
        import.warnings.insert(0, note);
    }
    import
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
        let big = vec![b'a'; roster::MAX_BYTES + 1];
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
