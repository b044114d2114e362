//! Reply links: the mentor's answer to a shared plan, sent back by link (two people, one plan,
//! no server).
//!
//! # Wire format
//!
//! `r1.` + base64url (no padding) of raw DEFLATE of the [postcard] bytes of a [`Reply`] — the
//! same family as plan links ([`crate::core::sharing::share`]), with its own prefix and
//! version. A reply names the plan by its origin id, the session it is about by the session's
//! stable id, and every agenda line and action item by its id, so it never depends on
//! positions.
//!
//! # Applying
//!
//! [`diff`] lists what a reply would change in the mentee's plan, one [`Proposal`] per change;
//! [`apply`] applies the changes the mentee chose. Applying is **idempotent** (twice is the same
//! as once) and **order-independent** (replies applied in any order give the same plan):
//!
//! * an agenda line is set by id, the newest reply winning ([`Reply::seq`], stored on the line
//!   as [`AgendaItem::rev`]); lines added by replies are kept in id order among themselves;
//! * a removed line's id is remembered ([`Session::removed_agenda`]), so a reply applied later
//!   never brings it back;
//! * an action item is added once (by id), marked done never undone;
//! * the session's time is set by the newest reply ([`Session::time_rev`]);
//! * notes are kept once each, in reply order.
//!
//! A generated agenda is first written out (as the mentee sees it) so lines can be changed by
//! id. Nothing else of the mentee's is touched: notes, feedback, their own lines and actions.
//! The order-independence holds for replies about the same session (the usual case: replies
//! between two meetings).
//!
//! # Safety
//!
//! A reply link is untrusted: [`decode`] caps its length and the unpacked size, rejects
//! trailing bytes and checks every text, id, count and date ([`Reply::validate`]); it never
//! panics. Text from a reply is only ever rendered as text.

use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

use crate::core::form::{FieldError, parse_iso_date};
use crate::core::goals::goal::MAX_TEXT;
use crate::core::sessions::agenda;
use crate::core::sessions::plan::{
    ActionItem, AgendaItem, MAX_MENTOR_NOTE, MAX_MENTOR_NOTES, MAX_REMOVED_AGENDA, MentorNote,
    Mentorship, Owner, Session, SessionStatus,
};
use crate::core::sharing::codec::{self, CodecError, ReadError};
use crate::core::sharing::share::{
    self, MAX_AGENDA_ITEMS, MAX_AGENDA_TEXT, MAX_ID, MAX_ORIGIN, SharedPlan, check_text,
    date_in_range, wire,
};
use crate::core::store::{AppState, GoalEntry, MAX_DRAFT_ACTIONS, MAX_DRAFT_LINES, ReplyDraft};
use crate::core::time::datefmt::{hm, human_date, parse_hm};

/// The prefix of every current reply link fragment.
pub const REPLY_PREFIX: &str = "r1.";
/// The reply format version this Trellis writes and reads.
pub const REPLY_VERSION: u32 = 1;
/// Longest reply fragment [`decode`] reads, in characters (a typical reply is a few hundred).
pub const MAX_REPLY_CHARS: usize = 8 * 1024;
/// Largest unpacked reply [`decode`] accepts, in bytes.
pub const MAX_REPLY_UNPACKED: usize = 32 * 1024;
/// Most changes one reply holds.
pub const MAX_CHANGES: usize = 80;
/// Longest note to the mentee, in characters.
pub const MAX_NOTE: usize = MAX_MENTOR_NOTE;

/// A mentor's reply to one plan.
///
/// Field order is the wire order: never reorder or remove fields within `r1`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The plan's origin id ([`SharedPlan::origin`]).
    pub origin: String,
    /// The reply's number from this mentor's copy: 1, 2, 3… A newer reply wins where two set
    /// the same thing.
    pub seq: u32,
    /// The id of the session the reply is about.
    pub session: String,
    pub changes: Vec<Change>,
}

