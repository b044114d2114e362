//! Explainable mentor shortlisting against the mentee's own priorities.
//!
//! [`rank`] filters by must-haves and scores every remaining mentor 0–100 (integer);
//! [`explain`] gives one mentor's [`Breakdown`] with a human reason per criterion. Both run the
//! same evaluation, so `explain(m).score` is always the score `rank` gave `m`, and a
//! breakdown's points always sum exactly to its score.
//!
//! # Scoring rules
//!
//! * **Must-haves** ([`MustHaves`]) exclude a mentor. [`Ranking::excluded`] counts mentors per
//!   [`ExclusionReason`]; a mentor failing several must-haves is counted under **each** of
//!   them, so the per-reason counts can add up to more than [`Ranking::excluded_total`]
//!   (which counts each excluded mentor once).
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
//!   ([`Ranking::no_priorities`]) and the order falls to the tie-breakers.
//! * **Order**: mentors with open slots first, then score (high first), then weekly overlap
//!   (more first), then name, then id, then directory position. Full mentors (capacity 0)
//!   always come after every open mentor, even when open capacity is not a must-have; their
//!   breakdown says so.
//!
//! # Use from the UI
//!
//! ```ignore
//! let index = MentorIndex::new(&mentors);          // once per directory load/change
//! let scorer = Scorer::new(&needs, week_start);      // once per change of needs/priorities
//! let ranking = scorer.rank_index(&index);           // compact, sorted
//! let why = scorer.explain(&mentors[ranking.ranked[0].index]); // per card shown
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
//! counting-sort passes. Explanations ([`Scorer::explain`]) are built on demand, for the
//! mentors a page shows.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::core::mentors::mentor::{CareerStage, Format, Mentor, MentoringForm, Style};
pub use crate::core::mentors::needs::{Criterion, Importance, MustHaves, Needs, Weights};
use crate::core::mentors::overlap::{self, Overlap, Span, Steady, WeekCounter, ZoneWeek};
use crate::core::mentors::skills::{self, NameTable};
use crate::core::time::tz::{self, Tz};

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

/// One ranked mentor, compact: look details up with `mentors[index]` and [`Scorer::explain`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// Position in the slice passed to [`rank`].
    pub index: usize,
    /// 0–100.
    pub score: u8,
    /// Shared minutes per week.
    pub overlap_min: u32,
    /// No open slots (sorted after every open mentor).
    pub full: bool,
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
}

/// One criterion's share of a score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub criterion: Criterion,
    pub importance: Importance,
    pub points: u8,
    pub max_points: u8,
    /// One line, e.g. "3 of your 4 focus skills: …" or "5.5 h/week overlap".
    pub reason: String,
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
    /// Extra one-line notes (full, no priorities, price).
    pub notes: Vec<String>,
    /// Shared time, with slots in the mentee's local time for a week grid.
    pub overlap: Overlap,
}

/// Rank `mentors` for `needs` in the week starting on the Monday of `week_start`.
pub fn rank(mentors: &[Mentor], needs: &Needs, week_start: NaiveDate) -> Ranking {
    Scorer::new(needs, week_start).rank(mentors)
}

/// Explain one mentor's score (same evaluation as [`rank`]).
pub fn explain(mentor: &Mentor, needs: &Needs, week_start: NaiveDate) -> Breakdown {
    Scorer::new(needs, week_start).explain(mentor)
}

/// A name-like key: trimmed and lowercased, so "English " and "english" are one language.
fn fold_key(s: &str) -> String {
    let t = s.trim();
    if t.is_ascii() {
        t.to_ascii_lowercase()
    } else {
        t.to_lowercase()
    }
}

/// A small word-at-a-time multiplicative hasher (FxHash-like): deterministic, no random state
/// (fine on wasm) and much faster than SipHash for short strings.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

const FX_K: u64 = 0x517c_c1b7_2722_0a95;

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(FX_K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(FX_K);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, n: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(n)).wrapping_mul(FX_K);
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(FX_K);
    }
}

type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Interns strings to dense ids.
#[derive(Clone, Debug, Default)]
struct Interner {
    ids: FxMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn id(&mut self, key: String) -> u32 {
        if let Some(&i) = self.ids.get(&key) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(key.clone());
        self.ids.insert(key, i);
        i
    }
}

/// Interns raw strings through a normalizer, remembering each raw spelling so repeated
/// spellings (the common case) skip normalization and allocation.
struct RawInterner<'a> {
    raw: FxMap<&'a str, Option<u32>>,
    norm: fn(&str) -> String,
}

impl<'a> RawInterner<'a> {
    fn new(norm: fn(&str) -> String) -> Self {
        RawInterner {
            raw: FxMap::default(),
            norm,
        }
    }

    /// Appends the ids of `items` (skipping ones that normalize to nothing) to `out`.
    fn push_all(
        &mut self,
        items: &'a [String],
        into: &mut Interner,
        out: &mut Vec<u32>,
    ) -> (u32, u32) {
        let start = out.len() as u32;
        for it in items {
            let id = match self.raw.get(it.as_str()) {
                Some(&id) => id,
                None => {
                    let k = (self.norm)(it);
                    let id = (!k.is_empty()).then(|| into.id(k));
                    self.raw.insert(it.as_str(), id);
                    id
                }
            };
            if let Some(id) = id {
                out.push(id);
            }
        }
        (start, out.len() as u32)
    }
}

/// The first 16 bytes of a string, zero-padded, as a big-endian number: comparing two of these
/// agrees with comparing the strings whenever they differ.
fn prefix_key(s: &str) -> u128 {
    let mut b = [0u8; 16];
    let n = s.len().min(16);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    u128::from_be_bytes(b)
}

