//! Explainable mentor shortlisting against the mentee's own priorities.
//!
//! [`rank`] filters by must-haves and scores every remaining mentor 0–100 (integer);
//! [`explain`] gives one mentor's [`Breakdown`] with a human reason per criterion. Both run the
//! same evaluation, so `explain(m).score` is always the score `rank` gave `m`, and a
//! breakdown's points always sum exactly to its score.
//!
//! # Scoring rules
//!
//! * **Must-haves** ([`MustHaves`]) exclude a mentor. [`Ranking::exclusions`] counts so the
//!   numbers add up: each excluded mentor once, under the one must-have it misses or under
//!   "misses more than one" ([`ExclusionCounts::summary`]); relaxing a must-have brings back
//!   exactly its "only" count. [`Ranking::excluded`] still counts per reason, a mentor under
//!   each must-have it misses (so those can add up to more than the total).
//! * **Shared time is read in the typical week** ([`overlap::typical_week`]): of the next
//!   [`overlap::HORIZON_WEEKS`] weeks from the reference week, the first week with the clock
//!   difference that holds in most of them. The score, the minimum-hours must-have and the
//!   explanation all use that week, which the explanation names ("week of 7 Dec"); weeks in
//!   which a clock change alters the hours are listed ("0 h from 15 Mar to 28 Mar while
//!   clocks differ"), so a must-have never excludes a mentor for one odd week only.
//! * **Soft criteria** ([`Criterion`]) each earn a fit in 0..=1:
//!   * skills: each focus skill offered exactly counts 1, a related skill
//!     ([`crate::core::mentors::skills`]) counts ½, divided by the number of focus skills;
//!   * industry: the same industry fits, or, when the mentee wants a different perspective,
//!     a different one does;
//!   * experience: career-stage gap suited to the form (one-to-one, group and micro: one or
//!     two stages more senior fits best; peer: the same stage; reverse: more junior);
//!   * availability: weekly shared hours ([`crate::core::mentors::overlap`]), saturating at
//!     [`SATURATION_MIN`] (4 h);
//!   * style: mentor's teaching style against the learning style ([`style_fit`]);
//!   * interests: shared interests over the mentee's interests, saturating at 3.
//! * **Points**: the 100 points are shared among criteria in proportion to their importance
//!   weights (Not 0, Somewhat 1, Very 2, Essential 3) by the largest-remainder method, giving
//!   each criterion an integer `max_points`. A criterion the mentee gave no data for (no focus
//!   skills, no industry, no free times, no interests) gets no points at all, whatever its
//!   importance, so it neither helps nor hurts anyone. A mentor earns `max_points × fit` per
//!   criterion; the score is the rounded total and the integer points are allocated by
//!   largest remainder so they sum exactly to it.
//! * **No priorities**: if every usable criterion is "not important", every mentor scores 0
//!   ([`Ranking::no_priorities`]) and the order falls to the tie-breakers. This only happens
//!   when the mentee chose "not important": an importance not set is assumed "somewhat", and
//!   free times not given are assumed weekday evenings ([`crate::core::mentors::needs::DEFAULT_WINDOWS`]),
//!   so a fresh profile is ranked by shared time (and the goal's focus skills). Assumed free
//!   times never trigger the zero-shared-time demotion.
//! * **Importance** is defined in [`crate::core::mentors::needs`]: weights 0/1/2/3, and an
//!   "essential" criterion dominates.
//! * **Order**: first by the number of essential criteria the mentor has none of (fewest
//!   first, [`Ranked::misses`]); then mentors with open slots before full ones (capacity 0,
//!   even when open capacity is not a must-have); then, when the mentee gave free times and
//!   shared time counts, mentors sharing some time before those sharing none
//!   ([`Ranked::no_time`]); then score (high first), then weekly overlap (more first), then
//!   name, then id, then directory position. Each of these demotions is said in the
//!   breakdown's notes.
//!
//! # Use from the UI
//!
//! ```ignore
//! let index = MentorIndex::new(&mentors);          // once per directory load/change
//! let scorer = Scorer::new(&needs, week_start);      // once per change of needs/priorities
//! let ranking = scorer.rank_index(&index);           // compact, sorted
//! let page: Vec<usize> = ranking.ranked.iter().take(20).map(|r| r.index).collect();
//! let cards = scorer.summaries(&index, &mentors, &page); // the cards shown, one pass
//! let why = scorer.explain(&mentors[ranking.ranked[0].index]); // per card whose details are open
//! ```
//!
//! [`rank`] and [`explain`] are one-shot conveniences doing the same. All paths share one
//! evaluation, so scores always agree.
//!
//! # Performance
//!
//! [`Scorer::new`] precomputes the mentee side once: normalized focus skills and interests,
//! the UTC spans of the mentee's week as a running total ([`overlap::WeekCounter`]), and the
//! points each criterion gives at every reachable fit (point tables, from the same fit
//! functions and rounding as the explanations). [`MentorIndex`] precomputes the directory side
//! once: interned skills (with their related-skill clusters), interests, languages, industries
//! and zones, each mentor's availability as merged local week spans, and the rows in
//! tie-break order. [`Scorer::rank_index`] then maps each distinct skill, zone … to the needs
//! once and scores every mentor with integer work, no strings and no allocation per mentor.
//! Shared time is two table lookups per local span when the mentor's zone keeps one UTC
//! offset on the mentor's weekdays that can reach the week (nearly always); otherwise, next to
//! a daylight-saving change, the mentor's windows are converted to UTC and intersected as in
//! [`explain`]. Each kept mentor becomes one `u64` (order key and row), sorted by two
//! counting-sort passes. A compact card needs only [`Scorer::summary`] (score, the one
//! strongest reason, what is not said; [`Scorer::summaries`] for a page of cards from the
//! directory's own index); full explanations ([`Scorer::explain`]) are built on
//! demand, for the cards whose details are open.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::core::mentors::mentor::{CareerStage, Mentor, MentoringForm, Style};
pub use crate::core::mentors::needs::{Criterion, Importance, MustHaves, Needs, Weights};
use crate::core::mentors::overlap::{self, Overlap, Span, Steady, WeekCounter, ZoneWeek};
use crate::core::mentors::skills::{self, NameTable};
use crate::core::time::tz::Tz;