/// One suggested change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// Add an agenda line, or change the text of the line with this id.
    AgendaSet { id: String, text: String },
    /// Remove the agenda line with this id.
    AgendaRemove { id: String },
    /// Add an action item to the session.
    ActionAdd {
        id: String,
        text: String,
        #[serde(with = "wire::owner")]
        owner: Owner,
        #[serde(with = "wire::opt_day")]
        due: Option<NaiveDate>,
    },
    /// Mark the action item with this id done.
    ActionDone { id: String },
    /// The mentor confirms the session at this date and time (the mentee's zone).
    ConfirmTime {
        #[serde(with = "wire::day")]
        date: NaiveDate,
        #[serde(with = "wire::minute_of_day")]
        local_time: NaiveTime,
    },
    /// The mentor proposes this date and time instead (the mentee's zone).
    ProposeTime {
        #[serde(with = "wire::day")]
        date: NaiveDate,
        #[serde(with = "wire::minute_of_day")]
        local_time: NaiveTime,
    },
    /// A note to the mentee.
    Note { text: String },
}

/// Why a reply link could not be opened. [`std::fmt::Display`] gives the sentence to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplyError {
    Empty,
    NotReply,
    FutureVersion(u32),
    TooLong(usize),
    BadBase64,
    Corrupted,
    TooLargeUnpacked,
    BadData(String),
    TrailingBytes(usize),
    Invalid(Vec<String>),
}

const ASK_AGAIN: &str = "Ask your mentor to send the reply link again, or copy all of it.";

impl std::fmt::Display for ReplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReplyError::Empty => write!(f, "This reply link is empty. {ASK_AGAIN}"),
            ReplyError::NotReply => write!(f, "This is not a Trellis reply link."),
            ReplyError::FutureVersion(v) => write!(
                f,
                "This reply was made by a newer Trellis (r{v}). Update Trellis to open it."
            ),
            ReplyError::TooLong(n) => write!(
                f,
                "This link is too long to be a reply ({n} characters; Trellis reads up to {MAX_REPLY_CHARS})."
            ),
            ReplyError::BadBase64 => write!(
                f,
                "This reply link is damaged: it has characters a reply link never has. {ASK_AGAIN}"
            ),
            ReplyError::Corrupted => {
                write!(f, "This reply link is cut short or damaged. {ASK_AGAIN}")
            }
            ReplyError::TooLargeUnpacked => write!(
                f,
                "This reply unpacks to more than {} KiB, more than any reply holds, so Trellis did not open it.",
                MAX_REPLY_UNPACKED / 1024
            ),
            ReplyError::BadData(e) => write!(
                f,
                "This reply link is damaged: the reply in it could not be read ({e}). {ASK_AGAIN}"
            ),
            ReplyError::TrailingBytes(n) => write!(
                f,
                "This reply link is damaged: it has {n} unexpected bytes after the reply. {ASK_AGAIN}"
            ),
            ReplyError::Invalid(e) => {
                write!(f, "The reply in this link is not valid: {}.", e.join("; "))
            }
        }
    }
}

impl std::error::Error for ReplyError {}

