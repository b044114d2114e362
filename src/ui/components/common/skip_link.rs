//! The "Skip to content" link for keyboard users.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "Skip to content": moves keyboard focus to `<main>` without touching the URL (the URL
/// fragment may hold a shared plan).
#[component]
pub fn SkipLink() -> impl IntoView {
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(el) = document()
            .get_element_by_id("main")
            .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=on_click>"Skip to content"</a>
    }
}
