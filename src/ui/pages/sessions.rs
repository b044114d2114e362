use leptos::prelude::*;

use crate::ui::components::empty_state::EmptyState;

/// Session planning.
#[component]
pub fn SessionsPage() -> impl IntoView {
    view! {
        <div class="page" data-testid="page-sessions">
            <h1>"Sessions"</h1>
            <EmptyState
                title="Plan the mentorship"
                body="Here you and your mentor agree on expectations, set a regular schedule, and give every session an agenda and action items. Choose a mentor from your shortlist to begin."
                action_href="/mentors"
                action_label="Shortlist mentors first"
            />
        </div>
    }
}
