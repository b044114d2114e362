//! An empty state that explains the step and links to what to do first.

use leptos::prelude::*;
use leptos_router::components::A;

/// An empty state that explains the step instead of saying "nothing here".
#[component]
pub fn EmptyState(
    /// Heading: what this step is for.
    title: &'static str,
    /// One or two sentences on why the step matters and what the user will do.
    body: &'static str,
    /// Where the call to action goes.
    action_href: &'static str,
    /// The call to action's label.
    action_label: &'static str,
) -> impl IntoView {
    view! {
        <section class="empty-state card">
            <h2>{title}</h2>
            <p>{body}</p>
            <A href=action_href attr:class="button primary">{action_label}</A>
        </section>
    }
}
