//! Exact capacity-constrained assignment: a min-cost flow solved by successive shortest
//! augmenting paths with Johnson potentials (each path is a Dijkstra search), on the sparse
//! graph of allowed pairs only, with a mentor's room as the capacity of the mentor's node (no
//! expanded slots).
//!
//! Every unit of supply must be placed on an allowed pair (cost `max_score − score`) or left
//! "unplaced" (cost `U`, more than any total of pair costs), so the result matches the **most**
//! mentees and, among those, has the **largest total score**. Units are placed one at a time
//! along a shortest augmenting path from their own node, which keeps the placement of the units
//! placed so far optimal after every step (the Hungarian method's row-by-row form, for nodes
//! with capacities).
//!
//! **Direction.** The search runs from the side with fewer units: from the mentees when the
//! mentors' room is enough for all of them, else from the mentors' room (one unit per place a
//! mentor offers, at most the mentor's number of allowed pairs). A search stops when it settles
//! a node of the other side with room left; starting from the scarce side, such a node is
//! nearly always close, and the expensive case (proving that a unit must stay unplaced, which
//! explores everything reachable) is rare. Free nodes keep potential 0, so their reduced
//! distances compare directly.
//!
//! **Determinism.** Units are placed in index order, the heap orders by (distance, node) and
//! arcs are scanned in the order given: the same input always gives the same pairs.
//!
//! [`Flow::step`] places a bounded number of units, so a caller can work in slices and show
//! progress. [`Sparse`] finds the same optimum over a small part of the pairs (each side's
//! best few) and proves it optimal for all of them with the potentials, adding pairs only
//! where the proof fails.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// One pair a mentee may be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arc {
    pub mentee: u32,
    pub mentor: u32,
    pub score: u32,
}

const NONE: u32 = u32::MAX;
const INF: i64 = i64::MAX / 4;
/// Bits of a heap [`key`] that hold the node.
const NODE_BITS: u32 = 24;
const NODE_MASK: u64 = (1 << NODE_BITS) - 1;

/// A reduced distance (never negative: the reduced costs are not) and a node as one integer
/// ordered like the pair `(d, node)`. Distances stay far below 2^40: a shortest path uses the
/// "unplaced" arc at most once and its other arcs cost at most `max_score` each.
#[inline(always)]
fn key(d: i64, node: usize) -> u64 {
    debug_assert!((0..1 << 40).contains(&d) && (node as u64) <= NODE_MASK);
    (d as u64) << NODE_BITS | node as u64
}

/// The assignment problem and its solving state.
#[derive(Clone, Debug)]
pub struct Flow {
    max_score: u32,
    weighted: bool,
    /// Sources are the mentees (`true`) or the mentors.
    from_mentees: bool,
    n_src: usize,
    /// Sinks: the other side, then "unplaced" (unbounded room, index `n_snk`).
    n_snk: usize,
    supply: Vec<u32>,
    room: Vec<u32>,
    /// Arcs of source `s`: `start[s]..start[s + 1]` into `to` (sink), `cost`, `id` (position in
    /// the caller's arcs; `NONE` for the "unplaced" arc, the last of each source).
    start: Vec<u32>,
    to: Vec<u32>,
    cost: Vec<i64>,
    id: Vec<u32>,
    used: Vec<bool>,
    /// Per sink: (source, arc) placed on it.
    members: Vec<Vec<(u32, u32)>>,
    /// Potentials: sources `0..n_src`, then sinks.
    pot: Vec<i64>,
    dist: Vec<i64>,
    prev_node: Vec<u32>,
    prev_arc: Vec<u32>,
    settled: Vec<bool>,
    touched: Vec<u32>,
    /// Dijkstra's queue of [`key`]s: (distance, node) packed in one integer, so that the
    /// order is that of the pair and a comparison is one instruction.
    heap: BinaryHeap<Reverse<u64>>,
    /// Next source to place a unit of, and units of it placed so far.
    next: usize,
    next_done: u32,
    placed_units: usize,
    total_units: usize,
}

