//! Notes the mentor sent in reply links, on the mentee's plan.

use leptos::prelude::*;

use crate::ui::state::AppCtx;

/// The notes from the mentor that the mentee took from reply links, newest first. Nothing
/// shows while there are none.
#[component]
pub fn MentorNotes() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let notes = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.active()
                .and_then(|g| g.mentorship.as_ref())
                .map(|m| {
                    m.mentor_notes
                        .iter()
                        .rev()
                        .map(|n| n.text.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <Show when=move || notes.with(|n| !n.is_empty())>
            <section class="card" aria-labelledby="mentor-notes-title" data-testid="mentor-notes">
                <h2 id="mentor-notes-title">"From your mentor"</h2>
                <ul class="plain-list">
                    {move || notes.get().into_iter().map(|t| view! { <li><bdi>{t}</bdi></li> }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
