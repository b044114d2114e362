//! Exact capacity-constrained assignment: a min-cost flow solved by successive shortest
//! augmenting paths, one mentee at a time (the Hungarian method's row-by-row form, for mentors
//! with capacities), with Johnson potentials so each path is a Dijkstra search.
//!
//! Every mentee must be placed with a mentor (cost `max_score − score` for an allowed pair) or
//! "unmatched" (cost `U = max_score × (n + 1)`, more than any total of pair costs). Placing the
//! mentees one by one along a shortest augmenting path keeps the placement of the first `k`
//! optimal after each step; at the end the assignment matches the **most** mentees and,
//! among those, has the **largest total score**. A search from a new mentee stops as soon as it
//! settles a mentor with room (or "unmatched"); free mentors keep potential 0, so their reduced
//! distances compare directly. Ties are broken deterministically: the heap orders by
//! (distance, node) and arcs are scanned in the order given.
//!
//! [`Flow::step`] places a bounded number of mentees, so a caller can work in slices and show
//! progress.

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

/// The assignment problem and its solving state.
#[derive(Clone, Debug)]
pub struct Flow {
    n_mentees: usize,
    /// Mentor `n_mentors` is "unmatched" (unbounded room).
    n_mentors: usize,
    room: Vec<u32>,
    /// Arcs of mentee `i`: `arc_start[i]..arc_start[i + 1]` into `arc_to` / `arc_cost`
    /// (`arc_id`: position in the caller's arcs, `NONE` for the "unmatched" arc).
    arc_start: Vec<u32>,
    arc_to: Vec<u32>,
    arc_cost: Vec<i64>,
    arc_id: Vec<u32>,
    /// Per mentee: the arc (local index) it is placed on, `NONE` before it is placed.
    placed: Vec<u32>,
    /// Per mentor: the mentees placed with them.
    members: Vec<Vec<u32>>,
    /// Potentials: mentees `0..n`, then mentors (the last is "unmatched").
    pot: Vec<i64>,
    dist: Vec<i64>,
    /// Node reached from: for a mentor, the mentee and the arc; for a mentee, the mentor.
    prev_node: Vec<u32>,
    prev_arc: Vec<u32>,
    settled: Vec<bool>,
    touched: Vec<u32>,
    next: usize,
    /// Mentees placed with a real mentor so far.
    pub flow: usize,
}

impl Flow {
    /// Builds the problem: `capacity[j]` mentees for mentor `j`, `arcs` the allowed pairs
    /// (scores up to `max_score`).
    pub fn new(n_mentees: usize, capacity: &[u32], arcs: &[Arc], max_score: u32) -> Flow {
        let n_mentors = capacity.len();
        let unmatched = i64::from(max_score) * (n_mentees as i64 + 1) + 1;
        let mut count = vec![1u32; n_mentees + 1];
        count[n_mentees] = 0;
        for a in arcs {
            count[a.mentee as usize] += 1;
        }
        let mut arc_start = vec![0u32; n_mentees + 1];
        for i in 0..n_mentees {
            arc_start[i + 1] = arc_start[i] + count[i];
        }
        let m = arc_start[n_mentees] as usize;
        let (mut arc_to, mut arc_cost, mut arc_id) = (vec![0u32; m], vec![0i64; m], vec![NONE; m]);
        let mut fill: Vec<u32> = arc_start[..n_mentees].to_vec();
        for (k, a) in arcs.iter().enumerate() {
            let f = &mut fill[a.mentee as usize];
            arc_to[*f as usize] = a.mentor;
            arc_cost[*f as usize] = i64::from(max_score) - i64::from(a.score.min(max_score));
            arc_id[*f as usize] = k as u32;
            *f += 1;
        }
        for (i, f) in fill.iter().enumerate() {
            // The last arc of each mentee: "unmatched".
            let _ = i;
            arc_to[*f as usize] = n_mentors as u32;
            arc_cost[*f as usize] = unmatched;
        }
        let mut room = capacity.to_vec();
        room.push(u32::MAX);
        let nodes = n_mentees + n_mentors + 1;
        Flow {
            n_mentees,
            n_mentors,
            room,
            arc_start,
            arc_to,
            arc_cost,
            arc_id,
            placed: vec![NONE; n_mentees],
            members: vec![Vec::new(); n_mentors + 1],
            pot: vec![0; nodes],
            dist: vec![INF; nodes],
            prev_node: vec![NONE; nodes],
            prev_arc: vec![NONE; nodes],
            settled: vec![false; nodes],
            touched: Vec::new(),
            next: 0,
            flow: 0,
        }
    }

    /// Mentees placed so far (matched or not), out of [`Flow::total`].
    pub fn progress(&self) -> usize {
        self.next
    }

    /// Mentees to place.
    pub fn total(&self) -> usize {
        self.n_mentees
    }

