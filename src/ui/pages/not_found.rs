//! The page for any path Trellis does not know.

use leptos::prelude::*;
use leptos_router::components::A;

/// Any path Trellis does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="page" data-testid="page-not-found">
            <h1>"Page not found"</h1>
            <p>"This address is not part of Trellis. Your plan is safe — it lives in this browser."</p>
            <A href="/" attr:class="button primary">"Go to your plan"</A>
        </div>
    }
}
