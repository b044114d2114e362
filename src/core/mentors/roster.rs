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

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use crate::core::form::FieldError;
use crate::core::mentors::directory::{
    MAX_CAPACITY, MAX_PRICE_PER_MONTH, MAX_YEARS_EXPERIENCE, format_minutes, validate_mentor,
};
use crate::core::mentors::mentor::{CareerStage, Format, Mentor, MentoringForm, Style, Window};
use crate::core::time::calendar::WEEKDAY_SHORT;

/// Largest file accepted, in bytes (5 MB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
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

/// Where a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// The whole file (too big, not CSV, missing columns …); `line` is 0 or the header line.
    File,
    /// A CSV row; `line` is its 1-based line in the file.
    Line,
    /// A JSON array item; `line` is its 1-based position.
    Item,
}

/// One problem found while importing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub place: Place,
    /// 1-based file line (CSV) or item number (JSON); 0 for whole-file problems.
    pub line: usize,
    /// Canonical column name (see [`COLUMNS`]), or empty when it concerns the whole row/file.
    pub column: String,
    pub reason: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (unit, col) = match self.place {
            Place::File => ("line", "column"),
            Place::Line => ("line", "column"),
            Place::Item => ("item", "field"),
        };
        match (self.place, self.line, self.column.is_empty()) {
            (Place::File, 0, _) => write!(f, "file: {}", self.reason),
            (_, n, true) => write!(f, "{unit} {n}: {}", self.reason),
            (_, n, false) => write!(f, "{unit} {n}, {col} {}: {}", self.column, self.reason),
        }
    }
}

/// The result of an import: the valid mentors, every problem, and warnings that did not stop
/// anything (unknown columns, defaults used).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Import {
    pub mentors: Vec<Mentor>,
    pub problems: Vec<RowProblem>,
    pub warnings: Vec<String>,
    /// Data rows (CSV, blank lines not counted) or items (JSON) read.
    pub rows: usize,
}

impl Import {
    fn fatal(line: usize, reason: impl Into<String>) -> Import {
        Import {
            problems: vec![RowProblem {
                place: Place::File,
                line,
                column: String::new(),
                reason: reason.into(),
            }],
            ..Import::default()
        }
    }

    /// True when the file as a whole was refused (nothing imported because of it).
    pub fn rejected(&self) -> bool {
        self.problems.iter().any(|p| p.place == Place::File)
    }

    /// The distinct lines (CSV) or items (JSON) that have problems, ascending.
    pub fn bad_rows(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .problems
            .iter()
            .filter(|p| p.place != Place::File)
            .map(|p| p.line)
            .collect();
        crate::core::sorting::sort(&mut v);
        v.dedup();
        v
    }

    /// One line for the UI, e.g. "Imported 7 of 10 mentors; 3 rows have problems."
    pub fn summary(&self) -> String {
        if self.rejected() {
            return "Nothing imported: the file was refused.".into();
        }
        let bad = self.bad_rows().len();
        let rows = if bad == 1 { "row has" } else { "rows have" };
        match bad {
            0 => format!("Imported {} of {} mentors.", self.mentors.len(), self.rows),
            _ => format!(
                "Imported {} of {} mentors; {bad} {rows} problems.",
                self.mentors.len(),
                self.rows
            ),
        }
    }
}

/// Maps a header cell or JSON key to a canonical column name.
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

/// A cell's value before parsing: text for CSV, or what a JSON value carried.
enum Cell<'a> {
    Text(Cow<'a, str>),
    Items(Vec<Cow<'a, str>>),
    Windows(Vec<Window>),
    Bad(String),
}

const EMPTY: Cell<'static> = Cell::Text(Cow::Borrowed(""));

pub(crate) type Problems = Vec<FieldError>;

/// Splits a `;`-separated list cell, trimming and dropping empty entries.
pub(crate) fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

pub(crate) fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct RowParser<'c, 'a> {
    cell: &'c dyn Fn(&'static str) -> Cell<'a>,
    problems: Problems,
}

impl RowParser<'_, '_> {
    fn fail(&mut self, col: &'static str, reason: String) {
        self.problems.push(FieldError::new(col, reason));
    }

