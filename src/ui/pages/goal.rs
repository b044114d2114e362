use leptos::prelude::*;

use crate::ui::components::empty_state::EmptyState;

/// Goal definition.
#[component]
pub fn GoalPage() -> impl IntoView {
    view! {
        <div class="page" data-testid="page-goal">
            <h1>"Goal"</h1>
            <EmptyState
                title="Start with a goal"
                body="Mentorship works when you arrive with a clear goal. Say what you want to achieve; Trellis coaches it letter by letter into a SMART goal with milestones."
                action_href="/goal"
                action_label="Write your goal"
            />
        </div>
    }
}
