//! The stored-state wire format: everything Trellis keeps in the browser, wrapped in a
//! versioned envelope `{version, saved_at, data}`.
//!
//! This module only turns state into text and back; `ui::storage` is the one module that
//! touches localStorage. Decoding never panics: a value that fails to decode comes back as a
//! [`DecodeError`] so the UI can tell the user and keep the raw text.

use serde::{Deserialize, Serialize};

use crate::core::goals::goal::GoalDraft;
use crate::core::mentors::mentor::Mentor;
use crate::core::mentors::needs::NeedsDraft;
use crate::core::sessions::agreement::AgreementDraft;
use crate::core::sessions::plan::Mentorship;
use crate::core::sessions::schedule_draft::ScheduleDraft;

/// The current envelope version. Bump it only with a migration in [`decode`] and a fixture
/// test for the old version.
pub const VERSION: u32 = 1;

/// The wizard step index of the goal Review (the last step).
pub const REVIEW_STEP: u8 = 4;

/// Largest stored value we will try to decode (localStorage itself holds ~5 MB per origin).
pub const MAX_STORED_BYTES: usize = 5 * 1024 * 1024;

/// One goal the mentee keeps, with where they are in the wizard.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct GoalEntry {
    /// Stable id, unique among the mentee's goals.
    pub id: String,
    pub draft: GoalDraft,
    /// The wizard step last shown (0-based).
    pub step: u8,
    /// Mentors shortlisted for this goal, in the mentee's order (at most 5).
    pub shortlist: Vec<ShortlistEntry>,
    /// The mentor chosen for this plan, copied so the plan survives a roster change.
    pub mentor: Option<Mentor>,
    /// The mentorship being planned and run with the chosen mentor.
    pub mentorship: Option<Mentorship>,
    /// For a plan saved from a share link: the link's origin id (the shared plan's `origin`),
    /// so opening the same plan again can offer to update this copy instead of adding another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// The mentoring agreement as the form holds it (kept even when it does not validate);
    /// `None` until the mentee first edits it.
    pub agreement_draft: Option<AgreementDraft>,
    /// The schedule form as typed but not yet generated; `None` once the rule holds it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_draft: Option<ScheduleDraft>,
}

/// A shortlisted mentor with the mentee's note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ShortlistEntry {
    pub mentor_id: String,
    pub note: String,
}

/// Everything the mentee keeps. New fields get `#[serde(default)]` so older envelopes of the
/// same version still decode.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AppState {
    pub goals: Vec<GoalEntry>,
    /// Id of the goal that is the active plan.
    pub active_goal: Option<String>,
    /// The mentee's profile and priorities for matching (focus skills and category come from
    /// the active goal when matching runs).
    pub needs: NeedsDraft,
    /// A program coordinator's roster, imported from CSV or JSON.
    pub roster: Option<Roster>,
    /// Rank the imported roster instead of the built-in sample directory.
    pub use_roster: bool,
}

/// An imported roster of mentors.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Roster {
    /// The file it came from.
    pub file_name: String,
    /// ISO date of the import.
    pub imported_on: String,
    pub mentors: Vec<Mentor>,
}

impl AppState {
    /// The active goal entry, if any.
    pub fn active(&self) -> Option<&GoalEntry> {
        let id = self.active_goal.as_deref()?;
        self.goals.iter().find(|g| g.id == id)
    }

    /// The active goal entry, mutable.
    pub fn active_mut(&mut self) -> Option<&mut GoalEntry> {
        let id = self.active_goal.clone()?;
        self.goals.iter_mut().find(|g| g.id == id)
    }

    /// A fresh goal id not used by any goal yet.
    pub fn next_goal_id(&self) -> String {
        (1..)
            .map(|n| format!("g{n}"))
            .find(|id| !self.goals.iter().any(|g| &g.id == id))
            .expect("unbounded range")
    }

    /// Whether the mentee has entered anything at all.
    pub fn is_empty(&self) -> bool {
        *self == AppState::default()
    }
}

