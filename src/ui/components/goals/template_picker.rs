//! The goal templates to start from, as a list of cards.

use leptos::prelude::*;

use crate::core::goals::templates::{self, Template};

/// The goal templates as a list of cards; picking one calls `on_pick` with its id.
#[component]
pub fn TemplatePicker(
    /// Called with the chosen template's id.
    on_pick: Callback<&'static str>,
    /// The template waiting for an answer to `question`, if any.
    #[prop(optional, into)]
    pending: Option<Signal<Option<&'static str>>>,
    /// A question about the pending template, shown right under it (where the user tapped).
    #[prop(optional, into)]
    question: Option<ViewFn>,
) -> impl IntoView {
    let question = StoredValue::new(question);
    view! {
        <ul class="template-grid" aria-label="Goal templates">
            {templates::all()
                .iter()
                .map(|t: &'static Template| {
                    view! {
                        <li class="card template">
                            <h3>{t.title}</h3>
                            <p>{t.blurb}</p>
                            <p class="hint">{format!("{} weeks · {} h/week", t.weeks, t.weekly_hours)}</p>
                            <button
                                type="button"
                                class="button"
                                data-testid=format!("template-{}", t.id)
                                on:click=move |_| on_pick.run(t.id)
                            >
                                "Use this template"
                                <span class="visually-hidden">{format!(": {}", t.title)}</span>
                            </button>
                            {move || {
                                let asked = pending.is_some_and(|p| p.get() == Some(t.id));
                                asked.then(|| question.with_value(|q| q.as_ref().map(ViewFn::run)))
                            }}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
