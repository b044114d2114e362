//! The persistent banner for data that is not being kept: blocked storage, read-only mode,
//! a refused write.

use leptos::prelude::*;

use crate::core::sharing::backup;
use crate::ui::{browser, state::AppCtx, storage};

/// Says, until it is no longer true, that what the user does is not being saved (storage
/// blocked, read-only, or the last write refused), and offers "Download a backup now" of
/// everything this tab holds.
#[component]
pub fn SaveBanner() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let download_status = RwSignal::new(None::<String>);
    let message = Memo::new(move |_| match ctx.storage_mode.get() {
        storage::Mode::MemoryOnly => Some(storage::SaveError::MemoryOnly.to_string()),
        storage::Mode::ReadOnly => Some(storage::SaveError::ReadOnly.to_string()),
        storage::Mode::Normal => ctx.save_error.get(),
    });
    let download = move |_| {
        // The cohort is kept under its own key; a backup holds it too.
        let cohort = storage::load_cohort().ok().flatten();
        let text = ctx
            .state
            .with_untracked(|s| backup::export_all(s, cohort.as_ref(), &browser::now_iso()));
        let name = backup::file_name(&ctx.today.to_string());
        download_status.set(Some(
            match browser::download(&name, "application/json", &text) {
                Ok(()) => format!("Downloaded {name}."),
                Err(e) => format!("The download did not start: {e}"),
            },
        ));
    };
    view! {
        <Show when=move || message.with(Option::is_some)>
            <section class="notice warning save-banner" role="alert" data-testid="save-banner">
                <p><strong>{move || message.get().unwrap_or_default()}</strong></p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=download data-testid="banner-download">
                        "Download a backup now"
                    </button>
                </div>
                <p class="hint" role="status">{move || download_status.get()}</p>
            </section>
        </Show>
    }
}