    fn text(&mut self, col: &'static str) -> String {
        match (self.cell)(col) {
            Cell::Text(t) => t.trim().to_string(),
            Cell::Items(_) | Cell::Windows(_) => {
                self.fail(col, format!("{col} should be text, not a list"));
                String::new()
            }
            Cell::Bad(reason) => {
                self.fail(col, reason);
                String::new()
            }
        }
    }

    fn list(&mut self, col: &'static str) -> Vec<String> {
        let mut out: Vec<String> = match (self.cell)(col) {
            Cell::Text(t) => split_list(&t).map(collapse_ws).collect(),
            Cell::Items(items) => items
                .iter()
                .map(|s| collapse_ws(s))
                .filter(|s| !s.is_empty())
                .collect(),
            Cell::Windows(_) => {
                self.fail(col, format!("{col} should be a list of text"));
                Vec::new()
            }
            Cell::Bad(reason) => {
                self.fail(col, reason);
                Vec::new()
            }
        };
        // Keep the first of repeated entries (case-insensitive).
        let mut seen = std::collections::HashSet::new();
        out.retain(|s| seen.insert(s.to_lowercase()));
        out
    }

    fn number(&mut self, col: &'static str, max: u32, default: u32) -> u32 {
        let text = self.text(col);
        if text.is_empty() {
            return default;
        }
        match text.parse::<u32>() {
            Ok(n) if n <= max => n,
            _ => {
                self.fail(
                    col,
                    format!("{col} \"{text}\" is not a whole number from 0 to {max}"),
                );
                default
            }
        }
    }

    fn one<T: Copy>(
        &mut self,
        col: &'static str,
        default: T,
        parse: fn(&str) -> Option<T>,
        allowed: fn() -> String,
    ) -> T {
        let text = self.text(col);
        if text.is_empty() {
            return default;
        }
        parse(&text).unwrap_or_else(|| {
            self.fail(
                col,
                format!("{col} \"{text}\" is not one of: {}", allowed()),
            );
            default
        })
    }

    fn many<T: Copy + PartialEq>(
        &mut self,
        col: &'static str,
        singular: &str,
        default: T,
        parse: fn(&str) -> Option<T>,
        allowed: fn() -> String,
    ) -> Vec<T> {
        let items = self.list(col);
        let mut out = Vec::new();
        for item in &items {
            match parse(item) {
                Some(v) if !out.contains(&v) => out.push(v),
                Some(_) => {}
                None => self.fail(
                    col,
                    format!("{singular} \"{item}\" is not one of: {}", allowed()),
                ),
            }
        }
        if items.is_empty() {
            out.push(default);
        }
        out
    }

    fn availability(&mut self) -> Vec<Window> {
        let mut out = Vec::new();
        match (self.cell)("availability") {
            Cell::Text(t) => parse_availability(&t, &mut out, &mut self.problems),
            Cell::Items(items) => {
                for item in &items {
                    parse_availability(item, &mut out, &mut self.problems);
                }
            }
            Cell::Windows(ws) => out = ws,
            Cell::Bad(reason) => self.fail("availability", reason),
        }
        crate::core::sorting::sort_by_key(&mut out, |w| (w.day, w.start_min, w.end_min));
        out.dedup();
        out
    }
}

/// Parses `Mon 18:00-20:00; Sat 09:00-12:00` into windows, reporting each bad entry.
pub(crate) fn parse_availability(text: &str, out: &mut Vec<Window>, problems: &mut Problems) {
    for item in split_list(text) {
        match parse_window_item(item) {
            Ok(ws) => out.extend(ws),
            Err(why) => problems.push(FieldError::new(
                "availability",
                format!("availability \"{item}\": {why}"),
            )),
        }
    }
}

fn parse_day(s: &str) -> Option<u8> {
    let s = s.trim().trim_end_matches('.').to_ascii_lowercase();
    const FULL: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    if s.len() < 2 {
        return None;
    }
    // "mo", "mon", "tues", "thurs", "monday" all name a day; "t" or "s" alone do not.
    let hits: Vec<usize> = (0..7).filter(|&i| FULL[i].starts_with(&s)).collect();
    match hits.as_slice() {
        [i] => Some(*i as u8),
        _ => None,
    }
}

