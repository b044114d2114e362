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
                <span class="lock" aria-hidden="true">"🔒 "</span>
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
