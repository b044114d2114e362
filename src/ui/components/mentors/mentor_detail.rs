use leptos::prelude::*;

use crate::core::mentors::directory::format_window;
use crate::core::mentors::mentor::{Mentor, Window, capacity_text, price_text};
use crate::core::mentors::scoring::Breakdown;
use crate::ui::components::{
    mentors::mentor_score_bars::MentorScoreBars, mentors::mentor_week_grid::MentorWeekGrid,
};

/// A mentor's full profile with the score breakdown and the shared time on a week grid,
/// shown in place under the card.
#[component]
pub fn MentorDetail(
    /// Element id (the card's toggle points at it with `aria-controls`).
    id: String,
    /// The mentor.
    mentor: Mentor,
    /// The mentor's score breakdown.
    breakdown: Breakdown,
    /// The mentee's free times (their local time), for the week grid.
    mine: Vec<Window>,
) -> impl IntoView {
    let forms: Vec<&str> = mentor.forms.iter().map(|f| f.label()).collect();
    let formats: Vec<&str> = mentor.formats.iter().map(|f| f.label()).collect();
    let windows: Vec<String> = mentor.availability.iter().map(format_window).collect();
    let place = [mentor.city.as_str(), mentor.country.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let facts: Vec<(&str, String)> = vec![
        ("Industry", mentor.industry.clone()),
        (
            "Career stage",
            format!(
                "{} · {} years of experience",
                mentor.stage.label(),
                mentor.years_experience
            ),
        ),
        ("Location", place),
        ("Time zone", mentor.time_zone.clone()),
        ("Languages", mentor.languages.join(", ")),
        ("Mentoring forms", forms.join(", ")),
        ("Formats", formats.join(", ")),
        ("Teaching style", mentor.style.label().to_string()),
        ("Free times (their time)", windows.join("; ")),
        ("Capacity", capacity_text(mentor.capacity)),
        ("Price", price_text(mentor.price_per_month)),
        ("Skills", mentor.skills.join(", ")),
        ("Interests", mentor.interests.join(", ")),
    ];
    let label = format!("Details for {}", mentor.name);
    view! {
        <section id=id class="mentor-detail" data-testid="mentor-detail" aria-label=label>
            {(!mentor.bio.trim().is_empty()).then(|| view! { <p class="md-bio">{mentor.bio.clone()}</p> })}
            <dl class="facts md-facts">
                {facts
                    .into_iter()
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
                    .collect_view()}
            </dl>
            <MentorScoreBars breakdown=breakdown.clone()/>
            {(!breakdown.notes.is_empty()).then(|| view! {
                <ul class="md-notes">{breakdown.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
            })}
            <MentorWeekGrid name=mentor.name.clone() overlap=breakdown.overlap.clone() mine=mine/>
        </section>
    }
}
