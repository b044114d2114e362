//! Mentor shortlisting: choose the directory (sample or imported roster), say what you need,
//! and get a ranked, explained list; shortlist, compare, draft an introduction, choose.
//!
//! The matching chain itself is [`Matching`] in `components/mentors/matching.rs`; this page
//! provides it and adds the search filter and paging on top of its ranking.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::goals::goal::Category;
use crate::core::mentors::scoring::ExclusionReason;
use crate::ui::components::{
    common::field::Field, mentors::matching::Matching, mentors::mentor_card::MentorCard,
    mentors::mentor_compare::MentorCompare, mentors::mentor_intro::MentorIntro,
    mentors::mentor_shortlist::MentorShortlist, mentors::needs_form::NeedsForm,
    mentors::roster_import::RosterImport,
};
use crate::ui::state::AppCtx;

/// Mentors shown per page of results.
pub const PAGE_SIZE: usize = 20;
/// Mentor shortlisting.
#[component]
pub fn MentorsPage() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    Matching::provide(ctx);
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
                        <section class="empty-state card" data-testid="mentors-no-goal">
                            <h2>"Find mentors who fit your goal"</h2>
                            <p>
                                "Once your goal is set, Trellis ranks mentors by what matters to you — skills, availability in your time zone, style — and explains every score. Start with your goal: its focus skills drive the matching. You can already fill in what you need below."
                            </p>
                            <A href="/goal" attr:class="button primary">"Define your goal first"</A>
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
            <RosterImport/>
            <NeedsForm/>
            <MentorShortlist/>
            <MentorCompare/>
            <MentorIntro/>
            <Results/>
        </div>
    }
}

/// The ranked list: counts, exclusions with one-click relax, search and paging.
#[component]
fn Results() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    let query = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE_SIZE);
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
    let page = move || {
        let n = shown.get();
        let Some(scorer) = m.scorer.get() else {
            return view! {
                <p class="notice warning" data-testid="needs-incomplete">
                    "Fill in what you need above (career stage, languages, learning style) to see mentors ranked for you."
                </p>
            }
            .into_any();
        };
        let rows = filtered.with(|f| f.iter().take(n).copied().collect::<Vec<_>>());
        m.dir.with(|d| {
            let cards = rows
                .into_iter()
                .enumerate()
                .map(|(pos, r)| {
                    let mentor = d.mentors[r.index].clone();
                    let breakdown = scorer.0.explain(&mentor);
                    view! { <MentorCard rank=pos + 1 mentor=mentor ranked=r breakdown=breakdown/> }
                })
                .collect_view();
            view! { <ol class="mentor-list" data-testid="mentor-list">{cards}</ol> }.into_any()
        })
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
                            <p class="result-count" role="status" data-testid="result-count">
                                {format!("{n} {} match your must-haves", if n == 1 { "mentor" } else { "mentors" })}
                                {r.exclusions.summary().map(|s| format!("; {s}"))}
                                {r.no_priorities.then_some(" Every priority is “not important”, so all scores are 0.")}
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
                    placeholder="Name, skill or industry"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        shown.set(PAGE_SIZE);
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
                        on:click=move |_| shown.update(|n| *n += PAGE_SIZE)
                    >
                        {move || format!("Show more ({} of {})", shown.get().min(total()), total())}
                    </button>
                </div>
            </Show>
        </section>
    }
}
