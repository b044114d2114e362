//! The mentee's quick feedback on a held session.

use leptos::prelude::*;

use crate::core::sessions::plan::Feedback;
use crate::ui::components::common::{field::Field, field_set::FieldSet};
use crate::ui::components::sessions::session_ctx::PlanCtx;

/// The mentee's quick feedback on a held session: a 1–5 rating and one sentence.
#[component]
pub fn SessionFeedback(
    /// The shared plan handle.
    plan: PlanCtx,
    /// The session's stable id.
    id: String,
    /// The session's position (for labels).
    number: Memo<usize>,
) -> impl IntoView {
    let sid = StoredValue::new(id.clone());
    let feedback = Memo::new(move |_| {
        plan.plan
            .with(|p| sid.with_value(|id| p.session(id).and_then(|s| s.feedback.clone())))
    });
    let set = move |rating: Option<u8>, sentence: Option<String>| {
        plan.update(|m| {
            sid.with_value(|id| {
                if let Some(s) = m.session_mut(id) {
                    let old = s.feedback.clone();
                    let r = rating.or(old.as_ref().map(|f| f.rating)).unwrap_or(3);
                    let t = sentence.or(old.map(|f| f.sentence)).unwrap_or_default();
                    s.feedback = Some(Feedback::new(r, t));
                }
            })
        });
    };
    let name = format!("rating-{id}");
    let sentence_id = format!("fb-{id}");
    view! {
        <FieldSet id=format!("feedback-{id}") class="field feedback" legend=move || format!("How was session {}?", number.get())>
            <div class="rating">
                {(1u8..=5).map(|r| {
                    let label = match r { 1 => "1 — not useful", 5 => "5 — very useful", _ => "" };
                    let label = if label.is_empty() { r.to_string() } else { label.to_string() };
                    let radio_name = name.clone();
                    view! {
                        <Field id=format!("{name}-{r}") label=label bare=true label_class="check" inline=true>
                            <input type="radio" name=radio_name value=r.to_string()
                                prop:checked=move || feedback.with(|f| f.as_ref().is_some_and(|f| f.rating == r))
                                on:change=move |_| set(Some(r), None) />
                        </Field>
                    }
                }).collect_view()}
            </div>
            <Field id=sentence_id label="In one sentence" bare=true>
                <input type="text" placeholder="What helped most?"
                    prop:value=move || feedback.with(|f| f.as_ref().map(|f| f.sentence.clone()).unwrap_or_default())
                    on:input=move |ev| set(None, Some(event_target_value(&ev))) />
            </Field>
        </FieldSet>
    }
}
