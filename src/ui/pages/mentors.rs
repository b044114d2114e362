//! Mentor shortlisting: choose the directory (sample or imported roster), say what you need,
//! and get a ranked, explained list; shortlist, compare, draft an introduction, choose.
//!
//! The matching chain itself is [`Matching`] in `components/mentors/matching.rs`; this page
//! provides it and adds the search filter, paging and the movement markers on top of its
//! ranking. Phones see the results first (the needs open as a sheet); wide screens show needs
//! and results side by side. Search, page and the open card live in the address query
//! (`?q=…&page=2&open=id`), so a reload comes back to the same view.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::A;

use super::intro;
use crate::core::goals::goal::Category;
use crate::core::mentors::movement::{Movement, movements};
use crate::core::mentors::scoring::{ExclusionReason, Ranked};
use crate::ui::components::{
    common::field::Field,
    mentors::match_summary::MatchSummary,
    mentors::matching::Matching,
    mentors::mentor_card::{CardData, CardSlot, CardView, MentorCard},
    mentors::mentor_compare::MentorCompare,
    mentors::mentor_intro::MentorIntro,
    mentors::mentor_shortlist::MentorShortlist,
    mentors::needs_pane::NeedsPane,
    mentors::shortlist_bar::ShortlistBar,
};
use crate::ui::state::AppCtx;

use crate::ui::components::mentors::matching::{MAX_PAGES, PAGE_SIZE, SharedScorer};

/// Cards built in the page's mount task (the rest follow after the first frame): more than a
/// phone's first screen shows.
const FIRST_CARDS: usize = 3;
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
            <h1>{intro::MENTORS.title}</h1>
            <p class="lede">{intro::MENTORS.lede}</p>
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

/// What the list shows: the search, how many, the page of ranked mentors in order and how
/// each moved since the list shown before.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    query: String,
    n: usize,
    /// How many ranked mentors the search finds.
    total: usize,
    page: Vec<Ranked>,
    order: Vec<usize>,
    moved: Vec<Movement>,
    /// Re-rankings seen (a search or "show more" starts afresh, as the markers do).
    round: usize,
    /// The scorer of the ranking (compared by identity: its summaries are new).
    scorer: Option<SharedScorer>,
}

