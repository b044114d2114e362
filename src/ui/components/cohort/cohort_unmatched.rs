//! Every unmatched mentee with why, and what would help.

use leptos::prelude::*;

use crate::core::cohort::results::{PAGE_ROWS, page_range};
use crate::ui::components::cohort::cohort_pager::CohortPager;

/// One unmatched mentee as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnmatchedRow {
    pub name: String,
    pub reason: String,
    pub help: String,
}

/// The unmatched mentees, each with the reason and what would help, and the aggregated
/// suggestions ("2 more: a mentor who speaks Portuguese"); [`PAGE_ROWS`] mentees at a time.
#[component]
pub fn CohortUnmatched(
    /// Unmatched mentees, in roster order.
    rows: Memo<Vec<UnmatchedRow>>,
    /// Aggregated help, most needed first.
    suggestions: Memo<Vec<String>>,
) -> impl IntoView {
    let page = RwSignal::new(0usize);
    let len = Signal::derive(move || rows.with(Vec::len));
    let visible =
        Memo::new(move |_| rows.with(|v| v[page_range(page.get(), PAGE_ROWS, v.len())].to_vec()));
    view! {
        <section class="card" aria-labelledby="unmatched-title" data-testid="cohort-unmatched">
            <h2 id="unmatched-title">
                {move || match rows.get().len() {
                    0 => "Every mentee is matched".to_string(),
                    1 => "1 mentee without a mentor".to_string(),
                    n => format!("{n} mentees without a mentor"),
                }}
            </h2>
            <CohortPager page=page len=len per_page=PAGE_ROWS noun="mentees" testid="unmatched-pager"/>
            <ul class="unmatched-list">
                {move || {
                    visible.get()
                        .into_iter()
                        .map(|r| view! {
                            <li data-testid="unmatched-row">
                                <strong><bdi>{r.name}</bdi></strong>": "{r.reason}". "
                                <span class="hint">"Would help: "{r.help}"."</span>
                            </li>
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || !suggestions.get().is_empty()>
                <h3>"What would help most"</h3>
                <ul data-testid="cohort-suggestions">
                    {move || suggestions.get().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
