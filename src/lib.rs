//! Trellis: a private mentoring planner that runs entirely in the browser.
//!
//! [`core`] is the pure domain (tested natively); `ui` is the Leptos app, compiled for wasm32 only.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
