//! The Data page: where the data lives, how much room it takes, export, import, delete.

use leptos::prelude::*;

use crate::core::sharing::backup;
use crate::core::store::quota::{QUOTA_UNITS, grouped};
use crate::ui::components::sharing::backup_import::BackupImport;
use crate::ui::{browser, state::AppCtx, storage};

/// Everything about the user's data: where it lives, export it all, import a backup, delete
/// it all.
#[component]
pub fn DataPage() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let confirming = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let exported = RwSignal::new(None::<String>);
    let cohort_message = RwSignal::new(None::<String>);
    let confirming_cohort = RwSignal::new(false);
    // What the stored cohort holds, re-read after a delete or an import changes it.
    let cohort_held = Memo::new(move |_| {
        ctx.state.track();
        cohort_message.track();
        storage::load_cohort()
            .ok()
            .flatten()
            .filter(|c| !c.is_empty())
            .map(|c| crate::core::cohort::stored::describe(&c))
    });
    let delete_cohort = move |_| {
        confirming_cohort.set(false);
        cohort_message.set(Some(
            match storage::save_cohort(&crate::core::cohort::stored::Cohort::default()) {
                Ok(()) => "The cohort has been deleted from this browser.".into(),
                Err(e) => format!("The cohort could not be deleted: {e}"),
            },
        ));
    };
    let export = move |_| {
        // The cohort is kept under its own key; a backup holds it too.
        let cohort = storage::load_cohort().ok().flatten();
        let text = ctx
            .state
            .with_untracked(|s| backup::export_all(s, cohort.as_ref(), &browser::now_iso()));
        let name = backup::file_name(&ctx.today.to_string());
        exported.set(Some(
            match browser::download(&name, "application/json", &text) {
                Ok(()) => format!("Downloaded {name}"),
                Err(e) => format!("The download did not start: {e}"),
            },
        ));
    };
    let delete = move |_| {
        let memory_only = ctx.storage_mode.get_untracked() == storage::Mode::MemoryOnly;
        let result = ctx.delete_everything();
        confirming.set(false);
        message.set(Some(match result {
            Ok(()) if memory_only => "Everything in this tab has been cleared. This browser blocks storage, so nothing had been kept in it.".into(),
            Ok(()) => "Everything Trellis kept in this browser has been deleted.".into(),
            Err(e) => format!("Not everything could be deleted: {e}. This tab is empty now; try again, or clear this site's data in the browser settings."),
        }));
    };
    // Room used, by Trellis's own count and by the browser's estimate; re-read after saves.
    let used = Memo::new(move |_| {
        ctx.state.track();
        ctx.save_error.track();
        storage::used_units()
    });
    let estimate = LocalResource::new(storage::estimate);
    let persisted = move || {
        match ctx.persisted.get() {
        None if ctx.storage_mode.get() == storage::Mode::MemoryOnly => {
            "Not available: this browser blocks storage.".to_string()
        }
        None => "Asked after the first save.".to_string(),
        Some(true) => "Granted: the browser will not clear Trellis's data to free space.".to_string(),
        Some(false) => "Not granted: the browser may clear this data when the device runs short of space, so keep a backup.".to_string(),
    }
    };
    view! {
        <div class="page" data-testid="page-data">
            <h1>"Your data"</h1>
            <section class="card">
                <h2>"Where it lives"</h2>
                <p>
                    "Trellis has no server and no account. Your goal, shortlist and plan are saved in this browser's local storage on this device only. Clearing your browser data removes them, so export a copy now and then."
                </p>
                <p data-testid="tzdata">"Session times follow the IANA time zone database, release " {crate::core::time::tz::tzdata_release()} ", built into the app."</p>
            </section>
            <section class="card" data-testid="storage-room" aria-labelledby="room-title">
                <h2 id="room-title">"Room in this browser"</h2>
                <dl class="facts">
                    <dt>"Used by Trellis"</dt>
                    <dd data-testid="room-used">{move || match used.get() {
                        Some((ours, all)) => format!(
                            "{} of {} characters this site may keep ({} used by all of this site)",
                            grouped(ours), grouped(QUOTA_UNITS), grouped(all)
                        ),
                        None => "Unknown: this browser blocks storage.".to_string(),
                    }}</dd>
                    <dt>"Browser's estimate"</dt>
                    <dd data-testid="room-estimate">{move || match estimate.get().flatten() {
                        Some((usage, quota)) => format!(
                            "{} KB used of {} MB available to this site",
                            grouped((usage / 1000.0).round() as usize),
                            grouped((quota / 1_000_000.0).round() as usize)
                        ),
                        None => "Not reported by this browser.".to_string(),
                    }}</dd>
                    <dt>"Persistent storage"</dt>
                    <dd data-testid="room-persist">{persisted}</dd>
                </dl>
            </section>
            <section class="card">
                <h2>"Export everything"</h2>
                <p>"Download all your Trellis data as one JSON file."</p>
                <button class="button primary" on:click=export data-testid="export">"Export as JSON"</button>
                <p class="status" role="status" data-testid="export-status">{move || exported.get()}</p>
            </section>
            <BackupImport/>
            <section class="card" aria-labelledby="cohort-data-title" data-testid="data-cohort">
                <h2 id="cohort-data-title">"Your cohort"</h2>
                {move || match cohort_held.get() {
                    Some(what) => view! {
                        <p data-testid="data-cohort-held">{format!("A coordinator's cohort is kept in this browser: {what}. Backups include it.")}</p>
                        <Show
                            when=move || confirming_cohort.get()
                            fallback=move || view! {
                                <button class="button danger" on:click=move |_| confirming_cohort.set(true) data-testid="delete-cohort">
                                    "Delete the cohort…"
                                </button>
                            }
                        >
                            <div class="confirm" role="group" aria-labelledby="confirm-cohort-q">
                                <p id="confirm-cohort-q"><strong>"Delete both rosters, your rules and the last result? Your goals and plans stay."</strong></p>
                                <button class="button danger" on:click=delete_cohort data-testid="confirm-delete-cohort">"Yes, delete the cohort"</button>
                                <button class="button subtle" on:click=move |_| confirming_cohort.set(false)>"Cancel"</button>
                            </div>
                        </Show>
                    }.into_any(),
                    None => view! { <p data-testid="data-cohort-none">"No cohort is kept in this browser. Coordinators build one on the Cohort page."</p> }.into_any(),
                }}
                <p class="status" role="status" aria-live="polite" data-testid="cohort-data-status">{move || cohort_message.get()}</p>
            </section>
            <section class="card danger-zone">
                <h2>"Delete everything"</h2>
                <p>"Remove every goal, shortlist and plan Trellis keeps in this browser. This cannot be undone."</p>
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button class="button danger" on:click=move |_| confirming.set(true) data-testid="delete-all">
                                "Delete everything…"
                            </button>
                        }
                    }
                >
                    <div class="confirm" role="group" aria-labelledby="confirm-q">
                        <p id="confirm-q"><strong>"Delete all Trellis data from this browser?"</strong></p>
                        <button class="button danger" on:click=delete data-testid="confirm-delete">"Yes, delete everything"</button>
                        <button class="button subtle" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </div>
                </Show>
            </section>
            <p class="status" role="status" aria-live="polite" data-testid="data-status">{move || message.get()}</p>
        </div>
    }
}
