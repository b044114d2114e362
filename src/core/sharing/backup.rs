//! Backups you can trust: export everything to a JSON file, and import one with a preview of
//! what it holds and what it would change before anything is touched.
//!
//! # File format
//!
//! The store envelope ([`crate::core::store`]) with a `kind` marker first, pretty-printed so
//! line and column numbers in error messages point somewhere a person can look:
//!
//! ```json
//! { "kind": "trellis-backup", "version": 2, "saved_at": "…", "data": { "goals": [ … ] },
//!   "cohort": { "version": 1, "cohort": { … } } }
//! ```
//!
//! Versions shipped (a fixture each in `tests/fixtures/`, read by the tests):
//!
//! * **1** (`backup_v1.json`): the store envelope with `kind`.
//! * **2** (`backup_v2.json`): version 1 plus an optional `cohort`, the coordinator's cohort
//!   exactly as stored (`cohort::stored`, its own versioned envelope: both rosters, mentor
//!   preferences, locks, avoids, mode and last result). Migration: a version-1 file is a
//!   version-2 file without a cohort.
//!
//! [`crate::core::store::decode`] reads a backup file as it is (it ignores `kind`), and
//! [`parse`] also accepts a bare store envelope (no `kind`), e.g. a copy of the browser's
//! saved value, as the Data page's storage notice downloads it (store versions 1 and 2). A
//! file with another `kind` is refused.
//!
//! # Import
//!
//! [`parse`] → [`preview`] (shown to the user) → [`apply`] with the mode the user chose.
//! [`Mode::Merge`] never loses local data: local goals stay, new goals are added, and a goal
//! whose id exists locally with different content is added as a second goal with a new id.
//! [`Mode::Replace`] makes the device hold exactly the backup; the preview says how many local
//! goals that drops ([`Preview::lost_on_replace`]) so the UI can ask first.
//!
//! The cohort is one unit, not merged row by row ([`cohort_outcome`]): [`Mode::Merge`] brings
//! the backup's cohort in only when this device has none (a cohort here is kept as it is, and
//! the message says so); [`Mode::Replace`] makes the device hold the backup's cohort, or none
//! when the backup has none.

use serde::Serialize;

use crate::core::cohort::stored::{self, Cohort};
use crate::core::store::bounds::{self, MAX_GOALS};
use crate::core::store::{AppState, Envelope, GoalEntry, MAX_STORED_UNITS};

/// The `kind` of a Trellis backup file.
pub const KIND: &str = "trellis-backup";
/// The backup file's format version (see the module docs; a backup holds everything, roster
/// and cohort included, in one file).
pub const FORMAT: u32 = 2;
/// Largest file [`parse`] reads, in bytes: what the browser's storage can hold
/// ([`MAX_STORED_UNITS`] UTF-16 units) takes at most 3 bytes a unit in UTF-8, so any value
/// downloaded from storage can be imported again.
pub const MAX_BACKUP_BYTES: usize = 3 * MAX_STORED_UNITS;

#[derive(Serialize)]
struct BackupFile<'a> {
    kind: &'static str,
    version: u32,
    saved_at: &'a str,
    data: &'a AppState,
    #[serde(skip_serializing_if = "Option::is_none")]
    cohort: Option<serde_json::Value>,
}

/// The backup file for the whole state (no cohort). `saved_at` is an ISO-8601 instant from
/// the caller.
pub fn export(state: &AppState, saved_at: &str) -> String {
    export_all(state, None, saved_at)
}

/// The backup file for the whole state and the coordinator's cohort (left out when empty).
pub fn export_all(state: &AppState, cohort: Option<&Cohort>, saved_at: &str) -> String {
    let file = BackupFile {
        kind: KIND,
        version: FORMAT,
        saved_at,
        data: state,
        cohort: cohort.filter(|c| !c.is_empty()).map(stored::to_value),
    };
    let mut out = serde_json::to_string_pretty(&file).expect("AppState always serialises");
    out.push('\n');
    out
}

/// A suggested file name, e.g. `trellis-backup-2027-01-31.json` (`date` is `YYYY-MM-DD`).
pub fn file_name(date: &str) -> String {
    format!("{KIND}-{date}.json")
}

