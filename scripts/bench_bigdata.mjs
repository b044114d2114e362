// `bash scripts/bench.sh bigdata`: big inputs at the caps, in headless Chromium against the
// release bundle in dist/. For each case: the wall time from the user's action until the
// result is on screen, and the longest main-thread task in that span (PerformanceObserver
// 'longtask', which reports every task over 50 ms). A measurement, not a test: numbers go
// into BENCHMARKS.md by hand.
//   * preview of the largest allowed backup (200 goals, 24 milestones each, sessions with
//     notes up to the 5 MB file cap) on an empty device;
//   * merging it (including the save it triggers);
//   * the same preview on a device that already holds all 200 goals (every goal compared);
//   * the Milestones step with a goal at the 24-milestone cap, and typing in it.
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../tests/e2e/serve.mjs';

const MAX_GOALS = 200;
const MAX_MILESTONES = 24;
// The file cap is 5 MiB, but a backup that large cannot be stored: the browser's quota is
// 5,242,880 UTF-16 code units for everything, and the stored envelope is a little larger than
// the file. The largest backup that can be merged AND saved is used instead (BYTES).
const BYTES = Number(process.env.BENCH_BYTES || 4.5 * 1024 * 1024);

function iso(days) {
  const d = new Date(Date.UTC(2027, 0, 4 + days));
  return d.toISOString().slice(0, 10);
}

function goal(i, sessions, noteLen) {
  const list = [];
  for (let k = 0; k < sessions; k++) {
    const date = iso(14 * k);
    list.push({
      id: `s-${date.replaceAll('-', '')}`, date, local_time: '18:30:00', minutes: 60,
      status: k % 3 === 0 ? 'Held' : 'Planned', moved: false, original_date: date, agenda: null,
      notes: `Notes for session ${k + 1} of goal ${i + 1}: ` + 'x'.repeat(noteLen), action_items: [],
      feedback: k % 3 === 0 ? { rating: 4, sentence: 'Useful' } : null, fit: null,
    });
  }
  return {
    id: `g${i + 1}`,
    draft: {
      aspiration: `Aspiration ${i + 1}`, category: 'skill', statement: `Goal number ${i + 1}: give 3 talks by June 30, 2029`,
      metric: 'talks given', baseline: '0', target: '3', unit: 'talks', deadline: '2029-06-30', weekly_hours: '3',
      focus_skills: ['public speaking'],
      milestones: Array.from({ length: MAX_MILESTONES }, (_, m) => ({ title: `Milestone ${m + 1}`, target: iso(30 * m), done: '' })),
      long_term: false, template: null,
    },
    step: 4, shortlist: [], mentor: null,
    mentorship: {
      id: `plan-g${i + 1}`, agreement: null,
      rule: { cadence: { EveryNWeeks: 2 }, start: iso(0), local_time: '18:30:00', minutes: 60, zone: 'Europe/London', end: { Count: Math.max(1, sessions) }, skips: [] },
      sessions: list, wins: [], dismissed_warnings: [], next_action: 0,
    },
  };
}

/** The largest backup that can be merged and saved: 200 goals, the rest of BYTES in sessions. */
function largestBackup() {
  const make = (sessions, noteLen) => JSON.stringify({
    kind: 'trellis-backup', version: 1, saved_at: '2027-01-31T10:00:00Z',
    data: { goals: Array.from({ length: MAX_GOALS }, (_, i) => goal(i, sessions, noteLen)), active_goal: 'g1' },
  });
  let sessions = 1;
  while (make(sessions + 1, 80).length < BYTES) sessions++;
  let note = 80;
  while (make(sessions, note + 1).length < BYTES) note++;
  return { text: make(sessions, note), sessions };
}

const OBSERVE = () => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

async function measure(page, action, done, settle = 0) {
  const t0 = await page.evaluate(() => performance.now());
  await action();
  await done();
  const t1 = await page.evaluate(() => performance.now());
  if (settle) await page.waitForTimeout(settle);
  const longest = await page.evaluate(([a, b]) => window.__long
    .filter((e) => e.start + e.duration >= a && e.start <= b)
    .reduce((m, e) => Math.max(m, e.duration), 0), [t0, t1 + settle]);
  const tasks = await page.evaluate(([a, b]) => window.__long
    .filter((e) => e.start + e.duration >= a && e.start <= b)
    .map((e) => Math.round(e.duration)), [t0, t1 + settle]);
  if (process.env.BENCH_VERBOSE) console.log('  long tasks (ms):', tasks.join(', '));
  return { ms: Math.round(t1 - t0), longest: Math.round(longest) };
}

const server = await serve(new URL('../dist', import.meta.url).pathname, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const report = (name, r) => console.log(`bench bigdata ${name}: ${r.ms} ms until shown, longest task ${r.longest} ms`);
try {
  const { text, sessions } = largestBackup();
  console.log(`largest allowed backup: ${text.length} bytes, ${MAX_GOALS} goals × ${MAX_MILESTONES} milestones × ${sessions} sessions`);
  // Handed to the page by path (CDP sets the input's files): passing the bytes through
  // Playwright would itself block the page's main thread for seconds and be measured.
  const file = join(mkdtempSync(join(tmpdir(), 'trellis-bench-')), 'big.json');
  writeFileSync(file, text);

  for (const device of ['empty', 'full']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    if (device === 'full') {
      const env = JSON.parse(text);
      delete env.kind;
      await page.addInitScript((r) => { if (!sessionStorage.getItem('s')) { localStorage.setItem('trellis.state', r); sessionStorage.setItem('s', '1'); } }, JSON.stringify(env));
    }
    await page.goto(base + '/data');
    await page.getByTestId('backup-import').waitFor();
    const input = page.getByLabel('Backup file (.json)');
    const preview = await measure(page,
      () => input.setInputFiles(file),
      () => page.getByTestId('import-summary').waitFor({ timeout: 120000 }));
    report(`preview (${device} device)`, preview);
    if (device === 'empty') {
      const merge = await measure(page,
        () => page.getByTestId('import-merge').click(),
        () => page.getByTestId('import-status').filter({ hasText: /\S/ }).waitFor({ timeout: 120000 }), 1000);
      const said = await page.getByTestId('import-status').innerText();
      if (!/^Merged\./.test(said)) throw new Error(`merge did not save: ${said}`);
      report('merge + save (empty device)', merge);
    }
    await context.close();
  }

  // The milestone editor at its cap.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const one = goal(0, 0, 0);
  one.step = 2;
  one.mentorship = null;
  await page.addInitScript((r) => { if (!sessionStorage.getItem('s')) { localStorage.setItem('trellis.state', r); sessionStorage.setItem('s', '1'); } },
    JSON.stringify({ version: 1, saved_at: 'x', data: { goals: [one], active_goal: 'g1' } }));
  await page.goto(base + '/goal');
  await page.getByRole('heading', { name: 'Your goal' }).waitFor();
  const open = await measure(page,
    () => page.getByRole('button', { name: /^Next: Milestones/ }).click(),
    () => page.getByTestId('milestone').nth(MAX_MILESTONES - 1).waitFor());
  report(`milestones step (${MAX_MILESTONES} milestones)`, open);
  const type = await measure(page,
    () => page.getByLabel('Milestone 1', { exact: true }).pressSequentially('abc'),
    () => page.waitForFunction(() => document.getElementById('ms-0-title').value.includes('abc')), 500);
  report('typing 3 characters in milestone 1', type);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
