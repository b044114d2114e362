//! One row of the milestone editor: title, target date, done, reorder and remove.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::core::goals::goal::MilestoneDraft;
use crate::core::goals::milestones;
use crate::ui::components::common::field::Field;

/// One milestone's row: title, target date, done, reorder and remove.
#[component]
pub fn MilestoneRow(
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
    let flag_id = format!("ms-{i}-flag");
    view! {
        <li class="milestone card" class:is-done=done data-testid="milestone">
            <div class="ms-fields">
                <Field id=format!("ms-{i}-title") label=format!("Milestone {}", i + 1)>
                    <input
                        type="text"
                        prop:value=get(|m| m.title.clone())
                        on:input=move |ev| set(|m, v| m.title = v, event_target_value(&ev))
                    />
                </Field>
                <Field
                    id=format!("ms-{i}-date")
                    label="Target date"
                    error=Signal::derive(move || Some(flag()).filter(|f| !f.is_empty()))
                    error_id=flag_id.clone()
                >
                    <input
                        type="date"
                        prop:value=get(|m| m.target.clone())
                        on:input=move |ev| set(|m, v| m.target = v, event_target_value(&ev))
                    />
                </Field>
            </div>
            <p class="field-error" id=flag_id aria-live="polite">{flag}</p>
            <div class="ms-actions">
                <Field id=format!("ms-{i}-done") label=" Done" bare=true label_class="check" inline=true>
                    <input
                        type="checkbox"
                        prop:checked=done
                        on:change=move |ev| {
                            let when = if event_target_checked(&ev) { today.to_string() } else { String::new() };
                            set(|m, v| m.done = v, when)
                        }
                    />
                </Field>
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

/// A change to the milestone list.
pub type Edit = Box<dyn FnOnce(Vec<MilestoneDraft>) -> Vec<MilestoneDraft> + Send + Sync>;
