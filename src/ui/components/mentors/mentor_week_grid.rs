use leptos::prelude::*;

use crate::core::mentors::directory::format_window;
use crate::core::mentors::mentor::Window;
use crate::core::mentors::overlap::Overlap;
use crate::core::mentors::overlap::overlap_text;
use crate::core::time::calendar::WEEKDAY_SHORT;

const COL_W: f64 = 40.0;
const ROW_H: f64 = 8.0;
const LEFT: f64 = 34.0;
const TOP: f64 = 18.0;

/// Shared free time with a mentor on a week grid in the mentee's own time zone (7 days ×
/// 24 hours, shared slots highlighted), with the slots also listed as text.
#[component]
pub fn MentorWeekGrid(
    /// The mentor's name (for the caption).
    name: String,
    /// The shared time, slots in the mentee's local time.
    overlap: Overlap,
    /// The mentee's own free times (their local time), drawn as outlines.
    mine: Vec<Window>,
) -> impl IntoView {
    let width = LEFT + COL_W * 7.0;
    let height = TOP + ROW_H * 24.0 + 6.0;
    let slots: Vec<String> = overlap.slots.iter().map(format_window).collect();
    let caption = format!(
        "Shared time with {name}, in your time zone: {}",
        overlap_text(overlap.minutes)
    );
    let days = (0..7).map(|d| {
        let x = LEFT + COL_W * f64::from(d);
        view! {
            <text x=x + COL_W / 2.0 y=12 text-anchor="middle" class="wg-label">{WEEKDAY_SHORT[d as usize]}</text>
            <rect x=x y=TOP width=COL_W height=ROW_H * 24.0 class="wg-day"/>
        }
    });
    let hours = (0..=24).step_by(6).map(|h| {
        let y = TOP + ROW_H * f64::from(h);
        view! {
            <text x=LEFT - 4.0 y=y + 3.0 text-anchor="end" class="wg-label">{format!("{h:02}")}</text>
            <line x1=LEFT x2=LEFT + COL_W * 7.0 y1=y y2=y class="wg-hour"/>
        }
    });
    let has_mine = !mine.is_empty();
    let mine = mine
        .iter()
        .map(|w| {
            let x = LEFT + COL_W * f64::from(w.day) + 1.0;
            let y = TOP + ROW_H * f64::from(w.start_min) / 60.0;
            let h = (ROW_H * f64::from(w.end_min.saturating_sub(w.start_min)) / 60.0).max(2.0);
            view! { <rect x=x y=y width=COL_W - 2.0 height=h rx=2 class="wg-mine"/> }
        })
        .collect_view();
    let rects = overlap
        .slots
        .iter()
        .map(|w| {
            let x = LEFT + COL_W * f64::from(w.day) + 2.0;
            let y = TOP + ROW_H * f64::from(w.start_min) / 60.0;
            let h = (ROW_H * f64::from(w.end_min - w.start_min) / 60.0).max(2.0);
            view! { <rect x=x y=y width=COL_W - 4.0 height=h rx=2 class="wg-slot" data-testid="overlap-slot"/> }
        })
        .collect_view();
    view! {
        <figure class="week-grid" data-testid="week-grid">
            <figcaption>{caption}</figcaption>
            <p class="wg-legend hint" aria-hidden="true">
                <span class="wg-key wg-key-mine"></span>"Your free time "
                <span class="wg-key wg-key-slot"></span>"Shared"
            </p>
            <svg viewBox=format!("0 0 {width} {height}") class="wg-svg" aria-hidden="true" focusable="false">
                {days.collect_view()}
                {hours.collect_view()}
                {mine}
                {rects}
            </svg>
            {if slots.is_empty() {
                {
                let msg = if has_mine {
                    "No shared time in a typical week: ask whether other times could work."
                } else {
                    "No shared time shown: add your free times under “What you need”."
                };
                view! { <p class="hint">{msg}</p> }.into_any()
            }
            } else {
                view! {
                    <p class="hint">"Shared slots (your time):"</p>
                    <ul class="wg-slots" data-testid="overlap-list">{slots.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                }.into_any()
            }}
        </figure>
    }
}