/// The counts above the list: how many match, the exclusions in words, and per reason how
/// many it excludes and how many relaxing it brings back.
#[derive(Clone, Debug, PartialEq)]
struct Counts {
    n: usize,
    summary: Option<String>,
    no_priorities: bool,
    excluded: Vec<(ExclusionReason, usize, usize)>,
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
    // The page shown, compared with the page shown before the last change of the ranking
    // (a search or "show more" is not a re-ranking: it starts afresh). The directory is read
    // untracked: a new directory always comes with a new ranking (see `Matching::ranking`).
    let listing = Memo::new(move |prev: Option<&Shown>| {
        let q = query.get();
        let n = shown.get();
        let needle = q.trim().to_lowercase();
        let (total, page) = m.ranking.with(|r| {
            let Some(r) = r else {
                return (0, Vec::new());
            };
            if needle.is_empty() {
                return (r.ranked.len(), r.ranked.iter().take(n).copied().collect());
            }
            m.dir.with_untracked(|d| {
                let found: Vec<Ranked> = r
                    .ranked
                    .iter()
                    .filter(|x| d.hay[x.index].contains(&needle))
                    .copied()
                    .collect();
                (found.len(), found.into_iter().take(n).collect())
            })
        });
        let order: Vec<usize> = page.iter().map(|r| r.index).collect();
        let (moved, round) = match prev {
            // The same page again (a new scorer that ranks alike): the marks stay.
            Some(p) if p.query == q && p.n == n && p.page == page => (p.moved.clone(), p.round),
            Some(p) if p.query == q && p.n == n => (movements(&p.order, &order), p.round + 1),
            _ => (vec![Movement::Same; order.len()], 0),
        };
        Shown {
            query: q,
            n,
            total,
            page,
            order,
            moved,
            round,
            scorer: m.scorer.get_untracked(),
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
    // The directory is read untracked and the scorer comes with the listing: each of their
    // changes comes with a new ranking, hence a new listing (two paths from the app state to
    // the cards instead of six).
    let rows = Memo::new(move |_| {
        listing.with(|l| {
            let Some(scorer) = l.scorer.as_ref() else {
                return Vec::new();
            };
            m.dir.with_untracked(|d| {
                // One pass over the directory's own index for the whole page.
                let summaries = scorer
                    .0
                    .summaries_in(&d.index, &d.mentors, &l.order, &d.horizon);
                l.page
                    .iter()
                    .zip(summaries)
                    .enumerate()
                    .filter_map(|(pos, (r, summary))| {
                        let data = CardData {
                            rank: pos + 1,
                            ranked: *r,
                            summary: summary?,
                            moved: l.moved.get(pos).copied().unwrap_or(Movement::Same),
                            round: l.round,
                        };
                        Some(CardView::new(d.mentors.get(r.index)?, &data))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let count = Memo::new(move |_| rows.with(Vec::len));
    // The places' parts are signals the list writes where a value changed (`CardSlot`): a
    // memo read by the cards would mark every binding of every card on each change of the app
    // state, changed or not. The places are created under the list's owner, so a place
    // shown again (after a narrower search) reuses its signals.
    let owner = Owner::current().expect("the list has an owner");
    let slots: StoredValue<Vec<CardSlot>> = StoredValue::new(Vec::new());
    let slot = move |pos: usize| {
        slots.update_value(|v| {
            while v.len() <= pos {
                v.push(owner.with(CardSlot::new));
            }
        });
        let s = slots.with_value(|v| v[pos]);
        rows.with_untracked(|rs| {
            if let Some(r) = rs.get(pos) {
                s.show(r);
            }
        });
        s
    };
    Effect::new(move |_| {
        rows.with(|rs| {
            slots.with_value(|v| {
                for (s, r) in v.iter().zip(rs) {
                    s.show(r);
                }
            })
        })
    });
    // The shortlist as the cards read it, written only when it changes (the memo is checked
    // on every change of the app state, and so would be its ~5 bindings in each card).
    let shortlist = RwSignal::new(m.shortlist.get_untracked());
    Effect::new(move |_| {
        m.shortlist.with(|l| {
            if shortlist.with_untracked(|s| s != l) {
                shortlist.set(l.clone());
            }
        })
    });
    let shortlist = shortlist.read_only();
    // The first cards are built in the page's mount task, the others in a task of their own
    // after the first frame: one long task of the first view on a slow phone becomes two
    // (BENCHMARKS.md, "Mentors first view"). The ranking is whole from the start; only the
    // cards below the first screen arrive a frame later, and the list says it is busy meanwhile.
    let built = RwSignal::new(FIRST_CARDS);
    request_animation_frame(move || {
        set_timeout(
            move || {
                built.try_set(usize::MAX);
            },
            Duration::ZERO,
        )
    });
    let page = move || {
        let slot = slot.clone();
        view! {
            <ol
                id="mentor-list"
                class="mentor-list"
                data-testid="mentor-list"
                aria-busy=move || (count.get() > built.get()).then_some("true")
            >
                <For
                    each=move || 0..count.get().min(built.get())
                    key=|pos| *pos
                    children=move |pos| {
                        view! { <MentorCard card=slot(pos) place=pos shortlist=shortlist/> }
                    }
                />
            </ol>
        }
    };
    let total = move || listing.with(|l| l.total);
    // The counts line and the exclusions, compared: a re-ranking that keeps them (an
    // importance change) rebuilds nothing here.
    let counts = Memo::new(move |_| {
        m.ranking.with(|r| {
            r.as_ref().map(|r| Counts {
                n: r.ranked.len(),
                summary: r.exclusions.summary(),
                no_priorities: r.no_priorities,
                excluded: r
                    .excluded
                    .iter()
                    .map(|&(reason, count)| (reason, count, r.exclusions.relax_gain(reason)))
                    .collect(),
            })
        })
    });
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">"Ranked mentors"</h2>
            <p class="hint source-line" data-testid="source-line">{move || m.dir.with(|d| d.label.clone())}</p>
            {move || {
                counts
                    .get()
                    .map(|c| {
                        let n = c.n;
                        view! {
                            <p class="result-count" data-testid="result-count">
                                {format!("{n} {} match your must-haves", if n == 1 { "mentor" } else { "mentors" })}
                                {c.summary.map(|s| format!("; {s}"))}
                                {c.no_priorities.then_some(". Every criterion that can be compared is set to “not important”, so all scores are 0 and mentors are listed by shared time, then name.")}
                            </p>
                            {(!c.excluded.is_empty()).then(|| view! {
                                <ul class="excluded" data-testid="excluded">
                                    {c.excluded.into_iter().map(|(reason, count, back)| view! {
                                        <li>
                                            <span>{
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
