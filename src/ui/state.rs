//! The app-wide state handed to every page through context, and the one persistence effect
//! that writes it to storage (debounced, flushed when the page is hidden).

use std::time::Duration;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{browser, storage};
use crate::core::form::FieldError;
use crate::core::goals::goal::{Goal, GoalDraft};
use crate::core::store::{AppState, GoalEntry};

/// How long typing may pause before the state is written.
const SAVE_DEBOUNCE: Duration = Duration::from_millis(300);

/// Everything pages share. Cheap to copy: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct AppCtx {
    /// The mentee's data; every edit goes through this signal and is persisted.
    pub state: RwSignal<AppState>,
    /// Stored values that could not be read, waiting for the user.
    pub unreadable: RwSignal<Vec<storage::Unreadable>>,
    /// The last save failure, shown in the footer until a save succeeds.
    pub save_error: RwSignal<Option<String>>,
    /// Today's date, read once from the browser at start.
    pub today: NaiveDate,
    /// The active goal's draft, validated once for every page: `None` without an active goal,
    /// else the goal or every problem with the draft.
    pub goal_check: Memo<Option<Result<Goal, Vec<FieldError>>>>,
    /// The active goal, if its draft validates (read from [`AppCtx::goal_check`]).
    pub active_goal: Memo<Option<Goal>>,
}

impl AppCtx {
    /// Loads stored state, provides the context and starts persisting.
    pub fn provide() -> AppCtx {
        let loaded = storage::load();
        let state = RwSignal::new(loaded.state);
        let goal_check = Memo::new(move |_| state.with(|s| s.active().map(|g| g.draft.validate())));
        let active_goal = Memo::new(move |_| {
            goal_check.with(|c| c.as_ref().and_then(|r| r.as_ref().ok().cloned()))
        });
        let ctx = AppCtx {
            state,
            unreadable: RwSignal::new(loaded.unreadable),
            save_error: RwSignal::new(None),
            today: browser::today(),
            goal_check,
            active_goal,
        };
        provide_context(ctx);
        ctx.persist();
        ctx
    }

    /// The context provided by [`AppCtx::provide`].
    pub fn use_ctx() -> AppCtx {
        expect_context::<AppCtx>()
    }

    fn write_now(self) {
        let result = self
            .state
            .with_untracked(|s| storage::save(s, &browser::now_iso()));
        self.save_error.set(result.err());
    }

    /// The persistence effect: one write per pause in editing, plus one when the page is hidden.
    fn persist(self) {
        let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
        let first = StoredValue::new(true);
        Effect::new(move |_| {
            self.state.track();
            if first.get_value() {
                // The value just loaded needs no write.
                first.set_value(false);
                return;
            }
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let handle = set_timeout_with_handle(
                move || {
                    pending.set_value(None);
                    self.write_now();
                },
                SAVE_DEBOUNCE,
            )
            .ok();
            pending.set_value(handle);
        });
        let flush = move || {
            if let Some(h) = pending.get_value() {
                h.clear();
                pending.set_value(None);
                self.write_now();
            }
        };
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let on_vis = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        });
        // The app lives as long as the page; keep the listeners.
        std::mem::forget(on_hide);
        std::mem::forget(on_vis);
    }

    /// The active goal's draft, if there is an active goal.
    pub fn active_draft(self) -> Memo<Option<GoalDraft>> {
        Memo::new(move |_| self.state.with(|s| s.active().map(|g| g.draft.clone())))
    }

    /// Edits the active goal entry (no-op without one).
    pub fn update_goal(self, f: impl FnOnce(&mut GoalEntry)) {
        self.state.update(|s| {
            if let Some(g) = s.active_mut() {
                f(g);
            }
        });
    }

    /// Edits the active goal's draft (no-op without one).
    pub fn update_draft(self, f: impl FnOnce(&mut GoalDraft)) {
        self.update_goal(|g| f(&mut g.draft));
    }

    /// Adds a goal with this draft, makes it the active plan, and returns its id.
    pub fn add_goal(self, draft: GoalDraft) -> String {
        let mut id = String::new();
        self.state.update(|s| {
            id = s.next_goal_id();
            s.goals.push(GoalEntry {
                id: id.clone(),
                draft,
                ..GoalEntry::default()
            });
            s.active_goal = Some(id.clone());
        });
        id
    }

    /// Writes the state immediately (used before navigating away programmatically).
    pub fn save_now(self) {
        self.write_now();
    }

    /// Deletes everything stored and starts empty.
    pub fn delete_everything(self) {
        storage::delete_all();
        self.unreadable.set(Vec::new());
        // An empty state is never written, so storage stays empty.
        self.state.set(AppState::default());
    }
}
