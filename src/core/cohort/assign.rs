//! Pair scores, the exact cohort assignment, and why each mentee was or was not matched.
//!
//! # Pair score rules
//!
//! * **Base**: the score the mentee sees for the mentor (0–100): one
//!   [`Scorer`] per mentee over one [`MentorIndex`] of the mentor roster, with the mentee's
//!   own must-haves and importances. The mentee's "open slots" must-have is not applied:
//!   capacity is the assignment's job.
//! * **Mentee preference**: a mentor the mentee ranked 1st–5th in `preferred_mentors` adds
//!   [`PREFERENCE_BONUS`] `[10, 8, 6, 4, 2]` points.
//! * **Mentor preference**: a mentor who wants to mentor the mentee's career stage, or one of
//!   the mentee's focus skills ([`MentorPrefs`]), adds [`MENTOR_BONUS`] (5) points.
//! * The pair score is base + bonuses, at most [`MAX_PAIR_SCORE`] (115).
//!
//! # Hard rules
//!
//! * A pair is allowed only when the mentor passes every must-have of the mentee, neither side
//!   avoids the other (mentee `avoid_mentors`, mentor `avoid`, the coordinator's avoids) and
//!   the mentor has room.
//! * A mentor takes at most `capacity` mentees; a mentor who offers the group form with a
//!   group size N > 1 runs each slot as a group of up to N, so takes `capacity × N` mentees.
//! * **Locks** (pinned pairs) are placed first and use up the mentor's room; a lock that breaks
//!   a hard rule, or more locks than a mentor has room for, makes the input infeasible and
//!   every such problem is named ([`Infeasible`]).
//!
//! # Objective
//!
//! [`Mode::Total`]: match as many mentees as possible, then maximise the total pair score.
//! [`Mode::Fair`]: match as many as possible, then maximise the lowest pair score, then the
//! total (lexicographic: the largest threshold that still matches as many is found by binary
//! search over the distinct scores, then the total is maximised over pairs at or above it).
//! Both are exact ([`flow`](super::flow)) and deterministic: the same input gives the same pairs.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::cohort::mentees::Mentee;
use crate::core::mentors::mentor::{Mentor, MentoringForm};
use crate::core::mentors::scoring::{Breakdown, ExclusionReason, Horizon, MentorIndex, Scorer};
use crate::core::mentors::skills;

/// Bonus for the mentee's 1st … 5th preferred mentor.
pub const PREFERENCE_BONUS: [u32; 5] = [10, 8, 6, 4, 2];
/// Bonus when the mentor wants to mentor the mentee's stage or one of their focus skills.
pub const MENTOR_BONUS: u32 = 5;
/// Highest pair score.
pub const MAX_PAIR_SCORE: u32 = 100 + PREFERENCE_BONUS[0] + MENTOR_BONUS;

/// A mentor's own preferences for a cohort, read from the roster's preference columns.
pub use crate::core::mentors::mentor::MentorPrefs;

/// A coordinator's pinned or forbidden pair, by ids.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PairRef {
    pub mentee: String,
    pub mentor: String,
}

/// What to optimise after matching as many mentees as possible.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The largest total score.
    #[default]
    Total,
    /// The largest lowest score, then the largest total.
    Fair,
}

/// Everything one run needs.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    pub mentors: &'a [Mentor],
    /// Per mentor (same order), or empty for none.
    pub prefs: &'a [MentorPrefs],
    pub mentees: &'a [Mentee],
    pub locks: &'a [PairRef],
    pub avoids: &'a [PairRef],
    pub mode: Mode,
    /// The week availability is compared in (any day of it).
    pub week_start: NaiveDate,
}

/// One matched pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    pub mentee: usize,
    pub mentor: usize,
    /// Base + bonuses.
    pub score: u32,
    /// The score the mentee sees (0–100).
    pub base: u8,
    pub locked: bool,
}

/// Why a mentee was left without a mentor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// Every mentor fails one of the mentee's must-haves.
    MustHaves,
    /// Every mentor who fits is avoided (by either side or the coordinator).
    Avoided,
    /// Mentors fit, but their room went to others.
    NoCapacity,
}

/// One unmatched mentee, explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unmatched {
    pub mentee: usize,
    pub why: Why,
    /// One sentence, e.g. "every mentor fails a must-have: 9 no shared language".
    pub reason: String,
    /// What would help, e.g. "a mentor who speaks Portuguese".
    pub help: String,
}

