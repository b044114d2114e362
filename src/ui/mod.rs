//! The Leptos app (wasm32 only). Pages live in [`pages`], one component a file in
//! [`components`]; [`storage`] is the only module that touches localStorage.

pub mod app;
pub mod browser;
pub mod components;
pub mod pages;
pub mod state;
pub mod storage;

/// Mounts the app on `<body>`, then removes the pre-wasm shell of index.html (`#shell`): both
/// happen in one task, so no frame shows both or neither. When something is stored, the codec
/// that reads it ([`storage::codec`], a lazy module of the split build) is loaded first; the
/// shell stays up meanwhile.
pub fn mount() {
    if storage::has_stored_state() {
        storage::codec::load(mount_now);
    } else {
        mount_now();
    }
}

fn mount_now() {
    leptos::mount::mount_to_body(app::App);
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
}
