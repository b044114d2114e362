// Redraw benchmark of the Mentors page (issue 13): the release bundle served on 127.0.0.1,
// /mentors opened at 375 px with 20 ranked cards (a goal, an industry and two free evenings
// stored), then one importance ("Industry") switched back and forth. Each sample is the time
// from the change event to the DOM updated and laid out: the change is dispatched, the
// reactive update runs (microtasks), then a fresh task (MessageChannel, no timer clamping)
// forces style and layout (`offsetHeight`) and reads the clock. Paint is not included.
// Measured unthrottled and at 4× CPU (CDP Emulation.setCPUThrottlingRate); median, p90 and
// max of BENCH_RUNS (default 60) samples each (BENCH_RATES, default 1,4). Measured, never a test:
//   bash scripts/bench.sh redraw      (builds the release bundle first)
//   node scripts/bench_redraw.mjs [DIST]
// BENCH_PROFILE=FILE adds a CPU profile: after the timed runs, BENCH_RUNS more changes at 1×
// under Chromium's sampling profiler (CDP Profiler, 50 µs), written to FILE (.cpuprofile, opens
// in DevTools) and summarised: the busy time per change, then the top functions by self and by
// total time. Wasm functions show by name only in a build that keeps them
// (`bash scripts/bench.sh redraw-profile` makes one in dist-profile).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openMentors } from './redraw_page.mjs';
import { tally } from './cpu_profile.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const RUNS = Number(process.env.BENCH_RUNS || 60);
const PROFILE = process.env.BENCH_PROFILE || '';
// BENCH_RATES=4 measures only at 4× (more samples in the same time for an A/B).
const RATES = (process.env.BENCH_RATES || '1,4').split(',').map(Number);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p90: q(0.9), max: s[s.length - 1], n: s.length };
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;

// Self and total time per function of a CDP profile, per change (`changes` rounds).
function summarise(profile, changes, timed) {
  const { self, busy, total, top } = tally(profile, new Set(['(idle)', '(program)', '(root)']));
  const per = (ms) => `${(ms / changes).toFixed(2).padStart(6)} ms`;
  console.log(`CPU profile (1×, ${changes} changes, timed median ${fmt(timed.median)} under the profiler): ` +
    `busy ${per(busy)} per change (the rest idle or in the browser's own work: ${per(self.get('(program)') ?? 0)} program)`);
  console.log('  top self time per change:');
  for (const [k, ms] of top(self, 25)) console.log(`    ${per(ms)}  ${k}`);
  console.log('  top total time per change:');
  for (const [k, ms] of top(total, 30)) console.log(`    ${per(ms)}  ${k}`);
}

const { context, page, close } = await openMentors(dist);
try {
  const cards = await page.locator('[data-testid="mentor-card"]').count();
  const cdp = await context.newCDPSession(page);
  const results = [];
  const rounds = (runs) => page.evaluate(async (runs) => {
      const sel = document.querySelector('[data-testid="weight-industry"]');
      const names = () => [...document.querySelectorAll('[data-testid="mentor-name"]')].map((e) => e.textContent).join('|');
      const task = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
      const samples = [];
      let changed = 0;
      for (let i = 0; i < runs + 2; i++) {
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 30)));
        const before = names();
        const t0 = performance.now();
        sel.value = i % 2 ? 'somewhat' : 'essential';
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        await task();
        void document.body.offsetHeight;
        const t1 = performance.now();
        if (i >= 2) samples.push(t1 - t0); // two warm-up rounds
        if (names() !== before) changed++;
      }
      return { samples, changed, cards: document.querySelectorAll('[data-testid="mentor-card"]').length };
    }, runs);
  for (const rate of RATES) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const out = await rounds(RUNS);
    if (out.changed < RUNS / 2) throw new Error(`the order changed in only ${out.changed} of ${RUNS + 2} rounds`);
    results.push([rate, { ...stats(out.samples), cards: out.cards, changed: out.changed }]);
  }
  console.log(`redraw after an importance change, ${cards} cards at 375 px (release bundle, headless Chromium)`);
  for (const [rate, r] of results) {
    console.log(`  CPU ${rate}×: median ${fmt(r.median)}, p90 ${fmt(r.p90)}, max ${fmt(r.max)} (${r.n} samples; order changed in ${r.changed})`);
  }
  if (PROFILE) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const out = await rounds(RUNS);
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(PROFILE, JSON.stringify(profile));
    summarise(profile, RUNS + 2, stats(out.samples));
  }
  await context.close();
} finally {
  await close();
}