impl Flow {
    /// Builds the problem: `capacity[j]` mentees for mentor `j`, `arcs` the allowed pairs
    /// (scores up to `max_score`).
    pub fn new(n_mentees: usize, capacity: &[u32], arcs: &[Arc], max_score: u32) -> Flow {
        Flow::build(n_mentees, capacity, arcs, max_score, true)
    }

    fn build(
        n_mentees: usize,
        capacity: &[u32],
        arcs: &[Arc],
        max_score: u32,
        weighted: bool,
    ) -> Flow {
        let (dm, dj) = degrees(n_mentees, capacity.len(), arcs);
        Flow::build_with(n_mentees, capacity, arcs, max_score, weighted, (&dm, &dj))
    }

    /// Builds over `arcs`, a part of a larger problem whose degrees `full` (per mentee, per
    /// mentor) set the supplies, the direction and the number of units, so that the flow's
    /// potentials can be checked against the larger problem's other arcs ([`Sparse`]).
    fn build_with(
        n_mentees: usize,
        capacity: &[u32],
        arcs: &[Arc],
        max_score: u32,
        weighted: bool,
        full: (&[u32], &[u32]),
    ) -> Flow {
        let n_mentors = capacity.len();
        let (deg_mentee, deg_mentor) = degrees(n_mentees, n_mentors, arcs);
        let (full_mentee, full_mentor) = full;
        let units_mentees = full_mentee.iter().filter(|&&d| d > 0).count();
        let units_mentors: usize = (0..n_mentors)
            .map(|j| capacity[j].min(full_mentor[j]) as usize)
            .sum();
        let from_mentees = units_mentees <= units_mentors;
        let (n_src, n_snk) = if from_mentees {
            (n_mentees, n_mentors)
        } else {
            (n_mentors, n_mentees)
        };
        let (supply, mut room): (Vec<u32>, Vec<u32>) = if from_mentees {
            (
                full_mentee.iter().map(|&d| u32::from(d > 0)).collect(),
                capacity.to_vec(),
            )
        } else {
            (
                (0..n_mentors)
                    .map(|j| capacity[j].min(full_mentor[j]))
                    .collect(),
                full_mentee.iter().map(|&d| u32::from(d > 0)).collect(),
            )
        };
        room.push(u32::MAX);
        let total_units = units_mentees.min(units_mentors);
        let unplaced = i64::from(max_score.max(1)) * (total_units as i64 + 2) + 1;
        let src_of = |a: &Arc| if from_mentees { a.mentee } else { a.mentor } as usize;
        let snk_of = |a: &Arc| if from_mentees { a.mentor } else { a.mentee };
        let mut start = vec![0u32; n_src + 1];
        for s in 0..n_src {
            let deg = if from_mentees {
                deg_mentee[s]
            } else {
                deg_mentor[s]
            };
            start[s + 1] = start[s] + deg + 1;
        }
        let m = start[n_src] as usize;
        let (mut to, mut cost, mut id) = (vec![0u32; m], vec![0i64; m], vec![NONE; m]);
        let mut fill: Vec<u32> = start[..n_src].to_vec();
        for (k, a) in arcs.iter().enumerate() {
            let f = &mut fill[src_of(a)];
            to[*f as usize] = snk_of(a);
            cost[*f as usize] = if weighted {
                i64::from(max_score) - i64::from(a.score.min(max_score))
            } else {
                0
            };
            id[*f as usize] = k as u32;
            *f += 1;
        }
        for f in &fill {
            // The last arc of each source: "unplaced".
            to[*f as usize] = n_snk as u32;
            cost[*f as usize] = unplaced;
        }
        let nodes = n_src + n_snk + 1;
        Flow {
            max_score,
            weighted,
            from_mentees,
            n_src,
            n_snk,
            supply,
            room,
            start,
            to,
            cost,
            id,
            used: vec![false; m],
            members: vec![Vec::new(); n_snk + 1],
            pot: vec![0; nodes],
            dist: vec![INF; nodes],
            prev_node: vec![NONE; nodes],
            prev_arc: vec![NONE; nodes],
            settled: vec![false; nodes],
            touched: Vec::new(),
            heap: BinaryHeap::new(),
            next: 0,
            next_done: 0,
            placed_units: 0,
            total_units,
        }
    }

