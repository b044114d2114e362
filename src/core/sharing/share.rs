//! Share a goal plan as a link. The plan travels in the URL fragment (the part after `#`, which
//! browsers never send to a server), so sharing needs no account and no server.
//!
//! # Wire format
//!
//! `v3.` + base64url (no padding) of raw DEFLATE of the [postcard] bytes of a [`SharedPlan`].
//!
//! Versions (every one still decodes; fixtures `tests/fixtures/share_v<N>_*.txt`):
//! * `v1`: the plan without ids or action items.
//! * `v2`: each session also carries its stable id, each agenda line its id, and
//!   each session its **open** action items (id, text, owner, due date), so a mentor can
//!   answer with a reply link ([`crate::core::sharing::reply`]) that edits lines and marks
//!   actions done by id. [`decode`] reads a `v1` link as a plan with empty ids and no actions.
//! * `v3` (current): `v2` plus one last field, the plan type: `None` for an ongoing
//!   mentorship (one byte), or a micro-mentoring plan's question and follow-up
//!   ([`SharedMicro`], [`crate::core::sessions::micro`]). [`decode`] reads a `v2` link as an
//!   ongoing plan.
//!
//! [`SharedPlan`] is a wire struct of its own, deliberately separate from the storage structs
//! ([`GoalEntry`], [`Mentorship`]…) so storage can evolve without breaking links already sent.
//! Its encoding is compact and pinned here, not derived from storage enums:
//!
//! * dates are days since 2000-01-01 as a `u16` varint (so a link holds dates from
//!   [`FIRST_DATE`] to [`LAST_DATE`]; 2 bytes for any date before 2044);
//! * times of day are minutes since midnight; enums are small integer codes from tables in this
//!   module (reordering a storage enum never changes a link);
//! * numbers typed by the user (success measure, weekly hours) travel as their shortest text,
//!   which is exact and usually 1–3 bytes;
//! * text that Trellis can regenerate on the receiving side is not sent: a session's agenda is
//!   sent only when the mentee edited it (`None` = "generated", rebuilt from the plan with
//!   [`crate::core::sessions::agenda::agenda_for`]), and agreement clauses still at their prefilled text
//!   are sent as `None` (see [`SharedAgreement`]).
//!
//! Never sent: private session notes, done action items, feedback, fit, wins, the shortlist and its
//! notes, dismissed warnings, the mentor's profile beyond their name, and the mentee's name
//! beyond an optional first name the mentee types when sharing ([`ShareParts`]).
//!
//! # Safety of received links
//!
//! A link is untrusted input. [`decode`] caps the fragment at [`MAX_FRAGMENT_CHARS`] characters
//! and the unpacked plan at [`MAX_UNPACKED_BYTES`] (a deflate "bomb" is refused, not inflated),
//! rejects trailing bytes, and then checks the plan ([`SharedPlan::validate`]): lengths of every
//! text, counts of milestones, sessions and agenda items, times, the schedule rule and the
//! agreement's dates, and no control characters other than newline and tab.
//!
//! **Text from a link must only ever be rendered as text.** The UI must put it into the page
//! with text nodes (Leptos `{text}` / `textContent`), never with `inner_html`; nothing in this
//! module escapes or strips HTML, because nothing here is ever HTML.

