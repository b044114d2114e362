//! Exact capacity-constrained assignment as a min-cost flow, by successive shortest paths with
//! potentials (Dijkstra with Johnson potentials, stopping as soon as the sink is settled).
//!
//! The network is source → mentee (capacity 1) → mentor (capacity 1 per allowed pair, cost
//! `max_score − score`) → sink (the mentor's capacity). Every augmentation adds one mentee,
//! and successive shortest paths give, for each flow value, a flow of least cost; run to the
//! largest flow it is the assignment that matches the **most** mentees and, among those, has
//! the **largest total score** (since cost = `k × max_score − total`). All costs are
//! non-negative, so zero potentials start Dijkstra correctly. Ties are broken
//! deterministically: the heap orders by (distance, node) and edges are scanned in insertion
//! order, so the same input always gives the same assignment.
//!
//! [`Flow::step`] runs a bounded number of augmentations, so a caller can work in slices and
//! show progress.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// One pair a mentee may be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arc {
    pub mentee: u32,
    pub mentor: u32,
    pub score: u32,
}

/// The assignment network and its solving state.
#[derive(Clone, Debug)]
pub struct Flow {
    n_mentees: usize,
    // Edge arrays (edge `e ^ 1` is the reverse of `e`).
    to: Vec<u32>,
    cap: Vec<u32>,
    cost: Vec<i64>,
    /// Edges leaving each node, CSR: `adj[start[v]..start[v + 1]]`.
    start: Vec<u32>,
    adj: Vec<u32>,
    pot: Vec<i64>,
    dist: Vec<i64>,
    prev: Vec<u32>,
    done: bool,
    /// Mentees matched so far.
    pub flow: usize,
}

const INF: i64 = i64::MAX / 4;

impl Flow {
    /// Builds the network: `capacity[j]` mentees for mentor `j`, `arcs` the allowed pairs
    /// (scores up to `max_score`).
    pub fn new(n_mentees: usize, capacity: &[u32], arcs: &[Arc], max_score: u32) -> Flow {
        let n_mentors = capacity.len();
        let nodes = n_mentees + n_mentors + 2;
        let (s, t) = (nodes - 2, nodes - 1);
        let mut edges: Vec<(u32, u32, u32, i64)> =
            Vec::with_capacity(n_mentees + n_mentors + arcs.len());
        for i in 0..n_mentees {
            edges.push((s as u32, i as u32, 1, 0));
        }
        for a in arcs {
            edges.push((
                a.mentee,
                (n_mentees + a.mentor as usize) as u32,
                1,
                i64::from(max_score) - i64::from(a.score.min(max_score)),
            ));
        }
        for (j, &c) in capacity.iter().enumerate() {
            if c > 0 {
                edges.push(((n_mentees + j) as u32, t as u32, c, 0));
            }
        }
        let m = edges.len() * 2;
        let (mut to, mut cap, mut cost) = (vec![0u32; m], vec![0u32; m], vec![0i64; m]);
        let mut deg = vec![0u32; nodes + 1];
        for (k, &(u, v, c, w)) in edges.iter().enumerate() {
            to[2 * k] = v;
            cap[2 * k] = c;
            cost[2 * k] = w;
            to[2 * k + 1] = u;
            cost[2 * k + 1] = -w;
            deg[u as usize + 1] += 1;
            deg[v as usize + 1] += 1;
        }
        for v in 0..nodes {
            deg[v + 1] += deg[v];
        }
        let start = deg.clone();
        let mut fill = deg;
        let mut adj = vec![0u32; m];
        for (k, &(u, v, _, _)) in edges.iter().enumerate() {
            adj[fill[u as usize] as usize] = (2 * k) as u32;
            fill[u as usize] += 1;
            adj[fill[v as usize] as usize] = (2 * k + 1) as u32;
            fill[v as usize] += 1;
        }
        Flow {
            n_mentees,
            to,
            cap,
            cost,
            start,
            adj,
            pot: vec![0; nodes],
            dist: vec![INF; nodes],
            prev: vec![u32::MAX; nodes],
            done: false,
            flow: 0,
        }
    }

    /// True when no more mentee can be added.
    pub fn done(&self) -> bool {
        self.done
    }

    /// Runs up to `max_paths` augmentations; returns [`Flow::done`].
    pub fn step(&mut self, max_paths: usize) -> bool {
        let nodes = self.pot.len();
        let (s, t) = (nodes - 2, nodes - 1);
        let mut heap: BinaryHeap<Reverse<(i64, u32)>> = BinaryHeap::new();
        let mut settled = vec![false; nodes];
        for _ in 0..max_paths {
            if self.done {
                break;
            }
            self.dist.fill(INF);
            settled.fill(false);
            heap.clear();
            self.dist[s] = 0;
            heap.push(Reverse((0, s as u32)));
            let mut reached = false;
            while let Some(Reverse((d, u))) = heap.pop() {
                let u = u as usize;
                if settled[u] || d > self.dist[u] {
                    continue;
                }
                settled[u] = true;
                if u == t {
                    reached = true;
                    break;
                }
                let pu = self.pot[u];
                for k in self.start[u]..self.start[u + 1] {
                    let e = self.adj[k as usize] as usize;
                    if self.cap[e] == 0 {
                        continue;
                    }
                    let v = self.to[e] as usize;
                    let nd = d + self.cost[e] + pu - self.pot[v];
                    if nd < self.dist[v] {
                        self.dist[v] = nd;
                        self.prev[v] = e as u32;
                        heap.push(Reverse((nd, v as u32)));
                    }
                }
            }
            if !reached {
                self.done = true;
                break;
            }
            let dt = self.dist[t];
            for ((p, &d), &done) in self.pot.iter_mut().zip(&self.dist).zip(&settled) {
                *p += if done { d } else { dt };
            }
            let mut v = t;
            while v != s {
                let e = self.prev[v] as usize;
                self.cap[e] -= 1;
                self.cap[e ^ 1] += 1;
                v = self.to[e ^ 1] as usize;
            }
            self.flow += 1;
            if self.flow == self.n_mentees {
                self.done = true;
            }
        }
        self.done
    }

    /// Runs to the end.
    pub fn solve(mut self) -> Flow {
        while !self.step(usize::MAX) {}
        self
    }

    /// Mentor index per mentee (`None`: unmatched), from the flow on the pair edges.
    pub fn assignment(&self, arcs: &[Arc]) -> Vec<Option<u32>> {
        let mut out = vec![None; self.n_mentees];
        for (k, a) in arcs.iter().enumerate() {
            let e = 2 * (self.n_mentees + k);
            if self.cap[e] == 0 {
                out[a.mentee as usize] = Some(a.mentor);
            }
        }
        out
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
        assert_eq!(f.assignment(&arcs), whole);
    }
}
