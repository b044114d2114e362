//! The micro-mentoring plan: one focused question, one 20–30 minute session, the follow-up.

use leptos::prelude::*;

use crate::core::form::{FieldError, messages_for};
use crate::core::sessions::micro::{self, MicroDraft};
use crate::ui::browser;
use crate::ui::components::common::field::Field;
use crate::ui::components::{
    sessions::schedule_zone_list::ZoneList, sessions::session_card::SessionCard,
    sessions::session_ctx::PlanCtx,
};

/// The micro-mentoring form and, once saved, its one session: the question first, the date,
/// time and length (20–30 minutes), the mentee's time zone, and the follow-up with the date to
/// report back. What is typed is kept with the goal ([`MicroDraft`]); "Save the session"
/// checks every field at once and says "saved" only after the browser took the write. The
/// session card below holds the agenda built from the question, notes, action items and the
/// calendar file.
#[component]
pub fn MicroForm(
    /// The shared plan handle.
    plan: PlanCtx,
) -> impl IntoView {
    let app = plan.app;
    // What was typed, else the saved plan, else defaults (a week from today, this zone).
    let initial = app.state.with_untracked(|s| {
        s.active()
            .and_then(|g| {
                g.micro_draft
                    .clone()
                    .or_else(|| g.mentorship.as_ref().and_then(MicroDraft::from_plan))
            })
            .unwrap_or_else(|| {
                let zone = browser::browser_time_zone().unwrap_or_else(|| "UTC".into());
                MicroDraft::default_for(app.today + chrono::Duration::days(7), &zone)
            })
    });
    let form = RwSignal::new(MicroDraft {
        chosen: true,
        ..initial
    });
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let status = RwSignal::new(None::<String>);
    let saved = Memo::new(move |_| plan.plan.with(|p| p.micro.is_some()));
    let session_id = Memo::new(move |_| {
        plan.plan.with(|p| {
            p.micro
                .as_ref()
                .and(p.sessions.first())
                .map(|s| s.id.clone())
        })
    });
    let set = move |f: fn(&mut MicroDraft, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            form.update(|d| f(d, v));
            // Kept with the goal, so a reload or another tab loses nothing typed.
            let draft = form.get_untracked();
            app.update_goal(|g| g.micro_draft = Some(draft));
        }
    };
    let get = move |f: fn(&MicroDraft) -> String| move || form.with(f);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let draft = form.get_untracked();
        let result = draft.validate().and_then(|p| {
            plan.update(|m| m.set_micro(p, app.today))
                .unwrap_or_else(|| Err(Vec::new()))
        });
        match result {
            Ok(_) => {
                errors.set(Vec::new());
                app.update_goal(|g| g.micro_draft = Some(draft));
                app.save_now(move |saved| {
                    status.set(Some(match saved {
                        Ok(()) => {
                            "Saved: one micro-mentoring session, its agenda built from your question."
                                .to_string()
                        }
                        Err(e) => {
                            format!("Kept in this tab, but this browser did NOT save it ({e}).")
                        }
                    }))
                });
            }
            Err(e) => {
                errors.set(e);
                browser::focus_later("micro-errors");
            }
        }
    };
    let err =
        move |field: &'static str| Signal::derive(move || errors.with(|e| messages_for(e, field)));
    let general = Memo::new(move |_| {
        errors.with(|e| {
            e.iter()
                .filter(|e| e.field == "kind")
                .map(|e| e.message.clone())
                .collect::<Vec<_>>()
        })
    });
    let minutes_hint = format!(
        "{} to {} minutes: the agenda is timed to it.",
        micro::MIN_MINUTES,
        micro::MAX_MINUTES
    );
    view! {
        <section class="micro-plan" aria-labelledby="micro-title" data-testid="micro-plan">
            <h2 id="micro-title">"Micro-mentoring session"</h2>
            <p class="hint">
                "One focused question, one short conversation, and one step you take after it. Trellis builds the agenda from your question: context, the question, advice, the next step."
            </p>
            <form class="micro-form card" on:submit=save novalidate data-testid="micro-form">
                <Show when=move || !errors.with(Vec::is_empty)>
                    <div class="notice warning" id="micro-errors" tabindex="-1" role="alert" data-testid="micro-errors">
                        <ul>{move || errors.get().into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}</ul>
                    </div>
                </Show>
                <Field id="mi-question" label="Your one question" hint="The one thing you want your mentor's view on, in a sentence." error=err("question")>
                    <textarea rows="3" maxlength="2000" data-testid="micro-question"
                        prop:value=get(|d| d.question.clone()) on:input=set(|d, v| d.question = v)></textarea>
                </Field>
                <div class="grid-2">
                    <Field id="mi-date" label="Date" error=err("date")>
                        <input type="date" data-testid="micro-date" prop:value=get(|d| d.date.clone()) on:input=set(|d, v| d.date = v) />
                    </Field>
                    <Field id="mi-time" label="Start time (your time)" error=err("time")>
                        <input type="time" data-testid="micro-time" prop:value=get(|d| d.time.clone()) on:input=set(|d, v| d.time = v) />
                    </Field>
                    <Field id="mi-minutes" label="Length (minutes)" hint_id="mi-minutes-hint" error=err("minutes")>
                        <input class="short" type="number" min="20" max="30" step="5" inputmode="numeric" data-testid="micro-minutes"
                            prop:value=get(|d| d.minutes.clone()) on:input=set(|d, v| d.minutes = v) />
                    </Field>
                    <Field id="mi-zone" label="Your time zone" error=err("zone")>
                        <input type="text" list="zone-list" autocomplete="off" data-testid="micro-zone"
                            prop:value=get(|d| d.zone.clone()) on:input=set(|d, v| d.zone = v) />
                    </Field>
                    <ZoneList/>
                </div>
                <p class="hint" id="mi-minutes-hint">{minutes_hint}</p>
                <Field id="mi-follow-up" label="After the session I will…" hint="One concrete step, so the advice turns into action." error=err("follow_up")>
                    <textarea rows="2" maxlength="2000" data-testid="micro-follow-up"
                        prop:value=get(|d| d.follow_up.clone()) on:input=set(|d, v| d.follow_up = v)></textarea>
                </Field>
                <Field id="mi-report" label="Report back to my mentor by" error=err("report_by")>
                    <input type="date" data-testid="micro-report-by" prop:value=get(|d| d.report_by.clone()) on:input=set(|d, v| d.report_by = v) />
                </Field>
                <p class="field-error" role="alert">{move || general.get().join(" ")}</p>
                <button type="submit" class="button primary" data-testid="micro-save">
                    {move || if saved.get() { "Update the session" } else { "Save the session" }}
                </button>
                <p class="status" role="status" data-testid="micro-status">{move || status.get()}</p>
            </form>
            {move || session_id.get().map(|id| view! {
                <ol class="session-cards plain-list" data-testid="micro-session">
                    <SessionCard plan=plan open=true id=id/>
                </ol>
            })}
        </section>
    }
}
