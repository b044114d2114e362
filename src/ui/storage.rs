//! The one module that touches localStorage. It reads and writes the versioned envelope from
//! [`crate::core::store`]; a value that fails to decode is moved aside (never overwritten
//! silently) so the user can download it.

use gloo_storage::{LocalStorage, Storage};

use crate::core::store::{self, AppState};

/// Key of the current state envelope.
pub const KEY: &str = "trellis.state";
/// Prefix of the keys where unreadable state values are kept until the user downloads or
/// discards them (`trellis.unreadable.1`, `.2`, …).
pub const UNREADABLE_PREFIX: &str = "trellis.unreadable.";

/// A stored value that did not decode, moved aside so no save can overwrite it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// The key it is kept under.
    pub key: String,
    /// Why it could not be read, in words for the user.
    pub reason: String,
    /// The raw stored text, offered for download.
    pub raw: String,
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
}

fn raw_get(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

fn keys() -> Vec<String> {
    let storage = LocalStorage::raw();
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// Loads the state. Never panics. A value that does not decode is moved to a fresh
/// `trellis.unreadable.N` key, so that later saves cannot overwrite it, and is reported (with
/// any earlier ones) until the user discards it.
pub fn load() -> Loaded {
    let mut loaded = Loaded::default();
    match raw_get(KEY) {
        None => loaded.first_visit = true,
        Some(raw) => match store::decode(&raw) {
            Ok(env) => loaded.state = env.data,
            Err(_) => {
                let taken = keys();
                let key = (1..)
                    .map(|n| format!("{UNREADABLE_PREFIX}{n}"))
                    .find(|k| !taken.contains(k))
                    .expect("unbounded range");
                if LocalStorage::raw().set_item(&key, &raw).is_ok() {
                    let _ = LocalStorage::raw().remove_item(KEY);
                }
            }
        },
    }
    let mut waiting: Vec<String> = keys()
        .into_iter()
        .filter(|k| k.starts_with(UNREADABLE_PREFIX))
        .collect();
    crate::core::sorting::sort(&mut waiting);
    for key in waiting {
        if let Some(raw) = raw_get(&key) {
            let reason = match store::decode(&raw) {
                Err(e) => e.to_string(),
                Ok(_) => "it was set aside earlier".to_string(),
            };
            loaded.unreadable.push(Unreadable { key, reason, raw });
        }
    }
    loaded
}

/// Forgets one value set aside as unreadable.
pub fn discard_unreadable(key: &str) {
    if key.starts_with(UNREADABLE_PREFIX) {
        LocalStorage::delete(key);
    }
}

/// Writes the state envelope. An empty state removes the key instead, so that "delete
/// everything" leaves nothing behind. Returns a message if the browser refused (quota, private
/// mode).
pub fn save(state: &AppState, saved_at: &str) -> Result<(), String> {
    if state.is_empty() {
        LocalStorage::delete(KEY);
        return Ok(());
    }
    let text = store::encode(state, saved_at);
    LocalStorage::raw()
        .set_item(KEY, &text)
        .map_err(|_| "This browser refused to save (storage full or blocked).".to_string())
}

/// The current stored envelope text, for export.
pub fn raw_state() -> Option<String> {
    raw_get(KEY)
}

/// Deletes everything Trellis keeps in this browser.
pub fn delete_all() {
    for k in keys().into_iter().filter(|k| k.starts_with("trellis.")) {
        LocalStorage::delete(&k);
    }
}

/// Key of the coordinator's cohort (`core::cohort::stored`), kept apart from the state
/// envelope; "Delete everything" removes it with every other `trellis.` key.
pub const COHORT_KEY: &str = "trellis.cohort";

/// Loads the stored cohort (`None`: nothing stored). A value that does not decode is moved
/// aside like an unreadable state (so no save overwrites it) and its reason returned.
pub fn load_cohort() -> Result<Option<crate::core::cohort::stored::Cohort>, String> {
    let Some(raw) = raw_get(COHORT_KEY) else {
        return Ok(None);
    };
    crate::core::cohort::stored::decode(&raw)
        .map(Some)
        .inspect_err(|_| {
            let taken = keys();
            let key = (1..)
                .map(|n| format!("{UNREADABLE_PREFIX}{n}"))
                .find(|k| !taken.contains(k))
                .expect("unbounded range");
            if LocalStorage::raw().set_item(&key, &raw).is_ok() {
                let _ = LocalStorage::raw().remove_item(COHORT_KEY);
            }
        })
}

/// Writes the cohort (an empty one removes the key). A message if it is too big or the
/// browser refused.
pub fn save_cohort(c: &crate::core::cohort::stored::Cohort) -> Result<(), String> {
    if c.is_empty() {
        LocalStorage::delete(COHORT_KEY);
        return Ok(());
    }
    let text = crate::core::cohort::stored::encode(c)?;
    LocalStorage::raw()
        .set_item(COHORT_KEY, &text)
        .map_err(|_| {
            "This browser refused to save the cohort (storage full or blocked).".to_string()
        })
}
