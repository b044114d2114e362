//! The cohort as stored in this browser, under its own key (see `ui::storage`): both rosters,
//! the coordinator's locks and avoids, the mode and the last result, in a versioned envelope
//! `{"version": 1, "cohort": {...}}` capped at [`MAX_STORED_BYTES`]. Version 1 is the first
//! shipped; `tests/fixtures/cohort_v1.json` must always decode.

use serde::{Deserialize, Serialize};

use crate::core::cohort::assign::{Matching, Mode, PairRef};
use crate::core::cohort::mentees::Mentee;
use crate::core::mentors::mentor::{Mentor, MentorPrefs};

/// The envelope version written.
pub const VERSION: u32 = 1;
/// Largest stored cohort accepted (4 MB: a few thousand mentees with their needs).
pub const MAX_STORED_BYTES: usize = 4 * 1024 * 1024;

/// Everything the cohort page keeps.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cohort {
    pub mentor_file: String,
    pub mentors: Vec<Mentor>,
    /// Each mentor's preferences, same order as `mentors` (absent in cohorts stored before the
    /// roster had preference columns: read as none).
    pub mentor_prefs: Vec<MentorPrefs>,
    pub mentee_file: String,
    pub mentees: Vec<Mentee>,
    pub locks: Vec<PairRef>,
    pub avoids: Vec<PairRef>,
    pub mode: Mode,
    /// The last successful run, for these rosters.
    pub result: Option<Matching>,
}

impl Cohort {
    /// Nothing worth storing.
    pub fn is_empty(&self) -> bool {
        self.mentors.is_empty()
            && self.mentees.is_empty()
            && self.locks.is_empty()
            && self.avoids.is_empty()
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    version: u32,
    cohort: Cohort,
}

/// [`Envelope`] as written: the same JSON, without copying the cohort first.
#[derive(Serialize)]
struct EnvelopeRef<'a> {
    version: u32,
    cohort: &'a Cohort,
}

/// The stored text of a cohort, or a message when it is over [`MAX_STORED_BYTES`].
pub fn encode(c: &Cohort) -> Result<String, String> {
    let text = serde_json::to_string(&EnvelopeRef {
        version: VERSION,
        cohort: c,
    })
    .map_err(|e| format!("the cohort could not be written: {e}"))?;
    if text.len() > MAX_STORED_BYTES {
        return Err(format!(
            "the cohort is {:.1} MB; this browser keeps at most 4 MB of it (import smaller rosters)",
            text.len() as f64 / (1024.0 * 1024.0)
        ));
    }
    Ok(text)
}

/// Reads a stored cohort of any shipped version; a message in words when it cannot.
pub fn decode(raw: &str) -> Result<Cohort, String> {
    if raw.len() > MAX_STORED_BYTES {
        return Err("the saved cohort is larger than 4 MB".into());
    }
    let v: serde_json::Value = serde_json::from_str(raw)
        .map_err(|e| format!("the saved cohort is not valid JSON: {e}"))?;
    from_value(v)
}

/// The versioned envelope as a JSON value (a backup file embeds it as it is stored).
pub fn to_value(c: &Cohort) -> serde_json::Value {
    serde_json::to_value(EnvelopeRef {
        version: VERSION,
        cohort: c,
    })
    .unwrap_or_default()
}

/// Reads a versioned envelope of any shipped version from a JSON value.
pub fn from_value(v: serde_json::Value) -> Result<Cohort, String> {
    match v.get("version").and_then(serde_json::Value::as_u64) {
        Some(1) => serde_json::from_value::<Envelope>(v)
            .map(|e| e.cohort)
            .map_err(|e| format!("the saved cohort (version 1) does not read: {e}")),
        Some(n) => Err(format!(
            "the saved cohort is version {n}, newer than this Trellis (version {VERSION}): update Trellis"
        )),
        None => Err("the saved cohort has no version tag".into()),
    }
}

/// "8 mentors, 8 mentees, 1 lock, 0 avoids, last result kept" — what a cohort holds.
pub fn describe(c: &Cohort) -> String {
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    format!(
        "{}, {}, {}, {}{}",
        n(c.mentors.len(), "mentor", "mentors"),
        n(c.mentees.len(), "mentee", "mentees"),
        n(c.locks.len(), "lock", "locks"),
        n(c.avoids.len(), "avoid", "avoids"),
        if c.result.is_some() {
            ", with its last result"
        } else {
            ""
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, want: Result<usize, &str>) {
        match (decode(raw), want) {
            (Ok(c), Ok(n)) => assert_eq!(c.mentees.len(), n, "{raw}"),
            (Err(e), Err(w)) => assert!(e.contains(w), "{raw}: {e}"),
            (got, want) => panic!("{raw}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn decoding_is_checked() {
        check(r#"{"version":1,"cohort":{}}"#, Ok(0));
        check(r#"{"version":2,"cohort":{}}"#, Err("newer"));
        check(r#"{"cohort":{}}"#, Err("no version"));
        check("{", Err("not valid JSON"));
        check(
            r#"{"version":1,"cohort":{"mentees":7}}"#,
            Err("does not read"),
        );
        check(&"x".repeat(MAX_STORED_BYTES + 1), Err("larger than 4 MB"));
    }

    #[test]
    fn round_trip_and_the_v1_fixture() {
        let roster = crate::core::mentors::roster::import_csv(include_str!(
            "../../../data/roster-example.csv"
        ));
        let mentees = crate::core::cohort::mentees::import_csv(include_str!(
            "../../../data/mentees-example.csv"
        ))
        .mentees;
        let c = Cohort {
            mentor_file: "roster-example.csv".into(),
            mentors: roster.mentors,
            mentor_prefs: roster.prefs,
            mentee_file: "mentees-example.csv".into(),
            mentees,
            locks: vec![PairRef {
                mentee: "kwame".into(),
                mentor: "7-grace-mensah-boateng".into(),
            }],
            avoids: vec![],
            mode: Mode::Fair,
            result: None,
        };
        let text = encode(&c).unwrap();
        assert_eq!(decode(&text).unwrap(), c);
        let fixture = include_str!("../../../tests/fixtures/cohort_v1.json");
        let f = decode(fixture).unwrap();
        assert_eq!(
            (f.mentors.len(), f.mentees.len(), f.locks.len(), f.mode),
            (8, 8, 1, Mode::Fair)
        );
        assert!(f.result.is_some());
    }
}
