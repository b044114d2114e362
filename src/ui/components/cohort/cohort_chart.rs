//! The score distribution of a cohort run as an inline SVG bar chart, with its numbers in words.

use leptos::prelude::*;

use crate::core::cohort::results::{AXIS, Bar, CHART_HEIGHT, CHART_WIDTH};

/// A bar chart of how many pairs scored in each bin (bars from
/// [`crate::core::cohort::results::bars`]); the picture is decorative for screen readers,
/// and the caption says the same numbers in a sentence.
#[component]
pub fn CohortChart(
    /// One bar per score bin.
    bars: Memo<Vec<Bar>>,
    /// The distribution in words (the chart's text alternative).
    sentence: Memo<String>,
) -> impl IntoView {
    let view_box = format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}");
    let base = CHART_HEIGHT - AXIS;
    view! {
        <figure class="score-chart" data-testid="score-chart">
            <svg viewBox=view_box aria-hidden="true" focusable="false" preserveAspectRatio="xMidYMid meet">
                <line class="axis" x1="0" y1=base x2=CHART_WIDTH y2=base/>
                {move || {
                    bars.get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, b)| {
                            let cx = b.x + b.width / 2.0;
                            view! {
                                <g>
                                    <rect class="bar" x=b.x y=b.y width=b.width height=b.height rx="2"/>
                                    {(b.count > 0).then(|| view! {
                                        <text class="count" x=cx y=b.y - 3.0 text-anchor="middle">{b.count}</text>
                                    })}
                                    {(i % 2 == 0).then(|| view! {
                                        <text class="label" x=cx y=CHART_HEIGHT - 8.0 text-anchor="middle">{b.label.split('–').next().unwrap_or("").to_string()}</text>
                                    })}
                                </g>
                            }
                        })
                        .collect_view()
                }}
            </svg>
            <figcaption data-testid="score-chart-text">"Pair scores: "{move || sentence.get()}</figcaption>
        </figure>
    }
}
