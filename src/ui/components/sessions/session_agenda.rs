//! The agenda of one session: suggested, or as the mentee edited it.

use leptos::prelude::*;

use crate::core::sessions::agenda::agenda_for;
use crate::core::sessions::plan::AgendaItem;
use crate::ui::components::common::field::Field;
use crate::ui::components::sessions::session_ctx::PlanCtx;

/// A session's agenda: generated from the plan (first session, check-ins, milestone and
/// midpoint reviews, the final session, open action items carried in as follow-ups) until the
/// mentee edits it; items can be checked, edited, removed and added.
#[component]
pub fn SessionAgenda(
    /// The shared plan handle.
    plan: PlanCtx,
    /// The session's stable id.
    id: String,
    /// The session's position (for labels).
    number: Memo<usize>,
) -> impl IntoView {
    let sid = StoredValue::new(id);
    let items = Memo::new(move |_| {
        plan.goal.with(|g| {
            g.as_ref()
                .map(|g| {
                    plan.plan
                        .with(|p| sid.with_value(|id| agenda_for(p, g, id)))
                })
                .unwrap_or_default()
        })
    });
    let edited = Memo::new(move |_| {
        plan.plan
            .with(|p| sid.with_value(|id| p.session(id).is_some_and(|s| s.agenda.is_some())))
    });
    let new_item = RwSignal::new(String::new());
    let set_list = move |f: AgendaEdit| {
        let mut list = items.get_untracked();
        f(&mut list);
        plan.update(|m| {
            sid.with_value(|id| {
                if let Some(s) = m.session_mut(id) {
                    s.agenda = Some(list)
                }
            })
        });
    };
    let add = move || {
        let text = new_item.get_untracked().trim().to_string();
        if !text.is_empty() {
            let id = crate::ui::browser::new_id("k");
            set_list(Box::new(move |l| l.push(AgendaItem::with_id(id, text))));
            new_item.set(String::new());
        }
    };
    let base = sid.with_value(|id| format!("ag-{id}"));
    let add_id = format!("{base}-new");
    view! {
        <section class="agenda" aria-label=move || format!("Agenda for session {}", number.get())>
            <h3>"Agenda"</h3>
            <p class="hint">
                {move || if edited.get() {
                    "Your edited agenda."
                } else {
                    "Suggested from your goal and plan. Open action items from earlier sessions are carried in as follow-ups."
                }}
            </p>
            <ul class="agenda-list plain-list" data-testid="agenda">
                <For each=move || 0..items.with(Vec::len) key=|i| *i let:i>
                    {
                        let base = base.clone();
                        let text = move || items.with(|l| l.get(i).map(|x| x.text.clone()).unwrap_or_default());
                        let follow = move || text().starts_with("Follow up:");
                        view! {
                            <li class="agenda-item" class:follow-up=follow data-testid="agenda-item">
                                <input type="checkbox" id=format!("{base}-{i}-done")
                                    aria-label=move || format!("Done: {}", text())
                                    prop:checked=move || items.with(|l| l.get(i).is_some_and(|x| x.done))
                                    on:change=move |ev| {
                                        let v = event_target_checked(&ev);
                                        set_list(Box::new(move |l| if let Some(x) = l.get_mut(i) { x.done = v }))
                                    } />
                                <Field id=format!("{base}-{i}") label=format!("Agenda item {}", i + 1) bare=true label_class="visually-hidden">
                                    <textarea rows="2" class="agenda-text"
                                        prop:value=text
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            set_list(Box::new(move |l| if let Some(x) = l.get_mut(i) { x.text = v }))
                                        }></textarea>
                                </Field>
                                <div class="ai-foot">
                                    {move || follow().then(|| view! { <span class="badge carried">"Carried over"</span> })}
                                    <button type="button" class="button subtle small" aria-label=format!("Remove agenda item {}", i + 1)
                                        on:click=move |_| set_list(Box::new(move |l| { if i < l.len() { l.remove(i); } }))>"Remove"</button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            <div class="inline-add">
                <Field id=add_id label="New agenda item" bare=true label_class="visually-hidden">
                    <input type="text" placeholder="Add an agenda item"
                        prop:value=move || new_item.get()
                        on:input=move |ev| new_item.set(event_target_value(&ev))
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); add() } />
                </Field>
                <button type="button" class="button small" on:click=move |_| add()>"Add"</button>
            </div>
            <Show when=move || edited.get()>
                <button type="button" class="button subtle small" on:click=move |_| {
                    plan.update(|m| sid.with_value(|id| if let Some(s) = m.session_mut(id) { s.agenda = None }));
                }>"Back to the suggested agenda"</button>
            </Show>
        </section>
    }
}

/// A change to an agenda list.
type AgendaEdit = Box<dyn FnOnce(&mut Vec<AgendaItem>)>;
