//! The one module that touches localStorage. It reads and writes the versioned envelopes from
//! [`crate::core::store`] and keeps this tab's view of them ([`Store`]): the revision and state
//! it last read or wrote, so a save can tell that another tab wrote in between and merge
//! ([`crate::core::store::merge`]) instead of overwriting.
//!
//! Rules: a value that fails to decode is moved aside, never overwritten; when there is no
//! room to move it, the tab runs read-only. A write that would not fit the quota is refused
//! before anything is written. When localStorage itself is blocked, the tab runs memory-only.
//! Every write reports its real outcome.

use wasm_bindgen::{JsCast, JsValue};

use crate::core::store::merge::Conflict;
use crate::core::store::quota::{self, NoRoom};
use crate::core::store::{AppState, Roster};

pub mod codec;

/// Key of the current state envelope.
pub const KEY: &str = "trellis.state";
/// Key of the imported roster (store version 2), apart so a plan edit never rewrites it.
pub const ROSTER_KEY: &str = "trellis.roster";
/// Prefix of the keys where unreadable state values are kept until the user downloads or
/// discards them (`trellis.unreadable.1`, `.2`, …).
pub const UNREADABLE_PREFIX: &str = "trellis.unreadable.";

/// How this tab can use storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// Reads and writes.
    #[default]
    Normal,
    /// localStorage is blocked: everything works, nothing is kept after the tab closes.
    MemoryOnly,
    /// A stored value could not be read and there was no room to set it aside: nothing is
    /// written until the user downloads and discards it.
    ReadOnly,
}

/// A stored value that did not decode.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// The key it is kept under (a `trellis.unreadable.N` key, or [`KEY`] itself when it
    /// could not be moved).
    pub key: String,
    /// Why it could not be read, in words for the user.
    pub reason: String,
    /// The raw stored text, offered for download.
    pub raw: String,
    /// Still under its own key (no room to move it): the tab is read-only.
    pub in_place: bool,
}

/// What loading found.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Loaded {
    /// The state to start from (empty when nothing readable was stored).
    pub state: AppState,
    /// Nothing was stored: a first visit.
    pub first_visit: bool,
    /// Values that could not be read, waiting for the user to download or discard them.
    pub unreadable: Vec<Unreadable>,
    /// How storage can be used.
    pub mode: Mode,
}

/// Why a save did not happen. [`std::fmt::Display`] gives the sentence for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// It would not fit (checked before writing), or the browser said its quota is reached
    /// (then the sizes are unknown).
    Full(Option<NoRoom>),
    /// Only the roster did not fit; the plan was saved.
    RosterFull(Option<NoRoom>),
    /// The browser refused for another reason.
    Refused(String),
    /// The state holds more than Trellis keeps ([`crate::core::store::bounds::check_writable`]):
    /// written, it would not read back, so it is not written.
    OutOfRange(String),
    ReadOnly,
    MemoryOnly,
    /// The codec that writes the state has not loaded yet ([`codec`]): the save waits for it.
    Loading,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sizes = |f: &mut std::fmt::Formatter<'_>, r: &Option<NoRoom>| match r {
            Some(r) => write!(
                f,
                " (it needs {} characters, {} are free)",
                quota::grouped(r.needed),
                quota::grouped(r.free)
            ),
            None => Ok(()),
        };
        match self {
            SaveError::Full(r) => {
                write!(f, "Not saved: this browser's storage for Trellis is full")?;
                sizes(f, r)?;
                write!(
                    f,
                    ". Your changes are kept in this tab and saved as soon as there is room."
                )
            }
            SaveError::RosterFull(r) => {
                write!(
                    f,
                    "The imported roster is too big for this browser's storage"
                )?;
                sizes(f, r)?;
                write!(f, ", so it is used in this tab only. Your plan is saved.")
            }
            SaveError::Refused(why) => write!(
                f,
                "Not saved: this browser refused to save ({why}). Your changes are kept in this tab."
            ),
            SaveError::OutOfRange(why) => write!(
                f,
                "Not saved: {why}. Your changes are kept in this tab; remove some of them, or download a backup."
            ),
            SaveError::ReadOnly => write!(
                f,
                "Not saved: Trellis is read-only here because the data saved in this browser could not be read and there is no room to set it aside."
            ),
            SaveError::MemoryOnly => write!(
                f,
                "This browser blocks storage: nothing will be kept after you close the tab — download a backup."
            ),
            SaveError::Loading => write!(
                f,
                "Not saved yet: the part of Trellis that saves is still loading. Your changes are kept in this tab and saved as soon as it has loaded."
            ),
        }
    }
}

