//! The mentorship's health warnings, each with what to do.

use leptos::prelude::*;

use crate::core::sessions::progress::Warning;
use crate::ui::components::sessions::session_ctx::PlanCtx;

/// Health warnings for the mentorship, each with what to do about it, each dismissible (a
/// dismissal sticks until the same problem comes back in a new form).
#[component]
pub fn ProgressHealth(
    /// The shared plan handle.
    plan: PlanCtx,
    /// The warnings in force.
    warnings: Memo<Vec<Warning>>,
) -> impl IntoView {
    view! {
        <section class="health" aria-labelledby="health-title" data-testid="health">
            <h3 id="health-title">"Health check"</h3>
            <Show
                when=move || !warnings.with(Vec::is_empty)
                fallback=|| view! { <p class="status">"All good: nothing needs your attention."</p> }
            >
                <ul class="plain-list">
                    <For each=move || warnings.get() key=|w| w.id.clone() let:w>
                        {
                            let id = w.id.clone();
                            view! {
                                <li class="notice warning health-warning" data-testid="health-warning">
                                    <h4>{w.title.clone()}</h4>
                                    <p>{w.explanation.clone()}</p>
                                    <button type="button" class="button subtle small"
                                        aria-label=format!("Dismiss: {}", w.title)
                                        on:click=move |_| { plan.update(|m| m.dismiss_warning(&id)); }>
                                        "Dismiss"
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
