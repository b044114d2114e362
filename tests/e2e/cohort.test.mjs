// The coordinator's cohort page: import both example rosters, run, lock one pair, avoid one,
// re-run, see every mentee matched or explained, export the CSV; axe-clean in every state, at
// phone and desktop widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { CohortPage } from './pages.mjs';

const MENTORS = new URL('../../data/roster-example.csv', import.meta.url).pathname;
const MENTEES = new URL('../../data/mentees-example.csv', import.meta.url).pathname;
const MENTEE_COUNT = 8;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function clean(page, state) {
  assert.deepEqual(await axeViolations(page), [], state);
  assert.equal(await horizontalOverflow(page), 0, state);
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
