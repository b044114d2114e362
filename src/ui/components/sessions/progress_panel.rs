use leptos::prelude::*;

use crate::core::goals::smart::human_date;
use crate::core::sessions::progress::{Progress, health, progress};
use crate::ui::components::{
    sessions::progress_health::ProgressHealth, sessions::progress_timeline::ProgressTimeline,
    sessions::progress_wins::ProgressWins, sessions::session_ctx::PlanCtx,
};

/// Progress at a glance: milestones (marked done here, with a short celebration), action
/// items done by each side, sessions held against planned, the timeline, wins and health
/// warnings.
#[component]
pub fn ProgressPanel(
    /// The shared plan handle.
    plan: PlanCtx,
) -> impl IntoView {
    let app = plan.app;
    let today = app.today;
    let summary = Memo::new(move |_| {
        plan.goal.with(|g| {
            g.as_ref()
                .map(|g| plan.plan.with(|p| progress(p, g, today)))
                .unwrap_or_default()
        })
    });
    let warnings = Memo::new(move |_| {
        plan.goal.with(|g| {
            g.as_ref()
                .map(|g| plan.plan.with(|p| health(p, g, today)))
                .unwrap_or_default()
        })
    });
    let timeline = Memo::new(move |_| summary.with(|s| s.timeline.clone()));
    let milestones = Memo::new(move |_| {
        app.state.with(|s| {
            s.active()
                .map(|g| g.draft.milestones.clone())
                .unwrap_or_default()
        })
    });
    let celebrate = RwSignal::new(None::<String>);
    let toggle = move |i: usize, done: bool| {
        let title = milestones.with_untracked(|m| m.get(i).map(|m| m.title.clone()));
        app.update_draft(|d| {
            if let Some(m) = d.milestones.get_mut(i) {
                m.done = if done {
                    today.to_string()
                } else {
                    String::new()
                };
            }
        });
        celebrate.set(
            title
                .filter(|_| done)
                .map(|t| format!("Milestone done: {t}. Well done — that is real progress.")),
        );
    };
    let stat = |label: &'static str, f: fn(&Progress) -> (usize, usize), testid: &'static str| {
        view! {
            <div class="stat card" data-testid=testid>
                <p class="stat-num">{move || summary.with(|s| { let (a, b) = f(s); format!("{a} of {b}") })}</p>
                <p class="stat-label">{label}</p>
            </div>
        }
    };
    view! {
        <h2>"Progress"</h2>
        <div class="stats">
            {stat("milestones done", |s| (s.milestones_done, s.milestones_total), "stat-milestones")}
            {stat("sessions held of those planned to date", |s| (s.sessions_held, s.sessions_planned_to_date), "stat-sessions")}
            {stat("your action items done", |s| (s.mentee_actions_done, s.mentee_actions_total), "stat-mentee")}
            {stat("your mentor's action items done", |s| (s.mentor_actions_done, s.mentor_actions_total), "stat-mentor")}
        </div>
        <p class="hint">{move || summary.with(|s| format!("{} sessions in the plan, not counting cancelled ones.", s.sessions_total))}</p>
        <ProgressHealth plan=plan warnings=warnings/>
        <ProgressTimeline points=timeline/>
        <section class="card" aria-labelledby="ms-progress-title">
            <h3 id="ms-progress-title">"Milestones"</h3>
            <div role="status" class="celebrate-box">
                {move || celebrate.get().map(|m| view! { <p class="celebrate" data-testid="celebrate"><span aria-hidden="true">"🎉 "</span>{m}</p> })}
            </div>
            <ul class="plain-list ms-progress">
                <For each=move || 0..milestones.with(Vec::len) key=|i| *i let:i>
                    {
                        let m = move || milestones.with(|l| l.get(i).cloned().unwrap_or_default());
                        let id = format!("msp-{i}");
                        let for_id = id.clone();
                        view! {
                            <li class:is-done=move || !m().done.is_empty()>
                                <label class="check" for=for_id>
                                    <input type="checkbox" id=id prop:checked=move || !m().done.is_empty()
                                        on:change=move |ev| toggle(i, event_target_checked(&ev)) />
                                    <span>
                                        <strong>{move || m().title}</strong>
                                        <span class="hint">{move || {
                                            let m = m();
                                            let target = crate::core::form::parse_iso_date(&m.target).map(human_date).unwrap_or(m.target);
                                            match crate::core::form::parse_iso_date(&m.done) {
                                                Some(d) => format!(" · by {target} · done {}", human_date(d)),
                                                None => format!(" · by {target}"),
                                            }
                                        }}</span>
                                    </span>
                                </label>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
        <ProgressWins plan=plan/>
    }
}
