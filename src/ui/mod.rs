//! The Leptos app (wasm32 only). Pages live in [`pages`], one component a file in
//! [`components`]; [`storage`] is the only module that touches localStorage.

pub mod app;
pub mod browser;
pub mod components;
pub mod pages;
pub mod state;
pub mod storage;

/// Mounts the app on `<body>`, then removes the pre-wasm shell of index.html (`#shell`): both
/// happen in one task, so no frame shows both or neither.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
}
