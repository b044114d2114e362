//! Roster import for program coordinators: a CSV or JSON file of mentors becomes
//! [`Mentor`]s, and every problem in every row is listed with where it is.
//!
//! # CSV format
//!
//! The first line is a header naming the columns; order is free, names are matched
//! case-insensitively (spaces and hyphens count as underscores, so `Time zone` works):
//!
//! ```text
//! id,name,headline,industry,stage,years_experience,country,city,time_zone,languages,forms,formats,availability,capacity,style,skills,interests,bio,price_per_month
//! ```
//!
//! | column | required | meaning (empty cell → default) |
//! |---|---|---|
//! | `id` | no | unique id; empty → `<row number>-<name slug>`, e.g. `3-ada-okafor` |
//! | `name` | **yes** | full name |
//! | `headline`, `industry`, `country`, `city`, `bio` | no | free text (`city` needed for `in_person`) |
//! | `stage` | no | `early`, `mid`, `senior`, `lead` or `executive` (default `mid`) |
//! | `years_experience` | no | whole number 0–70 (default 0) |
//! | `time_zone` | **yes** | IANA name such as `Europe/London` |
//! | `languages` | **yes** | list, e.g. `English; Spanish` |
//! | `forms` | no | list of `one_to_one`, `group`, `peer`, `reverse`, `micro` (default `one_to_one`) |
//! | `formats` | no | list of `video`, `phone`, `chat`, `in_person` (default `video`) |
//! | `availability` | **yes** | weekly windows in the mentor's own zone: `Mon 18:00-20:00; Sat 09:00-12:00` |
//! | `capacity` | no | open mentee slots, whole number 0–50, 0 = full (default 1) |
//! | `style` | no | `coaching`, `directive`, `hands_on` or `supportive` (default `coaching`) |
//! | `skills`, `interests` | no | lists |
//! | `price_per_month` | no | whole number; empty, `0` or `free` = free |
//!
//! ## Mentor preferences (format version 2, all optional)
//!
//! Four more columns ([`PREFERENCE_COLUMNS`]) say what a mentor wants from a cohort match
//! (`/cohort`); the mentee's own view of the roster ignores them, and [`export_csv`] does not
//! write them.
//!
//! | column | meaning (empty cell → no preference) |
//! |---|---|
//! | `mentor_stages` | career stages the mentor wants to mentor: list of `early`, `mid`, `senior`, `lead`, `executive` |
//! | `mentor_skills` | skills the mentor wants to mentor in, list, at most [`MAX_PREFERENCE_ITEMS`] |
//! | `avoid_mentees` | mentee ids or names never to pair with, list, at most [`MAX_PREFERENCE_ITEMS`] |
//! | `group_size` | mentees per slot, whole number 1–[`MAX_GROUP_SIZE`]; above 1 needs `group` in `forms`: the mentor then takes `capacity × group_size` mentees |
//!
//! How the cohort uses them (rules in `cohort::assign`): a mentee whose stage is in
//! `mentor_stages`, or who has a focus skill in `mentor_skills`, earns the mentor-preference
//! bonus on that pair; `avoid_mentees` is a hard rule, as the mentee's own `avoid_mentors`.
//!
//! ## Format versions
//!
//! The file carries no version tag: the columns say which version it is, and every version
//! imports.
//!
//! * **1**: the 19 columns of the table above (`tests/fixtures/roster_v1.csv`).
//! * **2**: version 1 plus the preference columns (`tests/fixtures/roster_v2.csv`,
//!   `data/roster-example.csv`). A version-1 file is a version-2 file without preferences.
//!
//! List cells are separated by `;`. Availability days are `Mon`…`Sun` (or full names), a
//! range such as `Mon-Fri`, `weekdays` or `weekends`; times are `HH:MM` from `00:00` to
//! `24:00`, and a window may not cross midnight. Enum values also accept their labels and
//! spaces or hyphens (`One to one`, `in-person`, `Hands-on`). A file whose header has no
//! commas but tabs or semicolons is read with that separator. `data/roster-example.csv` is a
//! worked example.
//!
//! Unknown columns are ignored with a warning; missing required columns are one error and
//! nothing is imported. Every data row is checked: valid rows are imported, and each problem
//! of a bad row is reported with its 1-based line in the file (a quoted cell may span lines;
//! the row's first line is used) and the column.
//!
//! # JSON format
//!
//! An array of mentor objects, or an object with a `"mentors"` array (the sample directory
//! format). Fields are the column names above and take either JSON values (numbers, arrays,
//! `{"day": 0, "start_min": 1080, "end_min": 1200}` windows, as the app stores them) or the
//! same text as CSV cells. Problems are reported as `item N` (1-based position in the array).
//!
//! Files over [`MAX_BYTES`] or with more than [`MAX_ROWS`] rows are rejected as a whole.

