//! One list of goals in the backup import preview (new, changed, unchanged, only here).

use leptos::prelude::*;

use crate::core::sharing::backup::GoalRef;

/// Goals a preview list shows before "Show all".
const SHOWN_FIRST: usize = 20;

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
    let all = RwSignal::new(false);
    let total = goals.len();
    let more = total > SHOWN_FIRST;
    let goals = StoredValue::new(goals);
    (total > 0).then(|| {
        view! {
            <div class="import-group" data-testid=testid>
                <h4>{format!("{title} ({total})")}</h4>
                <p class="hint">{note}</p>
                <ul>
                    {move || {
                        let n = if all.get() { total } else { SHOWN_FIRST };
                        goals.with_value(|goals| {
                            goals
                                .iter()
                                .take(n)
                                .map(|g| {
                                    let text = if g.statement.is_empty() {
                                        "(a goal not written yet)".to_string()
                                    } else {
                                        g.statement.clone()
                                    };
                                    view! { <li>{text}</li> }
                                })
                                .collect_view()
                        })
                    }}
                </ul>
                <Show when=move || more && !all.get()>
                    <button type="button" class="button subtle small" on:click=move |_| all.set(true)>
                        {format!("Show all {total}")}
                    </button>
                </Show>
            </div>
        }
    })
}
