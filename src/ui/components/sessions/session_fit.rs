//! The fit check after the first held session.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::sessions::plan::Fit;
use crate::ui::components::common::{field::Field, field_set::FieldSet};
use crate::ui::components::sessions::session_ctx::PlanCtx;

/// The fit check after the first held session: good fit, not sure, or not a fit (which
/// offers a kind way back to the Mentors page).
#[component]
pub fn SessionFit(
    /// The shared plan handle.
    plan: PlanCtx,
    /// The session's stable id.
    id: String,
) -> impl IntoView {
    let sid = StoredValue::new(id.clone());
    let fit = Memo::new(move |_| {
        plan.plan
            .with(|p| sid.with_value(|id| p.session(id).and_then(|s| s.fit)))
    });
    let name = format!("fit-{id}");
    view! {
        <FieldSet
            id=format!("{name}-check")
            class="field fit-check"
            legend="After your first session: is this mentor a good fit?"
            attr:data-testid="fit-check"
        >
            <div class="segmented">
                {[(Fit::Good, "Good fit"), (Fit::NotSure, "Not sure yet"), (Fit::NotAFit, "Not a fit")].into_iter().map(|(f, label)| {
                    let radio_name = name.clone();
                    view! {
                        <Field id=format!("{name}-{f:?}").to_lowercase() label=label bare=true label_class="check" inline=true>
                            <input type="radio" name=radio_name
                                prop:checked=move || fit.get() == Some(f)
                                on:change=move |_| { plan.update(|m| sid.with_value(|id| if let Some(s) = m.session_mut(id) { s.fit = Some(f) })); } />
                        </Field>
                    }
                }).collect_view()}
            </div>
            <div aria-live="polite">
                {move || match fit.get() {
                    Some(Fit::NotAFit) => Some(view! {
                        <p class="notice">
                            "That's fine — fit matters more than anything. Thank your mentor, and look for someone else whose style suits you. "
                            <A href="/mentors">"Back to your mentor shortlist"</A>
                        </p>
                    }.into_any()),
                    Some(Fit::NotSure) => Some(view! { <p class="hint">"Give it another session or two, and say what you need in the next one."</p> }.into_any()),
                    Some(Fit::Good) => Some(view! { <p class="hint">"Great. Keep going."</p> }.into_any()),
                    None => None,
                }}
            </div>
        </FieldSet>
    }
}
