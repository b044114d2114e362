//! A cohort run in slices: [`Run::new`], then [`Run::step`] with a work budget as often as
//! the caller likes (each call does a bounded amount of work and says how far it got), then
//! [`Run::finish`] for the result. Stopping early is dropping the `Run`: nothing else changes.
//!
//! The stages: **scoring** (one unit per mentee: its [`Scorer`](crate::core::mentors::scoring::Scorer)
//! over the roster's index), then the locks are checked, then **preparing** (one unit per
//! free mentee whose allowed pairs are gathered, then one unit per
//! [`ARCS_PER_UNIT`](super::flow::ARCS_PER_UNIT) pairs read while each side's best are chosen),
//! then **matching** (one unit per mentee or mentor place put on a shortest augmenting path,
//! and per [`ARCS_PER_UNIT`](super::flow::ARCS_PER_UNIT) pairs checked against the flow's
//! potentials at the end of a pass, see [`flow`](super::flow)). No unit reads more than a
//! few thousand pairs, so a caller can keep every slice short at any cohort size. The
//! fair mode matches in **rounds**: the most mentees that can be matched at all, then a binary
//! search over the distinct pair scores for the highest lowest score that still matches as
//! many (each round a count-only flow; a round that succeeds jumps to the lowest score it
//! actually used), then the best total above that score. The result is exactly that of
//! [`assign::run`](super::assign::run), however the work is sliced.

use crate::core::cohort::assign::{
    self, Avoids, Infeasible, Input, MAX_PAIR_SCORE, Matching, Mode, PairScorer, Scores,
};
use crate::core::cohort::flow::{Arc, Sparse};

/// Which part of the run is under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Pair scores, one mentee at a time.
    Scoring,
    /// The allowed pairs gathered and each side's best chosen to start the matching from;
    /// in the fair mode, `round` of at most `rounds`.
    Preparing { round: Option<(u32, u32)> },
    /// The assignment (best total, or the fair mode's last round).
    Matching,
    /// The fair mode's search for the best lowest score: round `round` of at most `rounds`.
    Fairest { round: u32, rounds: u32 },
    /// Finished (or stopped by an infeasible input).
    Done,
}

/// How far a run got: `done` of `total` units of the current stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub stage: Stage,
    pub done: usize,
    pub total: usize,
    /// The matching's pass (1, then 2… when the pairs beyond each side's best few were needed
    /// after all: `done` starts again from 0).
    pub pass: u32,
}

impl Progress {
    /// True when [`Run::finish`] has nothing left to do.
    pub fn is_finished(&self) -> bool {
        self.stage == Stage::Done
    }

    /// One sentence for a progress bar's label, e.g. "Scoring pairs: 400 of 1000 mentees".
    pub fn label(&self) -> String {
        let again = if self.pass > 1 {
            format!(" (pass {}: more pairs were needed)", self.pass)
        } else {
            String::new()
        };
        match self.stage {
            Stage::Scoring => format!(
                "Step 1 of 2, scoring pairs: {} of {} mentees",
                self.done, self.total
            ),
            Stage::Preparing { round } => {
                let pct = (self.done * 100)
                    .checked_div(self.total)
                    .unwrap_or(0)
                    .min(100);
                match round {
                    None => format!("Step 2 of 2, preparing the matching: {pct}%"),
                    Some((r, rs)) => format!(
                        "Step 2 of 2, raising the lowest score: round {r} of at most {rs}, preparing: {pct}%"
                    ),
                }
            }
            Stage::Matching => format!(
                "Step 2 of 2, matching: {} of {} places decided{again}",
                self.done, self.total
            ),
            Stage::Fairest { round, rounds } => format!(
                "Step 2 of 2, raising the lowest score: round {round} of at most {rounds}, {} of {} places decided{again}",
                self.done, self.total
            ),
            Stage::Done => "Finished".into(),
        }
    }
}

/// The free mentees' problem: locks placed, avoided pairs and full mentors removed.
struct Problem {
    locked: Vec<Option<(usize, u32, u8)>>,
    free: Vec<usize>,
    left: Vec<u32>,
    arcs: Vec<Arc>,
    /// Whether some arc has each pair score (the fair mode's levels).
    seen: [bool; MAX_PAIR_SCORE as usize + 1],
}