use chrono::{Duration, NaiveDate, NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

use crate::core::goals::goal::{
    Category, Goal, GoalDraft, Horizon, MAX_MILESTONES, MAX_SKILLS, MAX_TEXT, MilestoneDraft,
};
use crate::core::mentors::mentor::{Format, Mentor};
use crate::core::sessions::agenda;
use crate::core::sessions::agreement::{
    Agreement, DEFAULT_BOUNDARIES, DEFAULT_CONFIDENTIALITY, DEFAULT_RESPONSE_TIME,
    MAX_REVIEW_POINTS, channel_for, summarize_goal,
};
use crate::core::sessions::micro::MAX_MICRO_TEXT;
use crate::core::sessions::plan::{
    ActionItem, AgendaItem, Mentorship, Micro, Owner, Session, SessionStatus, fill_agenda_ids,
};
use crate::core::sessions::schedule::{Cadence, EndRule, MAX_OCCURRENCES, ScheduleRule, generate};
use crate::core::sharing::codec::{self, CodecError, ReadError};
use crate::core::store::{AppState, GoalEntry, REVIEW_STEP};
use crate::core::time::calendar::Nth;

/// The prefix of every current link fragment.
pub const PREFIX: &str = "v3.";
/// The link format version this Trellis writes (it reads this one and every older one).
pub const LINK_VERSION: u32 = 3;
/// The oldest link version this Trellis reads.
pub const FIRST_LINK_VERSION: u32 = 1;
/// Most open action items one shared session may hold.
pub const MAX_SESSION_ACTIONS: usize = 30;
/// Longest id (session, agenda line, action item) a link may hold, in characters.
pub const MAX_ID: usize = 40;
/// Longest fragment [`decode`] reads, in characters (a typical plan is a few hundred).
pub const MAX_FRAGMENT_CHARS: usize = 16 * 1024;
/// Largest unpacked plan [`decode`] accepts, in bytes. Inflation stops at this size.
pub const MAX_UNPACKED_BYTES: usize = 64 * 1024;
/// Most sessions a shared plan may hold (same as one schedule rule can produce).
pub const MAX_SESSIONS: usize = MAX_OCCURRENCES;
/// Most agenda items one shared session may hold.
pub const MAX_AGENDA_ITEMS: usize = 30;
/// Longest agenda item, in characters (a generated item can quote the whole goal statement).
pub const MAX_AGENDA_TEXT: usize = MAX_TEXT + 100;
/// Longest name (mentor, mentee first name), in characters.
pub const MAX_NAME: usize = 100;
/// Longest origin id, in characters.
pub const MAX_ORIGIN: usize = 120;
/// Longest time-zone name, in characters.
pub const MAX_ZONE: usize = 64;
/// Most skip dates a shared schedule may hold.
pub const MAX_SKIPS: usize = 200;
/// Bytes a QR code can hold: version 40, byte mode, error correction level **M** (15 % of the
/// code may be damaged). Level L would hold 2,953 bytes but a slightly scuffed or badly lit code
/// would then fail to scan; M is the usual choice for codes shown on screens and printed.
pub const QR_MAX_BYTES: usize = 2_331;

/// Whether a link of `len` bytes (the WHOLE link the QR code encodes: origin, path and fragment)
/// fits one QR code at error-correction level M (see [`QR_MAX_BYTES`]).
pub fn qr_fits(len: usize) -> bool {
    len <= QR_MAX_BYTES
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date")
}

/// The first date a link can hold.
pub const FIRST_DATE: &str = "2000-01-01";
/// The last date a link can hold (2000-01-01 + 65,535 days).
pub const LAST_DATE: &str = "2179-06-06";

fn to_days(d: NaiveDate) -> u16 {
    // Out-of-range dates never reach here from `from_entry` (it refuses them); a hand-built
    // plan is clamped rather than panicking.
    (d - epoch()).num_days().clamp(0, i64::from(u16::MAX)) as u16
}

fn from_days(n: u16) -> NaiveDate {
    epoch() + Duration::days(i64::from(n))
}

pub(crate) fn date_in_range(d: NaiveDate) -> bool {
    (0..=i64::from(u16::MAX)).contains(&(d - epoch()).num_days())
}

/// serde helpers for the compact encodings. They are used only through `#[serde(with)]` (here
/// and by [`crate::core::sharing::reply`]).
pub(crate) mod wire {
    use super::*;
    use serde::de::Error as _;
    use serde::{Deserializer, Serializer};

    pub mod day {
        use super::*;
        pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_u16(to_days(*d))
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
            Ok(from_days(u16::deserialize(d)?))
        }
    }

    pub mod opt_day {
        use super::*;
        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            d.map(to_days).serialize(s)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            Ok(Option::<u16>::deserialize(d)?.map(from_days))
        }
    }

    pub mod days {
        use super::*;
        pub fn serialize<S: Serializer>(v: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(v.iter().map(|d| to_days(*d)))
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
            Ok(Vec::<u16>::deserialize(d)?
                .into_iter()
                .map(from_days)
                .collect())
        }
    }

    pub mod minute_of_day {
        use super::*;
        pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_u16((t.hour() * 60 + t.minute()) as u16)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
            let m = u16::deserialize(d)?;
            NaiveTime::from_hms_opt(u32::from(m / 60), u32::from(m % 60), 0)
                .filter(|_| m < 24 * 60)
                .ok_or_else(|| D::Error::custom("time of day out of range"))
        }
    }

    /// A user-typed number as its shortest exact text ("3", "2.5", "1e-300").
    pub mod num {
        use super::*;
        pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
            let t = format!("{v}");
            let t = if t.len() > 24 { format!("{v:e}") } else { t };
            s.serialize_str(&t)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
            let t = String::deserialize(d)?;
            if t.len() > 40 {
                return Err(D::Error::custom("number too long"));
            }
            t.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| D::Error::custom("not a number"))
        }
    }

    /// Hours per week, as the shortest text of the `f32`.
    pub mod num32 {
        use super::*;
        pub fn serialize<S: Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
            let t = format!("{v}");
            let t = if t.len() > 16 { format!("{v:e}") } else { t };
            s.serialize_str(&t)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
            let t = String::deserialize(d)?;
            if t.len() > 40 {
                return Err(D::Error::custom("number too long"));
            }
            t.parse::<f32>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| D::Error::custom("not a number"))
        }
    }

    /// Enum ↔ small integer code, by an explicit table that is part of the link format:
    /// append new variants, never reorder.
    macro_rules! code_table {
        ($name:ident, $ty:ty, [$($v:expr),+ $(,)?]) => {
            pub mod $name {
                use super::*;
                pub const TABLE: &[$ty] = &[$($v),+];
                pub fn serialize<S: Serializer>(v: &$ty, s: S) -> Result<S::Ok, S::Error> {
                    let i = TABLE
                        .iter()
                        .position(|x| x == v)
                        .expect("every variant has a code");
                    s.serialize_u8(i as u8)
                }
                pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                    let i = u8::deserialize(d)?;
                    TABLE
                        .get(usize::from(i))
                        .copied()
                        .ok_or_else(|| D::Error::custom(concat!("unknown ", stringify!($name))))
                }
            }
        };
    }

    code_table!(
        category,
        Category,
        [
            Category::CareerDevelopment,
            Category::SkillBuilding,
            Category::Leadership,
            Category::CareerSwitch,
            Category::StartingBusiness,
            Category::ConfidenceWellbeing,
            Category::Networking,
        ]
    );
    code_table!(
        format,
        Format,
        [Format::Video, Format::Phone, Format::Chat, Format::InPerson]
    );
    code_table!(owner, Owner, [Owner::Mentee, Owner::Mentor]);
    code_table!(
        status,
        SessionStatus,
        [
            SessionStatus::Planned,
            SessionStatus::Held,
            SessionStatus::Missed,
            SessionStatus::Cancelled,
        ]
    );

    const NTH: [Nth; 5] = [Nth::First, Nth::Second, Nth::Third, Nth::Fourth, Nth::Last];

    /// Cadence as two bytes: kind, parameter.
    pub mod cadence {
        use super::*;
        pub fn serialize<S: Serializer>(c: &Cadence, s: S) -> Result<S::Ok, S::Error> {
            let pair: (u8, u8) = match *c {
                Cadence::Weekly => (0, 0),
                Cadence::EveryNWeeks(n) => (1, n),
                Cadence::MonthlyNthWeekday { n, weekday } => {
                    let ni = NTH.iter().position(|x| *x == n).expect("every Nth") as u8;
                    (2, ni * 7 + weekday.num_days_from_monday() as u8)
                }
                Cadence::MonthlyDay(d) => (3, d),
            };
            pair.serialize(s)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Cadence, D::Error> {
            let (kind, p) = <(u8, u8)>::deserialize(d)?;
            match kind {
                0 => Ok(Cadence::Weekly),
                1 => Ok(Cadence::EveryNWeeks(p)),
                2 if p < 35 => Ok(Cadence::MonthlyNthWeekday {
                    n: NTH[usize::from(p / 7)],
                    weekday: Weekday::try_from(p % 7).expect("0..7"),
                }),
                3 => Ok(Cadence::MonthlyDay(p)),
                _ => Err(D::Error::custom("unknown cadence")),
            }
        }
    }

    /// End rule as kind + value (a count, or a date in days).
    pub mod end {
        use super::*;
        pub fn serialize<S: Serializer>(e: &EndRule, s: S) -> Result<S::Ok, S::Error> {
            let pair: (u8, u16) = match *e {
                EndRule::Count(n) => (0, n),
                EndRule::Until(d) => (1, to_days(d)),
            };
            pair.serialize(s)
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<EndRule, D::Error> {
            match <(u8, u16)>::deserialize(d)? {
                (0, n) => Ok(EndRule::Count(n)),
                (1, days) => Ok(EndRule::Until(from_days(days))),
                _ => Err(D::Error::custom("unknown end rule")),
            }
        }
    }
}

/// A shared plan: what a link carries. Build it with [`SharedPlan::from_entry`], turn it into a
/// link with [`encode`], read a link with [`decode`], save a copy with [`SharedPlan::to_entry`].
///
/// Field order is the wire order: never reorder or remove fields within `v1`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedPlan {
    /// The plan's stable id, supplied by the sharing UI (e.g. goal id + a random token kept
    /// with the plan). Two links of the same plan carry the same origin, so "Save a copy" can
    /// offer to update the copy saved earlier ([`find_same_origin`]).
    pub origin: String,
    pub goal: SharedGoal,
    pub agreement: Option<SharedAgreement>,
    pub schedule: Option<SharedSchedule>,
    /// In date order as the plan keeps them.
    pub sessions: Vec<SharedSession>,
    /// The chosen mentor's name.
    pub mentor_name: Option<String>,
    /// The mentee's first name, if they chose to give it.
    pub mentee_name: Option<String>,
    /// `v3`: set for a micro-mentoring plan (`None` for an ongoing one, and in older links).
    pub micro: Option<SharedMicro>,
}