/// A parsed backup.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub version: u32,
    pub saved_at: String,
    pub state: AppState,
    /// The coordinator's cohort (format 2 and later; `None` when the file has none).
    pub cohort: Option<Cohort>,
}

/// Why a file could not be imported. [`std::fmt::Display`] gives the sentence to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    Empty,
    /// The file's size in bytes.
    TooLarge(usize),
    /// Does not even start like JSON (a CSV, an image, a text file…).
    NotJson,
    /// JSON with a syntax error.
    Malformed {
        line: usize,
        column: usize,
        reason: String,
    },
    /// Valid JSON, but not an object with a version (e.g. a mentor roster).
    NotBackup,
    /// A JSON file with another `kind` marker.
    WrongKind(String),
    /// A backup with no usable version number.
    NoVersion,
    FutureVersion(u64),
    /// A version number no Trellis ever wrote (0).
    UnknownVersion(u64),
    /// Well-formed JSON whose content does not have the backup's shape.
    BadData {
        line: usize,
        column: usize,
        reason: String,
    },
    /// Two goals share an id.
    DuplicateId(String),
    /// Dates, numbers or lists outside what Trellis works with ([`bounds::check_state`]):
    /// the sentence naming them.
    OutOfRange(String),
    /// Merging would leave more than [`MAX_GOALS`] goals (how many it would be).
    TooManyGoals(usize),
    /// The cohort in the backup does not read (why, in words).
    BadCohort(String),
}

impl std::fmt::Display for BackupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BackupError::Empty => write!(f, "The file is empty."),
            BackupError::TooLarge(n) => write!(
                f,
                "The file is {n} bytes; a Trellis backup is at most {MAX_BACKUP_BYTES} bytes (15 MB)."
            ),
            BackupError::NotJson => {
                write!(f, "This file is not a Trellis backup: it is not JSON.")
            }
            BackupError::Malformed {
                line,
                column,
                reason,
            } => write!(
                f,
                "The backup is damaged at line {line}, column {column}: {reason}."
            ),
            BackupError::NotBackup => {
                write!(f, "This file is JSON but not a Trellis backup.")
            }
            BackupError::WrongKind(kind) => {
                write!(f, "This file is a “{kind}” file, not a Trellis backup.")
            }
            BackupError::NoVersion => write!(
                f,
                "This backup has no version number, so Trellis cannot tell how to read it."
            ),
            BackupError::FutureVersion(v) => write!(
                f,
                "This backup was made by a newer Trellis (format {v}; this one reads up to {FORMAT}). Update Trellis to import it."
            ),
            BackupError::BadData {
                line,
                column,
                reason,
            } => write!(
                f,
                "The backup has something unexpected at line {line}, column {column}: {reason}."
            ),
            BackupError::DuplicateId(id) => {
                write!(f, "The backup lists two goals with the id “{id}”.")
            }
            BackupError::UnknownVersion(v) => write!(
                f,
                "This backup says it is format {v}, which no Trellis ever wrote (this one reads format {FORMAT})."
            ),
            BackupError::OutOfRange(e) => {
                write!(f, "This backup holds values Trellis cannot use: {e}.")
            }
            BackupError::BadCohort(why) => write!(
                f,
                "The backup's cohort cannot be read: {why}. Nothing was changed."
            ),
            BackupError::TooManyGoals(n) => write!(
                f,
                "Merging would give {n} goals; Trellis keeps at most {MAX_GOALS}. Replace your data with the backup instead, or delete goals you no longer need first."
            ),
        }
    }
}

impl std::error::Error for BackupError {}

/// serde_json's message without its " at line L column C" tail (we report those ourselves).
fn reason(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    msg.strip_suffix(&tail).unwrap_or(&msg).to_string()
}

/// Reads a backup file from its bytes (as a file input gives them): not UTF-8 means not JSON.
pub fn parse_bytes(raw: &[u8]) -> Result<Backup, BackupError> {
    text_of(raw).and_then(parse)
}

