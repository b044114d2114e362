//! The Plan route: the overview of the flow and the next step.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::flow;
use crate::ui::components::common::flow_steps::FlowSteps;
use crate::ui::components::sharing::deferred;
use crate::ui::components::sharing::mentor_notes::MentorNotes;
use crate::ui::state::AppCtx;

/// The Plan overview: where the mentee is in the flow and what to do next.
#[component]
pub fn PlanPage() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let flow = Memo::new(move |_| ctx.state.with(flow::flow));
    let next = move || {
        let f = flow.get();
        f.next.map(|i| f.steps[i].clone())
    };
    // Someone who only mentors (no goal of their own) reads the page from that side.
    let only_mentor = Memo::new(move |_| {
        ctx.state
            .with(|s| s.goals.is_empty() && !s.mentoring.is_empty())
    });
    view! {
        <div class="page" data-testid="page-plan">
            <h1>{move || if only_mentor.get() { "Mentoring" } else { "Your mentoring plan" }}</h1>
            {deferred::mentored_plans()}
            <p class="lede">
                {move || if only_mentor.get() {
                    "Want a mentor yourself? Trellis helps you set a goal a mentor can act on, find mentors who fit, and run the mentorship — privately, in this browser."
                } else {
                    "Trellis helps you set a goal a mentor can act on, find mentors who fit, and run the mentorship — privately, in this browser."
                }}
            </p>
            {move || {
                next()
                    .map(|s| {
                        view! {
                            <section class="card next-step" aria-labelledby="next-title">
                                <h2 id="next-title">"Next: "{s.title}</h2>
                                <p>{s.summary.clone()}</p>
                                <A href=s.href attr:class="button primary">
                                    {if s.state == flow::StepState::InProgress { "Continue" } else { "Start" }}
                                </A>
                            </section>
                        }
                    })
            }}
            <MentorNotes/>
            <FlowSteps flow=flow/>
            {deferred::share_dialog()}
            {deferred::prompt_dialog()}
        </div>
    }
}
