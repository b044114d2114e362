//! The mentorship being run: the agreement, the schedule rule, the concrete sessions (with
//! their agendas, private notes, action items and feedback) and the wins along the way.
//!
//! Sessions have stable ids (`s-YYYYMMDD` from the date the rule first produced, with `-2`,
//! `-3`… on a clash) that never change: not when the session is moved, not when the schedule
//! is regenerated. Calendar UIDs are built from them.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::core::form::FieldError;
use crate::core::sessions::agreement::Agreement;
use crate::core::sessions::schedule::{ScheduleRule, generate, occurrence_at};
use crate::core::time::tz::{Tz, local_to_utc, parse_zone, utc_to_local};

/// Most sessions one plan keeps: a rule produces at most
/// [`crate::core::sessions::schedule::MAX_OCCURRENCES`], and sessions held, moved or with notes
/// stay when it is regenerated, so a plan may hold more than one rule's worth.
pub const MAX_PLAN_SESSIONS: usize = 500;

/// Most notes from the mentor one plan keeps ([`Mentorship::mentor_notes`]); a reply with a
/// note beyond it is not applied (the mentee is told).
pub const MAX_MENTOR_NOTES: usize = 200;

/// Longest note from the mentor, in characters (the reply link's cap).
pub const MAX_MENTOR_NOTE: usize = 2_000;

/// Most removed agenda-line ids one session remembers ([`Session::removed_agenda`]).
pub const MAX_REMOVED_AGENDA: usize = 200;

/// What happened to a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum SessionStatus {
    #[default]
    Planned,
    Held,
    Missed,
    Cancelled,
}

impl SessionStatus {
    /// Every status, in the order the UI offers them.
    pub const ALL: [SessionStatus; 4] = [
        SessionStatus::Planned,
        SessionStatus::Held,
        SessionStatus::Missed,
        SessionStatus::Cancelled,
    ];

    /// "Planned", "Held", "Missed", "Cancelled".
    pub fn label(self) -> &'static str {
        match self {
            SessionStatus::Planned => "Planned",
            SessionStatus::Held => "Held",
            SessionStatus::Missed => "Missed",
            SessionStatus::Cancelled => "Cancelled",
        }
    }
}

/// One agenda line.
///
/// `id` is stable within its session: the UI gives a new line an id from
/// `ui::browser::new_id` (`k-…`); a generated agenda numbers its lines `g1`, `g2`… (see
/// [`crate::core::sessions::agenda::generated_agenda`]); lines stored before ids existed get
/// `k1`, `k2`… when the stored data is read ([`Mentorship::give_agenda_ids`]). Reply links
/// ([`crate::core::sharing::reply`]) edit and remove lines by this id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    #[serde(default)]
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub done: bool,
    /// The reply number ([`crate::core::sharing::reply::Reply::seq`]) that last set the text; 0
    /// when the mentee wrote it. A reply changes the text only if it is newer.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rev: u32,
    /// Added by applying a mentor's reply (such lines are kept in id order among themselves, so
    /// replies applied in any order give the same agenda).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub via_reply: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl AgendaItem {
    /// A line without an id yet (the caller gives one).
    pub fn new(text: impl Into<String>) -> Self {
        AgendaItem {
            id: String::new(),
            text: text.into(),
            done: false,
            rev: 0,
            via_reply: false,
        }
    }

    /// A line with the given id.
    pub fn with_id(id: impl Into<String>, text: impl Into<String>) -> Self {
        AgendaItem {
            id: id.into(),
            ..AgendaItem::new(text)
        }
    }
}

/// Gives every line without an id (or with an id already used above it) a positional id
/// `<prefix><n>` not used in the list. Lines that have ids keep them.
pub fn fill_agenda_ids(items: &mut [AgendaItem], prefix: &str) {
    let mut seen: Vec<String> = Vec::with_capacity(items.len());
    let mut n = 0;
    for i in 0..items.len() {
        if items[i].id.is_empty() || seen.contains(&items[i].id) {
            let id = loop {
                n += 1;
                let c = format!("{prefix}{n}");
                if !items.iter().any(|x| x.id == c) && !seen.contains(&c) {
                    break c;
                }
            };
            items[i].id = id;
        }
        seen.push(items[i].id.clone());
    }
}

/// Who owns an action item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Owner {
    Mentee,
    Mentor,
}

impl Owner {
    /// "mentee" / "mentor".
    pub fn label(self) -> &'static str {
        match self {
            Owner::Mentee => "mentee",
            Owner::Mentor => "mentor",
        }
    }
}