/// The result of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Matching {
    /// In mentee order.
    pub pairs: Vec<Pair>,
    /// In mentee order.
    pub unmatched: Vec<Unmatched>,
    /// Aggregated help, most needed first: "2 more mentors who speak Portuguese".
    pub suggestions: Vec<String>,
    pub total: u32,
    /// Lowest pair score (`None` when nobody is matched).
    pub min: Option<u32>,
    /// Per mentor: (mentees given, room).
    pub load: Vec<(u32, u32)>,
}

/// The input cannot be satisfied; every problem names its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Infeasible {
    pub problems: Vec<String>,
}

/// The pair scores of a cohort: one [`Scorer`] per mentee over one [`MentorIndex`].
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Per mentee: (mentor, pair score, base score) for mentors passing every must-have,
    /// in mentor order.
    pub allowed: Vec<Vec<(u32, u32, u8)>>,
    /// Per mentee: mentors excluded per must-have reason.
    pub excluded: Vec<Vec<(ExclusionReason, usize)>>,
}

fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Finds a mentor (or mentee) by id, else by name, case-insensitively.
fn find<'a>(
    key: &str,
    mut items: impl Iterator<Item = (usize, &'a str, &'a str)>,
) -> Option<usize> {
    let k = fold(key);
    let mut by_name = None;
    for (i, id, name) in &mut items {
        if fold(id) == k {
            return Some(i);
        }
        if by_name.is_none() && fold(name) == k {
            by_name = Some(i);
        }
    }
    by_name
}

fn mentor_pos(mentors: &[Mentor], key: &str) -> Option<usize> {
    find(
        key,
        mentors
            .iter()
            .enumerate()
            .map(|(i, m)| (i, m.id.as_str(), m.name.as_str())),
    )
}

fn mentee_pos(mentees: &[Mentee], key: &str) -> Option<usize> {
    find(
        key,
        mentees
            .iter()
            .enumerate()
            .map(|(i, m)| (i, m.id.as_str(), m.name.as_str())),
    )
}

/// The mentee's needs as scored in a cohort (no "open slots" must-have).
pub fn cohort_needs(m: &Mentee) -> crate::core::mentors::needs::Needs {
    let mut needs = m.needs.clone();
    needs.must.open_capacity = false;
    needs
}

/// The bonuses a pair earns, as (reason, points).
pub fn bonuses(
    mentee: &Mentee,
    mentor: &Mentor,
    prefs: Option<&MentorPrefs>,
) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    if let Some(rank) = mentee
        .preferred
        .iter()
        .take(PREFERENCE_BONUS.len())
        .position(|p| fold(p) == fold(&mentor.id) || fold(p) == fold(&mentor.name))
    {
        out.push((
            format!("{}'s choice no. {}", mentee.name, rank + 1),
            PREFERENCE_BONUS[rank],
        ));
    }
    if let Some(p) = prefs {
        let stage = p.stages.contains(&mentee.needs.stage);
        let wanted: Vec<String> = p.skills.iter().map(|s| skills::normalize(s)).collect();
        let skill = mentee
            .needs
            .focus_skills
            .iter()
            .find(|s| wanted.contains(&skills::normalize(s)));
        match (stage, skill) {
            (_, Some(s)) => {
                out.push((format!("{} wants to mentor {s}", mentor.name), MENTOR_BONUS))
            }
            (true, None) => out.push((
                format!(
                    "{} wants to mentor {} mentees",
                    mentor.name,
                    mentee.needs.stage.label().to_lowercase()
                ),
                MENTOR_BONUS,
            )),
            _ => {}
        }
    }
    out
}

/// Folded ids and names → positions, so names in preferences and avoids are resolved once.
pub(crate) struct Keys(HashMap<String, Vec<u32>>);

impl Keys {
    pub(crate) fn new<'a>(items: impl Iterator<Item = (&'a str, &'a str)>) -> Keys {
        let mut map: HashMap<String, Vec<u32>> = HashMap::new();
        for (k, (id, name)) in items.enumerate() {
            for key in [fold(id), fold(name)] {
                let v = map.entry(key).or_default();
                if v.last() != Some(&(k as u32)) {
                    v.push(k as u32);
                }
            }
        }
        Keys(map)
    }

    /// Every position whose id or name folds to `key`'s fold.
    pub(crate) fn get(&self, key: &str) -> &[u32] {
        self.0.get(&fold(key)).map_or(&[], Vec::as_slice)
    }
}

