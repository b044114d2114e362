//! The sticky line above the results: how many match, what is assumed, and "Refine".

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::components::mentors::{matching::Matching, needs_pane::REFINE_ID};

/// "124 match · Refine", kept in view while the results scroll, with the assumptions behind
/// the ranking in one line ("Assuming English, Europe/Berlin, any career stage — refine").
/// "Refine" opens the needs as a sheet on phones; on wide screens, where the needs are always
/// beside the results, it moves focus to the first answer.
#[component]
pub fn MatchSummary() -> impl IntoView {
    let m = Matching::use_ctx();
    let count = Memo::new(move |_| m.ranking.with(|r| r.as_ref().map_or(0, |r| r.ranked.len())));
    let refine = move || {
        if browser::media_matches(WIDE) {
            browser::focus_later("needs-industry");
        } else {
            // The top cards stay in view above the sheet, so a change is seen re-ranking.
            browser::scroll_to("mentor-list");
            m.sheet_open.set(true);
            browser::focus_later("sheet-close");
        }
    };
    let assumed = Memo::new(move |_| {
        m.assumption.get().map(|line| {
            line.strip_suffix(" — refine")
                .map(str::to_string)
                .unwrap_or(line)
        })
    });
    view! {
        <div class="match-summary" data-testid="match-summary">
            <p class="ms-line">
                <span class="ms-count" role="status" data-testid="match-count">
                    {move || format!("{} match", count.get())}
                </span>
                <span class="ms-dot" aria-hidden="true">" · "</span>
                <button
                    id=REFINE_ID
                    type="button"
                    class="button small primary ms-refine"
                    data-testid="refine"
                    aria-expanded=move || m.sheet_open.get().to_string()
                    aria-controls="needs-pane"
                    on:click=move |_| refine()
                >
                    "Refine"
                </button>
            </p>
            <Show when=move || assumed.with(Option::is_some)>
                <p class="ms-assume hint" data-testid="assumption">
                    {move || assumed.get()}
                    " — "
                    <button type="button" class="link-button" data-testid="assumption-refine" on:click=move |_| refine()>
                        "refine"
                    </button>
                </p>
            </Show>
        </div>
    }
}

/// The media query of the side-by-side layout (keep in step with style/mentors.css).
pub const WIDE: &str = "(min-width: 1024px)";
