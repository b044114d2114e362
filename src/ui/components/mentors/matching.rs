//! The Mentors page's shared handle: the directory, needs, scorer and ranking as one memo chain,
//! provided through context to the page's components.
//!
//! Derived values are memos in one chain, so typing a note never re-ranks:
//! directory (per source) → index; needs draft (+ browser facts for answers not given) →
//! needs (last valid) → scorer → ranking.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::core::form::FieldError;
use crate::core::mentors::directory;
use crate::core::mentors::mentor::Mentor;
use crate::core::mentors::needs::{Needs, NeedsDraft, assumption_line};
use crate::core::mentors::scoring::{Horizon, MentorIndex, Ranking, Scorer};
use crate::ui::browser;
use crate::ui::state::AppCtx;

/// Most mentors on a shortlist.
pub const SHORTLIST_MAX: usize = 5;
/// Mentors shown per page of results.
pub const PAGE_SIZE: usize = 20;
/// Most pages shown at once (and accepted from the address).
pub const MAX_PAGES: usize = 50;

/// The mentors being ranked, with everything derived from them once per source.
#[derive(Clone, Debug)]
pub struct Dir {
    /// What the directory is, in words ("Sample mentors (fictional profiles)" or the file).
    pub label: String,
    /// The built-in sample profiles (always labelled as fictional).
    pub is_sample: bool,
    pub mentors: Arc<Vec<Mentor>>,
    pub index: Arc<MentorIndex>,
    /// The directory's zones prepared for this week (a cache: the scorer, the ranking and the
    /// cards' summaries take a zone's week from it instead of building it on every change).
    pub horizon: Arc<Horizon>,
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
    fn new(label: String, is_sample: bool, mentors: Vec<Mentor>, today: NaiveDate) -> Dir {
        let index = MentorIndex::new(&mentors);
        let horizon = Horizon::for_index(&index, today, []);
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
            horizon: Arc::new(horizon),
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
    /// The ranking of the directory under the scorer. Every recomputation (a new scorer or
    /// directory) counts as a change, so a reader of the ranking may read `scorer` and `dir`
    /// untracked: fewer paths from the app state to the cards, which the reactive graph walks
    /// on every change (BENCHMARKS.md, "Mentors redraw").
    pub ranking: Memo<Option<Ranking>>,
    /// The active goal's shortlisted mentor ids (`None` without an active goal): what every
    /// card's shortlist button reads, instead of each card reading the whole app state.
    pub shortlist: Memo<Option<Vec<String>>>,
    /// What the ranking assumes for answers not given, in one line ("Assuming English,
    /// Europe/Berlin, any career stage — refine").
    pub assumption: Memo<Option<String>>,
    /// Whether the needs are open as a sheet (phones; on wide screens they are always shown).
    pub sheet_open: RwSignal<bool>,
    /// The mentor whose details are open (kept in the address with the search and page).
    pub open: RwSignal<Option<String>>,
    /// The search text over the ranked mentors.
    pub query: RwSignal<String>,
    /// How many ranked mentors are shown (whole pages of [`PAGE_SIZE`]).
    pub shown: RwSignal<usize>,
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

    /// Builds the matching chain for this app state and provides it to the components below.
    pub fn provide(ctx: AppCtx) -> Matching {
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
                    ctx.today,
                )
            }
            None => {
                let d = directory::sample();
                Dir::new(d.label.clone(), true, d.mentors.clone(), ctx.today)
            }
        });
        // Read once: the browser's languages and zone only fill answers the mentee has not given.
        let facts = browser::browser_facts();
        let draft = Memo::new(move |_| {
            ctx.state.with(|s| {
                let mut d: NeedsDraft = s.needs.clone();
                if let Some(g) = s.active() {
                    d.focus_skills = g.draft.focus_skills.clone();
                    d.category = g.draft.category.clone();
                }
                d
            })
        });
        let checked = Memo::new(move |_| draft.with(|d| d.resolve(&facts)));
        let needs = Memo::new(move |prev: Option<&Option<Needs>>| match checked.get() {
            Ok(n) => Some(n),
            Err(_) => prev.cloned().flatten(),
        });
        let today = ctx.today;
        // The directory's horizon is only a cache (the same scorer with or without it), so it
        // is read untracked.
        let scorer = Memo::new(move |_| {
            needs.with(|n| {
                let n = n.as_ref()?;
                let horizon = dir.with_untracked(|d| d.horizon.clone());
                Some(SharedScorer(Arc::new(Scorer::with_horizon(
                    n, today, &horizon,
                ))))
            })
        });
        let ranking = Memo::new_with_compare(
            move |_| {
                let s = scorer.get()?;
                Some(dir.with(|d| s.0.rank_in(&d.index, &d.horizon)))
            },
            |old, new| !matches!((old, new), (Some(None), Some(None))),
        );
        let shortlist = Memo::new(move |_| {
            ctx.state.with(|s| {
                s.active()
                    .map(|g| g.shortlist.iter().map(|e| e.mentor_id.clone()).collect())
            })
        });
        let assumption = Memo::new(move |_| needs.with(|n| n.as_ref().and_then(assumption_line)));
        let m = Matching {
            dir,
            assumption,
            sheet_open: RwSignal::new(false),
            checked,
            needs,
            scorer,
            ranking,
            shortlist,
            open: RwSignal::new(browser::url_param("open").filter(|v| !v.is_empty())),
            query: RwSignal::new(browser::url_param("q").unwrap_or_default()),
            shown: RwSignal::new(
                browser::url_param("page")
                    .and_then(|p| p.parse::<usize>().ok())
                    .filter(|p| (1..=MAX_PAGES).contains(p))
                    .unwrap_or(1)
                    * PAGE_SIZE,
            ),
            compare: RwSignal::new(Vec::new()),
            intro_for: RwSignal::new(None),
        };
        provide_context(m);
        m
    }
}

impl Matching {
    /// Writes the search, page and open card into the address (`?q=…&page=2&open=id`), so a
    /// reload comes back to them. Called after each change of one of them (no effect needed).
    pub fn remember_view(self) {
        let q = self.query.get_untracked();
        let page = self.shown.get_untracked() / PAGE_SIZE;
        browser::replace_url_query(&[
            ("q", q.trim().to_string()),
            (
                "page",
                if page > 1 {
                    page.to_string()
                } else {
                    String::new()
                },
            ),
            ("open", self.open.get_untracked().unwrap_or_default()),
        ]);
    }
}