/// The mentor side of pair scoring, built once per run: the [`MentorIndex`], the zones'
/// weeks ([`Horizon`]: the mentors' zones and the mentees'), the mentors' ids and names for
/// preferences, their wanted skills normalized.
pub struct PairScorer<'a> {
    prefs: &'a [MentorPrefs],
    week_start: NaiveDate,
    index: MentorIndex,
    horizon: Horizon,
    keys: Keys,
    wanted: Vec<Vec<String>>,
}

impl<'a> PairScorer<'a> {
    /// For scoring `mentees` (any of them; their zones are prepared once) against `mentors`.
    pub fn new(
        mentors: &'a [Mentor],
        prefs: &'a [MentorPrefs],
        mentees: &[Mentee],
        week_start: NaiveDate,
    ) -> Self {
        let index = MentorIndex::new(mentors);
        let horizon =
            Horizon::for_index(&index, week_start, mentees.iter().map(|m| m.needs.zone()));
        PairScorer {
            prefs,
            week_start,
            index,
            horizon,
            keys: Keys::new(mentors.iter().map(|m| (m.id.as_str(), m.name.as_str()))),
            wanted: prefs
                .iter()
                .map(|p| p.skills.iter().map(|s| skills::normalize(s)).collect())
                .collect(),
        }
    }

    /// One mentee's row of [`Scores`]: allowed (mentor, pair score, base) in mentor order, and
    /// the must-have exclusions. The bonuses are those of [`bonuses`], computed without a
    /// string per pair.
    #[allow(clippy::type_complexity)]
    pub fn score(&self, m: &Mentee) -> (Vec<(u32, u32, u8)>, Vec<(ExclusionReason, usize)>) {
        let scorer = Scorer::with_horizon(&cohort_needs(m), self.week_start, &self.horizon);
        let (allowed, excluded) = scorer.scores_in(&self.index, &self.horizon);
        let mut pref: Vec<(u32, u32)> = Vec::new();
        for (rank, p) in m.preferred.iter().take(PREFERENCE_BONUS.len()).enumerate() {
            for &j in self.keys.get(p) {
                if !pref.iter().any(|x| x.0 == j) {
                    pref.push((j, PREFERENCE_BONUS[rank]));
                }
            }
        }
        let focus: Vec<String> = if self.prefs.is_empty() {
            Vec::new()
        } else {
            m.needs
                .focus_skills
                .iter()
                .map(|s| skills::normalize(s))
                .collect()
        };
        let row: Vec<(u32, u32, u8)> = allowed
            .iter()
            .map(|&(j, score)| {
                let j = j as usize;
                let mut bonus = pref.iter().find(|x| x.0 as usize == j).map_or(0, |x| x.1);
                if let Some(p) = self.prefs.get(j)
                    && (p.stages.contains(&m.needs.stage)
                        || focus.iter().any(|f| self.wanted[j].contains(f)))
                {
                    bonus += MENTOR_BONUS;
                }
                (
                    j as u32,
                    (u32::from(score) + bonus).min(MAX_PAIR_SCORE),
                    score,
                )
            })
            .collect();
        (row, excluded)
    }
}

/// Computes every allowed pair's score (must-haves applied, avoids not yet).
pub fn scores(
    mentors: &[Mentor],
    prefs: &[MentorPrefs],
    mentees: &[Mentee],
    week_start: NaiveDate,
) -> Scores {
    let ps = PairScorer::new(mentors, prefs, mentees, week_start);
    let mut out = Scores::default();
    for m in mentees {
        let (row, excluded) = ps.score(m);
        out.allowed.push(row);
        out.excluded.push(excluded);
    }
    out
}

/// A mentor's room in mentees (capacity × group size for group mentors).
pub fn room(mentor: &Mentor, prefs: Option<&MentorPrefs>) -> u32 {
    let group = prefs.map_or(1, |p| p.group_size.max(1));
    if group > 1 && mentor.forms.contains(&MentoringForm::Group) {
        u32::from(mentor.capacity) * u32::from(group)
    } else {
        u32::from(mentor.capacity)
    }
}