    /// Units placed so far (matched or not), out of [`Flow::total`].
    pub fn progress(&self) -> usize {
        self.placed_units
    }

    /// Units to place: the mentees, or the mentors' places when those are fewer.
    pub fn total(&self) -> usize {
        self.total_units
    }

    /// True when every unit is placed.
    pub fn done(&self) -> bool {
        self.placed_units >= self.total_units
    }

    /// Mentees matched so far.
    pub fn matched(&self) -> usize {
        self.members[..self.n_snk].iter().map(Vec::len).sum()
    }

    fn arcs_of(&self, s: usize) -> std::ops::Range<usize> {
        self.start[s] as usize..self.start[s + 1] as usize
    }

    #[inline(always)]
    fn relax(&mut self, v: usize, nd: i64, from: usize, arc: usize) {
        if nd < self.dist[v] {
            if self.dist[v] == INF {
                self.touched.push(v as u32);
            }
            self.dist[v] = nd;
            self.prev_node[v] = from as u32;
            self.prev_arc[v] = arc as u32;
            self.heap.push(Reverse(key(nd, v)));
        }
    }

    /// Places up to `max_units` more units; returns [`Flow::done`].
    pub fn step(&mut self, max_units: usize) -> bool {
        for _ in 0..max_units {
            while self.next < self.n_src && self.next_done >= self.supply[self.next] {
                self.next += 1;
                self.next_done = 0;
            }
            if self.next >= self.n_src {
                self.placed_units = self.total_units;
                break;
            }
            self.place(self.next);
            self.next_done += 1;
            self.placed_units += 1;
        }
        self.done()
    }

    /// Places one unit of source `u` along a shortest augmenting path.
    fn place(&mut self, u: usize) {
        let ns = self.n_src;
        if self.next_done == 0 {
            // A potential for the new source that keeps its arcs' reduced costs >= 0.
            let mut p = i64::MIN;
            for a in self.arcs_of(u) {
                p = p.max(self.pot[ns + self.to[a] as usize] - self.cost[a]);
            }
            self.pot[u] = p;
        }
        for &v in &self.touched {
            self.dist[v as usize] = INF;
            self.settled[v as usize] = false;
        }
        self.touched.clear();
        self.heap.clear();
        self.dist[u] = 0;
        self.touched.push(u as u32);
        self.heap.push(Reverse(key(0, u)));
        let mut end = NONE;
        while let Some(Reverse(k)) = self.heap.pop() {
            let (d, x) = ((k >> NODE_BITS) as i64, (k & NODE_MASK) as usize);
            if self.settled[x] || d > self.dist[x] {
                continue;
            }
            self.settled[x] = true;
            let px = self.pot[x];
            if x >= ns {
                let k = x - ns;
                if (self.members[k].len() as u32) < self.room[k] {
                    end = x as u32;
                    break;
                }
                // A full sink: move one of its units on (the reverse of its arc).
                for idx in 0..self.members[k].len() {
                    let (w, a) = self.members[k][idx];
                    let (w, a) = (w as usize, a as usize);
                    let nd = d - self.cost[a] + px - self.pot[w];
                    self.relax(w, nd, x, a);
                }
            } else {
                for a in self.arcs_of(x) {
                    if self.used[a] {
                        continue;
                    }
                    let v = ns + self.to[a] as usize;
                    let nd = d + self.cost[a] + px - self.pot[v];
                    self.relax(v, nd, x, a);
                }
            }
        }
        // "Unplaced" always has room, so a path always exists.
        let end = end as usize;
        let d_end = self.dist[end];
        for &v in &self.touched {
            let v = v as usize;
            if self.settled[v] {
                self.pot[v] += self.dist[v] - d_end;
            }
        }
        // Augment: walk back from the sink with room.
        let mut v = end;
        loop {
            let (w, a) = (self.prev_node[v], self.prev_arc[v]);
            if self.id[a as usize] != NONE {
                self.used[a as usize] = true;
            }
            self.members[v - ns].push((w, a));
            if w as usize == u {
                break;
            }
            let (v2, b) = (
                self.prev_node[w as usize] as usize,
                self.prev_arc[w as usize],
            );
            self.used[b as usize] = false;
            let list = &mut self.members[v2 - ns];
            if let Some(pos) = list.iter().position(|&e| e == (w, b)) {
                list.swap_remove(pos);
            }
            v = v2;
        }
    }