fn parse_days(s: &str) -> Result<Vec<u8>, String> {
    let lower = s.trim().to_ascii_lowercase();
    match lower.as_str() {
        "weekdays" | "weekday" => return Ok((0..5).collect()),
        "weekends" | "weekend" => return Ok(vec![5, 6]),
        "daily" | "every day" | "everyday" => return Ok((0..7).collect()),
        _ => {}
    }
    let bad = |d: &str| {
        format!(
            "\"{}\" is not a day (use {}, a range like Mon-Fri, weekdays or weekends)",
            d.trim(),
            WEEKDAY_SHORT.join(", ")
        )
    };
    let mut days = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some((a, b)) = part.split_once(['-', '–']) {
            let a = parse_day(a).ok_or_else(|| bad(a))?;
            let b = parse_day(b).ok_or_else(|| bad(b))?;
            let mut d = a;
            loop {
                days.push(d);
                if d == b {
                    break;
                }
                d = (d + 1) % 7;
            }
        } else {
            days.push(parse_day(part).ok_or_else(|| bad(part))?);
        }
    }
    if days.is_empty() {
        return Err(bad(s));
    }
    Ok(days)
}

/// `HH:MM` or `H:MM` (or `HH.MM`) → minutes from midnight; `24:00` allowed.
fn parse_time(s: &str) -> Option<u16> {
    let s = s.trim();
    let (h, m) = s.split_once([':', '.']).unwrap_or((s, "00"));
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    if !h.bytes().all(|b| b.is_ascii_digit()) || !m.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    match (h, m) {
        (24, 0) => Some(1440),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

fn parse_window_item(item: &str) -> Result<Vec<Window>, String> {
    let usage = "expected a day and a time range like Mon 18:00-20:00";
    let split = item.find(|c: char| c.is_ascii_digit()).ok_or(usage)?;
    let (day_part, time_part) = item.split_at(split);
    if day_part.trim().is_empty() {
        return Err(usage.into());
    }
    let days = parse_days(day_part)?;
    let time_part = time_part.trim();
    let (a, b) = time_part
        .split_once(['-', '–'])
        .or_else(|| time_part.split_once(" to "))
        .ok_or(usage)?;
    let bad_time = |t: &str| {
        format!(
            "\"{}\" is not a time (use HH:MM from 00:00 to 24:00)",
            t.trim()
        )
    };
    let start = parse_time(a).ok_or_else(|| bad_time(a))?;
    let end = parse_time(b).ok_or_else(|| bad_time(b))?;
    if start == 1440 {
        return Err(bad_time(a));
    }
    if end <= start {
        return Err(format!(
            "{}-{} does not end after it starts (split windows that cross midnight)",
            format_minutes(start),
            format_minutes(end)
        ));
    }
    Ok(days
        .into_iter()
        .map(|day| Window {
            day,
            start_min: start,
            end_min: end,
        })
        .collect())
}

/// Lowercase alphanumeric words joined by `-`: "Ada O'Kafor" → "ada-o-kafor".
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::new();
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
        if out.len() > 40 {
            break;
        }
    }
    if out.is_empty() {
        out.push_str("mentor");
    }
    out
}

fn column_order(col: &str) -> usize {
    COLUMNS
        .iter()
        .position(|c| *c == col)
        .unwrap_or(COLUMNS.len())
}

/// Builds one mentor from a row. `row_no` (1-based data row) is used for derived ids.
/// Returns the mentor or every problem of the row, in column order.
fn build_mentor<'a>(
    row_no: usize,
    cell: &dyn Fn(&'static str) -> Cell<'a>,
) -> Result<Mentor, Problems> {
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
    let mut problems = p.problems;
    // Shared checks; a field that already failed to parse is not reported twice.
    let failed: Vec<String> = problems.iter().map(|p| p.field.clone()).collect();
    problems.extend(
        validate_mentor(&m)
            .into_iter()
            .filter(|pr| !failed.contains(&pr.field)),
    );
    if problems.is_empty() {
        Ok(m)
    } else {
        crate::core::sorting::sort_by_key(&mut problems, |p| column_order(&p.field));
        Err(problems)
    }
}