fn who(m: &Mentee) -> String {
    format!("{} (line {})", m.name, m.line)
}

/// Is the pair avoided by either side or the coordinator? (The reference for [`Avoids`].)
#[cfg(test)]
fn avoided(input: &Input, i: usize, j: usize, coordinator: &[(usize, usize)]) -> bool {
    let (me, mo) = (&input.mentees[i], &input.mentors[j]);
    let hit = |list: &[String], id: &str, name: &str| {
        list.iter()
            .any(|a| fold(a) == fold(id) || fold(a) == fold(name))
    };
    coordinator.contains(&(i, j))
        || hit(&me.avoid, &mo.id, &mo.name)
        || input
            .prefs
            .get(j)
            .is_some_and(|p| hit(&p.avoid, &me.id, &me.name))
}

/// Every avoided pair (either side's avoid list or the coordinator's), per mentee the sorted
/// mentors, resolved once.
#[derive(Clone, Debug, Default)]
pub(crate) struct Avoids(Vec<Vec<u32>>);

impl Avoids {
    pub(crate) fn new(input: &Input) -> Avoids {
        let (mentors, mentees) = (input.mentors, input.mentees);
        let mentor_keys = Keys::new(mentors.iter().map(|m| (m.id.as_str(), m.name.as_str())));
        let mentee_keys = Keys::new(mentees.iter().map(|m| (m.id.as_str(), m.name.as_str())));
        let mut table: Vec<Vec<u32>> = vec![Vec::new(); mentees.len()];
        for (i, me) in mentees.iter().enumerate() {
            for a in &me.avoid {
                table[i].extend_from_slice(mentor_keys.get(a));
            }
        }
        for (j, p) in input.prefs.iter().enumerate().take(mentors.len()) {
            for a in &p.avoid {
                for &i in mentee_keys.get(a) {
                    table[i as usize].push(j as u32);
                }
            }
        }
        for a in input.avoids {
            if let (Some(i), Some(j)) = (
                mentee_pos(mentees, &a.mentee),
                mentor_pos(mentors, &a.mentor),
            ) {
                table[i].push(j as u32);
            }
        }
        for t in &mut table {
            t.sort_unstable();
            t.dedup();
        }
        Avoids(table)
    }

    pub(crate) fn has(&self, i: usize, j: usize) -> bool {
        let t = &self.0[i];
        !t.is_empty() && t.binary_search(&(j as u32)).is_ok()
    }
}

/// Runs the assignment (see the module docs). Pair scores are computed here; use
/// [`run_with`] to reuse them across re-runs, or [`Run`](super::run::Run) to work in slices.
pub fn run(input: &Input) -> Result<Matching, Infeasible> {
    let mut r = super::run::Run::new(input);
    while !r.step(usize::MAX).is_finished() {}
    r.finish()
}

/// Runs the assignment with scores from [`scores`] for the same mentors and mentees.
pub fn run_with(input: &Input, s: &Scores) -> Result<Matching, Infeasible> {
    let mut r = super::run::Run::with_scores(input, s.clone());
    while !r.step(usize::MAX).is_finished() {}
    r.finish()
}

