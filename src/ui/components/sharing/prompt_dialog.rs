//! "Copy as a prompt": the plan turned into a prompt for any AI assistant, with a choice of
//! what to ask for and which parts to include, a preview of the exact text, and a copy button.

use leptos::prelude::*;

use crate::core::sharing::prompt::{self, Ask, Part, PromptParts};
use crate::ui::components::{
    common::field::Field, common::field_set::FieldSet, sharing::part_toggle::PartToggle,
    sharing::prompt_copy::PromptCopy,
};
use crate::ui::state::AppCtx;

/// "Ask an AI mentor": a card with a "Copy as a prompt…" button that opens a dialog. The
/// mentee picks what to ask for (prepare the first conversation when there is no mentor yet,
/// the next session, or a review), ticks the parts of the plan to include (as in the share
/// dialog; the mentor's name is left out unless ticked), may add a question of their own, sees
/// the exact prompt and copies it. Only offered when the active goal validates. The prompt is
/// built by [`crate::core::sharing::prompt::build`]; Trellis sends it nowhere.
#[component]
pub fn PromptDialog() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let today = ctx.today;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let is_open = RwSignal::new(false);
    let entry = Memo::new(move |_| ctx.state.with(|s| s.active().cloned()));
    let available = Memo::new(move |_| ctx.active_goal.with(Option::is_some));
    let offered = Memo::new(move |_| {
        entry.with(|e| {
            e.as_ref()
                .map(|e| prompt::offered(e, today))
                .unwrap_or_default()
        })
    });
    let toggles: [(Part, RwSignal<bool>); 6] =
        Part::ALL.map(|p| (p, RwSignal::new(p.default_on())));
    // `None` until the mentee picks: the plan's own default then.
    let picked = RwSignal::new(None::<Ask>);
    let ask = Memo::new(move |_| {
        picked.get().unwrap_or_else(|| {
            entry.with(|e| {
                e.as_ref()
                    .map_or(Ask::ReviewPlan, |e| prompt::default_ask(e, today))
            })
        })
    });
    let question = RwSignal::new(String::new());
    let built = Memo::new(move |_| {
        if !is_open.get() {
            return None;
        }
        let parts = PromptParts {
            left_out: toggles
                .iter()
                .filter(|(_, on)| !on.get())
                .map(|(p, _)| *p)
                .collect(),
            ask: ask.get(),
            question: question.get(),
        };
        entry.with(|e| {
            e.as_ref()
                .map(|e| prompt::build(e, &parts, today).map_err(|err| err.to_string()))
        })
    });
    let text = Memo::new(move |_| {
        built.with(|b| match b {
            Some(Ok(t)) => t.clone(),
            _ => String::new(),
        })
    });
    let ready = Memo::new(move |_| built.with(|b| matches!(b, Some(Ok(_)))));
    let error = Memo::new(move |_| {
        built.with(|b| match b {
            Some(Err(msg)) => Some(msg.clone()),
            _ => None,
        })
    });

    let open = move |_| {
        is_open.set(true);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };

    view! {
        <Show when=move || available.get()>
            <section class="card prompt-entry" aria-labelledby="prompt-entry-title" data-testid="prompt-entry">
                <h2 id="prompt-entry-title">"Ask an AI mentor"</h2>
                <p>
                    {move || if entry.with(|e| e.as_ref().is_some_and(|e| prompt::mentor_name(e).is_none())) {
                        "No mentor yet? Turn your plan into a prompt for any AI assistant and prepare your first conversation with a mentor."
                    } else {
                        "Turn your plan into a prompt for any AI assistant, to prepare a session or get a second view."
                    }}
                    " You copy it yourself; Trellis sends nothing anywhere."
                </p>
                <button type="button" class="button" data-testid="prompt-open" on:click=open>
                    "Copy as a prompt…"
                </button>
            </section>
        </Show>
        <dialog
            node_ref=dialog
            class="share-dialog prompt-dialog"
            aria-labelledby="prompt-title"
            data-testid="prompt-dialog"
            on:close=move |_| is_open.set(false)
        >
            <Show when=move || is_open.get()>
                <div class="share-dialog-head">
                    <h2 id="prompt-title">"Copy your plan as a prompt"</h2>
                    <button type="button" class="button subtle small" on:click=close data-testid="prompt-close">
                        "Close"
                    </button>
                </div>
                <p class="hint">
                    "Paste it into the AI assistant you choose. Your private notes, feedback and your own name are never in it."
                </p>
                <div class="share-parts prompt-ask">
                    <Field id="prompt-ask" label="What you want help with">
                        <select
                            data-testid="prompt-ask"
                            on:change=move |ev| picked.set(Ask::from_key(&event_target_value(&ev)))
                        >
                            {Ask::ALL
                                .into_iter()
                                .map(|a| view! {
                                    <option value=a.key() selected=move || ask.get() == a>{a.label()}</option>
                                })
                                .collect_view()}
                        </select>
                    </Field>
                    <Field
                        id="prompt-question"
                        label="Your own question (optional)"
                        hint="Added to what you ask for, in your words."
                    >
                        <textarea
                            rows="2"
                            maxlength=prompt::MAX_QUESTION.to_string()
                            data-testid="prompt-question"
                            prop:value=move || question.get()
                            on:input=move |ev| question.set(event_target_value(&ev))
                        ></textarea>
                    </Field>
                </div>
                <FieldSet
                    id="prompt-parts"
                    class="share-parts"
                    legend="What to include"
                    hint="Your goal and what you ask for are always included."
                >
                    <div class="share-part-list">
                        {toggles
                            .into_iter()
                            .map(|(p, on)| view! {
                                <Show when=move || offered.with(|o| o.contains(&p))>
                                    <PartToggle id=p.id() label=p.label() checked=on/>
                                </Show>
                            })
                            .collect_view()}
                    </div>
                </FieldSet>
                {move || error.get().map(|msg| view! {
                    <p class="notice warning" role="alert" data-testid="prompt-error">{msg}</p>
                })}
                <Show when=move || ready.get()>
                    <PromptCopy text=text/>
                </Show>
                <div class="actions share-dialog-foot">
                    <button type="button" class="button" on:click=close>"Done"</button>
                </div>
            </Show>
        </dialog>
    }
}