/// What a save or a sync with another tab's write did.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Synced {
    /// The state this tab should now show: its own, or merged with another tab's save.
    pub state: AppState,
    /// Another tab wrote since this one last read, and its changes were merged in.
    pub merged: bool,
    /// What both tabs changed, for the user.
    pub conflicts: Vec<Conflict>,
    /// Everything was deleted in another tab; this tab now follows (state is empty).
    pub deleted_elsewhere: bool,
    /// The plan was saved but the roster was not.
    pub roster_error: Option<SaveError>,
    /// Another tab wrote a value this one cannot read; it was set aside for the user.
    pub set_aside: bool,
}

/// This tab's view of storage: what it last read or wrote, and that value's revision.
#[derive(Clone, Debug, Default)]
pub struct Store {
    mode: Mode,
    /// Revision of the envelope last read or written.
    rev: u64,
    /// The state last read or written (with the roster as stored).
    base: AppState,
    /// Whether `base` is a value in storage (so its absence means "deleted elsewhere").
    stored: bool,
    /// A roster that did not fit, with the units it needs: not encoded again until that
    /// much room is free.
    unfit_roster: Option<(Roster, usize)>,
}

/// The browser's localStorage, if it can be reached at all.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn error_text(e: &JsValue) -> String {
    let get = |k: &str| js_sys::Reflect::get(e, &k.into()).ok();
    let name = get("name").and_then(|v| v.as_string()).unwrap_or_default();
    let message = get("message")
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    match (name.is_empty(), message.is_empty()) {
        (false, false) => format!("{name}: {message}"),
        (false, true) => name,
        (true, false) => message,
        (true, true) => "no reason given".into(),
    }
}

/// A failed `setItem`, told apart by every engine's quota name and code.
fn classify(e: &JsValue) -> SaveError {
    let get = |k: &str| js_sys::Reflect::get(e, &k.into()).ok();
    let name = get("name").and_then(|v| v.as_string()).unwrap_or_default();
    let code = get("code").and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
    if quota::is_quota_error(&name, code) {
        SaveError::Full(None)
    } else {
        SaveError::Refused(error_text(e))
    }
}

/// Every key, or an error if the browser refuses to list them.
fn keys(s: &web_sys::Storage) -> Result<Vec<String>, JsValue> {
    let len = s.length()?;
    let mut out = Vec::with_capacity(len as usize);
    for i in 0..len {
        if let Some(k) = s.key(i)? {
            out.push(k);
        }
    }
    Ok(out)
}

/// Every entry's size in UTF-16 units (key plus value), measured on the JS strings without
/// copying them into wasm.
fn usage(s: &web_sys::Storage) -> Result<Vec<(String, usize)>, JsValue> {
    let get: js_sys::Function = js_sys::Reflect::get(s, &"getItem".into())?.dyn_into()?;
    keys(s)?
        .into_iter()
        .map(|k| {
            let v = get.call1(s, &JsValue::from_str(&k))?;
            let len = v.dyn_ref::<js_sys::JsString>().map_or(0, |v| v.length()) as usize;
            Ok((k.clone(), quota::units(&k) + len))
        })
        .collect()
}

/// UTF-16 units Trellis's own entries take, and all entries of this site together.
pub fn used_units() -> Option<(usize, usize)> {
    let all = usage(&storage()?).ok()?;
    let ours = all
        .iter()
        .filter(|(k, _)| k.starts_with("trellis."))
        .map(|(_, u)| u)
        .sum();
    Some((ours, all.iter().map(|(_, u)| u).sum()))
}

/// Moves an unreadable value to a fresh `trellis.unreadable.N` key. `Err` when there is no
/// room (the value stays where it is).
fn set_aside(s: &web_sys::Storage, key: &str, raw: &str) -> Result<(), ()> {
    let taken = keys(s).map_err(|_| ())?;
    let aside = (1..)
        .map(|n| format!("{UNREADABLE_PREFIX}{n}"))
        .find(|k| !taken.contains(k))
        .expect("unbounded range");
    s.set_item(&aside, raw).map_err(|_| ())?;
    s.remove_item(key).map_err(|_| ())
}

/// What [`read`] found under [`KEY`].
enum Read {
    Absent,
    /// A value that did not decode, now set aside (or, in read-only mode, left in place).
    Unreadable,
    /// The state (roster included) and its revision.
    Found(Box<AppState>, u64),
    /// A value is stored, but the codec that reads it has not loaded yet ([`codec`]).
    NotYet,
}