enum Phase {
    /// Best total: one flow.
    Total(Sparse),
    /// Fair, round 1: the best total over all pairs (how many can be matched, and a first
    /// lowest score).
    FairCount(Sparse),
    /// Fair: can `levels[mid]` be the lowest score with `matched` mentees (a flow over the
    /// pairs scoring at least that)? `best` is the assignment found for `levels[lo]`.
    FairRound {
        matched: usize,
        levels: Vec<u32>,
        lo: usize,
        hi: usize,
        mid: usize,
        round: u32,
        rounds: u32,
        best: Vec<Option<u32>>,
        flow: Sparse,
    },
    /// Fair: the best total at or above a lock's lower score.
    FairTotal(Sparse),
}

impl Phase {
    fn flow(&mut self) -> &mut Sparse {
        match self {
            Phase::Total(f) | Phase::FairCount(f) | Phase::FairTotal(f) => f,
            Phase::FairRound { flow, .. } => flow,
        }
    }
}

enum State {
    Scoring,
    /// The allowed pairs of the free mentees, gathered `budget` mentees a step: the problem
    /// so far and the next of `free` to add.
    Gathering(Box<Problem>, usize),
    Solving(Box<Problem>, Box<Phase>),
    Done(Result<Matching, Infeasible>),
}

/// A resumable cohort run (see the module docs).
pub struct Run<'a> {
    input: Input<'a>,
    scorer: Option<PairScorer<'a>>,
    scores: Scores,
    avoids: Avoids,
    state: State,
    /// Distinct pair scores (for the fair mode's round count), an upper bound until known.
    levels: usize,
}