mod explain;
pub use explain::CardSummary;
mod horizon;
pub use horizon::Horizon;
mod index;
mod order;
#[cfg(test)]
mod tests;

pub use index::MentorIndex;
use index::{Row, covers, fold_key, form_bit, format_bit, slice};
use order::{SortKey, decode, sort_keys};

/// Weekly shared minutes at which the availability criterion is fully met.
pub const SATURATION_MIN: u32 = 240;
/// Shared interests at which the interests criterion is fully met.
pub const INTEREST_SATURATION: u32 = 3;
/// Most focus skills / interests scored (extra ones are ignored).
pub const MAX_SCORED_ITEMS: usize = 32;

/// Why a mentor was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExclusionReason {
    Language,
    Format,
    Capacity,
    Overlap,
    Budget,
    Form,
}

impl ExclusionReason {
    /// Every reason, in display order.
    pub const ALL: [ExclusionReason; 6] = [
        ExclusionReason::Language,
        ExclusionReason::Format,
        ExclusionReason::Capacity,
        ExclusionReason::Overlap,
        ExclusionReason::Budget,
        ExclusionReason::Form,
    ];

    fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// Stable machine key.
    pub fn key(self) -> &'static str {
        match self {
            ExclusionReason::Language => "language",
            ExclusionReason::Format => "format",
            ExclusionReason::Capacity => "capacity",
            ExclusionReason::Overlap => "overlap",
            ExclusionReason::Budget => "budget",
            ExclusionReason::Form => "form",
        }
    }

    /// Short human label for "12 excluded: no shared language".
    pub fn label(self) -> &'static str {
        match self {
            ExclusionReason::Language => "no shared language",
            ExclusionReason::Format => "none of your formats",
            ExclusionReason::Capacity => "no open slots",
            ExclusionReason::Overlap => "too little shared time",
            ExclusionReason::Budget => "over your budget",
            ExclusionReason::Form => "doesn't offer your mentoring form",
        }
    }

    /// "16 with no shared language", "13 over your budget" (for [`ExclusionCounts::summary`]).
    pub fn counted(self, n: usize) -> String {
        match self {
            ExclusionReason::Language => format!("{n} with no shared language"),
            ExclusionReason::Format => format!("{n} with none of your formats"),
            ExclusionReason::Capacity => format!("{n} with no open slots"),
            ExclusionReason::Overlap => format!("{n} with too little shared time"),
            ExclusionReason::Budget => format!("{n} over your budget"),
            ExclusionReason::Form if n == 1 => format!("{n} who doesn't offer your mentoring form"),
            ExclusionReason::Form => format!("{n} who don't offer your mentoring form"),
        }
    }

    /// Turns the must-have behind this reason off (the one-click "relax").
    pub fn relax(self, must: &mut MustHaves) {
        match self {
            ExclusionReason::Language => must.language = false,
            ExclusionReason::Format => must.format = false,
            ExclusionReason::Capacity => must.open_capacity = false,
            ExclusionReason::Overlap => must.min_overlap_hours = None,
            ExclusionReason::Budget => must.budget = false,
            ExclusionReason::Form => must.form = false,
        }
    }
}

/// Excluded mentors counted so that the numbers add up: each excluded mentor is counted
/// once, under the one must-have it misses or under "more than one".
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ExclusionCounts {
    /// Mentors excluded (each once): `only` plus `several`.
    pub total: usize,
    /// Mentors that miss exactly this must-have and no other, only reasons with a non-zero
    /// count, in [`ExclusionReason::ALL`] order: relaxing it brings exactly these back.
    pub only: Vec<(ExclusionReason, usize)>,
    /// Mentors that miss more than one must-have.
    pub several: usize,
}

impl ExclusionCounts {
    /// How many mentors come back when `reason` alone is relaxed.
    pub fn relax_gain(&self, reason: ExclusionReason) -> usize {
        self.only
            .iter()
            .find(|(r, _)| *r == reason)
            .map_or(0, |(_, n)| *n)
    }

    /// One line whose numbers add up, e.g. "36 excluded: 16 with no shared language,
    /// 13 over your budget, 7 miss more than one must-have."; `None` when nobody is excluded.
    pub fn summary(&self) -> Option<String> {
        if self.total == 0 {
            return None;
        }
        let mut parts: Vec<String> = self.only.iter().map(|(r, n)| r.counted(*n)).collect();
        if self.several > 0 {
            let verb = if self.several == 1 { "misses" } else { "miss" };
            parts.push(format!("{} {verb} more than one must-have", self.several));
        }
        Some(format!("{} excluded: {}.", self.total, parts.join(", ")))
    }
}

/// What a [`Fact`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactKind {
    /// Offers the mentee's mentoring form.
    Form,
    /// Meets in one of the mentee's formats.
    Format,
    /// Speaks one of the mentee's languages.
    Language,
    /// Has an open place.
    Capacity,
    /// Free, or within the mentee's budget.
    Price,
}

/// One practical fact about a mentor, in a sentence, with whether it fits the mentee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub kind: FactKind,
    /// `Some(true)` only when it really fits; `None` when there is nothing to compare with
    /// (no format chosen, no budget set).
    pub fits: Option<bool>,
    pub text: String,
}

/// One ranked mentor, compact: look details up with `mentors[index]` and [`Scorer::explain`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// Position in the slice passed to [`rank`].
    pub index: usize,
    /// 0–100.
    pub score: u8,
    /// Shared minutes in the typical week.
    pub overlap_min: u32,
    /// No open slots (sorted after every open mentor with the same `misses`).
    pub full: bool,
    /// Essential criteria this mentor has none of (sorted first, fewest first).
    pub misses: u8,
    /// Shares no time while the mentee gave free times and shared time counts (sorted after
    /// mentors who share some, within the same `misses` and `full`).
    pub no_time: bool,
}