use crate::core::mentors::directory::{
    MAX_CAPACITY, MAX_PRICE_PER_MONTH, MAX_YEARS_EXPERIENCE, validate_mentor,
};
use crate::core::mentors::mentor::{
    CareerStage, Format, Mentor, MentorPrefs, MentoringForm, Style,
};
use crate::core::mentors::table::{
    self, Cell, Problems, RowParser, Spec, Table, collapse_ws, slug,
};
#[cfg(test)]
use crate::core::mentors::{
    mentor::Window,
    table::{number_text, parse_availability},
};

pub use crate::core::mentors::table::{MAX_BYTES, Place, RowProblem};
/// Most data rows (CSV) or items (JSON) accepted.
pub const MAX_ROWS: usize = 20_000;

/// Every known column, in the order of the documented header.
pub const COLUMNS: [&str; 19] = [
    "id",
    "name",
    "headline",
    "industry",
    "stage",
    "years_experience",
    "country",
    "city",
    "time_zone",
    "languages",
    "forms",
    "formats",
    "availability",
    "capacity",
    "style",
    "skills",
    "interests",
    "bio",
    "price_per_month",
];

/// The mentor-preference columns of format version 2 (see the module docs), after [`COLUMNS`].
pub const PREFERENCE_COLUMNS: [&str; 4] = [
    "mentor_stages",
    "mentor_skills",
    "avoid_mentees",
    "group_size",
];

/// Most entries in `mentor_skills` and in `avoid_mentees`.
pub const MAX_PREFERENCE_ITEMS: usize = 16;
/// Largest `group_size`.
pub const MAX_GROUP_SIZE: u8 = 12;

/// Columns a CSV header must name.
pub const REQUIRED_COLUMNS: [&str; 4] = ["name", "time_zone", "languages", "availability"];

/// Optional columns whose absence silently changes meaning, with the default used.
const DEFAULTED_COLUMNS: [(&str, &str); 5] = [
    ("stage", "mid"),
    ("forms", "one_to_one"),
    ("formats", "video"),
    ("capacity", "1"),
    ("style", "coaching"),
];

/// The result of an import: the valid mentors, every problem, and warnings that did not stop
/// anything (unknown columns, defaults used).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Import {
    pub mentors: Vec<Mentor>,
    /// Each mentor's preferences (same order as `mentors`; empty preferences when the file has
    /// no preference columns).
    pub prefs: Vec<MentorPrefs>,
    pub problems: Vec<RowProblem>,
    pub warnings: Vec<String>,
    /// Data rows (CSV, blank lines not counted) or items (JSON) read.
    pub rows: usize,
}

impl Import {
    /// True when the file as a whole was refused (nothing imported because of it).
    pub fn rejected(&self) -> bool {
        table::rejected(&self.problems)
    }

    /// The distinct lines (CSV) or items (JSON) that have problems, ascending.
    pub fn bad_rows(&self) -> Vec<usize> {
        table::bad_rows(&self.problems)
    }

    /// One line for the UI, e.g. "Imported 7 of 10 mentors; 3 rows have problems."
    pub fn summary(&self) -> String {
        table::summary(&self.problems, self.mentors.len(), self.rows, "mentors")
    }
}

/// Maps a header cell or JSON key to a canonical column name.
fn canonical_column(raw: &str) -> Option<&'static str> {
    table::match_column(raw, &COLUMNS, alias)
        .or_else(|| table::match_column(raw, &PREFERENCE_COLUMNS, pref_alias))
}

/// Other names the preference columns go by.
fn pref_alias(norm: &str) -> Option<&'static str> {
    Some(match norm {
        "wants_stages" | "preferred_stages" | "mentor_stage" => "mentor_stages",
        "wants_skills" | "preferred_skills" | "mentor_skill" => "mentor_skills",
        "avoid" | "avoid_mentee" | "mentees_to_avoid" => "avoid_mentees",
        "group" | "group_slot_size" | "mentees_per_slot" => "group_size",
        _ => return None,
    })
}

/// Other names a column goes by (`norm`: lower case, `_` for spaces and hyphens).
fn alias(norm: &str) -> Option<&'static str> {
    Some(match norm {
        "full_name" | "mentor" | "mentor_name" => "name",
        "title" | "role" | "job_title" => "headline",
        "sector" | "field" => "industry",
        "career_stage" | "level" | "seniority" => "stage",
        "years" | "experience" | "yearsexperience" | "years_of_experience" => "years_experience",
        "timezone" | "tz" | "zone" | "timezone_name" => "time_zone",
        "language" | "langs" => "languages",
        "form" | "mentoring_forms" | "mentoring_form" => "forms",
        "format" | "session_formats" | "session_format" => "formats",
        "windows" | "available" | "availability_windows" | "hours" => "availability",
        "slots" | "open_slots" | "mentee_slots" => "capacity",
        "teaching_style" | "mentoring_style" => "style",
        "skill" => "skills",
        "interest" => "interests",
        "about" | "description" | "biography" => "bio",
        "price" | "fee" | "price_month" | "monthly_price" | "pricepermonth" => "price_per_month",
        _ => return None,
    })
}

