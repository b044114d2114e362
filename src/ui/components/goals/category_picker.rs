use leptos::prelude::*;

use crate::core::goals::goal::Category;

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
        <fieldset class="field category-picker">
            <legend>"What kind of goal is it?"</legend>
            <div class="choice-grid">
                {Category::ALL
                    .iter()
                    .map(|c| {
                        let key = c.key();
                        let id = format!("cat-{key}");
                        let for_id = id.clone();
                        view! {
                            <label class="choice" for=for_id>
                                <input
                                    type="radio"
                                    name="category"
                                    id=id
                                    value=key
                                    prop:checked=move || value.get() == key
                                    on:change=move |_| on_change.run(key.to_string())
                                />
                                <span>
                                    <strong>{c.label()}</strong>
                                    <span class="hint">{format!("Mostly for: {}", c.purpose())}</span>
                                </span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
