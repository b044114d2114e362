//! The sharing pieces of the Plan overview, kept out of the first chunk in the split build:
//! the share dialog (link encoder, QR code, preview) and the "Ask an AI mentor" prompt dialog
//! only once the active goal can be shared, the plans this user mentors (link decoder, cards)
//! only once one is saved. In every other build (tests, `trunk serve`, the single-bundle fallback) they are the plain components.

use leptos::prelude::*;

use crate::ui::components::sharing::{
    mentored_plans::MentoredPlans, prompt_dialog::PromptDialog, share_dialog::ShareDialog,
};
#[cfg(trellis_split)]
use crate::ui::{components::common::deferred::Deferred, state::AppCtx};

/// The "Share plan" entry and dialog.
pub fn share_dialog() -> impl IntoView {
    #[cfg(trellis_split)]
    {
        let ctx = AppCtx::use_ctx();
        view! {
            <Deferred
                when=Signal::derive(move || ctx.active_goal.with(Option::is_some))
                load=|| Box::pin(share_dialog_chunk())
            />
        }
    }
    #[cfg(not(trellis_split))]
    view! { <ShareDialog/> }
}

/// "Ask an AI mentor" (prompt builder, preview, clipboard copy).
pub fn prompt_dialog() -> impl IntoView {
    #[cfg(trellis_split)]
    {
        let ctx = AppCtx::use_ctx();
        view! {
            <Deferred
                when=Signal::derive(move || ctx.active_goal.with(Option::is_some))
                load=|| Box::pin(prompt_dialog_chunk())
            />
        }
    }
    #[cfg(not(trellis_split))]
    view! { <PromptDialog/> }
}

/// "Plans I mentor".
pub fn mentored_plans() -> impl IntoView {
    #[cfg(trellis_split)]
    {
        let ctx = AppCtx::use_ctx();
        view! {
            <Deferred
                when=Signal::derive(move || ctx.state.with(|s| !s.mentoring.is_empty()))
                load=|| Box::pin(mentored_plans_chunk())
            />
        }
    }
    #[cfg(not(trellis_split))]
    view! { <MentoredPlans/> }
}

/// The share dialog's chunk.
#[cfg(trellis_split)]
#[leptos::wasm_split::wasm_split(extras, wasm_split_path = ::leptos::wasm_split)]
fn share_dialog_chunk() -> AnyView {
    untrack(|| view! { <ShareDialog/> }.into_any())
}

/// The prompt dialog's chunk.
#[cfg(trellis_split)]
#[leptos::wasm_split::wasm_split(extras, wasm_split_path = ::leptos::wasm_split)]
fn prompt_dialog_chunk() -> AnyView {
    untrack(|| view! { <PromptDialog/> }.into_any())
}

/// The mentored plans' chunk.
#[cfg(trellis_split)]
#[leptos::wasm_split::wasm_split(extras, wasm_split_path = ::leptos::wasm_split)]
fn mentored_plans_chunk() -> AnyView {
    untrack(|| view! { <MentoredPlans/> }.into_any())
}
