//! A score breakdown drawn as one bar per criterion.

use leptos::prelude::*;

use crate::core::mentors::scoring::Breakdown;

/// The score breakdown as a small bar chart: one labelled bar per criterion that counts (its
/// track is as long as the points it could earn, the fill is the points earned) with the
/// reason in words; criteria the mentee has not said anything about are named below, not
/// drawn as empty rows. The points add up to the score shown.
#[component]
pub fn MentorScoreBars(
    /// The breakdown to draw.
    breakdown: Breakdown,
) -> impl IntoView {
    let score = breakdown.score;
    // Tracks are scaled to the criterion worth the most points, so the longest is full width.
    let widest = breakdown
        .contributions
        .iter()
        .map(|c| c.max_points)
        .max()
        .unwrap_or(0)
        .max(1);
    let not_said: Vec<String> = breakdown
        .contributions
        .iter()
        .filter(|c| c.not_said())
        .map(|c| c.reason.clone())
        .collect();
    view! {
        <figure class="score-bars" data-testid="score-bars">
            <figcaption>
                <strong>"Why this score: "</strong>
                <span data-testid="breakdown-total">{score}</span>
                " of 100 points"
            </figcaption>
            <ul>
                {breakdown
                    .contributions
                    .into_iter()
                    .filter(|c| c.counts())
                    .map(|c| {
                        // Widths go through the CSSOM (`style:width`), never a `style="…"`
                        // attribute, which the Content-Security-Policy blocks.
                        let track = format!(
                            "{:.1}%",
                            (f64::from(c.max_points) * 100.0 / f64::from(widest)).max(1.0)
                        );
                        let fill = if c.max_points == 0 {
                            "0%".to_string()
                        } else {
                            format!("{:.1}%", f64::from(c.points) * 100.0 / f64::from(c.max_points))
                        };
                        view! {
                            <li class="sb-row" data-testid="score-bar" data-points=c.points data-max=c.max_points>
                                <p class="sb-label">
                                    <span>
                                        <strong>{c.criterion.label()}</strong>
                                        <span class="hint">{format!(" · {}", c.importance.label())}</span>
                                    </span>
                                    <span class="sb-points">{format!("{} / {}", c.points, c.max_points)}</span>
                                </p>
                                <div class="sb-track" style:width=track aria-hidden="true">
                                    <div class="sb-fill" style:width=fill></div>
                                </div>
                                <p class="sb-reason">{c.reason}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!not_said.is_empty()).then(|| view! {
                <ul class="sb-not-said hint" data-testid="not-said">
                    {not_said.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                </ul>
            })}
        </figure>
    }
}