/// The locks, checked: per mentee its locked (mentor, score, base), and per mentor the room
/// left for the others. Every problem is named at once.
#[allow(clippy::type_complexity)]
pub(crate) fn check_locks(
    input: &Input,
    s: &Scores,
    avoids: &Avoids,
) -> Result<(Vec<Option<(usize, u32, u8)>>, Vec<u32>), Infeasible> {
    let (mentors, mentees) = (input.mentors, input.mentees);
    let mut problems = Vec::new();
    let mut left: Vec<u32> = (0..mentors.len())
        .map(|j| room(&mentors[j], input.prefs.get(j)))
        .collect();
    let mut locked: Vec<Option<(usize, u32, u8)>> = vec![None; mentees.len()];
    let mut locks_of: Vec<Vec<usize>> = vec![Vec::new(); mentors.len()];
    for l in input.locks {
        let i = mentee_pos(mentees, &l.mentee);
        let j = mentor_pos(mentors, &l.mentor);
        let (Some(i), Some(j)) = (i, j) else {
            if i.is_none() {
                problems.push(format!(
                    "A lock names mentee \"{}\", who is not in the mentee roster.",
                    l.mentee
                ));
            }
            if j.is_none() {
                problems.push(format!(
                    "A lock names mentor \"{}\", who is not in the mentor roster.",
                    l.mentor
                ));
            }
            continue;
        };
        let (me, mo) = (&mentees[i], &mentors[j]);
        if locked[i].is_some() {
            problems.push(format!("{} is locked to more than one mentor.", who(me)));
            continue;
        }
        match s.allowed[i].iter().find(|r| r.0 as usize == j) {
            None => {
                let scorer = Scorer::new(&cohort_needs(me), input.week_start);
                let why: Vec<&str> = scorer
                    .explain(mo)
                    .exclusions
                    .iter()
                    .map(|e| e.label())
                    .collect();
                problems.push(format!(
                    "The lock of {} with {} breaks a must-have of {}: {}.",
                    who(me),
                    mo.name,
                    me.name,
                    why.join(", ")
                ));
            }
            Some(_) if avoids.has(i, j) => problems.push(format!(
                "The lock of {} with {} is also on an avoid list.",
                who(me),
                mo.name
            )),
            Some(&(_, score, base)) => {
                locked[i] = Some((j, score, base));
                locks_of[j].push(i);
            }
        }
    }
    for (j, ls) in locks_of.iter().enumerate() {
        if ls.len() as u32 > left[j] {
            let names: Vec<String> = ls.iter().map(|&i| who(&mentees[i])).collect();
            problems.push(format!(
                "{} has {} locked mentees ({}) but room for {}.",
                mentors[j].name,
                ls.len(),
                names.join(", "),
                left[j]
            ));
        } else {
            left[j] -= ls.len() as u32;
        }
    }
    if problems.is_empty() {
        Ok((locked, left))
    } else {
        Err(Infeasible { problems })
    }
}