/// Reads the stored state. A value that does not decode is set aside (or, with no room,
/// makes the tab read-only and is reported in `unreadable`).
fn read(
    s: &web_sys::Storage,
    mode: &mut Mode,
    unreadable: &mut Vec<Unreadable>,
) -> Result<Read, JsValue> {
    let Some(raw) = s.get_item(KEY)? else {
        return Ok(Read::Absent);
    };
    let Some(codec) = codec::get() else {
        return Ok(Read::NotYet);
    };
    let env = match (codec.decode)(&raw) {
        Ok(env) => env,
        Err(e) => {
            if set_aside(s, KEY, &raw).is_err() {
                *mode = Mode::ReadOnly;
                unreadable.push(Unreadable {
                    key: KEY.into(),
                    reason: e.to_string(),
                    raw,
                    in_place: true,
                });
            }
            return Ok(Read::Unreadable);
        }
    };
    let mut state = env.data;
    if env.version >= 2
        && let Some(raw) = s.get_item(ROSTER_KEY)?
    {
        match (codec.decode_roster)(&raw) {
            Ok(r) => state.roster = Some(r),
            Err(e) => {
                if set_aside(s, ROSTER_KEY, &raw).is_err() {
                    *mode = Mode::ReadOnly;
                    unreadable.push(Unreadable {
                        key: ROSTER_KEY.into(),
                        reason: e.to_string(),
                        raw,
                        in_place: true,
                    });
                }
            }
        }
    }
    Ok(Read::Found(Box::new(state), env.rev))
}

/// Every value set aside earlier, oldest first.
pub fn set_aside_values() -> Vec<Unreadable> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let mut waiting: Vec<String> = keys(&s)
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(UNREADABLE_PREFIX))
        .collect();
    crate::core::sorting::sort(&mut waiting);
    waiting
        .into_iter()
        .filter_map(|key| {
            let raw = s.get_item(&key).ok().flatten()?;
            let reason = match codec::get().map(|c| (c.decode)(&raw)) {
                Some(Err(e)) => e.to_string(),
                _ => "it was set aside earlier".to_string(),
            };
            Some(Unreadable {
                key,
                reason,
                raw,
                in_place: false,
            })
        })
        .collect()
}

/// Whether [`load`] has anything to read, so the app should wait for the [`codec`] before it
/// starts: a stored state, or a value set aside earlier (its reason is read again). `false`
/// when storage is blocked or empty, as on a first visit.
pub fn has_stored_state() -> bool {
    let Some(s) = storage() else {
        return false;
    };
    matches!(s.get_item(KEY), Ok(Some(_)))
        || keys(&s).is_ok_and(|k| k.iter().any(|k| k.starts_with(UNREADABLE_PREFIX)))
}

/// Loads the state. Never panics: blocked storage gives [`Mode::MemoryOnly`], an unreadable
/// value is set aside (or, with no room for that, gives [`Mode::ReadOnly`]) and reported,
/// with any set aside earlier, until the user discards it.
pub fn load() -> (Store, Loaded) {
    let mut loaded = Loaded::default();
    let mut st = Store::default();
    let Some(s) = storage() else {
        loaded.mode = Mode::MemoryOnly;
        st.mode = Mode::MemoryOnly;
        return (st, loaded);
    };
    let mut mode = Mode::Normal;
    let mut unreadable = Vec::new();
    let found = read(&s, &mut mode, &mut unreadable);
    let found = match found {
        Ok(found) => found,
        Err(_) => {
            // Its methods throw (privacy settings): same as no storage.
            loaded.mode = Mode::MemoryOnly;
            st.mode = Mode::MemoryOnly;
            return (st, loaded);
        }
    };
    // `NotYet`: a value another tab wrote after the app decided it need not wait for the codec;
    // it is merged in when the codec arrives (`AppCtx`'s sync), so this is no first visit.
    let absent = matches!(found, Read::Absent);
    if let Read::Found(state, rev) = found {
        st.base = (*state).clone();
        st.rev = rev;
        st.stored = true;
        loaded.state = *state;
    }
    unreadable.extend(set_aside_values());
    loaded.first_visit = absent && unreadable.is_empty();
    loaded.unreadable = unreadable;
    loaded.mode = mode;
    st.mode = mode;
    (st, loaded)
}

