//! One session of a shared plan: when (in the viewer's time and the mentee's) and its agenda.

use leptos::prelude::*;

use crate::core::sessions::plan::{AgendaItem, SessionStatus};
use crate::core::sharing::glance::SessionTime;

/// One session of a shared plan as a list item: its number and status, when it is in the
/// viewer's own time with the mentee's beside it, and its agenda (the mentee's, or the one
/// Trellis suggests). Text from the link is rendered as text.
#[component]
pub fn SharedSession(
    /// Position in the plan, from 0 (shown as "Session {index + 1}").
    index: usize,
    /// Held, planned, missed or cancelled.
    status: SessionStatus,
    /// When, for this viewer.
    time: SessionTime,
    /// The agenda to show (empty shows none).
    agenda: Vec<AgendaItem>,
    /// Whether the mentee wrote the agenda (else it is Trellis's suggestion).
    edited: bool,
) -> impl IntoView {
    view! {
        <li class="shared-session" data-testid="shared-session">
            <h3 class="shared-session-title">
                {format!("Session {}", index + 1)}
                <span class=format!("badge status-{}", status.label().to_lowercase())>{status.label()}</span>
            </h3>
            <p class="shared-session-when">
                {time.viewer}
                {time.mentee.map(|m| view! { <span class="shared-session-theirs">" ("{m}")"</span> })}
            </p>
            {(!agenda.is_empty()).then(|| view! {
                <p class="hint">{if edited { "Agenda" } else { "Suggested agenda" }}</p>
                <ul class="shared-agenda">
                    {agenda.into_iter().map(|item| view! {
                        <li class:is-done=item.done>
                            {item.text}
                            {item.done.then_some(" (done)")}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}