/// The shortlist.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Ranking {
    /// Mentors meeting every must-have, best first.
    pub ranked: Vec<Ranked>,
    /// Excluded mentors per reason, only reasons with a non-zero count, in
    /// [`ExclusionReason::ALL`] order. A mentor failing several must-haves counts under each.
    pub excluded: Vec<(ExclusionReason, usize)>,
    /// Mentors excluded for at least one reason (each counted once).
    pub excluded_total: usize,
    /// Every usable criterion is "not important": all scores are 0.
    pub no_priorities: bool,
    /// Excluded mentors, counted so the numbers add up.
    pub exclusions: ExclusionCounts,
}

/// One criterion's share of a score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub criterion: Criterion,
    pub importance: Importance,
    pub points: u8,
    pub max_points: u8,
    /// One sentence, e.g. "Works on public speaking, the focus skill of your goal.".
    pub reason: String,
}

impl Contribution {
    /// Whether this criterion counts at all (a criterion worth 0 points is not shown as a
    /// "0 / 0" row).
    pub fn counts(&self) -> bool {
        self.max_points > 0
    }

    /// The criterion matters but the mentee gave no data for it ("You haven't said …").
    pub fn not_said(&self) -> bool {
        self.max_points == 0 && self.importance != Importance::NotImportant
    }
}

/// Why a mentor scored what they did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breakdown {
    /// Equal to the sum of `contributions[..].points`, and to the mentor's [`Ranked::score`].
    pub score: u8,
    /// One per [`Criterion::ALL`], in that order.
    pub contributions: Vec<Contribution>,
    /// No open slots right now.
    pub full: bool,
    /// Must-haves this mentor fails (empty when ranked).
    pub exclusions: Vec<ExclusionReason>,
    /// Extra one-line notes: why the mentor is listed lower (essential missed, full, no
    /// shared time), no priorities.
    pub notes: Vec<String>,
    /// Form, format, language, capacity and price, each saying whether it fits.
    pub facts: Vec<Fact>,
    /// Essential criteria this mentor has none of.
    pub misses: Vec<Criterion>,
    /// See [`Ranked::no_time`].
    pub no_time: bool,
    /// Shared time in the typical week, with slots in the mentee's local time for a week grid.
    pub overlap: Overlap,
    /// The Monday of the typical week the shared time is read in.
    pub week: NaiveDate,
    /// Each week of the horizon (its Monday) with its shared minutes.
    pub weeks: Vec<(NaiveDate, u32)>,
}

impl Breakdown {
    /// The criteria worth showing: those that count (no "0 / 0" rows).
    pub fn shown(&self) -> impl Iterator<Item = &Contribution> {
        self.contributions.iter().filter(|c| c.counts())
    }

    /// Every sentence of the explanation: the reasons of the criteria that count or were not
    /// said, the facts, and the notes.
    pub fn sentences(&self) -> Vec<&str> {
        self.contributions
            .iter()
            .filter(|c| c.counts() || c.not_said())
            .map(|c| c.reason.as_str())
            .chain(self.facts.iter().map(|f| f.text.as_str()))
            .chain(self.notes.iter().map(String::as_str))
            .collect()
    }
}

/// Rank `mentors` for `needs` in the week starting on the Monday of `week_start`.
pub fn rank(mentors: &[Mentor], needs: &Needs, week_start: NaiveDate) -> Ranking {
    Scorer::new(needs, week_start).rank(mentors)
}

/// Explain one mentor's score (same evaluation as [`rank`]).
pub fn explain(mentor: &Mentor, needs: &Needs, week_start: NaiveDate) -> Breakdown {
    Scorer::new(needs, week_start).explain(mentor)
}

/// Per-rank lookups from the index's distinct values to the mentee's needs.
struct Context<'h> {
    skill_bits: Vec<SkillBits>,
    interest_bits: Vec<u32>,
    language_ok: Vec<bool>,
    industry_same: Vec<bool>,
    /// Per zone of the index (`None`: the zone does not parse).
    zones: Vec<Option<ZoneCx<'h>>>,
}

/// An index and its [`Context`] as plain slices: indexing a slice is a bounds check, not a
/// call, even at `opt-level = "z"` (the release profile, chosen for the bundle size).
struct View<'a> {
    rows: &'a [Row],
    skills: &'a [u32],
    interests: &'a [u32],
    languages: &'a [u32],
    windows: &'a [crate::core::mentors::mentor::Window],
    local: &'a [(u16, u16)],
    skill_bits: &'a [SkillBits],
    interest_bits: &'a [u32],
    language_ok: &'a [bool],
    industry_same: &'a [bool],
    zones: &'a [Option<ZoneCx<'a>>],
}

impl<'a> View<'a> {
    fn new(ix: &'a MentorIndex, cx: &'a Context<'a>) -> View<'a> {
        View {
            rows: &ix.rows,
            skills: &ix.flat_skills,
            interests: &ix.flat_interests,
            languages: &ix.flat_languages,
            windows: &ix.flat_windows,
            local: &ix.flat_local,
            skill_bits: &cx.skill_bits,
            interest_bits: &cx.interest_bits,
            language_ok: &cx.language_ok,
            industry_same: &cx.industry_same,
            zones: &cx.zones,
        }
    }
}

/// One zone of the index in its typical week with the mentee.
struct ZoneCx<'h> {
    /// The typical week (index into the horizon).
    k: usize,
    /// The mentee's counter for that week (index into [`Scorer::counters`]).
    counter: usize,
    /// Borrowed from a [`Horizon`], or built for this ranking.
    week: Cow<'h, ZoneWeek>,
    /// [`ZoneWeek::steady`]: mentors whose pattern it covers take the fast path.
    steady: Option<Steady>,
}

/// Micro-points ([`micro_points`]) per criterion for every fit a mentor can reach, so ranking
/// adds six integers per mentor. Each entry comes from the same fit functions and rounding as
/// [`allocate`], so `(sum + MICRO / 2) / MICRO` is exactly the sum of the allocated points.
#[derive(Clone, Debug)]
struct PointTables {
    /// By `2 × exact + related` focus skills.
    skills: [u64; 2 * MAX_SCORED_ITEMS + 1],
    /// By fit (0 or 1).
    industry: [u64; 2],
    /// By stage difference (mentor − mentee) + 4.
    experience: [u64; 9],
    /// By shared minutes, up to [`SATURATION_MIN`].
    availability: [u64; SATURATION_MIN as usize + 1],
    /// By the mentor's style (`Style as usize`).
    style: [u64; 4],
    /// By shared interests, up to [`INTEREST_SATURATION`].
    interests: [u64; INTEREST_SATURATION as usize + 1],
}

