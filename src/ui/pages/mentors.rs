//! Mentor shortlisting: choose the directory (sample or imported roster), say what you need,
//! and get a ranked, explained list; shortlist, compare, draft an introduction, choose.
//!
//! Derived values are memos in one chain, so typing a note never re-ranks:
//! directory (per source) → index; needs draft → needs (last valid) → scorer → ranking →
//! filtered by the search → the page shown.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::form::FieldError;
use crate::core::goals::goal::Category;
use crate::core::mentors::directory;
use crate::core::mentors::mentor::Mentor;
use crate::core::mentors::needs::{Needs, NeedsDraft};
use crate::core::mentors::scoring::{ExclusionReason, MentorIndex, Ranking, Scorer};
use crate::ui::browser;
use crate::ui::components::{
    mentors::mentor_card::MentorCard, mentors::mentor_compare::MentorCompare,
    mentors::mentor_intro::MentorIntro, mentors::mentor_shortlist::MentorShortlist,
    mentors::needs_form::NeedsForm, mentors::roster_import::RosterImport,
};
use crate::ui::state::AppCtx;

/// Mentors shown per page of results.
pub const PAGE_SIZE: usize = 20;
/// Most mentors on a shortlist.
pub const SHORTLIST_MAX: usize = 5;

/// The mentors being ranked, with everything derived from them once per source.
#[derive(Clone, Debug)]
pub struct Dir {
    /// What the directory is, in words ("Sample mentors (fictional profiles)" or the file).
    pub label: String,
    /// The built-in sample profiles (always labelled as fictional).
    pub is_sample: bool,
    pub mentors: Arc<Vec<Mentor>>,
    pub index: Arc<MentorIndex>,
    /// Mentor id → position in `mentors`.
    pub by_id: Arc<HashMap<String, usize>>,
    /// Lowercased "name skills industry" per mentor, for the search box.
    pub hay: Arc<Vec<String>>,
}

impl PartialEq for Dir {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.mentors, &other.mentors) && self.label == other.label
    }
}

impl Dir {
    fn new(label: String, is_sample: bool, mentors: Vec<Mentor>) -> Dir {
        let index = MentorIndex::new(&mentors);
        let by_id = mentors
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), i))
            .collect();
        let hay = mentors
            .iter()
            .map(|m| format!("{} {} {}", m.name, m.skills.join(" "), m.industry).to_lowercase())
            .collect();
        Dir {
            label,
            is_sample,
            mentors: Arc::new(mentors),
            index: Arc::new(index),
            by_id: Arc::new(by_id),
            hay: Arc::new(hay),
        }
    }

    /// The mentor with this id, if this directory has one.
    pub fn get(&self, id: &str) -> Option<&Mentor> {
        self.by_id.get(id).map(|&i| &self.mentors[i])
    }
}

/// A scorer shared cheaply between memos (compared by identity: it is rebuilt only when the
/// needs memo changes).
#[derive(Clone, Debug)]
pub struct SharedScorer(pub Arc<Scorer>);

impl PartialEq for SharedScorer {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The matching pipeline, provided to the page's components through context.
#[derive(Clone, Copy)]
pub struct Matching {
    pub dir: Memo<Dir>,
    /// The needs form as validated right now (focus skills and category from the goal).
    pub checked: Memo<Result<Needs, Vec<FieldError>>>,
    /// The last valid needs (kept while the form is being fixed).
    pub needs: Memo<Option<Needs>>,
    pub scorer: Memo<Option<SharedScorer>>,
    pub ranking: Memo<Option<Ranking>>,
    /// The mentor whose details are open.
    pub open: RwSignal<Option<String>>,
    /// Shortlisted ids picked for the comparison.
    pub compare: RwSignal<Vec<String>>,
    /// The shortlisted id an introduction is being drafted for.
    pub intro_for: RwSignal<Option<String>>,
}

impl Matching {
    /// The context provided by the Mentors page.
    pub fn use_ctx() -> Matching {
        expect_context::<Matching>()
    }

    fn provide(ctx: AppCtx) -> Matching {
        // The source key is cheap to compare, so the directory (and its index) is rebuilt only
        // when the source really changes, never on an unrelated edit.
        let source = Memo::new(move |_| {
            ctx.state.with(|s| match (&s.roster, s.use_roster) {
                (Some(r), true) => Some((
                    r.file_name.clone(),
                    r.imported_on.clone(),
                    r.mentors.len(),
                    r.mentors.first().map(|m| m.id.clone()),
                    r.mentors.last().map(|m| m.id.clone()),
                )),
                _ => None,
            })
        });
        let dir = Memo::new(move |_| match source.get() {
            Some((file, on, n, ..)) => {
                let mentors = ctx.state.with_untracked(|s| {
                    s.roster
                        .as_ref()
                        .map(|r| r.mentors.clone())
                        .unwrap_or_default()
                });
                Dir::new(
                    format!("Imported roster “{file}” ({n} mentors, imported {on})"),
                    false,
                    mentors,
                )
            }
            None => {
                let d = directory::sample();
                Dir::new(d.label.clone(), true, d.mentors.clone())
            }
        });
        let draft = Memo::new(move |_| {
            ctx.state.with(|s| {
                let mut d: NeedsDraft = s.needs.clone();
                effective_needs(&mut d);
                if let Some(g) = s.active() {
                    d.focus_skills = g.draft.focus_skills.clone();
                    d.category = g.draft.category.clone();
                }
                d
            })
        });
        let checked = Memo::new(move |_| draft.with(NeedsDraft::validate));
        let needs = Memo::new(move |prev: Option<&Option<Needs>>| match checked.get() {
            Ok(n) => Some(n),
            Err(_) => prev.cloned().flatten(),
        });
        let today = ctx.today;
        let scorer = Memo::new(move |_| {
            needs.with(|n| {
                n.as_ref()
                    .map(|n| SharedScorer(Arc::new(Scorer::new(n, today))))
            })
        });
        let ranking = Memo::new(move |_| {
            let s = scorer.get()?;
            Some(dir.with(|d| s.0.rank_index(&d.index)))
        });
        let m = Matching {
            dir,
            checked,
            needs,
            scorer,
            ranking,
            open: RwSignal::new(None),
            compare: RwSignal::new(Vec::new()),
            intro_for: RwSignal::new(None),
        };
        provide_context(m);
        m
    }
}

/// Fills what the form shows by default but the mentee never typed: the browser's time zone
/// and one-to-one mentoring.
pub fn effective_needs(d: &mut NeedsDraft) {
    if d.time_zone.trim().is_empty() {
        d.time_zone = browser::browser_time_zone().unwrap_or_else(|| "UTC".into());
    }
    if d.form.trim().is_empty() {
        d.form = "one_to_one".into();
    }
}

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
                                {(r.excluded_total > 0).then(|| format!("; {} excluded.", r.excluded_total))}
                                {r.no_priorities.then_some(" Every priority is “not important”, so all scores are 0.")}
                            </p>
                            {(!r.excluded.is_empty()).then(|| view! {
                                <ul class="excluded" data-testid="excluded">
                                    {r.excluded.into_iter().map(|(reason, count)| view! {
                                        <li>
                                            <span>{format!("{count} excluded: {}", reason.label())}</span>
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
            <div class="field search">
                <label for="mentor-search">"Search the ranked mentors"</label>
                <input
                    id="mentor-search"
                    type="search"
                    placeholder="Name, skill or industry"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        shown.set(PAGE_SIZE);
                    }
                />
            </div>
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
