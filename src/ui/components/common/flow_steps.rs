//! The goal → mentors → sessions progress list of the Plan overview.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::flow::{Flow, StepState};

/// The goal → mentors → sessions progress list shown on the Plan overview.
#[component]
pub fn FlowSteps(
    /// The flow as computed from the stored state.
    flow: Memo<Flow>,
) -> impl IntoView {
    view! {
        <ol class="flow-steps" aria-label="Your progress">
            {move || {
                flow.get()
                    .steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let (class, status) = match s.state {
                            StepState::Done => ("done", "Done"),
                            StepState::Current => ("current", "Next"),
                            StepState::InProgress => ("current", "In progress"),
                            StepState::Waiting => ("waiting", "Later"),
                        };
                        view! {
                            <li class=format!("flow-step {class}") data-testid=format!("step-{}", s.key)>
                                <span class="flow-num" aria-hidden="true">{i + 1}</span>
                                <div>
                                    <h3>
                                        <A href=s.href>{s.title}</A>
                                        " "
                                        <span class="badge">{status}</span>
                                    </h3>
                                    <p>{s.summary}</p>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}