    /// Runs to the end.
    pub fn solve(mut self) -> Flow {
        while !self.step(usize::MAX) {}
        self
    }

    /// Would `a`, an arc of the larger problem that this flow was not given, have a negative
    /// reduced cost under the flow's potentials (so the flow might not be optimal with it)?
    fn violates(&self, a: &Arc) -> bool {
        let (s, k) = if self.from_mentees {
            (a.mentee as usize, a.mentor as usize)
        } else {
            (a.mentor as usize, a.mentee as usize)
        };
        let c = if self.weighted {
            i64::from(self.max_score) - i64::from(a.score.min(self.max_score))
        } else {
            0
        };
        c + self.pot[s] - self.pot[self.n_src + k] < 0
    }

    /// The caller's arcs placed so far (positions in the `arcs` given to [`Flow::new`]).
    pub fn placed(&self) -> impl Iterator<Item = usize> + '_ {
        self.members[..self.n_snk]
            .iter()
            .flatten()
            .map(|&(_, a)| self.id[a as usize])
            .filter(|&k| k != NONE)
            .map(|k| k as usize)
    }

    /// Mentor index per mentee (`None`: unmatched or not placed yet).
    pub fn assignment(&self, arcs: &[Arc]) -> Vec<Option<u32>> {
        let n_mentees = if self.from_mentees {
            self.n_src
        } else {
            self.n_snk
        };
        let mut out = vec![None; n_mentees];
        for list in &self.members[..self.n_snk] {
            for &(_, a) in list {
                let k = self.id[a as usize];
                if k != NONE {
                    let arc = arcs[k as usize];
                    out[arc.mentee as usize] = Some(arc.mentor);
                }
            }
        }
        out
    }
}

fn degrees(n_mentees: usize, n_mentors: usize, arcs: &[Arc]) -> (Vec<u32>, Vec<u32>) {
    let mut dm = vec![0u32; n_mentees];
    let mut dj = vec![0u32; n_mentors];
    for a in arcs {
        dm[a.mentee as usize] += 1;
        dj[a.mentor as usize] += 1;
    }
    (dm, dj)
}

/// Pairs each mentee keeps in the first pass: its best few.
const KEEP_PER_MENTEE: usize = 8;
/// Pairs each mentor keeps in the first pass beyond twice their room.
const KEEP_PER_MENTOR: usize = 8;
/// Arcs read per unit of a [`Sparse::step`] budget while the first part is chosen or the
/// potentials are checked (a few hundred microseconds of work).
pub const ARCS_PER_UNIT: usize = 16_384;

