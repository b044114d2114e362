// The Mentors page at the phone viewport (and one desktop check): needs, live re-ranking,
// the score breakdown, shortlist, compare, introduction, choosing, roster import; axe in
// every state, no console errors, no horizontal scroll.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { MentorsPage, SPEAKER_GOAL } from './pages.mjs';

const FIXTURE = new URL('../fixtures/roster_three_bad.csv', import.meta.url).pathname;
const SHOTS = '/tmp/shots';

/** A valid goal with two focus skills; needs left empty. */
const GOAL_STATE = {
  goals: [SPEAKER_GOAL],
  active_goal: 'g1',
};

let env;
before(async () => {
  env = await start();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => { await env?.stop(); });

async function clean(page, state) {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
  assert.equal(await horizontalOverflow(page), 0, `horizontal scroll: ${state}`);
}

async function fillIndustry(m) {
  await m.page.getByLabel('Your industry').fill('Media');
}

async function fillNeeds(m) {
  await fillIndustry(m);
  await m.selectOption('Your career stage', 'early');
  await m.addTag('Languages you speak', 'English');
  await m.page.getByLabel('Your time zone').fill('Europe/London');
  await m.selectOption('How you like to learn', 'coaching');
  await m.addWindow('mon', '18:00', '20:00');
  await m.addWindow('sat', '09:00', '12:00');
}

test('phone: needs, live re-rank, breakdown, shortlist, compare, introduction, choose', async () => {
  const { page, errors, context } = await newPage(env, VIEWPORTS.phone);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const m = new MentorsPage(page, env.base);

  // Without a goal: a short note linking to the goal, and the sample is ranked already.
  await m.open('/mentors');
  await page.getByTestId('mentors-no-goal').waitFor();
  assert.equal(await page.getByTestId('mentors-no-goal').getByRole('link').getAttribute('href'), '/goal');
  await page.locator('[data-testid="mentor-list"]:not([aria-busy])').waitFor();
  await clean(page, 'no goal');

  await m.seed(GOAL_STATE);
  await page.getByTestId('mentors-goal').waitFor();
  assert.match(await page.getByTestId('source-line').innerText(), /fictional/i);
  assert.match(await page.getByText('Sample mentors (fictional profiles)').innerText(), /fictional/);

  // Untouched needs: no problem listed and no red field error; answers not given are assumed.
  await m.openNeeds();
  assert.equal(await page.getByTestId('needs-form').locator('.field-error:not(:empty)').count(), 0);
  const problems = page.getByTestId('needs-errors').locator('li');
  assert.equal(await problems.count(), 0);
  await fillNeeds(m);
  await page.locator('[data-testid="mentor-list"]:not([aria-busy])').waitFor();
  assert.equal(await problems.count(), 0);
  assert.match(await m.resultCount().innerText(), /\d+ mentors match your must-haves/);
  await clean(page, 'list');

  // Changing one importance re-ranks live. (Mentors sharing no time are already listed after
  // those who share some by default, so "essential" reorders the top three rather than
  // replacing a 0 h first mentor as it used to.)
  const before = await m.topNames(3);
  await m.setImportance('availability', 'essential');
  const top3 = () => [...document.querySelectorAll('[data-testid="mentor-name"]')].slice(0, 3).map((e) => e.textContent).join('|');
  await page.waitForFunction(`(${top3})() !== ${JSON.stringify(before.join('|'))}`);
  const after = await m.topNames(3);
  assert.notDeepEqual(after, before, `top three change: ${before} → ${after}`);

  // An invalid time zone is explained; the ranking keeps the last valid needs.
  await page.getByLabel('Your time zone').fill('Mars/Olympus');
  await page.getByLabel('Your time zone').blur(); // errors show once a field is left
  assert.match(await page.locator('#needs-tz-error').innerText(), /unknown time zone "Mars\/Olympus"/);
  assert.deepEqual(await m.topNames(3), after);
  await page.getByLabel('Your time zone').fill('Europe/London');
  await page.locator('#needs-tz-error:empty').waitFor({ state: 'attached' });

  // Must-have with one-click relax (in the results: the sheet closes first).
  await page.getByTestId('must-capacity').check();
  await m.closeNeeds();
  await page.getByTestId('relax-capacity').waitFor();
  const withMust = await m.resultCount().innerText();
  assert.match(withMust, /excluded/);
  await page.getByTestId('relax-capacity').click();
  assert.equal(await page.getByTestId('must-capacity').isChecked(), false);
  await page.getByTestId('relax-capacity').waitFor({ state: 'detached' });

  // Breakdown: bars sum to the score; the week grid lists the shared slots.
  const detail = await m.openDetail(0);
  await detail.waitFor();
  assert.equal(await m.cards().first().getByTestId('toggle-detail').getAttribute('aria-expanded'), 'true');
  const score = Number(await m.cards().first().getByTestId('mentor-score').locator('.mc-score-num').innerText());
  const total = Number(await detail.getByTestId('breakdown-total').innerText());
  const points = await detail.getByTestId('score-bar').evaluateAll((bars) => bars.map((b) => Number(b.dataset.points)));
  // Only criteria that count are drawn (no "0 / 0" rows); the points still sum to the score.
  assert.ok(points.length >= 1 && points.length <= 6, `${points.length} rows`);
  assert.equal(points.reduce((a, b) => a + b, 0), score);
  assert.equal(total, score);
  // Bar widths are set through the CSSOM (a style attribute would break the CSP): each fill
  // is its points' share of its track.
  const bars = await detail.getByTestId('score-bar').evaluateAll((els) => els.map((b) => {
    const track = b.querySelector('.sb-track');
    const fill = b.querySelector('.sb-fill');
    return { p: Number(b.dataset.points), max: Number(b.dataset.max), ratio: fill.getBoundingClientRect().width / track.getBoundingClientRect().width, track: track.style.width };
  }));
  for (const b of bars) {
    assert.ok(Math.abs(b.ratio - (b.max ? b.p / b.max : 0)) < 0.02, JSON.stringify(b));
    assert.match(b.track, /^\d+(\.\d)?%$/, JSON.stringify(b));
  }
  await detail.getByTestId('week-grid').waitFor();
  await clean(page, 'detail open');
  await page.screenshot({ path: `${SHOTS}/mentors-375-detail.png`, fullPage: true });
  await m.cards().first().getByTestId('toggle-detail').press('Enter');
  await detail.waitFor({ state: 'detached' });

  // Shortlist two, reorder, a note, compare.
  const names = await m.topNames(2);
  await m.shortlist(0);
  await m.shortlist(1);
  assert.equal(await m.shortlistItems().count(), 2);
  assert.deepEqual(await page.getByTestId('shortlist-name').allInnerTexts(), names);
  await page.getByRole('button', { name: `Move ${names[1]} up` }).click();
  assert.deepEqual(await page.getByTestId('shortlist-name').allInnerTexts(), [names[1], names[0]]);
  await page.getByLabel(`Your note on ${names[0]}`).fill('Ask about meetup talks');
  const checks = page.getByTestId('compare-check');
  await checks.nth(0).check();
  await checks.nth(1).check();
  const table = page.getByTestId('compare-table');
  await table.waitFor();
  assert.deepEqual(await table.locator('thead th').allInnerTexts(), [names[1], names[0]]);
  assert.match(await table.innerText(), /Focus skills/);
  await clean(page, 'compare');

  // Draft an introduction and copy it.
  await page.getByTestId('draft-intro').first().click();
  const intro = page.getByTestId('intro-text');
  await intro.waitFor();
  const text = await intro.inputValue();
  assert.match(text, /Give 3 talks at local meetups by June 30, 2027/);
  assert.match(text, /public speaking/);
  assert.match(text, /every 2 weeks, 45 minutes/);
  assert.match(text, /Agenda for a first call/);
  await intro.fill(text + '\nP.S. edited');
  await page.getByTestId('copy-intro').click();
  await page.getByTestId('copy-status').filter({ hasText: /Copied|Copying is not available/ }).waitFor();
  await clean(page, 'introduction');

  // Choose a mentor: the plan links on to Sessions, and it survives a reload.
  await page.getByTestId('choose-mentor').first().click();
  await page.getByTestId('chosen-mentor').waitFor();
  assert.equal(await page.getByTestId('chosen-mentor').getByRole('link').getAttribute('href'), '/sessions');
  await page.waitForTimeout(400);
  await page.reload();
  await page.getByTestId('chosen-mentor').waitFor();
  assert.equal(await page.getByLabel(`Your note on ${names[0]}`).inputValue(), 'Ask about meetup talks');
  await page.screenshot({ path: `${SHOTS}/mentors-375.png`, fullPage: true });

  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: roster import reports exactly the three bad rows; removing it keeps everything else', async () => {
  const { page, errors, context } = await newPage(env, VIEWPORTS.phone);
  const m = new MentorsPage(page, env.base);
  await m.seed(GOAL_STATE);
  await m.openNeeds();
  await fillNeeds(m);
  await m.closeNeeds();
  await m.shortlist(0);
  const sampleName = (await page.getByTestId('shortlist-name').allInnerTexts())[0];

  await m.openNeeds();
  await m.importRoster(FIXTURE);
  assert.match(await page.getByTestId('import-summary').innerText(), /Imported 5 of 8 mentors; 3 rows have problems/);
  const reported = await m.importProblems().allInnerTexts();
  assert.equal(reported.length, 3, reported.join('\n'));
  assert.match(reported[0], /^line 4, column time_zone: .*Moon\/Tranquility/);
  assert.match(reported[1], /^line 6, column name: empty name/);
  assert.match(reported[2], /^line 8, column capacity: .*-1/);
  await clean(page, 'import report');
  await page.screenshot({ path: `${SHOTS}/mentors-375-import.png`, fullPage: true });

  // The roster is ranked now; the sample mentor on the shortlist is not in this directory.
  assert.match(await page.getByTestId('source-line').innerText(), /roster_three_bad\.csv/);
  assert.equal(await page.getByTestId('source-roster').isChecked(), true);
  assert.equal(await m.cards().count(), 5);
  await m.closeNeeds();
  await page.getByTestId('not-in-directory').waitFor();
  assert.equal(await page.getByTestId('shortlist-name').first().innerText(), sampleName);

  // Search filters the ranked list.
  await page.getByLabel('Search the ranked mentors').fill('zanele');
  assert.deepEqual(await page.getByTestId('mentor-name').allInnerTexts(), ['Zanele Dube']);
  await page.getByLabel('Search the ranked mentors').fill('');

  // Back to the sample, then remove the roster (after confirming): goal and shortlist stay.
  await m.openNeeds();
  await page.getByTestId('source-sample').check();
  assert.match(await page.getByTestId('source-line').innerText(), /fictional/i);
  await page.getByTestId('remove-roster').click();
  await page.getByTestId('confirm-remove-roster').click();
  await page.getByTestId('remove-roster').waitFor({ state: 'detached' });
  assert.equal(await m.shortlistItems().count(), 1);
  await page.getByTestId('mentors-goal').waitFor();
  await clean(page, 'after removal');

  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: a Windows-1252 roster (not UTF-8) imports with its accents and says which encoding was assumed', async () => {
  const { page, errors, context } = await newPage(env, VIEWPORTS.phone);
  const m = new MentorsPage(page, env.base);
  await m.seed(GOAL_STATE);
  await m.openNeeds();
  await m.importRoster(new URL('../fixtures/roster_cp1252.csv', import.meta.url).pathname);
  assert.match(await page.getByTestId('import-summary').innerText(), /Imported 3 of 3 mentors\./);
  const report = await page.getByTestId('import-report').innerText();
  assert.match(report, /not UTF-8: it was read as Windows-1252/);
  assert.doesNotMatch(report, /\uFFFD/);
  assert.match(await page.getByTestId('mentor-source').innerText(), /Imported roster: roster_cp1252\.csv \(3 mentors\)/);
  // What is kept is the decoded text, under the roster's own key (the save is debounced: wait
  // for it).
  await page.waitForFunction(() => (localStorage.getItem('trellis.roster') ?? '').includes('roster_cp1252'));
  const stored = await page.evaluate(() => localStorage.getItem('trellis.roster'));
  for (const text of ['José Núñez', 'Zoë Müller', 'François Lefèvre', '“Growth” coach – Berlin', 'Costs from €40 a month']) {
    assert.ok(stored.includes(text), text);
  }
  assert.ok(!stored.includes('\uFFFD'));
  await clean(page, 'Windows-1252 import');
  assert.deepEqual(errors, []);
  await context.close();
});

test('desktop: the page lays out without overflow or axe violations, and pages through results', async () => {
  const { page, errors, context } = await newPage(env, VIEWPORTS.desktop);
  const m = new MentorsPage(page, env.base);
  await m.seed(GOAL_STATE);
  await fillNeeds(m);
  assert.equal(await m.cards().count(), 20);
  await page.getByTestId('show-more').click();
  assert.equal(await m.cards().count(), 40);
  await (await m.openDetail(0)).waitFor();
  await clean(page, 'desktop');
  await page.screenshot({ path: `${SHOTS}/mentors-1280.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
