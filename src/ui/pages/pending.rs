//! What `<main>` shows while a lazy route's page has not rendered yet.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::intro;
use crate::ui::state::AppCtx;

/// The loading state of a route whose chunk is still downloading (or failed to: web/boot.js's
/// bar then explains). Shown by CSS only while it is `<main>`'s only child (`.route-pending`).
/// A page that starts with a heading and an introduction (`intro.rs`) shows them at once, with
/// a loading line below, in the place the page will put them; any other route says "Loading
/// Trellis…".
#[component]
pub fn RoutePending() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let path = use_location().pathname;
    let has_goal = Memo::new(move |_| ctx.state.with(|s| s.active().is_some()));
    let shown = Memo::new(move |_| path.with(|p| intro::for_path(p, has_goal.get())));
    move || match shown.get() {
        Some(i) => view! {
            <div class=i.class>
                <h1 class="pending-title">{i.title}</h1>
                <p class="lede">{i.lede}</p>
                <p class="shell-wait" role="status">{i.loading}</p>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="page route-pending" role="status">
                <h1 class="shell-wait">"Loading Trellis…"</h1>
            </div>
        }
        .into_any(),
    }
}