/// The same exact optimum as [`Flow`] over all `arcs` at or above a lowest score, found
/// faster on a sparse part of them: each mentee's best [`KEEP_PER_MENTEE`] pairs and each
/// mentor's best `2 × room +` [`KEEP_PER_MENTOR`]. When the flow over that part is done, its
/// potentials are checked against every other arc: if none has a negative reduced cost, the
/// flow is optimal for all the arcs (the potentials prove it); otherwise those arcs are added
/// and the part is solved again (a new pass). Choosing the part and checking the potentials
/// are sliced like the flow itself ([`ARCS_PER_UNIT`] arcs a unit). Deterministic like
/// [`Flow`].
#[derive(Clone, Debug)]
pub struct Sparse {
    n_mentees: usize,
    capacity: Vec<u32>,
    max_score: u32,
    /// Arcs scoring less are left out (as if not given).
    min_score: u32,
    full: (Vec<u32>, Vec<u32>),
    keep: Vec<bool>,
    /// Positions (in the caller's arcs) of the part solved, and the part.
    part_id: Vec<u32>,
    part: Vec<Arc>,
    flow: Flow,
    pass: u32,
    done: bool,
    /// Choosing the first part, in slices (`None` once chosen).
    build: Option<Box<Build>>,
    /// The check of the potentials at the end of a pass: next arc, and whether one failed.
    check_at: usize,
    added: bool,
}

/// Where the choice of the first part is: per side (mentees, then mentors) the arcs are
/// counted per node, bucketed per node, and each bucket's best are kept.
#[derive(Clone, Debug, Default)]
struct Build {
    /// 0: mentees, 1: mentors.
    side: usize,
    /// 0: count, 1: bucket, 2: keep the best.
    step: u8,
    /// Next arc (count, bucket) or node (keep).
    at: usize,
    start: Vec<u32>,
    fill: Vec<u32>,
    order: Vec<u32>,
    /// Arcs at or above the lowest score.
    counted: usize,
}

impl Sparse {
    /// The problem over `arcs` (pass the same `arcs` to every later call), solved by
    /// [`Sparse::step`] or [`Sparse::solve`].
    pub fn new(n_mentees: usize, capacity: &[u32], arcs: &[Arc], max_score: u32) -> Sparse {
        let mut s = Sparse::begin(n_mentees, capacity, arcs, max_score, 0);
        while s.build.is_some() {
            s.build_step(arcs, usize::MAX);
        }
        s
    }

    /// The problem over the `arcs` scoring at least `min_score`, with nothing done yet: every
    /// part of the work happens in [`Sparse::step`].
    pub fn begin(
        n_mentees: usize,
        capacity: &[u32],
        arcs: &[Arc],
        max_score: u32,
        min_score: u32,
    ) -> Sparse {
        let n_mentors = capacity.len();
        Sparse {
            n_mentees,
            capacity: capacity.to_vec(),
            max_score,
            min_score,
            full: (vec![0; n_mentees], vec![0; n_mentors]),
            keep: vec![false; arcs.len()],
            part_id: Vec::new(),
            part: Vec::new(),
            flow: Flow::build(0, &[], &[], 0, false),
            pass: 0,
            done: false,
            build: Some(Box::default()),
            check_at: 0,
            added: false,
        }
    }

    fn side_key(&self, side: usize, a: &Arc) -> usize {
        if side == 0 {
            a.mentee as usize
        } else {
            a.mentor as usize
        }
    }

