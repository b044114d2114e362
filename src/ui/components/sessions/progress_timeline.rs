use leptos::prelude::*;

use crate::core::goals::smart::human_date;
use crate::core::sessions::plan::SessionStatus;
use crate::core::sessions::progress::{TimelineKind, TimelinePoint};

/// Left and right margin, in percent of the width.
const PAD: f64 = 4.0;
const LANE_SESSION: f64 = 28.0;
const LANE_MILESTONE: f64 = 56.0;
const LANE_WIN: f64 = 84.0;

/// The mentorship drawn on one line: sessions by status, milestones, wins and today. The
/// drawing is decorative for screen readers; the same points follow as a list.
#[component]
pub fn ProgressTimeline(
    /// The dated points, sorted by date.
    points: Memo<Vec<TimelinePoint>>,
) -> impl IntoView {
    let drawing = move || {
        let pts = points.get();
        let (Some(first), Some(last)) = (pts.first().map(|p| p.date), pts.last().map(|p| p.date))
        else {
            return None;
        };
        let span = ((last - first).num_days().max(1)) as f64;
        // Horizontal positions are percentages, so the drawing keeps its height and round
        // marks at any width; marks are nested SVGs placed at a percentage.
        let x = move |d: chrono::NaiveDate| {
            format!(
                "{:.2}%",
                PAD + (d - first).num_days() as f64 / span * (100.0 - 2.0 * PAD)
            )
        };
        let marks = pts
            .iter()
            .map(|p| {
                let cx = x(p.date);
                let tip = format!("{} — {}", human_date(p.date), p.label);
                match &p.kind {
                    TimelineKind::Today => view! {
                        <g class="tl-today">
                            <line x1=cx.clone() x2=cx.clone() y1="8" y2="96"></line>
                            <text x=cx y="112" text-anchor="middle">"Today"</text>
                        </g>
                    }
                    .into_any(),
                    TimelineKind::Session { status, .. } => {
                        let class = format!("tl-session status-{}", status.label().to_lowercase());
                        let r = if *status == SessionStatus::Held { 7 } else { 6 };
                        view! { <circle class=class cx=cx cy=LANE_SESSION r=r><title>{tip}</title></circle> }.into_any()
                    }
                    TimelineKind::Milestone { done, overdue } => {
                        let class = if *done { "tl-milestone done" } else if *overdue { "tl-milestone overdue" } else { "tl-milestone" };
                        view! {
                            <svg x=cx y=LANE_MILESTONE overflow="visible">
                                <polygon class=class points="0,-8 8,0 0,8 -8,0"><title>{tip}</title></polygon>
                            </svg>
                        }
                        .into_any()
                    }
                    TimelineKind::Win => view! {
                        <svg x=cx y=LANE_WIN overflow="visible">
                            <polygon class="tl-win" points="0,-8 7,6 -7,6"><title>{tip}</title></polygon>
                        </svg>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        let left = format!("{PAD}%");
        let right = format!("{}%", 100.0 - PAD);
        let axis = move |y: f64, class: &'static str| {
            view! { <line class=class x1=left.clone() x2=right.clone() y1=y y2=y></line> }
        };
        Some(view! {
            <svg class="timeline-svg" width="100%" height="120" aria-hidden="true" focusable="false">
                {axis(LANE_SESSION, "tl-axis")}
                {axis(LANE_MILESTONE, "tl-axis faint")}
                {axis(LANE_WIN, "tl-axis faint")}
                {marks}
            </svg>
            <p class="tl-range hint">
                <span>{human_date(first)}</span>
                <span>{human_date(last)}</span>
            </p>
        })
    };
    let describe = |p: &TimelinePoint| -> String {
        let what = match &p.kind {
            TimelineKind::Today => "today".to_string(),
            TimelineKind::Session { status, .. } => status.label().to_lowercase(),
            TimelineKind::Milestone { done: true, .. } => "milestone, done".into(),
            TimelineKind::Milestone { overdue: true, .. } => "milestone, overdue".into(),
            TimelineKind::Milestone { .. } => "milestone, due".into(),
            TimelineKind::Win => "win".into(),
        };
        format!("{}: {} ({what})", human_date(p.date), p.label)
    };
    view! {
        <figure class="timeline card" data-testid="timeline">
            <figcaption>
                <h3>"Timeline"</h3>
                <ul class="tl-legend plain-list" aria-hidden="true">
                    <li><span class="key key-held"></span>"Held"</li>
                    <li><span class="key key-planned"></span>"Planned"</li>
                    <li><span class="key key-missed"></span>"Missed / cancelled"</li>
                    <li><span class="key key-milestone"></span>"Milestone"</li>
                    <li><span class="key key-win"></span>"Win"</li>
                </ul>
            </figcaption>
            {drawing}
            <details class="tl-text">
                <summary>"The timeline as a list"</summary>
                <ol data-testid="timeline-list">
                    {move || points.get().iter().map(|p| view! { <li>{describe(p)}</li> }).collect_view()}
                </ol>
            </details>
        </figure>
    }
}
