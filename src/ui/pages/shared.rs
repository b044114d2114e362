//! The shared-plan route: a plan opened from a link, to read and save; or a mentor's reply
//! link (`#r1.…`), to apply.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::core::sharing::mentoring::{self, Saved};
use crate::core::sharing::reply;
use crate::core::sharing::share::{self, SharedPlan};
use crate::ui::components::sharing::reply_view::ReplyView;
use crate::ui::components::sharing::shared_plan_view::SharedPlanView;
use crate::ui::state::AppCtx;

/// A plan opened from a shared link. The plan travels in the URL fragment, which browsers
/// never send to a server. Reading a link never writes anything; only "Save a copy" does, and
/// it adds a goal without touching the others (or, if the user chooses, replaces the copy saved
/// earlier from a link of the same plan).
#[component]
pub fn SharedPage() -> impl IntoView {
    let location = use_location();
    let fragment = Memo::new(move |_| {
        location
            .hash
            .with(|h| h.trim_start_matches('#').trim().to_string())
    });
    let decoded = Memo::new(move |_| {
        fragment.with(|f| (!f.is_empty()).then(|| share::decode(f).map_err(|e| e.to_string())))
    });
    let is_reply = Memo::new(move |_| fragment.with(|f| reply::is_reply_link(f)));
    view! {
        <div class="page shared-page" data-testid="page-shared">
            {move || if is_reply.get() {
                // Keyed by the fragment: a new reply link (the hash changed while the page is
                // open) builds a new view.
                view! {
                    <For each=move || [fragment.get()] key=|f| f.clone() let:link>
                        {reply_view(link)}
                    </For>
                }.into_any()
            } else { match decoded.get() {
                None => view! {
                    <h1>"Shared plan"</h1>
                    <section class="card">
                        <h2>"Open the link you were sent"</h2>
                        <p>
                            "A mentee can share their mentoring plan as a link. The whole plan travels inside the link itself — no server, no account — and opens here, read-only."
                        </p>
                        <A href="/" attr:class="button">"Make your own plan"</A>
                    </section>
                }
                .into_any(),
                Some(Err(message)) => view! {
                    <h1>"Shared plan"</h1>
                    <section class="notice warning shared-error" role="alert" data-testid="shared-error">
                        <h2>"This link could not be read"</h2>
                        <p data-testid="shared-error-message">{message}</p>
                        <p>"Nothing on this device was changed."</p>
                    </section>
                    <p><A href="/" attr:class="button">"Go to Trellis home"</A></p>
                }
                .into_any(),
                Some(Ok(plan)) => view! { <OpenedPlan plan=plan link=fragment.get_untracked()/> }.into_any(),
            }}}
        </div>
    }
}

/// A mentor's reply link opened. In the split release build the reply view and the reply
/// codec are a lazy piece of the `extras` module, fetched only when a reply link is opened (a
/// plan link, the common case, does not carry them; a reply is applied on the device that
/// holds the plan, where the service worker has every chunk already); in every other build
/// it is the plain component.
fn reply_view(link: String) -> impl IntoView {
    #[cfg(trellis_split)]
    {
        Suspend::new(send_wrapper::SendWrapper::new(reply_view_chunk(link)))
    }
    #[cfg(not(trellis_split))]
    view! { <ReplyView link=link/> }
}

/// The reply view's chunk.
#[cfg(trellis_split)]
#[leptos::wasm_split::wasm_split(extras, wasm_split_path = ::leptos::wasm_split)]
fn reply_view_chunk(link: String) -> AnyView {
    untrack(|| view! { <ReplyView link=link/> }.into_any())
}

/// What "Save a copy" is doing.
#[derive(Clone, Debug, PartialEq)]
enum SaveState {
    Idle,
    /// A copy of this plan is already here: ask what to do.
    Asking {
        local_id: String,
        statement: String,
    },
    Saved(String),
    /// Saved to "Plans I mentor".
    SavedAsMentor(String),
    /// The write failed: nothing is claimed saved.
    Failed(String),
}