impl Reply {
    /// Every problem at once, in plain words.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut out = Vec::new();
        check_text(&mut out, "the plan id", &self.origin, MAX_ORIGIN);
        if self.origin.is_empty() {
            out.push("the plan id is missing".into());
        }
        check_text(&mut out, "the session id", &self.session, MAX_ID);
        if self.seq == 0 {
            out.push("the reply has no number".into());
        }
        if self.changes.len() > MAX_CHANGES {
            out.push(format!("it has more than {MAX_CHANGES} changes"));
        }
        let (mut notes, mut times) = (0, 0);
        let id = |out: &mut Vec<String>, what: &str, v: &str| {
            check_text(out, what, v, MAX_ID);
            if v.is_empty() {
                out.push(format!("{what} is missing"));
            }
        };
        for c in self.changes.iter().take(MAX_CHANGES) {
            match c {
                Change::AgendaSet { id: i, text } => {
                    id(&mut out, "an agenda line's id", i);
                    check_text(&mut out, "an agenda line", text, MAX_AGENDA_TEXT);
                    if text.trim().is_empty() {
                        out.push("an agenda line is empty".into());
                    }
                }
                Change::AgendaRemove { id: i } | Change::ActionDone { id: i } => {
                    id(&mut out, "an id", i)
                }
                Change::ActionAdd {
                    id: i, text, due, ..
                } => {
                    id(&mut out, "an action item's id", i);
                    check_text(&mut out, "an action item", text, MAX_TEXT);
                    if text.trim().is_empty() {
                        out.push("an action item is empty".into());
                    }
                    if due.is_some_and(|d| !date_in_range(d)) {
                        out.push("an action item's due date is out of range".into());
                    }
                }
                Change::ConfirmTime { date, local_time }
                | Change::ProposeTime { date, local_time } => {
                    times += 1;
                    if !date_in_range(*date) || local_time.second() != 0 {
                        out.push("the session time is out of range".into());
                    }
                }
                Change::Note { text } => {
                    notes += 1;
                    check_text(&mut out, "the note", text, MAX_NOTE);
                }
            }
        }
        if notes > 1 {
            out.push("it has more than one note".into());
        }
        if times > 1 {
            out.push("it says more than one thing about the time".into());
        }
        if out.is_empty() { Ok(()) } else { Err(out) }
    }
}

/// The link fragment for a reply: `r1.` + base64url(deflate(postcard(reply))), without `#`.
pub fn encode(reply: &Reply) -> String {
    codec::pack(REPLY_PREFIX, reply)
}

