//! The prompt's preview and its "Copy prompt" button: the exact text that will be copied, and
//! an honest message when the browser refuses the clipboard (the text is then selected for
//! copying by hand).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::ui::components::common::field::Field;

/// The prompt as a read-only text area (selectable, scrollable) with its length, and a button
/// that writes it to the clipboard through `navigator.clipboard`. Nothing is sent anywhere.
/// A status is shown only for the text it was about: editing a part clears "Copied".
#[component]
pub fn PromptCopy(
    /// The prompt text to show and copy.
    text: Memo<String>,
) -> impl IntoView {
    // What happened to which text.
    let state = RwSignal::new((CopyState::Idle, String::new()));
    let status = Memo::new(move |_| {
        state.with(|(s, at)| {
            if text.with(|t| t == at) {
                *s
            } else {
                CopyState::Idle
            }
        })
    });
    let chars = Memo::new(move |_| text.with(|t| t.chars().count()));
    let select_text = move || {
        if let Some(area) = document()
            .get_element_by_id("prompt-text")
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            let _ = area.focus();
            area.select();
        }
    };
    let copy = move |_| {
        let value = text.get_untracked();
        let nav = window().navigator();
        let clipboard = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard"))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null());
        let Some(clipboard) = clipboard else {
            state.set((CopyState::Refused, value));
            select_text();
            return;
        };
        let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
        let promise = clipboard.write_text(&value);
        spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => state.set((CopyState::Copied, value)),
                Err(_) => {
                    state.set((CopyState::Refused, value));
                    select_text();
                }
            }
        });
    };
    view! {
        <section class="prompt-preview" aria-labelledby="prompt-preview-title" data-testid="prompt-preview">
            <h3 id="prompt-preview-title">"The prompt"</h3>
            <Field id="prompt-text" label="Exactly what will be copied" bare=true hint_id="prompt-length">
                <textarea
                    readonly
                    class="prompt-text"
                    rows="14"
                    spellcheck="false"
                    data-testid="prompt-text"
                    prop:value=move || text.get()
                ></textarea>
            </Field>
            <p class="hint" id="prompt-length" data-testid="prompt-length">
                {move || format!("{} characters. Trellis sends it nowhere: you paste it into the assistant you choose.", chars.get())}
            </p>
            <div class="actions">
                <button type="button" class="button primary" data-testid="prompt-copy" on:click=copy>
                    "Copy prompt"
                </button>
            </div>
            <p
                class="status"
                class:refused=move || status.get() == CopyState::Refused
                role="status"
                aria-live="polite"
                data-testid="prompt-status"
            >
                {move || match status.get() {
                    CopyState::Idle => "",
                    CopyState::Copied => "Prompt copied. Paste it into any AI assistant.",
                    CopyState::Refused => "This browser did not let Trellis use the clipboard. The prompt is selected above: copy it with Ctrl+C (⌘C on a Mac), or long-press and choose Copy.",
                }}
            </p>
        </section>
    }
}

/// What happened to the last copy.
#[derive(Clone, Copy, Debug, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// No clipboard, or the browser refused the write: the user copies by hand.
    Refused,
}