/// A plan read from a link: banner, the plan, Print, and saving it — as its mentor (to "Plans
/// I mentor") or as one's own plan.
#[component]
fn OpenedPlan(
    /// The decoded, validated plan.
    plan: SharedPlan,
    /// The link's fragment (`v2.…`), kept as it came by a mentor's copy.
    link: String,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let save_state = RwSignal::new(SaveState::Idle);
    let link = StoredValue::new(link);
    let origin = plan.origin.clone();
    // Inferred from this device: a mentor's copy of this plan is already here.
    let mentor_copy = Memo::new(move |_| {
        ctx.state
            .with(|s| mentoring::copy_of(s, &origin).map(|c| c.saved_on.clone()))
    });
    let save_mentor = move |_| {
        let mut outcome = Err(String::new());
        ctx.state.update(|s| {
            outcome = link.with_value(|l| mentoring::save_as_mentor(s, l, ctx.today));
        });
        ctx.save_now(move |saved| {
            save_state.set(match (outcome, saved) {
                (_, Err(e)) => SaveState::Failed(format!("Not saved: {e}")),
                (Err(e), _) => SaveState::Failed(format!("Not saved: {e}")),
                (Ok(Saved::Added(_)), Ok(())) => {
                    SaveState::SavedAsMentor("Saved to Plans I mentor on this device.".into())
                }
                (Ok(Saved::Updated(_)), Ok(())) => SaveState::SavedAsMentor(
                    "Your mentor's copy now holds this newer link; your notes are kept.".into(),
                ),
            })
        });
    };
    let stored = StoredValue::new(plan.clone());
    // The name is isolated (`<bdi>`): right-to-left text or a U+202E override in it cannot
    // reorder the app's own words around it.
    let from = match plan.mentee_name.clone() {
        // A coordinator's per-mentee link: the mentee is the one reading it.
        _ if crate::core::cohort::plan_link::is_cohort_plan(&plan) => {
            "Your programme's coordinator matched you with a mentor and sent you this starting plan.".into_any()
        }
        Some(n) => view! { <bdi data-testid="shared-from">{n}</bdi>" shared this mentoring plan with you." }.into_any(),
        None => "A mentee shared this mentoring plan with you.".into_any(),
    };

    // `replace`: the id of the local copy to overwrite; `None` adds a new goal.
    let save = move |replace: Option<String>| {
        let max = crate::core::goals::goal::MAX_GOALS;
        if replace.is_none() && ctx.state.with_untracked(|s| s.goals.len() >= max) {
            save_state.set(SaveState::Saved(format!(
                "Not saved: you have {max} goals, the most Trellis keeps. Delete one you no longer need first."
            )));
            return;
        }
        let plan = stored.get_value();
        ctx.state.update(|s| {
            let id = match replace {
                Some(id) if s.goals.iter().any(|g| g.id == id) => id,
                _ => s.next_goal_id(),
            };
            let entry = plan.to_entry(&id);
            match s.goals.iter_mut().find(|g| g.id == id) {
                Some(g) => *g = entry,
                None => s.goals.push(entry),
            }
            s.active_goal = Some(id);
        });
        ctx.save_now(move |saved| {
            save_state.set(match saved {
                Ok(()) => SaveState::Saved(
                    "Saved. This plan is now your active plan on this device.".into(),
                ),
                Err(e) => SaveState::Failed(format!(
                    "The plan is your active plan in this tab only. {e}"
                )),
            })
        });
    };
    let start_save = move |_| {
        let origin = stored.with_value(|p| p.origin.clone());
        let existing = ctx.state.with_untracked(|s| {
            share::find_same_origin(s, &origin)
                .map(|g| (g.id.clone(), g.draft.statement.trim().to_string()))
        });
        match existing {
            Some((local_id, statement)) => {
                save_state.set(SaveState::Asking {
                    local_id,
                    statement,
                });
                crate::ui::browser::focus_later("save-choice-title");
            }
            None => save(None),
        }
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <p class="shared-banner" data-testid="shared-banner">
            <strong>{from}</strong>
            " It lives only in this link."
        </p>
        <h1 class="shared-heading" data-testid="shared-title"><bdi>{crate::core::sharing::glance::title(&plan)}</bdi></h1>
        {move || mentor_copy.get().map(|on| view! {
            <p class="notice-inline no-print" data-testid="shared-mentor-known">
                {format!("You mentor this plan: your copy was saved on {on}. ")}
                <A href="/">"Plans I mentor"</A>
            </p>
        })}
        <div class="actions no-print shared-actions" role="group" aria-label="Save this plan">
            <button type="button" class="button primary" on:click=save_mentor data-testid="shared-save-mentor">
                {move || if mentor_copy.get().is_some() { "Update my mentor's copy" } else { "Save as mentor" }}
            </button>
            <button type="button" class="button" on:click=start_save data-testid="shared-save">"Save as mine"</button>
        </div>
        {move || match save_state.get() {
            SaveState::Asking { local_id, statement } => {
                let replace_id = local_id.clone();
                view! {
                    <div class="card confirm no-print" role="group" aria-labelledby="save-choice-title" data-testid="save-choice">
                        <p id="save-choice-title" tabindex="-1">
                            <strong>"You saved this plan on this device before"</strong>
                            " (“"<bdi>{statement}</bdi>"”). What should Trellis do?"
                        </p>
                        <button type="button" class="button primary" data-testid="save-keep-both" on:click=move |_| save(None)>"Keep both"</button>
                        <button type="button" class="button" data-testid="save-replace" on:click=move |_| save(Some(replace_id.clone()))>"Replace the local copy"</button>
                        <button type="button" class="button subtle" data-testid="save-cancel" on:click=move |_| save_state.set(SaveState::Idle)>"Cancel"</button>
                    </div>
                }
                .into_any()
            }
            _ => ().into_any(),
        }}
        <p class="status no-print" role="status" aria-live="polite" data-testid="shared-status">
            {move || match save_state.get() {
                SaveState::Saved(msg) => Some(view! { {msg}" " <A href="/">"Open your plan"</A> }.into_any()),
                SaveState::SavedAsMentor(msg) => Some(view! { {msg}" " <A href="/">"Open Plans I mentor"</A> }.into_any()),
                SaveState::Failed(msg) => Some(view! { <span class="field-error">{msg}</span> }.into_any()),
                _ => None,
            }}
        </p>
        <SharedPlanView plan=plan show_title=false/>
        <p class="hint shared-foot">
            <button type="button" class="button subtle no-print" on:click=print data-testid="shared-print">"Print this plan"</button>" "
            "Made with Trellis, a private mentoring planner that runs in the browser. "
            <A href="/">"Make your own plan"</A>
        </p>
    }
}
