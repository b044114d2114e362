// The coordinator's cohort page: import both example rosters, run, lock one pair, avoid one,
// re-run, see every mentee matched or explained, read the score chart and the mentor load,
// export the CSV and open one mentee's plan link in a fresh browser; axe-clean in every state,
// at phone and desktop widths, with a screenshot of each state in /tmp/shots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
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
    assert.match(href, /\/shared#v1\./);
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
