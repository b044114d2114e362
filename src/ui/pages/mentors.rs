//! Mentor shortlisting: choose the directory (sample or imported roster), say what you need,
//! and get a ranked, explained list; shortlist, compare, draft an introduction, choose.
//!
//! The matching chain itself is [`Matching`] in `components/mentors/matching.rs`; this page
//! provides it and adds the search filter, paging and the movement markers on top of its
//! ranking. Phones see the results first (the needs open as a sheet); wide screens show needs
//! and results side by side. Search, page and the open card live in the address query
//! (`?q=…&page=2&open=id`), so a reload comes back to the same view.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::goals::goal::Category;
use crate::core::mentors::movement::{Movement, movements};
use crate::core::mentors::scoring::ExclusionReason;
use crate::ui::components::{
    common::field::Field,
    mentors::match_summary::MatchSummary,
    mentors::matching::Matching,
    mentors::mentor_card::{CardData, MentorCard},
    mentors::mentor_compare::MentorCompare,
    mentors::mentor_intro::MentorIntro,
    mentors::mentor_shortlist::MentorShortlist,
    mentors::needs_pane::NeedsPane,
    mentors::shortlist_bar::ShortlistBar,
};
use crate::ui::state::AppCtx;

use crate::ui::components::mentors::matching::{MAX_PAGES, PAGE_SIZE};
/// Mentor shortlisting.
#[component]
pub fn MentorsPage() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::provide(ctx);
    let goal_ok = Memo::new(move |_| ctx.active_goal.with(Option::is_some));
    let goal_line = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.active().map(|g| {
                let skills = if g.draft.focus_skills.is_empty() {
                    "none yet".to_string()
                } else {
                    g.draft.focus_skills.join(", ")
                };
                let category = Category::from_key(&g.draft.category)
                    .map(|c| format!("{} · ", c.label()))
                    .unwrap_or_default();
                (
                    g.draft.statement.clone(),
                    format!("{category}focus skills: {skills}"),
                )
            })
        })
    });
    view! {
        <div class="page mentors-page" data-testid="page-mentors">
            <h1>"Mentors"</h1>
            <p class="lede">
                "Say what you need and what matters most. Trellis ranks mentors on your device and explains every score."
            </p>
            <Show
                when=move || goal_ok.get()
                fallback=|| {
                    view! {
                        <section class="card goal-context no-goal" data-testid="mentors-no-goal" aria-label="No goal yet">
                            <p>
                                "No goal yet, so the sample mentors are not compared on skills. A goal's focus skills drive the matching. "
                                <A href="/goal">"Define your goal"</A>
                            </p>
                        </section>
                    }
                }
            >
                <section class="card goal-context" data-testid="mentors-goal">
                    <p class="eyebrow">"Matching for your goal"</p>
                    <p class="goal-context-statement">{move || goal_line.get().map(|g| g.0)}</p>
                    <p>
                        {move || goal_line.get().map(|g| g.1)}
                        " · "
                        <A href="/goal">"Edit on the Goal page"</A>
                    </p>
                </section>
            </Show>
            <div class="match-layout">
                <NeedsPane/>
                <div class="results-pane" inert=move || m.sheet_open.get()>
                    <MatchSummary/>
                    <Results/>
                    <div id="shortlist-area" class="shortlist-area" tabindex="-1">
                        <MentorShortlist/>
                        <MentorCompare/>
                        <MentorIntro/>
                    </div>
                    <ShortlistBar/>
                </div>
            </div>
        </div>
    }
}

/// What the list showed: the search, how many, the mentors in order and how each moved.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    query: String,
    n: usize,
    order: Vec<usize>,
    moved: Vec<Movement>,
    /// Re-rankings seen (a search or "show more" starts afresh, as the markers do).
    round: usize,
}

