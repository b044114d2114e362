use leptos::prelude::*;

use crate::core::form::FieldError;
use crate::core::mentors::mentor::{CareerStage, Format, MentoringForm, Style};
use crate::core::mentors::needs::{MAX_LIST, NeedsDraft};
use crate::ui::components::{
    common::tag_input::TagInput,
    mentors::needs_priorities::{NeedsPriorities, set_weight_key},
    mentors::needs_windows::NeedsWindows,
};
use crate::ui::pages::mentors::{Matching, effective_needs};
use crate::ui::state::AppCtx;

/// Common IANA zones offered while typing (any valid IANA name is accepted).
const ZONES: [&str; 40] = [
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Copenhagen",
    "Europe/Warsaw",
    "Europe/Athens",
    "Europe/Kyiv",
    "Europe/Istanbul",
    "Africa/Casablanca",
    "Africa/Lagos",
    "Africa/Accra",
    "Africa/Cairo",
    "Africa/Johannesburg",
    "Africa/Nairobi",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Dhaka",
    "Asia/Jakarta",
    "Asia/Singapore",
    "Asia/Manila",
    "Asia/Shanghai",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Australia/Perth",
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Bogota",
    "America/Mexico_City",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
];

/// Industries of the sample directory, offered while typing.
const INDUSTRIES: [&str; 14] = [
    "Design",
    "Education",
    "Energy",
    "Finance",
    "Healthcare",
    "Law",
    "Manufacturing",
    "Marketing",
    "Media",
    "Nonprofit",
    "Public sector",
    "Retail",
    "Science & research",
    "Software",
];

/// Edits the stored needs; the first edit also stores the defaults the form was showing.
fn update_needs(ctx: AppCtx, f: impl FnOnce(&mut NeedsDraft)) {
    ctx.state.update(|s| {
        effective_needs(&mut s.needs);
        f(&mut s.needs);
    });
}

/// Every error message for a field (and its sub-fields), joined.
fn field_error(errors: &[FieldError], field: &str) -> Option<String> {
    let sub = format!("{field}[");
    let msgs: Vec<&str> = errors
        .iter()
        .filter(|e| e.field == field || e.field.starts_with(&sub))
        .map(|e| e.message.as_str())
        .collect();
    (!msgs.is_empty()).then(|| msgs.join(" "))
}

