//! The page footer: where the data lives, the Data page link, a save failure if any.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::state::AppCtx;

/// Says where the data lives, links to the Data page, and shows a save failure if any.
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
                "Saved in this browser only. Nothing leaves your device. "
                <A href="/data">"Your data: export or delete"</A>
            </p>
            <Show when=move || ctx.save_error.with(|e| e.is_some())>
                <p class="error" role="alert">
                    {move || ctx.save_error.get().unwrap_or_default()}
                    " Export your data from the Data page to keep a copy."
                </p>
            </Show>
        </footer>
    }
}
