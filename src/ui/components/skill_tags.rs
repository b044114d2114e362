use leptos::prelude::*;

use crate::core::goal::MAX_SKILLS;

/// Focus skills as removable tags with an input to add more (Enter or the Add button).
/// The skills feed mentor matching.
#[component]
pub fn SkillTags(
    /// The current skills.
    #[prop(into)]
    skills: Signal<Vec<String>>,
    /// Called with the new list after an add or remove.
    on_change: Callback<Vec<String>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let add = move || {
        let new = text.get_untracked().trim().to_string();
        if new.is_empty() {
            return;
        }
        let mut list = skills.get_untracked();
        if list.iter().any(|s| s.eq_ignore_ascii_case(&new)) {
            message.set(Some(format!("“{new}” is already a focus skill.")));
        } else if list.len() >= MAX_SKILLS {
            message.set(Some(format!("Keep to at most {MAX_SKILLS} focus skills.")));
        } else {
            list.push(new.clone());
            on_change.run(list);
            message.set(Some(format!("Added “{new}”.")));
            text.set(String::new());
        }
    };
    view! {
        <div class="field skill-tags">
            <label for="skill-input">"Focus skills"</label>
            <p class="hint" id="skill-hint">"The skills you want to grow, e.g. public speaking. Mentors are matched on these."</p>
            <ul class="tags" aria-label="Your focus skills">
                <For
                    each=move || skills.get()
                    key=|s| s.clone()
                    children=move |s: String| {
                        let label = format!("Remove {s}");
                        let name = s.clone();
                        view! {
                            <li class="tag">
                                <span>{s.clone()}</span>
                                <button
                                    type="button"
                                    class="tag-remove"
                                    aria-label=label
                                    on:click=move |_| {
                                        let list: Vec<String> = skills.get_untracked().into_iter().filter(|x| *x != name).collect();
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
                    id="skill-input"
                    type="text"
                    aria-describedby="skill-hint"
                    placeholder="Add a skill"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            add();
                        }
                    }
                />
                <button type="button" class="button" on:click=move |_| add()>"Add"</button>
            </div>
            <p class="hint" role="status">{move || message.get()}</p>
        </div>
    }
}