fn column_order(col: &str) -> usize {
    match table::column_rank(&COLUMNS, col) {
        n if n < COLUMNS.len() => n,
        _ => COLUMNS.len() + table::column_rank(&PREFERENCE_COLUMNS, col),
    }
}

/// Reads the preference columns of one row (format version 2); `forms`: the row's forms.
fn build_prefs(p: &mut RowParser, forms: &[MentoringForm]) -> MentorPrefs {
    let mut stages = Vec::new();
    for item in p.list("mentor_stages") {
        match CareerStage::parse_loose(&item) {
            Some(s) if !stages.contains(&s) => stages.push(s),
            Some(_) => {}
            None => p.fail(
                "mentor_stages",
                format!(
                    "stage \"{item}\" is not one of: {}",
                    CareerStage::allowed_keys()
                ),
            ),
        }
    }
    let skills = p.list("mentor_skills");
    let avoid = p.list("avoid_mentees");
    for (col, list) in [("mentor_skills", &skills), ("avoid_mentees", &avoid)] {
        if list.len() > MAX_PREFERENCE_ITEMS {
            p.fail(
                col,
                format!(
                    "{col} has {} entries; keep to at most {MAX_PREFERENCE_ITEMS}",
                    list.len()
                ),
            );
        }
    }
    let text = p.text("group_size");
    let group_size = match text.parse::<u8>() {
        _ if text.is_empty() => 0,
        Ok(n @ 1..=MAX_GROUP_SIZE) => n,
        _ => {
            p.fail(
                "group_size",
                format!("group_size \"{text}\" is not a whole number from 1 to {MAX_GROUP_SIZE}"),
            );
            0
        }
    };
    if group_size > 1 && !forms.contains(&MentoringForm::Group) {
        p.fail(
            "group_size",
            format!(
                "group_size {group_size} needs the group form: add group to forms, or leave group_size empty"
            ),
        );
    }
    MentorPrefs {
        stages,
        skills,
        avoid,
        group_size,
    }
}

/// Builds one mentor from a row. `row_no` (1-based data row) is used for derived ids.
/// Returns the mentor or every problem of the row, in column order.
fn build_mentor<'a>(
    row_no: usize,
    _line: usize,
    cell: &dyn Fn(&'static str) -> Cell<'a>,
) -> Result<(Mentor, MentorPrefs), Problems> {
    let mut p = RowParser {
        cell,
        problems: Vec::new(),
    };
    let name = collapse_ws(&p.text("name"));
    let mut id = p.text("id");
    if id.is_empty() {
        id = format!("{row_no}-{}", slug(&name));
    }
    let m = Mentor {
        headline: p.text("headline"),
        industry: p.text("industry"),
        stage: p.one(
            "stage",
            CareerStage::Mid,
            CareerStage::parse_loose,
            CareerStage::allowed_keys,
        ),
        years_experience: p.number("years_experience", MAX_YEARS_EXPERIENCE.into(), 0) as u8,
        country: p.text("country"),
        city: p.text("city"),
        time_zone: p.text("time_zone"),
        languages: p.list("languages"),
        forms: p.many(
            "forms",
            "form",
            MentoringForm::OneToOne,
            MentoringForm::parse_loose,
            MentoringForm::allowed_keys,
        ),
        formats: p.many(
            "formats",
            "format",
            Format::Video,
            Format::parse_loose,
            Format::allowed_keys,
        ),
        availability: p.availability(),
        capacity: p.number("capacity", MAX_CAPACITY.into(), 1) as u8,
        style: p.one(
            "style",
            Style::Coaching,
            Style::parse_loose,
            Style::allowed_keys,
        ),
        skills: p.list("skills"),
        interests: p.list("interests"),
        bio: p.text("bio"),
        price_per_month: {
            let text = p.text("price_per_month");
            let plain = text.trim_start_matches(['$', '€', '£', '¥', '₹']).trim();
            if text.is_empty() || plain.eq_ignore_ascii_case("free") {
                None
            } else {
                match plain.parse::<u32>() {
                    Ok(0) => None,
                    Ok(n) if n <= MAX_PRICE_PER_MONTH => Some(n),
                    _ => {
                        p.fail(
                            "price_per_month",
                            format!(
                                "price_per_month \"{text}\" is not a whole number from 0 to {MAX_PRICE_PER_MONTH} (leave empty for free)"
                            ),
                        );
                        None
                    }
                }
            }
        },
        id,
        name,
    };
    let prefs = build_prefs(&mut p, &m.forms);
    let mut problems = p.problems;
    // Shared checks; a field that already failed to parse is not reported twice.
    let failed: Vec<String> = problems.iter().map(|p| p.field.clone()).collect();
    problems.extend(
        validate_mentor(&m)
            .into_iter()
            .filter(|pr| !failed.contains(&pr.field)),
    );
    if problems.is_empty() {
        Ok((m, prefs))
    } else {
        crate::core::sorting::sort_by_key(&mut problems, |p| column_order(&p.field));
        Err(problems)
    }
}

