//! The plan-type choice: an ongoing mentorship or one micro-mentoring session.

use leptos::prelude::*;

use crate::core::sessions::micro::{self, MicroDraft, PlanKind};
use crate::ui::browser;
use crate::ui::components::common::{field::Field, field_set::FieldSet};
use crate::ui::components::sessions::session_ctx::PlanCtx;

/// "What kind of plan?": an ongoing mentorship (agreement, schedule, sessions) or one
/// micro-mentoring session (one question, 20–30 minutes, the follow-up). Shown while the type
/// can still be chosen ([`micro::can_choose`]); a mentor who offers only micro-mentoring starts
/// on it and the line under the choice says why. Switching keeps what was typed in either form.
#[component]
pub fn PlanKindChoice(
    /// The shared plan handle.
    plan: PlanCtx,
    /// The plan's kind as it stands ([`micro::kind`]).
    kind: Memo<PlanKind>,
) -> impl IntoView {
    let app = plan.app;
    let pick = move |k: PlanKind| {
        app.update_goal(|g| {
            let draft = g.micro_draft.get_or_insert_with(|| {
                g.mentorship
                    .as_ref()
                    .and_then(MicroDraft::from_plan)
                    .unwrap_or_else(|| {
                        let zone = browser::browser_time_zone().unwrap_or_else(|| "UTC".into());
                        MicroDraft::default_for(app.today + chrono::Duration::days(7), &zone)
                    })
            });
            draft.chosen = k == PlanKind::Micro;
            let valid = draft.validate();
            match (k, g.mentorship.as_mut()) {
                // The session stays; the question and follow-up stay in the form.
                (PlanKind::Ongoing, Some(m)) => m.clear_micro(),
                // Back to a micro plan saved before: it is one again at once.
                (PlanKind::Micro, Some(m)) if m.micro.is_none() && !m.sessions.is_empty() => {
                    if let Ok(p) = valid {
                        let _ = m.set_micro(p, app.today);
                    }
                }
                _ => {}
            }
        });
    };
    let micro_only = Memo::new(move |_| {
        plan.mentor.with(|m| {
            m.as_ref()
                .filter(|m| micro::micro_only(m))
                .map(|m| m.name.clone())
        })
    });
    view! {
        <FieldSet id="plan-kind" class="field plan-kind card" legend="What kind of plan?">
            {[PlanKind::Ongoing, PlanKind::Micro].into_iter().map(|k| {
                let key = if k == PlanKind::Micro { "micro" } else { "ongoing" };
                view! {
                    <Field id=format!("plan-kind-{key}") label=view! { <span><strong>{k.label()}</strong>" — "{k.hint()}</span> }.into_any()
                        bare=true label_class="check" inline=true>
                        <input type="radio" name="plan-kind" data-testid=format!("plan-kind-{key}")
                            prop:checked=move || kind.get() == k
                            on:change=move |_| pick(k) />
                    </Field>
                }
            }).collect_view()}
            {move || micro_only.get().map(|name| view! {
                <p class="hint" data-testid="micro-only">
                    <bdi>{name}</bdi>" offers micro-mentoring only, so your plan starts as one focused session."
                </p>
            })}
        </FieldSet>
    }
}
