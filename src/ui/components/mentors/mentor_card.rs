//! One ranked mentor in the results list: score, reasons, shortlist button and details.

use leptos::prelude::*;

use crate::core::mentors::mentor::{Mentor, capacity_text, price_text};
use crate::core::mentors::movement::Movement;
use crate::core::mentors::needs::Criterion;
use crate::core::mentors::overlap::overlap_text;
use crate::core::mentors::scoring::{CardSummary, Ranked};
use crate::ui::components::mentors::matching::{Matching, SHORTLIST_MAX};
use crate::ui::components::mentors::mentor_detail::MentorDetail;
use crate::ui::state::AppCtx;

/// What a card shows that changes with the ranking (the mentor itself does not: cards are
/// keyed by mentor, so a re-ranking moves and updates them instead of building them anew).
#[derive(Clone, Debug, PartialEq)]
pub struct CardData {
    /// 1-based position in the ranking as shown.
    pub rank: usize,
    /// The mentor's ranking entry (score, overlap, full).
    pub ranked: Ranked,
    /// What the compact card shows of the score (the full breakdown is built only while the
    /// card's details are open).
    pub summary: CardSummary,
    /// How the last change of the ranking moved this card.
    pub moved: Movement,
}

/// The parts of a card derived from its data, in words.
#[derive(Clone, Debug, PartialEq, Default)]
struct Shown {
    rank: usize,
    score: u8,
    full: bool,
    marker: Option<(String, String)>,
    highlight: bool,
    reason: Option<String>,
    line: String,
    not_said: Option<String>,
    /// Shares no time with the mentee's free times (said on the card, not only in the order).
    no_time: bool,
}

fn shown(mentor: &Mentor, c: &CardData) -> Shown {
    let b = &c.summary;
    let not_said: Vec<&str> = b.not_said.iter().map(|c| unsaid_word(*c)).collect();
    let mut line = vec![mentor.industry.clone(), mentor.stage.label().to_string()];
    // Zero shared time has its own line (NO_TIME) instead of "0 h/week shared".
    if b.time_counts && !c.ranked.no_time {
        line.push(overlap_text(c.ranked.overlap_min));
    }
    line.push(price_text(mentor.price_per_month));
    if c.ranked.full {
        line.push(capacity_text(mentor.capacity));
    }
    Shown {
        rank: c.rank,
        score: b.score,
        full: c.ranked.full,
        marker: c
            .moved
            .marker()
            .map(|mk| (mk, c.moved.spoken().unwrap_or_default())),
        highlight: c.moved.highlight(),
        reason: b.top_reason.clone(),
        line: line
            .into_iter()
            .filter(|x| !x.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" · "),
        not_said: (!not_said.is_empty()).then(|| format!("Not said: {}", not_said.join(", "))),
        no_time: c.ranked.no_time,
    }
}

/// The card's line for a mentor who shares none of the mentee's free times.
const NO_TIME: &str = "No free time in common with yours";

/// One ranked mentor, compact: place, name, headline, score, how the last re-ranking moved
/// it, the strongest reason, key facts in one line and what the mentee has not said, with
/// buttons to open the full profile and score breakdown in place (details on demand) and to
/// shortlist. All roster text is rendered as text. Everything that depends on the ranking
/// comes from `card`, so a re-ranking updates a few text nodes.
#[component]
pub fn MentorCard(
    /// The mentor (fixed for the card's lifetime).
    mentor: Mentor,
    /// Place, score, breakdown and movement; `None` only while the card is being removed.
    card: Memo<Option<CardData>>,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    let id = mentor.id.clone();
    let key: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let detail_id = format!("detail-{key}");
    let title_id = format!("mentor-{key}-name");
    let view_of = {
        let mentor = mentor.clone();
        Memo::new(move |_| card.with(|c| c.as_ref().map(|c| shown(&mentor, c)).unwrap_or_default()))
    };
    // One memo per part, so a re-ranking touches only the text nodes and attributes whose
    // value changed (a card that only moved updates its place number, nothing else).
    let part = move |f: fn(&Shown) -> String| Memo::new(move |_| view_of.with(f));
    let flag = move |f: fn(&Shown) -> bool| Memo::new(move |_| view_of.with(f));
    let rank = part(|v| v.rank.to_string());
    let score = part(|v| v.score.to_string());
    let line = part(|v| v.line.clone());
    let reason = part(|v| v.reason.clone().unwrap_or_default());
    let not_said = part(|v| v.not_said.clone().unwrap_or_default());
    let mark = part(|v| v.marker.as_ref().map(|x| x.0.clone()).unwrap_or_default());
    let spoken = part(|v| v.marker.as_ref().map(|x| x.1.clone()).unwrap_or_default());
    let full = flag(|v| v.full);
    let highlight = flag(|v| v.highlight);
    let no_time = flag(|v| v.no_time);
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| m.open.with(|o| o.as_deref() == Some(id.as_str())))
    };
    // The full breakdown, only while the details are open (one memo per card, idle when shut).
    let breakdown = {
        let mentor = mentor.clone();
        Memo::new(move |_| {
            if !is_open.get() || card.with(Option::is_none) {
                return None;
            }
            m.scorer.get().map(|s| s.0.explain(&mentor))
        })
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
            });
            m.remember_view();
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
    let detail_mentor = mentor.clone();
    view! {
        <li
            class="mentor-card card"
            class:is-full=move || full.get()
            class:is-moved=move || highlight.get()
            data-testid="mentor-card"
            data-mentor-id=id.clone()
            data-move=move || mark.get()
        >
            <div class="mc-head">
                <span class="mc-rank" aria-hidden="true">{move || rank.get()}</span>
                <div class="mc-title">
                    <h3 id=title_id.clone() data-testid="mentor-name">{mentor.name.clone()}</h3>
                    <p class="mc-headline">{mentor.headline.clone()}</p>
                </div>
                <p class="mc-move" data-testid="mentor-move" hidden=move || mark.with(String::is_empty)>
                    <span aria-hidden="true">{move || mark.get()}</span>
                    <span class="visually-hidden">{move || spoken.get()}</span>
                </p>
                <p class="mc-score" data-testid="mentor-score">
                    <span class="mc-score-num">{move || score.get()}</span>
                    <span class="mc-score-label">"/ 100"<span class="visually-hidden">" match score"</span></span>
                </p>
            </div>
            <p class="mc-reason" data-testid="mentor-reason" hidden=move || reason.with(String::is_empty)>{move || reason.get()}</p>
            <p class="mc-no-time" data-testid="card-no-time" hidden=move || !no_time.get()>{NO_TIME}</p>
            <p class="mc-line" data-testid="mentor-facts-line">{move || line.get()}</p>
            <p class="mc-not-said" data-testid="card-not-said" hidden=move || not_said.with(String::is_empty)>{move || not_said.get()}</p>
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
            {move || {
                if !is_open.get() {
                    return None;
                }
                breakdown.get().map(|breakdown| view! {
                    <MentorDetail
                        id=detail_id.clone()
                        mentor=detail_mentor.clone()
                        breakdown=breakdown
                        mine=m.needs.with_untracked(|n| n.as_ref().map(|n| n.availability.clone()).unwrap_or_default())
                    />
                })
            }}
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