/// How the mentor roster reads as a table.
const SPEC: Spec<(Mentor, MentorPrefs)> = Spec {
    noun: "mentor",
    json_key: "mentors",
    canonical: canonical_column,
    required: &REQUIRED_COLUMNS,
    max_rows: MAX_ROWS,
    bools_as_text: false,
    build: build_mentor,
    id: |(m, _)| &m.id,
};

impl Import {
    fn of(t: Table<(Mentor, MentorPrefs)>) -> Import {
        let (mentors, prefs) = t.items.into_iter().unzip();
        Import {
            mentors,
            prefs,
            problems: t.problems,
            warnings: t.warnings,
            rows: t.rows,
        }
    }
}

/// Imports a CSV roster (format in the module docs). Never panics.
pub fn import_csv(text: &str) -> Import {
    csv_of(text, text.len())
}

fn csv_of(text: &str, file_len: usize) -> Import {
    let t = table::read_csv(&SPEC, text, file_len);
    with_defaults(t)
}

/// Adds the warning naming defaulted columns a CSV header left out.
fn with_defaults(mut t: Table<(Mentor, MentorPrefs)>) -> Import {
    if !t.rejected() && !t.columns.is_empty() {
        let defaults: Vec<String> = DEFAULTED_COLUMNS
            .iter()
            .filter(|(c, _)| !t.columns.contains(c))
            .map(|(c, d)| format!("{c} = {d}"))
            .collect();
        if !defaults.is_empty() {
            t.warnings.push(format!(
                "columns not in the file, every mentor gets the default: {}",
                defaults.join(", ")
            ));
        }
    }
    Import::of(t)
}

/// Imports a JSON roster: an array of mentor objects, or `{"mentors": [...]}`. Never panics.
pub fn import_json(text: &str) -> Import {
    Import::of(table::read_json(&SPEC, text, text.len()))
}

/// Imports by file extension (`.csv`, `.tsv`, `.txt`, `.json`), or by content when the
/// extension says nothing: text starting with `[` or `{` is JSON, anything else CSV.
pub fn detect_and_import(file_name: &str, text: &str) -> Import {
    with_defaults(table::read_text(&SPEC, file_name, text, text.len()))
}

/// Imports a file as the browser hands it over: its bytes, decoded as UTF-8, UTF-16 (with a
/// byte-order mark) or Windows-1252/Latin-1 (see [`roster_text`](crate::core::mentors::roster_text)),
/// then as [`detect_and_import`]. The first warning says which encoding was assumed when the
/// file was not UTF-8; another names every line holding undecodable text.
pub fn import_bytes(file_name: &str, bytes: &[u8]) -> Import {
    with_defaults(table::read_bytes(&SPEC, file_name, bytes))
}

/// Writes mentors as a CSV roster with every column (the inverse of [`import_csv`]).
pub fn export_csv(mentors: &[Mentor]) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to a Vec cannot fail; errors are ignored rather than unwrapped.
    let _ = w.write_record(COLUMNS);
    for m in mentors {
        let windows: Vec<String> = m
            .availability
            .iter()
            .map(crate::core::mentors::directory::format_window)
            .collect();
        let record: [String; 19] = [
            m.id.clone(),
            m.name.clone(),
            m.headline.clone(),
            m.industry.clone(),
            m.stage.key().into(),
            m.years_experience.to_string(),
            m.country.clone(),
            m.city.clone(),
            m.time_zone.clone(),
            m.languages.join("; "),
            m.forms
                .iter()
                .map(|f| f.key())
                .collect::<Vec<_>>()
                .join("; "),
            m.formats
                .iter()
                .map(|f| f.key())
                .collect::<Vec<_>>()
                .join("; "),
            windows.join("; "),
            m.capacity.to_string(),
            m.style.key().into(),
            m.skills.join("; "),
            m.interests.join("; "),
            m.bio.clone(),
            m.price_per_month.map(|p| p.to_string()).unwrap_or_default(),
        ];
        let _ = w.write_record(&record);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests;