    /// True when every mentee is placed.
    pub fn done(&self) -> bool {
        self.next >= self.n_mentees
    }

    fn arcs_of(&self, i: usize) -> std::ops::Range<usize> {
        self.arc_start[i] as usize..self.arc_start[i + 1] as usize
    }

    /// Places up to `max_mentees` more mentees; returns [`Flow::done`].
    pub fn step(&mut self, max_mentees: usize) -> bool {
        let n = self.n_mentees;
        let mut heap: BinaryHeap<Reverse<(i64, u32)>> = BinaryHeap::new();
        for _ in 0..max_mentees {
            if self.done() {
                break;
            }
            let i = self.next;
            self.next += 1;
            // A potential for the new mentee that keeps its arcs' reduced costs >= 0.
            let mut p = i64::MIN;
            for a in self.arcs_of(i) {
                p = p.max(self.pot[n + self.arc_to[a] as usize] - self.arc_cost[a]);
            }
            self.pot[i] = p;
            for &v in &self.touched {
                self.dist[v as usize] = INF;
                self.settled[v as usize] = false;
            }
            self.touched.clear();
            heap.clear();
            self.dist[i] = 0;
            self.touched.push(i as u32);
            heap.push(Reverse((0, i as u32)));
            let mut end = NONE;
            while let Some(Reverse((d, u))) = heap.pop() {
                let u = u as usize;
                if self.settled[u] || d > self.dist[u] {
                    continue;
                }
                self.settled[u] = true;
                if u >= n {
                    let j = u - n;
                    if (self.members[j].len() as u32) < self.room[j] {
                        end = u as u32;
                        break;
                    }
                    // Full mentor: move one of their mentees on.
                    let pu = self.pot[u];
                    for idx in 0..self.members[j].len() {
                        let k = self.members[j][idx] as usize;
                        let a = self.placed[k] as usize;
                        let nd = d - self.arc_cost[a] + pu - self.pot[k];
                        if nd < self.dist[k] {
                            if self.dist[k] == INF {
                                self.touched.push(k as u32);
                            }
                            self.dist[k] = nd;
                            self.prev_node[k] = u as u32;
                            heap.push(Reverse((nd, k as u32)));
                        }
                    }
                } else {
                    let pu = self.pot[u];
                    let own = self.placed[u];
                    for a in self.arcs_of(u) {
                        if a as u32 == own {
                            continue;
                        }
                        let v = n + self.arc_to[a] as usize;
                        let nd = d + self.arc_cost[a] + pu - self.pot[v];
                        if nd < self.dist[v] {
                            if self.dist[v] == INF {
                                self.touched.push(v as u32);
                            }
                            self.dist[v] = nd;
                            self.prev_node[v] = u as u32;
                            self.prev_arc[v] = a as u32;
                            heap.push(Reverse((nd, v as u32)));
                        }
                    }
                }
            }
            // "Unmatched" always has room, so a path always exists.
            let end = end as usize;
            let d_end = self.dist[end];
            for &v in &self.touched {
                let v = v as usize;
                if self.settled[v] {
                    self.pot[v] += self.dist[v] - d_end;
                }
            }
            // Augment: walk back from the mentor with room.
            let mut v = end;
            loop {
                let k = self.prev_node[v] as usize;
                let a = self.prev_arc[v];
                let j = v - n;
                let old = self.placed[k];
                self.placed[k] = a;
                self.members[j].push(k as u32);
                if old == NONE {
                    break;
                }
                let oj = self.arc_to[old as usize] as usize;
                let list = &mut self.members[oj];
                if let Some(pos) = list.iter().position(|&x| x as usize == k) {
                    list.remove(pos);
                }
                v = n + oj;
            }
            self.flow =
                self.n_mentees - self.members[self.n_mentors].len() - (self.n_mentees - self.next);
        }
        self.done()
    }

    /// Runs to the end.
    pub fn solve(mut self) -> Flow {
        while !self.step(usize::MAX) {}
        self
    }

    /// Mentor index per mentee (`None`: unmatched or not placed yet).
    pub fn assignment(&self, arcs: &[Arc]) -> Vec<Option<u32>> {
        (0..self.n_mentees)
            .map(|i| {
                let a = self.placed[i];
                if a == NONE || self.arc_id[a as usize] == NONE {
                    None
                } else {
                    Some(arcs[self.arc_id[a as usize] as usize].mentor)
                }
            })
            .collect()
    }
}

/// The best assignment of `arcs`: most mentees matched, then the largest total score.
pub fn solve(n_mentees: usize, capacity: &[u32], arcs: &[Arc], max_score: u32) -> Vec<Option<u32>> {
    Flow::new(n_mentees, capacity, arcs, max_score)
        .solve()
        .assignment(arcs)
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
            assert_eq!(
                value(&asg, &arcs),
                brute(n, &cap, &arcs),
                "{n} {cap:?} {arcs:?}"
            );
        }
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