/// Accumulates rows into an [`Import`], checking ids are unique.
struct Collector {
    import: Import,
    place: Place,
    ids: HashMap<String, usize>,
}

impl Collector {
    fn new(place: Place) -> Collector {
        Collector {
            import: Import::default(),
            place,
            ids: HashMap::new(),
        }
    }

    fn problem(&mut self, line: usize, column: &str, reason: String) {
        self.import.problems.push(RowProblem {
            place: self.place,
            line,
            column: column.to_string(),
            reason,
        });
    }

    fn row(&mut self, line: usize, built: Result<Mentor, Problems>) {
        match built {
            Ok(m) => {
                if let Some(first) = self.ids.get(&m.id) {
                    let unit = if self.place == Place::Item {
                        "item"
                    } else {
                        "line"
                    };
                    let reason =
                        format!("duplicate id \"{}\" (first used on {unit} {first})", m.id);
                    self.problem(line, "id", reason);
                } else {
                    self.ids.insert(m.id.clone(), line);
                    self.import.mentors.push(m);
                }
            }
            Err(problems) => {
                for p in problems {
                    self.problem(line, &p.field, p.message);
                }
            }
        }
    }
}

/// Refuses files that are too big (`file_len`: the file's size in bytes, before decoding) or
/// clearly not text. On success returns the text without a BOM, and a warning naming the lines
/// that hold unreadable characters (U+FFFD), if any.
pub(crate) fn precheck(text: &str, file_len: usize) -> Result<(&str, Option<String>), Import> {
    if file_len > MAX_BYTES {
        return Err(too_big(file_len));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut total, mut odd, mut nul) = (0usize, 0usize, false);
    for c in text.chars().take(65_536) {
        total += 1;
        nul |= c == '\0';
        if c == '\u{fffd}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            odd += 1;
        }
    }
    if nul || odd * 20 > total {
        return Err(Import::fatal(
            0,
            "this looks like a binary file (a spreadsheet or archive?), not text: save the roster as CSV (UTF-8) or JSON",
        ));
    }
    if text.trim().is_empty() {
        return Err(Import::fatal(0, "the file is empty"));
    }
    let unreadable: Vec<usize> = text
        .split('\n')
        .enumerate()
        .filter(|(_, l)| {
            l.chars()
                .any(|c| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\r' | '\t')))
        })
        .map(|(i, _)| i + 1)
        .collect();
    let warning = (!unreadable.is_empty()).then(|| {
        format!(
            "{} characters that could not be read (shown as \u{fffd}): check the names there, or save the file as UTF-8 text",
            crate::core::mentors::roster_text::line_list(&unreadable, "holds", "hold")
        )
    });
    Ok((text, warning))
}

pub(crate) fn too_big(file_len: usize) -> Import {
    Import::fatal(
        0,
        format!(
            "the file is {:.1} MB; the limit is 5 MB (split the roster into smaller files)",
            file_len as f64 / (1024.0 * 1024.0)
        ),
    )
}

fn too_many_rows() -> Import {
    Import::fatal(
        0,
        format!("the file has more than {MAX_ROWS} rows; split it into smaller files"),
    )
}

/// Turns byte offsets (ascending) into 1-based line numbers. The csv crate's own line count
/// does not count newlines inside quoted cells, so lines are counted here.
pub(crate) struct LineCounter<'t> {
    pub(crate) text: &'t [u8],
    pub(crate) byte: usize,
    pub(crate) line: usize,
}

impl LineCounter<'_> {
    pub(crate) fn line_at(&mut self, byte: usize) -> usize {
        // csv reports a record as starting at the line terminator(s) before it (and skips
        // blank lines silently), so step over those first.
        let mut byte = byte.min(self.text.len());
        while byte < self.text.len() && matches!(self.text[byte], b'\r' | b'\n') {
            byte += 1;
        }
        if byte > self.byte {
            self.line += self.text[self.byte..byte]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.byte = byte;
        }
        self.line
    }
}