/// The result from the locks and the free mentees' assignment (`asg[k]`: the mentor of
/// `free[k]`).
pub(crate) fn assemble(
    input: &Input,
    s: &Scores,
    avoids: &Avoids,
    locked: &[Option<(usize, u32, u8)>],
    free: &[usize],
    asg: &[Option<u32>],
) -> Matching {
    let (mentors, mentees) = (input.mentors, input.mentees);
    let mut out = Matching {
        load: (0..mentors.len())
            .map(|j| (0, room(&mentors[j], input.prefs.get(j))))
            .collect(),
        ..Matching::default()
    };
    let mut free_pos = vec![usize::MAX; mentees.len()];
    for (k, &i) in free.iter().enumerate() {
        free_pos[i] = k;
    }
    for i in 0..mentees.len() {
        let pair = if let Some((j, score, base)) = locked[i] {
            Some(Pair {
                mentee: i,
                mentor: j,
                score,
                base,
                locked: true,
            })
        } else {
            asg[free_pos[i]].map(|j| {
                let &(_, score, base) = s.allowed[i].iter().find(|r| r.0 == j).expect("arc");
                Pair {
                    mentee: i,
                    mentor: j as usize,
                    score,
                    base,
                    locked: false,
                }
            })
        };
        match pair {
            Some(p) => {
                out.load[p.mentor].0 += 1;
                out.total += p.score;
                out.min = Some(out.min.map_or(p.score, |m| m.min(p.score)));
                out.pairs.push(p);
            }
            None => out.unmatched.push(explain_unmatched(input, s, i, avoids)),
        }
    }
    out.suggestions = suggestions(&out.unmatched);
    out
}
fn explain_unmatched(input: &Input, s: &Scores, i: usize, avoids: &Avoids) -> Unmatched {
    let me = &input.mentees[i];
    let fits: Vec<usize> = s.allowed[i]
        .iter()
        .map(|r| r.0 as usize)
        .filter(|&j| room(&input.mentors[j], input.prefs.get(j)) > 0)
        .collect();
    if fits.is_empty() {
        let counts: Vec<String> = s.excluded[i]
            .iter()
            .map(|(r, n)| format!("{n} {}", r.label()))
            .collect();
        let top = s.excluded[i]
            .iter()
            .max_by_key(|(_, n)| *n)
            .map(|(r, _)| *r);
        let n = &me.needs;
        let help = match top {
            Some(ExclusionReason::Language) => {
                format!("a mentor who speaks {}", n.languages.join(" or "))
            }
            Some(ExclusionReason::Form) => format!(
                "a mentor offering {} mentoring",
                n.form.label().to_lowercase()
            ),
            Some(ExclusionReason::Format) => format!(
                "a mentor offering {}",
                n.formats
                    .iter()
                    .map(|f| f.label().to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
            Some(ExclusionReason::Budget) => match n.max_price {
                Some(p) => format!("a mentor who is free or within {p} per month"),
                None => "a free mentor".into(),
            },
            Some(ExclusionReason::Overlap) => format!(
                "a mentor free at the same times as {} ({})",
                me.name, n.time_zone
            ),
            Some(ExclusionReason::Capacity) | None => "a mentor with an open slot".into(),
        };
        let reason = if counts.is_empty() {
            "no mentor has room".to_string()
        } else {
            format!("every mentor fails a must-have: {}", counts.join(", "))
        };
        return Unmatched {
            mentee: i,
            why: Why::MustHaves,
            reason,
            help,
        };
    }
    if fits.iter().all(|&j| avoids.has(i, j)) {
        return Unmatched {
            mentee: i,
            why: Why::Avoided,
            reason: format!(
                "every mentor who fits ({}) is on an avoid list",
                names(input, &fits)
            ),
            help: "a mentor who fits and is not avoided, or remove an avoid".into(),
        };
    }
    Unmatched {
        mentee: i,
        why: Why::NoCapacity,
        reason: format!(
            "no capacity left: the mentors who fit ({}) are full",
            names(input, &fits)
        ),
        help: format!("one more slot with {}", names(input, &fits)),
    }
}

fn names(input: &Input, js: &[usize]) -> String {
    let mut v: Vec<&str> = js
        .iter()
        .take(3)
        .map(|&j| input.mentors[j].name.as_str())
        .collect();
    if js.len() > 3 {
        v.push("…");
    }
    v.join(", ")
}

/// "2 more mentors who speak Portuguese", most needed first, then alphabetically.
fn suggestions(unmatched: &[Unmatched]) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for u in unmatched {
        match counts.iter_mut().find(|c| c.0 == u.help) {
            Some(c) => c.1 += 1,
            None => counts.push((u.help.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
        .into_iter()
        .map(|(help, n)| {
            if n == 1 {
                format!("1 more: {help}")
            } else {
                format!("{n} more: {help} (one for each of {n} mentees)")
            }
        })
        .collect()
}

/// Why a pair scored what it did: the mentee's breakdown plus the cohort bonuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairWhy {
    pub breakdown: Breakdown,
    pub bonuses: Vec<(String, u32)>,
    pub score: u32,
}

impl PairWhy {
    /// The reasons as one line each, as the pairs table and the CSV export show them: every
    /// criterion that counts ("Skills 30/40: reason"), then every bonus ("+10: reason").
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .breakdown
            .contributions
            .iter()
            .filter(|c| c.max_points > 0)
            .map(|c| {
                format!(
                    "{} {}/{}: {}",
                    c.criterion.label(),
                    c.points,
                    c.max_points,
                    c.reason
                )
            })
            .collect();
        lines.extend(self.bonuses.iter().map(|(r, n)| format!("+{n}: {r}")));
        lines
    }
}

/// One pair's reasons as lines ([`PairWhy::lines`] of [`explain_pair`]).
pub fn why_lines(
    mentee: &Mentee,
    mentor: &Mentor,
    prefs: Option<&MentorPrefs>,
    week_start: NaiveDate,
) -> Vec<String> {
    explain_pair(mentee, mentor, prefs, week_start).lines()
}

/// Explains one pair (same evaluation as [`scores`]).
pub fn explain_pair(
    mentee: &Mentee,
    mentor: &Mentor,
    prefs: Option<&MentorPrefs>,
    week_start: NaiveDate,
) -> PairWhy {
    let breakdown = Scorer::new(&cohort_needs(mentee), week_start).explain(mentor);
    let bonuses = bonuses(mentee, mentor, prefs);
    let score =
        (u32::from(breakdown.score) + bonuses.iter().map(|b| b.1).sum::<u32>()).min(MAX_PAIR_SCORE);
    PairWhy {
        breakdown,
        bonuses,
        score,
    }
}

#[cfg(test)]
mod tests;