/// A micro-mentoring plan's question and follow-up (`v3`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedMicro {
    pub question: String,
    pub follow_up: String,
    #[serde(with = "wire::day")]
    pub report_by: NaiveDate,
}

/// The goal, as validated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedGoal {
    pub aspiration: String,
    #[serde(with = "wire::category")]
    pub category: Category,
    pub statement: String,
    pub measure: Option<SharedMeasure>,
    #[serde(with = "wire::day")]
    pub deadline: NaiveDate,
    #[serde(with = "wire::num32")]
    pub weekly_hours: f32,
    pub focus_skills: Vec<String>,
    /// Empty when the mentee left milestones out.
    pub milestones: Vec<SharedMilestone>,
    pub long_term: bool,
}

/// The success measure: "talks given: 0 → 3 talks".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedMeasure {
    pub metric: String,
    #[serde(with = "wire::num")]
    pub baseline: f64,
    #[serde(with = "wire::num")]
    pub target: f64,
    pub unit: String,
}

/// One milestone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedMilestone {
    pub title: String,
    #[serde(with = "wire::day")]
    pub target: NaiveDate,
    #[serde(with = "wire::opt_day")]
    pub done: Option<NaiveDate>,
}

/// The agreement's shareable fields. The names are not here: the receiving side fills them
/// from [`SharedPlan::mentor_name`] and [`SharedPlan::mentee_name`], so leaving a name out of
/// the link leaves it out everywhere.
///
/// `None` in an optional text means "the text Trellis prefills", rebuilt on the receiving side:
/// `goals_summary` from the shared goal ([`summarize_goal`]; so a summary that listed the
/// milestones does not leak them when milestones are left out), `frequency` from the shared
/// schedule's cadence, `channel` from the format, and the three clauses from the
/// `DEFAULT_*` constants of [`crate::core::sessions::agreement`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedAgreement {
    pub goals_summary: Option<String>,
    /// `None` = the schedule's [`Cadence::label`] (only allowed with a schedule).
    pub frequency: Option<String>,
    #[serde(with = "wire::format")]
    pub format: Format,
    pub session_minutes: u16,
    pub channel: Option<String>,
    pub response_time: Option<String>,
    pub confidentiality: Option<String>,
    pub boundaries: Option<String>,
    #[serde(with = "wire::day")]
    pub start: NaiveDate,
    #[serde(with = "wire::day")]
    pub end: NaiveDate,
    #[serde(with = "wire::days")]
    pub review_points: Vec<NaiveDate>,
}

/// The schedule rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedSchedule {
    #[serde(with = "wire::cadence")]
    pub cadence: Cadence,
    /// The mentee's IANA zone; session times are local to it.
    pub zone: String,
    #[serde(with = "wire::minute_of_day")]
    pub local_time: NaiveTime,
    pub minutes: u16,
    #[serde(with = "wire::day")]
    pub start: NaiveDate,
    #[serde(with = "wire::end")]
    pub end: EndRule,
    #[serde(with = "wire::days")]
    pub skips: Vec<NaiveDate>,
}

/// One session: when, how long, what happened, and its agenda if edited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedSession {
    #[serde(with = "wire::day")]
    pub date: NaiveDate,
    /// Whole minutes (seconds are not sent).
    #[serde(with = "wire::minute_of_day")]
    pub local_time: NaiveTime,
    pub minutes: u16,
    #[serde(with = "wire::status")]
    pub status: SessionStatus,
    /// `None` = the agenda generated from the plan (rebuilt on the receiving side);
    /// `Some` = the mentee's edited agenda.
    pub agenda: Option<Vec<SharedAgendaItem>>,
    /// The mentee's stable session id (`v2`), left empty when it is the id the receiving side
    /// derives from the date (`s-YYYYMMDD`, the usual case); always empty in a `v1` link.
    pub id: String,
    /// The session's open action items (`v2`; none in a `v1` link).
    pub actions: Vec<SharedAction>,
}

/// One agenda line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedAgendaItem {
    pub text: String,
    pub done: bool,
    /// The line's stable id (`v2`; empty in a `v1` link).
    pub id: String,
}