/// "What you need": the mentee's profile, free times, preferences, must-haves and the
/// importance of each soft criterion. Saves as you type; when something is invalid every
/// problem is listed at once and the ranking keeps using the last valid answers.
#[component]
pub fn NeedsForm() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    let draft = Memo::new(move |_| {
        ctx.state.with(|s| {
            let mut d = s.needs.clone();
            effective_needs(&mut d);
            d
        })
    });
    let errors = Memo::new(move |_| {
        m.checked
            .with(|c| c.as_ref().err().cloned().unwrap_or_default())
    });
    let err =
        move |field: &'static str| Signal::derive(move || errors.with(|e| field_error(e, field)));
    let text = move |f: fn(&NeedsDraft) -> String| Signal::derive(move || draft.with(f));
    let described = move |id: &'static str, hint: bool| {
        move || {
            let mut ids = Vec::new();
            if hint {
                ids.push(format!("{id}-hint"));
            }
            ids.push(format!("{id}-error"));
            ids.join(" ")
        }
    };
    let invalid =
        move |field: &'static str| move || errors.with(|e| field_error(e, field)).map(|_| "true");
    let has_last_valid = Memo::new(move |_| m.needs.with(Option::is_some));

    view! {
        <section class="card needs" aria-labelledby="needs-title" data-testid="needs-form">
            <h2 id="needs-title">"What you need"</h2>
            <div aria-live="polite" data-testid="needs-errors">
                <Show when=move || !errors.with(Vec::is_empty)>
                    <div class="notice warning needs-errors">
                        <p>
                            <strong>"To rank mentors, Trellis still needs:"</strong>
                        </p>
                        <ul>
                            {move || errors.get().into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}
                        </ul>
                        <Show when=move || has_last_valid.get()>
                            <p class="hint">"The list below still uses your last complete answers."</p>
                        </Show>
                    </div>
                </Show>
            </div>
            <form on:submit=move |ev| ev.prevent_default() novalidate>
                <details open class="needs-section">
                    <summary>"About you"</summary>
                    <div class="grid-2">
                        <div class="field">
                            <label for="needs-industry">"Your industry"</label>
                            <p class="hint" id="needs-industry-hint">"Optional. Leave empty if industry does not matter."</p>
                            <input
                                id="needs-industry"
                                type="text"
                                list="industry-list"
                                aria-describedby=described("needs-industry", true)
                                prop:value=text(|d| d.industry.clone())
                                on:input=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.industry = v) }
                            />
                            <datalist id="industry-list">
                                {INDUSTRIES.iter().map(|i| view! { <option value=*i></option> }).collect_view()}
                            </datalist>
                            <p class="field-error" id="needs-industry-error">{err("industry")}</p>
                        </div>
                        <div class="field">
                            <label for="needs-stage">"Your career stage"</label>
                            <select
                                id="needs-stage"
                                aria-describedby=described("needs-stage", false)
                                aria-invalid=invalid("stage")
                                on:change=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.stage = v) }
                            >
                                <option value="" selected=move || draft.with(|d| d.stage.is_empty())>"Choose…"</option>
                                {CareerStage::ALL.iter().map(|s| {
                                    let key = s.key();
                                    view! { <option value=key selected=move || draft.with(|d| d.stage == key)>{s.label()}</option> }
                                }).collect_view()}
                            </select>
                            <p class="field-error" id="needs-stage-error">{err("stage")}</p>
                        </div>
                    </div>
                    <TagInput
                        id="needs-languages"
                        label="Languages you speak"
                        hint="e.g. English, Spanish. Press Enter after each."
                        items=Signal::derive(move || draft.with(|d| d.languages.clone()))
                        on_change=Callback::new(move |v| update_needs(ctx, |d| d.languages = v))
                        error=err("languages")
                        max=MAX_LIST
                    />
                    <div class="field">
                        <label for="needs-tz">"Your time zone"</label>
                        <p class="hint" id="needs-tz-hint">"An IANA name such as Europe/London. Your free times are in this zone."</p>
                        <input
                            id="needs-tz"
                            type="text"
                            list="tz-list"
                            autocomplete="off"
                            aria-describedby=described("needs-tz", true)
                            aria-invalid=invalid("time_zone")
                            prop:value=text(|d| d.time_zone.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.time_zone = v) }
                        />
                        <datalist id="tz-list">
                            {ZONES.iter().map(|z| view! { <option value=*z></option> }).collect_view()}
                        </datalist>
                        <p class="field-error" id="needs-tz-error">{err("time_zone")}</p>
                    </div>
                    <NeedsWindows
                        windows=Signal::derive(move || draft.with(|d| d.availability.clone()))
                        on_change=Callback::new(move |v| update_needs(ctx, |d| d.availability = v))
                        error_of=Callback::new(move |i: usize| {
                            let p = format!("availability[{i}].");
                            errors.with(|e| {
                                let msgs: Vec<&str> = e.iter().filter(|x| x.field.starts_with(&p)).map(|x| x.message.as_str()).collect();
                                (!msgs.is_empty()).then(|| msgs.join(" "))
                            })
                        })
                        error=Signal::derive(move || errors.with(|e| e.iter().find(|x| x.field == "availability").map(|x| x.message.clone())))
                    />
                </details>
                <details open class="needs-section">
                    <summary>"How you like to be mentored"</summary>
                    <fieldset class="field">
                        <legend>"Preferred formats"</legend>
                        <div class="check-row">
                            {Format::ALL.iter().map(|f| {
                                let key = f.key();
                                let id = format!("fmt-{key}");
                                let for_id = id.clone();
                                view! {
                                    <label class="check" for=for_id>
                                        <input
                                            id=id
                                            type="checkbox"
                                            prop:checked=move || draft.with(|d| d.formats.iter().any(|x| x == key))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                update_needs(ctx, |d| {
                                                    d.formats.retain(|x| x != key);
                                                    if on { d.formats.push(key.to_string()); }
                                                });
                                            }
                                        />
                                        {f.label()}
                                    </label>
                                }
                            }).collect_view()}
                        </div>
                        <p class="field-error" aria-live="polite">{err("formats")}</p>
                    </fieldset>
                    <div class="grid-2">
                        <div class="field">
                            <label for="needs-form">"Mentoring form"</label>
                            <select
                                id="needs-form"
                                aria-describedby=described("needs-form", false)
                                on:change=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.form = v) }
                            >
                                {MentoringForm::ALL.iter().map(|f| {
                                    let key = f.key();
                                    view! { <option value=key selected=move || draft.with(|d| d.form == key)>{f.label()}</option> }
                                }).collect_view()}
                            </select>
                            <p class="field-error" id="needs-form-error">{err("form")}</p>
                        </div>
                        <div class="field">
                            <label for="needs-style">"How you like to learn"</label>
                            <select
                                id="needs-style"
                                aria-describedby=described("needs-style", false)
                                aria-invalid=invalid("learning_style")
                                on:change=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.learning_style = v) }
                            >
                                <option value="" selected=move || draft.with(|d| d.learning_style.is_empty())>"Choose…"</option>
                                {Style::ALL.iter().map(|s| {
                                    let key = s.key();
                                    let label = match s {
                                        Style::Coaching => "Coaching: questions that help me find answers",
                                        Style::Directive => "Directive: direct advice and experience",
                                        Style::HandsOn => "Hands-on: working through real tasks",
                                        Style::Supportive => "Supportive: listening and encouragement",
                                    };
                                    view! { <option value=key selected=move || draft.with(|d| d.learning_style == key)>{label}</option> }
                                }).collect_view()}
                            </select>
                            <p class="field-error" id="needs-style-error">{err("learning_style")}</p>
                        </div>
                    </div>
                    <TagInput
                        id="needs-interests"
                        label="Interests"
                        hint="Optional: things you would enjoy talking about, e.g. cycling."
                        items=Signal::derive(move || draft.with(|d| d.interests.clone()))
                        on_change=Callback::new(move |v| update_needs(ctx, |d| d.interests = v))
                        error=err("interests")
                        max=MAX_LIST
                    />
                    <div class="field">
                        <label class="check" for="needs-different">
                            <input
                                id="needs-different"
                                type="checkbox"
                                prop:checked=move || draft.with(|d| d.wants_different_perspective)
                                on:change=move |ev| { let v = event_target_checked(&ev); update_needs(ctx, |d| d.wants_different_perspective = v) }
                            />
                            "I want a different perspective (a mentor from another industry)"
                        </label>
                    </div>
                    <div class="field">
                        <label for="needs-budget">"Most you would pay per month"</label>
                        <p class="hint" id="needs-budget-hint">"Whole currency units. Leave empty for no limit; free mentors always fit."</p>
                        <input
                            id="needs-budget"
                            type="text"
                            inputmode="numeric"
                            aria-describedby=described("needs-budget", true)
                            aria-invalid=invalid("max_price")
                            prop:value=text(|d| d.max_price.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.max_price = v) }
                        />
                        <p class="field-error" id="needs-budget-error">{err("max_price")}</p>
                    </div>
                </details>
                <details open class="needs-section">
                    <summary>"Must-haves"</summary>
                    <p class="hint">"A mentor who misses one of these is left out of the ranking (you can relax it from the list)."</p>
                    <div class="check-col">
                        {[
                            ("must-language", "Speaks one of my languages", 0u8),
                            ("must-format", "Offers one of my formats", 1),
                            ("must-capacity", "Has an open slot now", 2),
                            ("must-budget", "Within my budget", 3),
                            ("must-form", "Offers my mentoring form", 4),
                        ]
                            .into_iter()
                            .map(|(id, label, which)| {
                                let get = move |d: &NeedsDraft| match which {
                                    0 => d.must.language,
                                    1 => d.must.format,
                                    2 => d.must.open_capacity,
                                    3 => d.must.budget,
                                    _ => d.must.form,
                                };
                                view! {
                                    <label class="check" for=id>
                                        <input
                                            id=id
                                            type="checkbox"
                                            data-testid=id
                                            prop:checked=move || draft.with(get)
                                            on:change=move |ev| {
                                                let v = event_target_checked(&ev);
                                                update_needs(ctx, |d| match which {
                                                    0 => d.must.language = v,
                                                    1 => d.must.format = v,
                                                    2 => d.must.open_capacity = v,
                                                    3 => d.must.budget = v,
                                                    _ => d.must.form = v,
                                                });
                                            }
                                        />
                                        {label}
                                    </label>
                                }
                            })
                            .collect_view()}
                    </div>
                    <div class="field">
                        <label for="must-overlap">"At least this many shared hours a week"</label>
                        <p class="hint" id="must-overlap-hint">"Empty for no minimum."</p>
                        <input
                            id="must-overlap"
                            type="text"
                            inputmode="decimal"
                            aria-describedby=described("must-overlap", true)
                            aria-invalid=invalid("must.min_overlap_hours")
                            prop:value=text(|d| d.must.min_overlap_hours.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.must.min_overlap_hours = v) }
                        />
                        <p class="field-error" id="must-overlap-error">{err("must.min_overlap_hours")}</p>
                    </div>
                </details>
                <details open class="needs-section" data-testid="priorities">
                    <summary>"What matters most"</summary>
                    <p class="hint">"Changing one re-ranks the list at once."</p>
                    <NeedsPriorities
                        weights=Signal::derive(move || draft.with(|d| d.weights.clone()))
                        on_change=Callback::new(move |(c, key)| update_needs(ctx, |d| set_weight_key(&mut d.weights, c, key)))
                    />
                </details>
            </form>
        </section>
    }
}
