//! The Leptos app (wasm32 only). Pages live in [`pages`], one component a file in
//! [`components`]; [`storage`] is the only module that touches localStorage.

pub mod app;
pub mod browser;
pub mod components;
pub mod pages;
pub mod state;
pub mod storage;

/// Mounts the app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
