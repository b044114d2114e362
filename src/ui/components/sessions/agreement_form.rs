use leptos::prelude::*;

use crate::core::form::FieldError;
use crate::core::sessions::agreement::{
    Agreement, AgreementDraft, FORMATS, format_key, format_label,
};
use crate::ui::components::{
    common::text_field::TextField, sessions::agreement_print::AgreementPrint,
    sessions::session_ctx::PlanCtx,
};

/// The mentoring agreement, prefilled from the goal and mentor and edited by the mentee. Saves
/// the form as typed; "Save agreement" checks it and lists every problem at once; "Print
/// agreement" prints it as a clean page.
#[component]
pub fn AgreementForm(
    /// The shared plan handle.
    plan: PlanCtx,
) -> impl IntoView {
    let app = plan.app;
    let stored = Memo::new(move |_| {
        app.state
            .with(|s| s.active().and_then(|g| g.agreement_draft.clone()))
    });
    // The form: what the mentee typed, or the prefilled draft until they type.
    let draft = Memo::new(move |_| {
        stored.get().unwrap_or_else(|| {
            let Some(goal) = plan.goal.get() else {
                return AgreementDraft::default();
            };
            let mentor = plan.mentor.get();
            let mut d = plan
                .plan
                .with(|p| p.agreement.as_ref().map(Agreement::to_draft))
                .unwrap_or_else(|| Agreement::draft_from(&goal, mentor.as_ref(), app.today));
            if let Some(rule) = plan.plan.with(|p| p.rule.clone()) {
                d.set_cadence(&rule.cadence);
            }
            d
        })
    });
    let attempted = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    let errors = Memo::new(move |_| draft.with(|d| d.validate().err().unwrap_or_default()));
    let shown_errors = Memo::new(move |_| {
        if attempted.get() {
            errors.get()
        } else {
            Vec::new()
        }
    });
    let saved = Memo::new(move |_| plan.plan.with(|p| p.agreement.clone()));
    let edit = move |f: Box<dyn FnOnce(&mut AgreementDraft)>| {
        let mut d = draft.get_untracked();
        f(&mut d);
        app.update_goal(|g| g.agreement_draft = Some(d));
        status.set(None);
    };
    let err_for = move |field: &'static str| {
        Signal::derive(move || {
            shown_errors.with(|e| {
                e.iter()
                    .find(|e| e.field == field)
                    .map(|e| e.message.clone())
            })
        })
    };
    let text = move |f: fn(&AgreementDraft) -> String| Signal::derive(move || draft.with(f));
    let check = move || -> Option<Agreement> {
        attempted.set(true);
        match draft.get_untracked().validate() {
            Ok(a) => {
                plan.update(|m| m.agreement = Some(a.clone()));
                Some(a)
            }
            Err(_) => {
                status.set(None);
                crate::ui::browser::focus_later("agreement-errors");
                None
            }
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if check().is_some() {
            status.set(Some(
                "Agreement saved. Print it to sign together, or share it with your mentor.".into(),
            ));
        }
    };
    let print = move |_| {
        if check().is_some() {
            status.set(Some(
                "Agreement saved and sent to the printer dialog.".into(),
            ));
            // Let the print view render before the dialog opens.
            request_animation_frame(|| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            });
        }
    };
    view! {
        <h2 class="no-print">"Mentoring agreement"</h2>
        <p class="hint no-print">
            "Prefilled from your goal and mentor. Edit it together in your first session; it is saved as you type."
        </p>
        <form class="agreement-form no-print" on:submit=save novalidate data-testid="agreement-form">
            <Show when=move || !shown_errors.with(Vec::is_empty)>
                <div class="notice warning" id="agreement-errors" tabindex="-1" role="alert" data-testid="agreement-errors">
                    <h3>"Please fix these before saving"</h3>
                    <ul>
                        {move || shown_errors.get().into_iter().map(|e: FieldError| {
                            view! { <li>{format!("{}: {}", label_for(&e.field), e.message)}</li> }
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <div class="grid-2">
                <TextField id="ag-mentee" label="Your name (mentee)" value=text(|d| d.mentee_name.clone())
                    error=err_for("mentee_name")
                    on_input=Callback::new(move |v| edit(Box::new(move |d| d.mentee_name = v))) />
                <TextField id="ag-mentor" label="Mentor's name" value=text(|d| d.mentor_name.clone())
                    error=err_for("mentor_name")
                    on_input=Callback::new(move |v| edit(Box::new(move |d| d.mentor_name = v))) />
            </div>
            <TextField id="ag-goals" label="Goals" multiline=true required=true
                hint="What the mentorship is for: your goal and its milestones."
                value=text(|d| d.goals_summary.clone()) error=err_for("goals_summary")
                on_input=Callback::new(move |v| edit(Box::new(move |d| d.goals_summary = v))) />
            <div class="grid-2">
                <TextField id="ag-frequency" label="How often" required=true
                    hint="Filled from the schedule once you generate one."
                    value=text(|d| d.frequency.clone()) error=err_for("frequency")
                    on_input=Callback::new(move |v| edit(Box::new(move |d| d.frequency = v))) />
                <div class="field">
                    <label for="ag-format">"Format"</label>
                    <select
                        id="ag-format"
                        aria-invalid=move || err_for("format").get().map(|_| "true")
                        on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |d| d.format = v)) }
                    >
                        <option value="" selected=move || draft.with(|d| d.format.is_empty())>"Choose…"</option>
                        {FORMATS.iter().map(|f| {
                            let key = format_key(*f);
                            view! { <option value=key selected=move || draft.with(|d| d.format == key)>{format_label(*f)}</option> }
                        }).collect_view()}
                    </select>
                    <p class="field-error" aria-live="polite">{move || err_for("format").get()}</p>
                </div>
                <TextField id="ag-minutes" label="Session length (minutes)" inputmode="numeric" required=true
                    value=text(|d| d.session_minutes.clone()) error=err_for("session_minutes")
                    on_input=Callback::new(move |v| edit(Box::new(move |d| d.session_minutes = v))) />
                <TextField id="ag-response" label="Replies between sessions"
                    value=text(|d| d.response_time.clone()) error=err_for("response_time")
                    on_input=Callback::new(move |v| edit(Box::new(move |d| d.response_time = v))) />
            </div>
            <TextField id="ag-channel" label="Channel" hint="Where sessions happen and how you message each other."
                value=text(|d| d.channel.clone()) error=err_for("channel")
                on_input=Callback::new(move |v| edit(Box::new(move |d| d.channel = v))) />
            <TextField id="ag-confidentiality" label="Confidentiality" multiline=true
                value=text(|d| d.confidentiality.clone()) error=err_for("confidentiality")
                on_input=Callback::new(move |v| edit(Box::new(move |d| d.confidentiality = v))) />
            <TextField id="ag-boundaries" label="Boundaries" multiline=true
                hint="Rescheduling, availability, how either of you can end the mentorship."
                value=text(|d| d.boundaries.clone()) error=err_for("boundaries")
                on_input=Callback::new(move |v| edit(Box::new(move |d| d.boundaries = v))) />
            <div class="grid-2">
                <TextField id="ag-start" label="Start" kind="date" required=true
                    value=text(|d| d.start.clone()) error=err_for("start")
                    on_input=Callback::new(move |v| edit(Box::new(move |d| d.start = v))) />
                <TextField id="ag-end" label="End" kind="date" required=true
                    value=text(|d| d.end.clone()) error=err_for("end")
                    on_input=Callback::new(move |v| edit(Box::new(move |d| d.end = v))) />
            </div>
            <fieldset class="review-points">
                <legend>"Review points"</legend>
                <p class="hint">"Dates to step back and check the mentorship is working."</p>
                <ul class="plain-list">
                    <For each=move || 0..draft.with(|d| d.review_points.len()) key=|i| *i let:i>
                        <li class="inline-add">
                            <label class="visually-hidden" for=format!("ag-review-{i}")>{format!("Review point {}", i + 1)}</label>
                            <input
                                id=format!("ag-review-{i}")
                                type="date"
                                aria-invalid=move || shown_errors.with(|e| e.iter().any(|e| e.field == format!("review_points[{i}]"))).then_some("true")
                                prop:value=move || draft.with(|d| d.review_points.get(i).cloned().unwrap_or_default())
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    edit(Box::new(move |d| if let Some(r) = d.review_points.get_mut(i) { *r = v }))
                                }
                            />
                            <button type="button" class="button subtle small" aria-label=format!("Remove review point {}", i + 1)
                                on:click=move |_| edit(Box::new(move |d| { if i < d.review_points.len() { d.review_points.remove(i); } }))>
                                "Remove"
                            </button>
                        </li>
                    </For>
                </ul>
                <button type="button" class="button small" on:click=move |_| edit(Box::new(|d| d.review_points.push(String::new())))>
                    "Add a review point"
                </button>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button primary" data-testid="save-agreement">"Save agreement"</button>
                <button type="button" class="button" data-testid="print-agreement" on:click=print>"Print agreement"</button>
            </div>
            <p class="status" role="status" data-testid="agreement-status">{move || status.get()}</p>
        </form>
        {move || saved.get().map(|a| view! { <AgreementPrint agreement=a/> })}
    }
}

/// The human name of an error's field (`review_points[1]` → "Review points").
fn label_for(field: &str) -> &'static str {
    Agreement::field_label(field.split('[').next().unwrap_or(field))
}
