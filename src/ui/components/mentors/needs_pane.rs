//! The needs beside the results: a column on wide screens, a sheet on phones.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::components::mentors::{
    matching::Matching, needs_form::NeedsForm, roster_import::RosterImport,
};

/// The directory choice and the needs form. On wide screens (≥ 1024 px) a column beside the
/// results that scrolls on its own; on phones hidden until "Refine" opens it as a modal sheet
/// over the lower part of the screen (the top cards stay in view and re-rank as you change
/// answers): focus moves into it, Escape or "Show results" closes it and focus returns to
/// "Refine".
#[component]
pub fn NeedsPane() -> impl IntoView {
    let m = Matching::use_ctx();
    let open = move || m.sheet_open.get();
    let close = move || {
        m.sheet_open.set(false);
        browser::focus_later(REFINE_ID);
    };
    view! {
        <div
            id="needs-pane"
            class="needs-pane"
            class:is-open=open
            data-testid="needs-pane"
            role=move || open().then_some("dialog")
            aria-modal=move || open().then_some("true")
            aria-labelledby=move || open().then_some("sheet-title")
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" && m.sheet_open.get_untracked() {
                    ev.prevent_default();
                    close();
                }
            }
        >
            <div class="sheet-head">
                <p id="sheet-title" class="sheet-title">"Refine the ranking"</p>
                <button
                    id="sheet-close"
                    type="button"
                    class="button small primary"
                    data-testid="sheet-close"
                    on:click=move |_| close()
                >
                    {move || {
                        let n = m.ranking.with(|r| r.as_ref().map_or(0, |r| r.ranked.len()));
                        format!("Show {n} results")
                    }}
                </button>
            </div>
            <RosterImport/>
            <NeedsForm/>
        </div>
    }
}

/// The id of the phone's "Refine" button (focus returns to it when the sheet closes).
pub const REFINE_ID: &str = "refine-button";