impl SharedAgendaItem {
    /// A line with an id.
    pub fn new(id: impl Into<String>, text: impl Into<String>, done: bool) -> Self {
        SharedAgendaItem {
            text: text.into(),
            done,
            id: id.into(),
        }
    }
}

/// An open action item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedAction {
    pub id: String,
    pub text: String,
    #[serde(with = "wire::owner")]
    pub owner: Owner,
    #[serde(with = "wire::opt_day")]
    pub due: Option<NaiveDate>,
}

/// The shapes of older link versions, read by [`decode`] and turned into a [`SharedPlan`].
mod old {
    use super::*;

    /// `v2`: the current shape without the plan type (an ongoing plan).
    #[derive(Deserialize)]
    pub struct PlanV2 {
        origin: String,
        goal: SharedGoal,
        agreement: Option<SharedAgreement>,
        schedule: Option<SharedSchedule>,
        sessions: Vec<SharedSession>,
        mentor_name: Option<String>,
        mentee_name: Option<String>,
    }

    impl From<PlanV2> for SharedPlan {
        fn from(p: PlanV2) -> SharedPlan {
            SharedPlan {
                origin: p.origin,
                goal: p.goal,
                agreement: p.agreement,
                schedule: p.schedule,
                sessions: p.sessions,
                mentor_name: p.mentor_name,
                mentee_name: p.mentee_name,
                micro: None,
            }
        }
    }

    /// `v1`: sessions without ids or actions, agenda lines without ids.
    #[derive(Deserialize)]
    pub struct PlanV1 {
        origin: String,
        goal: SharedGoal,
        agreement: Option<SharedAgreement>,
        schedule: Option<SharedSchedule>,
        sessions: Vec<SessionV1>,
        mentor_name: Option<String>,
        mentee_name: Option<String>,
    }

    #[derive(Deserialize)]
    struct SessionV1 {
        #[serde(with = "wire::day")]
        date: NaiveDate,
        #[serde(with = "wire::minute_of_day")]
        local_time: NaiveTime,
        minutes: u16,
        #[serde(with = "wire::status")]
        status: SessionStatus,
        agenda: Option<Vec<ItemV1>>,
    }

    #[derive(Deserialize)]
    struct ItemV1 {
        text: String,
        done: bool,
    }

    impl From<PlanV1> for SharedPlan {
        fn from(p: PlanV1) -> SharedPlan {
            SharedPlan {
                origin: p.origin,
                goal: p.goal,
                agreement: p.agreement,
                schedule: p.schedule,
                sessions: p
                    .sessions
                    .into_iter()
                    .map(|s| SharedSession {
                        date: s.date,
                        local_time: s.local_time,
                        minutes: s.minutes,
                        status: s.status,
                        agenda: s.agenda.map(|items| {
                            items
                                .into_iter()
                                .map(|i| SharedAgendaItem::new("", i.text, i.done))
                                .collect()
                        }),
                        id: String::new(),
                        actions: Vec::new(),
                    })
                    .collect(),
                mentor_name: p.mentor_name,
                mentee_name: p.mentee_name,
                micro: None,
            }
        }
    }
}

/// What the mentee chose to put in the link. The goal (with its success measure) is always in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareParts {
    pub milestones: bool,
    pub agreement: bool,
    /// The schedule rule and the sessions.
    pub schedule: bool,
    /// Edited agendas (when off, the receiver sees generated agendas).
    pub agendas: bool,
    pub mentor_name: bool,
    /// The mentee's first name as they typed it for this link; `None` or blank leaves it out.
    pub mentee_first_name: Option<String>,
}

impl Default for ShareParts {
    /// Everything but the mentee's name.
    fn default() -> Self {
        ShareParts {
            milestones: true,
            agreement: true,
            schedule: true,
            agendas: true,
            mentor_name: true,
            mentee_first_name: None,
        }
    }
}

/// Removes control characters other than newline and tab (a pasted `\r`, NUL, escape…), and
/// trims.
pub fn clean_text(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_string()
}

/// An id as a link carries it: at most [`MAX_ID`] characters, no control characters.
fn clean_id(s: &str) -> String {
    clean_text(s).chars().take(MAX_ID).collect()
}

fn opt_text(s: &str) -> Option<String> {
    Some(clean_text(s)).filter(|t| !t.is_empty())
}

/// `None` when `s` is the prefilled text, else the cleaned text.
fn unless_default(s: &str, default: &str) -> Option<String> {
    let t = clean_text(s);
    (t != default).then_some(t)
}

fn iso(d: NaiveDate) -> String {
    crate::core::time::datefmt::iso_date(d)
}

fn whole_minute(t: NaiveTime) -> NaiveTime {
    NaiveTime::from_hms_opt(t.hour(), t.minute(), 0).expect("valid")
}

