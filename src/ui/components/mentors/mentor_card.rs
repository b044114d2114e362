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

/// A card's parts, each a signal of its own that the list writes only when its value changed
/// ([`CardSlot::show`]). The list's words (`CardView`) are a memo of the page; a memo, however,
/// marks every reader down the graph on each change of the app state (Leptos checks every
/// path), so the ~20 bindings of each of the 20 cards were checked on every importance change
/// even where nothing changed. Written through these signals, a change reaches only the text
/// nodes and attributes whose value changed, and a card whose words stayed is not visited at
/// all (BENCHMARKS.md, "Mentors redraw").
#[derive(Clone, Copy)]
pub struct CardSlot {
    /// The mentor's position in the directory (`None` while the place is empty).
    index: RwSignal<Option<usize>>,
    id: RwSignal<String>,
    name: RwSignal<String>,
    headline: RwSignal<String>,
    rank: RwSignal<String>,
    score: RwSignal<String>,
    line: RwSignal<String>,
    reason: RwSignal<Option<String>>,
    not_said: RwSignal<Option<String>>,
    marker: RwSignal<Option<(String, String)>>,
    classes: RwSignal<String>,
    no_time: RwSignal<bool>,
}

/// Sets a part if its value changed (no one is told otherwise).
fn put<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, v: T) {
    s.maybe_update(|old| {
        let changed = *old != v;
        if changed {
            *old = v;
        }
        changed
    });
}

/// Sets a part to a copy of `v` if its value changed (copied only then).
fn put_copy<T: PartialEq + Clone + Send + Sync + 'static>(s: RwSignal<T>, v: &T) {
    if s.with_untracked(|old| old != v) {
        s.set(v.clone());
    }
}

impl CardSlot {
    /// An empty place (its signals belong to the current owner: the list creates its places
    /// under its own, so a card removed and built again at the same place reuses them).
    pub fn new() -> CardSlot {
        CardSlot {
            index: RwSignal::new(None),
            id: RwSignal::new(String::new()),
            name: RwSignal::new(String::new()),
            headline: RwSignal::new(String::new()),
            rank: RwSignal::new(String::new()),
            score: RwSignal::new(String::new()),
            line: RwSignal::new(String::new()),
            reason: RwSignal::new(None),
            not_said: RwSignal::new(None),
            marker: RwSignal::new(None),
            classes: RwSignal::new(String::new()),
            no_time: RwSignal::new(false),
        }
    }

    /// Shows these words at this place, writing only the parts that changed.
    pub fn show(&self, v: &CardView) {
        put(self.index, Some(v.index));
        put_copy(self.id, &v.id);
        put_copy(self.name, &v.name);
        put_copy(self.headline, &v.headline);
        put_copy(self.line, &v.line);
        put(self.rank, v.rank.to_string());
        put(self.score, v.score.to_string());
        put_copy(self.reason, &v.reason);
        put_copy(self.not_said, &v.not_said);
        put_copy(self.marker, &v.marker);
        // The card's classes as one attribute (one binding, not three toggles).
        let mut c = String::from("mentor-card card");
        if v.full {
            c.push_str(" is-full");
        }
        match v.highlight {
            Some(true) => c.push_str(" is-moved"),
            Some(false) => c.push_str(" is-moved-again"),
            None => {}
        }
        put(self.classes, c);
        put(self.no_time, v.no_time);
    }
}

impl Default for CardSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// One place of the ranked list, compact: place, name, headline, score, how the last
/// re-ranking moved its mentor, the strongest reason, key facts in one line and what the
/// mentee has not said, with buttons to open the full profile and score breakdown in place
/// (details on demand) and to shortlist. All roster text is rendered as text. The card keeps
/// its elements for its whole life: a re-ranking (a new mentor at this place included) only
/// rewrites the text nodes and attributes whose value changed, one signal per part.
#[component]
pub fn MentorCard(
    /// The parts the card shows at its place, written by the list where they changed.
    card: CardSlot,
    /// The place (0-based position in the list shown), for the ids of its title and details.
    place: usize,
    /// The active goal's shortlisted mentor ids (`None` without an active goal), as the list
    /// holds them: written only when the shortlist changes.
    shortlist: ReadSignal<Option<Vec<String>>>,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    let CardSlot {
        index: who,
        id,
        name,
        headline,
        rank,
        score,
        line,
        reason,
        not_said,
        marker,
        classes,
        no_time,
    } = card;
    // The ids that tie the title and the details to their buttons belong to the place (as the
    // card does), so they never change with the mentor shown.
    let detail_id = format!("detail-place-{place}");
    let title_id = format!("mentor-place-{place}-name");
    // Whether the optional parts are shown (their `hidden` changes only with these).
    let has_mark = Memo::new(move |_| marker.with(|x| x.as_ref().is_some_and(|x| !x.0.is_empty())));
    let no_reason =
        Memo::new(move |_| reason.with(|x| x.as_deref().unwrap_or_default().is_empty()));
    let no_not_said =
        Memo::new(move |_| not_said.with(|x| x.as_deref().unwrap_or_default().is_empty()));
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
    let has_goal = Memo::new(move |_| shortlist.with(Option::is_some));
    let listed = Memo::new(move |_| {
        id.with(|id| {
            shortlist.with(|l| {
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
            data-move=move || marker.with(|x| x.as_ref().map(|x| x.0.clone()).unwrap_or_default())
        >
            <div class="mc-head">
                <span class="mc-rank" aria-hidden="true">{move || rank.get()}</span>
                <div class="mc-title">
                    <h3 id=title_id.clone() data-testid="mentor-name">{move || name.get()}</h3>
                    <p class="mc-headline">{move || headline.get()}</p>
                </div>
                <p class="mc-move" data-testid="mentor-move" hidden=move || !has_mark.get()>
                    <span aria-hidden="true">{move || marker.with(|x| x.as_ref().map(|x| x.0.clone()).unwrap_or_default())}</span>
                    <span class="visually-hidden">{move || marker.with(|x| x.as_ref().map(|x| x.1.clone()).unwrap_or_default())}</span>
                </p>
                <p class="mc-score" data-testid="mentor-score">
                    <span class="mc-score-num">{move || score.get()}</span>
                    <span class="mc-score-label">"/ 100"<span class="visually-hidden">" match score"</span></span>
                </p>
            </div>
            <p class="mc-reason" data-testid="mentor-reason" hidden=move || no_reason.get()>{move || reason.get().unwrap_or_default()}</p>
            <p class="mc-no-time" data-testid="card-no-time" hidden=move || !no_time.get()>{NO_TIME}</p>
            <p class="mc-line" data-testid="mentor-facts-line">{move || line.get()}</p>
            <p class="mc-not-said" data-testid="card-not-said" hidden=move || no_not_said.get()>{move || not_said.get().unwrap_or_default()}</p>
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
