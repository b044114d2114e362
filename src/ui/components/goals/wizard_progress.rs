//! The goal wizard's step list: where you are and which steps are done.

use leptos::prelude::*;

/// The wizard's step names, in order.
pub const STEPS: [&str; 5] = ["Why", "Goal", "Measure & deadline", "Milestones", "Review"];

/// Progress indicator for the goal wizard: every step is a button (steps can be revisited in
/// any order); the current one is marked `aria-current="step"`.
#[component]
pub fn WizardProgress(
    /// The current step (0-based).
    #[prop(into)]
    step: Signal<u8>,
    /// Called with a step index when the user picks a step.
    on_pick: Callback<u8>,
) -> impl IntoView {
    view! {
        <nav class="wizard-progress" aria-label="Goal steps">
            <ol>
                {STEPS
                    .iter()
                    .enumerate()
                    .map(|(i, name)| {
                        let i = i as u8;
                        view! {
                            <li class:current=move || step.get() == i class:done=move || { step.get() > i }>
                                <button
                                    type="button"
                                    aria-current=move || (step.get() == i).then_some("step")
                                    on:click=move |_| on_pick.run(i)
                                >
                                    <span class="wp-num" aria-hidden="true">{i + 1}</span>
                                    <span class="wp-name">{*name}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="wp-phone" aria-hidden="true">
                {move || format!("Step {} of {}: {}", step.get() + 1, STEPS.len(), STEPS[step.get() as usize % STEPS.len()])}
            </p>
        </nav>
    }
}