impl SharedPlan {
    /// The plan of one goal entry, with the parts the mentee chose. The goal must validate.
    /// Texts are cleaned ([`clean_text`]); the result always passes [`SharedPlan::validate`] and
    /// fits a link, or this returns a message for the mentee saying what to change.
    pub fn from_entry(
        entry: &GoalEntry,
        parts: &ShareParts,
        origin: &str,
    ) -> Result<SharedPlan, String> {
        let goal = entry.draft.validate().map_err(|errs| {
            let msgs: Vec<String> = errs.into_iter().map(|e| e.message).collect();
            format!(
                "Finish the goal before sharing it: {}",
                msgs.join(" ").trim()
            )
        })?;
        let m = entry.mentorship.as_ref();
        let schedule = m
            .and_then(|m| m.rule.as_ref())
            .filter(|_| parts.schedule)
            .map(|r| SharedSchedule {
                cadence: r.cadence,
                zone: clean_text(&r.zone),
                local_time: whole_minute(r.local_time),
                minutes: r.minutes,
                start: r.start,
                end: r.end,
                skips: r.skips.clone(),
            });
        let sessions: Vec<SharedSession> = match m {
            Some(m) if parts.schedule => m
                .sessions
                .iter()
                .map(|s| SharedSession {
                    date: s.date,
                    local_time: whole_minute(s.local_time),
                    minutes: s.minutes,
                    status: s.status,
                    agenda: s.agenda.as_ref().filter(|_| parts.agendas).map(|items| {
                        items
                            .iter()
                            .map(|i| SharedAgendaItem {
                                text: clean_text(&i.text),
                                done: i.done,
                                id: clean_id(&i.id),
                            })
                            .collect()
                    }),
                    // Sent only when the receiving side could not derive it from the date.
                    id: if s.id == format!("s-{}", crate::core::time::datefmt::compact_date(s.date))
                    {
                        String::new()
                    } else {
                        clean_id(&s.id)
                    },
                    actions: s
                        .action_items
                        .iter()
                        .filter(|a| !a.done)
                        .map(|a| SharedAction {
                            id: clean_id(&a.id),
                            text: clean_text(&a.text),
                            owner: a.owner,
                            due: a.due,
                        })
                        .collect(),
                })
                .collect(),
            _ => Vec::new(),
        };
        let agreement = m
            .and_then(|m| m.agreement.as_ref())
            .filter(|_| parts.agreement)
            .map(|a| SharedAgreement {
                goals_summary: unless_default(&a.goals_summary, &summarize_goal(&goal)),
                frequency: match &schedule {
                    Some(s) => unless_default(&a.frequency, &s.cadence.label()),
                    None => Some(clean_text(&a.frequency)),
                },
                format: a.format,
                session_minutes: a.session_minutes,
                channel: unless_default(&a.channel, &channel_for(a.format, None)),
                response_time: unless_default(&a.response_time, DEFAULT_RESPONSE_TIME),
                confidentiality: unless_default(&a.confidentiality, DEFAULT_CONFIDENTIALITY),
                boundaries: unless_default(&a.boundaries, DEFAULT_BOUNDARIES),
                start: a.start,
                end: a.end,
                review_points: a.review_points.clone(),
            });
        let mentor_name = if parts.mentor_name {
            entry
                .mentor
                .as_ref()
                .and_then(|mentor| opt_text(&mentor.name))
                .or_else(|| {
                    m.and_then(|m| m.agreement.as_ref())
                        .and_then(|a| opt_text(&a.mentor_name))
                })
        } else {
            None
        };
        let goal = SharedGoal {
            aspiration: clean_text(&goal.aspiration),
            category: goal.category,
            statement: clean_text(&goal.statement),
            measure: goal.measure.as_ref().map(|ms| SharedMeasure {
                metric: clean_text(&ms.metric),
                baseline: ms.baseline,
                target: ms.target,
                unit: clean_text(&ms.unit),
            }),
            deadline: goal.deadline,
            weekly_hours: goal.weekly_hours,
            focus_skills: goal.focus_skills.iter().map(|s| clean_text(s)).collect(),
            milestones: if parts.milestones {
                goal.milestones
                    .iter()
                    .map(|ms| SharedMilestone {
                        title: clean_text(&ms.title),
                        target: ms.target,
                        done: ms.done,
                    })
                    .collect()
            } else {
                Vec::new()
            },
            long_term: goal.horizon == Horizon::LongTerm,
        };
        let plan = SharedPlan {
            origin: clean_text(origin),
            goal,
            agreement,
            schedule,
            sessions,
            mentor_name,
            mentee_name: parts.mentee_first_name.as_deref().and_then(opt_text),
            micro: m.and_then(|m| m.micro.as_ref()).map(|mi| SharedMicro {
                question: clean_text(&mi.question),
                follow_up: clean_text(&mi.follow_up),
                report_by: mi.report_by,
            }),
        };
        plan.validate()
            .map_err(|e| format!("This plan cannot be shared as a link: {}.", e.join("; ")))?;
        let bytes = postcard::to_allocvec(&plan).expect("a SharedPlan always serialises");
        if bytes.len() > MAX_UNPACKED_BYTES {
            return Err(
                "This plan is too large to share as a link. Leave out the agendas or the sessions."
                    .into(),
            );
        }
        let len = encode(&plan).len();
        if len > MAX_FRAGMENT_CHARS {
            return Err(format!(
                "This plan is too large to share as a link ({len} characters; a link holds up to {MAX_FRAGMENT_CHARS}). Leave out the agendas or the sessions."
            ));
        }
        Ok(plan)
    }

    /// The goal as a form draft (what a saved copy holds).
    pub fn goal_draft(&self) -> GoalDraft {
        let g = &self.goal;
        GoalDraft {
            aspiration: g.aspiration.clone(),
            category: g.category.key().to_string(),
            statement: g.statement.clone(),
            metric: g
                .measure
                .as_ref()
                .map(|m| m.metric.clone())
                .unwrap_or_default(),
            baseline: g
                .measure
                .as_ref()
                .map(|m| format!("{}", m.baseline))
                .unwrap_or_default(),
            target: g
                .measure
                .as_ref()
                .map(|m| format!("{}", m.target))
                .unwrap_or_default(),
            unit: g
                .measure
                .as_ref()
                .map(|m| m.unit.clone())
                .unwrap_or_default(),
            deadline: iso(g.deadline),
            weekly_hours: format!("{}", g.weekly_hours),
            focus_skills: g.focus_skills.clone(),
            milestones: g
                .milestones
                .iter()
                .map(|m| MilestoneDraft {
                    title: m.title.clone(),
                    target: iso(m.target),
                    done: m.done.map(iso).unwrap_or_default(),
                })
                .collect(),
            long_term: g.long_term,
            template: None,
        }
    }

    /// The schedule rule, if shared.
    pub fn rule(&self) -> Option<ScheduleRule> {
        self.schedule.as_ref().map(|s| ScheduleRule {
            cadence: s.cadence,
            start: s.start,
            local_time: s.local_time,
            minutes: s.minutes,
            zone: s.zone.clone(),
            end: s.end,
            skips: s.skips.clone(),
        })
    }