/// Imports a CSV roster (format in the module docs). Never panics.
pub fn import_csv(text: &str) -> Import {
    csv_of(text, text.len())
}

fn csv_of(text: &str, file_len: usize) -> Import {
    let (text, encoding_warning) = match precheck(text, file_len) {
        Ok(t) => t,
        Err(import) => return import,
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

    // Header.
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Import::fatal(0, format!("cannot read the header: {e}")),
        None => return Import::fatal(0, "the file is empty"),
    };
    let mut lines = LineCounter {
        text: text.as_bytes(),
        byte: 0,
        line: 1,
    };
    let header_line = lines.line_at(header.position().map_or(0, |p| p.byte() as usize));
    let mut col_index: HashMap<&'static str, usize> = HashMap::new();
    let mut warnings = Vec::new();
    let mut unknown = Vec::new();
    for (i, raw) in header.iter().enumerate() {
        match canonical_column(raw) {
            Some(c) => {
                if col_index.insert(c, i).is_some() {
                    return Import::fatal(
                        header_line,
                        format!("column \"{c}\" appears twice in the header"),
                    );
                }
            }
            None if raw.trim().is_empty() => {}
            None => unknown.push(raw.trim().chars().take(40).collect::<String>()),
        }
    }
    if col_index.is_empty() {
        return Import::fatal(
            header_line,
            format!(
                "the first line is not a roster header: expected columns such as {} (see the roster example)",
                REQUIRED_COLUMNS.join(", ")
            ),
        );
    }
    let missing: Vec<&str> = REQUIRED_COLUMNS
        .into_iter()
        .filter(|c| !col_index.contains_key(c))
        .collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        return Import::fatal(
            header_line,
            format!("missing required column{s}: {}", missing.join(", ")),
        );
    }
    for u in &unknown {
        warnings.push(format!("unknown column \"{u}\" ignored"));
    }
    let defaults: Vec<String> = DEFAULTED_COLUMNS
        .iter()
        .filter(|(c, _)| !col_index.contains_key(c))
        .map(|(c, d)| format!("{c} = {d}"))
        .collect();
    if !defaults.is_empty() {
        warnings.push(format!(
            "columns not in the file, every mentor gets the default: {}",
            defaults.join(", ")
        ));
    }
    let width = header.len();

    let mut out = Collector::new(Place::Line);
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
        if out.import.rows > MAX_ROWS {
            return too_many_rows();
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
        let cell = |col: &'static str| match col_index.get(col).and_then(|&i| record.get(i)) {
            Some(t) => Cell::Text(Cow::Borrowed(t)),
            None => EMPTY,
        };
        let built = build_mentor(out.import.rows, &cell);
        out.row(line, built);
    }
    let mut import = out.import;
    warnings.append(&mut import.warnings);
    import.warnings = encoding_warning.into_iter().chain(warnings).collect();
    import
}

/// A JSON number as the text a CSV cell would hold: `12`, `-1`, `12.5`, and `2.0` as `2` (which
/// `Number`'s own `Display` writes as `2.0`, so a whole-number field rejected it).
fn number_text(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        i.to_string()
    } else if let Some(u) = n.as_u64() {
        u.to_string()
    } else {
        // Always a float here: serde_json is built without `arbitrary_precision`.
        format!("{}", n.as_f64().unwrap_or_default())
    }
}

/// Turns one JSON value into a cell.
fn json_cell<'v>(col: &'static str, v: &'v serde_json::Value) -> Cell<'v> {
    use serde_json::Value;
    match v {
        Value::Null => EMPTY,
        Value::String(s) => Cell::Text(Cow::Borrowed(s)),
        Value::Number(n) => Cell::Text(Cow::Owned(number_text(n))),
        Value::Bool(b) => Cell::Bad(format!("{col} should be text or a number, not {b}")),
        Value::Object(_) => Cell::Bad(format!("{col} should be text, not an object")),
        Value::Array(items) => {
            if items.iter().all(Value::is_string) {
                Cell::Items(
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .map(Cow::Borrowed)
                        .collect(),
                )
            } else if col == "availability" && items.iter().all(Value::is_object) {
                let mut ws = Vec::with_capacity(items.len());
                for (k, item) in items.iter().enumerate() {
                    match serde_json::from_value::<Window>(item.clone()) {
                        Ok(w) => ws.push(w),
                        Err(e) => {
                            return Cell::Bad(format!(
                                "availability entry {} is not {{\"day\", \"start_min\", \"end_min\"}}: {e}",
                                k + 1
                            ));
                        }
                    }
                }
                Cell::Windows(ws)
            } else {
                Cell::Bad(format!("{col} should be a list of text"))
            }
        }
    }
}