/// Whether `input` (a fragment or a whole pasted link) looks like a reply link rather than a
/// plan link (its fragment starts with `r<digits>.`).
pub fn is_reply_link(input: &str) -> bool {
    codec::fragment(input)
        .strip_prefix('r')
        .and_then(|r| r.split_once('.'))
        .is_some_and(|(v, _)| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
}

impl From<CodecError> for ReplyError {
    fn from(e: CodecError) -> ReplyError {
        match e {
            CodecError::Empty => ReplyError::Empty,
            CodecError::NotOurs => ReplyError::NotReply,
            CodecError::FutureVersion(v) => ReplyError::FutureVersion(v),
            CodecError::TooLong(n) => ReplyError::TooLong(n),
            CodecError::BadBase64 => ReplyError::BadBase64,
            CodecError::Corrupted => ReplyError::Corrupted,
            CodecError::TooLargeUnpacked => ReplyError::TooLargeUnpacked,
        }
    }
}

impl From<ReadError> for ReplyError {
    fn from(e: ReadError) -> ReplyError {
        match e {
            ReadError::BadData(e) => ReplyError::BadData(e),
            ReadError::TrailingBytes(n) => ReplyError::TrailingBytes(n),
        }
    }
}

/// Reads a reply link (fragment with or without `#`, or a whole pasted link). Never panics.
pub fn decode(input: &str) -> Result<Reply, ReplyError> {
    let (_, bytes) = codec::unpack(
        input,
        'r',
        (REPLY_VERSION, REPLY_VERSION),
        MAX_REPLY_CHARS,
        MAX_REPLY_UNPACKED,
    )?;
    let reply = codec::read_all::<Reply>(&bytes)?;
    reply.validate().map_err(ReplyError::Invalid)?;
    Ok(reply)
}

// ---- the mentor's side: from the draft to a reply ----

/// The session a reply is about by default: the first planned session on or after `today`
/// in the shared plan (its index and id), else the last session.
pub fn next_session(plan: &SharedPlan, today: NaiveDate) -> Option<(usize, String)> {
    let ids = plan.session_ids();
    let i = plan
        .sessions
        .iter()
        .position(|s| s.status == SessionStatus::Planned && s.date >= today)
        .or_else(|| plan.sessions.len().checked_sub(1))?;
    Some((i, ids[i].clone()))
}

/// The agenda of session `session_id` as the mentor sees it in the shared plan (edited or
/// generated, with ids).
pub fn plan_agenda(plan: &SharedPlan, session_id: &str) -> Vec<AgendaItem> {
    plan.session_ids()
        .iter()
        .position(|id| id == session_id)
        .map(|i| plan.agenda(i))
        .unwrap_or_default()
}

/// The reply the mentor's draft makes against the plan the mentor holds: the agenda's
/// changes line by line (by id), actions added and marked done, the time, the note — and the
/// next reply number. Never includes the mentor's private notes (they are not in the draft).
/// Returns every problem at once (for the mentor to fix) or the reply.
pub fn build(plan: &SharedPlan, draft: &ReplyDraft) -> Result<Reply, Vec<String>> {
    let mut problems = Vec::new();
    let mut changes = Vec::new();
    let ids = plan.session_ids();
    let Some(index) = ids.iter().position(|id| *id == draft.session) else {
        return Err(vec![
            "The session this reply is about is no longer in the plan. Start the reply again."
                .into(),
        ]);
    };
    if let Some(mine) = &draft.agenda {
        let theirs = plan.agenda(index);
        for item in mine {
            let text = share::clean_text(&item.text);
            if text.is_empty() {
                continue;
            }
            match theirs.iter().find(|t| t.id == item.id) {
                Some(t) if t.text == text => {}
                _ => changes.push(Change::AgendaSet {
                    id: item.id.clone(),
                    text,
                }),
            }
        }
        for t in &theirs {
            let kept = mine
                .iter()
                .any(|m| m.id == t.id && !share::clean_text(&m.text).is_empty());
            if !kept {
                changes.push(Change::AgendaRemove { id: t.id.clone() });
            }
        }
        if mine.len() > MAX_AGENDA_ITEMS {
            problems.push(format!(
                "The agenda has more than {MAX_AGENDA_ITEMS} lines."
            ));
        }
    }
    for a in &draft.actions {
        let text = share::clean_text(&a.text);
        if text.is_empty() {
            continue;
        }
        changes.push(Change::ActionAdd {
            id: a.id.clone(),
            text,
            owner: a.owner,
            due: a.due,
        });
    }
    let open: Vec<&str> = plan
        .sessions
        .iter()
        .flat_map(|s| &s.actions)
        .map(|a| a.id.as_str())
        .collect();
    for id in &draft.done {
        if open.contains(&id.as_str()) {
            changes.push(Change::ActionDone { id: id.clone() });
        }
    }
    let s = &plan.sessions[index];
    match draft.time.as_str() {
        "confirm" => changes.push(Change::ConfirmTime {
            date: s.date,
            local_time: s.local_time,
        }),
        "propose" => {
            let date = NaiveDate::parse_from_str(draft.propose_date.trim(), "%Y-%m-%d").ok();
            let time = parse_hm(draft.propose_time.trim());
            match (date, time) {
                (Some(date), Some(local_time)) if date_in_range(date) => {
                    changes.push(Change::ProposeTime { date, local_time })
                }
                (None, _) => problems.push("Choose the date you propose.".into()),
                (_, None) => problems.push("Choose the time you propose (HH:MM).".into()),
                _ => problems.push("That date is too far away.".into()),
            }
        }
        _ => {}
    }
    let note = share::clean_text(&draft.note);
    if !note.is_empty() {
        changes.push(Change::Note { text: note });
    }
    if changes.is_empty() && problems.is_empty() {
        problems.push(
            "Nothing to send yet: change the agenda, add an action item, answer about the time or write a note."
                .into(),
        );
    }
    let reply = Reply {
        origin: plan.origin.clone(),
        seq: draft.sent.saturating_add(1),
        session: draft.session.clone(),
        changes,
    };
    if let Err(p) = reply.validate() {
        problems.extend(
            p.into_iter()
                .map(|p| format!("The reply is too large: {p}.")),
        );
    }
    if problems.is_empty() {
        Ok(reply)
    } else {
        Err(problems)
    }
}

/// A new action item for the reply as the mentor typed it — the text, who does it (`"mentee"`
/// or `"mentor"`) and an optional due date (`YYYY-MM-DD`, empty for none) — checked: the text
/// is there and not too long, the due date reads, is not before `today` and fits a link, and
/// the draft has room ([`crate::core::store::MAX_DRAFT_ACTIONS`]). Every problem at once, each
/// with its field (`text`, `due`). `id` is the new item's id (from the UI).
pub fn new_action(
    draft: &ReplyDraft,
    id: &str,
    text: &str,
    owner: &str,
    due: &str,
    today: NaiveDate,
) -> Result<ActionItem, Vec<FieldError>> {
    let mut errs = Vec::new();
    let text = share::clean_text(text);
    if text.is_empty() {
        errs.push(FieldError::new("text", "Write what is to be done."));
    } else if text.chars().count() > MAX_TEXT {
        errs.push(FieldError::new(
            "text",
            format!("Keep the action item to {MAX_TEXT} characters."),
        ));
    }
    if draft.actions.len() >= MAX_DRAFT_ACTIONS {
        errs.push(FieldError::new(
            "text",
            format!("A reply adds at most {MAX_DRAFT_ACTIONS} action items."),
        ));
    }
    let due = due.trim();
    let due = if due.is_empty() {
        None
    } else {
        match parse_iso_date(due) {
            None => {
                errs.push(FieldError::new(
                    "due",
                    "Write the due date as a date (YYYY-MM-DD), or leave it empty.",
                ));
                None
            }
            Some(d) if d < today => {
                errs.push(FieldError::new(
                    "due",
                    format!(
                        "The due date is before today ({}): choose a later one.",
                        human_date(today)
                    ),
                ));
                None
            }
            Some(d) if !date_in_range(d) => {
                errs.push(FieldError::new(
                    "due",
                    format!("Choose a due date up to {}.", share::LAST_DATE),
                ));
                None
            }
            d => d,
        }
    };
    let owner = if owner == "mentor" {
        Owner::Mentor
    } else {
        Owner::Mentee
    };
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(ActionItem {
        id: id.to_string(),
        text,
        owner,
        due,
        done: false,
        via_reply: false,
    })
}

/// Whether the reply's agenda has room for another line
/// ([`crate::core::store::MAX_DRAFT_LINES`]).
pub fn can_add_line(lines: usize) -> bool {
    lines < MAX_DRAFT_LINES
}

// ---- the mentee's side: what a reply changes, and applying it ----

/// What one change would do to the mentee's plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// It changes the plan; can be chosen.
    Changes,
    /// The plan already holds it (applied before, or the same already): nothing to do.
    AlreadyThere,
    /// A newer reply already set this; applying it changes nothing.
    Superseded,
    /// It cannot apply (the line, action or session is not in the plan): why.
    CannotApply(String),
}

