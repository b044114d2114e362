use leptos::prelude::*;

use crate::core::sessions::ics;
use crate::ui::browser;
use crate::ui::components::{sessions::session_card::SessionCard, sessions::session_ctx::PlanCtx};

/// Every session as an expandable card (status, agenda, private notes, action items,
/// feedback), plus the whole series as a calendar file.
#[component]
pub fn SessionList(
    /// The shared plan handle.
    plan: PlanCtx,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        plan.plan
            .with(|p| p.sessions.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    // The first session not yet logged, opened by default.
    let next_id = StoredValue::new(plan.plan.with_untracked(|p| {
        p.sessions
            .iter()
            .find(|s| {
                s.date >= plan.app.today
                    && s.status == crate::core::sessions::plan::SessionStatus::Planned
            })
            .map(|s| s.id.clone())
    }));
    let error = RwSignal::new(None::<String>);
    let download_series = move |_| {
        let r = plan.goal.with_untracked(|g| {
            let g = g.as_ref().ok_or("Finish your goal first.")?;
            plan.plan
                .with_untracked(|p| ics::series_ics(p, g, browser::now_utc()))
        });
        error.set(
            r.and_then(|text| browser::download(&ics::ics_filename(None), "text/calendar", &text))
                .err(),
        );
    };
    view! {
        <h2>"Sessions"</h2>
        <Show
            when=move || !ids.with(Vec::is_empty)
            fallback=|| view! {
                <p class="card" data-testid="no-sessions">
                    "No sessions yet. Generate a schedule in the Schedule section: each session then gets an agenda you can edit, private notes and action items."
                </p>
            }
        >
            <div class="actions">
                <button type="button" class="button" data-testid="download-series" on:click=download_series>
                    "Add all sessions to my calendar (.ics)"
                </button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <ol class="session-cards plain-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <SessionCard plan=plan open=next_id.with_value(|n| n.as_deref() == Some(id.as_str())) id=id/>
                </For>
            </ol>
        </Show>
    }
}
