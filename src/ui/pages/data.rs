use leptos::prelude::*;

use crate::core::sharing::backup;
use crate::ui::components::sharing::backup_import::BackupImport;
use crate::ui::{browser, state::AppCtx};

/// Everything about the user's data: where it lives, export it all, import a backup, delete
/// it all.
#[component]
pub fn DataPage() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let confirming = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let exported = RwSignal::new(None::<String>);
    let export = move |_| {
        let text = ctx
            .state
            .with_untracked(|s| backup::export(s, &browser::now_iso()));
        let name = backup::file_name(&ctx.today.to_string());
        exported.set(Some(
            match browser::download(&name, "application/json", &text) {
                Ok(()) => format!("Downloaded {name}"),
                Err(e) => format!("The download did not start: {e}"),
            },
        ));
    };
    let delete = move |_| {
        ctx.delete_everything();
        confirming.set(false);
        message.set(Some(
            "Everything Trellis kept in this browser has been deleted.".into(),
        ));
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
            <section class="card">
                <h2>"Export everything"</h2>
                <p>"Download all your Trellis data as one JSON file."</p>
                <button class="button primary" on:click=export data-testid="export">"Export as JSON"</button>
                <p class="status" role="status" data-testid="export-status">{move || exported.get()}</p>
            </section>
            <BackupImport/>
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
