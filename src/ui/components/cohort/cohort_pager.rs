//! Previous / next controls for a long cohort list shown one page at a time.

use leptos::prelude::*;

use crate::core::cohort::results::page_range;

/// "26–50 of 885 pairs" with Previous and Next buttons (nothing when the list fits on one
/// page). Only the shown page is put on screen, so a list of thousands stays quick to show.
#[component]
pub fn CohortPager(
    /// The page shown (0-based); the buttons change it.
    page: RwSignal<usize>,
    /// Rows in the whole list.
    #[prop(into)]
    len: Signal<usize>,
    /// Rows per page.
    per_page: usize,
    /// What the rows are, plural ("pairs").
    noun: &'static str,
    /// `data-testid` of the controls (the buttons add `-prev` and `-next`).
    testid: &'static str,
) -> impl IntoView {
    let range = move || page_range(page.get(), per_page, len.get());
    // The page really shown (a page past the end shows the last one).
    let shown = move || range().start / per_page.max(1);
    let text = move || {
        let r = range();
        format!("{}–{} of {} {noun}", r.start + 1, r.end, len.get())
    };
    view! {
        <Show when=move || { len.get() > per_page }>
            <nav class="pager" aria-label=format!("Pages of {noun}") data-testid=testid>
                <button type="button" class="button subtle small" data-testid=format!("{testid}-prev")
                    disabled=move || range().start == 0
                    on:click=move |_| page.set(shown().saturating_sub(1))>
                    "Previous"
                </button>
                <span class="pager-text">{text}</span>
                <button type="button" class="button subtle small" data-testid=format!("{testid}-next")
                    disabled=move || { range().end >= len.get() }
                    on:click=move |_| page.set(shown() + 1)>
                    "Next"
                </button>
            </nav>
        </Show>
    }
}
