//! The recurring schedule form, its skip dates and the generated session list.

use leptos::prelude::*;

use crate::core::form::{FieldError, messages_for, parse_iso_date};
use crate::core::sessions::schedule::ScheduleRule;
use crate::core::sessions::schedule_draft::ScheduleDraft as Form;
use crate::core::time::calendar::{WEEKDAYS, weekday_name};
use crate::core::time::datefmt::human_date;
use crate::ui::browser;
use crate::ui::components::{
    common::field::Field, common::field_set::FieldSet, sessions::schedule_row::ScheduleRow,
    sessions::schedule_zone_list::ZoneList, sessions::session_ctx::PlanCtx,
};

/// The recurring schedule: cadence, first date, time, length, the mentee's time zone and an
/// end; Generate/Regenerate (keeping everything entered in sessions), skip dates, and the
/// session list with both sides' local times, where one session can be moved or cancelled.
#[component]
pub fn ScheduleEditor(
    /// The shared plan handle.
    plan: PlanCtx,
) -> impl IntoView {
    let app = plan.app;
    // What the mentee last typed (kept with the goal), else the saved rule, else defaults.
    let stored = app
        .state
        .with_untracked(|s| s.active().and_then(|g| g.schedule_draft.clone()));
    let initial = stored.unwrap_or_else(|| {
        plan.plan.with_untracked(|p| p.rule.clone()).map_or_else(
            || {
                let minutes = plan
                    .plan
                    .with_untracked(|p| p.agreement.as_ref().map(|a| a.session_minutes));
                let start = plan
                    .plan
                    .with_untracked(|p| p.agreement.as_ref().map(|a| a.start))
                    .filter(|d| *d >= app.today)
                    .unwrap_or(app.today);
                let zone = browser::browser_time_zone().unwrap_or_else(|| "UTC".into());
                Form::default_for(start, minutes, &zone)
            },
            |r| Form::from_rule(&r),
        )
    });
    let form = RwSignal::new(initial);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let status = RwSignal::new(None::<String>);
    let has_rule = Memo::new(move |_| plan.plan.with(|p| p.rule.is_some()));
    let skips = Memo::new(move |_| {
        plan.plan
            .with(|p| p.rule.as_ref().map(|r| r.skips.clone()).unwrap_or_default())
    });
    let session_ids = Memo::new(move |_| {
        plan.plan
            .with(|p| p.sessions.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    let skip_input = RwSignal::new(String::new());
    let skip_error = RwSignal::new(None::<String>);

    let apply = move |rule: ScheduleRule| -> Result<String, Vec<FieldError>> {
        let cadence = rule.cadence;
        let message = plan
            .update(|m| {
                let before = m.clone();
                m.regenerate(rule, app.today)
                    .map(|_| crate::core::sessions::change::describe_change(&before, m))
            })
            .unwrap_or_else(|| Err(Vec::new()))?;
        // Keep the agreement's "how often" in step with the schedule.
        app.update_goal(|g| {
            if let Some(d) = g.agreement_draft.as_mut() {
                d.set_cadence(&cadence);
            }
        });
        Ok(message)
    };
    // Say "saved" only once the browser took the write.
    let report = move |message: String| {
        app.save_now(move |saved| {
            status.set(Some(match saved {
                Ok(()) => message,
                Err(e) => format!("{message} — but this browser did NOT save it ({e})."),
            }))
        })
    };
    let generate = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        match form
            .get_untracked()
            .to_rule(skips.get_untracked())
            .and_then(apply)
        {
            Ok(msg) => {
                errors.set(Vec::new());
                // The rule now holds what was typed.
                app.update_goal(|g| g.schedule_draft = None);
                report(msg);
            }
            Err(e) => {
                status.set(None);
                errors.set(e);
                browser::focus_later("schedule-errors");
            }
        }
    };
    let change_skips = move |f: SkipEdit| {
        let Some(mut rule) = plan.plan.with_untracked(|p| p.rule.clone()) else {
            return;
        };
        f(&mut rule.skips);
        crate::core::sorting::sort(&mut rule.skips);
        rule.skips.dedup();
        match apply(rule) {
            Ok(msg) => report(msg),
            Err(e) => skip_error.set(e.first().map(|e| e.message.clone())),
        }
    };
    let add_skip = move |_| match parse_iso_date(&skip_input.get_untracked()) {
        Some(d) => {
            skip_error.set(None);
            change_skips(Box::new(move |s| s.push(d)));
            skip_input.set(String::new());
        }
        None => skip_error.set(Some("Choose a date to skip.".into())),
    };
    let set = move |f: fn(&mut Form, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            form.update(|fm| f(fm, v));
            // Keep what is typed with the goal, so a reload or another tab loses nothing.
            let draft = form.get_untracked();
            app.update_goal(|g| g.schedule_draft = Some(draft));
        }
    };
    let get = move |f: fn(&Form) -> String| move || form.with(f);
    let cadence = move || form.with(|f| f.cadence.clone());
    let err =
        move |field: &'static str| Signal::derive(move || errors.with(|e| messages_for(e, field)));

    view! {
        <h2>"Schedule"</h2>
        <form class="schedule-form card" on:submit=generate novalidate data-testid="schedule-form">
            <Show when=move || !errors.with(Vec::is_empty)>
                <div class="notice warning" id="schedule-errors" tabindex="-1" role="alert" data-testid="schedule-errors">
                    <ul>{move || errors.get().into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <div class="grid-2">
                <Field id="sc-cadence" label="How often" error=err("cadence")>
                    <select on:change=set(|f, v| f.cadence = v)>
                        {[("weekly", "Every week"), ("2w", "Every 2 weeks"), ("3w", "Every 3 weeks"), ("4w", "Every 4 weeks"), ("nth", "Monthly on a weekday (e.g. 2nd Tuesday)"), ("day", "Monthly on a day number")]
                            .into_iter()
                            .map(|(k, l)| view! { <option value=k selected=move || cadence() == k>{l}</option> })
                            .collect_view()}
                    </select>
                </Field>
                <Show when=move || cadence() == "nth">
                    <div class="grid-2 tight">
                        <Field id="sc-nth" label="Which">
                            <select on:change=set(|f, v| f.nth = v)>
                                {[("1", "1st"), ("2", "2nd"), ("3", "3rd"), ("4", "4th"), ("last", "Last")]
                                    .into_iter()
                                    .map(|(k, l)| view! { <option value=k selected=move || form.with(|f| f.nth == k)>{l}</option> })
                                    .collect_view()}
                            </select>
                        </Field>
                        <Field id="sc-weekday" label="Weekday">
                            <select on:change=set(|f, v| f.weekday = v)>
                                {WEEKDAYS.iter().enumerate().map(|(i, w)| {
                                    let k = i.to_string();
                                    let kk = k.clone();
                                    view! { <option value=k selected=move || form.with(|f| f.weekday == kk)>{weekday_name(*w)}</option> }
                                }).collect_view()}
                            </select>
                        </Field>
                    </div>
                </Show>
                <Show when=move || cadence() == "day">
                    <Field id="sc-day" label="Day of the month">
                        <input type="number" min="1" max="31" inputmode="numeric"
                            prop:value=get(|f| f.day.clone()) on:input=set(|f, v| f.day = v) />
                    </Field>
                </Show>
                <Field id="sc-start" label="First session" error=err("start")>
                    <input type="date" prop:value=get(|f| f.start.clone()) on:input=set(|f, v| f.start = v) />
                </Field>
                <Field id="sc-time" label="Start time (your time)" error=err("time")>
                    <input type="time" prop:value=get(|f| f.time.clone()) on:input=set(|f, v| f.time = v) />
                </Field>
                <Field id="sc-minutes" label="Length (minutes)" error=err("minutes")>
                    <input type="number" min="15" max="240" step="5" inputmode="numeric"
                        prop:value=get(|f| f.minutes.clone()) on:input=set(|f, v| f.minutes = v) />
                </Field>
                <Field id="sc-zone" label="Your time zone" error=err("zone")>
                    <input type="text" list="zone-list" autocomplete="off"
                        prop:value=get(|f| f.zone.clone()) on:input=set(|f, v| f.zone = v) />
                </Field>
                <ZoneList/>
            </div>
            <FieldSet id="sc-end" legend="Ends" error=err("end")>
                <div class="end-choice">
                    <Field id="sc-end-count" label=" After" bare=true label_class="check" inline=true>
                        <input type="radio" name="sc-end" value="count"
                            prop:checked=move || form.with(|f| f.end_kind == "count") on:change=set(|f, v| f.end_kind = v) />
                    </Field>
                    <Field id="sc-count" label="Number of sessions" bare=true label_class="visually-hidden" error=err("end") error_id="sc-end-error">
                        <input class="short" type="number" min="1" max="200" inputmode="numeric"
                            disabled=move || form.with(|f| f.end_kind != "count")
                            prop:value=get(|f| f.count.clone()) on:input=set(|f, v| f.count = v) />
                    </Field>
                    <span aria-hidden="true">" sessions"</span>
                </div>
                <div class="end-choice">
                    <Field id="sc-end-until" label=" On" bare=true label_class="check" inline=true>
                        <input type="radio" name="sc-end" value="until"
                            prop:checked=move || form.with(|f| f.end_kind == "until") on:change=set(|f, v| f.end_kind = v) />
                    </Field>
                    <Field id="sc-until" label="Last possible date" bare=true label_class="visually-hidden" error=err("end") error_id="sc-end-error">
                        <input type="date" disabled=move || form.with(|f| f.end_kind != "until")
                            prop:value=get(|f| f.until.clone()) on:input=set(|f, v| f.until = v) />
                    </Field>
                </div>
            </FieldSet>
            <button type="submit" class="button primary" data-testid="generate">
                {move || if has_rule.get() { "Regenerate schedule" } else { "Generate schedule" }}
            </button>
            <p class="hint">"Regenerating keeps every session you held, moved or wrote notes for."</p>
            <p class="status" role="status" data-testid="schedule-status">{move || status.get()}</p>
        </form>

        <Show when=move || has_rule.get()>
            <section class="card" aria-labelledby="skips-title">
                <h3 id="skips-title">"Skip dates"</h3>
                <p class="hint">"Holidays or trips: no session is planned on these dates. A counted series grows to keep its number of sessions."</p>
                <div class="inline-add">
                    <Field id="skip-date" label="Date to skip" bare=true label_class="visually-hidden" error=skip_error error_id="skip-date-error">
                        <input type="date" prop:value=move || skip_input.get() on:input=move |ev| skip_input.set(event_target_value(&ev)) />
                    </Field>
                    <button type="button" class="button" data-testid="add-skip" on:click=add_skip>"Skip this date"</button>
                </div>
                <p class="field-error" id="skip-date-error" aria-live="polite">{move || skip_error.get()}</p>
                <ul class="plain-list skips" data-testid="skips">
                    <For each=move || skips.get() key=|d| *d let:d>
                        <li>
                            {human_date(d)}
                            " "
                            <button type="button" class="button subtle small"
                                on:click=move |_| change_skips(Box::new(move |s| s.retain(|x| *x != d)))>
                                "Remove"
                                <span class="visually-hidden">{format!(" the skip on {}", human_date(d))}</span>
                            </button>
                        </li>
                    </For>
                </ul>
            </section>
            <section aria-labelledby="sched-list-title">
                <h3 id="sched-list-title">{move || format!("{} sessions", session_ids.with(Vec::len))}</h3>
                <ol class="schedule-list" data-testid="schedule-list">
                    <For each=move || session_ids.get() key=|id| id.clone() let:id>
                        <ScheduleRow plan=plan id=id/>
                    </For>
                </ol>
            </section>
        </Show>
    }
}

/// A change to the skip dates.
type SkipEdit = Box<dyn FnOnce(&mut Vec<chrono::NaiveDate>)>;