/// Something one side agreed to do before a later session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    /// Stable id `a-<n>`, unique within the mentorship.
    pub id: String,
    pub text: String,
    pub owner: Owner,
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
    /// Added by applying a mentor's reply.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub via_reply: bool,
}

/// The mentee's quick feedback after a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// 1..=5 (use [`Feedback::new`] to clamp).
    pub rating: u8,
    pub sentence: String,
}

impl Feedback {
    /// Feedback with the rating clamped to 1..=5.
    pub fn new(rating: u8, sentence: impl Into<String>) -> Self {
        Feedback {
            rating: rating.clamp(1, 5),
            sentence: sentence.into(),
        }
    }
}

/// After the first sessions: is this mentor a good fit?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Fit {
    Good,
    NotSure,
    NotAFit,
}

/// One concrete session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Stable id, see the module docs.
    pub id: String,
    /// Local date in the mentee's zone (the rule's zone).
    pub date: NaiveDate,
    /// Local wall-clock start in the mentee's zone.
    pub local_time: NaiveTime,
    pub minutes: u16,
    #[serde(default)]
    pub status: SessionStatus,
    /// Moved by hand away from the rule's date/time.
    #[serde(default)]
    pub moved: bool,
    /// The date the rule produced for this session (matching key when regenerating).
    pub original_date: NaiveDate,
    /// `None` = use the generated agenda ([`crate::core::sessions::agenda::agenda_for`]);
    /// `Some` once the user edited it.
    #[serde(default)]
    pub agenda: Option<Vec<AgendaItem>>,
    /// Private notes.
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub action_items: Vec<ActionItem>,
    #[serde(default)]
    pub feedback: Option<Feedback>,
    #[serde(default)]
    pub fit: Option<Fit>,
    /// Ids of agenda lines removed by applying a mentor's reply: a reply applied later (or
    /// again) never brings them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed_agenda: Vec<String>,
    /// The reply number that last set this session's time (0: none).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub time_rev: u32,
    /// The mentor confirmed this session's time, or proposed it and the mentee accepted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub time_agreed: bool,
}

impl Session {
    /// A fresh planned session.
    pub fn planned(id: String, date: NaiveDate, local_time: NaiveTime, minutes: u16) -> Self {
        Session {
            id,
            date,
            local_time,
            minutes,
            status: SessionStatus::Planned,
            moved: false,
            original_date: date,
            agenda: None,
            notes: String::new(),
            action_items: Vec::new(),
            feedback: None,
            fit: None,
            removed_agenda: Vec::new(),
            time_rev: 0,
            time_agreed: false,
        }
    }

    /// Whether the user has put anything into this session that regeneration must keep.
    pub fn has_user_data(&self) -> bool {
        self.status != SessionStatus::Planned
            || self.moved
            || self.agenda.is_some()
            || !self.notes.trim().is_empty()
            || !self.action_items.is_empty()
            || self.feedback.is_some()
            || self.fit.is_some()
    }

    /// The start instant, reading the local time in the mentee's zone.
    pub fn start_utc(&self, mentee_zone: Tz) -> DateTime<Utc> {
        local_to_utc(self.date.and_time(self.local_time), mentee_zone)
    }

    /// The local start actually shown in the mentee's zone (differs from `date`+`local_time`
    /// only inside a spring-forward gap).
    pub fn local_start(&self, mentee_zone: Tz) -> NaiveDateTime {
        utc_to_local(self.start_utc(mentee_zone), mentee_zone)
    }

    /// The session's start as seen in another zone (e.g. the mentor's).
    pub fn in_zone(&self, mentee_zone: Tz, other_zone: Tz) -> NaiveDateTime {
        utc_to_local(self.start_utc(mentee_zone), other_zone)
    }
}

/// Something worth celebrating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Win {
    pub date: NaiveDate,
    pub text: String,
}

/// What [`Mentorship::regenerate`] did.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RegenerateReport {
    /// Sessions with user data (or in the past) kept as they were.
    pub kept: usize,
    /// Untouched planned sessions re-timed in place (same id).
    pub updated: usize,
    pub added: usize,
    /// Untouched future planned sessions the new rule no longer produces.
    pub removed: usize,
}