/// Same plan, roster aside (the roster is compared on its own, being large).
fn same_plan(a: &AppState, b: &AppState) -> bool {
    // Every field but the roster (it has its own key). Destructured without `..`, so a field
    // added to `AppState` cannot be forgotten here (and then silently never written).
    let AppState {
        goals,
        active_goal,
        needs,
        roster: _,
        use_roster,
        mentoring,
    } = a;
    *goals == b.goals
        && *active_goal == b.active_goal
        && *needs == b.needs
        && *use_roster == b.use_roster
        && *mentoring == b.mentoring
}

impl Store {
    /// How this tab can use storage.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Reads what another tab may have written and merges it into `ours` (this tab's
    /// current state). `None` when nothing changed since this tab last read or wrote.
    pub fn sync(&mut self, ours: &AppState) -> Result<Option<Synced>, SaveError> {
        if self.mode != Mode::Normal {
            return Ok(None);
        }
        let s = storage().ok_or(SaveError::MemoryOnly)?;
        let mut unreadable = Vec::new();
        let mut mode = self.mode;
        let found = read(&s, &mut mode, &mut unreadable).map_err(|e| classify(&e))?;
        self.mode = mode;
        if mode == Mode::ReadOnly {
            return Err(SaveError::ReadOnly);
        }
        match found {
            Read::Unreadable => {
                // Another tab wrote something this one cannot read; it is set aside, and this
                // tab's state is written fresh.
                *self = Store::default();
                Ok(Some(Synced {
                    state: ours.clone(),
                    set_aside: true,
                    ..Synced::default()
                }))
            }
            Read::Absent if self.stored => {
                // Deleted elsewhere: follow, do not resurrect.
                *self = Store::default();
                Ok(Some(Synced {
                    deleted_elsewhere: true,
                    ..Synced::default()
                }))
            }
            Read::Absent | Read::NotYet => Ok(None),
            Read::Found(_, rev) if self.stored && rev == self.rev => Ok(None),
            Read::Found(theirs, rev) => {
                let base = if self.stored {
                    std::mem::take(&mut self.base)
                } else {
                    AppState::default()
                };
                let merge = codec::get()
                    .expect("a value was read, so the codec is loaded")
                    .merge;
                let m = merge(&base, ours, &theirs);
                self.base = *theirs;
                self.rev = rev;
                self.stored = true;
                Ok(Some(Synced {
                    state: m.state,
                    merged: true,
                    conflicts: m.conflicts,
                    ..Synced::default()
                }))
            }
        }
    }

