//! The mentor's reply to a mentee's plan: suggest the next session's agenda, action items, the
//! time and a note, then send it back as a reply link.

use leptos::prelude::*;

use crate::core::form::messages_for;
use crate::core::sessions::plan::{AgendaItem, Owner};
use crate::core::sharing::reply::{self, next_session, plan_agenda};
use crate::core::sharing::share::SharedPlan;
use crate::core::store::ReplyDraft;
use crate::core::time::datefmt::{hm, human_date};
use crate::ui::components::common::field::Field;
use crate::ui::state::AppCtx;

/// What the last "Send a reply link" did.
#[derive(Clone, Debug, PartialEq)]
enum Sent {
    Idle,
    /// The link, and whether it is on the clipboard (`None` while copying).
    Link(String, Option<bool>),
    Problems(Vec<String>),
}

/// A reply to one mentee's plan, written in a mentor's copy ("Plans I mentor"): the next
/// session's agenda (edit, remove, add lines), action items for either side, marking the
/// mentee's open action items done, confirming the time or proposing another, a note — then
/// "Send a reply link", which copies a link the mentee opens to accept all or part of it. The
/// draft is kept on this device with the copy; the mentor's private notes are never in it.
#[component]
pub fn ReplyEditor(
    /// The mentor's copy this reply belongs to (`MentorCopy::id`).
    copy_id: String,
    /// The mentee's plan as the copy's link holds it.
    plan: SharedPlan,
    /// How to name the mentee ("Sam", or "your mentee").
    mentee: String,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let cid = StoredValue::new(copy_id.clone());
    let plan = StoredValue::new(plan);
    let sent = RwSignal::new(Sent::Idle);
    let draft = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.mentoring
                .iter()
                .find(|c| cid.with_value(|id| &c.id == id))
                .map(|c| c.reply.clone())
                .unwrap_or_default()
        })
    });
    // The session the reply is about: the draft's, or the plan's next one.
    let session = Memo::new(move |_| {
        let chosen = draft.with(|d| d.session.clone());
        plan.with_value(|p| {
            let ids = p.session_ids();
            match ids.iter().position(|id| *id == chosen) {
                Some(i) => Some((i, chosen)),
                None => next_session(p, ctx.today),
            }
        })
    });
    let edit = move |f: DraftEdit| {
        let sid = session
            .get_untracked()
            .map(|(_, id)| id)
            .unwrap_or_default();
        ctx.state.update(|s| {
            if let Some(c) = s
                .mentoring
                .iter_mut()
                .find(|c| cid.with_value(|id| &c.id == id))
            {
                if c.reply.session != sid {
                    // A new session: the reply starts again (its number goes on).
                    c.reply = ReplyDraft {
                        session: sid,
                        sent: c.reply.sent,
                        ..ReplyDraft::default()
                    };
                }
                f(&mut c.reply);
            }
        });
        sent.set(Sent::Idle);
    };
    let agenda = Memo::new(move |_| {
        let sid = session.get().map(|(_, id)| id).unwrap_or_default();
        let ours = draft.with(|d| (d.session == sid).then(|| d.agenda.clone()).flatten());
        ours.unwrap_or_else(|| plan.with_value(|p| plan_agenda(p, &sid)))
    });
    let set_agenda = move |f: AgendaEdit| {
        let mut list = agenda.get_untracked();
        f(&mut list);
        edit(Box::new(move |d| d.agenda = Some(list)));
    };
    let open_actions = plan.with_value(|p| {
        p.sessions
            .iter()
            .flat_map(|s| s.actions.clone())
            .collect::<Vec<_>>()
    });
    let new_line = RwSignal::new(String::new());
    let new_action = RwSignal::new(String::new());
    let new_owner = RwSignal::new("mentee".to_string());
    let new_due = RwSignal::new(String::new());
    let action_errors = RwSignal::new(Vec::<crate::core::form::FieldError>::new());
    let line_error = RwSignal::new(None::<String>);
    let add_line = move || {
        let text = new_line.get_untracked().trim().to_string();
        if !reply::can_add_line(agenda.with_untracked(Vec::len)) {
            line_error.set(Some(format!(
                "The agenda holds at most {} lines: remove one first.",
                crate::core::store::MAX_DRAFT_LINES
            )));
            return;
        }
        line_error.set(None);
        if !text.is_empty() {
            let id = crate::ui::browser::new_id("k-m");
            set_agenda(Box::new(move |l| l.push(AgendaItem::with_id(id, text))));
            new_line.set(String::new());
        }
    };
    let add_action = move || {
        let id = crate::ui::browser::new_id("a-m");
        let item = draft.with_untracked(|d| {
            reply::new_action(
                d,
                &id,
                &new_action.get_untracked(),
                &new_owner.get_untracked(),
                &new_due.get_untracked(),
                ctx.today,
            )
        });
        match item {
            Ok(item) => {
                action_errors.set(Vec::new());
                edit(Box::new(move |d| d.actions.push(item)));
                new_action.set(String::new());
                new_due.set(String::new());
            }
            Err(e) => action_errors.set(e),
        }
    };
    let action_err = move |field: &'static str| {
        Signal::derive(move || action_errors.with(|e| messages_for(e, field)))
    };
    let send = move |_| {
        let d = draft.get_untracked();
        let sid = session
            .get_untracked()
            .map(|(_, id)| id)
            .unwrap_or_default();
        let d = ReplyDraft {
            session: sid.clone(),
            ..d
        };
        match plan.with_value(|p| reply::build(p, &d)) {
            Err(problems) => sent.set(Sent::Problems(problems)),
            Ok(r) => {
                let seq = r.seq;
                let link = format!(
                    "{}/shared#{}",
                    window().location().origin().unwrap_or_default(),
                    reply::encode(&r)
                );
                edit(Box::new(move |d| {
                    d.session = sid;
                    d.sent = seq;
                }));
                // The reply's number is kept with the copy (the persistence effect retries a
                // failed write; the link itself is complete either way).
                ctx.save_now(|_| ());
                sent.set(Sent::Link(link.clone(), None));
                crate::ui::browser::copy_text(link.clone(), move |ok| {
                    sent.set(Sent::Link(link, Some(ok)))
                });
            }
        }
    };
    let base = format!("reply-{copy_id}");
    let mentee = StoredValue::new(mentee);
    let when = move || {
        session.get().and_then(|(i, _)| {
            plan.with_value(|p| {
                p.sessions
                    .get(i)
                    .map(|s| format!("{} at {}", human_date(s.date), hm(&s.local_time)))
            })
        })
    };
    let b = base.clone();
    view! {
        <details class="reply-editor" data-testid="reply-editor">
            <summary>{move || format!("Reply to {}", mentee.get_value())}</summary>
            {move || match session.get() {
                None => view! { <p class="hint">"This plan has no sessions in its link, so there is no next session to reply about."</p> }.into_any(),
                Some(_) => {
                    let b = b.clone();
                    let b2 = b.clone();
                    view! {
                        <p class="hint">{move || format!(
                            "Suggest changes for the next session ({}). {} sees each change and chooses what to take; nothing of theirs is overwritten. Your notes above are never in the reply.",
                            when().unwrap_or_default(), mentee.get_value()
                        )}</p>
                        <fieldset class="reply-part">
                            <legend>"Agenda for the next session"</legend>
                            <ul class="plain-list reply-agenda" data-testid="reply-agenda">
                                <For each=move || 0..agenda.with(Vec::len) key=|i| *i let:i>
                                    {
                                        let fid = format!("{b}-line-{i}");
                                        let text = move || agenda.with(|l| l.get(i).map(|x| x.text.clone()).unwrap_or_default());
                                        view! {
                                            <li class="reply-line">
                                                <Field id=fid label=format!("Agenda line {}", i + 1) bare=true label_class="visually-hidden">
                                                    <textarea rows="2" data-testid="reply-line" prop:value=text
                                                        on:change=move |ev| {
                                                            let v = event_target_value(&ev);
                                                            set_agenda(Box::new(move |l| if let Some(x) = l.get_mut(i) { x.text = v }))
                                                        }></textarea>
                                                </Field>
                                                <button type="button" class="button subtle small" data-testid="reply-line-remove"
                                                    aria-label=format!("Remove agenda line {}", i + 1)
                                                    on:click=move |_| set_agenda(Box::new(move |l| { if i < l.len() { l.remove(i); } }))>"Remove"</button>
                                            </li>
                                        }
                                    }
                                </For>
                            </ul>
                            <div class="inline-add">
                                <Field id=format!("{b2}-new-line") label="New agenda line" bare=true label_class="visually-hidden">
                                    <input type="text" placeholder="Suggest an agenda line" data-testid="reply-new-line"
                                        prop:value=move || new_line.get()
                                        on:input=move |ev| new_line.set(event_target_value(&ev))
                                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); add_line() } />
                                </Field>
                                <button type="button" class="button small" data-testid="reply-add-line" on:click=move |_| add_line()>"Add line"</button>
                            </div>
                            <p class="field-error" role="alert" data-testid="reply-line-error">{move || line_error.get()}</p>
                        </fieldset>
                    }.into_any()
                }
            }}
            <fieldset class="reply-part">
                <legend>"Action items"</legend>
                {(!open_actions.is_empty()).then(|| {
                    let b = base.clone();
                    view! {
                        <p class="hint">{move || format!("Open in {}'s plan — tick what is done:", mentee.get_value())}</p>
                        <ul class="plain-list">
                            {open_actions.iter().enumerate().map(|(k, a)| {
                                let aid = StoredValue::new(a.id.clone());
                                let who = match a.owner { Owner::Mentee => mentee.get_value(), Owner::Mentor => "you".to_string() };
                                view! {
                                    <li>
                                        <label class="check" for=format!("{b}-done-{k}")>
                                            <input type="checkbox" id=format!("{b}-done-{k}") data-testid="reply-action-done"
                                                prop:checked=move || draft.with(|d| aid.with_value(|id| d.done.contains(id)))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    let id = aid.get_value();
                                                    edit(Box::new(move |d| { d.done.retain(|x| *x != id); if on { d.done.push(id) } }))
                                                } />
                                            " Done: "<bdi>{a.text.clone()}</bdi>{format!(" ({who})")}
                                        </label>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                })}
                <ul class="plain-list" data-testid="reply-actions">
                    <For each=move || 0..draft.with(|d| d.actions.len()) key=|i| *i let:i>
                        {
                            let text = move || draft.with(|d| d.actions.get(i).map(|a| {
                                let who = match a.owner { Owner::Mentee => mentee.get_value(), Owner::Mentor => "you".to_string() };
                                let due = a.due.map(|d| format!(", due {}", human_date(d))).unwrap_or_default();
                                format!("{} ({who}{due})", a.text)
                            }).unwrap_or_default());
                            view! {
                                <li class="reply-line">
                                    <span>"New: "<bdi>{text}</bdi></span>
                                    <button type="button" class="button subtle small" aria-label=format!("Remove new action item {}", i + 1)
                                        on:click=move |_| edit(Box::new(move |d| { if i < d.actions.len() { d.actions.remove(i); } }))>"Remove"</button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <div class="inline-add reply-action-add">
                    <Field id=format!("{base}-new-action") label="New action item" bare=true label_class="visually-hidden" error=action_err("text") error_id=format!("{base}-action-error")>
                        <input type="text" placeholder="Add an action item" data-testid="reply-new-action"
                            prop:value=move || new_action.get()
                            on:input=move |ev| new_action.set(event_target_value(&ev))
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); add_action() } />
                    </Field>
                    <Field id=format!("{base}-owner") label="Who does it" bare=true label_class="visually-hidden">
                        <select data-testid="reply-new-owner" on:change=move |ev| new_owner.set(event_target_value(&ev))>
                            <option value="mentee" selected=true>{move || mentee.get_value()}</option>
                            <option value="mentor">"Me"</option>
                        </select>
                    </Field>
                    <Field id=format!("{base}-new-due") label="Due (optional)" bare=true label_class="reply-due-label" error=action_err("due") error_id=format!("{base}-action-error")>
                        <input type="date" data-testid="reply-new-due"
                            prop:value=move || new_due.get()
                            on:input=move |ev| new_due.set(event_target_value(&ev)) />
                    </Field>
                    <button type="button" class="button small" data-testid="reply-add-action" on:click=move |_| add_action()>"Add action"</button>
                </div>
                <div class="field-error" id=format!("{base}-action-error") role="alert" data-testid="reply-action-error">
                    {move || action_errors.get().into_iter().map(|e| view! { <p>{e.message}</p> }).collect_view()}
                </div>
            </fieldset>
            <fieldset class="reply-part">
                <legend>"Time of the next session"</legend>
                {[("", "Say nothing about the time"), ("confirm", "Confirm it"), ("propose", "Propose another time")].into_iter().map(|(v, label)| {
                    let rid = format!("{base}-time-{}", if v.is_empty() { "none" } else { v });
                    let rfor = rid.clone();
                    let rname = format!("{base}-time");
                    view! {
                        <label class="check" for=rfor>
                            <input type="radio" id=rid name=rname value=v data-testid=format!("reply-time-{}", if v.is_empty() { "none" } else { v })
                                prop:checked=move || draft.with(|d| d.time == v)
                                on:change=move |_| edit(Box::new(move |d| d.time = v.to_string())) />
                            " "{label}
                        </label>
                    }
                }).collect_view()}
                {
                let (date_id, time_id) = (format!("{base}-date"), format!("{base}-at"));
                view! {
                <Show when=move || draft.with(|d| d.time == "propose")>
                    <div class="row">
                        <Field id=date_id.clone() label="Date (their time zone)">
                            <input type="date" data-testid="reply-propose-date" prop:value=move || draft.with(|d| d.propose_date.clone())
                                on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |d| d.propose_date = v)) } />
                        </Field>
                        <Field id=time_id.clone() label="Time (their time zone)">
                            <input type="time" data-testid="reply-propose-time" prop:value=move || draft.with(|d| d.propose_time.clone())
                                on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |d| d.propose_time = v)) } />
                        </Field>
                    </div>
                </Show>
                }
                }
            </fieldset>
            <Field id=format!("{base}-note") label=format!("Note to {}", mentee.get_value())>
                <textarea rows="3" data-testid="reply-note" prop:value=move || draft.with(|d| d.note.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |d| d.note = v)) }></textarea>
            </Field>
            <div class="actions">
                <button type="button" class="button primary" data-testid="reply-send" on:click=send>"Send a reply link"</button>
                <button type="button" class="button subtle" data-testid="reply-reset"
                    on:click=move |_| edit(Box::new(|d| *d = ReplyDraft { sent: d.sent, ..ReplyDraft::default() }))>"Start the reply again"</button>
            </div>
            {move || match sent.get() {
                Sent::Idle => None,
                Sent::Problems(p) => Some(view! {
                    <div class="notice warning" role="alert" data-testid="reply-problems">
                        <ul>{p.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                    </div>
                }.into_any()),
                Sent::Link(link, copied) => {
                    let lid = format!("reply-link-{}", cid.get_value());
                    Some(view! {
                        <div class="reply-link" role="status" data-testid="reply-sent">
                            <p>{match copied {
                                Some(true) => "Reply link copied. Send it to your mentee however you usually talk.",
                                Some(false) => "Copy this reply link and send it to your mentee:",
                                None => "Copying…",
                            }}</p>
                            <label for=lid.clone() class="visually-hidden">"Reply link"</label>
                            <input id=lid type="text" readonly=true class="share-link" data-testid="reply-link" prop:value=link />
                        </div>
                    }.into_any())
                }
            }}
        </details>
    }
}

/// A change to the reply's agenda list.
type AgendaEdit = Box<dyn FnOnce(&mut Vec<AgendaItem>)>;
/// A change to the reply draft.
type DraftEdit = Box<dyn FnOnce(&mut ReplyDraft)>;
