//! One list of goals in the backup import preview (new, changed, unchanged, only here).

use leptos::prelude::*;

use crate::core::sharing::backup::GoalRef;

/// One list of goals in the preview, or nothing when empty.
#[component]
pub fn GoalList(
    /// Heading of the list.
    title: &'static str,
    /// What merge or replace does with these goals.
    note: &'static str,
    /// The goals.
    goals: Vec<GoalRef>,
    /// `data-testid` of the list's section.
    testid: &'static str,
) -> impl IntoView {
    (!goals.is_empty()).then(|| {
        view! {
            <div class="import-group" data-testid=testid>
                <h4>{format!("{title} ({})", goals.len())}</h4>
                <p class="hint">{note}</p>
                <ul>
                    {goals
                        .into_iter()
                        .map(|g| {
                            let text = if g.statement.is_empty() {
                                "(a goal not written yet)".to_string()
                            } else {
                                g.statement
                            };
                            view! { <li>{text}</li> }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
