//! The handle every Sessions component shares: the active goal (validated), the chosen mentor
//! and the mentorship as memos, and one way to edit the mentorship. Not a component itself.

use chrono::NaiveDateTime;
use leptos::prelude::*;

use crate::core::goals::goal::Goal;
use crate::core::mentors::mentor::Mentor;
use crate::core::sessions::plan::{Mentorship, Session};
use crate::core::time::tz::{Tz, parse_zone};
use crate::ui::browser;
use crate::ui::state::AppCtx;

/// Derived views of the active plan plus an editor. Cheap to copy.
#[derive(Clone, Copy)]
pub struct PlanCtx {
    /// The app context.
    pub app: AppCtx,
    /// The active goal, if its draft validates.
    pub goal: Memo<Option<Goal>>,
    /// The chosen mentor, if any.
    pub mentor: Memo<Option<Mentor>>,
    /// The mentorship (an empty one until the mentee first saves something).
    pub plan: Memo<Mentorship>,
    /// The mentee's zone from the schedule rule, if a schedule exists.
    pub mentee_tz: Memo<Option<Tz>>,
    /// The mentor's zone, if it parses.
    pub mentor_tz: Memo<Option<Tz>>,
}

impl PlanCtx {
    /// One session of the plan by its stable id, and its 1-based number in the plan.
    pub fn session_memos(self, sid: StoredValue<String>) -> (Memo<Option<Session>>, Memo<usize>) {
        let session = Memo::new(move |_| {
            self.plan
                .with(|p| sid.with_value(|id| p.session(id).cloned()))
        });
        let number = Memo::new(move |_| {
            self.plan.with(|p| {
                sid.with_value(|id| p.sessions.iter().position(|s| &s.id == id).unwrap_or(0) + 1)
            })
        });
        (session, number)
    }

    /// Builds the handle from the app context.
    pub fn new(app: AppCtx) -> PlanCtx {
        let goal = app.active_goal;
        let mentor = Memo::new(move |_| {
            app.state
                .with(|s| s.active().and_then(|g| g.mentor.clone()))
        });
        let plan = Memo::new(move |_| {
            app.state.with(|s| {
                s.active()
                    .and_then(|g| g.mentorship.clone())
                    .unwrap_or_default()
            })
        });
        let mentee_tz = Memo::new(move |_| plan.with(Mentorship::zone));
        let mentor_tz = Memo::new(move |_| {
            mentor.with(|m| m.as_ref().and_then(|m| parse_zone(&m.time_zone).ok()))
        });
        PlanCtx {
            app,
            goal,
            mentor,
            plan,
            mentee_tz,
            mentor_tz,
        }
    }

    /// Edits the mentorship, creating it (with a fresh plan id) on first use.
    pub fn update<R>(self, f: impl FnOnce(&mut Mentorship) -> R) -> Option<R> {
        let mut out = None;
        self.app.update_goal(|g| {
            let m = g
                .mentorship
                .get_or_insert_with(|| Mentorship::new(browser::new_id(&g.id)));
            out = Some(f(m));
        });
        out
    }

    /// A session's start in the mentor's zone, as "Tue 14:00", if both zones are known.
    pub fn mentor_time(self, local: NaiveDateTime) -> Option<String> {
        let (me, them) = (self.mentee_tz.get()?, self.mentor_tz.get()?);
        let utc = crate::core::time::tz::local_to_utc(local, me);
        Some(crate::core::time::datefmt::short_datetime(
            crate::core::time::tz::utc_to_local(utc, them),
        ))
    }
}

/// "Tue 12 Jan 2027, 09:00".
pub fn fmt_local(t: NaiveDateTime) -> String {
    crate::core::time::datefmt::long_datetime(t)
}