/// The envelope written to storage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub version: u32,
    /// ISO-8601 instant of the save, supplied by the caller (core never reads the clock).
    pub saved_at: String,
    pub data: AppState,
}

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooLarge(usize),
    NotJson(String),
    NoVersion,
    FutureVersion(u32),
    BadData(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::TooLarge(n) => {
                write!(f, "the saved data is {n} bytes, more than Trellis can read")
            }
            DecodeError::NotJson(e) => write!(f, "the saved data is not valid JSON ({e})"),
            DecodeError::NoVersion => write!(f, "the saved data has no version tag"),
            DecodeError::FutureVersion(v) => {
                write!(
                    f,
                    "the saved data is from a newer Trellis (format {v}; this one reads up to {VERSION})"
                )
            }
            DecodeError::BadData(e) => {
                write!(f, "the saved data does not have the expected shape ({e})")
            }
        }
    }
}

/// Serialises state into the current envelope.
pub fn encode(state: &AppState, saved_at: &str) -> String {
    let env = Envelope {
        version: VERSION,
        saved_at: saved_at.to_string(),
        data: state.clone(),
    };
    serde_json::to_string(&env).expect("AppState always serialises")
}

/// Reads an envelope of any shipped version, migrating it to the current [`AppState`].
pub fn decode(raw: &str) -> Result<Envelope, DecodeError> {
    if raw.len() > MAX_STORED_BYTES {
        return Err(DecodeError::TooLarge(raw.len()));
    }
    // Three passes over the text instead of one through `serde_json::Value`, which would
    // compile a second deserializer for every stored type into the wasm bundle.
    serde_json::from_str::<serde::de::IgnoredAny>(raw)
        .map_err(|e| DecodeError::NotJson(e.to_string()))?;
    #[derive(Deserialize)]
    struct Probe {
        version: Option<serde_json::Number>,
    }
    let version = serde_json::from_str::<Probe>(raw)
        .ok()
        .and_then(|p| p.version)
        .and_then(|v| v.as_u64())
        .ok_or(DecodeError::NoVersion)?;
    match version {
        1 => serde_json::from_str::<Envelope>(raw).map_err(|e| DecodeError::BadData(e.to_string())),
        v => Err(DecodeError::FutureVersion(v.min(u32::MAX as u64) as u32)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, expected: Result<usize, &str>) {
        match (decode(raw), expected) {
            (Ok(env), Ok(goals)) => assert_eq!(env.data.goals.len(), goals, "{raw}"),
            (Err(e), Err(msg)) => assert!(e.to_string().contains(msg), "{raw}: {e}"),
            (got, want) => panic!("{raw}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn decodes_and_rejects() {
        check(r#"{"version":1,"saved_at":"x","data":{}}"#, Ok(0));
        check(
            r#"{"version":1,"saved_at":"x","data":{"goals":[{"id":"g1"}],"unknown":3}}"#,
            Ok(1),
        );
        check("", Err("not valid JSON"));
        check("{", Err("not valid JSON"));
        check("[1,2]", Err("no version"));
        check(r#"{"data":{}}"#, Err("no version"));
        check(r#"{"version":"1","data":{}}"#, Err("no version"));
        check(
            r#"{"version":99,"saved_at":"x","data":{}}"#,
            Err("newer Trellis"),
        );
        check(
            r#"{"version":1,"saved_at":"x","data":{"goals":7}}"#,
            Err("expected shape"),
        );
        check(
            &" ".repeat(MAX_STORED_BYTES + 1),
            Err("more than Trellis can read"),
        );
    }

    #[test]
    fn round_trip() {
        let mut s = AppState::default();
        s.goals.push(GoalEntry {
            id: s.next_goal_id(),
            ..Default::default()
        });
        s.goals[0].draft.statement = "Give 3 talks — «ünïcødé» 🎤".into();
        s.active_goal = Some("g1".into());
        assert_eq!(s.next_goal_id(), "g2");
        let env = decode(&encode(&s, "2026-11-22T10:00:00Z")).unwrap();
        assert_eq!(env.data, s);
        assert_eq!(env.data.active().unwrap().id, "g1");
    }

    /// Every envelope version ever shipped must keep decoding.
    #[test]
    fn fixture_v1() {
        let raw = include_str!("../../tests/fixtures/store_v1.json");
        let env = decode(raw).unwrap();
        assert_eq!(env.version, 1);
        assert_eq!(
            env.data.active().unwrap().draft.statement,
            "Give 3 talks at local meetups by June 30, 2027"
        );
    }
}
