//! A list of short texts edited as removable tags, with an input to add more.

use leptos::prelude::*;

use crate::ui::components::common::field::described_by;

/// A list of short texts (focus skills, languages, interests) as removable tags, with an input
/// to add more (Enter or the Add button). Duplicates (any case) and more than `max` items are
/// refused with a message; adds and removals are announced.
#[component]
pub fn TagInput(
    /// Input id; also the base of the hint, list and message ids.
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// Help text under the label.
    hint: &'static str,
    /// The current items.
    #[prop(into)]
    items: Signal<Vec<String>>,
    /// Called with the new list after an add or remove.
    on_change: Callback<Vec<String>>,
    /// An error for this list, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Most items allowed.
    max: usize,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let add = move || {
        let new = text.get_untracked().trim().to_string();
        if new.is_empty() {
            return;
        }
        let mut list = items.get_untracked();
        if list.iter().any(|s| s.eq_ignore_ascii_case(&new)) {
            message.set(Some(format!("“{new}” is already in the list.")));
        } else if list.len() >= max {
            message.set(Some(format!("Keep to at most {max}.")));
        } else {
            list.push(new.clone());
            on_change.run(list);
            message.set(Some(format!("Added “{new}”.")));
            text.set(String::new());
        }
    };
    let described = described_by(Some(hint_id.clone()), error_id.clone(), Some(error));
    view! {
        <div class="field tag-input">
            <label for=id>{label}</label>
            <p class="hint" id=hint_id>{hint}</p>
            <ul class="tags" aria-label=label>
                <For
                    each=move || items.get()
                    key=|s| s.clone()
                    children=move |s: String| {
                        let aria = format!("Remove {s}");
                        let name = s.clone();
                        view! {
                            <li class="tag">
                                <span>{s.clone()}</span>
                                <button
                                    type="button"
                                    class="tag-remove"
                                    aria-label=aria
                                    on:click=move |_| {
                                        let list: Vec<String> = items
                                            .get_untracked()
                                            .into_iter()
                                            .filter(|x| *x != name)
                                            .collect();
                                        on_change.run(list);
                                        message.set(Some(format!("Removed “{name}”.")));
                                    }
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <div class="inline-add">
                <input
                    id=id
                    type="text"
                    aria-describedby=described
                    aria-invalid=move || error.get().is_some().then_some("true")
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            add();
                        }
                    }
                />
                <button type="button" class="button" on:click=move |_| add()>
                    "Add"
                    <span class="visually-hidden">{format!(" to {label}")}</span>
                </button>
            </div>
            <p class="hint" role="status">{move || message.get()}</p>
            <p class="field-error" id=error_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}