/// The mentorship being run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Mentorship {
    /// Plan id, part of calendar UIDs; chosen by the caller (core has no randomness).
    pub id: String,
    pub agreement: Option<Agreement>,
    pub rule: Option<ScheduleRule>,
    /// Sorted by date and time.
    pub sessions: Vec<Session>,
    pub wins: Vec<Win>,
    /// Ids of health warnings the user dismissed.
    pub dismissed_warnings: Vec<String>,
    /// Counter for action item ids.
    pub next_action: u32,
    /// Notes the mentor left in reply links the mentee applied, in reply order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentor_notes: Vec<MentorNote>,
    /// Set for a micro-mentoring plan ([`crate::core::sessions::micro`]): the one question
    /// and the follow-up. Absent in plans stored before plan types existed (ongoing plans).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub micro: Option<Micro>,
}

/// The validated question and follow-up of a micro-mentoring plan (see
/// [`crate::core::sessions::micro`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Micro {
    /// The one focused question the mentee brings.
    pub question: String,
    /// What the mentee will do after the session.
    pub follow_up: String,
    /// When the mentee reports back to the mentor.
    pub report_by: NaiveDate,
}

/// A note from the mentor, from an applied reply link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorNote {
    /// The reply's number ([`crate::core::sharing::reply::Reply::seq`]).
    pub seq: u32,
    pub text: String,
}

fn base_id(date: NaiveDate) -> String {
    format!("s-{}", crate::core::time::datefmt::compact_date(date))
}

impl Mentorship {
    /// An empty mentorship with the given plan id.
    pub fn new(id: impl Into<String>) -> Self {
        Mentorship {
            id: id.into(),
            ..Mentorship::default()
        }
    }

    /// The mentee's zone from the rule, if any and valid.
    pub fn zone(&self) -> Option<Tz> {
        self.rule.as_ref().and_then(|r| parse_zone(&r.zone).ok())
    }

    fn unique_id(&self, date: NaiveDate) -> String {
        let base = base_id(date);
        let taken = |id: &str| self.sessions.iter().any(|s| s.id == id);
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .expect("unbounded")
    }

    /// Puts the sessions back in date and time order (after a time was changed).
    pub fn sort_sessions(&mut self) {
        crate::core::sorting::sort_by(&mut self.sessions, |a, b| {
            (a.date, a.local_time, &a.id).cmp(&(b.date, b.local_time, &b.id))
        });
    }

    /// Sets (or replaces) the schedule rule and rebuilds the planned sessions without losing
    /// anything the user entered.
    ///
    /// * Kept as they are: sessions with user data ([`Session::has_user_data`]: held, missed,
    ///   cancelled, moved, edited agenda, notes, action items, feedback, fit) and sessions dated
    ///   before `today`. When the new rule produces a date that a kept session was originally
    ///   generated for, no duplicate is added.
    /// * Untouched planned sessions from `today` on whose original date the new rule still
    ///   produces keep their id and take the new time and length.
    /// * Other untouched future sessions are removed; new dates get new ids.
    pub fn regenerate(
        &mut self,
        rule: ScheduleRule,
        today: NaiveDate,
    ) -> Result<RegenerateReport, Vec<FieldError>> {
        let occurrences = generate(&rule)?;
        let mut report = RegenerateReport::default();
        let before = self.sessions.clone();
        let old = std::mem::take(&mut self.sessions);
        let (kept, mut reusable): (Vec<Session>, Vec<Session>) = old
            .into_iter()
            .partition(|s| s.has_user_data() || s.date < today);
        report.kept = kept.len();
        self.sessions = kept;
        for occ in &occurrences {
            if self.sessions.iter().any(|s| s.original_date == occ.date) {
                continue;
            }
            if let Some(pos) = reusable.iter().position(|s| s.original_date == occ.date) {
                let mut s = reusable.swap_remove(pos);
                s.date = occ.date;
                s.local_time = rule.local_time;
                s.minutes = rule.minutes;
                self.sessions.push(s);
                report.updated += 1;
            } else {
                let id = self.unique_id(occ.date);
                self.sessions.push(Session::planned(
                    id,
                    occ.date,
                    rule.local_time,
                    rule.minutes,
                ));
                report.added += 1;
            }
        }
        report.removed = reusable.len();
        if self.sessions.len() > MAX_PLAN_SESSIONS {
            // Nothing changes: the plan keeps its sessions and its rule.
            let would = self.sessions.len();
            self.sessions = before;
            return Err(vec![crate::core::form::FieldError::new(
                "end",
                format!(
                    "With the sessions kept from before, this plan would hold {would} sessions; a plan holds at most {MAX_PLAN_SESSIONS}. Choose fewer sessions."
                ),
            )]);
        }
        self.rule = Some(rule);
        self.sort_sessions();
        Ok(report)
    }

