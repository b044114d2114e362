use leptos::prelude::*;

use crate::ui::components::empty_state::EmptyState;

/// Mentor shortlisting.
#[component]
pub fn MentorsPage() -> impl IntoView {
    view! {
        <div class="page" data-testid="page-mentors">
            <h1>"Mentors"</h1>
            <EmptyState
                title="Find mentors who fit your goal"
                body="Once your goal is set, Trellis ranks mentors by what matters to you — skills, availability in your time zone, style — and explains every score. Start with your goal: its focus skills drive the matching."
                action_href="/goal"
                action_label="Define your goal first"
            />
        </div>
    }
}