    /// The agreement with every prefilled text rebuilt and the names filled in.
    /// `goal` is the validated shared goal (see [`SharedPlan::to_entry`]).
    fn agreement_for(&self, goal: &Goal) -> Option<Agreement> {
        let a = self.agreement.as_ref()?;
        let or = |v: &Option<String>, default: &str| v.clone().unwrap_or_else(|| default.into());
        Some(Agreement {
            goals_summary: a
                .goals_summary
                .clone()
                .unwrap_or_else(|| summarize_goal(goal)),
            frequency: a.frequency.clone().unwrap_or_else(|| {
                self.schedule
                    .as_ref()
                    .map(|s| s.cadence.label())
                    .unwrap_or_default()
            }),
            format: a.format,
            session_minutes: a.session_minutes,
            channel: a
                .channel
                .clone()
                .unwrap_or_else(|| channel_for(a.format, None)),
            response_time: or(&a.response_time, DEFAULT_RESPONSE_TIME),
            confidentiality: or(&a.confidentiality, DEFAULT_CONFIDENTIALITY),
            boundaries: or(&a.boundaries, DEFAULT_BOUNDARIES),
            start: a.start,
            end: a.end,
            review_points: a.review_points.clone(),
            mentor_name: self.mentor_name.clone().unwrap_or_default(),
            mentee_name: self.mentee_name.clone().unwrap_or_default(),
        })
    }

    /// A new goal entry holding this plan, for "Save a copy". `new_id` is the entry id (e.g.
    /// [`AppState::next_goal_id`]). The copy remembers the link's origin
    /// ([`GoalEntry::origin`]). The mentorship id is `"<origin>-<new_id>"`.
    ///
    /// The mentor, if named, becomes a placeholder profile holding only the name (id
    /// `"shared"`; the other fields are empty or neutral), since links carry no profile.
    /// Sessions get ids from their dates; a session the shared rule does not produce at its
    /// date and time is marked moved, so regenerating the schedule keeps it.
    pub fn to_entry(&self, new_id: &str) -> GoalEntry {
        let draft = self.goal_draft();
        let goal = draft.validate().ok();
        let mentor = self
            .mentor_name
            .as_ref()
            .map(|name| Mentor::known_by_name("shared", name, ""));
        let rule = self.rule();
        let has_plan = self.agreement.is_some()
            || self.schedule.is_some()
            || !self.sessions.is_empty()
            || self.micro.is_some();
        let mentorship = has_plan.then(|| {
            let mut m = Mentorship::new(format!("{}-{new_id}", self.origin));
            m.agreement = goal.as_ref().and_then(|g| self.agreement_for(g));
            let produced: Vec<NaiveDate> = rule
                .as_ref()
                .and_then(|r| generate(r).ok())
                .map(|occ| occ.into_iter().map(|o| o.date).collect())
                .unwrap_or_default();
            for (s, id) in self.sessions.iter().zip(self.session_ids()) {
                let mut session = Session::planned(id, s.date, s.local_time, s.minutes);
                session.status = s.status;
                session.moved = !rule.as_ref().is_some_and(|r| {
                    produced.contains(&s.date)
                        && r.local_time == s.local_time
                        && r.minutes == s.minutes
                });
                session.agenda = s.agenda.as_ref().map(|items| {
                    let mut items: Vec<AgendaItem> = items
                        .iter()
                        .map(|i| AgendaItem {
                            done: i.done,
                            ..AgendaItem::with_id(i.id.clone(), i.text.clone())
                        })
                        .collect();
                    fill_agenda_ids(&mut items, "k");
                    items
                });
                session.action_items = s
                    .actions
                    .iter()
                    .map(|a| ActionItem {
                        id: a.id.clone(),
                        text: a.text.clone(),
                        owner: a.owner,
                        due: a.due,
                        done: false,
                        via_reply: false,
                    })
                    .collect();
                m.sessions.push(session);
            }
            // Later action items the mentee adds on this copy must not reuse a shared id.
            m.next_action = self
                .sessions
                .iter()
                .flat_map(|s| &s.actions)
                .filter_map(|a| a.id.strip_prefix("a-")?.parse::<u32>().ok())
                .max()
                .unwrap_or(0);
            crate::core::sorting::sort_by(&mut m.sessions, |a, b| {
                (a.date, a.local_time, &a.id).cmp(&(b.date, b.local_time, &b.id))
            });
            m.rule = rule;
            m.micro = self.micro.as_ref().map(|mi| Micro {
                question: mi.question.clone(),
                follow_up: mi.follow_up.clone(),
                report_by: mi.report_by,
            });
            m
        });
        GoalEntry {
            id: new_id.to_string(),
            draft,
            step: REVIEW_STEP,
            shortlist: Vec::new(),
            mentor,
            mentorship,
            origin: Some(self.origin.clone()),
            agreement_draft: None,
            schedule_draft: None,
            micro_draft: None,
        }
    }

    /// The agenda the receiving side shows for session `index` (edited or generated), for a
    /// read-only view of a link before saving it.
    pub fn agenda(&self, index: usize) -> Vec<AgendaItem> {
        let entry = self.to_entry("preview");
        let (Some(m), Ok(goal)) = (entry.mentorship.as_ref(), entry.draft.validate()) else {
            return Vec::new();
        };
        if index >= self.sessions.len() {
            return Vec::new();
        }
        let id = &self.session_ids()[index];
        agenda::agenda_for(m, &goal, id)
    }

