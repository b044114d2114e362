//! A labelled file input that hands the chosen file's name and bytes to the page.

use leptos::prelude::*;

/// One roster file input (CSV or JSON). Reads the bytes (not `file.text()`, which would turn
/// Windows-1252 letters into U+FFFD before the importer could read them) and calls `on_file`
/// with the name and bytes, or with `None` when the browser could not read the file.
#[component]
pub fn CohortFile(
    /// The input's id (also its test id).
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// Called with (file name, bytes, or `None` if unreadable).
    on_file: Callback<(String, Option<Vec<u8>>)>,
) -> impl IntoView {
    let busy = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
                .await
                .ok()
                .map(|buf| js_sys::Uint8Array::new(&buf).to_vec());
            busy.set(false);
            input.set_value("");
            on_file.run((name, bytes));
        });
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="file"
                accept=".csv,.json,.tsv,.txt,text/csv,application/json"
                data-testid=id
                on:change=on_change
            />
            <Show when=move || busy.get()>
                <p class="hint" aria-live="polite">"Reading the file…"</p>
            </Show>
        </div>
    }
}