    /// Does about `units` × [`ARCS_PER_UNIT`] arcs of the first part's choice; starts the
    /// first pass when it is made.
    fn build_step(&mut self, arcs: &[Arc], units: usize) {
        let Some(mut b) = self.build.take() else {
            return;
        };
        let mut budget = units.saturating_mul(ARCS_PER_UNIT);
        let min = self.min_score;
        while budget > 0 {
            let n = if b.side == 0 {
                self.n_mentees
            } else {
                self.capacity.len()
            };
            match b.step {
                0 => {
                    if b.at == 0 {
                        b.start = vec![0; n + 1];
                        b.counted = 0;
                    }
                    let end = b.at.saturating_add(budget).min(arcs.len());
                    for a in &arcs[b.at..end] {
                        if a.score >= min {
                            b.start[self.side_key(b.side, a) + 1] += 1;
                            b.counted += 1;
                        }
                    }
                    budget -= end - b.at;
                    b.at = end;
                    if b.at == arcs.len() {
                        let degrees = if b.side == 0 {
                            &mut self.full.0
                        } else {
                            &mut self.full.1
                        };
                        degrees[..n].copy_from_slice(&b.start[1..=n]);
                        for i in 0..n {
                            b.start[i + 1] += b.start[i];
                        }
                        b.fill = b.start.clone();
                        b.order = vec![0; b.counted];
                        (b.step, b.at) = (1, 0);
                    }
                }
                1 => {
                    let end = b.at.saturating_add(budget).min(arcs.len());
                    for (k, a) in arcs.iter().enumerate().take(end).skip(b.at) {
                        if a.score >= min {
                            let f = &mut b.fill[self.side_key(b.side, a)];
                            b.order[*f as usize] = k as u32;
                            *f += 1;
                        }
                    }
                    budget -= end - b.at;
                    b.at = end;
                    if b.at == arcs.len() {
                        (b.step, b.at) = (2, 0);
                    }
                }
                _ => {
                    // Each node's best pairs (ties: the earlier arc).
                    while b.at < n && budget > 0 {
                        let i = b.at;
                        let bucket = &mut b.order[b.start[i] as usize..b.start[i + 1] as usize];
                        let quota = if b.side == 0 {
                            KEEP_PER_MENTEE
                        } else {
                            2 * self.capacity[i] as usize + KEEP_PER_MENTOR
                        };
                        let q = quota.min(bucket.len());
                        if q > 0 {
                            let cmp = |x: &u32, y: &u32| {
                                arcs[*y as usize]
                                    .score
                                    .cmp(&arcs[*x as usize].score)
                                    .then(x.cmp(y))
                            };
                            if q < bucket.len() {
                                bucket.select_nth_unstable_by(q - 1, cmp);
                            }
                            for &k in &bucket[..q] {
                                self.keep[k as usize] = true;
                            }
                        }
                        budget = budget.saturating_sub(bucket.len().max(1));
                        b.at += 1;
                    }
                    if b.at == n {
                        if b.side == 1 {
                            self.start_pass(arcs);
                            return;
                        }
                        (b.side, b.step, b.at) = (1, 0, 0);
                    }
                }
            }
        }
        self.build = Some(b);
    }

    fn start_pass(&mut self, arcs: &[Arc]) {
        self.pass += 1;
        self.part_id = (0..arcs.len() as u32)
            .filter(|&k| self.keep[k as usize])
            .collect();
        self.part = self.part_id.iter().map(|&k| arcs[k as usize]).collect();
        self.flow = Flow::build_with(
            self.n_mentees,
            &self.capacity,
            &self.part,
            self.max_score,
            true,
            (&self.full.0, &self.full.1),
        );
    }

    /// Does about `max_units` units of work (a unit placed, or [`ARCS_PER_UNIT`] arcs read
    /// while the first part is chosen or the potentials are checked at the end of a pass);
    /// returns [`Sparse::done`].
    pub fn step(&mut self, arcs: &[Arc], max_units: usize) -> bool {
        if self.done {
            return true;
        }
        if self.build.is_some() {
            self.build_step(arcs, max_units);
            return false;
        }
        if !self.flow.done() {
            self.flow.step(max_units);
            return false;
        }
        let end = self
            .check_at
            .saturating_add(max_units.saturating_mul(ARCS_PER_UNIT))
            .min(arcs.len());
        for (k, a) in arcs.iter().enumerate().take(end).skip(self.check_at) {
            if !self.keep[k] && a.score >= self.min_score && self.flow.violates(a) {
                self.keep[k] = true;
                self.added = true;
            }
        }
        self.check_at = end;
        if end < arcs.len() {
            return false;
        }
        self.check_at = 0;
        if std::mem::take(&mut self.added) {
            self.start_pass(arcs);
        } else {
            self.done = true;
        }
        self.done
    }

    /// Runs to the end.
    pub fn solve(mut self, arcs: &[Arc]) -> Sparse {
        while !self.step(arcs, usize::MAX) {}
        self
    }

