// Self and total time per function of a CDP CPU profile (Profiler.stop's `profile`), shared by
// the benchmarks that summarise one (scripts/bench_redraw.mjs, scripts/bench_mount.mjs).
// A function is named with its file (hash removed); a wasm function shows by name only in a
// build that keeps names (TRELLIS_WASM_NAMES=1).

/** Tallies `profile`: `self` and `total` (Map of function → ms), `busy` ms outside `idle`,
 * and `top(map, n)`: the n largest entries that are not idle. */
export function tally(profile, idle) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop().replace(/-[0-9a-f]{16}/, '') : '';
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let busy = 0;
  // timeDeltas[i + 1] is the time sample i stood for.
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(profile.samples[i]);
    const k = keyOf(leaf);
    self.set(k, (self.get(k) ?? 0) + dt);
    if (idle.has(leaf.callFrame.functionName)) continue;
    busy += dt;
    const seen = new Set();
    for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id));
      if (seen.has(key) || idle.has(byId.get(id).callFrame.functionName)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  }
  const top = (m, n) => [...m].filter(([k]) => !idle.has(k.split(' ')[0])).sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self, total, busy, top };
}
