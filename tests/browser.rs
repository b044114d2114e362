//! In-browser tests (wasm-bindgen-test in headless Chromium): the storage module against the
//! real localStorage, and the app shell mounted into the real DOM.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use trellis::core::store::{self, AppState, GoalEntry};
use trellis::ui::storage;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    LocalStorage::clear();
}

fn sample_state() -> AppState {
    let mut s = AppState::default();
    s.goals.push(GoalEntry {
        id: "g1".into(),
        ..Default::default()
    });
    s.goals[0].draft.statement = "Give 3 talks — ünïcødé 🎤".into();
    s.active_goal = Some("g1".into());
    s
}

#[wasm_bindgen_test]
fn missing_value_is_a_first_visit() {
    clear();
    let loaded = storage::load();
    assert!(loaded.first_visit);
    assert_eq!(loaded.state, AppState::default());
    assert!(loaded.unreadable.is_empty());
}

#[wasm_bindgen_test]
fn save_then_load_returns_the_same_state() {
    clear();
    let s = sample_state();
    storage::save(&s, "2026-11-22T08:00:00Z").unwrap();
    let loaded = storage::load();
    assert!(!loaded.first_visit);
    assert_eq!(loaded.state, s);
    // The stored text is the versioned envelope.
    let raw = storage::raw_state().unwrap();
    let env = store::decode(&raw).unwrap();
    assert_eq!(env.version, store::VERSION);
    assert_eq!(env.saved_at, "2026-11-22T08:00:00Z");
}

#[wasm_bindgen_test]
fn reload_keeps_state_and_overwrites_on_next_save() {
    clear();
    let mut s = sample_state();
    storage::save(&s, "t1").unwrap();
    // A "reload": load again, edit, save, load.
    let mut again = storage::load().state;
    assert_eq!(again, s);
    again.goals[0].draft.aspiration = "Lead a team".into();
    storage::save(&again, "t2").unwrap();
    s.goals[0].draft.aspiration = "Lead a team".into();
    assert_eq!(storage::load().state, s);
}

#[wasm_bindgen_test]
fn corrupted_value_is_kept_aside_and_reported() {
    clear();
    LocalStorage::raw()
        .set_item(storage::KEY, "{not json")
        .unwrap();
    let loaded = storage::load();
    assert_eq!(loaded.state, AppState::default());
    assert!(!loaded.first_visit);
    assert_eq!(loaded.unreadable.len(), 1);
    let u = &loaded.unreadable[0];
    assert!(u.reason.contains("not valid JSON"), "{}", u.reason);
    assert_eq!(u.raw, "{not json");
    // Saving new state can no longer overwrite the unreadable value.
    storage::save(&sample_state(), "t").unwrap();
    let again = storage::load();
    assert_eq!(again.state, sample_state());
    assert_eq!(again.unreadable.len(), 1, "still reported until discarded");
    assert_eq!(again.unreadable[0].raw, "{not json");
    storage::discard_unreadable(&again.unreadable[0].key);
    assert!(storage::load().unreadable.is_empty());
}

#[wasm_bindgen_test]
fn a_second_corruption_does_not_replace_the_first() {
    clear();
    LocalStorage::raw().set_item(storage::KEY, "first").unwrap();
    let _ = storage::load();
    LocalStorage::raw()
        .set_item(storage::KEY, r#"{"version":7,"data":{}}"#)
        .unwrap();
    let loaded = storage::load();
    assert_eq!(loaded.unreadable.len(), 2);
    assert_eq!(loaded.unreadable[0].raw, "first");
    assert!(
        loaded.unreadable[1].reason.contains("newer Trellis"),
        "{}",
        loaded.unreadable[1].reason
    );
}

#[wasm_bindgen_test]
fn empty_state_is_not_written_and_delete_all_wipes_only_trellis() {
    clear();
    LocalStorage::raw().set_item("other.app", "keep").unwrap();
    storage::save(&sample_state(), "t").unwrap();
    storage::save(&AppState::default(), "t").unwrap();
    assert!(storage::raw_state().is_none());
    storage::save(&sample_state(), "t").unwrap();
    LocalStorage::raw()
        .set_item("trellis.unreadable.1", "x")
        .unwrap();
    storage::delete_all();
    assert!(storage::raw_state().is_none());
    assert!(storage::load().unreadable.is_empty());
    assert_eq!(
        LocalStorage::raw()
            .get_item("other.app")
            .unwrap()
            .as_deref(),
        Some("keep")
    );
}