/// A file's bytes as text, as [`parse_bytes`] reads them (then [`parse`] or [`Sliced`]).
pub fn text_of(raw: &[u8]) -> Result<&str, BackupError> {
    if raw.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge(raw.len()));
    }
    std::str::from_utf8(raw).map_err(|_| BackupError::NotJson)
}

/// The fields [`parse`] looks at before reading a file as a backup. A field that is present
/// (even `null`) is `Some`.
#[derive(serde::Deserialize)]
struct Head {
    #[serde(default, deserialize_with = "present")]
    kind: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    version: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    data: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    cohort: Option<serde_json::Value>,
}

fn present<'de, D: serde::Deserializer<'de>, T: serde::Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// Reads a backup file (its text). Never panics.
pub fn parse(raw: &str) -> Result<Backup, BackupError> {
    if raw.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge(raw.len()));
    }
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    match raw.trim_start().chars().next() {
        None => return Err(BackupError::Empty),
        Some('{' | '[') => {}
        // A bare JSON value (number, string, true/false/null) or something else entirely.
        Some(_) => {
            return Err(match serde_json::from_str::<serde::de::IgnoredAny>(raw) {
                Ok(_) => BackupError::NotBackup,
                Err(_) => BackupError::NotJson,
            });
        }
    }
    let malformed = |e: serde_json::Error| BackupError::Malformed {
        line: e.line(),
        column: e.column(),
        reason: reason(&e),
    };
    if raw.trim_start().starts_with('[') {
        // Valid or not, an array is no backup; a broken one gets its line and column.
        serde_json::from_str::<serde::de::IgnoredAny>(raw).map_err(malformed)?;
        return Err(BackupError::NotBackup);
    }
    // Only the head is read here (`data` is skipped, not built): the whole file is parsed
    // once more below into its real types, so a 5 MB backup is never held as a JSON tree.
    let head: Head = serde_json::from_str(raw).map_err(malformed)?;
    match &head.kind {
        None => {
            // A bare store envelope is fine; any other object is not a backup.
            if head.version.is_none() || head.data.is_none() {
                return Err(BackupError::NotBackup);
            }
        }
        Some(serde_json::Value::String(k)) if k == KIND => {}
        Some(serde_json::Value::String(k)) => {
            return Err(BackupError::WrongKind(k.chars().take(60).collect()));
        }
        Some(_) => return Err(BackupError::NotBackup),
    }
    let version = head
        .version
        .as_ref()
        .and_then(|v| v.as_u64())
        .ok_or(BackupError::NoVersion)?;
    match version {
        // Backup format 1 and 2, or a store envelope of version 1 or 2 as downloaded from
        // storage (a store envelope's roster and cohort live elsewhere).
        1 | 2 => {}
        0 => return Err(BackupError::UnknownVersion(0)),
        v => return Err(BackupError::FutureVersion(v)),
    }
    // Parse again from the text so shape errors carry a line and column.
    let env: Envelope = serde_json::from_str(raw).map_err(|e| BackupError::BadData {
        line: e.line(),
        column: e.column(),
        reason: reason(&e),
    })?;
    let mut seen: Vec<&str> = Vec::new();
    for g in &env.data.goals {
        if seen.contains(&g.id.as_str()) {
            return Err(BackupError::DuplicateId(g.id.clone()));
        }
        seen.push(&g.id);
    }
    let problems = bounds::check_state(&env.data);
    if !problems.is_empty() {
        return Err(BackupError::OutOfRange(bounds::summary(&problems)));
    }
    // Format 1 (and a store envelope) has no cohort: read as none.
    let cohort = match head.cohort {
        Some(v) if head.kind.is_some() && version >= 2 && !v.is_null() => {
            Some(stored::from_value(v).map_err(BackupError::BadCohort)?)
        }
        _ => None,
    };
    Ok(Backup {
        version: env.version,
        saved_at: env.saved_at,
        state: env.data,
        cohort,
    })
}

/// How to bring a backup in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Keep every local goal, add the backup's.
    Merge,
    /// Make this device hold exactly the backup.
    Replace,
}

/// A goal named in a preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalRef {
    pub id: String,
    /// The goal statement (may be empty for a goal not written yet).
    pub statement: String,
}

