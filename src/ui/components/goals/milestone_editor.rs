use chrono::NaiveDate;
use leptos::prelude::*;

use crate::core::form::parse_iso_date;
use crate::core::goals::goal::{GoalDraft, MilestoneDraft};
use crate::core::goals::milestones;

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
            <p class="hint">"Break the goal into 3 to 6 steps with dates. Your mentor will check in on each."</p>
            <div class="actions">
                <button type="button" class="button" data-testid="suggest-milestones" on:click=suggest>
                    "Suggest milestones"
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="add-milestone"
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

/// A change to the milestone list.
type Edit = Box<dyn FnOnce(Vec<MilestoneDraft>) -> Vec<MilestoneDraft> + Send + Sync>;

/// One milestone's row: title, target date, done, reorder and remove.
#[component]
fn MilestoneRow(
    /// Position in the list.
    i: usize,
    /// The whole list (values are read reactively).
    list: Memo<Vec<MilestoneDraft>>,
    /// Date flags for every milestone.
    flags: Memo<Vec<(usize, String)>>,
    /// Today's date (done dates).
    today: NaiveDate,
    /// Applies an edit to the list.
    edit: Callback<Edit>,
) -> impl IntoView {
    let get = move |f: fn(&MilestoneDraft) -> String| {
        move || list.with(|l| l.get(i).map(f).unwrap_or_default())
    };
    let done = move || list.with(|l| l.get(i).is_some_and(|m| !m.done.trim().is_empty()));
    let last = move || i + 1 >= list.with(Vec::len);
    let flag = move || {
        flags.with(|f| {
            f.iter()
                .filter(|(j, _)| *j == i)
                .map(|(_, m)| m.clone())
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    let set = move |f: fn(&mut MilestoneDraft, String), v: String| {
        edit.run(Box::new(move |mut l| {
            if let Some(m) = l.get_mut(i) {
                f(m, v);
            }
            l
        }))
    };
    let title_id = format!("ms-{i}-title");
    let date_id = format!("ms-{i}-date");
    let done_id = format!("ms-{i}-done");
    let done_for = done_id.clone();
    let title_for = title_id.clone();
    let date_for = date_id.clone();
    let flag_id = format!("ms-{i}-flag");
    view! {
        <li class="milestone card" class:is-done=done data-testid="milestone">
            <div class="ms-fields">
                <div class="field">
                    <label for=title_for>{format!("Milestone {}", i + 1)}</label>
                    <input
                        id=title_id
                        type="text"
                        prop:value=get(|m| m.title.clone())
                        on:input=move |ev| set(|m, v| m.title = v, event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for=date_for>"Target date"</label>
                    <input
                        id=date_id
                        type="date"
                        aria-describedby=flag_id.clone()
                        prop:value=get(|m| m.target.clone())
                        on:input=move |ev| set(|m, v| m.target = v, event_target_value(&ev))
                    />
                </div>
            </div>
            <p class="field-error" id=flag_id aria-live="polite">{flag}</p>
            <div class="ms-actions">
                <label class="check" for=done_for>
                    <input
                        id=done_id
                        type="checkbox"
                        prop:checked=done
                        on:change=move |ev| {
                            let when = if event_target_checked(&ev) { today.to_string() } else { String::new() };
                            set(|m, v| m.done = v, when)
                        }
                    />
                    " Done"
                </label>
                <button
                    type="button"
                    class="button subtle small"
                    aria-label=format!("Move milestone {} up", i + 1)
                    disabled=i == 0
                    on:click=move |_| edit.run(Box::new(move |l| milestones::move_up(l, i)))
                >
                    "↑"
                </button>
                <button
                    type="button"
                    class="button subtle small"
                    aria-label=format!("Move milestone {} down", i + 1)
                    disabled=last
                    on:click=move |_| edit.run(Box::new(move |l| milestones::move_down(l, i)))
                >
                    "↓"
                </button>
                <button
                    type="button"
                    class="button subtle small"
                    aria-label=format!("Remove milestone {}", i + 1)
                    on:click=move |_| edit.run(Box::new(move |l| milestones::remove(l, i)))
                >
                    "Remove"
                </button>
            </div>
        </li>
    }
}