/// One mentor's facts in compact form (ranges point into the index's flat arrays).
#[derive(Clone, Copy, Debug)]
struct Row {
    skills: (u32, u32),
    interests: (u32, u32),
    languages: (u32, u32),
    windows: (u32, u32),
    /// The availability as merged local week spans (`flat_local`).
    local: (u32, u32),
    /// Weekdays with a valid window (bit `d` for day `d`).
    days: u8,
    zone: u32,
    /// `u32::MAX` when the mentor gave no industry.
    industry: u32,
    stage: CareerStage,
    style: Style,
    forms: u8,
    formats: u8,
    capacity: u8,
    price: Option<u32>,
}

/// [`Steady::covers`] for a row's local spans (only asked when some weekday is not steady).
fn covers(st: &Steady, days: u8, local: &[(u16, u16)]) -> bool {
    match (local.first(), local.last()) {
        (Some(f), Some(l)) => st.covers(days, i32::from(f.0), i32::from(l.1)),
        _ => true,
    }
}

/// `v[r.0..r.1]`.
#[inline(always)]
fn slice<T>(v: &[T], r: (u32, u32)) -> &[T] {
    &v[r.0 as usize..r.1 as usize]
}

fn form_bit(f: MentoringForm) -> u8 {
    1 << (f as u8)
}

fn format_bit(f: Format) -> u8 {
    1 << (f as u8)
}

/// A mentor directory prepared once for ranking many times (every time the mentee changes a
/// priority). Holds normalized, interned skills, interests, languages, industries and zones,
/// each mentor's availability as local week spans, and the rows in name order, so
/// [`Scorer::rank_index`] does no string work per mentor.
///
/// Build it when the directory loads or changes; it does not borrow the mentors.
#[derive(Clone, Debug, Default)]
pub struct MentorIndex {
    /// In (name, id, directory position) order: the final tie-breaker is the row number.
    rows: Vec<Row>,
    skills: Interner,
    interests: Interner,
    languages: Interner,
    industries: Interner,
    /// Raw zone names and their parse.
    zones: Vec<(String, Option<Tz>)>,
    /// [`skills::clusters_of`] per interned skill.
    skill_clusters: Vec<u64>,
    flat_skills: Vec<u32>,
    flat_interests: Vec<u32>,
    flat_languages: Vec<u32>,
    flat_windows: Vec<crate::core::mentors::mentor::Window>,
    /// Local week minutes (`day × 1440 + minute`), merged per mentor.
    flat_local: Vec<(u16, u16)>,
    /// Directory position of each row: `rows[r]` is `mentors[by_name[r]]`.
    by_name: Vec<u32>,
}

impl MentorIndex {
    /// Indexes `mentors`; [`Ranked::index`] refers to positions in this slice.
    pub fn new(mentors: &[Mentor]) -> MentorIndex {
        let mut keyed: Vec<(u128, u32)> = mentors
            .iter()
            .enumerate()
            .map(|(i, m)| (prefix_key(&m.name), i as u32))
            .collect();
        keyed.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0).then_with(|| {
                let (x, y) = (&mentors[a.1 as usize], &mentors[b.1 as usize]);
                x.name
                    .cmp(&y.name)
                    .then_with(|| x.id.cmp(&y.id))
                    .then(a.1.cmp(&b.1))
            })
        });
        let order: Vec<u32> = keyed.into_iter().map(|(_, i)| i).collect();
        let mut ix = MentorIndex::default();
        let mut zone_ids: FxMap<&str, u32> = FxMap::default();
        let mut skill_raw = RawInterner::new(skills::normalize);
        let mut interest_raw = RawInterner::new(skills::normalize);
        let mut language_raw = RawInterner::new(fold_key);
        let mut industry_ids: FxMap<&str, u32> = FxMap::default();
        let mut local: Vec<Span> = Vec::with_capacity(16);
        for m in mentors {
            let skills = skill_raw.push_all(&m.skills, &mut ix.skills, &mut ix.flat_skills);
            let interests =
                interest_raw.push_all(&m.interests, &mut ix.interests, &mut ix.flat_interests);
            let languages =
                language_raw.push_all(&m.languages, &mut ix.languages, &mut ix.flat_languages);
            let w0 = ix.flat_windows.len() as u32;
            ix.flat_windows.extend_from_slice(&m.availability);
            let windows = (w0, ix.flat_windows.len() as u32);
            local.clear();
            let days = overlap::push_local_week(&m.availability, &mut local);
            let l0 = ix.flat_local.len() as u32;
            // Within 0..=WEEK_MIN (10,080), so they fit in u16.
            ix.flat_local
                .extend(local.iter().map(|&(s, e)| (s as u16, e as u16)));
            let local = (l0, ix.flat_local.len() as u32);
            let zname = m.time_zone.trim();
            let zone = *zone_ids.entry(zname).or_insert_with(|| {
                ix.zones
                    .push((zname.to_string(), tz::parse_zone(zname).ok()));
                ix.zones.len() as u32 - 1
            });
            let industry = match industry_ids.get(m.industry.as_str()) {
                Some(&id) => id,
                None => {
                    let k = fold_key(&m.industry);
                    let id = if k.is_empty() {
                        u32::MAX
                    } else {
                        ix.industries.id(k)
                    };
                    industry_ids.insert(m.industry.as_str(), id);
                    id
                }
            };
            ix.rows.push(Row {
                skills,
                interests,
                languages,
                windows,
                local,
                days,
                zone,
                industry,
                stage: m.stage,
                style: m.style,
                forms: m.forms.iter().fold(0, |a, &f| a | form_bit(f)),
                formats: m.formats.iter().fold(0, |a, &f| a | format_bit(f)),
                capacity: m.capacity,
                price: m.price_per_month,
            });
        }
        // Built in directory order (reading the mentors front to back is much faster than in
        // name order); now put the rows and what they point to in tie-break order, so ranking
        // reads everything front to back.
        ix.reorder(&order);
        ix.by_name = order;
        ix.skill_clusters = ix
            .skills
            .names
            .iter()
            .map(|n| skills::clusters_of(n))
            .collect();
        ix
    }

    /// Puts row `order[k]` at position `k`, copying the ranges it points to in the same order
    /// (except the raw windows, read only next to a daylight-saving change).
    fn reorder(&mut self, order: &[u32]) {
        fn copy<T: Copy>(from: &[T], r: (u32, u32), to: &mut Vec<T>) -> (u32, u32) {
            let start = to.len() as u32;
            to.extend_from_slice(&from[r.0 as usize..r.1 as usize]);
            (start, to.len() as u32)
        }
        let mut skills = Vec::with_capacity(self.flat_skills.len());
        let mut interests = Vec::with_capacity(self.flat_interests.len());
        let mut languages = Vec::with_capacity(self.flat_languages.len());
        let mut local = Vec::with_capacity(self.flat_local.len());
        let rows = order
            .iter()
            .map(|&i| {
                let mut r = self.rows[i as usize];
                r.skills = copy(&self.flat_skills, r.skills, &mut skills);
                r.interests = copy(&self.flat_interests, r.interests, &mut interests);
                r.languages = copy(&self.flat_languages, r.languages, &mut languages);
                r.local = copy(&self.flat_local, r.local, &mut local);
                r
            })
            .collect();
        self.rows = rows;
        self.flat_skills = skills;
        self.flat_interests = interests;
        self.flat_languages = languages;
        self.flat_local = local;
    }

    /// Number of mentors indexed.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// No mentors.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Per-rank lookups from the index's distinct values to the mentee's needs.
