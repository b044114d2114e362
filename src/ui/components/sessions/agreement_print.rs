//! The saved agreement as one printable page.

use leptos::prelude::*;

use crate::core::sessions::agreement::{Agreement, format_label};
use crate::core::time::datefmt::human_date;

/// The saved agreement laid out as one clean page with signature lines. Hidden on screen;
/// the only thing printed from the Sessions page (see `@media print` in sessions.css).
#[component]
pub fn AgreementPrint(
    /// The validated agreement.
    agreement: Agreement,
) -> impl IntoView {
    let a = agreement;
    let or_dash = |s: &str| {
        if s.trim().is_empty() {
            "—".to_string()
        } else {
            s.trim().to_string()
        }
    };
    let reviews = if a.review_points.is_empty() {
        "—".to_string()
    } else {
        a.review_points
            .iter()
            .map(|d| human_date(*d))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <article class="agreement-print" data-testid="agreement-print" aria-label="Printable agreement">
            <h2>"Mentoring agreement"</h2>
            <p class="ap-parties">
                {format!("Between {} (mentor) and {} (mentee)", or_dash(&a.mentor_name), or_dash(&a.mentee_name))}
            </p>
            <h3>"Goals"</h3>
            <p>{or_dash(&a.goals_summary)}</p>
            <h3>"How we meet"</h3>
            <dl>
                <dt>"How often"</dt><dd>{or_dash(&a.frequency)}</dd>
                <dt>"Format"</dt><dd>{format_label(a.format)}</dd>
                <dt>"Session length"</dt><dd>{format!("{} minutes", a.session_minutes)}</dd>
                <dt>"Channel"</dt><dd>{or_dash(&a.channel)}</dd>
                <dt>"Replies between sessions"</dt><dd>{or_dash(&a.response_time)}</dd>
            </dl>
            <h3>"Confidentiality"</h3>
            <p>{or_dash(&a.confidentiality)}</p>
            <h3>"Boundaries"</h3>
            <p>{or_dash(&a.boundaries)}</p>
            <h3>"Dates"</h3>
            <p>{format!("From {} to {}. Reviews: {}.", human_date(a.start), human_date(a.end), reviews)}</p>
            <div class="ap-sign">
                <p>{format!("Mentor: {}", or_dash(&a.mentor_name))}<span class="ap-line">"Signature and date"</span></p>
                <p>{format!("Mentee: {}", or_dash(&a.mentee_name))}<span class="ap-line">"Signature and date"</span></p>
            </div>
        </article>
    }
}
