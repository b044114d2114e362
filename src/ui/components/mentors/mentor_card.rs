//! One ranked mentor in the results list: score, reasons, shortlist button and details.

use leptos::prelude::*;

use crate::core::mentors::mentor::{Mentor, capacity_text, price_text};
use crate::core::mentors::movement::Movement;
use crate::core::mentors::needs::Criterion;
use crate::core::mentors::overlap::overlap_text;
use crate::core::mentors::scoring::{Breakdown, Ranked};
use crate::ui::components::mentors::matching::{Matching, SHORTLIST_MAX};
use crate::ui::components::mentors::mentor_detail::MentorDetail;
use crate::ui::state::AppCtx;

/// One ranked mentor, compact: place, name, headline, score, how the last re-ranking moved
/// it, the strongest reason, key facts in one line and what the mentee has not said, with
/// buttons to open the full profile and score breakdown in place (details on demand) and to
/// shortlist. All roster text is rendered as text.
#[component]
pub fn MentorCard(
    /// 1-based position in the ranking as shown.
    rank: usize,
    /// The mentor.
    mentor: Mentor,
    /// The mentor's ranking entry (score, overlap, full).
    ranked: Ranked,
    /// Why the mentor scored what they did.
    breakdown: Breakdown,
    /// How the last change of the ranking moved this card (marked and briefly highlighted).
    #[prop(optional)]
    moved: Option<Movement>,
) -> impl IntoView {
    let moved = moved.unwrap_or(Movement::Same);
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    let id = mentor.id.clone();
    let detail_id = format!("detail-{rank}");
    let title_id = format!("mentor-{rank}-name");
    let mut top: Vec<_> = breakdown
        .contributions
        .iter()
        .filter(|c| c.points > 0)
        .collect();
    crate::core::sorting::sort_by_key(&mut top, |c| std::cmp::Reverse(c.points));
    let reason = top.first().map(|c| c.reason.clone());
    let not_said: Vec<&str> = breakdown
        .contributions
        .iter()
        .filter(|c| c.not_said())
        .map(|c| unsaid_word(c.criterion))
        .collect();
    let not_said = (!not_said.is_empty()).then(|| format!("Not said: {}", not_said.join(", ")));
    let time_counts = breakdown
        .contributions
        .iter()
        .any(|c| c.criterion == Criterion::Availability && c.counts());
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| m.open.with(|o| o.as_deref() == Some(id.as_str())))
    };
    let has_goal = Memo::new(move |_| ctx.state.with(|s| s.active().is_some()));
    let listed = {
        let id = id.clone();
        Memo::new(move |_| {
            ctx.state.with(|s| {
                s.active()
                    .map(|g| {
                        (
                            g.shortlist.iter().any(|e| e.mentor_id == id),
                            g.shortlist.len(),
                        )
                    })
                    .unwrap_or((false, 0))
            })
        })
    };
    let toggle_open = {
        let id = id.clone();
        move |_| {
            m.open.update(|o| {
                *o = if o.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id.clone())
                }
            })
        }
    };
    let toggle_list = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            ctx.update_goal(move |g| {
                if let Some(pos) = g.shortlist.iter().position(|e| e.mentor_id == id) {
                    g.shortlist.remove(pos);
                } else if g.shortlist.len() < SHORTLIST_MAX {
                    g.shortlist.push(crate::core::store::ShortlistEntry {
                        mentor_id: id,
                        note: String::new(),
                    });
                }
            });
        }
    };
    let name = mentor.name.clone();
    let mut line = vec![mentor.industry.clone(), mentor.stage.label().to_string()];
    if time_counts {
        line.push(overlap_text(ranked.overlap_min));
    }
    line.push(price_text(mentor.price_per_month));
    if ranked.full {
        line.push(capacity_text(mentor.capacity));
    }
    let line = line
        .into_iter()
        .filter(|x| !x.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let detail_mentor = mentor.clone();
    let detail_breakdown = breakdown.clone();
    view! {
        <li
            class="mentor-card card"
            class:is-full=ranked.full
            class:is-moved=moved.highlight()
            data-testid="mentor-card"
            data-mentor-id=id.clone()
            data-move=moved.marker().unwrap_or_default()
        >
            <div class="mc-head">
                <span class="mc-rank" aria-hidden="true">{rank}</span>
                <div class="mc-title">
                    <h3 id=title_id.clone() data-testid="mentor-name">{mentor.name.clone()}</h3>
                    <p class="mc-headline">{mentor.headline.clone()}</p>
                </div>
                {moved.marker().map(|mk| view! {
                    <p class="mc-move" data-testid="mentor-move">
                        <span aria-hidden="true">{mk}</span>
                        <span class="visually-hidden">{moved.spoken()}</span>
                    </p>
                })}
                <p class="mc-score" data-testid="mentor-score">
                    <span class="mc-score-num">{breakdown.score}</span>
                    <span class="mc-score-label">"/ 100"<span class="visually-hidden">" match score"</span></span>
                </p>
            </div>
            {reason.map(|r| view! { <p class="mc-reason" data-testid="mentor-reason">{r}</p> })}
            <p class="mc-line" data-testid="mentor-facts-line">{line}</p>
            {not_said.map(|t| view! { <p class="mc-not-said" data-testid="card-not-said">{t}</p> })}
            <div class="actions">
                <button
                    type="button"
                    class="button small"
                    data-testid="toggle-detail"
                    aria-expanded=move || is_open.get().to_string()
                    aria-controls=detail_id.clone()
                    on:click=toggle_open
                >
                    {move || if is_open.get() { "Hide details" } else { "Details and score" }}
                    <span class="visually-hidden">{format!(" for {name}")}</span>
                </button>
                <Show when=move || has_goal.get()>
                    <button
                        type="button"
                        class="button small"
                        class:primary=move || !listed.get().0
                        data-testid="toggle-shortlist"
                        aria-pressed=move || listed.get().0.to_string()
                        aria-describedby=title_id.clone()
                        disabled=move || { let (on, n) = listed.get(); !on && n >= SHORTLIST_MAX }
                        on:click=toggle_list.clone()
                    >
                        {move || {
                            let (on, n) = listed.get();
                            if on {
                                "Shortlisted ✓"
                            } else if n >= SHORTLIST_MAX {
                                "Shortlist full (5)"
                            } else {
                                "Add to shortlist"
                            }
                        }}
                    </button>
                </Show>
            </div>
            <Show when=move || is_open.get()>
                <MentorDetail
                    id=detail_id.clone()
                    mentor=detail_mentor.clone()
                    breakdown=detail_breakdown.clone()
                    mine=m.needs.with_untracked(|n| n.as_ref().map(|n| n.availability.clone()).unwrap_or_default())
                />
            </Show>
        </li>
    }
}

/// The short word for a criterion the mentee has said nothing about ("Not said: …").
fn unsaid_word(c: Criterion) -> &'static str {
    match c {
        Criterion::Skills => "focus skills",
        Criterion::Industry => "industry",
        Criterion::Experience => "career stage",
        Criterion::Availability => "free times",
        Criterion::Style => "learning style",
        Criterion::Interests => "interests",
    }
}
