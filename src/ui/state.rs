//! The app-wide state handed to every page through context, and the one persistence effect
//! that writes it to storage (debounced, flushed when the page is hidden, retried while a
//! write is refused), merging what other tabs save (the `storage` event).

use std::time::Duration;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{browser, storage};
use crate::core::form::FieldError;
use crate::core::goals::goal::{Goal, GoalDraft};
use crate::core::store::{AppState, GoalEntry};

/// Everything pages share. Cheap to copy: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct AppCtx {
    /// The mentee's data; every edit goes through this signal and is persisted.
    pub state: RwSignal<AppState>,
    /// Stored values that could not be read, waiting for the user.
    pub unreadable: RwSignal<Vec<storage::Unreadable>>,
    /// The last save failure, shown in a banner until a save succeeds.
    pub save_error: RwSignal<Option<String>>,
    /// How this tab can use storage (normal, memory-only, read-only).
    pub storage_mode: RwSignal<storage::Mode>,
    /// What happened with other tabs' saves (merges that met a conflict, a deletion),
    /// shown until dismissed.
    pub tab_notices: RwSignal<Vec<String>>,
    /// The answer to `navigator.storage.persist()`, asked after the first real save.
    pub persisted: RwSignal<Option<bool>>,
    /// This tab's view of storage (revision and state last read or written).
    store: StoredValue<storage::Store>,
    /// The last write was refused for want of room (or by the browser): try again.
    retry: StoredValue<bool>,
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
        let (store, loaded) = storage::load();
        let state = RwSignal::new(loaded.state);
        // The draft first (compared, so a change elsewhere in the state, an importance on the
        // Mentors page, does not validate the goal again).
        let draft = Memo::new(move |_| state.with(|s| s.active().map(|g| g.draft.clone())));
        let goal_check = Memo::new(move |_| draft.with(|d| d.as_ref().map(GoalDraft::validate)));
        let active_goal = Memo::new(move |_| {
            goal_check.with(|c| c.as_ref().and_then(|r| r.as_ref().ok().cloned()))
        });
        let ctx = AppCtx {
            state,
            unreadable: RwSignal::new(loaded.unreadable),
            save_error: RwSignal::new(None),
            storage_mode: RwSignal::new(loaded.mode),
            tab_notices: RwSignal::new(Vec::new()),
            persisted: RwSignal::new(None),
            store: StoredValue::new(store),
            retry: StoredValue::new(false),
            today: browser::today(),
            goal_check,
            active_goal,
        };
        provide_context(ctx);
        ctx.persist();
        if storage::codec::get().is_none() {
            ctx.load_codec_later();
        }
        ctx
    }

    /// A first visit: nothing was stored, so the app started without the codec that reads and
    /// writes the state (`storage::codec`). It loads once the route's page is on screen (on a
    /// deep link, its download would otherwise share the network with the page's own) and the
    /// browser is idle, or at the first save if that comes sooner.
    fn load_codec_later(self) {
        let pending = || {
            document()
                .query_selector("#main > .route-pending:only-child")
                .ok()
                .flatten()
                .is_some()
        };
        browser::when_idle(move || {
            if pending() {
                set_timeout(move || self.load_codec_later(), CODEC_RECHECK);
            } else {
                storage::codec::load(move || self.codec_arrived());
            }
        });
    }

    /// The codec has loaded: read what another tab saved meanwhile, and write what waited.
    fn codec_arrived(self) {
        self.sync_now();
        if self.retry.get_value() {
            let _ = self.write_now();
        }
    }

    /// The context provided by [`AppCtx::provide`].
    pub fn use_ctx() -> AppCtx {
        expect_context::<AppCtx>()
    }

    /// Takes what a save or sync returned: shows the merged state and tells the user what
    /// met a conflict or was deleted elsewhere.
    fn take(self, synced: storage::Synced) {
        let mut notes: Vec<String> = synced.conflicts.iter().map(ToString::to_string).collect();
        if synced.deleted_elsewhere {
            notes.push(
                "Everything Trellis kept in this browser was deleted in another tab; this tab follows and is empty now.".into(),
            );
        }
        if synced.set_aside {
            self.unreadable.set(storage::set_aside_values());
        }
        if !notes.is_empty() {
            self.tab_notices.update(|n| n.extend(notes));
        }
        if synced.merged || synced.deleted_elsewhere {
            let differs = self.state.with_untracked(|s| *s != synced.state);
            if differs {
                self.state.set(synced.state);
            }
        }
    }

    /// Writes the state now and says what happened (the banner shows failures too).
    fn write_now(self) -> Result<(), String> {
        let ours = self.state.get_untracked();
        let result = self
            .store
            .try_update_value(|st| st.save(&ours, &browser::now_iso()))
            .unwrap_or(Err(storage::SaveError::Refused(
                "the page is closing".into(),
            )));
        self.storage_mode.set(self.store.with_value(|st| st.mode()));
        self.retry.set_value(matches!(
            result,
            Err(storage::SaveError::Full(_)
                | storage::SaveError::Refused(_)
                | storage::SaveError::Loading)
        ));
        if matches!(result, Err(storage::SaveError::Loading)) {
            // Sooner than the idle moment `load_codec_later` waits for: a save is waiting.
            storage::codec::load(move || self.codec_arrived());
        }
        match result {
            Ok(synced) => {
                let roster_error = synced.roster_error.clone();
                let wrote = !synced.deleted_elsewhere && !ours.is_empty();
                self.take(synced);
                if wrote && self.persisted.get_untracked().is_none() {
                    self.persisted.set(Some(false));
                    leptos::task::spawn_local(async move {
                        let granted = storage::request_persist().await.unwrap_or(false);
                        self.persisted.set(Some(granted));
                    });
                }
                let msg = roster_error.map(|e| e.to_string());
                self.save_error.set(msg.clone());
                msg.map_or(Ok(()), Err)
            }
            Err(storage::SaveError::MemoryOnly) => {
                // The banner says it once for the whole tab.
                self.save_error.set(None);
                Err(storage::SaveError::MemoryOnly.to_string())
            }
            Err(e) => {
                let msg = e.to_string();
                self.save_error.set(Some(msg.clone()));
                Err(msg)
            }
        }
    }

    /// Merges what another tab saved (called on the `storage` event).
    fn sync_now(self) {
        let ours = self.state.get_untracked();
        let result = self.store.try_update_value(|st| st.sync(&ours));
        self.storage_mode.set(self.store.with_value(|st| st.mode()));
        if let Some(Ok(Some(synced))) = result {
            self.take(synced);
        }
    }

    /// The persistence effect: one write per pause in editing, plus one when the page is
    /// hidden; a refused write is retried every few seconds until it succeeds.
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
                    let _ = self.write_now();
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
                let _ = self.write_now();
            }
        };
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let on_vis = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        });
        // Another tab wrote (or deleted): merge it in now, so this tab shows it and its own
        // next save builds on it.
        let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
            let key = ev.key();
            if key.is_none() || key.as_deref() == Some(storage::KEY) {
                self.sync_now();
                if self.retry.get_value() {
                    let _ = self.write_now();
                }
            }
        });
        let retry = set_interval_with_handle(
            move || {
                if self.retry.get_value() && pending.get_value().is_none() {
                    let _ = self.write_now();
                }
            },
            RETRY_EVERY,
        );
        // The app lives as long as the page; keep the listeners.
        std::mem::forget(on_hide);
        std::mem::forget(on_vis);
        std::mem::forget(on_storage);
        std::mem::forget(retry);
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

    /// Writes the state immediately and hands `then` whether it was kept: a message that
    /// claims a save may only follow `Ok`. On a first visit whose codec has not loaded yet
    /// (`storage::codec`), the banner says the save waits and `then` runs once it has loaded
    /// and the write is done, so the caller never reports "not saved" for a save that follows.
    pub fn save_now(self, then: impl FnOnce(Result<(), String>) + 'static) {
        if storage::codec::get().is_some() {
            return then(self.write_now());
        }
        let _ = self.write_now();
        storage::codec::load(move || then(self.write_now()));
    }

    /// [`AppCtx::save_now`] for async code.
    pub async fn saved(self) -> Result<(), String> {
        let (tx, rx) = std::sync::mpsc::channel();
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let tx = tx.clone();
            self.save_now(move |r| {
                let _ = tx.send(r);
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            });
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        rx.try_recv()
            .unwrap_or_else(|_| Err("the save did not report back".into()))
    }

    /// Forgets a stored value that could not be read (after the user downloaded it, or
    /// chose not to).
    pub fn discard_unreadable(self, key: &str) -> Result<(), String> {
        let result = self
            .store
            .try_update_value(|st| st.discard_unreadable(key))
            .unwrap_or(Ok(()));
        if result.is_ok() {
            self.unreadable.update(|v| v.retain(|x| x.key != key));
        }
        let was = self.storage_mode.get_untracked();
        let now = self.store.with_value(|st| st.mode());
        self.storage_mode.set(now);
        if was == storage::Mode::ReadOnly && now == storage::Mode::Normal {
            // Writable again: save what was kept in memory meanwhile.
            self.save_error.set(None);
            let _ = self.write_now();
        }
        result
    }

    /// Deletes everything stored and starts empty. `Err` says what could not be deleted.
    pub fn delete_everything(self) -> Result<(), String> {
        let result = self
            .store
            .try_update_value(|st| st.delete_all())
            .unwrap_or(Ok(()));
        self.unreadable.set(storage::set_aside_values());
        self.save_error.set(None);
        self.storage_mode.set(self.store.with_value(|st| st.mode()));
        // An empty state is never written, so storage stays empty.
        self.state.set(AppState::default());
        result
    }
}

/// How long typing may pause before the state is written.
const SAVE_DEBOUNCE: Duration = Duration::from_millis(300);
/// How often a refused write is tried again (space may have been freed elsewhere).
const RETRY_EVERY: Duration = Duration::from_secs(2);
/// How soon a first visit looks again whether the route's page is on screen, before it loads
/// the codec.
const CODEC_RECHECK: Duration = Duration::from_millis(200);
