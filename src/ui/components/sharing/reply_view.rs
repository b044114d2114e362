//! A mentor's reply opened by the mentee: what it changes, one checkbox per change, and
//! "Apply selected".

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::sharing::reply::{self, Effect as Does};
use crate::ui::state::AppCtx;

/// What the last "Apply selected" did.
#[derive(Clone, Debug, PartialEq)]
enum Applied {
    Idle,
    Done(String),
    Failed(String),
}

/// A reply link opened on the mentee's device. It shows exactly what the reply would change in
/// the plan it is for — each change with a checkbox (ticked for changes still to make) — and
/// applies only the ticked ones. Applying never removes anything the mentee did not tick, and
/// applying again is harmless. A link that cannot be read, or is for a plan that is not on
/// this device, shows why and changes nothing.
#[component]
pub fn ReplyView(
    /// The link's fragment (`r1.…`).
    link: String,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let link = StoredValue::new(link);
    let decoded = link.with_value(|l| reply::decode(l).map_err(|e| e.to_string()));
    let applied = RwSignal::new(Applied::Idle);
    let r = match decoded {
        Ok(r) => r,
        Err(message) => {
            return view! {
                <h1>"A reply from your mentor"</h1>
                <section class="notice warning shared-error" role="alert" data-testid="reply-error">
                    <h2>"This reply link could not be read"</h2>
                    <p data-testid="reply-error-message">{message}</p>
                    <p>"Nothing on this device was changed."</p>
                </section>
                <p><A href="/" attr:class="button">"Go to your plan"</A></p>
            }
            .into_any();
        }
    };
    let stored = StoredValue::new(r);
    // Recomputed after applying, so what was applied shows as already in the plan.
    let proposals = Memo::new(move |_| {
        ctx.state.with(|s| {
            stored.with_value(|r| {
                reply::plan_for(s, r)
                    .map(|e| (e.draft.statement.trim().to_string(), reply::diff(e, r)))
            })
        })
    });
    // Every change still to make is ticked when the reply opens.
    let chosen: RwSignal<Vec<usize>> = RwSignal::new(
        proposals
            .get_untracked()
            .map(|(_, ps)| {
                ps.iter()
                    .filter(|p| p.effect == Does::Changes)
                    .map(|p| p.index)
                    .collect()
            })
            .unwrap_or_default(),
    );
    let apply = move |_| {
        let picked: Vec<usize> = chosen.get_untracked();
        if picked.is_empty() {
            applied.set(Applied::Failed("Tick at least one change to apply.".into()));
            return;
        }
        let mut next = ctx.state.get_untracked();
        let outcome = link.with_value(|l| reply::apply_to_state(&mut next, l, &picked));
        if let Err(e) = outcome {
            applied.set(Applied::Failed(e));
            return;
        }
        ctx.state.set(next);
        chosen.set(Vec::new());
        let n = picked.len();
        ctx.save_now(move |saved| {
            applied.set(match saved {
                Ok(()) => Applied::Done(format!(
                    "Applied {n} change{} to your plan. Everything else in it is as it was.",
                    if n == 1 { "" } else { "s" }
                )),
                Err(e) => Applied::Failed(format!("Applied in this tab only. {e}")),
            })
        });
    };
    view! {
        <h1>"A reply from your mentor"</h1>
        {move || match proposals.get() {
            Err(message) => view! {
                <section class="notice warning shared-error" role="alert" data-testid="reply-error">
                    <h2>"This reply is for another plan"</h2>
                    <p data-testid="reply-error-message">{message}</p>
                    <p>"Nothing on this device was changed."</p>
                </section>
            }.into_any(),
            Ok((statement, ps)) => view! {
                <p class="shared-banner">"Your mentor suggests these changes to your plan “"<bdi>{statement}</bdi>"”. Choose what to take; nothing else in your plan changes."</p>
                <fieldset class="card reply-changes" data-testid="reply-changes">
                    <legend>"What this reply changes"</legend>
                    <ul class="plain-list">
                        {ps.into_iter().map(|p| {
                            let cid = format!("reply-change-{}", p.index);
                            let cfor = cid.clone();
                            let index = p.index;
                            let can = p.effect == Does::Changes;
                            let status = match &p.effect {
                                Does::Changes => None,
                                Does::AlreadyThere => Some("Already in your plan.".to_string()),
                                Does::Superseded => Some("A newer reply already changed this.".to_string()),
                                Does::CannotApply(why) => Some(format!("Cannot apply: {why}.")),
                            };
                            view! {
                                <li class="reply-change" data-testid="reply-change">
                                    <label class="check" for=cfor>
                                        <input type="checkbox" id=cid disabled=!can data-testid="reply-change-check"
                                            prop:checked=move || can && chosen.with(|c| c.contains(&index))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                chosen.update(|c| { c.retain(|x| *x != index); if on { c.push(index) } });
                                            } />
                                        " "<span class="badge">{p.part}</span>" "<bdi>{p.what}</bdi>
                                    </label>
                                    {status.map(|s| view! { <p class="hint" data-testid="reply-change-status">{s}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <div class="actions">
                        <button type="button" class="button primary" data-testid="reply-apply" on:click=apply>"Apply selected"</button>
                    </div>
                </fieldset>
            }.into_any(),
        }}
        {move || match applied.get() {
            Applied::Idle => None,
            Applied::Done(m) => Some(view! {
                <div class="notice success" role="status" data-testid="reply-applied">
                    <p>{m}</p>
                    <p>"To show your mentor where the plan stands now, share it again: "<A href="/">"Your plan"</A></p>
                </div>
            }.into_any()),
            Applied::Failed(m) => Some(view! {
                <p class="notice warning" role="alert" data-testid="reply-apply-error">{m}</p>
            }.into_any()),
        }}
    }
    .into_any()
}
