//! The "What matters most" importance choices of the needs form.

use leptos::prelude::*;

use crate::core::mentors::needs::{Criterion, Importance, WeightsDraft};
use crate::ui::components::common::field::Field;

/// The draft's importance key for one criterion (empty means "somewhat").
pub fn weight_key(w: &WeightsDraft, c: Criterion) -> &str {
    let raw = match c {
        Criterion::Skills => &w.skills,
        Criterion::Industry => &w.industry,
        Criterion::Experience => &w.experience,
        Criterion::Availability => &w.availability,
        Criterion::Style => &w.style,
        Criterion::Interests => &w.interests,
    };
    if raw.trim().is_empty() {
        Importance::Somewhat.key()
    } else {
        raw.as_str()
    }
}

/// Sets the draft's importance key for one criterion.
pub fn set_weight_key(w: &mut WeightsDraft, c: Criterion, key: String) {
    match c {
        Criterion::Skills => w.skills = key,
        Criterion::Industry => w.industry = key,
        Criterion::Experience => w.experience = key,
        Criterion::Availability => w.availability = key,
        Criterion::Style => w.style = key,
        Criterion::Interests => w.interests = key,
    }
}

/// How much each soft criterion matters (not / somewhat / very / essential). A change
/// re-ranks the list at once.
#[component]
pub fn NeedsPriorities(
    /// The importance keys as the form holds them.
    #[prop(into)]
    weights: Signal<WeightsDraft>,
    /// Called with a criterion and its new importance key.
    on_change: Callback<(Criterion, String)>,
) -> impl IntoView {
    let hint = |c: Criterion| match c {
        Criterion::Skills => "Offers your goal's focus skills (or related ones).",
        Criterion::Industry => {
            "Works in your industry (or another, if you want a different perspective)."
        }
        Criterion::Experience => "A career stage that suits the mentoring form.",
        Criterion::Availability => "Hours you are both free each week.",
        Criterion::Style => "Teaches the way you like to learn.",
        Criterion::Interests => "Shares your interests.",
    };
    view! {
        <div class="priorities">
            {Criterion::ALL
                .into_iter()
                .map(|c| {
                    // This criterion's key alone, so a change of one importance re-checks
                    // the options of one select, not of all six.
                    let current =
                        Memo::new(move |_| weights.with(|w| weight_key(w, c).to_string()));
                    view! {
                        <Field id=format!("weight-{}", c.key()) label=c.label() hint=hint(c) class="field priority">
                            <select
                                data-testid=format!("weight-{}", c.key())
                                on:change=move |ev| on_change.run((c, event_target_value(&ev)))
                            >
                                {Importance::ALL
                                    .into_iter()
                                    .map(|i| {
                                        view! {
                                            <option
                                                value=i.key()
                                                selected=move || current.with(|k| k == i.key())
                                            >
                                                {i.label()}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </Field>
                    }
                })
                .collect_view()}
        </div>
    }
}
