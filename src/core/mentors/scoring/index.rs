//! The directory side of ranking: interned skills, interests, languages, industries and zones,
//! and each mentor's facts as a compact [`Row`], built once per directory.

use std::collections::HashMap;

use crate::core::mentors::mentor::{CareerStage, Format, Mentor, MentoringForm, Style};
use crate::core::mentors::overlap::{self, Span, Steady};
use crate::core::mentors::skills;
use crate::core::time::tz::{self, Tz};

/// A name-like key: trimmed and lowercased, so "English " and "english" are one language.
pub(super) fn fold_key(s: &str) -> String {
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
pub(super) struct FxHasher(u64);

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

pub(super) type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Interns strings to dense ids.
#[derive(Clone, Debug, Default)]
pub(super) struct Interner {
    pub(super) ids: FxMap<String, u32>,
    pub(super) names: Vec<String>,
}

impl Interner {
    pub(super) fn id(&mut self, key: String) -> u32 {
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
pub(super) struct Row {
    pub(super) skills: (u32, u32),
    pub(super) interests: (u32, u32),
    pub(super) languages: (u32, u32),
    pub(super) windows: (u32, u32),
    /// The availability as merged local week spans (`flat_local`).
    pub(super) local: (u32, u32),
    /// Weekdays with a valid window (bit `d` for day `d`).
    pub(super) days: u8,
    pub(super) zone: u32,
    /// `u32::MAX` when the mentor gave no industry.
    pub(super) industry: u32,
    pub(super) stage: CareerStage,
    pub(super) style: Style,
    pub(super) forms: u8,
    pub(super) formats: u8,
    pub(super) capacity: u8,
    pub(super) price: Option<u32>,
}

/// [`Steady::covers`] for a row's local spans (only asked when some weekday is not steady).
pub(super) fn covers(st: &Steady, days: u8, local: &[(u16, u16)]) -> bool {
    match (local.first(), local.last()) {
        (Some(f), Some(l)) => st.covers(days, i32::from(f.0), i32::from(l.1)),
        _ => true,
    }
}

/// `v[r.0..r.1]`.
#[inline(always)]
pub(super) fn slice<T>(v: &[T], r: (u32, u32)) -> &[T] {
    &v[r.0 as usize..r.1 as usize]
}

pub(super) fn form_bit(f: MentoringForm) -> u8 {
    1 << (f as u8)
}

pub(super) fn format_bit(f: Format) -> u8 {
    1 << (f as u8)
}

/// A mentor directory prepared once for ranking many times (every time the mentee changes a
/// priority). Holds normalized, interned skills, interests, languages, industries and zones,
/// each mentor's availability as local week spans, and the rows in name order, so
/// [`Scorer::rank_index`](super::Scorer::rank_index) does no string work per mentor.
///
/// Build it when the directory loads or changes; it does not borrow the mentors.
#[derive(Clone, Debug, Default)]
pub struct MentorIndex {
    /// In (name, id, directory position) order: the final tie-breaker is the row number.
    pub(super) rows: Vec<Row>,
    pub(super) skills: Interner,
    pub(super) interests: Interner,
    pub(super) languages: Interner,
    pub(super) industries: Interner,
    /// Raw zone names and their parse.
    pub(super) zones: Vec<(String, Option<Tz>)>,
    /// [`skills::clusters_of`] per interned skill.
    pub(super) skill_clusters: Vec<u64>,
    pub(super) flat_skills: Vec<u32>,
    pub(super) flat_interests: Vec<u32>,
    pub(super) flat_languages: Vec<u32>,
    pub(super) flat_windows: Vec<crate::core::mentors::mentor::Window>,
    /// Local week minutes (`day × 1440 + minute`), merged per mentor.
    pub(super) flat_local: Vec<(u16, u16)>,
    /// Directory position of each row: `rows[r]` is `mentors[by_name[r]]`.
    pub(super) by_name: Vec<u32>,
}

impl MentorIndex {
    /// Indexes `mentors`; [`Ranked::index`](super::Ranked::index) refers to positions in this
    /// slice.
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
