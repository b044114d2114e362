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

/// What a card shows at its place in the ranking. Cards are places ("slot 3"), not mentors:
/// a re-ranking hands each place its new mentor and the card updates the text nodes and
/// attributes that changed, instead of building new cards for the mentors that entered the
/// page (BENCHMARKS.md, "Mentors redraw").
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
    /// How many re-rankings the list has seen (its parity restarts the highlight).
    pub round: usize,
}

/// What a card shows, in words: built by the list for each place in one pass (so a card
/// reads one memo, not the ranking, the directory and the movements separately).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CardView {
    /// The mentor's position in the directory.
    pub index: usize,
    id: String,
    name: String,
    headline: String,
    rank: usize,
    score: u8,
    full: bool,
    marker: Option<(String, String)>,
    /// Highlighted, with the class of this round's parity (so a card highlighted twice in a
    /// row restarts its animation: no measuring, no reflow forced).
    highlight: Option<bool>,
    reason: Option<String>,
    line: String,
    not_said: Option<String>,
    /// Shares no time with the mentee's free times (said on the card, not only in the order).
    no_time: bool,
}

impl CardView {
    /// The words of the card for this mentor at this place.
    pub fn new(mentor: &Mentor, c: &CardData) -> CardView {
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
        CardView {
            index: c.ranked.index,
            id: mentor.id.clone(),
            name: mentor.name.clone(),
            headline: mentor.headline.clone(),
            rank: c.rank,
            score: b.score,
            full: c.ranked.full,
            marker: c
                .moved
                .marker()
                .map(|mk| (mk, c.moved.spoken().unwrap_or_default())),
            highlight: c.moved.highlight().then_some(c.round.is_multiple_of(2)),
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
}

/// The card's line for a mentor who shares none of the mentee's free times.
const NO_TIME: &str = "No free time in common with yours";

/// One place of the ranked list, compact: place, name, headline, score, how the last
/// re-ranking moved its mentor, the strongest reason, key facts in one line and what the
/// mentee has not said, with buttons to open the full profile and score breakdown in place
/// (details on demand) and to shortlist. All roster text is rendered as text. The card keeps
/// its elements for its whole life: a re-ranking (a new mentor at this place included) only
/// rewrites the text nodes and attributes whose value changed, one memo per part.
#[component]
pub fn MentorCard(
    /// What the card shows at its place; `None` only while the card is removed.
    card: Memo<Option<CardView>>,
    /// The place (0-based position in the list shown), for the ids of its title and details.
    place: usize,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    // One memo per part, each read straight from the card's memo (one path from the ranking
    // to every text node, which the reactive graph walks on every change), so a re-ranking
    // touches only the text nodes and attributes whose value changed (a card whose mentor and
    // summary stayed does no DOM work at all).
    let part = move |f: fn(&CardView) -> String| {
        Memo::new(move |_| card.with(|c| c.as_ref().map(f).unwrap_or_default()))
    };
    let flag = move |f: fn(&CardView) -> bool| {
        Memo::new(move |_| card.with(|c| c.as_ref().is_some_and(f)))
    };
    // The mentor at this place, read from the directory only while the details are open.
    let who = Memo::new(move |_| card.with(|c| c.as_ref().map(|c| c.index)));
    let id = part(|v| v.id.clone());
    // The ids that tie the title and the details to their buttons belong to the place (as the
    // card does), so they never change with the mentor shown.
    let detail_id = format!("detail-place-{place}");
    let title_id = format!("mentor-place-{place}-name");
    let name = part(|v| v.name.clone());
    let headline = part(|v| v.headline.clone());
    let rank = part(|v| v.rank.to_string());
    let score = part(|v| v.score.to_string());
    let line = part(|v| v.line.clone());
    let reason = part(|v| v.reason.clone().unwrap_or_default());
    let not_said = part(|v| v.not_said.clone().unwrap_or_default());
    let mark = part(|v| v.marker.as_ref().map(|x| x.0.clone()).unwrap_or_default());
    let spoken = part(|v| v.marker.as_ref().map(|x| x.1.clone()).unwrap_or_default());
    // The card's classes as one attribute (one binding, not three toggles).
    let classes = part(|v| {
        let mut c = String::from("mentor-card card");
        if v.full {
            c.push_str(" is-full");
        }
        match v.highlight {
            Some(true) => c.push_str(" is-moved"),
            Some(false) => c.push_str(" is-moved-again"),
            None => {}
        }
        c
    });
    let no_time = flag(|v| v.no_time);
    let is_open = Memo::new(move |_| {
        id.with(|id| {
            m.open
                .with(|o| !id.is_empty() && o.as_deref() == Some(id.as_str()))
        })
    });
    // The mentor and the full breakdown, only while the details are open (one memo per card,
    // idle when shut).
    let details = Memo::new(move |_| {
        if !is_open.get() {
            return None;
        }
        let i = who.get()?;
        let s = m.scorer.get()?;
        m.dir
            .with(|d| d.mentors.get(i).map(|x| (x.clone(), s.0.explain(x))))
    });
    let has_goal = Memo::new(move |_| m.shortlist.with(Option::is_some));
    let listed = Memo::new(move |_| {
        id.with(|id| {
            m.shortlist.with(|l| {
                l.as_ref()
                    .map_or((false, 0), |l| (l.iter().any(|e| e == id), l.len()))
            })
        })
    });
    let toggle_open = move |_| {
        let id = id.get_untracked();
        m.open.update(|o| {
            *o = if o.as_deref() == Some(id.as_str()) {
                None
            } else {
                Some(id)
            }
        });
        m.remember_view();
    };
    let toggle_list = move |_| {
        let id = id.get_untracked();
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
    };
    view! {
        <li
            class=move || classes.get()
            data-testid="mentor-card"
            data-mentor-id=move || id.get()
            data-move=move || mark.get()
        >
            <div class="mc-head">
                <span class="mc-rank" aria-hidden="true">{move || rank.get()}</span>
                <div class="mc-title">
                    <h3 id=title_id.clone() data-testid="mentor-name">{move || name.get()}</h3>
                    <p class="mc-headline">{move || headline.get()}</p>
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
                    <span class="visually-hidden">" for "{move || name.get()}</span>
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
                        on:click=toggle_list
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
                let (mentor, breakdown) = details.get()?;
                Some(view! {
                    <MentorDetail
                        id=detail_id.clone()
                        mentor=mentor
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