impl Default for PointTables {
    fn default() -> Self {
        PointTables {
            skills: [0; 2 * MAX_SCORED_ITEMS + 1],
            industry: [0; 2],
            experience: [0; 9],
            availability: [0; SATURATION_MIN as usize + 1],
            style: [0; 4],
            interests: [0; INTEREST_SATURATION as usize + 1],
        }
    }
}

/// The mentee's needs prepared once for fast scoring of many mentors.
#[derive(Clone, Debug)]
pub struct Scorer {
    needs: Needs,
    week_start: NaiveDate,
    zone: Tz,
    /// The mentee's merged UTC spans in each week of the horizon.
    mentee_weeks: Vec<Vec<Span>>,
    /// [`overlap::horizon_offsets`] of the mentee's zone.
    mentee_offsets: [Option<i32>; overlap::HORIZON_WEEKS],
    /// The distinct mentee weeks as running totals, for mentors in steady zones (empty: the
    /// mentee gave no free times).
    counters: Vec<WeekCounter>,
    /// Which of `counters` each horizon week uses.
    counter_of: [usize; overlap::HORIZON_WEEKS],
    tables: PointTables,
    /// The normalized focus skills (bit `i` of [`SkillBits`] is `wanted[i]`).
    wanted: Vec<String>,
    /// [`skills::clusters_of`] of each of `wanted`.
    wanted_clusters: Vec<u64>,
    /// The focus skills as the mentee wrote them, one per entry of `wanted`.
    skill_labels: Vec<String>,
    n_skills: u32,
    /// Normalized interest → bits over the mentee's interests.
    interest_table: NameTable<u32>,
    n_interests: u32,
    industry: String,
    /// The mentee's languages as [`fold_key`]s.
    languages: Vec<String>,
    formats: u8,
    max_points: [u8; 6],
    min_overlap: Option<u32>,
    /// Criteria (bit `i` for `Criterion::ALL[i]`) that are essential and usable.
    essential: u8,
    /// Zero shared time demotes ([`Ranked::no_time`]).
    time_penalty: bool,
    /// Whether an experience fit counts as "some" (by stage difference + 4).
    experience_some: [bool; 9],
    /// Whether a style counts as "some" (by the mentor's style).
    style_some: [bool; 4],
}

/// Per-mentor facts, computed without allocating.
#[derive(Clone, Copy, Debug)]
struct Eval {
    has_industry: bool,
    style: Style,
    exclusions: u8,
    overlap_min: u32,
    /// The mentor's zone does not parse.
    bad_zone: bool,
    skills_exact: u32,
    skills_related: u32,
    same_industry: bool,
    stage_diff: i8,
    interests: u32,
    full: bool,
}

/// Exact and related bits over the focus skills.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct SkillBits {
    exact: u32,
    related: u32,
}

impl std::ops::BitOrAssign for SkillBits {
    fn bitor_assign(&mut self, o: SkillBits) {
        self.exact |= o.exact;
        self.related |= o.related;
    }
}

/// How well a mentor's experience suits the form: `diff` = mentor stage − mentee stage.
pub fn experience_fit(form: MentoringForm, diff: i8) -> f64 {
    match form {
        MentoringForm::OneToOne | MentoringForm::Group | MentoringForm::Micro => match diff {
            1 | 2 => 1.0,
            3.. => 0.75,
            0 => 0.25,
            _ => 0.0,
        },
        MentoringForm::Peer => match diff.unsigned_abs() {
            0 => 1.0,
            1 => 0.5,
            _ => 0.0,
        },
        MentoringForm::Reverse => match diff {
            -2 | -1 => 1.0,
            ..=-3 => 0.75,
            0 => 0.25,
            _ => 0.0,
        },
    }
}

/// Teaching style (mentor) against learning style (mentee); symmetric.
pub fn style_fit(teaching: Style, learning: Style) -> f64 {
    use Style::*;
    match (teaching, learning) {
        (a, b) if a == b => 1.0,
        (Coaching, Supportive) | (Supportive, Coaching) => 0.75,
        (Directive, HandsOn) | (HandsOn, Directive) => 0.75,
        (Coaching, HandsOn) | (HandsOn, Coaching) => 0.5,
        (Supportive, HandsOn) | (HandsOn, Supportive) => 0.5,
        _ => 0.25,
    }
}

/// Availability fit for `min` shared minutes a week.
fn availability_fit(min: u32) -> f64 {
    f64::from(min.min(SATURATION_MIN)) / f64::from(SATURATION_MIN)
}

/// Splits 100 points by weights with the largest-remainder method (ties: criterion order).
fn apportion(weights: [u32; 6]) -> [u8; 6] {
    let total: u32 = weights.iter().sum();
    let mut out = [0u8; 6];
    if total == 0 {
        return out;
    }
    let mut rem = [0u32; 6];
    let mut given = 0u32;
    for i in 0..6 {
        out[i] = (100 * weights[i] / total) as u8;
        rem[i] = 100 * weights[i] % total;
        given += u32::from(out[i]);
    }
    let mut order: [usize; 6] = [0, 1, 2, 3, 4, 5];
    order.sort_by_key(|&i| (std::cmp::Reverse(rem[i]), i));
    for &i in order.iter().take((100 - given) as usize) {
        out[i] += 1;
    }
    out
}

/// Fixed-point scale for points (micro-points), so allocation is exact integer arithmetic.
const MICRO: u64 = 1_000_000;

/// `(micro + MICRO / 2) / MICRO` for up to 100 points' worth of micro-points, by a multiply
/// and a shift: `opt-level = "z"` keeps a real 64-bit division, which would be one of the
/// costliest steps per mentor. `2^50 / MICRO` rounded up is exact for every dividend below
/// 2^27 (its error times 2^27 stays under 2^50).
#[inline(always)]
fn round_micro(micro: u64) -> u8 {
    const SHIFT: u32 = 50;
    const FACTOR: u64 = (1 << SHIFT) / MICRO + 1;
    let x = micro + MICRO / 2;
    debug_assert!(x < 1 << 27);
    ((x * FACTOR) >> SHIFT) as u8
}

