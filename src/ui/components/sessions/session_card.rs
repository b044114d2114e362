//! One session as an expandable card.

use leptos::prelude::*;

use crate::core::sessions::ics;
use crate::core::sessions::plan::{Session, SessionStatus};
use crate::ui::browser;
use crate::ui::components::common::{field::Field, field_set::FieldSet};
use crate::ui::components::{
    sessions::session_actions::SessionActions,
    sessions::session_agenda::SessionAgenda,
    sessions::session_ctx::{PlanCtx, fmt_local},
    sessions::session_feedback::SessionFeedback,
    sessions::session_fit::SessionFit,
};

/// One session, expandable: status, agenda, private notes, action items, feedback, the fit
/// check after the first held session, and a calendar file for this session alone.
#[component]
pub fn SessionCard(
    /// The shared plan handle.
    plan: PlanCtx,
    /// The session's stable id.
    id: String,
    /// Start expanded.
    open: bool,
) -> impl IntoView {
    let sid = StoredValue::new(id.clone());
    let (session, number) = plan.session_memos(sid);
    let is_first_held = Memo::new(move |_| {
        plan.plan.with(|p| {
            p.sessions
                .iter()
                .find(|s| s.status == SessionStatus::Held)
                .is_some_and(|s| sid.with_value(|id| &s.id == id))
        })
    });
    let status = move || session.with(|s| s.as_ref().map(|s| s.status).unwrap_or_default());
    let when = move || {
        session.get().map(|s: Session| match plan.mentee_tz.get() {
            Some(tz) => fmt_local(s.local_start(tz)),
            None => fmt_local(s.date.and_time(s.local_time)),
        })
    };
    let edit = move |f: Box<dyn FnOnce(&mut Session)>| {
        plan.update(|m| {
            sid.with_value(|id| {
                if let Some(s) = m.session_mut(id) {
                    f(s)
                }
            })
        });
    };
    let error = RwSignal::new(None::<String>);
    let downloaded = RwSignal::new(None::<String>);
    let download = move |_| {
        let r = plan.goal.with_untracked(|g| {
            let g = g.as_ref().ok_or("Finish your goal first.")?;
            plan.plan.with_untracked(|p| {
                sid.with_value(|id| {
                    let name = ics::ics_filename(Some(id));
                    ics::session_ics(p, g, id, browser::now_utc())
                        .and_then(|text| browser::download(&name, "text/calendar", &text))
                        .map(|()| name)
                })
            })
        });
        downloaded.set(r.as_ref().ok().map(|name| format!("Downloaded {name}")));
        error.set(r.err());
    };
    let n = move || number.get();
    let notes_id = format!("notes-{id}");
    let status_name = format!("status-{id}");
    view! {
        <li class="session-card card" class:is-cancelled=move || status() == SessionStatus::Cancelled data-testid="session-card" data-session=id.clone()>
            <details open=open>
                <summary>
                    <span class="sc-title">{move || format!("Session {}", n())}</span>
                    <span class="sc-when">{when}</span>
                    <span class=move || format!("badge status-{}", status().label().to_lowercase())>{move || status().label()}</span>
                </summary>
                <div class="sc-body">
                    <FieldSet id=format!("{status_name}-choice") class="field status-choice" legend="Status">
                        <div class="segmented">
                            {SessionStatus::ALL.iter().map(|st| {
                                let st = *st;
                                let rid = format!("{status_name}-{}", st.label().to_lowercase());
                                let name = status_name.clone();
                                view! {
                                    <Field id=rid label=st.label() bare=true label_class="check" inline=true>
                                        <input type="radio" name=name
                                            prop:checked=move || status() == st
                                            on:change=move |_| edit(Box::new(move |s| s.status = st)) />
                                    </Field>
                                }
                            }).collect_view()}
                        </div>
                    </FieldSet>
                    <SessionAgenda plan=plan id=sid.get_value() number=number/>
                    <Field id=notes_id label=view! { "Notes "<span class="private-badge">"Private — never shared"</span> }.into_any()>
                        <textarea
                            prop:value=move || session.with(|s| s.as_ref().map(|s| s.notes.clone()).unwrap_or_default())
                            on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |s| s.notes = v)) }
                        ></textarea>
                    </Field>
                    <SessionActions plan=plan id=sid.get_value() number=number/>
                    <Show when=move || matches!(status(), SessionStatus::Held)>
                        <SessionFeedback plan=plan id=sid.get_value() number=number/>
                    </Show>
                    <Show when=move || is_first_held.get()>
                        <SessionFit plan=plan id=sid.get_value()/>
                    </Show>
                    <div class="actions">
                        <button type="button" class="button subtle small" data-testid="download-session"
                            on:click=download>
                            "Add to calendar (.ics)"
                            <span class="visually-hidden">{move || format!(", session {}", n())}</span>
                        </button>
                        <p class="status" role="status" data-testid="session-download-status">{move || downloaded.get()}</p>
                    </div>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                </div>
            </details>
        </li>
    }
}
