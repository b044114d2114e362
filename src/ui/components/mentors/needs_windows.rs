use leptos::prelude::*;

use crate::core::mentors::needs::{DAY_KEYS, MAX_WINDOWS, WindowDraft};
use crate::core::time::calendar::WEEKDAY_SHORT;

/// The mentee's weekly free times as rows of day + start + end, in their own time zone, with
/// add and remove. Errors of each row are shown under it.
#[component]
pub fn NeedsWindows(
    /// The windows as typed.
    #[prop(into)]
    windows: Signal<Vec<WindowDraft>>,
    /// Called with the new list after any edit.
    on_change: Callback<Vec<WindowDraft>>,
    /// Error for window `i` (0-based), if any.
    error_of: Callback<usize, Option<String>>,
    /// An error for the list as a whole.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let edit = move |i: usize, f: &dyn Fn(&mut WindowDraft)| {
        let mut list = windows.get_untracked();
        if let Some(w) = list.get_mut(i) {
            f(w);
        }
        on_change.run(list);
    };
    let count = move || windows.with(Vec::len);
    view! {
        <fieldset class="field needs-windows">
            <legend>"When you are free each week"</legend>
            <p class="hint">"In your own time zone. Mentors are matched on the hours you share."</p>
            <ol class="windows">
                {move || {
                    (0..count())
                        .map(|i| {
                            let n = i + 1;
                            let w = windows.with_untracked(|l| l.get(i).cloned().unwrap_or_default());
                            let day_id = format!("win-{i}-day");
                            let start_id = format!("win-{i}-start");
                            let end_id = format!("win-{i}-end");
                            let err_id = format!("win-{i}-error");
                            let day = w.day.clone();
                            view! {
                                <li class="window-row" data-testid="window-row">
                                    <div class="window-fields">
                                        <div>
                                            <label for=day_id.clone()>{format!("Day (window {n})")}</label>
                                            <select
                                                id=day_id
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    edit(i, &|w| w.day = v.clone());
                                                }
                                            >
                                                <option value="" selected=day.is_empty()>"Choose…"</option>
                                                {DAY_KEYS
                                                    .iter()
                                                    .zip(WEEKDAY_SHORT)
                                                    .map(|(k, name)| {
                                                        let selected = day.eq_ignore_ascii_case(k);
                                                        view! { <option value=*k selected=selected>{name}</option> }
                                                    })
                                                    .collect_view()}
                                            </select>
                                        </div>
                                        <div>
                                            <label for=start_id.clone()>{format!("From (window {n})")}</label>
                                            <input
                                                id=start_id
                                                type="time"
                                                aria-describedby=err_id.clone()
                                                prop:value=w.start.clone()
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    edit(i, &|w| w.start = v.clone());
                                                }
                                            />
                                        </div>
                                        <div>
                                            <label for=end_id.clone()>{format!("To (window {n})")}</label>
                                            <input
                                                id=end_id
                                                type="time"
                                                aria-describedby=err_id.clone()
                                                prop:value=w.end.clone()
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    edit(i, &|w| w.end = v.clone());
                                                }
                                            />
                                        </div>
                                        <button
                                            type="button"
                                            class="button subtle small"
                                            aria-label=format!("Remove window {n}")
                                            on:click=move |_| {
                                                let mut list = windows.get_untracked();
                                                if i < list.len() {
                                                    list.remove(i);
                                                }
                                                on_change.run(list);
                                            }
                                        >
                                            "Remove"
                                        </button>
                                    </div>
                                    <p class="field-error" id=err_id aria-live="polite">{move || error_of.run(i)}</p>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <button
                type="button"
                class="button small"
                data-testid="add-window"
                disabled=move || { count() >= MAX_WINDOWS }
                on:click=move |_| {
                    let mut list = windows.get_untracked();
                    let day = DAY_KEYS[list.len() % 5].to_string();
                    list.push(WindowDraft { day, start: "18:00".into(), end: "20:00".into() });
                    on_change.run(list);
                }
            >
                "Add a time window"
            </button>
            <p class="field-error" aria-live="polite">{move || error.get()}</p>
        </fieldset>
    }
}
