//! The Plan route: the overview of the flow and the next step.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::flow;
use crate::ui::components::common::flow_steps::FlowSteps;
use crate::ui::components::sharing::share_dialog::ShareDialog;
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
    view! {
        <div class="page" data-testid="page-plan">
            <h1>"Your mentoring plan"</h1>
            <p class="lede">
                "Trellis helps you set a goal a mentor can act on, find mentors who fit, and run the mentorship — privately, in this browser."
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
            <FlowSteps flow=flow/>
            <ShareDialog/>
        </div>
    }
}
