//! The sticky "Shortlist 2 · Compare" bar that jumps to the shortlist.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::state::AppCtx;

/// A bar kept at the bottom of the results while the active goal has a shortlist: how many
/// are on it and a button that moves focus (and the view) to the shortlist and comparison.
#[component]
pub fn ShortlistBar() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let n = Memo::new(move |_| {
        ctx.state
            .with(|s| s.active().map_or(0, |g| g.shortlist.len()))
    });
    view! {
        <Show when=move || { n.get() > 0 }>
            <div class="shortlist-bar" data-testid="shortlist-bar">
                <button
                    type="button"
                    class="button primary"
                    data-testid="jump-shortlist"
                    on:click=move |_| browser::focus_later("shortlist-area")
                >
                    {move || format!("Shortlist {} · Compare", n.get())}
                </button>
            </div>
        </Show>
    }
}
