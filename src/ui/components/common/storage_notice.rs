//! The notice shown when stored data could not be read, with a way to keep the raw value.

use leptos::prelude::*;

use crate::ui::{browser, state::AppCtx, storage};

/// Tells the user when stored data could not be read, and offers to download the raw value
/// before discarding it. Nothing is deleted until they say so. When there was no room to set
/// the value aside it stays where it is and the tab is read-only until it is discarded.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let download_error = RwSignal::new(None::<String>);
    view! {
        <For
            each=move || ctx.unreadable.get()
            key=|u| u.key.clone()
            children=move |u: storage::Unreadable| {
                let raw = u.raw.clone();
                let key = u.key.clone();
                let download = move |_| {
                    let name = format!("trellis-unreadable-{}.json", ctx.today);
                    download_error.set(browser::download(&name, "application/json", &raw).err());
                };
                let discard = move |_| {
                    download_error.set(ctx.discard_unreadable(&key).err());
                };
                let kept = if u.in_place {
                    ". There is no room to set it aside, so it stays where it is and Trellis runs read-only: nothing you change here is saved. Download it, then discard it to save again (the download can be imported on the Data page)."
                } else {
                    ". The unreadable data is kept aside and nothing has been overwritten. The download can be imported on the Data page."
                };
                view! {
                    <section class="notice warning" role="alert" data-testid="storage-notice">
                        <h2>"Some saved data could not be read"</h2>
                        <p>
                            "Trellis started with what it could read, because "{u.reason.clone()}
                            {kept}
                        </p>
                        <div class="actions">
                            <button class="button" on:click=download>"Download the unreadable data"</button>
                            <button class="button subtle" on:click=discard>"Discard it"</button>
                        </div>
                        <p class="error">{move || download_error.get()}</p>
                    </section>
                }
            }
        />
    }
}
