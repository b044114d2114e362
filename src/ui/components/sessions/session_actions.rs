//! The action items of one session.

use leptos::prelude::*;

use crate::core::form::parse_iso_date;
use crate::core::sessions::plan::{ActionItem, Owner};
use crate::core::time::datefmt::human_date;
use crate::ui::components::common::field::Field;
use crate::ui::components::sessions::session_ctx::PlanCtx;

/// The action items agreed in one session: who does what by when, checked off when done.
/// Open ones show up as follow-ups in the next session's agenda.
#[component]
pub fn SessionActions(
    /// The shared plan handle.
    plan: PlanCtx,
    /// The session's stable id.
    id: String,
    /// The session's position (for labels).
    number: Memo<usize>,
) -> impl IntoView {
    let sid = StoredValue::new(id.clone());
    let items = Memo::new(move |_| {
        plan.plan.with(|p| {
            sid.with_value(|id| {
                p.session(id)
                    .map(|s| s.action_items.clone())
                    .unwrap_or_default()
            })
        })
    });
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(Owner::Mentee);
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || {
        let t = text.get_untracked().trim().to_string();
        if t.is_empty() {
            error.set(Some("Write what needs doing.".into()));
            return;
        }
        let d = parse_iso_date(&due.get_untracked());
        let r = plan
            .update(|m| sid.with_value(|id| m.add_action_item(id, t, owner.get_untracked(), d)));
        error.set(r.and_then(Result::err));
        text.set(String::new());
        due.set(String::new());
    };
    let base = format!("act-{id}");
    let (t_id, o_id, d_id) = (
        format!("{base}-text"),
        format!("{base}-owner"),
        format!("{base}-due"),
    );
    let error_id = format!("{base}-error");
    view! {
        <section class="actions-block" aria-label=move || format!("Action items for session {}", number.get())>
            <h3>"Action items"</h3>
            <ul class="plain-list action-list" data-testid="action-items">
                <For each=move || items.get() key=|a| (a.id.clone(), a.done) let:a>
                    {
                        let ActionItem { id: aid, text, owner, due, done, .. } = a;
                        let cid = format!("{aid}-done");
                        let meta = match due {
                            Some(d) => format!("{} · due {}", owner.label(), human_date(d)),
                            None => owner.label().to_string(),
                        };
                        view! {
                            <li class="action-item" class:is-done=done data-testid="action-item">
                                <Field id=cid label=view! { <span class="ai-text">{text}</span> }.into_any() bare=true label_class="check" inline=true>
                                    <input type="checkbox" prop:checked=done on:change=move |ev| {
                                        let v = event_target_checked(&ev);
                                        plan.update(|m| m.set_action_done(&aid, v));
                                    } />
                                </Field>
                                <span class="badge">{meta}</span>
                            </li>
                        }
                    }
                </For>
            </ul>
            <div class="action-add">
                <Field id=t_id label="New action item" error=error error_id=error_id.clone()>
                    <input type="text" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); add() } />
                </Field>
                <div class="grid-2">
                    <Field id=o_id label="Who">
                        <select on:change=move |ev| owner.set(if event_target_value(&ev) == "mentor" { Owner::Mentor } else { Owner::Mentee })>
                            <option value="mentee" selected=move || owner.get() == Owner::Mentee>"Me (mentee)"</option>
                            <option value="mentor" selected=move || owner.get() == Owner::Mentor>"My mentor"</option>
                        </select>
                    </Field>
                    <Field id=d_id label="Due (optional)">
                        <input type="date" prop:value=move || due.get() on:input=move |ev| due.set(event_target_value(&ev)) />
                    </Field>
                </div>
                <button type="button" class="button small" data-testid="add-action" on:click=move |_| add()>"Add action item"</button>
                <p class="field-error" id=error_id aria-live="polite">{move || error.get()}</p>
            </div>
        </section>
    }
}