fn goal_ref(g: &GoalEntry) -> GoalRef {
    GoalRef {
        id: g.id.clone(),
        statement: g.draft.statement.trim().to_string(),
    }
}

/// What a backup holds and what importing it would change.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Preview {
    /// Goals in the backup.
    pub goals: usize,
    /// Sessions in the backup, over all goals.
    pub sessions: usize,
    /// Goals with a chosen mentor in the backup.
    pub with_mentor: usize,
    /// In the backup, not on this device: merge adds them.
    pub added: Vec<GoalRef>,
    /// Same id on both sides with different content: merge keeps both (the backup's copy gets
    /// a new id); replace keeps only the backup's.
    pub changed: Vec<GoalRef>,
    /// Already on this device as they are in the backup (by id, or an identical copy).
    pub unchanged: Vec<GoalRef>,
    /// Only on this device: merge keeps them; replace removes them.
    pub only_local: Vec<GoalRef>,
    /// Goals on this device after a merge (local + added + changed).
    pub merged_goals: usize,
}

impl Preview {
    /// How many local goals [`Mode::Replace`] would drop or overwrite (changed + only local).
    pub fn lost_on_replace(&self) -> usize {
        self.changed.len() + self.only_local.len()
    }

    /// Whether merging would change nothing.
    pub fn merge_is_noop(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty()
    }

    /// Why merging is refused: it would leave more than [`MAX_GOALS`] goals.
    pub fn merge_error(&self) -> Option<BackupError> {
        (self.merged_goals > MAX_GOALS).then_some(BackupError::TooManyGoals(self.merged_goals))
    }
}

/// Same content, ids aside. Field by field, without copying either goal: a preview compares
/// every backup goal with every local one. The pattern names every field, so a new field
/// cannot be forgotten here.
fn same_content(a: &GoalEntry, b: &GoalEntry) -> bool {
    let GoalEntry {
        id: _,
        draft,
        step,
        shortlist,
        mentor,
        mentorship,
        origin,
        agreement_draft,
        schedule_draft,
        micro_draft,
    } = a;
    *draft == b.draft
        && *step == b.step
        && *shortlist == b.shortlist
        && *mentor == b.mentor
        && *mentorship == b.mentorship
        && *origin == b.origin
        && *agreement_draft == b.agreement_draft
        && *schedule_draft == b.schedule_draft
        && *micro_draft == b.micro_draft
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Added,
    Changed,
    Unchanged,
}

fn classify(current: &AppState, g: &GoalEntry) -> Class {
    match current.goals.iter().find(|c| c.id == g.id) {
        Some(c) if c == g => Class::Unchanged,
        _ if current.goals.iter().any(|c| same_content(c, g)) => Class::Unchanged,
        Some(_) => Class::Changed,
        None => Class::Added,
    }
}

/// What importing `imported` into `current` would do, for the user to see before choosing.
pub fn preview(current: &AppState, imported: &AppState) -> Preview {
    let mut p = Preview {
        goals: imported.goals.len(),
        sessions: imported
            .goals
            .iter()
            .filter_map(|g| g.mentorship.as_ref())
            .map(|m| m.sessions.len())
            .sum(),
        with_mentor: imported.goals.iter().filter(|g| g.mentor.is_some()).count(),
        ..Preview::default()
    };
    // Classify against the state as merge builds it, so the preview matches `apply` exactly.
    let mut work = current.clone();
    for g in &imported.goals {
        let class = classify(&work, g);
        match class {
            Class::Added => work.goals.push(g.clone()),
            Class::Changed => work.goals.push(GoalEntry {
                id: "\u{0}renamed".into(), // stands for the new id apply gives it
                ..g.clone()
            }),
            Class::Unchanged => {}
        }
        let list = match class {
            Class::Added => &mut p.added,
            Class::Changed => &mut p.changed,
            Class::Unchanged => &mut p.unchanged,
        };
        list.push(goal_ref(g));
    }
    p.only_local = current
        .goals
        .iter()
        .filter(|c| !imported.goals.iter().any(|g| g.id == c.id))
        .map(goal_ref)
        .collect();
    p.merged_goals = current.goals.len() + p.added.len() + p.changed.len();
    p
}

