//! The notice for what another tab's save did to this one.

use leptos::prelude::*;

use crate::ui::state::AppCtx;

/// Tells the user what happened when another tab saved at the same time (both versions kept)
/// or deleted everything (this tab follows), until they dismiss it.
#[component]
pub fn TabNotice() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    view! {
        <Show when=move || ctx.tab_notices.with(|n| !n.is_empty())>
            <section class="notice warning tab-notice" role="alert" data-testid="tab-notice">
                <h2>"Changed in another tab"</h2>
                <ul>
                    {move || ctx.tab_notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
                <button type="button" class="button subtle" on:click=move |_| ctx.tab_notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </section>
        </Show>
    }
}
