use leptos::prelude::*;

use crate::core::mentors::mentor::{Mentor, capacity_text, price_text};
use crate::core::mentors::overlap::overlap_text;
use crate::core::mentors::scoring::{Breakdown, Ranked};
use crate::ui::components::mentors::mentor_detail::MentorDetail;
use crate::ui::pages::mentors::{Matching, SHORTLIST_MAX};
use crate::ui::state::AppCtx;

/// One ranked mentor: name, headline, score, the top reasons and key facts, with buttons to
/// open the full profile and score breakdown in place and to shortlist. All roster text is
/// rendered as text.
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
) -> impl IntoView {
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
    let reasons: Vec<String> = top.iter().take(3).map(|c| c.reason.clone()).collect();
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
    let facts = [
        ("Industry", mentor.industry.clone()),
        ("Stage", mentor.stage.label().to_string()),
        (
            "Based in",
            format!("{} · {}", mentor.country, mentor.time_zone),
        ),
        ("Languages", mentor.languages.join(", ")),
        ("Shared time", overlap_text(ranked.overlap_min)),
        ("Capacity", capacity_text(mentor.capacity)),
        ("Price", price_text(mentor.price_per_month)),
    ];
    let detail_mentor = mentor.clone();
    let detail_breakdown = breakdown.clone();
    view! {
        <li class="mentor-card card" class:is-full=ranked.full data-testid="mentor-card" data-mentor-id=id.clone()>
            <div class="mc-head">
                <div class="mc-title">
                    <h3 id=title_id.clone() data-testid="mentor-name">{mentor.name.clone()}</h3>
                    <p class="mc-headline">{mentor.headline.clone()}</p>
                </div>
                <p class="mc-score" data-testid="mentor-score">
                    <span class="mc-score-num">{breakdown.score}</span>
                    <span class="mc-score-label">"/ 100"<span class="visually-hidden">" match score"</span></span>
                </p>
            </div>
            {(!reasons.is_empty()).then(|| view! {
                <ul class="mc-reasons">
                    {reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
            })}
            <dl class="mc-facts">
                {facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
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
