// The coordinator's cohort page: import both example rosters, run, lock one pair, avoid one,
// re-run, see every mentee matched or explained, read the score chart and the mentor load,
// export the CSV and open one mentee's plan link in a fresh browser; axe-clean in every state,
// at phone and desktop widths, with a screenshot of each state in /tmp/shots. A generated
// mid-size cohort: the run shows progress, no task over 100 ms, and Cancel keeps the previous
// result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { BackupImport, CohortPage, SharedPlanPage } from './pages.mjs';

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

const MENTORS = new URL('../../data/roster-example.csv', import.meta.url).pathname;
const MENTEES = new URL('../../data/mentees-example.csv', import.meta.url).pathname;
const MENTEE_COUNT = 8;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function clean(page, state) {
  assert.deepEqual(await axeViolations(page), [], state);
  assert.equal(await horizontalOverflow(page), 0, state);
  const width = page.viewportSize().width;
  await page.screenshot({ path: `${SHOTS}/cohort-${state.replaceAll(' ', '-')}-${width}.png`, fullPage: true });
}

for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
  test(`cohort at ${vpName}: import, run, lock, avoid, re-run, export`, async () => {
    const { context, page, errors } = await newPage(env, viewport);
    const app = new CohortPage(page, env.base);
    await app.open('/cohort');
    assert.match(await app.heading().innerText(), /Match a cohort/);
    assert.equal(await page.getByTestId('cohort-run').isDisabled(), true);
    await clean(page, 'empty');

    await app.importMentors(MENTORS);
    await app.importMentees(MENTEES);
    assert.match(await page.getByTestId('mentor-report').innerText(), /Imported 8 of 8 mentors/);
    assert.match(await page.getByTestId('mentee-report').innerText(), /Imported 8 of 8 mentees/);
    await clean(page, 'imported');

    await app.run();
    const matched = await app.pairRows().count();
    const unmatched = await app.unmatchedRows().count();
    assert.equal(matched + unmatched, MENTEE_COUNT, 'every mentee matched or explained');
    // Inês speaks only Portuguese and requires a shared language: explained, with what helps.
    const ines = app.unmatchedRows().filter({ hasText: 'Inês Rocha' });
    assert.match(await ines.innerText(), /no shared language.*Would help: a mentor who speaks Portuguese/s);
    await clean(page, 'results');

    // Lock the first pair (highest score first), then avoid another one.
    const first = app.pairRows().first();
    const lockedMentee = (await first.locator('td').first().innerText()).trim();
    await first.getByTestId('pair-lock').click();
    await page.getByTestId('cohort-rules').filter({ hasText: 'Locked:' }).waitFor();
    const lockedRow = app.pairRows().filter({ hasText: `${lockedMentee} (locked)` });
    assert.equal(await lockedRow.count(), 1, 'the locked pair says so');

    const other = app.pairRows().filter({ hasNotText: '(locked)' }).first();
    const otherMentee = (await other.locator('td bdi').first().innerText()).trim();
    const otherMentor = (await other.locator('td bdi').nth(1).innerText()).trim();
    await other.getByTestId('pair-avoid').click();
    await page.getByTestId('cohort-rules').filter({ hasText: 'Avoided:' }).waitFor();
    const after = app.pairRows().filter({ hasText: otherMentee });
    if (await after.count()) {
      assert.notEqual((await after.locator('td bdi').nth(1).innerText()).trim(), otherMentor, 'avoided pair gone');
    } else {
      await app.unmatchedRows().filter({ hasText: otherMentee }).waitFor();
    }
    assert.equal((await app.pairRows().count()) + (await app.unmatchedRows().count()), MENTEE_COUNT);
    await clean(page, 'after lock and avoid');

    const download = await app.exportCsv();
    assert.equal(download.suggestedFilename(), 'cohort-pairs.csv');
    const text = await readFile(await download.path(), 'utf8');
    const lines = text.trim().split('\n');
    assert.match(lines[0], /^mentee_id,mentee,status,mentor_id,mentor,score/);
    assert.equal(lines.length, MENTEE_COUNT + 1);
    assert.match(text, /ines,Inês Rocha,unmatched/);
    await page.getByTestId('cohort-message').filter({ hasText: 'exported' }).waitFor();
    await clean(page, 'exported');

    // Explained results: the chart's numbers in words add up to the pairs; every mentor's load.
    const pairs = await app.pairRows().count();
    const chartText = await page.getByTestId('score-chart-text').innerText();
    assert.match(chartText, new RegExp(`Pair scores: ${pairs} pairs?: `));
    assert.equal(await page.getByTestId('load-row').count(), 8);
    const given = await page.getByTestId('load-row').evaluateAll((rows) =>
      rows.reduce((n, r) => n + parseInt(r.querySelector('[data-label="Given"]').innerText, 10), 0));
    assert.equal(given, pairs, 'the load adds up to the pairs');

    // One mentee's plan link, opened in a fresh browser: their plan with the mentor chosen.
    const row = app.pairRows().filter({ hasNotText: '(locked)' }).first();
    const mentee = (await row.locator('td bdi').first().innerText()).trim();
    const mentor = (await row.locator('td bdi').nth(1).innerText()).trim();
    const href = await row.getByTestId('pair-link').getAttribute('href');
    assert.match(href, /\/shared#v3\./);
    const fresh = await newPage(env, viewport);
    const shared = new SharedPlanPage(fresh.page, env.base);
    await shared.openLink(href);
    const plan = await shared.plan().innerText();
    assert.match(plan, new RegExp(`Mentor\\s+${mentor}`), plan);
    assert.match(plan, new RegExp(`with ${mentor.split(' ')[0]} as my mentor`), plan);
    assert.match(await shared.banner().innerText(), /coordinator matched you with a mentor/);
    assert.match(await fresh.page.getByTestId('shared-title').first().innerText(), new RegExp(`${mentee.split(' ')[0]}’s mentoring plan`));
    assert.deepEqual(await axeViolations(fresh.page), [], 'shared plan');
    await fresh.page.screenshot({ path: `${SHOTS}/cohort-plan-link-${viewport.width}.png`, fullPage: true });
    await shared.saveCopy();
    await shared.status().filter({ hasText: /[Ss]aved/ }).waitFor();
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();

    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the roster import links to the cohort page', async () => {
  const { context, page } = await newPage(env, VIEWPORTS.desktop ?? Object.values(VIEWPORTS)[1]);
  const app = new CohortPage(page, env.base);
  await app.open('/mentors');
  await page.getByText('Import a roster from your program').click();
  await page.getByTestId('cohort-link').click();
  await page.getByTestId('page-cohort').waitFor();
  await context.close();
});

test('the cohort travels in the backup: brought in by merge, kept by merge, exported, deleted from the Data page', async () => {
  const fixture = await readFile(new URL('../fixtures/backup_v2.json', import.meta.url), 'utf8');
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const imp = new BackupImport(page, env.base);
  await imp.open('/data');
  assert.match(await page.getByTestId('data-cohort-none').innerText(), /No cohort/);
  await imp.importFile('trellis-backup.json', fixture);
  const cohortPlan = await page.getByTestId('import-cohort').innerText();
  assert.match(cohortPlan, /Merge: The backup's cohort is brought in \(8 mentors, 8 mentees, 1 lock/);
  await clean(page, 'backup preview');
  await page.getByTestId('import-merge').click();
  await imp.importStatus().filter({ hasText: 'Merged' }).waitFor();
  assert.match(await imp.importStatus().innerText(), /cohort is brought in/);
  assert.ok(await page.evaluate(() => localStorage.getItem('trellis.cohort')));
  await page.getByTestId('data-cohort-held').filter({ hasText: '8 mentors, 8 mentees, 1 lock' }).waitFor();

  // The cohort page shows it.
  const app = new CohortPage(page, env.base);
  await app.open('/cohort');
  assert.match(await page.getByTestId('cohort-mentor-count').innerText(), /8 mentors loaded/);
  assert.match(await page.getByTestId('cohort-rules').innerText(), /Locked: Kwame Mensah with Grace Mensah-Boateng/);

  // An export holds it; importing that again keeps the cohort here (the same one) and says so.
  await imp.open('/data');
  const download = await imp.exportJson();
  const file = await readFile(await download.path(), 'utf8');
  assert.match(file, /"version": 2/);
  assert.match(file, /"cohort": \{/);
  await imp.importFile('again.json', file);
  assert.match(await page.getByTestId('import-cohort').innerText(), /already the same/);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Delete only the cohort: the goals stay.
  await page.getByTestId('delete-cohort').click();
  await clean(page, 'delete cohort confirm');
  await page.getByTestId('confirm-delete-cohort').click();
  await page.getByTestId('cohort-data-status').filter({ hasText: 'deleted' }).waitFor();
  await page.getByTestId('data-cohort-none').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('trellis.cohort')), null);
  const goals = await page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')).data.goals.length);
  assert.equal(goals, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- Long runs: progress, Cancel, no long task (a behaviour check, not a timing) ----

/** A deterministic cohort as the two CSV files a coordinator imports: `mentees` mentees and
 * `mentors` mentors (capacities 1–5) sharing languages and free times, so most pairs are
 * allowed and the matching has real work to do. */
function cohortFiles(dir, mentees, mentors) {
  let seed = 7;
  const rnd = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  const SKILLS = ['sql', 'public speaking', 'product management', 'ux research', 'leadership', 'python', 'negotiation', 'career planning'];
  const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
  const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const STAGES = ['early', 'mid', 'senior', 'lead'];
  const pick = (v, n) => Array.from({ length: n }, () => v[rnd(v.length)]).filter((x, i, a) => a.indexOf(x) === i).join('; ');
  const slot = () => { const h = 7 + rnd(12); return `${DAYS[rnd(6)]} ${String(h).padStart(2, '0')}:00-${String(h + 2).padStart(2, '0')}:00`; };
  const mentorRows = ['name,headline,industry,stage,years_experience,country,city,time_zone,languages,forms,formats,availability,capacity,style,skills,interests,bio,price_per_month'];
  for (let j = 0; j < mentors; j++) {
    mentorRows.push([`Mentor ${j}`, 'Practitioner', 'Software', STAGES[1 + rnd(3)], 5 + rnd(20), 'UK', 'London', ZONES[rnd(4)],
      'English', 'one_to_one', 'video', `${slot()}; ${slot()}`, 1 + rnd(5), 'coaching', pick(SKILLS, 3), 'running', 'Generated for a test', ''].join(','));
  }
  const menteeRows = ['id,name,focus_skills,industry,stage,languages,time_zone,availability,formats,form,learning_style,interests,different_perspective,max_price,must,min_overlap_hours,importance,preferred_mentors,avoid_mentors'];
  for (let i = 0; i < mentees; i++) {
    menteeRows.push([`e${i}`, `Mentee ${i}`, pick(SKILLS, 2), 'Software', 'early', 'English', ZONES[rnd(4)], `${slot()}; ${slot()}`,
      'video', 'one_to_one', 'coaching', 'running', 'no', '', 'language', '', 'skills=very', '', ''].join(','));
  }
  const m = join(dir, `mentors-${mentees}x${mentors}.csv`);
  const e = join(dir, `mentees-${mentees}x${mentors}.csv`);
  writeFileSync(m, mentorRows.join('\n') + '\n');
  writeFileSync(e, menteeRows.join('\n') + '\n');
  return { m, e };
}

const OBSERVE = () => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

async function importCohort(page, app, files) {
  await app.open('/cohort');
  await app.importMentors(files.m);
  await app.importMentees(files.e);
  await page.getByTestId('cohort-run').waitFor();
}

test('a long run shows progress, matches without blocking the page over 100 ms at a time, and Cancel keeps the previous result', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-cohort-'));
  const { context, page, errors } = await newPage(env, VIEWPORTS.desktop);
  await page.addInitScript(OBSERVE);
  const app = new CohortPage(page, env.base);
  await importCohort(page, app, cohortFiles(dir, 600, 180));
  assert.match(await page.getByTestId('mentee-report').innerText(), /Imported 600 of 600 mentees/);

  // A mid-size run: progress appears (label, bar), then the result; no task over 100 ms.
  // What the progress shows is recorded inside the page as it appears: on a fast machine the
  // run can finish before a read from the test process arrives.
  await page.evaluate(() => {
    window.__progress = [];
    const o = new MutationObserver(() => {
      const label = document.querySelector('[data-testid=cohort-progress] label');
      const bar = document.querySelector('[data-testid=cohort-progress] [role=progressbar], [data-testid=cohort-progress] progress');
      if (label && label.textContent && bar) window.__progress.push({ label: label.textContent, max: Number(bar.getAttribute('max')) });
    });
    o.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('cohort-run').click();
  const progress = page.getByTestId('cohort-progress');
  await page.waitForFunction(() => window.__progress.length > 0);
  const seen = await page.evaluate(() => window.__progress[0]);
  assert.match(seen.label, /^Step [12] of 2, /);
  assert.ok(seen.max > 0, `progress bar max ${seen.max}`);
  await page.getByTestId('cohort-summary').waitFor({ timeout: 120000 });
  await progress.waitFor({ state: 'detached' });
  // The result is saved in a task of its own after it is shown.
  await page.waitForFunction(() => /"pairs":\[\{/.test(localStorage.getItem('trellis.cohort') || ''));
  // Scoring, matching, showing the result (one page of pairs) and saving it never block for
  // more than 100 ms.
  const t1 = await page.evaluate(() => performance.now());
  const long = await page.evaluate(([a, b]) => window.__long
    .filter((e) => e.start + e.duration >= a && e.start <= b)
    .map((e) => `${Math.round(e.duration)} ms at +${Math.round(e.start - a)}`), [t0, t1]);
  assert.deepEqual(long.filter((d) => parseInt(d, 10) > 100), [],
    `long tasks from the click to the saved result (${Math.round(t1 - t0)} ms): ${long.join(', ')}`);
  // 600 mentees: the pairs come one page at a time.
  assert.ok((await app.pairRows().count()) <= 25);
  assert.match(await page.getByTestId('pairs-pager').innerText(), /1–25 of \d+ pairs/);
  await page.getByTestId('pairs-pager-next').click();
  assert.match(await page.getByTestId('pairs-pager').innerText(), /26–50 of \d+ pairs/);
  assert.equal(await app.pairRows().count(), 25);
  await page.getByTestId('pairs-pager-prev').click();
  const before = await page.getByTestId('cohort-summary').innerText();
  assert.match(before, /^\d+ of 600 mentees matched/);

  // A second run, cancelled: the first result stays, and the page says so.
  await page.getByTestId('mode-fair').check();
  // Cancel is pressed the moment it appears, inside the run (a click from the test process
  // could arrive after a fast run has already finished).
  await page.evaluate(() => {
    const o = new MutationObserver(() => {
      const b = document.querySelector('[data-testid=cohort-cancel]');
      if (b) { o.disconnect(); b.click(); }
    });
    o.observe(document, { subtree: true, childList: true });
  });
  await page.getByTestId('cohort-run').click();
  await progress.waitFor({ state: 'detached' });
  assert.match(await page.getByTestId('cohort-message').innerText(), /Matching cancelled\. The results below are from the previous run/);
  assert.equal(await page.getByTestId('cohort-summary').innerText(), before, 'previous result kept');
  assert.equal(await page.getByTestId('cohort-run').isDisabled(), false);
  await clean(page, 'cancelled');
  // Nothing of the cancelled run arrives later.
  await page.waitForTimeout(1500);
  assert.equal(await page.getByTestId('cohort-summary').innerText(), before);
  // axe while a run is under way (it may finish while axe works), then the new result.
  // The CPU is slowed for this run so that it is still under way when axe looks at it.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.getByTestId('cohort-run').click();
  await progress.waitFor();
  await clean(page, 'running');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await progress.waitFor({ state: 'detached', timeout: 120000 });
  assert.match(await page.getByTestId('cohort-summary').innerText(), /^\d+ of 600 mentees matched/);
  assert.equal(await page.getByTestId('cohort-message').count(), 0, 'a finished run clears the cancel message');
  assert.deepEqual(errors, []);
  await context.close();
});