/// The ranked list: counts, exclusions with one-click relax, search and paging. A re-ranking
/// marks the cards that moved ("↑3", "new in top 5").
#[component]
fn Results() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    // Search, page and open card come back from the address after a reload.
    let query = m.query;
    let shown = m.shown;
    let filtered = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        m.ranking.with(|r| {
            let Some(r) = r else { return Vec::new() };
            if q.is_empty() {
                return r.ranked.clone();
            }
            m.dir.with(|d| {
                r.ranked
                    .iter()
                    .filter(|x| d.hay[x.index].contains(&q))
                    .copied()
                    .collect()
            })
        })
    });
    // The order shown, compared with the order shown before the last change of the ranking
    // (a search or "show more" is not a re-ranking: it starts afresh).
    let moves = Memo::new(move |prev: Option<&Shown>| {
        let q = query.get();
        let n = shown.get();
        let order: Vec<usize> = filtered.with(|f| f.iter().take(n).map(|r| r.index).collect());
        let (moved, round) = match prev {
            Some(p) if p.query == q && p.n == n => (movements(&p.order, &order), p.round + 1),
            _ => (vec![Movement::Same; order.len()], 0),
        };
        Shown {
            query: q,
            n,
            order,
            moved,
            round,
        }
    });
    let relax = move |reason: ExclusionReason| {
        let Some(mut must) = m.needs.with_untracked(|n| n.as_ref().map(|n| n.must)) else {
            return;
        };
        reason.relax(&mut must);
        ctx.state.update(|s| {
            let d = &mut s.needs.must;
            d.language = must.language;
            d.format = must.format;
            d.open_capacity = must.open_capacity;
            d.budget = must.budget;
            d.form = must.form;
            if must.min_overlap_hours.is_none() {
                d.min_overlap_hours.clear();
            }
        });
    };
    // One entry per place shown. The cards are the places (keyed by position), so a
    // re-ranking hands each card its new mentor and rewrites the text that changed: with a
    // keyed card per mentor, every mentor entering the page built a new card and every one
    // leaving disposed of one (most of the redraw's time in a CPU profile, BENCHMARKS.md).
    let rows = Memo::new(move |_| {
        let Some(scorer) = m.scorer.get() else {
            return Vec::new();
        };
        let n = shown.get();
        moves.with(|mv| {
            m.dir.with(|d| {
                filtered.with(|f| {
                    let page = &f[..n.min(f.len())];
                    // One pass over the directory's own index for the whole page.
                    let picks: Vec<usize> = page.iter().map(|r| r.index).collect();
                    let summaries = scorer.0.summaries(&d.index, &d.mentors, &picks);
                    page.iter()
                        .zip(summaries)
                        .enumerate()
                        .filter_map(|(pos, (r, summary))| {
                            let card = CardData {
                                rank: pos + 1,
                                ranked: *r,
                                summary: summary?,
                                moved: mv.moved.get(pos).copied().unwrap_or(Movement::Same),
                                round: mv.round,
                            };
                            Some(card)
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let count = Memo::new(move |_| rows.with(Vec::len));
    let page = move || {
        view! {
            <ol id="mentor-list" class="mentor-list" data-testid="mentor-list">
                <For
                    each=move || 0..count.get()
                    key=|pos| *pos
                    children=move |pos| {
                        let card = Memo::new(move |_| rows.with(|rs| rs.get(pos).cloned()));
                        view! { <MentorCard card=card/> }
                    }
                />
            </ol>
        }
    };
    let total = move || filtered.with(Vec::len);
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">"Ranked mentors"</h2>
            <p class="hint source-line" data-testid="source-line">{move || m.dir.with(|d| d.label.clone())}</p>
            {move || {
                m.ranking
                    .get()
                    .map(|r| {
                        let n = r.ranked.len();
                        view! {
                            <p class="result-count" data-testid="result-count">
                                {format!("{n} {} match your must-haves", if n == 1 { "mentor" } else { "mentors" })}
                                {r.exclusions.summary().map(|s| format!("; {s}"))}
                                {r.no_priorities.then_some(". Every criterion that can be compared is set to “not important”, so all scores are 0 and mentors are listed by shared time, then name.")}
                            </p>
                            {(!r.excluded.is_empty()).then(|| view! {
                                <ul class="excluded" data-testid="excluded">
                                    {r.excluded.into_iter().map(|(reason, count)| view! {
                                        <li>
                                            <span>{
                                                let back = r.exclusions.relax_gain(reason);
                                                format!("{}: relaxing it brings back {back}", reason.counted(count))
                                            }</span>
                                            <button
                                                type="button"
                                                class="button small"
                                                data-testid=format!("relax-{}", reason.key())
                                                aria-label=format!("Relax: include mentors with {}", reason.label())
                                                on:click=move |_| relax(reason)
                                            >
                                                "Relax"
                                            </button>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            })}
                        }
                    })
            }}
            <Field id="mentor-search" label="Search the ranked mentors" class="field search">
                <input
                    type="search"
                    placeholder="Search by name, skill or industry"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        shown.set(PAGE_SIZE);
                        m.remember_view();
                    }
                />
            </Field>
            <Show when=move || { !query.with(|q| q.trim().is_empty()) }>
                <p class="hint" role="status">{move || format!("{} found", total())}</p>
            </Show>
            {page}
            <Show when=move || { total() > shown.get() }>
                <div class="more">
                    <button
                        type="button"
                        class="button"
                        data-testid="show-more"
                        on:click=move |_| {
                            shown.update(|n| *n = (*n + PAGE_SIZE).min(MAX_PAGES * PAGE_SIZE));
                            m.remember_view();
                        }
                    >
                        {move || format!("Show more ({} of {})", shown.get().min(total()), total())}
                    </button>
                </div>
            </Show>
        </section>
    }
}