    /// Gives every agenda line stored without an id a positional one (`k1`, `k2`… within its
    /// session). Run on stored data when it is read (lines saved before ids existed).
    pub fn give_agenda_ids(&mut self) {
        for s in &mut self.sessions {
            if let Some(items) = &mut s.agenda {
                fill_agenda_ids(items, "k");
            }
        }
    }

    /// The session with this id.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// The session with this id, for editing notes, feedback, fit or status.
    pub fn session_mut(&mut self, id: &str) -> Option<&mut Session> {
        self.sessions.iter_mut().find(|s| s.id == id)
    }

    /// Moves one session to a new local date/time (in the mentee's zone); the rest of the
    /// series is untouched and the id stays the same.
    pub fn move_session(
        &mut self,
        id: &str,
        date: NaiveDate,
        local_time: NaiveTime,
    ) -> Result<(), String> {
        let s = self
            .session_mut(id)
            .ok_or_else(|| format!("no session {id}"))?;
        s.date = date;
        s.local_time = local_time;
        s.moved = true;
        if s.status == SessionStatus::Cancelled {
            s.status = SessionStatus::Planned;
        }
        self.sort_sessions();
        Ok(())
    }

    /// Cancels one session (kept in the list with status Cancelled).
    pub fn cancel_session(&mut self, id: &str) -> Result<(), String> {
        self.set_status(id, SessionStatus::Cancelled)
    }

    /// Marks a session planned, held, missed or cancelled.
    pub fn set_status(&mut self, id: &str, status: SessionStatus) -> Result<(), String> {
        let s = self
            .session_mut(id)
            .ok_or_else(|| format!("no session {id}"))?;
        s.status = status;
        Ok(())
    }

    /// Adds a one-off extra session (outside the rule). Returns its id.
    pub fn add_session(&mut self, date: NaiveDate, local_time: NaiveTime, minutes: u16) -> String {
        let id = self.unique_id(date);
        let mut s = Session::planned(id.clone(), date, local_time, minutes);
        s.moved = true; // never re-timed by regeneration
        self.sessions.push(s);
        self.sort_sessions();
        id
    }

    /// Adds an action item to a session. Returns its id.
    pub fn add_action_item(
        &mut self,
        session_id: &str,
        text: impl Into<String>,
        owner: Owner,
        due: Option<NaiveDate>,
    ) -> Result<String, String> {
        let id = format!("a-{}", self.next_action + 1);
        let s = self
            .session_mut(session_id)
            .ok_or_else(|| format!("no session {session_id}"))?;
        s.action_items.push(ActionItem {
            id: id.clone(),
            text: text.into(),
            owner,
            due,
            done: false,
            via_reply: false,
        });
        self.next_action += 1;
        Ok(id)
    }

    /// Marks an action item (found in any session) done or open.
    pub fn set_action_done(&mut self, action_id: &str, done: bool) -> Result<(), String> {
        self.sessions
            .iter_mut()
            .flat_map(|s| s.action_items.iter_mut())
            .find(|a| a.id == action_id)
            .map(|a| a.done = done)
            .ok_or_else(|| format!("no action item {action_id}"))
    }

    /// Every action item with the id of the session it was agreed in.
    pub fn action_items(&self) -> impl Iterator<Item = (&Session, &ActionItem)> {
        self.sessions
            .iter()
            .flat_map(|s| s.action_items.iter().map(move |a| (s, a)))
    }

    /// Records a win.
    pub fn add_win(&mut self, date: NaiveDate, text: impl Into<String>) {
        self.wins.push(Win {
            date,
            text: text.into(),
        });
        crate::core::sorting::sort_by_key(&mut self.wins, |w| w.date);
    }

    /// Hides a health warning by id.
    pub fn dismiss_warning(&mut self, id: &str) {
        if !self.dismissed_warnings.iter().any(|w| w == id) {
            self.dismissed_warnings.push(id.to_string());
        }
    }

    /// Sessions that are not cancelled, in order.
    pub fn active_sessions(&self) -> impl Iterator<Item = &Session> {
        self.sessions
            .iter()
            .filter(|s| s.status != SessionStatus::Cancelled)
    }

