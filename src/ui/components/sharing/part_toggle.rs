//! One checkbox of the share dialog: whether a part of the plan goes into the link.

use leptos::prelude::*;

use crate::ui::components::common::field::Field;

/// A checkbox for one part of the plan.
#[component]
pub fn PartToggle(
    /// Input id.
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// Whether the part is in the link.
    checked: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <Field id=id label=label bare=true label_class="check" inline=true>
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))
            />
        </Field>
    }
}
