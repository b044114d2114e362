//! The goal wizard's category choice, as a radio group.

use leptos::prelude::*;

use crate::core::goals::goal::Category;
use crate::ui::components::common::{field::Field, field_set::FieldSet};

/// Radio group for the goal's category; each option names the mentoring function it serves.
#[component]
pub fn CategoryPicker(
    /// The selected category key (empty when none).
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen key.
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <FieldSet id="category" class="field category-picker" legend="What kind of goal is it?">
            <div class="choice-grid">
                {Category::ALL
                    .iter()
                    .map(|c| {
                        let key = c.key();
                        let text = view! {
                            <span>
                                <strong>{c.label()}</strong>
                                <span class="hint">{format!("Mostly for: {}", c.purpose())}</span>
                            </span>
                        };
                        view! {
                            <Field id=format!("cat-{key}") label=text.into_any() bare=true label_class="choice" inline=true>
                                <input
                                    type="radio"
                                    name="category"
                                    value=key
                                    prop:checked=move || value.get() == key
                                    on:change=move |_| on_change.run(key.to_string())
                                />
                            </Field>
                        }
                    })
                    .collect_view()}
            </div>
        </FieldSet>
    }
}