    /// True when the optimum is found.
    pub fn done(&self) -> bool {
        self.done
    }

    /// While the first part is chosen: (arcs read, out of how many): every arc is read three
    /// times per side.
    pub fn preparing(&self) -> Option<(usize, usize)> {
        self.build.as_ref().map(|b| {
            let len = self.keep.len();
            let n = if b.side == 0 {
                self.n_mentees
            } else {
                self.capacity.len()
            };
            let at = if b.step == 2 {
                b.at * len / n.max(1)
            } else {
                b.at
            };
            ((b.side * 3 + usize::from(b.step)) * len + at, 6 * len)
        })
    }

    /// Pass 1, 2, …: how often the part has been solved.
    pub fn pass(&self) -> u32 {
        self.pass.max(1)
    }

    /// Units placed in this pass, out of [`Sparse::total`].
    pub fn progress(&self) -> usize {
        self.flow.progress()
    }

    /// Units to place in each pass.
    pub fn total(&self) -> usize {
        self.flow.total()
    }

    /// Mentees matched.
    pub fn matched(&self) -> usize {
        self.flow.matched()
    }

    /// The caller's arcs placed (positions in `arcs`).
    pub fn placed(&self) -> impl Iterator<Item = usize> + '_ {
        self.flow.placed().map(|k| self.part_id[k] as usize)
    }

    /// Mentor index per mentee.
    pub fn assignment(&self) -> Vec<Option<u32>> {
        self.flow.assignment(&self.part)
    }
}