/// `max × fit` in micro-points, rounded (`fit` clamped to 0..=1).
fn micro_points(max: u8, fit: f64) -> u64 {
    (f64::from(max) * fit.clamp(0.0, 1.0) * MICRO as f64).round() as u64
}

/// Integer points per criterion summing exactly to the rounded total of `max × fit`
/// (largest-remainder method; ties go to the earlier criterion).
fn allocate(max: [u8; 6], fits: [f64; 6]) -> [u8; 6] {
    let mut exact = [0u64; 6];
    let mut points = [0u8; 6];
    let mut total = 0u64;
    for i in 0..6 {
        exact[i] = micro_points(max[i], fits[i]);
        total += exact[i];
        points[i] = (exact[i] / MICRO) as u8;
    }
    let target = (total + MICRO / 2) / MICRO;
    let mut given: u64 = points.iter().map(|&p| u64::from(p)).sum();
    while given < target {
        // The criterion with the largest remaining fraction that can still take a point.
        let mut best: Option<(u64, usize)> = None;
        for i in 0..6 {
            let rem = exact[i].saturating_sub(u64::from(points[i]) * MICRO);
            if rem > 0 && points[i] < max[i] && best.is_none_or(|(r, _)| rem > r) {
                best = Some((rem, i));
            }
        }
        match best {
            Some((_, i)) => {
                points[i] += 1;
                given += 1;
            }
            None => break,
        }
    }
    points
}

fn stage_index(s: CareerStage) -> i8 {
    s as i8
}

impl Scorer {
    /// Prepares `needs` for the week starting on the Monday of `week_start`.
    pub fn new(needs: &Needs, week_start: NaiveDate) -> Scorer {
        Scorer::build(needs, week_start, None)
    }

    /// [`Scorer::new`] with the time-zone work taken from `horizon` where it holds the
    /// mentee's zone for this week (the same scorer, built faster); rank with
    /// [`Scorer::rank_in`] or [`Scorer::scores_in`] over the same horizon.
    pub fn with_horizon(needs: &Needs, week_start: NaiveDate, horizon: &Horizon) -> Scorer {
        Scorer::build(needs, week_start, Some(horizon))
    }

    fn build(needs: &Needs, week_start: NaiveDate, horizon: Option<&Horizon>) -> Scorer {
        let week_start = crate::core::time::calendar::monday_of(week_start);
        let zone = needs.zone();
        let cached = horizon.and_then(|h| h.get(zone, week_start));
        let mentee_offsets = match cached {
            Some(c) => c.offsets,
            None => overlap::horizon_offsets(zone, week_start),
        };
        let mut mentee_weeks: Vec<Vec<Span>> = Vec::with_capacity(overlap::HORIZON_WEEKS);
        for k in 0..overlap::HORIZON_WEEKS {
            // A week with the same steady offset as an earlier one has the same UTC spans.
            let same = (0..k)
                .find(|&j| mentee_offsets[k].is_some() && mentee_offsets[j] == mentee_offsets[k]);
            let spans = match (same, cached) {
                (Some(j), _) => mentee_weeks[j].clone(),
                // As `overlap::utc_spans`, with the zone's week prepared once.
                (None, Some(c)) => {
                    let mut out = Vec::new();
                    c.week(zone, week_start, k)
                        .0
                        .push_spans(&needs.availability, &mut out);
                    overlap::merge(&mut out);
                    out
                }
                (None, None) => {
                    let monday = overlap::horizon_monday(week_start, k);
                    overlap::utc_spans(&needs.availability, zone, monday)
                }
            };
            mentee_weeks.push(spans);
        }
        let has_times = mentee_weeks.iter().any(|w| !w.is_empty());
        let mut counters: Vec<WeekCounter> = Vec::new();
        let mut counter_of = [0usize; overlap::HORIZON_WEEKS];
        if has_times {
            for k in 0..overlap::HORIZON_WEEKS {
                counter_of[k] = match (0..k).find(|&j| mentee_weeks[j] == mentee_weeks[k]) {
                    Some(j) => counter_of[j],
                    None => {
                        counters.push(WeekCounter::new(&mentee_weeks[k]));
                        counters.len() - 1
                    }
                };
            }
        }

        let mut wanted: Vec<String> = Vec::new();
        let mut skill_labels: Vec<String> = Vec::new();
        for s in &needs.focus_skills {
            let n = skills::normalize(s);
            if !n.is_empty() && !wanted.contains(&n) && wanted.len() < MAX_SCORED_ITEMS {
                wanted.push(n);
                skill_labels.push(s.trim().to_string());
            }
        }
        let wanted_clusters = wanted.iter().map(|w| skills::clusters_of(w)).collect();
        let mut interests: Vec<String> = Vec::new();
        for s in &needs.interests {
            let n = skills::normalize(s);
            if !n.is_empty() && !interests.contains(&n) && interests.len() < MAX_SCORED_ITEMS {
                interests.push(n);
            }
        }
        let mut interest_table: NameTable<u32> = NameTable::default();
        for (i, w) in interests.iter().enumerate() {
            interest_table.insert(w, 1 << i);
        }
        let industry = fold_key(&needs.industry);
        let active = [
            !wanted.is_empty(),
            !industry.is_empty(),
            !needs.unsaid.stage,
            has_times,
            !needs.unsaid.learning_style,
            !interests.is_empty(),
        ];
        let mut weights = [0u32; 6];
        let mut essential = 0u8;
        for (i, c) in Criterion::ALL.into_iter().enumerate() {
            if active[i] {
                weights[i] = needs.weights.get(c).weight();
                if needs.weights.get(c) == Importance::Essential {
                    essential |= 1 << i;
                }
            }
        }
        // Assumed free times ([`Unsaid::availability`]) rank by shared time but never demote.
        let time_penalty = has_times
            && !needs.unsaid.availability
            && matches!(
                needs.weights.availability,
                Importance::Somewhat | Importance::Very
            );
        let min_overlap = needs
            .must
            .min_overlap_hours
            .filter(|h| h.is_finite() && *h > 0.0)
            .map(|h| (f64::from(h) * 60.0).round() as u32);
        let mut scorer = Scorer {
            needs: needs.clone(),
            week_start,
            zone,
            mentee_offsets,
            mentee_weeks,
            counters,
            counter_of,
            tables: PointTables::default(),
            wanted_clusters,
            skill_labels,
            n_skills: wanted.len() as u32,
            wanted,
            interest_table,
            n_interests: interests.len() as u32,
            languages: needs.languages.iter().map(|l| fold_key(l)).collect(),
            formats: needs.formats.iter().fold(0, |a, &f| a | format_bit(f)),
            industry,
            max_points: apportion(weights),
            min_overlap,
            essential,
            time_penalty,
            experience_some: std::array::from_fn(|i| experience_fit(needs.form, i as i8 - 4) > 0.0),
            style_some: std::array::from_fn(|i| {
                Style::ALL
                    .iter()
                    .find(|s| **s as usize == i)
                    .is_some_and(|s| style_fit(*s, needs.learning_style) >= 0.5)
            }),
        };
        scorer.tables = scorer.point_tables();
        scorer
    }