    /// The ids [`SharedPlan::to_entry`] gives the sessions, in the link's order: the id the
    /// link carries (`v2`), else `s-YYYYMMDD` from the date, with `-2`, `-3`… on a clash.
    pub fn session_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::with_capacity(self.sessions.len());
        for s in &self.sessions {
            if !s.id.is_empty() && !ids.contains(&s.id) {
                ids.push(s.id.clone());
                continue;
            }
            let base = format!("s-{}", crate::core::time::datefmt::compact_date(s.date));
            let id = if ids.contains(&base) {
                (2..)
                    .map(|n| format!("{base}-{n}"))
                    .find(|id| !ids.contains(id))
                    .expect("unbounded")
            } else {
                base
            };
            ids.push(id);
        }
        ids
    }

    /// Checks everything a link must satisfy and returns every problem at once, each in plain
    /// words. A check that builds on others (the goal as a whole, the schedule's rule) runs
    /// only when those pass, so one fault is reported once. [`decode`] runs it on every link,
    /// [`SharedPlan::from_entry`] on every plan it builds.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut out = Vec::new();
        let mut dates_ok = true;
        let mut in_range = |d: NaiveDate| {
            let ok = date_in_range(d);
            dates_ok &= ok;
            ok
        };
        check_text(&mut out, "the plan id", &self.origin, MAX_ORIGIN);
        if self.origin.is_empty() {
            out.push("the plan id is missing".into());
        }
        let g = &self.goal;
        let before_goal = out.len();
        check_text(&mut out, "the goal", &g.statement, MAX_TEXT);
        check_text(&mut out, "the why", &g.aspiration, MAX_TEXT);
        if let Some(m) = &g.measure {
            check_text(&mut out, "the success measure", &m.metric, MAX_TEXT);
            check_text(&mut out, "the unit", &m.unit, MAX_TEXT);
        }
        if g.focus_skills.len() > MAX_SKILLS {
            out.push(format!("it has more than {MAX_SKILLS} focus skills"));
        }
        for s in g.focus_skills.iter().take(MAX_SKILLS) {
            check_text(&mut out, "a focus skill", s, MAX_TEXT);
        }
        if g.milestones.len() > MAX_MILESTONES {
            out.push(format!("it has more than {MAX_MILESTONES} milestones"));
        }
        for (i, m) in g.milestones.iter().take(MAX_MILESTONES).enumerate() {
            check_text(
                &mut out,
                &format!("milestone {}", i + 1),
                &m.title,
                MAX_TEXT,
            );
        }
        if out.len() == before_goal
            && let Err(errs) = self.goal_draft().validate()
        {
            let msgs: Vec<String> = errs.into_iter().map(|e| e.message).collect();
            out.push(format!("the goal is not valid ({})", msgs.join(" ")));
        }
        let goal_dates = std::iter::once(g.deadline).chain(
            g.milestones
                .iter()
                .flat_map(|m| std::iter::once(m.target).chain(m.done)),
        );
        for d in goal_dates {
            in_range(d);
        }
        for (what, name) in [
            ("the mentor's name", &self.mentor_name),
            ("the mentee's name", &self.mentee_name),
        ] {
            if let Some(n) = name {
                check_text(&mut out, what, n, MAX_NAME);
            }
        }
        if let Some(s) = &self.schedule {
            let before = out.len();
            check_text(&mut out, "the time zone", &s.zone, MAX_ZONE);
            if s.skips.len() > MAX_SKIPS {
                out.push(format!("the schedule skips more than {MAX_SKIPS} dates"));
            }
            let mut rule_dates_ok = in_range(s.start);
            if let EndRule::Until(d) = s.end {
                rule_dates_ok &= in_range(d);
            }
            for d in &s.skips {
                rule_dates_ok &= in_range(*d);
            }
            if out.len() == before && rule_dates_ok {
                let rule = self.rule().expect("schedule present");
                if let Err(problems) = rule.validate() {
                    let msgs: Vec<String> = problems.into_iter().map(|e| e.message).collect();
                    out.push(format!("the schedule is not valid ({})", msgs.join(" ")));
                }
            }
        }
        if self.sessions.len() > MAX_SESSIONS {
            out.push(format!("it has more than {MAX_SESSIONS} sessions"));
        }
        if let Some(mi) = &self.micro {
            check_text(&mut out, "the question", &mi.question, MAX_MICRO_TEXT);
            check_text(&mut out, "the follow-up", &mi.follow_up, MAX_MICRO_TEXT);
            if mi.question.trim().is_empty() {
                out.push("the micro-mentoring question is missing".into());
            }
            if self.sessions.len() > 1 {
                out.push(format!(
                    "a micro-mentoring plan has one session, this one has {}",
                    self.sessions.len()
                ));
            }
            in_range(mi.report_by);
        }
        for (i, s) in self.sessions.iter().take(MAX_SESSIONS).enumerate() {
            let n = i + 1;
            in_range(s.date);
            if s.local_time.second() != 0 || s.local_time.nanosecond() != 0 {
                out.push(format!("session {n} has a time with seconds"));
            }
            if !(1..=24 * 60).contains(&s.minutes) {
                out.push(format!("session {n} has a length of {} minutes", s.minutes));
            }
            check_text(&mut out, &format!("the id of session {n}"), &s.id, MAX_ID);
            if s.actions.len() > MAX_SESSION_ACTIONS {
                out.push(format!(
                    "session {n} has more than {MAX_SESSION_ACTIONS} action items"
                ));
            }
            for a in s.actions.iter().take(MAX_SESSION_ACTIONS) {
                check_text(
                    &mut out,
                    &format!("an action item of session {n}"),
                    &a.text,
                    MAX_TEXT,
                );
                check_text(
                    &mut out,
                    &format!("an action item id of session {n}"),
                    &a.id,
                    MAX_ID,
                );
                if a.id.is_empty() {
                    out.push(format!("an action item of session {n} has no id"));
                }
                if let Some(d) = a.due {
                    in_range(d);
                }
            }
            if let Some(items) = &s.agenda {
                for item in items.iter().take(MAX_AGENDA_ITEMS) {
                    check_text(
                        &mut out,
                        &format!("an agenda item id of session {n}"),
                        &item.id,
                        MAX_ID,
                    );
                }
                if items.len() > MAX_AGENDA_ITEMS {
                    out.push(format!(
                        "session {n} has more than {MAX_AGENDA_ITEMS} agenda items"
                    ));
                }
                for item in items.iter().take(MAX_AGENDA_ITEMS) {
                    check_text(
                        &mut out,
                        &format!("an agenda item of session {n}"),
                        &item.text,
                        MAX_AGENDA_TEXT,
                    );
                }
            }
        }
        if let Some(a) = &self.agreement {
            for (what, v) in [
                ("the agreement's goals", &a.goals_summary),
                ("the agreement's frequency", &a.frequency),
                ("the agreement's channel", &a.channel),
                ("the agreement's response time", &a.response_time),
                ("the agreement's confidentiality", &a.confidentiality),
                ("the agreement's boundaries", &a.boundaries),
            ] {
                if let Some(v) = v {
                    check_text(&mut out, what, v, MAX_TEXT);
                }
            }
            if a.frequency.is_none() && self.schedule.is_none() {
                out.push("the agreement's frequency refers to a schedule that is not there".into());
            }
            if a.end <= a.start {
                out.push("the agreement ends before it starts".into());
            }
            if a.review_points.len() > MAX_REVIEW_POINTS {
                out.push(format!(
                    "the agreement has more than {MAX_REVIEW_POINTS} review points"
                ));
            }
            if a.end > a.start && a.review_points.iter().any(|d| *d < a.start || *d > a.end) {
                out.push("a review point is outside the agreement's dates".into());
            }
            in_range(a.start);
            in_range(a.end);
            for d in &a.review_points {
                in_range(*d);
            }
            if !(1..=24 * 60).contains(&a.session_minutes) {
                out.push(format!(
                    "the agreement has a session length of {} minutes",
                    a.session_minutes
                ));
            }
        }
        if !dates_ok {
            out.push(format!(
                "links hold dates from {FIRST_DATE} to {LAST_DATE} only"
            ));
        }
        if out.is_empty() { Ok(()) } else { Err(out) }
    }
}