struct Context {
    skill_bits: Vec<SkillBits>,
    interest_bits: Vec<u32>,
    language_ok: Vec<bool>,
    industry_same: Vec<bool>,
    /// Per zone of the index (`None`: the zone does not parse).
    zones: Vec<Option<ZoneCx>>,
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
    zones: &'a [Option<ZoneCx>],
}

impl<'a> View<'a> {
    fn new(ix: &'a MentorIndex, cx: &'a Context) -> View<'a> {
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

/// One zone of the index for the reference week.
struct ZoneCx {
    week: ZoneWeek,
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
    mentee_spans: Vec<Span>,
    /// The mentee's spans as a running total, for mentors in steady zones (`None`: no spans).
    counter: Option<WeekCounter>,
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

/// The ranking order of an open/full flag, a score and weekly shared minutes in 22 bits, so
/// that smaller sorts first: open first, then score descending, then overlap descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct SortKey(u32);

impl SortKey {
    fn new(full: bool, score: u8, overlap_min: u32) -> SortKey {
        let score = u32::from(score.min(100));
        let overlap = overlap_min.min(overlap::WEEK_MIN as u32);
        SortKey(u32::from(full) << 21 | (100 - score) << 14 | (overlap::WEEK_MIN as u32 - overlap))
    }

