//! `backup::parse_bytes` must never panic; an accepted backup must survive export → parse,
//! and merging it must never lose a local goal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trellis::core::sharing::backup::{self, Mode};
use trellis::core::store::AppState;

fuzz_target!(|data: &[u8]| {
    let Ok(b) = backup::parse_bytes(data) else {
        return;
    };
    let again = backup::parse(&backup::export(&b.state, &b.saved_at)).expect("export parses");
    assert_eq!(again.state, b.state);
    // Local = every other goal of the backup, with the statements changed on some.
    let mut local = AppState::default();
    for (i, g) in b.state.goals.iter().enumerate().filter(|(i, _)| i % 2 == 0) {
        let mut g = g.clone();
        if i % 4 == 0 {
            g.draft.statement.push_str(" (edited)");
        }
        local.goals.push(g);
    }
    let preview = backup::preview(&local, &b.state);
    let merged = backup::apply(&local, &b.state, Mode::Merge);
    for g in &local.goals {
        assert!(merged.goals.contains(g), "merge lost local goal {}", g.id);
    }
    let mut ids: Vec<&str> = merged.goals.iter().map(|g| g.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), merged.goals.len(), "merge made duplicate ids");
    assert_eq!(
        merged.goals.len(),
        local.goals.len() + preview.added.len() + preview.changed.len()
    );
    assert_eq!(backup::apply(&local, &b.state, Mode::Replace), b.state);
});
