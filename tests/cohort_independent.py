#!/usr/bin/env python3
"""Independent optimality check of Trellis' cohort assignment with scipy.

Usage (from the repository root): python3 tests/cohort_independent.py [instances]

Runs `cargo run --quiet --example cohort_dump -- N` (default 60 instances), then solves each
instance with scipy.optimize.linear_sum_assignment on expanded mentor slots (one column per
unit of a mentor's room, plus one "unmatched" column per mentee). A matched pair costs
-(BIG + score) with BIG larger than any total, so the optimum matches the most mentees and then
has the largest total, the objective Trellis states. Both the number matched and the total
must equal Trellis'. The fair mode is checked the same way: the highest threshold whose
pairs (scores at or above it) still match as many mentees, then the largest total over those
pairs, must equal Trellis' fair (matched, lowest, total). Half of the instances have group
mentors (room = capacity x group size). Exit status 0 = all equal.
"""

import json
import subprocess
import sys

try:
    import numpy as np
    from scipy.optimize import linear_sum_assignment
except ImportError:  # pragma: no cover - depends on the machine
    print("scipy missing: run bash scripts/setup.sh", file=sys.stderr)
    sys.exit(2)


def solve(inst, arcs=None):
    arcs = inst["arcs"] if arcs is None else arcs
    n = inst["mentees"]
    slots = [j for j, r in enumerate(inst["room"]) for _ in range(r)]
    big = inst["max_score"] * max(n, 1) + 1
    forbid = 10.0 * big * (n + 1)
    cost = np.full((n, len(slots) + n), forbid)
    for i in range(n):
        cost[i, len(slots) + i] = 0.0  # unmatched
    col_of = {}
    for c, j in enumerate(slots):
        col_of.setdefault(j, []).append(c)
    for i, j, score in arcs:
        for c in col_of.get(j, []):
            cost[i, c] = -(big + score)
    rows, cols = linear_sum_assignment(cost)
    matched = total = 0
    for i, c in zip(rows, cols):
        if c < len(slots):
            assert cost[i, c] < 0, "forbidden pair chosen"
            matched += 1
            total += int(-cost[i, c] - big)
    return matched, total


def solve_fair(inst):
    """(matched, lowest, total): most matched, then the highest lowest score, then total."""
    matched, _ = solve(inst)
    if matched == 0:
        return 0, 0, 0
    for t in sorted({s for _, _, s in inst["arcs"]}, reverse=True):
        arcs = [a for a in inst["arcs"] if a[2] >= t]
        m, total = solve(inst, arcs)
        if m == matched:
            return matched, t, total
    raise AssertionError("the lowest threshold keeps every pair")


def main():
    n = sys.argv[1] if len(sys.argv) > 1 else "60"
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--example", "cohort_dump", "--", n],
        check=True, capture_output=True, text=True,
    ).stdout
    instances = json.loads(out)
    bad = 0
    for inst in instances:
        want = solve(inst)
        got = (inst["matched"], inst["total"])
        fair_want = solve_fair(inst)
        fair_got = (inst["fair_matched"], inst["fair_min"], inst["fair_total"])
        if want != got or fair_want != fair_got:
            bad += 1
            print(f"seed {inst['seed']}: scipy {want} fair {fair_want}, Trellis {got} fair {fair_got}", file=sys.stderr)
    groups = sum(1 for inst in instances if inst["groups"] > 0)
    print(f"cohort assignment: {len(instances) - bad} of {len(instances)} instances equal to scipy's optimum "
          f"in both modes ({groups} with group mentors)")
    return 1 if bad or len(instances) < 50 or groups == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
