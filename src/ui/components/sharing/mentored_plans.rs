//! "Plans I mentor": every mentee's plan this user saved as their mentor, side by side.

use leptos::prelude::*;

use crate::ui::components::sharing::mentored_plan_card::MentoredPlanCard;
use crate::ui::state::AppCtx;

/// The plans this user mentors, one card each, side by side on a wide screen. Nothing shows
/// until a plan is saved "as the mentor" from a shared link.
#[component]
pub fn MentoredPlans() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let copies = Memo::new(move |_| ctx.state.with(|s| s.mentoring.clone()));
    view! {
        <Show when=move || copies.with(|c| !c.is_empty())>
            <section class="mentored" aria-labelledby="mentored-title" data-testid="mentored">
                <h2 id="mentored-title">"Plans I mentor"</h2>
                <p class="hint">"Saved from your mentees' links. Open one to see it in full; your notes stay on this device."</p>
                <div class="mentored-grid">
                    <For each=move || copies.get() key=|c| (c.id.clone(), c.link.clone()) let:copy>
                        <MentoredPlanCard copy=copy/>
                    </For>
                </div>
            </section>
        </Show>
    }
}
