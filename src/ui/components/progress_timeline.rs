use leptos::prelude::*;

use crate::core::plan::SessionStatus;
use crate::core::progress::{TimelineKind, TimelinePoint};
use crate::core::smart::human_date;
use crate::ui::components::schedule_row::status_label;

const W: f64 = 600.0;
const PAD: f64 = 16.0;
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
        let (Some(first), Some(last)) = (pts.first().map(|p| p.date), pts.last().map(|p| p.date)) else {
            return None;
        };
        let span = ((last - first).num_days().max(1)) as f64;
        let x = move |d: chrono::NaiveDate| PAD + (d - first).num_days() as f64 / span * (W - 2.0 * PAD);
        let marks = pts
            .iter()
            .map(|p| {
                let cx = x(p.date);
                let tip = format!("{} — {}", human_date(p.date), p.label);
                match &p.kind {
                    TimelineKind::Today => view! {
                        <g class="tl-today">
                            <line x1=cx x2=cx y1="8" y2="100"></line>
                            <text x=cx y="112" text-anchor="middle">"Today"</text>
                        </g>
                    }
                    .into_any(),
                    TimelineKind::Session { status, .. } => {
                        let class = format!("tl-session status-{}", status_label(*status).to_lowercase());
                        let r = if *status == SessionStatus::Held { 7 } else { 6 };
                        view! { <circle class=class cx=cx cy=LANE_SESSION r=r><title>{tip}</title></circle> }.into_any()
                    }
                    TimelineKind::Milestone { done, overdue } => {
                        let class = if *done { "tl-milestone done" } else if *overdue { "tl-milestone overdue" } else { "tl-milestone" };
                        let pts = format!("{cx},{} {},{LANE_MILESTONE} {cx},{} {},{LANE_MILESTONE}", LANE_MILESTONE - 8.0, cx + 8.0, LANE_MILESTONE + 8.0, cx - 8.0);
                        view! { <polygon class=class points=pts><title>{tip}</title></polygon> }.into_any()
                    }
                    TimelineKind::Win => {
                        let pts = format!("{cx},{} {},{} {},{}", LANE_WIN - 8.0, cx + 7.0, LANE_WIN + 6.0, cx - 7.0, LANE_WIN + 6.0);
                        view! { <polygon class="tl-win" points=pts><title>{tip}</title></polygon> }.into_any()
                    }
                }
            })
            .collect_view();
        Some(view! {
            <svg class="timeline-svg" viewBox=format!("0 0 {W} 120") aria-hidden="true" focusable="false">
                <line class="tl-axis" x1=PAD x2=W - PAD y1=LANE_SESSION y2=LANE_SESSION></line>
                <line class="tl-axis faint" x1=PAD x2=W - PAD y1=LANE_MILESTONE y2=LANE_MILESTONE></line>
                <line class="tl-axis faint" x1=PAD x2=W - PAD y1=LANE_WIN y2=LANE_WIN></line>
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
            TimelineKind::Session { status, .. } => status_label(*status).to_lowercase(),
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