/// Adds a problem when `s` holds control characters (other than newline and tab) or is
/// longer than `max` characters.
pub(crate) fn check_text(out: &mut Vec<String>, what: &str, s: &str, max: usize) {
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        out.push(format!("{what} contains control characters"));
        return;
    }
    let n = s.chars().count();
    if n > max {
        out.push(format!("{what} is {n} characters long (at most {max})"));
    }
}

/// The goal entry saved earlier from a link with this origin, if any: "Save a copy" then
/// offers to update it rather than add a second copy.
pub fn find_same_origin<'a>(state: &'a AppState, origin: &str) -> Option<&'a GoalEntry> {
    state
        .goals
        .iter()
        .find(|g| g.origin.as_deref() == Some(origin))
}

/// Why a link could not be opened. [`std::fmt::Display`] gives the sentence to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing after the `#`.
    Empty,
    /// No `v<number>.` prefix, or an unknown one.
    NotTrellis,
    /// Made by a newer Trellis with this link version.
    FutureVersion(u32),
    /// Longer than [`MAX_FRAGMENT_CHARS`]; holds the length in characters.
    TooLong(usize),
    /// Not base64url.
    BadBase64,
    /// The packed data is cut short or damaged.
    Corrupted,
    /// Unpacks to more than [`MAX_UNPACKED_BYTES`].
    TooLargeUnpacked,
    /// The unpacked bytes are not a plan (the postcard error, for logs).
    BadData(String),
    /// Extra bytes after the plan (how many).
    TrailingBytes(usize),
    /// A well-formed plan that breaks rules ([`SharedPlan::validate`]): every problem.
    Invalid(Vec<String>),
}

const COPY_AGAIN: &str = "Ask for the link again, or copy all of it.";

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::Empty => write!(f, "This link has no plan in it."),
            LinkError::NotTrellis => write!(f, "This is not a Trellis plan link."),
            LinkError::FutureVersion(v) => write!(
                f,
                "This link was made by a newer Trellis (v{v}). Update Trellis to open it."
            ),
            LinkError::TooLong(n) => write!(
                f,
                "This link is too long to be a plan ({n} characters; Trellis reads up to {MAX_FRAGMENT_CHARS})."
            ),
            LinkError::BadBase64 => write!(
                f,
                "This link is damaged: it has characters a plan link never has. {COPY_AGAIN}"
            ),
            LinkError::Corrupted => {
                write!(f, "This link is cut short or damaged. {COPY_AGAIN}")
            }
            LinkError::TooLargeUnpacked => write!(
                f,
                "This link unpacks to more than {} KiB, more than any plan holds, so Trellis did not open it.",
                MAX_UNPACKED_BYTES / 1024
            ),
            LinkError::BadData(e) => write!(
                f,
                "This link is damaged: the plan in it could not be read ({e}). {COPY_AGAIN}"
            ),
            LinkError::TrailingBytes(n) => write!(
                f,
                "This link is damaged: it has {n} unexpected bytes after the plan. {COPY_AGAIN}"
            ),
            LinkError::Invalid(e) => {
                write!(f, "The plan in this link is not valid: {}.", e.join("; "))
            }
        }
    }
}

impl std::error::Error for LinkError {}

/// The link fragment for a plan: `v3.` + base64url(deflate(postcard(plan))), without `#`.
/// Always succeeds; plans from [`SharedPlan::from_entry`] always [`decode`] back.
pub fn encode(plan: &SharedPlan) -> String {
    codec::pack(PREFIX, plan)
}

impl From<CodecError> for LinkError {
    fn from(e: CodecError) -> LinkError {
        match e {
            CodecError::Empty => LinkError::Empty,
            CodecError::NotOurs => LinkError::NotTrellis,
            CodecError::FutureVersion(v) => LinkError::FutureVersion(v),
            CodecError::TooLong(n) => LinkError::TooLong(n),
            CodecError::BadBase64 => LinkError::BadBase64,
            CodecError::Corrupted => LinkError::Corrupted,
            CodecError::TooLargeUnpacked => LinkError::TooLargeUnpacked,
        }
    }
}

impl From<ReadError> for LinkError {
    fn from(e: ReadError) -> LinkError {
        match e {
            ReadError::BadData(e) => LinkError::BadData(e),
            ReadError::TrailingBytes(n) => LinkError::TrailingBytes(n),
        }
    }
}

/// Reads a link. Accepts the fragment with or without its `#`, or a whole pasted link (the
/// part after the last `#` is read). Never panics; every failure is a [`LinkError`].
pub fn decode(input: &str) -> Result<SharedPlan, LinkError> {
    let (version, bytes) = codec::unpack(
        input,
        'v',
        (FIRST_LINK_VERSION, LINK_VERSION),
        MAX_FRAGMENT_CHARS,
        MAX_UNPACKED_BYTES,
    )?;
    let plan = match version {
        1 => codec::read_all::<old::PlanV1>(&bytes).map(SharedPlan::from),
        2 => codec::read_all::<old::PlanV2>(&bytes).map(SharedPlan::from),
        _ => codec::read_all::<SharedPlan>(&bytes),
    }?;
    plan.validate().map_err(LinkError::Invalid)?;
    Ok(plan)
}

#[cfg(test)]
pub(crate) mod tests;
