// Where a cold first view of a route spends its main-thread time (issue 14): the release bundle
// served on 127.0.0.1 (no brotli, no network throttling: only the CPU work counts here), a new
// browser context (nothing stored, no service worker), the route opened at 375 px with the CPU
// throttled (RATE, default 4×) from before navigation. Reports per run: the long tasks
// (PerformanceObserver `longtask`, start and duration), the time until the route's ready
// element shows, and the total blocking time over 50 ms; then, with PROFILE=FILE, one more
// load under Chromium's sampling profiler (CDP Profiler, 100 µs), written to FILE and
// summarised as the top functions by self and total time inside long tasks. Wasm functions
// show by name only in a build that keeps them (TRELLIS_WASM_NAMES=1, e.g. dist-profile).
// Measured, never a test:
//   node scripts/bench_mount.mjs [DIST] [ROUTE]      RUNS=3 RATE=4 PROFILE=target/mount.cpuprofile
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/serve.mjs';
import { tally } from './cpu_profile.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const route = process.argv[3] ?? '/mentors';
const RUNS = Number(process.env.RUNS || 3);
const RATE = Number(process.env.RATE || 4);
const PROFILE = process.env.PROFILE || '';
const READY = process.env.READY || '[data-testid="mentor-card"]';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

const server = await serve(dist, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROME,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

const observe = () => {
  window.__long = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
};

async function load(profile) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'en-US', timezoneId: 'Europe/London' });
  await context.addInitScript(observe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(base + route);
  await page.locator(READY).first().waitFor({ timeout: 60000 });
  const ready = await page.evaluate(() => Math.round(performance.now()));
  await page.waitForTimeout(1500);
  const long = await page.evaluate(() => window.__long);
  let prof = null;
  if (profile) prof = (await cdp.send('Profiler.stop')).profile;
  await context.close();
  return { ready, long, prof };
}

function summarise(profile) {
  const { self, total, busy, top } = tally(profile, new Set(['(idle)', '(program)', '(root)', '(garbage collector)']));
  console.log(`CPU profile (${RATE}×, one load): script busy ${busy.toFixed(0)} ms, GC ${(self.get('(garbage collector)') ?? 0).toFixed(0)} ms`);
  console.log('  top self time:');
  for (const [k, ms] of top(self, 30)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${k}`);
  console.log('  top total time:');
  for (const [k, ms] of top(total, 45)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${k}`);
}

try {
  const tbts = [];
  for (let i = 0; i < RUNS; i++) {
    const { ready, long } = await load(false);
    const tbt = long.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
    tbts.push(tbt);
    console.log(`run ${i + 1}: ${route} ready at ${ready} ms; long tasks [start, ms]: ${JSON.stringify(long)}; blocking ${tbt} ms`);
  }
  tbts.sort((a, b) => a - b);
  console.log(`median blocking time over ${RUNS} runs at ${RATE}× CPU: ${tbts[Math.floor(RUNS / 2)]} ms`);
  if (PROFILE) {
    const { prof } = await load(true);
    writeFileSync(PROFILE, JSON.stringify(prof));
    summarise(prof);
  }
} finally {
  await browser.close();
  server.close();
}
