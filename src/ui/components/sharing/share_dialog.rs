use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::sharing::share::{self, QR_MAX_BYTES, ShareParts, SharedPlan};
use crate::core::store::GoalEntry;
use crate::ui::browser;
use crate::ui::components::{
    sharing::qr_code::QrCodeSvg, sharing::shared_plan_view::SharedPlanView,
};
use crate::ui::state::AppCtx;

/// The page's origin, e.g. `https://trellis.example`.
fn page_origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// `navigator[name]` if the browser has it.
fn navigator_member(name: &str) -> Option<JsValue> {
    let nav = window().navigator();
    js_sys::Reflect::get(&nav, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// What happened to the last copy or share.
#[derive(Clone, Copy, Debug, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// The clipboard was not available: the user copies by hand.
    Manual,
    Shared,
}

/// A checkbox for one part of the plan.
#[component]
fn PartToggle(
    /// Input id.
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// Whether the part is in the link.
    checked: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <label class="check" for=id>
            <input
                type="checkbox"
                id=id
                prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))
            />
            {label}
        </label>
    }
}

/// "Share plan": a button on the Plan overview that opens a dialog to share the active goal's
/// plan as a link. The mentee chooses what to leave out, sees exactly what will be shared,
/// copies or shares the link, or shows its QR code. Only offered when the active goal
/// validates. Opening it gives the goal a stable origin id (kept in [`GoalEntry::origin`]) so
/// every link of this plan lets the receiver update the copy they saved earlier.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let is_open = RwSignal::new(false);
    let entry = Memo::new(move |_| ctx.state.with(|s| s.active().cloned()));
    let shareable = Memo::new(move |_| ctx.active_goal.with(Option::is_some));
    let has = move |f: fn(&GoalEntry) -> bool| entry.with(|e| e.as_ref().is_some_and(f));
    let has_milestones = Memo::new(move |_| has(|e| !e.draft.milestones.is_empty()));
    let has_agreement =
        Memo::new(move |_| has(|e| e.mentorship.as_ref().is_some_and(|m| m.agreement.is_some())));
    let has_schedule = Memo::new(move |_| {
        has(|e| {
            e.mentorship
                .as_ref()
                .is_some_and(|m| m.rule.is_some() || !m.sessions.is_empty())
        })
    });
    let has_agendas = Memo::new(move |_| {
        has(|e| {
            e.mentorship
                .as_ref()
                .is_some_and(|m| m.sessions.iter().any(|s| s.agenda.is_some()))
        })
    });
    let has_mentor = Memo::new(move |_| {
        has(|e| {
            e.mentor.is_some()
                || e.mentorship
                    .as_ref()
                    .and_then(|m| m.agreement.as_ref())
                    .is_some_and(|a| !a.mentor_name.trim().is_empty())
        })
    });

    let milestones = RwSignal::new(true);
    let agreement = RwSignal::new(true);
    let schedule = RwSignal::new(true);
    let agendas = RwSignal::new(true);
    let mentor_name = RwSignal::new(true);
    let first_name = RwSignal::new(String::new());
    // What happened to which link: a status about an earlier link is stale and not shown.
    let copy_state = RwSignal::new((CopyState::Idle, String::new()));
    let can_share_natively = navigator_member("share").is_some_and(|v| v.is_function());

    let plan = Memo::new(move |_| {
        if !is_open.get() {
            return None;
        }
        let parts = ShareParts {
            milestones: milestones.get(),
            agreement: agreement.get(),
            schedule: schedule.get(),
            agendas: agendas.get(),
            mentor_name: mentor_name.get(),
            mentee_first_name: Some(first_name.get()),
        };
        entry.with(|e| {
            let e = e.as_ref()?;
            let origin = e.origin.clone().unwrap_or_else(|| e.id.clone());
            Some(SharedPlan::from_entry(e, &parts, &origin))
        })
    });
    let link = Memo::new(move |_| {
        plan.with(|p| match p {
            Some(Ok(p)) => format!("{}/shared#{}", page_origin(), share::encode(p)),
            _ => String::new(),
        })
    });
    let copy_status = Memo::new(move |_| {
        copy_state.with(|(state, at)| {
            if link.with(|l| l == at) {
                *state
            } else {
                CopyState::Idle
            }
        })
    });
    let link_len = Memo::new(move |_| link.with(|l| l.chars().count()));
    let fits_qr = Memo::new(move |_| link.with(|l| !l.is_empty() && share::qr_fits(l.len())));

    let open = move |_| {
        ctx.update_goal(|g| {
            if g.origin.is_none() {
                g.origin = Some(browser::new_id(&g.id));
            }
        });
        copy_state.set((CopyState::Idle, link.get_untracked()));
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
    let select_link = move || {
        if let Some(input) = document()
            .get_element_by_id("share-link")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = input.focus();
            input.select();
        }
    };
    let copy = move |_| {
        let text = link.get_untracked();
        let Some(clipboard) = navigator_member("clipboard") else {
            copy_state.set((CopyState::Manual, link.get_untracked()));
            select_link();
            return;
        };
        let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
        let promise = clipboard.write_text(&text);
        spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => copy_state.set((CopyState::Copied, link.get_untracked())),
                Err(_) => {
                    copy_state.set((CopyState::Manual, link.get_untracked()));
                    select_link();
                }
            }
        });
    };
    let share_natively = move |_| {
        let Some(f) = navigator_member("share").and_then(|v| v.dyn_into::<js_sys::Function>().ok())
        else {
            return;
        };
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &"My mentoring plan".into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &link.get_untracked().into());
        if let Some(promise) = f
            .call1(&window().navigator(), &data)
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        {
            spawn_local(async move {
                // A cancelled share sheet rejects; nothing to tell.
                if JsFuture::from(promise).await.is_ok() {
                    copy_state.set((CopyState::Shared, link.get_untracked()));
                }
            });
        }
    };

    view! {
        <Show when=move || shareable.get()>
            <section class="card share-entry" aria-labelledby="share-entry-title" data-testid="share-entry">
                <h2 id="share-entry-title">"Share your plan"</h2>
                <p>"Send your mentor a link that holds your plan. It opens read-only in their browser; nothing is uploaded anywhere."</p>
                <button type="button" class="button primary" data-testid="share-open" on:click=open>
                    "Share plan…"
                </button>
            </section>
        </Show>
        <dialog
            node_ref=dialog
            class="share-dialog"
            aria-labelledby="share-title"
            data-testid="share-dialog"
            on:close=move |_| is_open.set(false)
        >
            <Show when=move || is_open.get()>
                <div class="share-dialog-head">
                    <h2 id="share-title">"Share this plan as a link"</h2>
                    <button type="button" class="button subtle small" on:click=close data-testid="share-close">
                        "Close"
                    </button>
                </div>
                <p class="hint">
                    "The whole plan travels inside the link. Anyone with the link can read it, so send it only to your mentor."
                </p>
                <fieldset class="share-parts">
                    <legend>"What to include"</legend>
                    <p class="hint">"Your goal and how you measure it are always included."</p>
                    <div class="share-part-list">
                        <Show when=move || has_milestones.get()>
                            <PartToggle id="share-milestones" label="Milestones" checked=milestones/>
                        </Show>
                        <Show when=move || has_agreement.get()>
                            <PartToggle id="share-agreement" label="Mentoring agreement" checked=agreement/>
                        </Show>
                        <Show when=move || has_schedule.get()>
                            <PartToggle id="share-schedule" label="Schedule and sessions" checked=schedule/>
                        </Show>
                        <Show when=move || has_agendas.get() && schedule.get()>
                            <PartToggle id="share-agendas" label="Agendas you edited" checked=agendas/>
                        </Show>
                        <Show when=move || has_mentor.get()>
                            <PartToggle id="share-mentor" label="Your mentor's name" checked=mentor_name/>
                        </Show>
                    </div>
                    <div class="field">
                        <label for="share-first-name">"Your first name (optional)"</label>
                        <p class="hint" id="share-first-name-hint">"Leave it empty to share without your name."</p>
                        <input
                            id="share-first-name"
                            type="text"
                            autocomplete="given-name"
                            aria-describedby="share-first-name-hint"
                            prop:value=move || first_name.get()
                            on:input=move |ev| first_name.set(event_target_value(&ev))
                        />
                    </div>
                </fieldset>
                {move || match plan.get() {
                    Some(Err(msg)) => view! {
                        <p class="notice warning" role="alert" data-testid="share-error">{msg}</p>
                    }.into_any(),
                    Some(Ok(_)) => view! {
                        <section class="share-link-box" aria-labelledby="share-link-title">
                            <h3 id="share-link-title">"Your link"</h3>
                            <label for="share-link">"Link to send"</label>
                            <input
                                id="share-link"
                                type="text"
                                readonly
                                class="share-link"
                                data-testid="share-link"
                                aria-describedby="share-length"
                                prop:value=move || link.get()
                            />
                            <p class="hint" id="share-length" data-testid="share-length">
                                {move || format!("{} characters", link_len.get())}
                            </p>
                            <div class="actions">
                                <button type="button" class="button primary" data-testid="share-copy" on:click=copy>
                                    "Copy link"
                                </button>
                                {can_share_natively.then(|| view! {
                                    <button type="button" class="button" data-testid="share-native" on:click=share_natively>
                                        "Share…"
                                    </button>
                                })}
                            </div>
                            <p class="status" role="status" aria-live="polite" data-testid="share-status">
                                {move || match copy_status.get() {
                                    CopyState::Idle => "",
                                    CopyState::Copied => "Link copied.",
                                    CopyState::Manual => "Copying is blocked here: select and copy the link above.",
                                    CopyState::Shared => "Link shared.",
                                }}
                            </p>
                            <Show
                                when=move || fits_qr.get()
                                fallback=move || view! {
                                    <p class="hint" data-testid="share-qr-too-long">
                                        {move || format!(
                                            "This link is too long for a QR code ({} characters; a QR code holds up to {}). Leave out some parts to get one.",
                                            link_len.get(),
                                            QR_MAX_BYTES
                                        )}
                                    </p>
                                }
                            >
                                <figure class="share-qr">
                                    <QrCodeSvg data=link label="QR code of the link to your plan"/>
                                    <figcaption class="hint">"Or let your mentor scan this with a phone camera."</figcaption>
                                </figure>
                            </Show>
                        </section>
                    }.into_any(),
                    None => ().into_any(),
                }}
                <section class="share-preview" aria-labelledby="share-preview-title" data-testid="share-preview">
                    <h3 id="share-preview-title">"What your mentor will see"</h3>
                    <p class="notice-inline">"Private notes, feedback and action items are never shared."</p>
                    {move || plan.get().and_then(Result::ok).map(|p| view! { <SharedPlanView plan=p/> })}
                </section>
                <div class="actions share-dialog-foot">
                    <button type="button" class="button" on:click=close>"Done"</button>
                </div>
            </Show>
        </dialog>
    }
}
