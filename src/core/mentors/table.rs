//! The table reader both roster files share: the mentor roster ([`roster`](super::roster)) and
//! the cohort's mentee roster (`cohort::mentees`). A CSV file (header, then rows; `,`, tab or
//! `;` separated, quoted cells may span lines) or a JSON array of objects becomes cells by
//! canonical column, each row is built by the caller's function, ids are checked unique, and
//! every problem of every row is kept with its line (or item) and column. Size and row caps,
//! text sniffing (binary files, unreadable characters) and the byte decoding
//! ([`roster_text`](super::roster_text)) are the same for both files.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use crate::core::form::FieldError;
use crate::core::mentors::directory::format_minutes;
use crate::core::mentors::mentor::Window;
use crate::core::time::calendar::WEEKDAY_SHORT;

/// Largest file accepted, in bytes (5 MB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

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
    /// Canonical column name (the file's documented columns), or empty when it concerns the whole row/file.
    pub column: String,
    pub reason: String,
}

impl RowProblem {
    /// A problem of the whole file (`line` 0, or the header's line).
    pub(crate) fn file(line: usize, reason: impl Into<String>) -> RowProblem {
        RowProblem {
            place: Place::File,
            line,
            column: String::new(),
            reason: reason.into(),
        }
    }
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

/// A cell's value before parsing: text for CSV, or what a JSON value carried.
pub(crate) enum Cell<'a> {
    Text(Cow<'a, str>),
    Items(Vec<Cow<'a, str>>),
    Windows(Vec<Window>),
    Bad(String),
}

pub(crate) const EMPTY: Cell<'static> = Cell::Text(Cow::Borrowed(""));

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

pub(crate) struct RowParser<'c, 'a> {
    pub(crate) cell: &'c dyn Fn(&'static str) -> Cell<'a>,
    pub(crate) problems: Problems,
}

impl RowParser<'_, '_> {
    pub(crate) fn fail(&mut self, col: &'static str, reason: String) {
        self.problems.push(FieldError::new(col, reason));
    }