    /// The schedule times of the sessions, for a rule-less view (index = position).
    pub fn occurrence_of(&self, id: &str) -> Option<crate::core::sessions::schedule::Occurrence> {
        let tz = self.zone()?;
        let idx = self.sessions.iter().position(|s| s.id == id)?;
        let s = &self.sessions[idx];
        Some(occurrence_at(idx, s.date, s.local_time, s.minutes, tz))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sessions::schedule::{Cadence, EndRule};

    #[test]
    fn status_labels() {
        let want = ["Planned", "Held", "Missed", "Cancelled"];
        for (s, want) in SessionStatus::ALL.into_iter().zip(want) {
            assert_eq!(s.label(), want);
        }
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    fn t(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }
    fn weekly(start: &str, n: u16, time: &str) -> ScheduleRule {
        ScheduleRule {
            cadence: Cadence::Weekly,
            start: d(start),
            local_time: t(time),
            minutes: 60,
            zone: "Europe/London".into(),
            end: EndRule::Count(n),
            skips: vec![],
        }
    }
    fn ids(m: &Mentorship) -> Vec<String> {
        m.sessions.iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn regenerate_keeps_held_and_noted_sessions() {
        let mut m = Mentorship::new("plan1");
        let r = m.regenerate(weekly("2027-01-04", 4, "09:00"), d("2027-01-01"));
        assert_eq!(r.unwrap().added, 4);
        assert_eq!(
            ids(&m),
            ["s-20270104", "s-20270111", "s-20270118", "s-20270125"]
        );
        m.set_status("s-20270104", SessionStatus::Held).unwrap();
        m.add_action_item("s-20270104", "Draft talk outline", Owner::Mentee, None)
            .unwrap();
        m.session_mut("s-20270118").unwrap().notes = "private".into();
        m.move_session("s-20270125", d("2027-01-27"), t("10:00"))
            .unwrap();

        // New time, every two weeks, same start: today is 2027-01-10.
        let mut rule = weekly("2027-01-04", 4, "17:00");
        rule.cadence = Cadence::EveryNWeeks(2);
        let rep = m.regenerate(rule, d("2027-01-10")).unwrap();
        // Generated: 01-04 (held, kept), 01-18 (notes, kept), 02-01 (new), 02-15 (new).
        // 01-11 untouched → removed; 01-25 moved → kept.
        assert_eq!(
            rep,
            RegenerateReport {
                kept: 3,
                updated: 0,
                added: 2,
                removed: 1
            }
        );
        assert_eq!(
            ids(&m),
            [
                "s-20270104",
                "s-20270118",
                "s-20270125",
                "s-20270201",
                "s-20270215"
            ]
        );
        let s = m.session("s-20270104").unwrap();
        assert_eq!(s.action_items[0].id, "a-1");
        assert_eq!(m.session("s-20270118").unwrap().local_time, t("09:00"));
        assert_eq!(m.session("s-20270125").unwrap().date, d("2027-01-27"));
        assert_eq!(m.session("s-20270201").unwrap().local_time, t("17:00"));
    }

    #[test]
    fn regenerate_retimes_untouched_sessions_in_place() {
        let mut m = Mentorship::new("p");
        m.regenerate(weekly("2027-01-04", 3, "09:00"), d("2027-01-01"))
            .unwrap();
        let rep = m
            .regenerate(weekly("2027-01-04", 3, "18:00"), d("2027-01-01"))
            .unwrap();
        assert_eq!(rep.updated, 3);
        assert_eq!(ids(&m), ["s-20270104", "s-20270111", "s-20270118"]);
        assert!(m.sessions.iter().all(|s| s.local_time == t("18:00")));
        // Regenerating twice is a no-op on ids.
        let again = m
            .regenerate(weekly("2027-01-04", 3, "18:00"), d("2027-01-01"))
            .unwrap();
        assert_eq!(again.added, 0);
    }

    #[test]
    fn extra_session_ids_do_not_clash_and_survive_serde() {
        let mut m = Mentorship::new("p");
        m.regenerate(weekly("2027-01-04", 1, "09:00"), d("2027-01-01"))
            .unwrap();
        let extra = m.add_session(d("2027-01-04"), t("15:00"), 30);
        assert_eq!(extra, "s-20270104-2");
        m.add_win(d("2027-01-05"), "First talk accepted");
        m.cancel_session("s-20270104").unwrap();
        assert_eq!(m.active_sessions().count(), 1);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<Mentorship>(&json).unwrap(), m);
        assert!(m.set_action_done("a-9", true).is_err());
    }

    #[test]
    fn session_in_mentor_zone() {
        let mut m = Mentorship::new("p");
        let mut r = weekly("2027-03-07", 1, "09:00");
        r.zone = "America/New_York".into();
        m.regenerate(r, d("2027-03-01")).unwrap();
        let s = &m.sessions[0];
        let tz = m.zone().unwrap();
        let tokyo = parse_zone("Asia/Tokyo").unwrap();
        assert_eq!(
            s.in_zone(tz, tokyo).format("%Y-%m-%d %H:%M").to_string(),
            "2027-03-07 23:00"
        );
    }
}