    /// Builds [`PointTables`] from the same fit functions [`Scorer::fits`] uses.
    fn point_tables(&self) -> PointTables {
        let [skills, industry, experience, availability, style, interests] = self.max_points;
        let mut t = PointTables::default();
        for (k, slot) in t.skills.iter_mut().enumerate() {
            *slot = micro_points(skills, self.skills_fit(k as u32));
        }
        for (m, slot) in t.availability.iter_mut().enumerate() {
            *slot = micro_points(availability, availability_fit(m as u32));
        }
        for (fit, slot) in t.industry.iter_mut().enumerate() {
            *slot = micro_points(industry, fit as f64);
        }
        for (i, slot) in t.experience.iter_mut().enumerate() {
            let fit = experience_fit(self.needs.form, i as i8 - 4);
            *slot = micro_points(experience, fit);
        }
        for st in Style::ALL {
            let fit = style_fit(*st, self.needs.learning_style);
            t.style[*st as usize] = micro_points(style, fit);
        }
        for (k, slot) in t.interests.iter_mut().enumerate() {
            *slot = micro_points(interests, self.interests_fit(k as u32));
        }
        t
    }

    /// Skills fit for `k` = 2 × exact + related focus skills offered.
    fn skills_fit(&self, k: u32) -> f64 {
        if self.n_skills == 0 {
            0.0
        } else {
            f64::from(k) / f64::from(2 * self.n_skills)
        }
    }

    /// Interests fit for `k` shared interests.
    fn interests_fit(&self, k: u32) -> f64 {
        if self.n_interests == 0 {
            0.0
        } else {
            f64::from(k.min(INTEREST_SATURATION))
                / f64::from(self.n_interests.min(INTEREST_SATURATION))
        }
    }

    /// The industry criterion is met (same industry, or a different one when asked for).
    fn industry_met(&self, e: &Eval) -> bool {
        !self.industry.is_empty()
            && e.has_industry
            && e.same_industry != self.needs.wants_different_perspective
    }

    /// The score [`allocate`] would sum to, from [`PointTables`]: integer work only.
    #[inline(always)]
    fn score_of(&self, e: &Eval) -> u8 {
        let t = &self.tables;
        let skills = 2 * e.skills_exact.count_ones() + e.skills_related.count_ones();
        let total = t.skills[skills as usize]
            + t.industry[usize::from(self.industry_met(e))]
            + t.experience[(e.stage_diff + 4) as usize]
            + t.availability[e.overlap_min.min(SATURATION_MIN) as usize]
            + t.style[e.style as usize]
            + t.interests[e.interests.count_ones().min(INTEREST_SATURATION) as usize];
        round_micro(total)
    }

    /// The needs being scored against.
    pub fn needs(&self) -> &Needs {
        &self.needs
    }

    /// The reference week's Monday.
    pub fn week_start(&self) -> NaiveDate {
        self.week_start
    }

    /// Points available per criterion ([`Criterion::ALL`] order); they sum to 100, or to 0
    /// when no priorities are set.
    pub fn max_points(&self) -> [u8; 6] {
        self.max_points
    }

    /// Every usable criterion is "not important".
    pub fn no_priorities(&self) -> bool {
        self.max_points.iter().all(|&p| p == 0)
    }