    /// Saves `ours`, first merging whatever another tab wrote since this tab last read.
    /// Refuses before writing what would not fit. On success the returned state is what is
    /// now stored (plus a roster that did not fit, see [`Synced::roster_error`]).
    pub fn save(&mut self, ours: &AppState, saved_at: &str) -> Result<Synced, SaveError> {
        // After a trap the state in memory may be half updated: nothing more is written.
        if crate::ui::browser::trapped() {
            return Err(SaveError::Refused(
                "Trellis stopped after a problem; nothing more is saved until you reload.".into(),
            ));
        }
        match self.mode {
            Mode::MemoryOnly => return Err(SaveError::MemoryOnly),
            Mode::ReadOnly => return Err(SaveError::ReadOnly),
            Mode::Normal => {}
        }
        let s = storage().ok_or(SaveError::MemoryOnly)?;
        let codec = codec::get().ok_or(SaveError::Loading)?;
        let mut out = match self.sync(ours)? {
            Some(synced) if synced.deleted_elsewhere => return Ok(synced),
            Some(synced) => synced,
            None => Synced {
                state: ours.clone(),
                ..Synced::default()
            },
        };
        let next = &out.state;
        // Nothing is written that the decoder would refuse on the next load.
        let problems = (codec.check_writable)(next);
        if !problems.is_empty() {
            return Err(SaveError::OutOfRange(crate::core::store::bounds::summary(
                &problems,
            )));
        }
        let same_plan = self.stored && same_plan(next, &self.base);
        if same_plan && next.roster == self.base.roster {
            return Ok(out); // nothing to write
        }
        // Only the roster differs: if it is one known not to fit and the room has not grown,
        // there is nothing to try.
        if same_plan
            && let (Some((r, needed)), Some(next_r)) = (&self.unfit_roster, &next.roster)
            && r == next_r
        {
            let current = usage(&s).map_err(|e| classify(&e))?;
            let free = quota::QUOTA_UNITS.saturating_sub(
                current
                    .iter()
                    .filter(|(k, _)| k != ROSTER_KEY && k != KEY)
                    .map(|(_, u)| u)
                    .sum(),
            );
            if *needed > free {
                out.roster_error = Some(SaveError::RosterFull(Some(NoRoom {
                    needed: *needed,
                    free,
                })));
                return Ok(out);
            }
        }
        if next.is_empty() {
            // "Delete everything" and its like leave nothing behind.
            for k in [ROSTER_KEY, KEY] {
                s.remove_item(k).map_err(|e| classify(&e))?;
            }
            *self = Store::default();
            return Ok(out);
        }
        let rev = self.rev + 1;
        let main = (codec.encode)(next, saved_at, rev);
        let mut stored_roster = self.base.roster.clone();
        if next.roster != stored_roster {
            match &next.roster {
                None => {
                    s.remove_item(ROSTER_KEY).map_err(|e| classify(&e))?;
                    stored_roster = None;
                }
                Some(r) => {
                    let current = usage(&s).map_err(|e| classify(&e))?;
                    let known = self
                        .unfit_roster
                        .as_ref()
                        .filter(|(u, _)| u == r)
                        .map(|(_, n)| *n);
                    let text = match known {
                        Some(needed) => {
                            let free = quota::QUOTA_UNITS.saturating_sub(
                                current
                                    .iter()
                                    .filter(|(k, _)| k != ROSTER_KEY && k != KEY)
                                    .map(|(_, u)| u)
                                    .sum(),
                            );
                            (needed <= free)
                                .then(|| (codec.encode_roster)(r, saved_at))
                                .ok_or(NoRoom { needed, free })
                        }
                        None => Ok((codec.encode_roster)(r, saved_at)),
                    };
                    let fits = text.as_ref().map_err(|n| *n).and_then(|text| {
                        quota::check(&current, &[(ROSTER_KEY, text), (KEY, &main)])
                    });
                    if let Err(n) = fits {
                        self.unfit_roster = Some((r.clone(), n.needed));
                    }
                    let text = text.unwrap_or_default();
                    let written = fits
                        .map_err(|r| SaveError::RosterFull(Some(r)))
                        .and_then(|()| {
                            s.set_item(ROSTER_KEY, &text)
                                .map_err(|e| match classify(&e) {
                                    SaveError::Full(r) => SaveError::RosterFull(r),
                                    other => other,
                                })
                        });
                    match written {
                        Ok(()) => {
                            stored_roster = Some(r.clone());
                            self.unfit_roster = None;
                        }
                        Err(e @ SaveError::RosterFull(_)) => out.roster_error = Some(e),
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        let current = usage(&s).map_err(|e| classify(&e))?;
        quota::check(&current, &[(KEY, &main)]).map_err(|r| SaveError::Full(Some(r)))?;
        s.set_item(KEY, &main).map_err(|e| classify(&e))?;
        self.rev = rev;
        self.stored = true;
        self.base = AppState {
            roster: stored_roster,
            ..next.clone()
        };
        Ok(out)
    }

    /// Forgets one value set aside as unreadable (or, in read-only mode, the unreadable
    /// value itself, which makes the tab writable again).
    pub fn discard_unreadable(&mut self, key: &str) -> Result<(), String> {
        let s = storage().ok_or("This browser blocks storage.")?;
        if key.starts_with(UNREADABLE_PREFIX) || key == KEY || key == ROSTER_KEY {
            s.remove_item(key).map_err(|e| error_text(&e))?;
        }
        if self.mode == Mode::ReadOnly && (key == KEY || key == ROSTER_KEY) {
            let in_place = [KEY, ROSTER_KEY].into_iter().any(|k| {
                s.get_item(k).ok().flatten().is_some_and(|raw| {
                    // Without the codec nothing can be told apart: the value stays unread.
                    codec::get().is_none_or(|c| {
                        (c.decode)(&raw).is_err() && (c.decode_roster)(&raw).is_err()
                    })
                })
            });
            if !in_place {
                self.mode = Mode::Normal;
                self.stored = false;
            }
        }
        Ok(())
    }

    /// Deletes everything Trellis keeps in this browser. `Err` says what could not be
    /// deleted; in memory-only mode there is nothing stored to delete.
    pub fn delete_all(&mut self) -> Result<(), String> {
        let mode = self.mode;
        *self = Store {
            mode: if mode == Mode::ReadOnly {
                Mode::Normal
            } else {
                mode
            },
            ..Store::default()
        };
        if mode == Mode::MemoryOnly {
            return Ok(());
        }
        let s = storage().ok_or("This browser blocks storage.")?;
        let ours = |s: &web_sys::Storage| -> Result<Vec<String>, String> {
            Ok(keys(s)
                .map_err(|e| error_text(&e))?
                .into_iter()
                .filter(|k| k.starts_with("trellis."))
                .collect())
        };
        for k in ours(&s)? {
            s.remove_item(&k).map_err(|e| error_text(&e))?;
        }
        let left = ours(&s)?;
        if left.is_empty() {
            Ok(())
        } else {
            Err(format!("{} stored values could not be deleted", left.len()))
        }
    }
}

/// The current stored envelope text, for tests and export.
pub fn raw_state() -> Option<String> {
    storage()?.get_item(KEY).ok().flatten()
}

/// The roster's stored text, for tests.
pub fn raw_roster() -> Option<String> {
    storage()?.get_item(ROSTER_KEY).ok().flatten()
}

/// Asks the browser to keep this site's storage under pressure
/// (`navigator.storage.persist()`); `None` when the browser has no such API.
pub async fn request_persist() -> Option<bool> {
    let v = call_storage_manager("persist").await?;
    v.as_bool()
}

/// The browser's own estimate of this site's storage: (bytes used, bytes allowed).
pub async fn estimate() -> Option<(f64, f64)> {
    let v = call_storage_manager("estimate").await?;
    let get = |k: &str| js_sys::Reflect::get(&v, &k.into()).ok()?.as_f64();
    Some((get("usage")?, get("quota")?))
}

async fn call_storage_manager(method: &str) -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&nav, &"storage".into()).ok()?;
    if manager.is_undefined() || manager.is_null() {
        return None;
    }
    let f: js_sys::Function = js_sys::Reflect::get(&manager, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = f.call0(&manager).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Key of the coordinator's cohort (`core::cohort::stored`), kept apart from the state
/// envelope; "Delete everything" removes it with every other `trellis.` key.
pub const COHORT_KEY: &str = "trellis.cohort";

thread_local! {
    /// The stored cohort is known to read (or to be absent): this tab read it or wrote it. A
    /// save then need not read and decode it again (about a megabyte for a large cohort) to
    /// make sure it never overwrites an unreadable one.
    static COHORT_READABLE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Loads the stored cohort (`None`: nothing stored). A value that does not decode is moved
/// aside like an unreadable state (so no save overwrites it) and its reason returned.
pub fn load_cohort() -> Result<Option<crate::core::cohort::stored::Cohort>, String> {
    let Some(s) = storage() else {
        return Ok(None);
    };
    let Some(raw) = s.get_item(COHORT_KEY).ok().flatten() else {
        COHORT_READABLE.set(true);
        return Ok(None);
    };
    let read = crate::core::cohort::stored::decode(&raw);
    COHORT_READABLE.set(read.is_ok());
    read.map(Some).inspect_err(|_| {
        let _ = set_aside(&s, COHORT_KEY, &raw);
    })
}

/// Writes the cohort (an empty one removes the key). A message if it is too big, the browser
/// refused, storage is blocked, or an unreadable cohort that could not be set aside is still
/// stored there (it is never overwritten).
pub fn save_cohort(c: &crate::core::cohort::stored::Cohort) -> Result<(), String> {
    if crate::ui::browser::trapped() {
        return Err(
            "Trellis stopped after a problem; nothing more is saved until you reload.".into(),
        );
    }
    let Some(s) = storage() else {
        return Err(
            "This browser blocks storage: the cohort is kept in this tab only. Export the pairs before you close it."
                .into(),
        );
    };
    if !COHORT_READABLE.get()
        && let Some(old) = s.get_item(COHORT_KEY).ok().flatten()
        && crate::core::cohort::stored::decode(&old).is_err()
    {
        return Err(
            "A stored cohort could not be read and there was no room to set it aside; it is kept as it is, so this one is not saved."
                .into(),
        );
    }
    if c.is_empty() {
        return s
            .remove_item(COHORT_KEY)
            .map(|()| COHORT_READABLE.set(true))
            .map_err(|e| {
                format!(
                    "The browser refused to delete the cohort ({}).",
                    error_text(&e)
                )
            });
    }
    let text = crate::core::cohort::stored::encode(c)?;
    s.set_item(COHORT_KEY, &text)
        .map(|()| COHORT_READABLE.set(true))
        .map_err(|e| match classify(&e) {
            SaveError::Full(_) => {
                "There is no room in this browser's storage for the cohort; it is kept in this tab only."
                    .to_string()
            }
            other => format!("This browser refused to save the cohort: {other}"),
        })
}
