//! The goal wizard's milestone step: suggest, add, reorder and edit the milestones.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::core::form::parse_iso_date;
use crate::core::goals::goal::{GoalDraft, MAX_MILESTONES, MilestoneDraft};
use crate::core::goals::milestones;
use crate::ui::components::goals::milestone_row::{Edit, MilestoneRow};

/// Edits the goal's milestones: suggest, add, remove, reorder, edit title and date, mark done.
/// Dates outside [today, deadline] are flagged next to the milestone, never refused.
#[component]
pub fn MilestoneEditor(
    /// The draft whose milestones are edited.
    draft: Memo<Option<GoalDraft>>,
    /// Called with the new milestone list after every edit.
    on_change: Callback<Vec<MilestoneDraft>>,
    /// Today's date (for suggestions, flags and done dates).
    today: NaiveDate,
) -> impl IntoView {
    let list = Memo::new(move |_| {
        draft.with(|d| d.as_ref().map(|d| d.milestones.clone()).unwrap_or_default())
    });
    let deadline =
        Memo::new(move |_| draft.with(|d| d.as_ref().and_then(|d| parse_iso_date(&d.deadline))));
    let flags = Memo::new(move |_| milestones::check_dates(&list.get(), today, deadline.get()));
    let at_cap = Memo::new(move |_| list.with(Vec::len) >= MAX_MILESTONES);
    let confirm_replace = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    let edit = Callback::new(move |f: Edit| on_change.run(f(list.get_untracked())));
    let do_suggest = move || {
        let Some(d) = draft.get_untracked() else {
            return;
        };
        let Some(deadline) = deadline.get_untracked() else {
            status.set(Some(
                "Set a deadline first (step 3): milestones are spread up to it.".into(),
            ));
            return;
        };
        let suggested = milestones::suggest(&d, today, deadline, None);
        if suggested.is_empty() {
            status.set(Some(
                "The deadline must be after today to suggest milestones.".into(),
            ));
            return;
        }
        status.set(Some(format!(
            "Suggested {} milestones. Edit them to fit your plan.",
            suggested.len()
        )));
        on_change.run(suggested);
        confirm_replace.set(false);
    };
    let suggest = move |_| {
        if list.get_untracked().is_empty() {
            do_suggest();
        } else {
            confirm_replace.set(true);
        }
    };
    view! {
        <section class="milestone-editor" aria-labelledby="ms-title">
            <h2 id="ms-title">"Milestones"</h2>
            <p class="hint">{format!("Break the goal into 3 to 6 steps with dates (at most {MAX_MILESTONES}). Your mentor will check in on each.")}</p>
            <div class="actions">
                <button type="button" class="button" data-testid="suggest-milestones" on:click=suggest>
                    "Suggest milestones"
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="add-milestone"
                    disabled=at_cap
                    on:click=move |_| edit.run(Box::new(move |l| milestones::add(l, deadline.get_untracked())))
                >
                    "Add a milestone"
                </button>
            </div>
            <Show when=move || confirm_replace.get()>
                <div class="confirm card" role="group" aria-labelledby="ms-confirm">
                    <p id="ms-confirm">
                        <strong>{move || format!("Replace your {} milestones with suggestions?", list.get().len())}</strong>
                    </p>
                    <button type="button" class="button primary" on:click=move |_| do_suggest()>"Replace them"</button>
                    <button type="button" class="button subtle" on:click=move |_| confirm_replace.set(false)>"Keep mine"</button>
                </div>
            </Show>
            <p class="status" role="status">{move || status.get()}</p>
            <ol class="milestones" data-testid="milestones">
                // Rows are keyed by position and read their values reactively, so typing
                // never rebuilds an input (focus and caret stay put).
                <For each=move || 0..list.with(Vec::len) key=|i| *i let:i>
                    <MilestoneRow i=i list=list flags=flags today=today edit=edit/>
                </For>
            </ol>
        </section>
    }
}