/// One change of a reply as the mentee sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// Index into [`Reply::changes`] (what [`apply`] takes).
    pub index: usize,
    /// "Agenda", "Action item", "Time", "Note".
    pub part: &'static str,
    /// What it does, in plain words ("Add to the agenda: …", "Change “…” to “…”").
    pub what: String,
    pub effect: Effect,
}

fn quote(s: &str) -> String {
    format!("“{}”", s.trim())
}

/// The session's agenda as the mentee sees it (edited, or generated with ids `g1`…).
fn agenda_of(entry: &GoalEntry, m: &Mentorship, session_id: &str) -> Vec<AgendaItem> {
    match entry.draft.validate() {
        Ok(goal) => agenda::agenda_for(m, &goal, session_id),
        Err(_) => m
            .session(session_id)
            .and_then(|s| s.agenda.clone())
            .unwrap_or_default(),
    }
}

fn find_action<'a>(m: &'a Mentorship, id: &str) -> Option<&'a ActionItem> {
    m.sessions
        .iter()
        .flat_map(|s| &s.action_items)
        .find(|a| a.id == id)
}

/// Every change of `reply` and what it would do to the mentee's plan `entry`. The caller has
/// checked the reply is for this plan ([`plan_for`]).
pub fn diff(entry: &GoalEntry, reply: &Reply) -> Vec<Proposal> {
    let empty = Mentorship::default();
    let m = entry.mentorship.as_ref().unwrap_or(&empty);
    let session = m.session(&reply.session);
    let agenda = session
        .map(|_| agenda_of(entry, m, &reply.session))
        .unwrap_or_default();
    let no_session =
        || Effect::CannotApply("the session it is about is no longer in your plan".into());
    reply
        .changes
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let (part, what, effect) = match c {
                Change::AgendaSet { id, text } => {
                    let now = agenda.iter().find(|i| &i.id == id);
                    let what = match now {
                        Some(i) if i.text == *text => format!("Agenda line {}", quote(text)),
                        Some(i) => format!("Change {} to {}", quote(&i.text), quote(text)),
                        None => format!("Add to the agenda: {}", quote(text)),
                    };
                    let effect = match (session, now) {
                        (None, _) => no_session(),
                        (Some(s), None) if s.removed_agenda.contains(id) => Effect::CannotApply(
                            "you removed this line when applying an earlier reply".into(),
                        ),
                        (_, Some(i)) if i.text == *text => Effect::AlreadyThere,
                        (_, Some(i)) if i.rev > reply.seq => Effect::Superseded,
                        _ => Effect::Changes,
                    };
                    ("Agenda", what, effect)
                }
                Change::AgendaRemove { id } => {
                    let now = agenda.iter().find(|i| &i.id == id);
                    let what = match now {
                        Some(i) => format!("Remove from the agenda: {}", quote(&i.text)),
                        None => "Remove an agenda line".into(),
                    };
                    let effect = match (session, now) {
                        (None, _) => no_session(),
                        (Some(s), Some(_))
                            if !s.removed_agenda.contains(id)
                                && s.removed_agenda.len() >= MAX_REMOVED_AGENDA =>
                        {
                            Effect::CannotApply(format!(
                                "this session already remembers {MAX_REMOVED_AGENDA} removed lines, the most Trellis keeps"
                            ))
                        }
                        (Some(_), Some(_)) => Effect::Changes,
                        (Some(s), None) if s.removed_agenda.contains(id) => Effect::AlreadyThere,
                        (Some(_), None) => {
                            Effect::CannotApply("this line is no longer on your agenda".into())
                        }
                    };
                    ("Agenda", what, effect)
                }
                Change::ActionAdd {
                    id,
                    text,
                    owner,
                    due,
                } => {
                    let who = match owner {
                        Owner::Mentee => "you",
                        Owner::Mentor => "your mentor",
                    };
                    let due = due
                        .map(|d| format!(", due {}", human_date(d)))
                        .unwrap_or_default();
                    let effect = if session.is_none() {
                        no_session()
                    } else if find_action(m, id).is_some() {
                        Effect::AlreadyThere
                    } else {
                        Effect::Changes
                    };
                    (
                        "Action item",
                        format!("New action item for {who}: {}{due}", quote(text)),
                        effect,
                    )
                }
                Change::ActionDone { id } => match find_action(m, id) {
                    Some(a) => (
                        "Action item",
                        format!("Mark done: {}", quote(&a.text)),
                        if a.done {
                            Effect::AlreadyThere
                        } else {
                            Effect::Changes
                        },
                    ),
                    None => (
                        "Action item",
                        "Mark an action item done".into(),
                        Effect::CannotApply("this action item is no longer in your plan".into()),
                    ),
                },
                Change::ConfirmTime { date, local_time }
                | Change::ProposeTime { date, local_time } => {
                    let when = format!("{} at {}", human_date(*date), hm(local_time));
                    let what = if matches!(c, Change::ConfirmTime { .. }) {
                        format!("Your mentor confirms the session on {when}")
                    } else {
                        format!("Your mentor proposes to meet on {when} instead")
                    };
                    let effect = match session {
                        None => no_session(),
                        Some(s) if s.time_rev > reply.seq => Effect::Superseded,
                        Some(s)
                            if s.time_agreed && s.date == *date && s.local_time == *local_time =>
                        {
                            Effect::AlreadyThere
                        }
                        Some(_) => Effect::Changes,
                    };
                    ("Time", what, effect)
                }
                Change::Note { text } => (
                    "Note",
                    format!("Note from your mentor: {}", quote(text)),
                    if m.mentor_notes
                        .iter()
                        .any(|n| n.seq == reply.seq && n.text == *text)
                    {
                        Effect::AlreadyThere
                    } else if entry.mentorship.is_none() {
                        Effect::CannotApply("this plan has no sessions yet".into())
                    } else if m.mentor_notes.len() >= MAX_MENTOR_NOTES {
                        Effect::CannotApply(format!(
                            "your plan already keeps {MAX_MENTOR_NOTES} notes from your mentor, the most Trellis keeps"
                        ))
                    } else {
                        Effect::Changes
                    },
                ),
            };
            Proposal {
                index,
                part,
                what,
                effect,
            }
        })
        .collect()
}

