// `bash scripts/bench.sh cohort`: the cohort page in headless Chromium against the release
// bundle in dist/, fed through its own file inputs with random cohorts written by
// `examples/cohort_csv.rs` (capacities 1–5). For each case: the wall time from the click on
// "Match the cohort" until the summary is on screen (pair scores + exact assignment, sliced)
// and until the result is saved, the long tasks in that span (PerformanceObserver 'longtask': every task over 50 ms), and at
// the largest size that Cancel stops a run and keeps the previous result. A measurement, not a
// test: numbers go into BENCHMARKS.md by hand.
//   node scripts/bench_cohort.mjs <dir with mentors-NxM.csv and mentees-NxM.csv> [NxM ...]
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { serve } from '../tests/e2e/serve.mjs';

const dir = process.argv[2];
const sizes = process.argv.slice(3).length ? process.argv.slice(3) : ['1000x300', '5000x1500'];
const MAX_WAIT = 15 * 60 * 1000;

const OBSERVE = () => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

async function open(browser, base, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(base + '/cohort');
  await page.getByTestId('page-cohort').waitFor();
  await page.getByTestId('cohort-mentor-file').setInputFiles(join(dir, `mentors-${size}.csv`));
  await page.getByTestId('mentor-report').waitFor();
  await page.getByTestId('cohort-mentee-file').setInputFiles(join(dir, `mentees-${size}.csv`));
  await page.getByTestId('mentee-report').waitFor();
  const counts = `${await page.getByTestId('cohort-mentor-count').innerText()} ${await page.getByTestId('cohort-mentee-count').innerText()}`;
  return { context, page, counts };
}

/** Clicks run and waits for the summary; the page must have no summary before. */
async function timedRun(page) {
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('cohort-run').click();
  let sawProgress = false;
  const poll = setInterval(async () => {
    try { if (await page.getByTestId('cohort-progress').count()) sawProgress = true; } catch { /* closed */ }
  }, 200);
  await page.getByTestId('cohort-summary').waitFor({ timeout: MAX_WAIT });
  clearInterval(poll);
  const shown = await page.evaluate(() => performance.now());
  // The result is saved in a task of its own after it is shown (or the page says why not):
  // long tasks are counted until then.
  await page.waitForFunction(() => /"pairs":\[\{/.test(localStorage.getItem('trellis.cohort') || '')
    || document.querySelector('[data-testid=cohort-store-error]'), null, { timeout: MAX_WAIT });
  const t1 = await page.evaluate(() => performance.now());
  const saved = (await page.getByTestId('cohort-store-error').count())
    ? `not saved: ${await page.getByTestId('cohort-store-error').innerText()}` : 'saved';
  const entries = await page.evaluate(([a, b]) => window.__long
    .filter((e) => e.start + e.duration >= a && e.start <= b), [t0, t1]);
  const tasks = entries.map((e) => Math.round(e.duration));
  // Where the long ones fell: ms after the click (the result was shown at `ms`).
  const where = entries.filter((e) => e.duration > 100)
    .map((e) => `${Math.round(e.duration)} ms at +${Math.round(e.start - t0)}`).join(', ');
  return {
    ms: Math.round(shown - t0),
    savedMs: Math.round(t1 - t0),
    saved,
    long: tasks.length,
    longest: tasks.reduce((m, d) => Math.max(m, d), 0),
    over100: tasks.filter((d) => d > 100).length,
    where,
    sawProgress,
    summary: await page.getByTestId('cohort-summary').innerText(),
  };
}

const server = await serve(new URL('../dist', import.meta.url).pathname, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const size of sizes) {
    for (const mode of ['total', 'fair']) {
      const { context, page, counts } = await open(browser, base, size);
      if (mode === 'fair') await page.getByTestId('mode-fair').check();
      const r = await timedRun(page);
      console.log(`bench cohort ${size} ${mode}: ${r.ms} ms click to result (${r.savedMs} ms to ${r.saved}); long tasks ${r.long} (over 100 ms: ${r.over100}${r.where ? `: ${r.where}` : ''}), longest ${r.longest} ms; progress shown: ${r.sawProgress}; ${counts} ${r.summary}`);
      if (mode === 'total' && size === sizes[sizes.length - 1]) {
        // Cancel: a second run stopped after a second keeps the first run's result.
        // Cancel is pressed from inside the page the moment it appears (a run of a
        // second or less could end before a click from here arrives).
        const before = r.summary;
        await page.evaluate(() => {
          const o = new MutationObserver(() => {
            const b = document.querySelector('[data-testid=cohort-cancel]');
            if (b) { o.disconnect(); window.__cancelAt = performance.now(); b.click(); }
          });
          o.observe(document, { subtree: true, childList: true });
        });
        await page.getByTestId('cohort-run').click();
        await page.waitForFunction(() => window.__cancelAt, null, { timeout: MAX_WAIT });
        await page.getByTestId('cohort-progress').waitFor({ state: 'detached' });
        const t0 = await page.evaluate(() => window.__cancelAt);
        const t1 = await page.evaluate(() => performance.now());
        const msg = await page.getByTestId('cohort-message').innerText();
        const after = await page.getByTestId('cohort-summary').innerText();
        const kept = after === before && /cancelled/i.test(msg);
        console.log(`bench cohort ${size} cancel: stopped ${Math.round(t1 - t0)} ms after the click; previous result kept: ${kept}; "${msg}"`);
        if (!kept) process.exitCode = 1;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