    fn parts(self) -> (bool, u8, u32) {
        (
            self.0 >> 21 == 1,
            100 - (self.0 >> 14 & 0x7F) as u8,
            overlap::WEEK_MIN as u32 - (self.0 & 0x3FFF),
        )
    }
}

/// Sorts `(SortKey << 32 | row)` values. Rows are unique and pushed in ascending order, so a
/// stable sort by the upper 22 bits gives the same order as sorting the whole numbers: large
/// inputs take two stable counting-sort passes of 11 bits each (linear time).
///
/// Out of line, like [`decode`] and [`Scorer::rank_row`], so that the browser optimizes each
/// loop on its own as soon as it is hot.
#[inline(never)]
fn sort_keys(keys: &mut [u64]) {
    const BITS: u32 = 11;
    const BUCKETS: usize = 1 << BITS;
    if keys.len() < 512 {
        keys.sort_unstable();
        return;
    }
    let mut buf = vec![0u64; keys.len()];
    let (mut from, mut to): (&mut [u64], &mut [u64]) = (keys, &mut buf);
    for shift in [32, 32 + BITS] {
        let digit = |k: u64| (k >> shift) as usize & (BUCKETS - 1);
        let mut start = [0u32; BUCKETS];
        for &k in from.iter() {
            start[digit(k)] += 1;
        }
        let mut sum = 0;
        for c in start.iter_mut() {
            let n = *c;
            *c = sum;
            sum += n;
        }
        for &k in from.iter() {
            let d = digit(k);
            to[start[d] as usize] = k;
            start[d] += 1;
        }
        std::mem::swap(&mut from, &mut to);
    }
    // Two passes: the sorted keys are back in `keys`.
}

/// The ranking from sorted `(SortKey << 32 | row)` values; `by_name` maps rows to directory
/// positions.
#[inline(never)]
fn decode(keys: &[u64], by_name: &[u32]) -> Vec<Ranked> {
    keys.iter()
        .map(|&k| {
            let (full, score, overlap_min) = SortKey((k >> 32) as u32).parts();
            Ranked {
                index: by_name[k as u32 as usize] as usize,
                score,
                overlap_min,
                full,
            }
        })
        .collect()
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

fn fmt_hours(min: u32) -> String {
    if min < 60 && min > 0 {
        return format!("{min} min");
    }
    let h = f64::from(min) / 60.0;
    let s = format!("{h:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s) + " h"
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

fn form_phrase(form: MentoringForm) -> &'static str {
    match form {
        MentoringForm::OneToOne => "one-to-one mentoring",
        MentoringForm::Group => "group mentoring",
        MentoringForm::Peer => "peer mentoring",
        MentoringForm::Reverse => "reverse mentoring",
        MentoringForm::Micro => "micro-mentoring",
    }
}

impl Scorer {
    /// Prepares `needs` for the week starting on the Monday of `week_start`.
    pub fn new(needs: &Needs, week_start: NaiveDate) -> Scorer {
        let week_start = overlap::monday_of(week_start);
        let zone = needs.zone();
        let mentee_spans = overlap::utc_spans(&needs.availability, zone, week_start);

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
            true,
            !mentee_spans.is_empty(),
            true,
            !interests.is_empty(),
        ];
        let mut weights = [0u32; 6];
        for (i, c) in Criterion::ALL.into_iter().enumerate() {
            if active[i] {
                weights[i] = needs.weights.get(c).weight();
            }
        }
        let min_overlap = needs
            .must
            .min_overlap_hours
            .filter(|h| h.is_finite() && *h > 0.0)
            .map(|h| (f64::from(h) * 60.0).round() as u32);
        let mut scorer = Scorer {
            needs: needs.clone(),
            week_start,
            zone,
            counter: (!mentee_spans.is_empty()).then(|| WeekCounter::new(&mentee_spans)),
            mentee_spans,
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

    fn context(&self, ix: &MentorIndex) -> Context {
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
                        let week = ZoneWeek::new(z, self.week_start);
                        ZoneCx {
                            steady: week.steady(),
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
            && let Some(counter) = &self.counter
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
                    overlap::intersection_minutes(&self.mentee_spans, scratch)
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
        Ok(SortKey::new(e.full, self.score_of(&e), e.overlap_min))
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
        let cx = self.context(ix);
        let view = View::new(ix, &cx);
        let mut scratch: Vec<Span> = Vec::with_capacity(32);
        let mut keys: Vec<u64> = vec![0; ix.len()];
        let slots: &mut [u64] = &mut keys;
        let mut kept = 0;
        let mut counts = [0usize; 6];
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
        }
    }

    /// The score of one mentor, as [`Scorer::rank`] computes it (also for excluded mentors).
    pub fn score(&self, mentor: &Mentor) -> u8 {
        let ix = MentorIndex::new(std::slice::from_ref(mentor));
        let cx = self.context(&ix);
        let e = self.eval(&View::new(&ix, &cx), 0, &mut Vec::new());
        self.score_of(&e)
    }

    /// Explains one mentor's score with a reason per criterion.
    pub fn explain(&self, m: &Mentor) -> Breakdown {
        let needs = &self.needs;
        let ix = MentorIndex::new(std::slice::from_ref(m));
        let cx = self.context(&ix);
        let e = self.eval(&View::new(&ix, &cx), 0, &mut Vec::new());
        let points = self.points(&e);
        let overlap = match &cx.zones[0] {
            Some(zc) => {
                let mut spans = Vec::new();
                zc.week.push_spans(&m.availability, &mut spans);
                overlap::merge(&mut spans);
                overlap::overlap_from_spans(&self.mentee_spans, &spans, self.zone, self.week_start)
            }
            None => Overlap {
                minutes: 0,
                slots: Vec::new(),
                spans: Vec::new(),
            },
        };
        // The general path (every endpoint converted) against the fast one `eval` may take.
        debug_assert_eq!(overlap.minutes, e.overlap_min);
        debug_assert_eq!(points.iter().sum::<u8>(), self.score_of(&e));
        let reasons = [
            self.skills_reason(m, &e),
            self.industry_reason(m, &e),
            self.experience_reason(m, &e),
            self.availability_reason(m, &e),
            self.style_reason(m),
            self.interests_reason(m, &e),
        ];
        let contributions = Criterion::ALL
            .into_iter()
            .zip(reasons)
            .enumerate()
            .map(|(i, (criterion, reason))| Contribution {
                criterion,
                importance: needs.weights.get(criterion),
                points: points[i],
                max_points: self.max_points[i],
                reason,
            })
            .collect();
        let mut notes = Vec::new();
        if e.full {
            notes.push(
                "Full right now (no open mentee slots): listed after mentors with space.".into(),
            );
        }
        if self.no_priorities() {
            notes.push(
                "No priorities set: every criterion is \"not important\", so all scores are 0 and mentors are ordered by shared time, then name."
                    .into(),
            );
        }
        match m.price_per_month {
            None => notes.push("Free".into()),
            Some(p) => notes.push(format!("{p} per month")),
        }
        let exclusions = ExclusionReason::ALL
            .into_iter()
            .filter(|r| e.exclusions & r.bit() != 0)
            .collect();
        Breakdown {
            score: points.iter().sum(),
            contributions,
            full: e.full,
            exclusions,
            notes,
            overlap,
        }
    }

    fn skills_reason(&self, m: &Mentor, e: &Eval) -> String {
        if self.n_skills == 0 {
            return "No focus skills in your goal yet".into();
        }
        let n = self.n_skills;
        let wanted = &self.skill_labels;
        let exact: Vec<&str> = (0..n as usize)
            .filter(|i| e.skills_exact >> i & 1 == 1)
            .map(|i| wanted[i].as_str())
            .collect();
        let related: Vec<String> = (0..n as usize)
            .filter(|i| e.skills_related >> i & 1 == 1)
            .map(|i| {
                let via = m
                    .skills
                    .iter()
                    .find(|s| skills::skill_match(&wanted[i], s) == skills::SkillMatch::Related)
                    .map(|s| s.trim())
                    .unwrap_or("?");
                format!("{via} (for {})", wanted[i])
            })
            .collect();
        let mut out = if exact.is_empty() {
            format!("None of your {n} focus skills")
        } else {
            format!(
                "{} of your {n} focus skills: {}",
                exact.len(),
                exact.join(", ")
            )
        };
        if !related.is_empty() {
            out.push_str(if exact.is_empty() {
                ", but related: "
            } else {
                "; related: "
            });
            out.push_str(&related.join(", "));
        }
        out
    }

    fn industry_reason(&self, m: &Mentor, e: &Eval) -> String {
        let theirs = m.industry.trim();
        if self.industry.is_empty() {
            return "Add your industry to compare".into();
        }
        if theirs.is_empty() {
            return "No industry given".into();
        }
        match (e.same_industry, self.needs.wants_different_perspective) {
            (true, false) => format!("Same industry: {theirs}"),
            (false, true) => format!("Offers a different perspective: {theirs}"),
            (true, true) => {
                format!("Same industry ({theirs}); you asked for a different perspective")
            }
            (false, false) => format!("Different industry: {theirs}"),
        }
    }

    fn experience_reason(&self, m: &Mentor, e: &Eval) -> String {
        let d = e.stage_diff;
        let gap = match d {
            0 => "same career stage as you".to_string(),
            1.. => format!(
                "{} ahead of you",
                plural(d.unsigned_abs().into(), "stage", "stages")
            ),
            _ => format!(
                "{} behind you",
                plural(d.unsigned_abs().into(), "stage", "stages")
            ),
        };
        let fit = experience_fit(self.needs.form, d);
        let verdict = if fit >= 1.0 {
            "right for"
        } else if fit > 0.0 {
            "partly suits"
        } else {
            "not what suits"
        };
        format!(
            "{} ({} years), {gap}: {verdict} {}",
            m.stage.label(),
            m.years_experience,
            form_phrase(self.needs.form)
        )
    }

    fn availability_reason(&self, m: &Mentor, e: &Eval) -> String {
        if self.mentee_spans.is_empty() {
            return "Add your free times to compare".into();
        }
        if e.bad_zone {
            return format!("Unknown time zone \"{}\"", m.time_zone.trim());
        }
        if m.availability.is_empty() {
            return "No availability listed".into();
        }
        if e.overlap_min == 0 {
            return "No shared time in a typical week".into();
        }
        format!("{}/week overlap", fmt_hours(e.overlap_min))
    }

    fn style_reason(&self, m: &Mentor) -> String {
        let theirs = m.style.label().to_lowercase();
        let yours = self.needs.learning_style.label().to_lowercase();
        let fit = style_fit(m.style, self.needs.learning_style);
        if fit >= 1.0 {
            format!("Same style: {theirs}")
        } else if fit >= 0.5 {
            format!("Close style: {theirs} (you like {yours})")
        } else {
            format!("Different style: {theirs} (you like {yours})")
        }
    }

    fn interests_reason(&self, m: &Mentor, e: &Eval) -> String {
        if self.n_interests == 0 {
            return "Add interests to compare".into();
        }
        let k = e.interests.count_ones();
        if k == 0 {
            return "No shared interests".into();
        }
        let mut seen = 0u32;
        let mut shared: Vec<&str> = Vec::new();
        for s in &m.interests {
            let bits = self.interest_table.get(s);
            if bits & !seen != 0 {
                shared.push(s.trim());
            }
            seen |= bits;
        }
        format!(
            "{}: {}",
            plural(k, "shared interest", "shared interests"),
            shared.join(", ")
        )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::mentors::mentor::{Format, Window};

    fn week() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
    }

    fn needs() -> Needs {
        Needs {
            focus_skills: vec![
                "Public speaking".into(),
                "storytelling".into(),
                "leadership".into(),
                "python".into(),
            ],
            goal_category: None,
            industry: "Healthcare".into(),
            stage: CareerStage::Mid,
            languages: vec!["English".into()],
            time_zone: "Europe/London".into(),
            availability: (0..5)
                .map(|day| Window {
                    day,
                    start_min: 17 * 60,
                    end_min: 19 * 60,
                })
                .collect(),
            formats: vec![Format::Video],
            form: MentoringForm::OneToOne,
            learning_style: Style::Coaching,
            interests: vec!["hiking".into(), "chess".into()],
            wants_different_perspective: false,
            max_price: Some(50),
            must: MustHaves::default(),
            weights: Weights::default(),
        }
    }

    fn mentor(id: &str) -> Mentor {
        Mentor {
            id: id.into(),
            name: format!("Mentor {id}"),
            headline: String::new(),
            industry: "Healthcare".into(),
            stage: CareerStage::Senior,
            years_experience: 12,
            country: "GB".into(),
            city: "London".into(),
            time_zone: "Europe/London".into(),
            languages: vec!["english".into()],
            forms: vec![MentoringForm::OneToOne],
            formats: vec![Format::Video],
            availability: (0..5)
                .map(|day| Window {
                    day,
                    start_min: 18 * 60,
                    end_min: 20 * 60,
                })
                .collect(),
            capacity: 2,
            style: Style::Coaching,
            skills: vec![
                "Public Speaking".into(),
                "storytelling".into(),
                "team-building".into(),
            ],
            interests: vec!["Hiking".into(), "hiking".into()],
            bio: String::new(),
            price_per_month: None,
        }
    }

    /// Every criterion "not important".
    fn nothing_important() -> Weights {
        Weights {
            skills: Importance::NotImportant,
            industry: Importance::NotImportant,
            experience: Importance::NotImportant,
            availability: Importance::NotImportant,
            style: Importance::NotImportant,
            interests: Importance::NotImportant,
        }
    }

    fn check_breakdown(b: &Breakdown) {
        let sum: u32 = b.contributions.iter().map(|c| u32::from(c.points)).sum();
        assert_eq!(sum, u32::from(b.score));
        let max: u32 = b
            .contributions
            .iter()
            .map(|c| u32::from(c.max_points))
            .sum();
        assert!(max == 100 || max == 0);
        for c in &b.contributions {
            assert!(c.points <= c.max_points, "{c:?}");
            assert!(!c.reason.is_empty());
        }
    }

    #[test]
    fn apportioning() {
        for (w, want) in [
            ([1, 1, 1, 1, 1, 1], [17, 17, 17, 17, 16, 16]),
            ([3, 0, 0, 0, 0, 0], [100, 0, 0, 0, 0, 0]),
            ([3, 2, 1, 0, 0, 0], [50, 33, 17, 0, 0, 0]),
            ([0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]),
            ([3, 3, 3, 1, 1, 1], [25, 25, 25, 9, 8, 8]),
        ] {
            assert_eq!(apportion(w), want, "{w:?}");
        }
        for (max, fits, want) in [
            (
                [50, 50, 0, 0, 0, 0],
                [0.5, 0.5, 0.0, 0.0, 0.0, 0.0],
                [25, 25, 0, 0, 0, 0],
            ),
            // 8.5 + 8.5 + 8.5 = 25.5 → 26: one criterion gets the extra point.
            (
                [17, 17, 17, 17, 16, 16],
                [0.5, 0.5, 0.5, 0.0, 0.0, 0.0],
                [9, 9, 8, 0, 0, 0],
            ),
            (
                [34, 33, 33, 0, 0, 0],
                [1.0, 1.0, 1.0, 0.0, 0.0, 0.0],
                [34, 33, 33, 0, 0, 0],
            ),
            (
                [33, 33, 34, 0, 0, 0],
                [0.333, 0.333, 0.333, 0.0, 0.0, 0.0],
                [11, 11, 11, 0, 0, 0],
            ),
        ] {
            assert_eq!(allocate(max, fits), want, "{max:?} {fits:?}");
        }
    }

    #[test]
    fn explains_with_exact_reasons() {
        let b = explain(&mentor("a"), &needs(), week());
        check_breakdown(&b);
        let reasons: Vec<&str> = b.contributions.iter().map(|c| c.reason.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "2 of your 4 focus skills: Public speaking, storytelling; related: team-building (for leadership)",
                "Same industry: Healthcare",
                "Senior (12 years), 1 stage ahead of you: right for one-to-one mentoring",
                "5 h/week overlap",
                "Same style: coaching",
                "1 shared interest: Hiking",
            ]
        );
        // Equal weights: 17/17/17/17/16/16. Fits: skills 5/8, industry 1, experience 1,
        // availability 1 (5 h ≥ 4 h), style 1, interests 1/2.
        // Exact points 10.625 + 17 + 17 + 17 + 16 + 8 = 85.625 → 86.
        let pts: Vec<u8> = b.contributions.iter().map(|c| c.points).collect();
        assert_eq!(pts, [11, 17, 17, 17, 16, 8]);
        assert_eq!(b.score, 86);
        assert_eq!(b.overlap.minutes, 300);
        assert_eq!(b.overlap.slots.len(), 5);
        assert!(b.exclusions.is_empty());
        assert_eq!(b.notes, ["Free"]);
        let r = rank(&[mentor("a")], &needs(), week());
        assert_eq!(r.ranked[0].score, 86);
    }

    #[test]
    fn industry_and_perspective() {
        let mut n = needs();
        let mut other = mentor("b");
        other.industry = "Finance".into();
        for (perspective, m, want, fit) in [
            (false, mentor("a"), "Same industry: Healthcare", true),
            (false, other.clone(), "Different industry: Finance", false),
            (
                true,
                other.clone(),
                "Offers a different perspective: Finance",
                true,
            ),
            (
                true,
                mentor("a"),
                "Same industry (Healthcare); you asked for a different perspective",
                false,
            ),
        ] {
            n.wants_different_perspective = perspective;
            let b = explain(&m, &n, week());
            let c = &b.contributions[1];
            assert_eq!(c.reason, want);
            assert_eq!(c.points == c.max_points, fit, "{want}");
        }
    }

    #[test]
    fn experience_by_form() {
        use MentoringForm::*;
        for (form, diff, want) in [
            (OneToOne, 1, 1.0),
            (OneToOne, 2, 1.0),
            (OneToOne, 4, 0.75),
            (OneToOne, 0, 0.25),
            (OneToOne, -1, 0.0),
            (Group, 2, 1.0),
            (Micro, 1, 1.0),
            (Peer, 0, 1.0),
            (Peer, -1, 0.5),
            (Peer, 2, 0.0),
            (Reverse, -1, 1.0),
            (Reverse, -3, 0.75),
            (Reverse, 1, 0.0),
        ] {
            assert_eq!(experience_fit(form, diff), want, "{form:?} {diff}");
        }
        for a in Style::ALL {
            for b in Style::ALL {
                assert_eq!(style_fit(*a, *b), style_fit(*b, *a));
            }
        }
    }

    #[test]
    fn must_haves_count_every_reason() {
        let mut n = needs();
        n.must = MustHaves {
            language: true,
            format: true,
            open_capacity: true,
            min_overlap_hours: Some(3.0),
            budget: true,
            form: true,
        };
        let ok = mentor("ok");
        let mut two = mentor("two");
        two.languages = vec!["French".into()];
        two.price_per_month = Some(80);
        let mut full = mentor("full");
        full.capacity = 0;
        let mut fmt = mentor("fmt");
        fmt.formats = vec![Format::Phone];
        fmt.forms = vec![MentoringForm::Peer];
        let mut little = mentor("little");
        little.availability.truncate(2); // 2 h < 3 h
        let mut cheap = mentor("cheap");
        cheap.price_per_month = Some(50);
        let r = rank(&[ok, two, full, fmt, little, cheap], &n, week());
        let ids: Vec<usize> = r.ranked.iter().map(|x| x.index).collect();
        assert_eq!(ids, [5, 0]); // equal scores: "Mentor cheap" < "Mentor ok"
        assert_eq!(r.excluded_total, 4);
        let counts: Vec<(&str, usize)> = r.excluded.iter().map(|(e, n)| (e.key(), *n)).collect();
        assert_eq!(
            counts,
            [
                ("language", 1),
                ("format", 1),
                ("capacity", 1),
                ("overlap", 1),
                ("budget", 1),
                ("form", 1)
            ]
        );
        let mut relaxed = n.must;
        ExclusionReason::Budget.relax(&mut relaxed);
        ExclusionReason::Overlap.relax(&mut relaxed);
        assert!(!relaxed.budget && relaxed.min_overlap_hours.is_none());
    }

    #[test]
    fn full_mentors_sort_last_and_say_so() {
        let mut star = mentor("star");
        star.capacity = 0;
        let mut weak = mentor("weak");
        weak.skills.clear();
        weak.interests.clear();
        let n = needs();
        let r = rank(&[star.clone(), weak], &n, week());
        assert!(r.ranked[0].score < r.ranked[1].score);
        assert_eq!(r.ranked[0].index, 1);
        assert!(r.ranked[1].full);
        let b = explain(&star, &n, week());
        assert!(b.full);
        assert!(b.notes[0].starts_with("Full right now"));
    }

    #[test]
    fn no_priorities_and_tie_breaks() {
        let mut n = needs();
        n.weights = nothing_important();
        let mut a = mentor("a");
        a.name = "Zed".into();
        let mut b = mentor("b");
        b.name = "Amy".into();
        let mut c = mentor("c");
        c.name = "Amy".into();
        let mut d = mentor("d");
        d.availability.truncate(1);
        let r = rank(&[d, c, b, a], &n, week());
        assert!(r.no_priorities);
        assert!(r.ranked.iter().all(|x| x.score == 0));
        // Overlap desc (d has 1 h, others 5 h), then name, then id.
        let order: Vec<usize> = r.ranked.iter().map(|x| x.index).collect();
        assert_eq!(order, [2, 1, 3, 0]);
        let bd = explain(&mentor("a"), &n, week());
        check_breakdown(&bd);
        assert_eq!(bd.score, 0);
        assert!(bd.notes.iter().any(|s| s.starts_with("No priorities set")));
    }

    #[test]
    fn missing_data_gives_no_points() {
        let mut n = needs();
        n.focus_skills.clear();
        n.industry.clear();
        n.interests.clear();
        n.weights.skills = Importance::Essential;
        let s = Scorer::new(&n, week());
        // Only experience, availability and style count: 1:1:1 → 34/33/33.
        assert_eq!(s.max_points(), [0, 0, 34, 33, 33, 0]);
        let b = s.explain(&mentor("a"));
        check_breakdown(&b);
        assert_eq!(
            b.contributions[0].reason,
            "No focus skills in your goal yet"
        );
        assert_eq!(b.contributions[1].reason, "Add your industry to compare");
        assert_eq!(b.contributions[5].reason, "Add interests to compare");
        assert_eq!(b.score, 100);
    }

    #[test]
    fn bad_zone_and_cross_zone_overlap() {
        let mut m = mentor("tz");
        m.time_zone = "Mars/Olympus".into();
        let b = explain(&m, &needs(), week());
        assert_eq!(
            b.contributions[3].reason,
            "Unknown time zone \"Mars/Olympus\""
        );
        assert_eq!(b.overlap.minutes, 0);
        // A New York mentor 12:00–13:30 = 17:00–18:30 London in January: 1.5 h × 5 days.
        let mut ny = mentor("ny");
        ny.time_zone = "America/New_York".into();
        for w in &mut ny.availability {
            w.start_min = 12 * 60;
            w.end_min = 13 * 60 + 30;
        }
        let b = explain(&ny, &needs(), week());
        assert_eq!(b.overlap.minutes, 450);
        assert_eq!(b.contributions[3].reason, "7.5 h/week overlap");
        assert_eq!(
            b.overlap.slots[0],
            Window {
                day: 0,
                start_min: 17 * 60,
                end_min: 18 * 60 + 30
            }
        );
    }

    #[test]
    fn index_is_reusable_and_matches_aliases() {
        let mut m = mentor("js");
        m.skills = vec!["JS".into(), " Public-Speaking".into()];
        m.languages = vec![" ENGLISH ".into()];
        m.industry = "healthcare ".into();
        let mut n = needs();
        n.focus_skills = vec!["javascript".into(), "public speaking".into()];
        n.must.language = true;
        let b = explain(&m, &n, week());
        assert_eq!(
            b.contributions[0].reason,
            "2 of your 2 focus skills: javascript, public speaking"
        );
        assert_eq!(b.contributions[1].reason, "Same industry: healthcare");
        let mentors = crate::core::mentors::r#gen::generate(300, 9);
        let ix = MentorIndex::new(&mentors);
        assert_eq!(ix.len(), 300);
        for weights in [
            Weights::default(),
            Weights {
                availability: Importance::Essential,
                ..Weights::default()
            },
        ] {
            n.weights = weights;
            let s = Scorer::new(&n, week());
            assert_eq!(s.rank_index(&ix), s.rank(&mentors));
        }
    }

    /// `rank_index` (fast overlap, point tables, radix sort) against the slowest honest
    /// reference: `explain` every mentor (general overlap path, `allocate`), then sort by the
    /// documented order with a plain comparison sort.
    #[test]
    fn rank_index_matches_a_naive_reference() {
        use crate::core::mentors::r#gen::{SplitMix64, bench_needs, generate};
        let mut mentors = generate(700, 5);
        // Odd minutes too, not only the generator's half hours.
        let mut rng = SplitMix64::new(5);
        for m in mentors.iter_mut().step_by(3) {
            for w in &mut m.availability {
                w.start_min = (w.start_min + rng.below(29) as u16).min(w.end_min - 1);
                w.end_min -= rng.below(u64::from(w.end_min - w.start_min)) as u16;
            }
        }
        let ix = MentorIndex::new(&mentors);
        let mut variants = vec![bench_needs(), needs()];
        let mut n = needs();
        n.must.min_overlap_hours = Some(1.5);
        n.must.format = true;
        n.time_zone = "Asia/Kathmandu".into();
        variants.push(n);
        let mut n = bench_needs();
        n.availability.clear();
        n.focus_skills.clear();
        variants.push(n);
        let mut n = needs();
        n.time_zone = "Australia/Sydney".into();
        n.weights = nothing_important();
        variants.push(n);
        for (y, m, d) in [
            (2027, 1, 4),
            (2027, 3, 8),
            (2027, 3, 15),
            (2027, 3, 22),
            (2027, 3, 29),
            (2027, 4, 5),
            (2027, 10, 25),
            (2027, 11, 1),
        ] {
            let week = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            for n in &variants {
                let s = Scorer::new(n, week);
                let got = s.rank_index(&ix);
                let mut want = Vec::new();
                let mut counts = [0usize; 6];
                for (i, m) in mentors.iter().enumerate() {
                    let b = s.explain(m);
                    for r in &b.exclusions {
                        counts[*r as usize] += 1;
                    }
                    if b.exclusions.is_empty() {
                        let key = (b.full, std::cmp::Reverse(b.score));
                        let tie = (std::cmp::Reverse(b.overlap.minutes), &m.name, &m.id, i);
                        want.push((key, tie, b.overlap.minutes));
                    }
                }
                want.sort();
                let want: Vec<Ranked> = want
                    .into_iter()
                    .map(|((full, score), (.., i), overlap_min)| Ranked {
                        index: i,
                        score: score.0,
                        overlap_min,
                        full,
                    })
                    .collect();
                assert_eq!(got.ranked, want, "{week} {:?}", n.time_zone);
                assert_eq!(got.excluded_total, mentors.len() - want.len());
                let counts: Vec<(ExclusionReason, usize)> = ExclusionReason::ALL
                    .into_iter()
                    .zip(counts)
                    .filter(|(_, c)| *c > 0)
                    .collect();
                assert_eq!(got.excluded, counts);
            }
        }
    }

    #[test]
    fn round_micro_divides_exactly() {
        let check = |m: u64| assert_eq!(u64::from(round_micro(m)), (m + MICRO / 2) / MICRO, "{m}");
        for k in 0..=100 {
            for d in [0, 1, 2, MICRO / 2 - 1, MICRO / 2, MICRO / 2 + 1] {
                for m in [k * MICRO + d, (k * MICRO).saturating_sub(d)] {
                    if m <= 100 * MICRO {
                        check(m);
                    }
                }
            }
        }
        let mut rng = crate::core::mentors::r#gen::SplitMix64::new(8);
        for _ in 0..100_000 {
            check(rng.below(100 * MICRO + 1));
        }
    }

    #[test]
    fn sort_keys_matches_a_comparison_sort() {
        use crate::core::mentors::r#gen::SplitMix64;
        let mut rng = SplitMix64::new(3);
        for n in [0, 1, 7, 511, 512, 3000] {
            let mut keys: Vec<u64> = (0..n)
                .map(|row| {
                    let key = SortKey::new(
                        rng.chance(20),
                        rng.below(101) as u8,
                        rng.below(overlap::WEEK_MIN as u64 + 1) as u32,
                    );
                    assert_eq!(
                        SortKey::new(key.parts().0, key.parts().1, key.parts().2),
                        key
                    );
                    u64::from(key.0) << 32 | row
                })
                .collect();
            let mut want = keys.clone();
            want.sort();
            sort_keys(&mut keys);
            assert_eq!(keys, want, "{n}");
        }
    }

    #[test]
    fn generated_rank_matches_explain() {
        let mentors = crate::core::mentors::r#gen::generate(400, 3);
        let mut n = needs();
        n.weights.skills = Importance::Essential;
        n.weights.interests = Importance::NotImportant;
        let s = Scorer::new(&n, week());
        let r = s.rank(&mentors);
        assert_eq!(r.ranked.len() + r.excluded_total, mentors.len());
        for x in &r.ranked {
            let b = s.explain(&mentors[x.index]);
            check_breakdown(&b);
            assert_eq!(b.score, x.score);
            assert_eq!(b.overlap.minutes, x.overlap_min);
            assert_eq!(s.score(&mentors[x.index]), x.score);
        }
        // Open mentors first, then scores never increase within each group.
        for w in r.ranked.windows(2) {
            assert!(
                (w[0].full, std::cmp::Reverse(w[0].score))
                    <= (w[1].full, std::cmp::Reverse(w[1].score))
            );
        }
    }
}
