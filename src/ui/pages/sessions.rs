//! The Sessions route: agreement, schedule, sessions and progress as tabs.

use leptos::prelude::*;

use crate::core::sessions::micro::{self, PlanKind};
use crate::ui::components::{
    common::empty_state::EmptyState, sessions::agreement_form::AgreementForm,
    sessions::micro_form::MicroForm, sessions::plan_kind_choice::PlanKindChoice,
    sessions::progress_panel::ProgressPanel, sessions::schedule_editor::ScheduleEditor,
    sessions::session_ctx::PlanCtx, sessions::session_list::SessionList,
    sessions::session_mentor_form::SessionMentorForm, sharing::prompt_dialog::PromptDialog,
};
use crate::ui::state::AppCtx;

/// Session planning: agree, schedule, run and review the mentorship. Needs a valid goal; a
/// mentor can be chosen on the Mentors page or typed in by hand.
#[component]
pub fn SessionsPage() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let plan = PlanCtx::new(ctx);
    let has_goal = Memo::new(move |_| plan.goal.with(Option::is_some));
    let has_mentor = Memo::new(move |_| plan.mentor.with(Option::is_some));
    // An ongoing mentorship or one micro-mentoring session (the choice shows while it can
    // still be made).
    let kind = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.active()
                .map(|g| {
                    micro::kind(
                        g.mentorship.as_ref(),
                        g.micro_draft.as_ref(),
                        g.mentor.as_ref(),
                    )
                })
                .unwrap_or(PlanKind::Ongoing)
        })
    });
    let choosable = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.active()
                .is_some_and(|g| micro::can_choose(g.mentorship.as_ref()))
        })
    });
    view! {
        <div class="page sessions-page" data-testid="page-sessions">
            <h1>"Sessions"</h1>
            <Show
                when=move || has_goal.get()
                fallback=|| {
                    view! {
                        <EmptyState
                            title="Plan the mentorship"
                            body="Here you and your mentor agree on expectations, set a regular schedule, and give every session an agenda and action items. It starts from your goal: finish it first so the agreement and agendas can use it."
                            action_href="/goal"
                            action_label="Finish your goal first"
                        />
                    }
                }
            >
                <Show when=move || has_mentor.get() fallback=move || view! { <SessionMentorForm plan=plan/> }>
                    <Show when=move || choosable.get()>
                        <PlanKindChoice plan=plan kind=kind/>
                    </Show>
                    {move || match kind.get() {
                        PlanKind::Micro => view! { <MicroForm plan=plan/> }.into_any(),
                        PlanKind::Ongoing => view! { <SessionTabs plan=plan/> }.into_any(),
                    }}
                </Show>
                <PromptDialog/>
            </Show>
        </div>
    }
}

/// The section tabs (arrow keys move between them) and the selected section.
#[component]
fn SessionTabs(
    /// The shared plan handle.
    plan: PlanCtx,
) -> impl IntoView {
    let selected = RwSignal::new(0usize);
    let pick = move |i: usize| {
        selected.set(i);
        crate::ui::browser::focus_later(
            [
                "tab-agreement",
                "tab-schedule",
                "tab-sessions",
                "tab-progress",
            ][i],
        );
    };
    let mentor_line = move || {
        plan.mentor.with(|m| {
            m.as_ref()
                .map(|m| format!("With {} ({})", m.name, m.time_zone))
                .unwrap_or_default()
        })
    };
    view! {
        <p class="lede" data-testid="mentor-line">{mentor_line}</p>
        <div class="session-tabs no-print" role="tablist" aria-label="Planning sections">
            {SECTIONS
                .iter()
                .enumerate()
                .map(|(i, (key, label))| {
                    view! {
                        <button
                            type="button"
                            role="tab"
                            id=format!("tab-{key}")
                            aria-controls=move || (selected.get() == i).then(|| format!("panel-{key}"))
                            aria-selected=move || (selected.get() == i).to_string()
                            tabindex=move || if selected.get() == i { "0" } else { "-1" }
                            on:click=move |_| selected.set(i)
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                let n = SECTIONS.len();
                                match ev.key().as_str() {
                                    "ArrowRight" => { ev.prevent_default(); pick((i + 1) % n) }
                                    "ArrowLeft" => { ev.prevent_default(); pick((i + n - 1) % n) }
                                    "Home" => { ev.prevent_default(); pick(0) }
                                    "End" => { ev.prevent_default(); pick(n - 1) }
                                    _ => {}
                                }
                            }
                        >
                            {*label}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        {move || {
            let i = selected.get();
            let (key, _) = SECTIONS[i];
            let body = match i {
                0 => view! { <AgreementForm plan=plan/> }.into_any(),
                1 => view! { <ScheduleEditor plan=plan/> }.into_any(),
                2 => view! { <SessionList plan=plan/> }.into_any(),
                _ => view! { <ProgressPanel plan=plan/> }.into_any(),
            };
            view! {
                <section
                    class="session-panel"
                    role="tabpanel"
                    id=format!("panel-{key}")
                    aria-labelledby=format!("tab-{key}")
                    data-testid=format!("panel-{key}")
                >
                    {body}
                </section>
            }
        }}
    }
}

/// The four sections of the Sessions page, in tab order: (key, label).
const SECTIONS: [(&str, &str); 4] = [
    ("agreement", "Agreement"),
    ("schedule", "Schedule"),
    ("sessions", "Sessions"),
    ("progress", "Progress"),
];
