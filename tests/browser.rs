//! In-browser tests (wasm-bindgen-test in headless Chromium): the storage module against the
//! real localStorage (its real 5,242,880-unit quota), and the app shell mounted into the real
//! DOM.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use trellis::core::store::{self, AppState, GoalEntry, Roster, quota};
use trellis::ui::storage::{self, Mode, SaveError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    LocalStorage::clear();
}

fn raw() -> web_sys::Storage {
    LocalStorage::raw()
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

/// Every key and value, to compare storage before and after byte for byte.
fn snapshot() -> Vec<(String, String)> {
    let s = raw();
    let mut out: Vec<(String, String)> = (0..s.length().unwrap())
        .map(|i| {
            let k = s.key(i).unwrap().unwrap();
            let v = s.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect();
    out.sort();
    out
}

/// Fills storage with one `filler` value so that only `room` UTF-16 units stay free.
fn fill_leaving(room: usize) {
    let used: usize = snapshot()
        .iter()
        .map(|(k, v)| quota::entry_units(k, v))
        .sum();
    let n = quota::QUOTA_UNITS - used - "filler".len() - room;
    raw().set_item("filler", &"x".repeat(n)).unwrap();
}

#[wasm_bindgen_test]
fn missing_value_is_a_first_visit() {
    clear();
    let (st, loaded) = storage::load();
    assert!(loaded.first_visit);
    assert_eq!(loaded.state, AppState::default());
    assert!(loaded.unreadable.is_empty());
    assert_eq!(st.mode(), Mode::Normal);
}

#[wasm_bindgen_test]
fn save_then_load_returns_the_same_state_with_the_roster_apart() {
    clear();
    let mut s = sample_state();
    s.roster = Some(Roster {
        file_name: "r.csv".into(),
        imported_on: "2026-12-01".into(),
        mentors: Vec::new(),
    });
    let (mut st, _) = storage::load();
    st.save(&s, "2026-11-22T08:00:00Z").unwrap();
    let (_, loaded) = storage::load();
    assert!(!loaded.first_visit);
    assert_eq!(loaded.state, s);
    // The stored text is the versioned envelope, without the roster; the roster has its key.
    let env = store::decode(&storage::raw_state().unwrap()).unwrap();
    assert_eq!((env.version, env.rev), (store::VERSION, 1));
    assert_eq!(env.saved_at, "2026-11-22T08:00:00Z");
    assert!(!storage::raw_state().unwrap().contains("r.csv"));
    let roster_before = storage::raw_roster().unwrap();
    // A plan edit does not rewrite the roster.
    s.goals[0].draft.aspiration = "Lead".into();
    st.save(&s, "2026-11-22T09:00:00Z").unwrap();
    assert_eq!(storage::raw_roster().unwrap(), roster_before);
    assert_eq!(
        store::decode(&storage::raw_state().unwrap()).unwrap().rev,
        2
    );
    assert_eq!(storage::load().1.state, s);
}

/// Regression: a change to a mentor's copy alone (its private notes) is written too; once the
/// "nothing changed" check compared only the mentee's own fields, so the notes were lost on
/// reload.
#[wasm_bindgen_test]
fn a_change_to_plans_i_mentor_alone_is_saved() {
    clear();
    let mut s = sample_state();
    s.mentoring = vec![store::MentorCopy {
        id: "mc1".into(),
        origin: "g1-x".into(),
        link: "v1.x".into(),
        saved_on: "2026-12-01".into(),
        notes: String::new(),
        reply: store::ReplyDraft::default(),
    }];
    let (mut st, _) = storage::load();
    st.save(&s, "t1").unwrap();
    s.mentoring[0].notes = "Asks sharp questions".into();
    st.save(&s, "t2").unwrap();
    assert_eq!(
        storage::load().1.state.mentoring[0].notes,
        "Asks sharp questions"
    );
}

#[wasm_bindgen_test]
fn a_version_1_value_loads_and_is_rewritten_as_version_2() {
    clear();
    raw()
        .set_item(storage::KEY, include_str!("fixtures/store_v1.json"))
        .unwrap();
    let (mut st, loaded) = storage::load();
    assert_eq!(loaded.state.goals.len(), 1);
    let mut s = loaded.state.clone();
    s.goals[0].draft.aspiration = "Lead".into();
    st.save(&s, "t").unwrap();
    let env = store::decode(&storage::raw_state().unwrap()).unwrap();
    assert_eq!((env.version, env.rev, env.data), (2, 1, s));
}

#[wasm_bindgen_test]
fn another_tabs_save_is_merged_not_overwritten() {
    clear();
    let s = sample_state();
    let (mut a, _) = storage::load();
    a.save(&s, "t1").unwrap();
    // Tab B loads, edits the aspiration and saves.
    let (mut b, loaded) = storage::load();
    let mut theirs = loaded.state;
    theirs.goals[0].draft.aspiration = "Lead a team".into();
    b.save(&theirs, "t2").unwrap();
    // Tab A, which never saw that, edits the statement and saves.
    let mut ours = s.clone();
    ours.goals[0].draft.statement = "Give 4 talks".into();
    let synced = a.save(&ours, "t3").unwrap();
    assert!(synced.merged);
    assert!(synced.conflicts.is_empty());
    let stored = storage::load().1.state;
    assert_eq!(stored.goals[0].draft.statement, "Give 4 talks");
    assert_eq!(stored.goals[0].draft.aspiration, "Lead a team");
    assert_eq!(synced.state, stored);
    assert_eq!(
        store::decode(&storage::raw_state().unwrap()).unwrap().rev,
        3
    );
}

#[wasm_bindgen_test]
fn a_tab_follows_a_deletion_made_elsewhere() {
    clear();
    let (mut a, _) = storage::load();
    a.save(&sample_state(), "t1").unwrap();
    let (mut b, _) = storage::load();
    b.delete_all().unwrap();
    let mut edited = sample_state();
    edited.goals[0].draft.aspiration = "x".into();
    let synced = a.save(&edited, "t2").unwrap();
    assert!(synced.deleted_elsewhere);
    assert_eq!(synced.state, AppState::default());
    assert!(
        snapshot().is_empty(),
        "nothing resurrected: {:?}",
        snapshot()
    );
}

#[wasm_bindgen_test]
fn a_write_that_would_not_fit_is_refused_before_writing() {
    clear();
    let (mut st, _) = storage::load();
    st.save(&sample_state(), "t1").unwrap();
    fill_leaving(50);
    let before = snapshot();
    let mut big = sample_state();
    big.goals[0].draft.aspiration = "講".repeat(400);
    let err = st.save(&big, "t2").unwrap_err();
    assert!(
        matches!(err, SaveError::Full(Some(r)) if r.free < r.needed),
        "{err:?}"
    );
    assert!(err.to_string().contains("Not saved"), "{err}");
    assert_eq!(snapshot(), before, "storage untouched");
    // Space frees up: the same save goes through.
    raw().remove_item("filler").unwrap();
    st.save(&big, "t3").unwrap();
    assert_eq!(storage::load().1.state, big);
    clear();
}

#[wasm_bindgen_test]
fn a_roster_that_does_not_fit_stays_in_memory_and_the_plan_is_saved() {
    clear();
    let (mut st, _) = storage::load();
    fill_leaving(2_000);
    let mut s = sample_state();
    let mut import = trellis::core::mentors::roster::detect_and_import(
        "r.csv",
        "name,time_zone,languages,availability\nA,Europe/Lisbon,English,Mon 19:00-21:00\n",
    );
    let one = import.mentors.remove(0);
    s.roster = Some(Roster {
        file_name: "r.csv".into(),
        imported_on: "2026-12-01".into(),
        mentors: (0..40).map(|_| one.clone()).collect(),
    });
    let synced = st.save(&s, "t").unwrap();
    assert!(matches!(
        synced.roster_error,
        Some(SaveError::RosterFull(Some(_)))
    ));
    assert!(storage::raw_roster().is_none());
    let stored = storage::load().1.state;
    assert_eq!(stored.goals, s.goals, "the plan is saved");
    assert_eq!(stored.roster, None);
    clear();
}

#[wasm_bindgen_test]
fn corrupted_value_is_kept_aside_and_reported() {
    clear();
    raw().set_item(storage::KEY, "{not json").unwrap();
    let (mut st, loaded) = storage::load();
    assert_eq!(loaded.state, AppState::default());
    assert!(!loaded.first_visit);
    assert_eq!(loaded.unreadable.len(), 1);
    let u = &loaded.unreadable[0];
    assert!(u.reason.contains("not valid JSON"), "{}", u.reason);
    assert_eq!(u.raw, "{not json");
    assert!(!u.in_place);
    // Saving new state can no longer overwrite the unreadable value.
    st.save(&sample_state(), "t").unwrap();
    let (mut st, again) = storage::load();
    assert_eq!(again.state, sample_state());
    assert_eq!(again.unreadable.len(), 1, "still reported until discarded");
    assert_eq!(again.unreadable[0].raw, "{not json");
    st.discard_unreadable(&again.unreadable[0].key).unwrap();
    assert!(storage::load().1.unreadable.is_empty());
}

#[wasm_bindgen_test]
fn an_unreadable_value_with_no_room_to_move_it_makes_the_tab_read_only() {
    clear();
    let value = format!("{{\"version\":1,\"data\":{}", "x".repeat(3_000_000));
    raw().set_item(storage::KEY, &value).unwrap();
    let before = snapshot();
    let (mut st, loaded) = storage::load();
    assert_eq!(st.mode(), Mode::ReadOnly);
    assert_eq!(loaded.unreadable.len(), 1);
    assert!(loaded.unreadable[0].in_place);
    assert_eq!(loaded.unreadable[0].raw, value);
    assert_eq!(st.save(&sample_state(), "t"), Err(SaveError::ReadOnly));
    assert_eq!(snapshot(), before, "never overwritten");
    // Discarding it (after the download) makes the tab writable again.
    st.discard_unreadable(storage::KEY).unwrap();
    assert_eq!(st.mode(), Mode::Normal);
    st.save(&sample_state(), "t").unwrap();
    assert_eq!(storage::load().1.state, sample_state());
    clear();
}

#[wasm_bindgen_test]
fn a_second_corruption_does_not_replace_the_first() {
    clear();
    raw().set_item(storage::KEY, "first").unwrap();
    let _ = storage::load();
    raw()
        .set_item(storage::KEY, r#"{"version":7,"data":{}}"#)
        .unwrap();
    let (_, loaded) = storage::load();
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
    raw().set_item("other.app", "keep").unwrap();
    let (mut st, _) = storage::load();
    st.save(&sample_state(), "t").unwrap();
    st.save(&AppState::default(), "t").unwrap();
    assert!(storage::raw_state().is_none());
    st.save(&sample_state(), "t").unwrap();
    raw().set_item("trellis.unreadable.1", "x").unwrap();
    st.delete_all().unwrap();
    assert!(storage::raw_state().is_none());
    assert!(storage::load().1.unreadable.is_empty());
    assert_eq!(
        raw().get_item("other.app").unwrap().as_deref(),
        Some("keep")
    );
}
