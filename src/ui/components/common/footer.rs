//! The page footer: where the data lives, the Data page link, a save failure if any.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::{state::AppCtx, storage};

/// Says where the data lives and links to the Data page (save failures are in the banner at
/// the top).
#[component]
pub fn Footer() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    view! {
        <footer class="app-footer">
            <p>
                <svg class="lock" viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="5" y="11" width="14" height="9" rx="2" />
                    <path d="M8 11V8a4 4 0 0 1 8 0v3" />
                </svg>
                " "
                {move || match ctx.storage_mode.get() {
                    storage::Mode::Normal => "Saved in this browser only. Nothing leaves your device. ",
                    storage::Mode::MemoryOnly => "Kept in this tab only: this browser blocks storage. Nothing leaves your device. ",
                    storage::Mode::ReadOnly => "Read-only: nothing is saved until the unreadable data is discarded. Nothing leaves your device. ",
                }}
                <A href="/data">"Your data: export or delete"</A>
            </p>
        </footer>
    }
}
