//! The backup import of the Data page: pick a file, preview, merge or replace.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::core::cohort::stored::Cohort;
use crate::core::sharing::backup::{self, Backup, BackupError, MAX_BACKUP_BYTES, Mode};
use crate::core::store::bounds;
use crate::ui::browser::next_task;
use crate::ui::components::{common::field::Field, sharing::backup_goal_list::GoalList};
use crate::ui::{state::AppCtx, storage};

/// Goals read per task while checking a backup (a goal at the caps is ~25 KB of JSON).
const GOALS_PER_TASK: usize = 8;

/// "Import a backup" on the Data page: pick a Trellis backup file, see what it holds and what
/// importing it would change, then merge it into the data here or replace the data with it.
/// Nothing changes until the user chooses; a damaged file gets a message with its line and
/// column.
#[component]
pub fn BackupImport() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let picked = RwSignal::new(None::<Picked>);
    let confirming = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    // What long work is under way ("Reading the file…"), shown while it runs in slices.
    let busy = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let preview = Memo::new(move |_| {
        picked.with(|p| match p {
            Some(Picked { result: Ok(b), .. }) => {
                ctx.state.with(|s| Some(backup::preview(s, &b.state)))
            }
            _ => None,
        })
    });
    // What merge and replace would do with the cohort (kept apart from the state).
    let cohort_plan = Memo::new(move |_| {
        picked.with(|p| match p {
            Some(Picked { result: Ok(b), .. }) => {
                let local = storage::load_cohort().ok().flatten().unwrap_or_default();
                let merge = backup::cohort_outcome(&local, b.cohort.as_ref(), Mode::Merge);
                let replace = backup::cohort_outcome(&local, b.cohort.as_ref(), Mode::Replace);
                Some((merge.message, replace.message, merge.write.is_some()))
            }
            _ => None,
        })
    });
    let error = Memo::new(move |_| {
        picked.with(|p| match p {
            Some(Picked { result: Err(e), .. }) => Some(e.to_string()),
            _ => None,
        })
    });

    let on_change = move |ev: leptos::ev::Event| {
        status.set(None);
        confirming.set(false);
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            picked.set(None);
            return;
        };
        let name = file.name();
        let size = file.size() as usize;
        if size > MAX_BACKUP_BYTES {
            picked.set(Some(Picked {
                name,
                result: Err(BackupError::TooLarge(size)),
            }));
            return;
        }
        picked.set(None);
        busy.set(Some("Reading the file…".into()));
        // Read, check (a few goals at a time) and preview, each in its own tasks, so the page
        // stays responsive however large the file.
        spawn_local(async move {
            let bytes = read_bytes(file).await;
            busy.set(Some("Checking the backup…".into()));
            next_task().await;
            let result = match bytes.as_deref().map(backup::text_of) {
                Ok(Ok(text)) => {
                    let mut reading = backup::Sliced::begin(text);
                    while !reading.step(GOALS_PER_TASK) {
                        busy.set(Some(format!(
                            "Checking the backup: goal {} of {}…",
                            reading.done(),
                            reading.total()
                        )));
                        next_task().await;
                    }
                    reading.finish()
                }
                Ok(Err(e)) => Err(e),
                Err(_) => Err(BackupError::NotJson),
            };
            busy.set(Some("Comparing it with your data…".into()));
            next_task().await;
            busy.set(None);
            picked.set(Some(Picked { name, result }));
        });
    };
    let reset_input = move || {
        if let Some(input) = input_ref.get() {
            input.set_value("");
        }
        picked.set(None);
        confirming.set(false);
    };
    let apply = move |mode: Mode| {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        if mode == Mode::Merge
            && let Some(e) = p.merge_error()
        {
            status.set(Some(e.to_string()));
            return;
        }
        // Taken out of the signal, not copied (a backup may be megabytes); the preview stays
        // on screen until `reset_input` below.
        let mut taken = None;
        picked.update_untracked(|x| taken = x.take());
        let Some(Picked { result: Ok(b), .. }) = taken else {
            return;
        };
        busy.set(Some(
            match mode {
                Mode::Merge => "Merging…",
                Mode::Replace => "Replacing…",
            }
            .into(),
        ));
        spawn_local(async move {
            next_task().await;
            let next = ctx
                .state
                .with_untracked(|s| backup::apply(s, &b.state, mode));
            let local: Cohort = storage::load_cohort().ok().flatten().unwrap_or_default();
            let cohort = backup::cohort_outcome(&local, b.cohort.as_ref(), mode);
            let cohort_note = match &cohort.write {
                None => cohort.message.clone(),
                Some(c) => match storage::save_cohort(c) {
                    Ok(()) => cohort.message.clone(),
                    Err(e) => format!("The cohort was not brought in: {e}"),
                },
            };
            // The preview goes first, so the new state does not recompute it.
            reset_input();
            next_task().await;
            ctx.state.set(next);
            // The page shows the new data before the (large) write.
            next_task().await;
            let saved = ctx.saved().await;
            busy.set(None);
            if let Err(e) = saved {
                status.set(Some(format!(
                    "{} in this tab only. {e} Export a copy from this page before closing the tab. {cohort_note}",
                    match mode {
                        Mode::Merge => "Merged",
                        Mode::Replace => "Replaced",
                    }
                )));
                return;
            }
            let goals = match mode {
                Mode::Merge => format!(
                    "Merged. {} goal{} added; every goal that was here is still here.",
                    p.added.len() + p.changed.len(),
                    if p.added.len() + p.changed.len() == 1 {
                        ""
                    } else {
                        "s"
                    }
                ),
                Mode::Replace => format!(
                    "Replaced. This device now holds exactly the backup ({} goal{}).",
                    p.goals,
                    if p.goals == 1 { "" } else { "s" }
                ),
            };
            status.set(Some(if cohort_note.is_empty() {
                goals
            } else {
                format!("{goals} {cohort_note}")
            }));
        });
    };
    let replace = move |_| {
        let lost = preview.with_untracked(|p| p.as_ref().map_or(0, |p| p.lost_on_replace()));
        if lost > 0 {
            confirming.set(true);
            crate::ui::browser::focus_later("replace-confirm-q");
        } else {
            apply(Mode::Replace);
        }
    };

    view! {
        <section class="card backup-import" aria-labelledby="import-title" data-testid="backup-import">
            <h2 id="import-title">"Import a backup"</h2>
            <p>"Bring back data from a Trellis backup file. You see what it holds before anything changes."</p>
            <p class="hint" data-testid="import-caps">{bounds::caps_text()}</p>
            <Field id="backup-file" label="Backup file (.json)">
                <input
                    type="file"
                    accept=".json,application/json"
                    node_ref=input_ref
                    data-testid="import-file"
                    on:change=on_change
                />
            </Field>
            {move || busy.get().map(|what| view! {
                <p class="status" role="status" data-testid="import-busy">{what}</p>
            })}
            {move || error.get().map(|msg| view! {
                <div class="notice warning import-error" role="alert" data-testid="import-error">
                    <p><strong>"This file could not be imported."</strong></p>
                    <p>{msg}</p>
                    <p>"Nothing was changed."</p>
                </div>
            })}
            {move || preview.get().map(|p| {
                let name = picked.with_untracked(|x| x.as_ref().map(|x| x.name.clone()).unwrap_or_default());
                let saved = picked.with_untracked(|x| match x {
                    Some(Picked { result: Ok(b), .. }) => b.saved_at.get(..10).unwrap_or_default().to_string(),
                    _ => String::new(),
                });
                let lost = p.lost_on_replace();
                let cohort_merges = cohort_plan.with(|c| c.as_ref().is_some_and(|c| c.2));
                let noop = p.merge_is_noop() && !cohort_merges;
                let too_many = p.merge_error().map(|e| e.to_string());
                let merge_off = noop || too_many.is_some();
                let summary = format!(
                    "{name}: {} goal{}, {} session{}{}.",
                    p.goals,
                    if p.goals == 1 { "" } else { "s" },
                    p.sessions,
                    if p.sessions == 1 { "" } else { "s" },
                    if saved.is_empty() { String::new() } else { format!(", saved {saved}") },
                );
                view! {
                    <div class="import-preview" data-testid="import-preview" aria-labelledby="import-preview-title" role="region">
                        <h3 id="import-preview-title">"What this backup holds"</h3>
                        <p data-testid="import-summary">{summary}</p>
                        <GoalList title="New" note="Not on this device yet. Merging adds them." goals=p.added.clone() testid="import-added"/>
                        <GoalList title="Changed" note="Also on this device, with different content. Merging keeps both versions; replacing keeps the backup's." goals=p.changed.clone() testid="import-changed"/>
                        <GoalList title="Unchanged" note="Already on this device exactly as in the backup." goals=p.unchanged.clone() testid="import-unchanged"/>
                        <GoalList title="Only on this device" note="Not in the backup. Merging keeps them; replacing removes them." goals=p.only_local.clone() testid="import-only-local"/>
                        {cohort_plan.get().filter(|(m, r, _)| !m.is_empty() || !r.is_empty()).map(|(m, r, _)| view! {
                            <div class="import-cohort" data-testid="import-cohort">
                                <h4>"Cohort"</h4>
                                <p>"Merge: "{m}</p>
                                <p>"Replace: "{r}</p>
                            </div>
                        })}
                        {noop.then(|| view! { <p class="hint">"Merging would change nothing: everything in this file is already here."</p> })}
                        {too_many.map(|msg| view! { <p class="notice warning" data-testid="import-too-many">{msg}</p> })}
                        <div class="actions">
                            <button type="button" class="button primary" data-testid="import-merge" disabled=merge_off on:click=move |_| apply(Mode::Merge)>
                                "Merge into my data"
                            </button>
                            <button type="button" class="button" data-testid="import-replace" on:click=replace>
                                "Replace my data"
                            </button>
                            <button type="button" class="button subtle" on:click=move |_| reset_input()>
                                "Cancel"
                            </button>
                        </div>
                        <Show when=move || confirming.get()>
                            <div class="confirm" role="group" aria-labelledby="replace-confirm-q" data-testid="replace-confirm">
                                <p id="replace-confirm-q" tabindex="-1">
                                    <strong>{format!(
                                        "Replace your data? {lost} goal{} on this device will be removed or overwritten.",
                                        if lost == 1 { "" } else { "s" }
                                    )}</strong>
                                </p>
                                <button type="button" class="button danger" data-testid="import-replace-confirm" on:click=move |_| apply(Mode::Replace)>
                                    "Yes, replace my data"
                                </button>
                                <button type="button" class="button subtle" on:click=move |_| confirming.set(false)>"Keep my data"</button>
                            </div>
                        </Show>
                    </div>
                }
            })}
            <p class="status" role="status" aria-live="polite" data-testid="import-status">{move || status.get()}</p>
        </section>
    }
}

/// A file the user picked, read and parsed.
#[derive(Clone, Debug, PartialEq)]
struct Picked {
    name: String,
    result: Result<Backup, BackupError>,
}

/// Reads a picked file's bytes (the file input gives a `File`).
async fn read_bytes(file: web_sys::File) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "The browser could not read this file.".to_string())?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}