impl<'a> Run<'a> {
    /// A run that scores the pairs first.
    pub fn new(input: &Input<'a>) -> Run<'a> {
        Run {
            input: *input,
            scorer: Some(PairScorer::new(
                input.mentors,
                input.prefs,
                input.mentees,
                input.week_start,
            )),
            scores: Scores::default(),
            avoids: Avoids::new(input),
            state: State::Scoring,
            levels: MAX_PAIR_SCORE as usize + 1,
        }
    }

    /// A run with the pair scores already computed ([`assign::scores`] for the same input).
    pub fn with_scores(input: &Input<'a>, scores: Scores) -> Run<'a> {
        Run {
            input: *input,
            scorer: None,
            scores,
            avoids: Avoids::new(input),
            state: State::Scoring,
            levels: MAX_PAIR_SCORE as usize + 1,
        }
    }

    /// How far the run is.
    pub fn progress(&self) -> Progress {
        let n = self.input.mentees.len();
        match &self.state {
            State::Scoring => Progress {
                stage: Stage::Scoring,
                done: self.scores.allowed.len().min(n),
                total: n,
                pass: 1,
            },
            State::Gathering(p, k) => Progress {
                stage: Stage::Preparing {
                    round: (self.input.mode == Mode::Fair)
                        .then(|| (1, round_bound(0, usize::MAX, self.levels, 1))),
                },
                // Gathering is the first seventh of preparing (see below).
                done: *k,
                total: 7 * p.free.len().max(1),
                pass: 1,
            },
            State::Solving(_, phase) => {
                let (stage, f) = match phase.as_ref() {
                    Phase::Total(f) | Phase::FairTotal(f) => (Stage::Matching, f),
                    Phase::FairCount(f) => (
                        Stage::Fairest {
                            round: 1,
                            rounds: round_bound(0, usize::MAX, self.levels, 1),
                        },
                        f,
                    ),
                    Phase::FairRound {
                        round,
                        rounds,
                        flow,
                        ..
                    } => (
                        Stage::Fairest {
                            round: *round,
                            rounds: *rounds,
                        },
                        flow,
                    ),
                };
                match f.preparing() {
                    Some((done, total)) => Progress {
                        stage: Stage::Preparing {
                            round: match stage {
                                Stage::Fairest { round, rounds } => Some((round, rounds)),
                                _ => None,
                            },
                        },
                        // Gathering the pairs was the first seventh.
                        done: total / 6 + done,
                        total: total + total / 6,
                        pass: 1,
                    },
                    None => Progress {
                        stage,
                        done: f.progress(),
                        total: f.total(),
                        pass: f.pass(),
                    },
                }
            }
            State::Done(_) => Progress {
                stage: Stage::Done,
                done: 1,
                total: 1,
                pass: 1,
            },
        }
    }

    /// Does at most about `budget` units of work (a mentee scored, a place decided; a change
    /// of stage is a step of its own) and says how far the run is.
    pub fn step(&mut self, budget: usize) -> Progress {
        let budget = budget.max(1);
        let state = std::mem::replace(&mut self.state, State::Scoring);
        self.state = match state {
            State::Scoring => self.score(budget),
            State::Gathering(p, k) => self.gather(p, k, budget),
            State::Solving(p, phase) => self.solve(p, *phase, budget),
            done @ State::Done(_) => done,
        };
        self.progress()
    }

    /// The result, doing whatever work is left.
    pub fn finish(mut self) -> Result<Matching, Infeasible> {
        while !self.step(usize::MAX).is_finished() {}
        match self.state {
            State::Done(r) => r,
            _ => unreachable!("a finished run is done"),
        }
    }

    fn score(&mut self, budget: usize) -> State {
        let mentees = self.input.mentees;
        if let Some(ps) = &self.scorer {
            let from = self.scores.allowed.len();
            for m in mentees.iter().skip(from).take(budget) {
                let (row, excluded) = ps.score(m);
                self.scores.allowed.push(row);
                self.scores.excluded.push(excluded);
            }
            if self.scores.allowed.len() < mentees.len() {
                return State::Scoring;
            }
        }
        self.scorer = None;
        match assign::check_locks(&self.input, &self.scores, &self.avoids) {
            Err(e) => State::Done(Err(e)),
            Ok((locked, left)) => {
                let free: Vec<usize> = (0..mentees.len())
                    .filter(|&i| locked[i].is_none())
                    .collect();
                State::Gathering(
                    Box::new(Problem {
                        locked,
                        free,
                        left,
                        arcs: Vec::new(),
                        seen: [false; MAX_PAIR_SCORE as usize + 1],
                    }),
                    0,
                )
            }
        }
    }

    /// Adds the allowed pairs of `budget` more free mentees (avoided pairs and full mentors
    /// left out); then the matching starts.
    fn gather(&mut self, mut p: Box<Problem>, from: usize, budget: usize) -> State {
        let end = from.saturating_add(budget).min(p.free.len());
        for k in from..end {
            let i = p.free[k];
            for &(j, score, _) in &self.scores.allowed[i] {
                if p.left[j as usize] > 0 && !self.avoids.has(i, j as usize) {
                    p.arcs.push(Arc {
                        mentee: k as u32,
                        mentor: j,
                        score,
                    });
                    p.seen[score.min(MAX_PAIR_SCORE) as usize] = true;
                }
            }
        }
        if end < p.free.len() {
            return State::Gathering(p, end);
        }
        let flow = Sparse::begin(p.free.len(), &p.left, &p.arcs, MAX_PAIR_SCORE, 0);
        let phase = match self.input.mode {
            Mode::Total => Phase::Total(flow),
            Mode::Fair => Phase::FairCount(flow),
        };
        State::Solving(p, Box::new(phase))
    }

    fn solve(&mut self, p: Box<Problem>, mut phase: Phase, budget: usize) -> State {
        // Work on the phase where it is; only a finished flow moves on.
        if !phase.flow().step(&p.arcs, budget) {
            return State::Solving(p, Box::new(phase));
        }
        match phase {
            Phase::Total(f) | Phase::FairTotal(f) => {
                let asg = f.assignment();
                self.done(&p, &asg)
            }
            Phase::FairCount(f) => {
                let levels: Vec<u32> = (0..=MAX_PAIR_SCORE)
                    .filter(|&l| p.seen[l as usize])
                    .collect();
                self.levels = levels.len();
                let used = f.placed().map(|k| p.arcs[k].score).min().unwrap_or(0);
                let lo = levels.partition_point(|&l| l < used);
                self.next_round(p, f.matched(), levels, lo, usize::MAX, 2, f.assignment())
            }
            Phase::FairRound {
                matched,
                levels,
                mut lo,
                mut hi,
                mid,
                round,
                mut best,
                flow,
                ..
            } => {
                if flow.matched() == matched {
                    // The best total over the pairs at or above levels[mid] is also the best
                    // over those at or above the lowest score it used: jump there.
                    let used = flow.placed().map(|k| p.arcs[k].score).min().unwrap_or(0);
                    lo = levels.partition_point(|&l| l < used).max(mid);
                    best = flow.assignment();
                } else {
                    hi = mid;
                }
                self.next_round(p, matched, levels, lo, hi, round + 1, best)
            }
        }
    }

    /// The next fair round, or the result when the search is over (`hi == usize::MAX`: the
    /// search has not started). `best`: the assignment for `levels[lo]`.
    #[allow(clippy::too_many_arguments)]
    fn next_round(
        &mut self,
        p: Box<Problem>,
        matched: usize,
        levels: Vec<u32>,
        lo: usize,
        hi: usize,
        round: u32,
        best: Vec<Option<u32>>,
    ) -> State {
        let hi = hi.min(levels.len());
        if hi > lo + 1 {
            let mid = (lo + hi) / 2;
            let flow = Sparse::begin(p.free.len(), &p.left, &p.arcs, MAX_PAIR_SCORE, levels[mid]);
            let rounds = round_bound(lo, hi, levels.len(), round);
            return State::Solving(
                p,
                Box::new(Phase::FairRound {
                    matched,
                    levels,
                    lo,
                    hi,
                    mid,
                    round,
                    rounds,
                    best,
                    flow,
                }),
            );
        }
        // A locked pair below the lowest score found makes the overall lowest the lock's:
        // then the best total over every pair at or above the lock's score.
        let lock_min = p.locked.iter().flatten().map(|l| l.1).min();
        match (lock_min, levels.get(lo)) {
            (Some(l), Some(&t)) if l < t => {
                let f = Sparse::begin(p.free.len(), &p.left, &p.arcs, MAX_PAIR_SCORE, l);
                State::Solving(p, Box::new(Phase::FairTotal(f)))
            }
            _ => self.done(&p, &best),
        }
    }

    fn done(&self, p: &Problem, asg: &[Option<u32>]) -> State {
        State::Done(Ok(assign::assemble(
            &self.input,
            &self.scores,
            &self.avoids,
            &p.locked,
            &p.free,
            asg,
        )))
    }
}

/// Most units a caller should pass to one [`Run::step`]: a unit can cost up to a few
/// milliseconds (a search that explores every pair), so more could make one call long.
pub const MAX_BUDGET: usize = 16;

/// The budget for the next [`Run::step`] call, from the last one's `budget` and the
/// milliseconds it took (measured by the caller: the core never reads a clock): doubled while
/// calls take under a quarter of a millisecond, halved when one took over one, at most
/// [`MAX_BUDGET`]. A caller repeats calls until its slice of time is used, so the number of
/// calls (and of clock readings) per slice stays small whatever a unit costs.
pub fn adapt_budget(budget: usize, took_ms: f64) -> usize {
    let b = budget.clamp(1, MAX_BUDGET);
    if took_ms > 1.0 {
        (b / 2).max(1)
    } else if took_ms < 0.25 {
        (b * 2).min(MAX_BUDGET)
    } else {
        b
    }
}

/// Rounds at most, counting the first (how many can be matched) as round 1: those before
/// `round`, then the binary search left over `lo..hi` (at least this round).
fn round_bound(lo: usize, hi: usize, levels: usize, round: u32) -> u32 {
    let width = hi.min(levels).saturating_sub(lo).max(1);
    round - 1 + (usize::BITS - (width - 1).leading_zeros()).max(1)
}

#[cfg(test)]
mod tests;