/// The state after importing. Merge never loses local data (see the module docs).
pub fn apply(current: &AppState, imported: &AppState, mode: Mode) -> AppState {
    match mode {
        Mode::Replace => imported.clone(),
        Mode::Merge => {
            let mut out = current.clone();
            let mut renamed: Vec<(String, String)> = Vec::new();
            for g in &imported.goals {
                match classify(&out, g) {
                    Class::Unchanged => {}
                    Class::Added => out.goals.push(g.clone()),
                    Class::Changed => {
                        let taken = |id: &str| {
                            out.goals.iter().any(|x| x.id == id)
                                || imported.goals.iter().any(|x| x.id == id)
                        };
                        let id = (1..)
                            .map(|n| format!("g{n}"))
                            .find(|id| !taken(id))
                            .expect("unbounded");
                        renamed.push((g.id.clone(), id.clone()));
                        let mut copy = g.clone();
                        copy.id = id;
                        out.goals.push(copy);
                    }
                }
            }
            // The mentee's own profile and roster stay; the backup's fill only what is empty.
            if out.needs == Default::default() {
                out.needs = imported.needs.clone();
            }
            if out.roster.is_none() {
                out.roster = imported.roster.clone();
                out.use_roster = imported.use_roster;
            }
            // A mentor's copies of mentees' plans: the backup's are added where this device has
            // none of the same plan (same origin); this device's copies and notes stay.
            for c in &imported.mentoring {
                if !out.mentoring.iter().any(|m| m.origin == c.origin) {
                    let mut copy = c.clone();
                    if out.mentoring.iter().any(|m| m.id == copy.id) {
                        copy.id = (1..)
                            .map(|n| format!("mc{n}"))
                            .find(|id| !out.mentoring.iter().any(|m| &m.id == id))
                            .expect("unbounded");
                    }
                    out.mentoring.push(copy);
                }
            }
            if out.active().is_none() {
                out.active_goal = imported.active_goal.as_ref().map(|a| {
                    renamed
                        .iter()
                        .find(|(old, _)| old == a)
                        .map(|(_, new)| new.clone())
                        .unwrap_or_else(|| a.clone())
                });
                if out.active().is_none() {
                    out.active_goal = None;
                }
            }
            out
        }
    }
}

/// What importing does to the cohort: the cohort to write (`None`: leave storage as it is; an
/// empty cohort removes it) and the sentence saying so (empty when nothing concerns it).
#[derive(Clone, Debug, PartialEq)]
pub struct CohortOutcome {
    pub write: Option<Cohort>,
    pub message: String,
}

/// What `mode` does with this device's cohort (`local`, empty when none) and the backup's (see
/// the module docs).
pub fn cohort_outcome(local: &Cohort, imported: Option<&Cohort>, mode: Mode) -> CohortOutcome {
    let imported = imported.filter(|c| !c.is_empty());
    let (write, message) = match (imported, local.is_empty(), mode) {
        (None, true, _) => (None, String::new()),
        (None, false, Mode::Merge) => (
            None,
            "The backup holds no cohort; yours stays as it is.".into(),
        ),
        (None, false, Mode::Replace) => (
            Some(Cohort::default()),
            format!(
                "Your cohort ({}) is removed: the backup holds none.",
                stored::describe(local)
            ),
        ),
        (Some(c), true, _) => (
            Some(c.clone()),
            format!(
                "The backup's cohort is brought in ({}).",
                stored::describe(c)
            ),
        ),
        (Some(c), false, _) if c == local => (
            None,
            "Your cohort is already the same as the backup's.".into(),
        ),
        (Some(c), false, Mode::Merge) => (
            None,
            format!(
                "Your cohort ({}) is kept as it is; the backup's ({}) is not merged into it. Replace to use the backup's cohort instead.",
                stored::describe(local),
                stored::describe(c)
            ),
        ),
        (Some(c), false, Mode::Replace) => (
            Some(c.clone()),
            format!(
                "Your cohort is replaced by the backup's ({}).",
                stored::describe(c)
            ),
        ),
    };
    CohortOutcome { write, message }
}

mod sliced;
pub use sliced::Sliced;

#[cfg(test)]
mod tests;
