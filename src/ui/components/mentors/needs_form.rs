//! The "What you need" form that drives the mentor ranking.

use leptos::prelude::*;

use crate::core::form::FieldError;
use crate::core::mentors::mentor::{CareerStage, Format, MentoringForm, Style};
use crate::core::mentors::needs::{MAX_LIST, NeedsDraft, WeightsDraft, WindowDraft};
use crate::ui::components::mentors::matching::Matching;
use crate::ui::components::{
    common::field::Field,
    common::field_set::FieldSet,
    common::tag_input::TagInput,
    mentors::needs_priorities::{NeedsPriorities, set_weight_key},
    mentors::needs_windows::NeedsWindows,
};
use crate::ui::state::AppCtx;

/// "What you need": the mentee's profile, free times, preferences, must-haves and the
/// importance of each soft criterion. Saves as you type; when something is invalid every
/// problem is listed at once and the ranking keeps using the last valid answers.
#[component]
pub fn NeedsForm() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    let draft = Memo::new(move |_| ctx.state.with(|s| s.needs.clone()));
    // Shown as the placeholder of an empty time zone: what the ranking assumes.
    let assumed_zone = crate::ui::browser::browser_facts().zone_name();
    let errors = Memo::new(move |_| {
        m.checked
            .with(|c| c.as_ref().err().cloned().unwrap_or_default())
    });
    // A field's error shows once the mentee has left or changed it, never before.
    let touched = RwSignal::new(Vec::<String>::new());
    let seen = move |prefix: &str| touched.with(|t| t.iter().any(|id| id.starts_with(prefix)));
    let err = move |field: &'static str| {
        Signal::derive(move || {
            seen(input_of(field))
                .then(|| errors.with(|e| field_error(e, field)))
                .flatten()
        })
    };
    // Each part of the draft as its own memo, so a change of one answer (an importance) leaves
    // the other fields' bindings (free-time rows, tags) idle instead of re-rendering them.
    let text = move |f: fn(&NeedsDraft) -> String| {
        Signal::<String>::from(Memo::new(move |_| draft.with(f)))
    };
    let list = move |f: fn(&NeedsDraft) -> Vec<String>| {
        Signal::<Vec<String>>::from(Memo::new(move |_| draft.with(f)))
    };
    let windows: Signal<Vec<WindowDraft>> =
        Memo::new(move |_| draft.with(|d| d.availability.clone())).into();
    let weights: Signal<WeightsDraft> =
        Memo::new(move |_| draft.with(|d| d.weights.clone())).into();
    let has_last_valid = Memo::new(move |_| m.needs.with(Option::is_some));
    // The choices' own parts, so their options and boxes are re-checked only when theirs
    // changes (not on every importance change).
    let stage = text(|d| d.stage.clone());
    let form = text(|d| d.form.clone());
    let style = text(|d| d.learning_style.clone());
    let formats = list(|d| d.formats.clone());
    let different = Memo::new(move |_| draft.with(|d| d.wants_different_perspective));
    let must = Memo::new(move |_| {
        draft.with(|d| {
            let m = &d.must;
            [m.language, m.format, m.open_capacity, m.budget, m.form]
        })
    });

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
            <form on:submit=move |ev| ev.prevent_default() novalidate
                on:focusout=move |ev| crate::ui::browser::touch(touched, &ev)
                on:change=move |ev| crate::ui::browser::touch(touched, &ev)>
                <details open class="needs-section">
                    <summary>"About you"</summary>
                    <div class="grid-2">
                        <Field
                            id="needs-industry"
                            label="Your industry"
                            hint="Optional. Leave empty if industry does not matter."
                            error=err("industry")
                        >
                            <input
                                type="text"
                                list="industry-list"
                                prop:value=text(|d| d.industry.clone())
                                on:input=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.industry = v) }
                            />
                        </Field>
                        <datalist id="industry-list">
                            {INDUSTRIES.iter().map(|i| view! { <option value=*i></option> }).collect_view()}
                        </datalist>
                        <Field id="needs-stage" label="Your career stage" error=err("stage")>
                            <select
                                on:change=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.stage = v) }
                            >
                                <option value="" selected=move || stage.with(String::is_empty)>"Choose…"</option>
                                {CareerStage::ALL.iter().map(|s| {
                                    let key = s.key();
                                    view! { <option value=key selected=move || stage.with(|v| v == key)>{s.label()}</option> }
                                }).collect_view()}
                            </select>
                        </Field>
                    </div>
                    <TagInput
                        id="needs-languages"
                        label="Languages you speak"
                        hint="e.g. English, Spanish. Press Enter after each."
                        items=list(|d| d.languages.clone())
                        on_change=Callback::new(move |v| update_needs(ctx, |d| d.languages = v))
                        error=err("languages")
                        max=MAX_LIST
                    />
                    <Field
                        id="needs-tz"
                        label="Your time zone"
                        hint="An IANA name such as Europe/London. Your free times are in this zone."
                        error=err("time_zone")
                    >
                        <input
                            type="text"
                            list="tz-list"
                            autocomplete="off"
                            placeholder=assumed_zone
                            prop:value=text(|d| d.time_zone.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.time_zone = v) }
                        />
                    </Field>
                    <datalist id="tz-list">
                        {ZONES.iter().map(|z| view! { <option value=*z></option> }).collect_view()}
                    </datalist>
                    <NeedsWindows
                        windows=windows
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
                    <FieldSet id="needs-formats" legend="Preferred formats" error=err("formats")>
                        <div class="check-row">
                            {Format::ALL.iter().map(|f| {
                                let key = f.key();
                                view! {
                                    <Field id=format!("fmt-{key}") label=f.label() bare=true label_class="check" inline=true>
                                        <input
                                            type="checkbox"
                                            prop:checked=move || formats.with(|v| v.iter().any(|x| x == key))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                update_needs(ctx, |d| {
                                                    d.formats.retain(|x| x != key);
                                                    if on { d.formats.push(key.to_string()); }
                                                });
                                            }
                                        />
                                    </Field>
                                }
                            }).collect_view()}
                        </div>
                    </FieldSet>
                    <div class="grid-2">
                        <Field id="needs-form" label="Mentoring form" error=err("form")>
                            <select
                                on:change=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.form = v) }
                            >
                                {MentoringForm::ALL.iter().map(|f| {
                                    let key = f.key();
                                    view! { <option value=key selected=move || form.with(|v| v == key)>{f.label()}</option> }
                                }).collect_view()}
                            </select>
                        </Field>
                        <Field id="needs-style" label="How you like to learn" error=err("learning_style")>
                            <select
                                on:change=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.learning_style = v) }
                            >
                                <option value="" selected=move || style.with(String::is_empty)>"Choose…"</option>
                                {Style::ALL.iter().map(|s| {
                                    let key = s.key();
                                    let label = match s {
                                        Style::Coaching => "Coaching: questions that help me find answers",
                                        Style::Directive => "Directive: direct advice and experience",
                                        Style::HandsOn => "Hands-on: working through real tasks",
                                        Style::Supportive => "Supportive: listening and encouragement",
                                    };
                                    view! { <option value=key selected=move || style.with(|v| v == key)>{label}</option> }
                                }).collect_view()}
                            </select>
                        </Field>
                    </div>
                    <TagInput
                        id="needs-interests"
                        label="Interests"
                        hint="Optional: things you would enjoy talking about, e.g. cycling."
                        items=list(|d| d.interests.clone())
                        on_change=Callback::new(move |v| update_needs(ctx, |d| d.interests = v))
                        error=err("interests")
                        max=MAX_LIST
                    />
                    <Field
                        id="needs-different"
                        label="I want a different perspective (a mentor from another industry)"
                        label_class="check"
                        inline=true
                    >
                        <input
                            type="checkbox"
                            prop:checked=move || different.get()
                            on:change=move |ev| { let v = event_target_checked(&ev); update_needs(ctx, |d| d.wants_different_perspective = v) }
                        />
                    </Field>
                    <Field
                        id="needs-budget"
                        label="Most you would pay per month"
                        hint="Whole currency units. Leave empty for no limit; free mentors always fit."
                        error=err("max_price")
                    >
                        <input
                            type="text"
                            inputmode="numeric"
                            prop:value=text(|d| d.max_price.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.max_price = v) }
                        />
                    </Field>
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
                                view! {
                                    <Field id=id label=label bare=true label_class="check" inline=true>
                                        <input
                                            type="checkbox"
                                            data-testid=id
                                            prop:checked=move || must.with(|v| v[usize::from(which)])
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
                                    </Field>
                                }
                            })
                            .collect_view()}
                    </div>
                    <Field
                        id="must-overlap"
                        label="At least this many shared hours a week"
                        hint="Empty for no minimum."
                        error=err("must.min_overlap_hours")
                    >
                        <input
                            type="text"
                            inputmode="decimal"
                            prop:value=text(|d| d.must.min_overlap_hours.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); update_needs(ctx, |d| d.must.min_overlap_hours = v) }
                        />
                    </Field>
                </details>
                <details open class="needs-section" data-testid="priorities">
                    <summary>"What matters most"</summary>
                    <p class="hint">"Changing one re-ranks the list at once."</p>
                    <NeedsPriorities
                        weights=weights
                        on_change=Callback::new(move |(c, key)| update_needs(ctx, |d| set_weight_key(&mut d.weights, c, key)))
                    />
                </details>
            </form>
        </section>
    }
}

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

/// Edits the stored needs (an answer not given stays empty: "not said", never an assumption).
fn update_needs(ctx: AppCtx, f: impl FnOnce(&mut NeedsDraft)) {
    ctx.state.update(|s| f(&mut s.needs));
}

/// The id (or id prefix) of the input a needs field is entered in.
fn input_of(field: &str) -> &'static str {
    match field {
        "industry" => "needs-industry",
        "stage" => "needs-stage",
        "languages" => "needs-languages",
        "time_zone" => "needs-tz",
        "formats" => "fmt-",
        "form" => "needs-form",
        "learning_style" => "needs-style",
        "interests" => "needs-interests",
        "max_price" => "needs-budget",
        f if f.starts_with("must.") => "must-",
        _ => "needs-",
    }
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