/// Imports a JSON roster: an array of mentor objects, or `{"mentors": [...]}`. Never panics.
pub fn import_json(text: &str) -> Import {
    json_of(text, text.len())
}

fn json_of(text: &str, file_len: usize) -> Import {
    let (text, encoding_warning) = match precheck(text, file_len) {
        Ok(t) => t,
        Err(import) => return import,
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Import::fatal(0, format!("not valid JSON: {e}")),
    };
    let items = match &value {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Object(o) => match o.get("mentors") {
            Some(serde_json::Value::Array(items)) => items,
            _ => {
                return Import::fatal(
                    0,
                    "expected an array of mentors or an object with a \"mentors\" array",
                );
            }
        },
        _ => {
            return Import::fatal(
                0,
                "expected an array of mentors or an object with a \"mentors\" array",
            );
        }
    };
    if items.len() > MAX_ROWS {
        return too_many_rows();
    }
    let mut out = Collector::new(Place::Item);
    let mut unknown: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let n = i + 1;
        out.import.rows += 1;
        let Some(obj) = item.as_object() else {
            out.problem(n, "", "expected a mentor object".into());
            continue;
        };
        let mut fields: HashMap<&'static str, &serde_json::Value> = HashMap::new();
        for (k, v) in obj {
            match canonical_column(k) {
                Some(c) => {
                    fields.insert(c, v);
                }
                None => {
                    if !unknown.iter().any(|u| u == k) && unknown.len() < 50 {
                        unknown.push(k.chars().take(40).collect());
                    }
                }
            }
        }
        let cell = |col: &'static str| match fields.get(col) {
            Some(v) => json_cell(col, v),
            None => EMPTY,
        };
        let built = build_mentor(n, &cell);
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

/// Imports by file extension (`.csv`, `.tsv`, `.txt`, `.json`), or by content when the
/// extension says nothing: text starting with `[` or `{` is JSON, anything else CSV.
pub fn detect_and_import(file_name: &str, text: &str) -> Import {
    detect(file_name, text, text.len())
}

/// Imports a file as the browser hands it over: its bytes, decoded as UTF-8, UTF-16 (with a
/// byte-order mark) or Windows-1252/Latin-1 (see [`roster_text`](crate::core::mentors::roster_text)),
/// then as [`detect_and_import`]. The first warning says which encoding was assumed when the
/// file was not UTF-8; another names every line holding undecodable text.
pub fn import_bytes(file_name: &str, bytes: &[u8]) -> Import {
    if bytes.len() > MAX_BYTES {
        // Refused before decoding: the size is the file's.
        return too_big(bytes.len());
    }
    let decoded = crate::core::mentors::roster_text::decode(bytes);
    let mut import = detect(file_name, &decoded.text, bytes.len());
    if let Some(note) = decoded.note().filter(|_| !import.rejected()) {
        import.warnings.insert(0, note);
    }
    import
}

fn detect(file_name: &str, text: &str, file_len: usize) -> Import {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => json_of(text, file_len),
        "csv" | "tsv" | "txt" => csv_of(text, file_len),
        "xlsx" | "xls" | "xlsm" | "ods" | "numbers" => Import::fatal(
            0,
            "spreadsheet files can't be read directly: save the sheet as CSV (UTF-8) and import that",
        ),
        _ => {
            let start = text.trim_start_matches('\u{feff}').trim_start();
            if start.starts_with('[') || start.starts_with('{') {
                json_of(text, file_len)
            } else {
                csv_of(text, file_len)
            }
        }
    }
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