/// The best assignment of `arcs`: most mentees matched, then the largest total score.
pub fn solve(n_mentees: usize, capacity: &[u32], arcs: &[Arc], max_score: u32) -> Vec<Option<u32>> {
    Sparse::new(n_mentees, capacity, arcs, max_score)
        .solve(arcs)
        .assignment()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Brute force over every assignment (tiny instances).
    fn brute(n: usize, cap: &[u32], arcs: &[Arc]) -> (usize, u32) {
        fn go(
            i: usize,
            n: usize,
            cap: &mut Vec<u32>,
            arcs: &[Arc],
            best: &mut (usize, u32),
            cur: (usize, u32),
        ) {
            if i == n {
                *best = (*best).max(cur);
                return;
            }
            go(i + 1, n, cap, arcs, best, cur);
            for a in arcs.iter().filter(|a| a.mentee as usize == i) {
                let j = a.mentor as usize;
                if cap[j] > 0 {
                    cap[j] -= 1;
                    go(i + 1, n, cap, arcs, best, (cur.0 + 1, cur.1 + a.score));
                    cap[j] += 1;
                }
            }
        }
        let mut best = (0, 0);
        go(0, n, &mut cap.to_vec(), arcs, &mut best, (0, 0));
        best
    }

    fn value(asg: &[Option<u32>], arcs: &[Arc]) -> (usize, u32) {
        let mut v = (0, 0);
        for (i, m) in asg.iter().enumerate() {
            if let Some(m) = m {
                let a = arcs
                    .iter()
                    .find(|a| a.mentee as usize == i && a.mentor == *m)
                    .unwrap();
                v.0 += 1;
                v.1 += a.score;
            }
        }
        v
    }

    #[test]
    fn matches_brute_force_on_small_random_instances() {
        let mut seed = 7u64;
        let mut rnd = |k: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % k
        };
        for _ in 0..300 {
            let n = 1 + rnd(6) as usize;
            let m = 1 + rnd(4) as usize;
            let cap: Vec<u32> = (0..m).map(|_| rnd(3) as u32).collect();
            let mut arcs = Vec::new();
            for i in 0..n {
                for j in 0..m {
                    if rnd(4) != 0 {
                        arcs.push(Arc {
                            mentee: i as u32,
                            mentor: j as u32,
                            score: rnd(101) as u32,
                        });
                    }
                }
            }
            let asg = solve(n, &cap, &arcs, 100);
            // Capacity never exceeded.
            for (j, &c) in cap.iter().enumerate() {
                assert!(asg.iter().filter(|a| **a == Some(j as u32)).count() <= c as usize);
            }
            let best = brute(n, &cap, &arcs);
            assert_eq!(value(&asg, &arcs), best, "{n} {cap:?} {arcs:?}");
        }
    }

    /// The sparse passes reach the optimum of the whole graph, also when the first part
    /// misses pairs the optimum needs (scarce and plentiful room, both search directions).
    #[test]
    fn sparse_passes_equal_the_whole_graph() {
        let mut seed = 11u64;
        let mut rnd = |k: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % k
        };
        let mut passes = 0;
        for round in 0..40 {
            let (n, m, cap, arcs) = if round % 4 == 3 {
                // Everyone prefers 10 mentors with one place; 10 others with 9 places each
                // score low, so each mentor's best few leave some mentees out of the first
                // part, though room is enough for all.
                let n = 100;
                let cap: Vec<u32> = (0..20).map(|j| if j < 10 { 1 } else { 9 }).collect();
                let mut arcs = Vec::new();
                for i in 0..n {
                    for j in 0..20u32 {
                        let score = if j < 10 { 100 + rnd(16) } else { rnd(50) } as u32;
                        arcs.push(Arc {
                            mentee: i as u32,
                            mentor: j,
                            score,
                        });
                    }
                }
                (n, 20, cap, arcs)
            } else {
                let n = 40 + rnd(160) as usize;
                let m = 10 + rnd(40) as usize;
                let cap: Vec<u32> = (0..m)
                    .map(|_| rnd(if round % 2 == 0 { 3 } else { 9 }) as u32)
                    .collect();
                let mut arcs = Vec::new();
                for i in 0..n {
                    for j in 0..m {
                        if rnd(5) != 0 {
                            arcs.push(Arc {
                                mentee: i as u32,
                                mentor: j as u32,
                                score: rnd(116) as u32,
                            });
                        }
                    }
                }
                (n, m, cap, arcs)
            };
            let _ = m;
            let whole = Flow::new(n, &cap, &arcs, 115).solve();
            let sparse = Sparse::new(n, &cap, &arcs, 115).solve(&arcs);
            passes += sparse.pass();
            let total = |asg: &[Option<u32>]| -> (usize, u32) {
                let mut v = (0, 0);
                for (i, m) in asg.iter().enumerate() {
                    if let Some(m) = m {
                        v.0 += 1;
                        v.1 += arcs
                            .iter()
                            .find(|a| a.mentee as usize == i && a.mentor == *m)
                            .unwrap()
                            .score;
                    }
                }
                v
            };
            assert_eq!(
                total(&sparse.assignment()),
                total(&whole.assignment(&arcs)),
                "round {round}"
            );
            for (j, &c) in cap.iter().enumerate() {
                let used = sparse
                    .assignment()
                    .iter()
                    .filter(|a| **a == Some(j as u32))
                    .count();
                assert!(used <= c as usize);
            }
        }
        // Some instances needed a second pass, so the check itself was exercised.
        assert!(passes > 40, "{passes}");
    }

    #[test]
    fn stepping_gives_the_same_result_as_solving() {
        let arcs: Vec<Arc> = (0..6u32)
            .flat_map(|i| {
                (0..3u32).map(move |j| Arc {
                    mentee: i,
                    mentor: j,
                    score: (i * 7 + j * 13) % 50,
                })
            })
            .collect();
        let whole = solve(6, &[2, 1, 2], &arcs, 100);
        let mut f = Flow::new(6, &[2, 1, 2], &arcs, 100);
        let mut steps = 0;
        while !f.step(1) {
            steps += 1;
        }
        assert!(steps >= 4);
        assert_eq!(f.progress(), f.total());
        assert_eq!(f.assignment(&arcs), whole);
    }
}
