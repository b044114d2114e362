//! One plan in "Plans I mentor": the mentee's plan at a glance, the mentor's private notes,
//! and the reply the mentor is writing.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::goals::smart::human_date;
use crate::core::sharing::glance::glance;
use crate::core::sharing::mentoring;
use crate::core::store::MentorCopy;
use crate::ui::components::common::field::Field;
use crate::ui::components::sharing::reply_editor::ReplyEditor;
use crate::ui::state::AppCtx;

/// One mentee's plan, from the mentor's side: whose it is, the goal, progress and the next
/// session in the mentor's own time, a link to open it in full, the mentor's notes (kept on
/// this device only, never in a link) and a guarded Remove. A stored link that no longer reads
/// is shown with its reason and kept.
#[component]
pub fn MentoredPlanCard(
    /// The stored copy.
    copy: MentorCopy,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let id = StoredValue::new(copy.id.clone());
    let confirming = RwSignal::new(false);
    let plan = crate::core::sharing::share::decode(&copy.link);
    let viewer_zone = crate::ui::browser::browser_time_zone();
    let title_id = format!("mentored-{}-title", copy.id);
    let notes_id = format!("mentored-{}-notes", copy.id);
    let href = format!("/shared#{}", copy.link);
    let mut reply_editor = None;
    let body = match plan {
        Ok(plan) => {
            let g = glance(&plan, ctx.today, viewer_zone.as_deref());
            let mentee = plan
                .mentee_name
                .clone()
                .unwrap_or_else(|| "your mentee".into());
            reply_editor = Some(view! { <ReplyEditor copy_id=copy.id.clone() plan=plan.clone() mentee=mentee/> });
            view! {
                <p class="eyebrow" id=title_id.clone()><bdi>{g.title}</bdi></p>
                <p class="mentored-goal"><strong>{g.goal}</strong></p>
                <dl class="facts shared-facts">
                    <dt>"Deadline"</dt><dd>{human_date(g.deadline)}</dd>
                    <dt>"Progress"</dt><dd>{g.progress}</dd>
                    <dt>"Next session"</dt>
                    <dd>{match g.next {
                        Some(n) => format!("{}{}", n.time.viewer, n.time.mentee.map(|m| format!(" ({m})")).unwrap_or_default()),
                        None => "None planned in this link".to_string(),
                    }}</dd>
                </dl>
            }
            .into_any()
        }
        Err(e) => view! {
            <p class="eyebrow" id=title_id.clone()>"A saved plan"</p>
            <p class="field-error">{format!("This saved link can no longer be read: {e}. It is kept as it was.")}</p>
        }
        .into_any(),
    };
    let notes = copy.notes.clone();
    view! {
        <article class="card mentored-plan" aria-labelledby=title_id data-testid="mentored-plan">
            {body}
            <p class="hint">{format!("Saved on {}. ", copy.saved_on)}<A href=href attr:data-testid="mentored-open">"Open the plan"</A></p>
            <Field id=notes_id label=view! { "My notes "<span class="private-badge">"Only on this device"</span> }.into_any()>
                <textarea
                    data-testid="mentored-notes"
                    prop:value=notes
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ctx.state.update(|s| { mentoring::set_notes(s, &id.get_value(), &v); });
                    }
                ></textarea>
            </Field>
            {reply_editor}
            <div class="actions">
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button subtle" data-testid="mentored-remove" on:click=move |_| confirming.set(true)>"Remove…"</button>
                    }
                >
                    <span>"Remove this plan and your notes from this device?"</span>
                    <button type="button" class="button danger" data-testid="mentored-remove-confirm"
                        on:click=move |_| ctx.state.update(|s| { mentoring::remove(s, &id.get_value()); })>"Remove"</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>"Keep"</button>
                </Show>
            </div>
        </article>
    }
}
