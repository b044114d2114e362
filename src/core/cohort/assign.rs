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

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::cohort::flow::{self, Arc};
use crate::core::cohort::mentees::Mentee;
use crate::core::mentors::mentor::{Mentor, MentoringForm};
use crate::core::mentors::scoring::{Breakdown, ExclusionReason, MentorIndex, Scorer};
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

/// Computes every allowed pair's score (must-haves applied, avoids not yet).
pub fn scores(
    mentors: &[Mentor],
    prefs: &[MentorPrefs],
    mentees: &[Mentee],
    week_start: NaiveDate,
) -> Scores {
    let index = MentorIndex::new(mentors);
    let mut out = Scores::default();
    for m in mentees {
        let scorer = Scorer::new(&cohort_needs(m), week_start);
        let ranking = scorer.rank_index(&index);
        let mut row: Vec<(u32, u32, u8)> = ranking
            .ranked
            .iter()
            .map(|r| {
                let bonus: u32 = bonuses(m, &mentors[r.index], prefs.get(r.index))
                    .iter()
                    .map(|b| b.1)
                    .sum();
                (
                    r.index as u32,
                    (u32::from(r.score) + bonus).min(MAX_PAIR_SCORE),
                    r.score,
                )
            })
            .collect();
        row.sort_unstable_by_key(|r| r.0);
        out.allowed.push(row);
        out.excluded.push(ranking.excluded);
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

/// Is the pair avoided by either side or the coordinator?
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

/// Runs the assignment (see the module docs). Pair scores are computed here; use
/// [`run_with`] to reuse them across re-runs.
pub fn run(input: &Input) -> Result<Matching, Infeasible> {
    let s = scores(input.mentors, input.prefs, input.mentees, input.week_start);
    run_with(input, &s)
}

/// Runs the assignment with scores from [`scores`] for the same mentors and mentees.
pub fn run_with(input: &Input, s: &Scores) -> Result<Matching, Infeasible> {
    let (mentors, mentees) = (input.mentors, input.mentees);
    let mut problems = Vec::new();
    let mut coordinator_avoids = Vec::new();
    for a in input.avoids {
        if let (Some(i), Some(j)) = (
            mentee_pos(mentees, &a.mentee),
            mentor_pos(mentors, &a.mentor),
        ) {
            coordinator_avoids.push((i, j));
        }
    }
    let mut left: Vec<u32> = (0..mentors.len())
        .map(|j| room(&mentors[j], input.prefs.get(j)))
        .collect();
    let room_of = left.clone();
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
            Some(_) if avoided(input, i, j, &coordinator_avoids) => problems.push(format!(
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
    if !problems.is_empty() {
        return Err(Infeasible { problems });
    }

    // The free mentees and their allowed arcs.
    let free: Vec<usize> = (0..mentees.len())
        .filter(|&i| locked[i].is_none())
        .collect();
    let mut arcs: Vec<Arc> = Vec::new();
    let mut base_of: Vec<u8> = Vec::new();
    for (k, &i) in free.iter().enumerate() {
        for &(j, score, base) in &s.allowed[i] {
            if left[j as usize] > 0 && !avoided(input, i, j as usize, &coordinator_avoids) {
                arcs.push(Arc {
                    mentee: k as u32,
                    mentor: j,
                    score,
                });
                base_of.push(base);
            }
        }
    }
    let mut asg = flow::solve(free.len(), &left, &arcs, MAX_PAIR_SCORE);
    if input.mode == Mode::Fair {
        let matched = asg.iter().flatten().count();
        let lock_min = locked.iter().flatten().map(|l| l.1).min();
        let mut levels: Vec<u32> = arcs.iter().map(|a| a.score).collect();
        levels.sort_unstable();
        levels.dedup();
        let with = |t: u32| -> Vec<Arc> { arcs.iter().copied().filter(|a| a.score >= t).collect() };
        // Largest level keeping `matched` mentees matched (level 0 / the lowest always does).
        let (mut lo, mut hi) = (0usize, levels.len());
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            let a = with(levels[mid]);
            if flow::solve(free.len(), &left, &a, MAX_PAIR_SCORE)
                .iter()
                .flatten()
                .count()
                == matched
            {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if let Some(&t) = levels.get(lo) {
            let t = lock_min.map_or(t, |l| t.min(l));
            let a = with(t);
            let sub = flow::solve(free.len(), &left, &a, MAX_PAIR_SCORE);
            asg = vec![None; free.len()];
            for (k, m) in sub.into_iter().enumerate() {
                asg[k] = m;
            }
        }
    }

    let mut out = Matching {
        load: vec![(0, 0); mentors.len()],
        ..Matching::default()
    };
    for (j, l) in out.load.iter_mut().enumerate() {
        l.1 = room_of[j];
    }
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
            None => out
                .unmatched
                .push(explain_unmatched(input, s, i, &coordinator_avoids)),
        }
    }
    out.suggestions = suggestions(&out.unmatched);
    Ok(out)
}

fn explain_unmatched(
    input: &Input,
    s: &Scores,
    i: usize,
    coordinator: &[(usize, usize)],
) -> Unmatched {
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
    if fits.iter().all(|&j| avoided(input, i, j, coordinator)) {
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