/// Inserts `item` before the first reply-added line with a greater id (else at the end), so
/// reply-added lines stay in id order whatever order replies are applied in.
fn insert_by_id<T>(list: &mut Vec<T>, item: T, key: impl Fn(&T) -> Option<&str>) {
    let id = key(&item).map(str::to_string).unwrap_or_default();
    let at = list
        .iter()
        .position(|x| key(x).is_some_and(|k| k > id.as_str()))
        .unwrap_or(list.len());
    list.insert(at, item);
}

fn ensure_agenda(entry: &GoalEntry, m: &mut Mentorship, session_id: &str) {
    if m.session(session_id).is_some_and(|s| s.agenda.is_none()) {
        let items = agenda_of(entry, m, session_id);
        if let Some(s) = m.session_mut(session_id) {
            s.agenda = Some(items);
        }
    }
}

/// The mentee's plan with the chosen changes of `reply` applied (`chosen` holds indices into
/// [`Reply::changes`]; unknown indices are ignored). Idempotent and order-independent (see the
/// module docs); never removes anything of the mentee's but the agenda lines they chose to
/// remove.
pub fn apply(entry: &GoalEntry, reply: &Reply, chosen: &[usize]) -> GoalEntry {
    let mut out = entry.clone();
    let Some(m) = out.mentorship.as_mut() else {
        return out;
    };
    let picked: Vec<&Change> = reply
        .changes
        .iter()
        .enumerate()
        .filter(|(i, _)| chosen.contains(i))
        .map(|(_, c)| c)
        .collect();
    let sid = reply.session.as_str();
    let touches_session = picked.iter().any(|c| !matches!(c, Change::Note { .. }));
    if touches_session {
        // Written out once, as the mentee sees it, before anything changes it.
        ensure_agenda(entry, m, sid);
    }
    let seq = reply.seq;
    for c in picked {
        match c {
            Change::AgendaSet { id, text } => {
                let Some(s) = m.session_mut(sid) else {
                    continue;
                };
                if s.removed_agenda.contains(id) {
                    continue;
                }
                let items = s.agenda.get_or_insert_with(Vec::new);
                let at = items.iter().position(|i| &i.id == id);
                if let Some(k) = at {
                    let i = &mut items[k];
                    if (seq, text.as_str()) > (i.rev, i.text.as_str()) {
                        i.text = text.clone();
                        i.rev = seq;
                    }
                } else if items.len() < MAX_AGENDA_ITEMS * 2 {
                    let item = AgendaItem {
                        rev: seq,
                        via_reply: true,
                        ..AgendaItem::with_id(id.clone(), text.clone())
                    };
                    insert_by_id(items, item, |i| i.via_reply.then_some(i.id.as_str()));
                }
            }
            Change::AgendaRemove { id } => {
                let Some(s) = m.session_mut(sid) else {
                    continue;
                };
                if !s.removed_agenda.contains(id) && s.removed_agenda.len() >= MAX_REMOVED_AGENDA {
                    continue; // At the cap: not applied (the mentee was told, see `diff`).
                }
                if let Some(items) = &mut s.agenda {
                    items.retain(|i| &i.id != id);
                }
                if !s.removed_agenda.contains(id) {
                    s.removed_agenda.push(id.clone());
                    s.removed_agenda.sort();
                }
            }
            Change::ActionAdd {
                id,
                text,
                owner,
                due,
            } => {
                if find_action(m, id).is_some() {
                    continue;
                }
                let Some(s) = m.session_mut(sid) else {
                    continue;
                };
                let item = ActionItem {
                    id: id.clone(),
                    text: text.clone(),
                    owner: *owner,
                    due: *due,
                    done: false,
                    via_reply: true,
                };
                insert_by_id(&mut s.action_items, item, |a| {
                    a.via_reply.then_some(a.id.as_str())
                });
            }
            Change::ActionDone { id } => {
                if let Some(a) = m
                    .sessions
                    .iter_mut()
                    .flat_map(|s| s.action_items.iter_mut())
                    .find(|a| &a.id == id)
                {
                    a.done = true;
                }
            }
            Change::ConfirmTime { date, local_time } | Change::ProposeTime { date, local_time } => {
                let Some(s) = m.session_mut(sid) else {
                    continue;
                };
                let key = |s: &Session| (s.time_rev, s.date, s.local_time);
                if (seq, *date, *local_time) > key(s) {
                    s.date = *date;
                    s.local_time = *local_time;
                    s.time_rev = seq;
                    s.time_agreed = true;
                    s.moved = true;
                }
                m.sort_sessions();
            }
            Change::Note { text } => {
                let note = MentorNote {
                    seq,
                    text: text.clone(),
                };
                if !m.mentor_notes.contains(&note) && m.mentor_notes.len() < MAX_MENTOR_NOTES {
                    m.mentor_notes.push(note);
                    m.mentor_notes
                        .sort_by(|a, b| (a.seq, &a.text).cmp(&(b.seq, &b.text)));
                }
            }
        }
    }
    out
}

/// The mentee's goal entry this reply is for (the plan they shared with this origin), or the
/// sentence to show when there is none.
pub fn plan_for<'a>(state: &'a AppState, reply: &Reply) -> Result<&'a GoalEntry, String> {
    share::find_same_origin(state, &reply.origin).ok_or_else(|| {
        "This reply is for a plan that is not on this device. Open it on the device (and in the browser) you shared the plan from."
            .into()
    })
}

/// Reads `fragment` and applies the chosen changes to the right plan in `state`. A link that
/// does not read, or is for no plan here, changes nothing and returns the sentence to show.
pub fn apply_to_state(
    state: &mut AppState,
    fragment: &str,
    chosen: &[usize],
) -> Result<(), String> {
    let reply = decode(fragment).map_err(|e| e.to_string())?;
    let entry = plan_for(state, &reply)?;
    let updated = apply(entry, &reply, chosen);
    let id = updated.id.clone();
    if let Some(g) = state.goals.iter_mut().find(|g| g.id == id) {
        *g = updated;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