    fn context(&self, ix: &MentorIndex) -> Context<'static> {
        self.context_in(ix, None)
    }

    /// [`Scorer::context`] with the zones' weeks taken from `horizon` where it has them.
    fn context_in<'h>(&self, ix: &MentorIndex, horizon: Option<&'h Horizon>) -> Context<'h> {
        Context {
            skill_bits: if self.n_skills == 0 {
                Vec::new()
            } else {
                // Related: shares a cluster with a focus skill; exact: is that focus skill.
                let mut bits: Vec<SkillBits> = ix
                    .skill_clusters
                    .iter()
                    .map(|&c| SkillBits {
                        exact: 0,
                        related: (self.wanted_clusters.iter().enumerate())
                            .filter(|&(_, &w)| w & c != 0)
                            .fold(0, |a, (i, _)| a | 1 << i),
                    })
                    .collect();
                for (i, w) in self.wanted.iter().enumerate() {
                    if let Some(&id) = ix.skills.ids.get(w.as_str()) {
                        let b = &mut bits[id as usize];
                        b.exact |= 1 << i;
                        b.related &= !(1 << i);
                    }
                }
                bits
            },
            interest_bits: if self.n_interests == 0 {
                Vec::new()
            } else {
                ix.interests
                    .names
                    .iter()
                    .map(|n| self.interest_table.get(n))
                    .collect()
            },
            language_ok: ix
                .languages
                .names
                .iter()
                .map(|l| self.languages.contains(l))
                .collect(),
            industry_same: ix
                .industries
                .names
                .iter()
                .map(|i| !self.industry.is_empty() && *i == self.industry)
                .collect(),
            zones: ix
                .zones
                .iter()
                .map(|(_, z)| {
                    z.map(|z| {
                        let cached = horizon.and_then(|h| h.get(z, self.week_start));
                        // As `overlap::typical_week`, with the mentee's side computed once.
                        let k = if z == self.zone {
                            0
                        } else {
                            let theirs = match cached {
                                Some(c) => c.offsets,
                                None => overlap::horizon_offsets(z, self.week_start),
                            };
                            overlap::typical_week_of(&self.mentee_offsets, &theirs)
                        };
                        let (week, steady) = match cached {
                            Some(c) => {
                                let (week, steady) = c.week(z, self.week_start, k);
                                (Cow::Borrowed(week), *steady)
                            }
                            None => {
                                let week =
                                    ZoneWeek::new(z, overlap::horizon_monday(self.week_start, k));
                                let steady = week.steady();
                                (Cow::Owned(week), steady)
                            }
                        };
                        ZoneCx {
                            k,
                            counter: self.counter_of[k],
                            steady,
                            week,
                        }
                    })
                })
                .collect(),
        }
    }

    /// One mentor's facts.
    fn eval(&self, v: &View, row: usize, scratch: &mut Vec<Span>) -> Eval {
        let mut e = self.eval_must(v, row, scratch);
        self.eval_fit(v, row, &mut e);
        e
    }

    /// One mentor's facts up to the must-haves (shared time included); [`Scorer::eval_fit`]
    /// adds skills and interests. Reads plain slices ([`View`]) and tables only: with
    /// `eval_fit` this is the loop body of [`Scorer::rank_index`].
    #[inline(always)]
    fn eval_must(&self, v: &View, row: usize, scratch: &mut Vec<Span>) -> Eval {
        let needs = &self.needs;
        let r = &v.rows[row];
        let zc = v.zones[r.zone as usize].as_ref();
        let mut e = Eval {
            has_industry: r.industry != u32::MAX,
            style: r.style,
            exclusions: 0,
            overlap_min: 0,
            bad_zone: zc.is_none(),
            skills_exact: 0,
            skills_related: 0,
            same_industry: r.industry != u32::MAX && v.industry_same[r.industry as usize],
            stage_diff: stage_index(r.stage) - stage_index(needs.stage),
            interests: 0,
            full: r.capacity == 0,
        };
        if let Some(zc) = zc
            && let Some(counter) = self.counters.get(zc.counter)
        {
            let local = slice(v.local, r.local);
            e.overlap_min = match zc.steady {
                // The pattern converts at the zone's steady offset: two lookups a span.
                Some(st) if r.days & !st.days == 0 || covers(&st, r.days, local) => {
                    let mut total = 0;
                    for &(s, e) in local {
                        total +=
                            counter.between(i32::from(s) - st.offset, i32::from(e) - st.offset);
                    }
                    total
                }
                _ => {
                    scratch.clear();
                    zc.week.push_spans(slice(v.windows, r.windows), scratch);
                    overlap::merge(scratch);
                    overlap::intersection_minutes(&self.mentee_weeks[zc.k], scratch)
                }
            };
        }
        let must = &needs.must;
        if must.language
            && !slice(v.languages, r.languages)
                .iter()
                .any(|&l| v.language_ok[l as usize])
        {
            e.exclusions |= ExclusionReason::Language.bit();
        }
        if must.format && r.formats & self.formats == 0 {
            e.exclusions |= ExclusionReason::Format.bit();
        }
        if must.open_capacity && e.full {
            e.exclusions |= ExclusionReason::Capacity.bit();
        }
        if self.min_overlap.is_some_and(|min| e.overlap_min < min) {
            e.exclusions |= ExclusionReason::Overlap.bit();
        }
        if must.budget
            && let (Some(max), Some(price)) = (needs.max_price, r.price)
            && price > max
        {
            e.exclusions |= ExclusionReason::Budget.bit();
        }
        if must.form && r.forms & form_bit(needs.form) == 0 {
            e.exclusions |= ExclusionReason::Form.bit();
        }
        e
    }

    /// Adds the focus skills and interests a mentor shares to `e`.
    #[inline(always)]
    fn eval_fit(&self, v: &View, row: usize, e: &mut Eval) {
        let r = &v.rows[row];
        if self.n_skills > 0 {
            for &s in slice(v.skills, r.skills) {
                let bits = v.skill_bits[s as usize];
                e.skills_exact |= bits.exact;
                e.skills_related |= bits.related;
            }
            e.skills_related &= !e.skills_exact;
        }
        if self.n_interests > 0 {
            for &s in slice(v.interests, r.interests) {
                e.interests |= v.interest_bits[s as usize];
            }
        }
    }

    fn fits(&self, e: &Eval) -> [f64; 6] {
        let needs = &self.needs;
        let skills =
            self.skills_fit(2 * e.skills_exact.count_ones() + e.skills_related.count_ones());
        let industry = if self.industry_met(e) { 1.0 } else { 0.0 };
        let experience = experience_fit(needs.form, e.stage_diff);
        let availability = availability_fit(e.overlap_min);
        let style = style_fit(e.style, needs.learning_style);
        let interests = self.interests_fit(e.interests.count_ones());
        [skills, industry, experience, availability, style, interests]
    }

    /// One row's sort key, or the bits of the must-haves it fails.
    ///
    /// Kept out of line on purpose: in the browser, a function called once per mentor gets
    /// hot within the first ranking, and the engine swaps in its optimized code for the
    /// following calls. One big loop only switches at its next call (there is no on-stack
    /// replacement for WebAssembly), so the first rankings would run on baseline code.
    #[inline(never)]
    fn rank_row(&self, v: &View, row: usize, scratch: &mut Vec<Span>) -> Result<SortKey, u8> {
        let mut e = self.eval_must(v, row, scratch);
        if e.exclusions != 0 {
            return Err(e.exclusions);
        }
        self.eval_fit(v, row, &mut e);
        let misses = if self.essential == 0 {
            0
        } else {
            self.missed(&e).count_ones() as u8
        };
        Ok(SortKey::new(
            misses,
            e.full,
            self.no_time(&e),
            self.score_of(&e),
            e.overlap_min,
        ))
    }

    /// The essential criteria (bits as in [`Scorer::essential`]) the mentor has none of.
    #[inline(always)]
    fn missed(&self, e: &Eval) -> u8 {
        let some = [
            e.skills_exact | e.skills_related != 0,
            self.industry_met(e),
            self.experience_some[(e.stage_diff + 4) as usize],
            e.overlap_min > 0,
            self.style_some[e.style as usize],
            e.interests != 0,
        ];
        let mut missed = 0u8;
        for (i, has) in some.into_iter().enumerate() {
            missed |= u8::from(!has) << i;
        }
        missed & self.essential
    }

    /// Zero shared time demotes this mentor ([`Ranked::no_time`]).
    #[inline(always)]
    fn no_time(&self, e: &Eval) -> bool {
        self.time_penalty && e.overlap_min == 0
    }

    /// The allocated points per criterion (for explanations; ranking uses [`Scorer::score_of`]).
    fn points(&self, e: &Eval) -> [u8; 6] {
        allocate(self.max_points, self.fits(e))
    }

    /// Ranks `mentors` (see the module docs for the rules). Indexes them first; to rank the
    /// same directory repeatedly, build a [`MentorIndex`] once and use [`Scorer::rank_index`].
    pub fn rank(&self, mentors: &[Mentor]) -> Ranking {
        self.rank_index(&MentorIndex::new(mentors))
    }

    /// Ranks an indexed directory; [`Ranked::index`] is the mentor's position in the slice
    /// the index was built from.
    pub fn rank_index(&self, ix: &MentorIndex) -> Ranking {
        self.rank_with(ix, None)
    }

    /// [`Scorer::rank_index`] with the zones' work taken from `horizon` (see
    /// [`Horizon`]): the same ranking.
    pub fn rank_in(&self, ix: &MentorIndex, horizon: &Horizon) -> Ranking {
        self.rank_with(ix, Some(horizon))
    }

    /// The scores of every mentor that passes the must-haves, as (position in the slice the
    /// index was built from, score) in position order, and the excluded mentors per reason
    /// as [`Ranking::excluded`] counts them. The same scores as [`Scorer::rank_index`],
    /// without ordering them (a cohort scores every pair: [`crate::core::cohort::assign`]).
    #[allow(clippy::type_complexity)]
    pub fn scores_in(
        &self,
        ix: &MentorIndex,
        horizon: &Horizon,
    ) -> (Vec<(u32, u8)>, Vec<(ExclusionReason, usize)>) {
        let cx = self.context_in(ix, Some(horizon));
        let view = View::new(ix, &cx);
        let mut scratch: Vec<Span> = Vec::with_capacity(32);
        let mut out: Vec<(u32, u8)> = Vec::with_capacity(ix.len());
        let mut counts = [0usize; 6];
        for row in 0..view.rows.len() {
            match self.score_row(&view, row, &mut scratch) {
                Ok(score) => out.push((ix.by_name[row], score)),
                Err(exclusions) => {
                    for (i, c) in counts.iter_mut().enumerate() {
                        *c += usize::from(exclusions >> i & 1);
                    }
                }
            }
        }
        out.sort_unstable_by_key(|r| r.0);
        let excluded = ExclusionReason::ALL
            .into_iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .collect();
        (out, excluded)
    }

    /// One row's score, or the bits of the must-haves it fails (as [`Scorer::rank_row`];
    /// out of line for the same reason).
    #[inline(never)]
    fn score_row(&self, v: &View, row: usize, scratch: &mut Vec<Span>) -> Result<u8, u8> {
        let mut e = self.eval_must(v, row, scratch);
        if e.exclusions != 0 {
            return Err(e.exclusions);
        }
        self.eval_fit(v, row, &mut e);
        Ok(self.score_of(&e))
    }

    fn rank_with(&self, ix: &MentorIndex, horizon: Option<&Horizon>) -> Ranking {
        let cx = self.context_in(ix, horizon);
        let view = View::new(ix, &cx);
        let mut scratch: Vec<Span> = Vec::with_capacity(32);
        let mut keys: Vec<u64> = vec![0; ix.len()];
        let slots: &mut [u64] = &mut keys;
        let mut kept = 0;
        let mut counts = [0usize; 6];
        let mut only = [0usize; 6];
        let mut several = 0;
        let mut excluded_total = 0;
        // Rows are in (name, id, position) order, so the row number is the last tie-breaker.
        for row in 0..view.rows.len() {
            match self.rank_row(&view, row, &mut scratch) {
                Ok(order) => {
                    slots[kept] = u64::from(order.0) << 32 | row as u64;
                    kept += 1;
                }
                Err(exclusions) => {
                    excluded_total += 1;
                    for (i, c) in counts.iter_mut().enumerate() {
                        *c += usize::from(exclusions >> i & 1);
                    }
                    if exclusions.is_power_of_two() {
                        only[exclusions.trailing_zeros() as usize] += 1;
                    } else {
                        several += 1;
                    }
                }
            }
        }
        keys.truncate(kept);
        sort_keys(&mut keys);
        let ranked = decode(&keys, &ix.by_name);
        let excluded = ExclusionReason::ALL
            .into_iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .collect();
        Ranking {
            ranked,
            excluded,
            excluded_total,
            no_priorities: self.no_priorities(),
            exclusions: ExclusionCounts {
                total: excluded_total,
                only: ExclusionReason::ALL
                    .into_iter()
                    .zip(only)
                    .filter(|(_, n)| *n > 0)
                    .collect(),
                several,
            },
        }
    }

    /// The score of one mentor, as [`Scorer::rank`] computes it (also for excluded mentors).
    pub fn score(&self, mentor: &Mentor) -> u8 {
        let ix = MentorIndex::new(std::slice::from_ref(mentor));
        let cx = self.context(&ix);
        let e = self.eval(&View::new(&ix, &cx), 0, &mut Vec::new());
        self.score_of(&e)
    }
}

/// The preferred formats a mentor offers, as labels (for display).
pub fn shared_formats(mentor: &Mentor, needs: &Needs) -> Vec<&'static str> {
    needs
        .formats
        .iter()
        .filter(|f| mentor.formats.contains(f))
        .map(|f| f.label())
        .collect()
}
