use leptos::prelude::*;

use crate::core::form::parse_iso_date;
use crate::core::sessions::plan::{Session, SessionStatus};
use crate::ui::components::sessions::session_ctx::{PlanCtx, fmt_local};

/// One scheduled session: its time for the mentee and for the mentor, and buttons to move
/// this one occurrence or cancel (or restore) it without touching the rest of the series.
#[component]
pub fn ScheduleRow(
    /// The shared plan handle.
    plan: PlanCtx,
    /// The session's stable id.
    id: String,
) -> impl IntoView {
    let sid = StoredValue::new(id.clone());
    let (session, number) = plan.session_memos(sid);
    let moving = RwSignal::new(false);
    let new_date = RwSignal::new(String::new());
    let new_time = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let when = move || {
        session.get().map(|s: Session| match plan.mentee_tz.get() {
            Some(tz) => fmt_local(s.local_start(tz)),
            None => fmt_local(s.date.and_time(s.local_time)),
        })
    };
    let mentor_when = move || {
        let s = session.get()?;
        let t = plan.mentor_time(s.date.and_time(s.local_time))?;
        let name = plan.mentor.with(|m| m.as_ref().map(|m| m.name.clone()))?;
        Some(format!("{name}: {t}"))
    };
    let status = move || session.with(|s| s.as_ref().map(|s| s.status).unwrap_or_default());
    let open_move = move |_| {
        if let Some(s) = session.get_untracked() {
            new_date.set(s.date.to_string());
            new_time.set(crate::core::time::datefmt::hm(&s.local_time));
        }
        error.set(None);
        moving.set(true);
    };
    let save_move = move |_| {
        let d = parse_iso_date(&new_date.get_untracked());
        let t = crate::core::time::datefmt::parse_hm(&new_time.get_untracked());
        match (d, t) {
            (Some(d), Some(t)) => {
                let r = plan.update(|m| sid.with_value(|id| m.move_session(id, d, t)));
                error.set(r.and_then(Result::err));
                moving.set(false);
            }
            _ => error.set(Some("Choose a date and a time.".into())),
        }
    };
    let id_attr = id.clone();
    view! {
        <li class="schedule-row card" class:is-cancelled=move || status() == SessionStatus::Cancelled data-testid="schedule-row" data-session=id_attr>
            <div class="sr-head">
                <p class="sr-when">
                    <strong>{move || format!("Session {}: ", number.get())}</strong>
                    <span data-testid="session-when">{when}</span>
                    " "
                    <span class=move || format!("badge status-{}", status().label().to_lowercase())>{move || status().label()}</span>
                    {move || session.with(|s| s.as_ref().is_some_and(|s| s.moved)).then(|| view! { " " <span class="badge">"Moved"</span> })}
                </p>
                <p class="hint sr-mentor">{mentor_when}</p>
            </div>
            <div class="actions">
                <button type="button" class="button subtle small" aria-expanded=move || moving.get().to_string()
                    aria-label=move || format!("Move session {}", number.get()) on:click=open_move>"Move"</button>
                {move || if status() == SessionStatus::Cancelled {
                    view! {
                        <button type="button" class="button subtle small" aria-label=format!("Restore session {}", number.get())
                            on:click=move |_| { plan.update(|m| sid.with_value(|id| m.set_status(id, SessionStatus::Planned))); }>"Restore"</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button subtle small" aria-label=format!("Cancel session {}", number.get())
                            on:click=move |_| { plan.update(|m| sid.with_value(|id| m.cancel_session(id))); }>"Cancel"</button>
                    }.into_any()
                }}
            </div>
            <Show when=move || moving.get()>
                <div class="move-form">
                    <div class="grid-2">
                        <div class="field">
                            <label for=move || format!("mv-date-{}", number.get())>"New date"</label>
                            <input id=move || format!("mv-date-{}", number.get()) type="date" prop:value=move || new_date.get()
                                on:input=move |ev| new_date.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for=move || format!("mv-time-{}", number.get())>"New time (your time)"</label>
                            <input id=move || format!("mv-time-{}", number.get()) type="time" prop:value=move || new_time.get()
                                on:input=move |ev| new_time.set(event_target_value(&ev)) />
                        </div>
                    </div>
                    <div class="actions">
                        <button type="button" class="button primary small" on:click=save_move>"Save the new time"</button>
                        <button type="button" class="button subtle small" on:click=move |_| moving.set(false)>"Keep it"</button>
                    </div>
                </div>
            </Show>
            <p class="field-error" aria-live="polite">{move || error.get()}</p>
        </li>
    }
}