    pub(crate) fn text(&mut self, col: &'static str) -> String {
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

    pub(crate) fn list(&mut self, col: &'static str) -> Vec<String> {
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

    pub(crate) fn number(&mut self, col: &'static str, max: u32, default: u32) -> u32 {
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

    pub(crate) fn one<T: Copy>(
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

    pub(crate) fn many<T: Copy + PartialEq>(
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

    pub(crate) fn availability(&mut self) -> Vec<Window> {
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

/// Refuses files that are too big (`file_len`: the file's size in bytes, before decoding) or
/// clearly not text. On success returns the text without a BOM, and a warning naming the lines
/// that hold unreadable characters (U+FFFD), if any.
pub(crate) fn precheck(text: &str, file_len: usize) -> Result<(&str, Option<String>), RowProblem> {
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
        return Err(RowProblem::file(
            0,
            "this looks like a binary file (a spreadsheet or archive?), not text: save the roster as CSV (UTF-8) or JSON",
        ));
    }
    if text.trim().is_empty() {
        return Err(RowProblem::file(0, "the file is empty"));
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

pub(crate) fn too_big(file_len: usize) -> RowProblem {
    RowProblem::file(
        0,
        format!(
            "the file is {:.1} MB; the limit is 5 MB (split the roster into smaller files)",
            file_len as f64 / (1024.0 * 1024.0)
        ),
    )
}

fn too_many_rows(max_rows: usize) -> RowProblem {
    RowProblem::file(
        0,
        format!("the file has more than {max_rows} rows; split it into smaller files"),
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

/// A JSON number as the text a CSV cell would hold: `12`, `-1`, `12.5`, and `2.0` as `2` (which
/// `Number`'s own `Display` writes as `2.0`, so a whole-number field rejected it).
pub(crate) fn number_text(n: &serde_json::Number) -> String {
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
pub(crate) fn json_cell<'v>(col: &'static str, v: &'v serde_json::Value) -> Cell<'v> {
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

/// Builds one item from a row: (1-based data row, line or item number, the row's cells).
pub(crate) type BuildRow<T> =
    for<'a> fn(usize, usize, &dyn Fn(&'static str) -> Cell<'a>) -> Result<T, Problems>;

/// What a roster file is: its columns, caps and how one row becomes an item.
pub(crate) struct Spec<T> {
    /// One item, for messages: "mentor", "mentee".
    pub noun: &'static str,
    /// The JSON object key holding the array: "mentors", "mentees".
    pub json_key: &'static str,
    /// Maps a header cell or JSON key to a canonical column name.
    pub canonical: fn(&str) -> Option<&'static str>,
    /// Columns a CSV header must name.
    pub required: &'static [&'static str],
    /// Most data rows (CSV) or items (JSON).
    pub max_rows: usize,
    /// JSON `true`/`false` read as the text `yes`/`no` (else refused as not text).
    pub bools_as_text: bool,
    /// Builds one item from a row: (1-based data row, line or item number, the row's cells);
    /// every problem of the row, in column order, when it cannot.
    pub build: BuildRow<T>,
    /// The item's id, checked unique within the file.
    pub id: fn(&T) -> &str,
}

/// What reading a file gave: the valid items, every problem, warnings that stopped nothing.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Table<T> {
    pub items: Vec<T>,
    pub problems: Vec<RowProblem>,
    pub warnings: Vec<String>,
    /// Data rows (CSV, blank lines not counted) or items (JSON) read.
    pub rows: usize,
    /// The canonical columns the CSV header named (empty for JSON).
    pub columns: Vec<&'static str>,
}

impl<T> Table<T> {
    fn fatal(p: RowProblem) -> Table<T> {
        Table {
            items: Vec::new(),
            problems: vec![p],
            warnings: Vec::new(),
            rows: 0,
            columns: Vec::new(),
        }
    }

    /// True when the file as a whole was refused.
    pub fn rejected(&self) -> bool {
        rejected(&self.problems)
    }
}

/// Accumulates rows, checking ids are unique.
struct Collector<'s, T> {
    spec: &'s Spec<T>,
    table: Table<T>,
    place: Place,
    ids: HashMap<String, usize>,
}

impl<'s, T> Collector<'s, T> {
    fn new(spec: &'s Spec<T>, place: Place) -> Self {
        Collector {
            spec,
            table: Table {
                items: Vec::new(),
                problems: Vec::new(),
                warnings: Vec::new(),
                rows: 0,
                columns: Vec::new(),
            },
            place,
            ids: HashMap::new(),
        }
    }

    fn problem(&mut self, line: usize, column: &str, reason: String) {
        self.table.problems.push(RowProblem {
            place: self.place,
            line,
            column: column.to_string(),
            reason,
        });
    }

    fn row(&mut self, line: usize, built: Result<T, Problems>) {
        match built {
            Ok(item) => {
                let id = (self.spec.id)(&item);
                if let Some(first) = self.ids.get(id) {
                    let unit = if self.place == Place::Item {
                        "item"
                    } else {
                        "line"
                    };
                    let reason = format!("duplicate id \"{id}\" (first used on {unit} {first})");
                    self.problem(line, "id", reason);
                } else {
                    self.ids.insert(id.to_string(), line);
                    self.table.items.push(item);
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

/// Reads CSV text (`file_len`: the file's size in bytes, before decoding). Never panics.
pub(crate) fn read_csv<T>(spec: &Spec<T>, text: &str, file_len: usize) -> Table<T> {
    let (text, encoding_warning) = match precheck(text, file_len) {
        Ok(t) => t,
        Err(p) => return Table::fatal(p),
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
        Some(Err(e)) => {
            return Table::fatal(RowProblem::file(0, format!("cannot read the header: {e}")));
        }
        None => return Table::fatal(RowProblem::file(0, "the file is empty")),
    };
    let mut lines = LineCounter {
        text: text.as_bytes(),
        byte: 0,
        line: 1,
    };
    let header_line = lines.line_at(header.position().map_or(0, |p| p.byte() as usize));
    let mut col_index: HashMap<&'static str, usize> = HashMap::new();
    let mut columns = Vec::new();
    let mut unknown = Vec::new();
    for (i, raw) in header.iter().enumerate() {
        match (spec.canonical)(raw) {
            Some(c) => {
                if col_index.insert(c, i).is_some() {
                    return Table::fatal(RowProblem::file(
                        header_line,
                        format!("column \"{c}\" appears twice in the header"),
                    ));
                }
                columns.push(c);
            }
            None if raw.trim().is_empty() => {}
            None => unknown.push(raw.trim().chars().take(40).collect::<String>()),
        }
    }
    if col_index.is_empty() {
        return Table::fatal(RowProblem::file(
            header_line,
            format!(
                "the first line is not a roster header: expected {} columns such as {} (see the roster example)",
                spec.noun,
                spec.required.join(", ")
            ),
        ));
    }
    let missing: Vec<&str> = spec
        .required
        .iter()
        .copied()
        .filter(|c| !col_index.contains_key(c))
        .collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        return Table::fatal(RowProblem::file(
            header_line,
            format!("missing required column{s}: {}", missing.join(", ")),
        ));
    }
    let width = header.len();
    let mut out = Collector::new(spec, Place::Line);
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
        out.table.rows += 1;
        if out.table.rows > spec.max_rows {
            return Table::fatal(too_many_rows(spec.max_rows));
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
        let built = (spec.build)(out.table.rows, line, &cell);
        out.row(line, built);
    }
    let mut table = out.table;
    table.columns = columns;
    table.warnings = encoding_warning
        .into_iter()
        .chain(
            unknown
                .into_iter()
                .map(|u| format!("unknown column \"{u}\" ignored")),
        )
        .collect();
    table
}

/// Reads JSON text: an array of objects, or `{"<json_key>": [...]}`. Never panics.
pub(crate) fn read_json<T>(spec: &Spec<T>, text: &str, file_len: usize) -> Table<T> {
    let (text, encoding_warning) = match precheck(text, file_len) {
        Ok(t) => t,
        Err(p) => return Table::fatal(p),
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Table::fatal(RowProblem::file(0, format!("not valid JSON: {e}"))),
    };
    let shape = || {
        Table::fatal(RowProblem::file(
            0,
            format!(
                "expected an array of {} or an object with a \"{}\" array",
                spec.json_key, spec.json_key
            ),
        ))
    };
    let items = match &value {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Object(o) => match o.get(spec.json_key) {
            Some(serde_json::Value::Array(items)) => items,
            _ => return shape(),
        },
        _ => return shape(),
    };
    if items.len() > spec.max_rows {
        return Table::fatal(too_many_rows(spec.max_rows));
    }
    let mut out = Collector::new(spec, Place::Item);
    let mut unknown: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let n = i + 1;
        out.table.rows += 1;
        let Some(obj) = item.as_object() else {
            out.problem(n, "", format!("expected a {} object", spec.noun));
            continue;
        };
        let mut fields: HashMap<&'static str, &serde_json::Value> = HashMap::new();
        for (k, v) in obj {
            match (spec.canonical)(k) {
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
            Some(serde_json::Value::Bool(b)) if spec.bools_as_text => {
                Cell::Text(Cow::Borrowed(if *b { "yes" } else { "no" }))
            }
            Some(v) => json_cell(col, v),
            None => EMPTY,
        };
        let built = (spec.build)(n, n, &cell);
        out.row(n, built);
    }
    let mut table = out.table;
    table.warnings = encoding_warning
        .into_iter()
        .chain(
            unknown
                .into_iter()
                .map(|u| format!("unknown field \"{u}\" ignored")),
        )
        .collect();
    table
}

/// Reads text by file extension (`.csv`, `.tsv`, `.txt`, `.json`), or by content when the
/// extension says nothing: text starting with `[` or `{` is JSON, anything else CSV.
/// Spreadsheet files are refused with what to do instead.
pub(crate) fn read_text<T>(
    spec: &Spec<T>,
    file_name: &str,
    text: &str,
    file_len: usize,
) -> Table<T> {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => read_json(spec, text, file_len),
        "csv" | "tsv" | "txt" => read_csv(spec, text, file_len),
        "xlsx" | "xls" | "xlsm" | "ods" | "numbers" => Table::fatal(RowProblem::file(
            0,
            "spreadsheet files can't be read directly: save the sheet as CSV (UTF-8) and import that",
        )),
        _ => {
            let start = text.trim_start_matches('\u{feff}').trim_start();
            if start.starts_with('[') || start.starts_with('{') {
                read_json(spec, text, file_len)
            } else {
                read_csv(spec, text, file_len)
            }
        }
    }
}

/// Reads a file as the browser hands it over: its bytes, decoded as UTF-8, UTF-16 (with a
/// byte-order mark) or Windows-1252/Latin-1 (see [`roster_text`](super::roster_text)), then as
/// [`read_text`]. The first warning says which encoding was assumed when the file was not UTF-8.
pub(crate) fn read_bytes<T>(spec: &Spec<T>, file_name: &str, bytes: &[u8]) -> Table<T> {
    if bytes.len() > MAX_BYTES {
        // Refused before decoding: the size is the file's.
        return Table::fatal(too_big(bytes.len()));
    }
    let decoded = super::roster_text::decode(bytes);
    let mut table = read_text(spec, file_name, &decoded.text, bytes.len());
    if let Some(note) = decoded.note().filter(|_| !table.rejected()) {
        table.warnings.insert(0, note);
    }
    table
}

/// The distinct lines (CSV) or items (JSON) that have problems, ascending.
pub(crate) fn bad_rows(problems: &[RowProblem]) -> Vec<usize> {
    let mut v: Vec<usize> = problems
        .iter()
        .filter(|p| p.place != Place::File)
        .map(|p| p.line)
        .collect();
    crate::core::sorting::sort(&mut v);
    v.dedup();
    v
}

/// One line for the UI, e.g. "Imported 7 of 10 mentors; 3 rows have problems."
pub(crate) fn summary(
    problems: &[RowProblem],
    imported: usize,
    rows: usize,
    plural: &str,
) -> String {
    if rejected(problems) {
        return "Nothing imported: the file was refused.".into();
    }
    let bad = bad_rows(problems).len();
    let have = if bad == 1 { "row has" } else { "rows have" };
    match bad {
        0 => format!("Imported {imported} of {rows} {plural}."),
        _ => format!("Imported {imported} of {rows} {plural}; {bad} {have} problems."),
    }
}

/// True when a problem refuses the whole file.
pub(crate) fn rejected(problems: &[RowProblem]) -> bool {
    problems.iter().any(|p| p.place == Place::File)
}

/// Matches a header cell or JSON key to one of `columns`, else through `alias`:
/// case-insensitive, spaces and hyphens count as underscores, a byte-order mark is ignored.
pub(crate) fn match_column(
    raw: &str,
    columns: &[&'static str],
    alias: fn(&str) -> Option<&'static str>,
) -> Option<&'static str> {
    let norm: String = raw
        .trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    columns
        .iter()
        .find(|c| **c == norm)
        .copied()
        .or_else(|| alias(&norm))
}

/// A column's position in the documented header, for listing a row's problems in order.
pub(crate) fn column_rank(columns: &[&str], col: &str) -> usize {
    columns
        .iter()
        .position(|c| *c == col)
        .unwrap_or(columns.len())
}
