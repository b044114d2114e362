//! The live SMART coaching panel under the goal statement.

use leptos::prelude::*;

use crate::core::goals::smart::{self, Assessment, Verdict};

/// The live SMART coaching panel: one row per letter with its verdict, the reason, and a
/// concrete suggestion. Updates on every keystroke; screen readers hear changes politely.
#[component]
pub fn SmartPanel(
    /// The assessment of the current draft.
    assessment: Memo<Option<Assessment>>,
    /// Called with an ISO date when the user accepts a deadline found in their text.
    on_use_deadline: Callback<String>,
) -> impl IntoView {
    view! {
        <section class="smart-panel card" aria-labelledby="smart-title" data-testid="smart-panel">
            <h2 id="smart-title">
                "SMART check "
                <span class="badge" data-testid="smart-score">
                    {move || assessment.get().map(|a| format!("{} of 5", fmt_score(a.score())))}
                </span>
            </h2>
            <ul class="smart-list" aria-live="polite">
                {move || {
                    assessment
                        .get()
                        .map(|a| {
                            a.checks
                                .iter()
                                .map(|c| {
                                    let (class, word) = match c.verdict {
                                        Verdict::Met => ("met", "met"),
                                        Verdict::Partly => ("partly", "partly"),
                                        Verdict::Missing => ("missing", "missing"),
                                    };
                                    view! {
                                        <li
                                            class=format!("smart-row {class}")
                                            data-testid=format!("smart-{}", c.letter.char())
                                            data-verdict=word
                                        >
                                            <span class="smart-letter" aria-hidden="true">{c.letter.char().to_string()}</span>
                                            <div>
                                                <p class="smart-head">
                                                    <strong>{c.letter.name()}</strong>
                                                    ": "
                                                    <span class="smart-verdict">{word}</span>
                                                </p>
                                                <p class="smart-reason">{c.reason.clone()}</p>
                                                {c.suggestion.clone().map(|s| view! { <p class="smart-suggestion">{s}</p> })}
                                            </div>
                                        </li>
                                    }
                                })
                                .collect_view()
                        })
                }}
            </ul>
            {move || {
                assessment
                    .get()
                    .filter(|a| a.offer_deadline)
                    .and_then(|a| a.found_deadline)
                    .map(|f| {
                        let iso = f.date.to_string();
                        let label = format!("Use {} as the deadline", smart::human_date(f.date));
                        view! {
                            <p class="found-deadline">
                                "You wrote “"{f.matched.clone()}"”. "
                                <button
                                    class="button"
                                    data-testid="use-found-deadline"
                                    on:click=move |_| on_use_deadline.run(iso.clone())
                                >
                                    {label}
                                </button>
                            </p>
                        }
                    })
            }}
        </section>
    }
}

fn fmt_score(s: f32) -> String {
    if s.fract() == 0.0 {
        format!("{}", s as u32)
    } else {
        format!("{s:.1}")
    }
}
