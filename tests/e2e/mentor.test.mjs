// The mentor's side: a shared plan read in a minute on a phone, in the mentor's own time zone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { SharedPlanPage } from './pages.mjs';

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const fixture = (name) =>
  readFileSync(new URL(`../fixtures/share_v1_${name}.txt`, import.meta.url), 'utf8').trim();

async function clean(page, viewport) {
  assert.deepEqual(await axeViolations(page), []);
  if (viewport.width <= 375) assert.equal(await horizontalOverflow(page), 0);
}

/** Pixels of content from the bottom of the header to the bottom of the page's main area. */
const contentHeight = (page) => page.evaluate(() => {
  const header = document.querySelector('.app-header').getBoundingClientRect();
  const main = document.querySelector('.app-main').getBoundingClientRect();
  return Math.round(main.bottom - header.bottom);
});

for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
  test(`the typical plan reads in a minute at ${viewport.width} px, in the mentor's time`, async () => {
    // A mentor in New York opens a plan made in London.
    const { page, context, errors } = await newPage(env, viewport, { timezoneId: 'America/New_York' });
    const shared = new SharedPlanPage(page, env.base);
    await shared.openLink(`${env.base}/shared#${fixture('typical')}`);
    assert.equal(await page.evaluate(() => localStorage.length), 0);

    // Who and what first.
    assert.equal(await page.getByTestId('shared-title').textContent(), 'Sam’s mentoring plan');
    assert.equal(await page.getByTestId('shared-goal').innerText(), 'Give 3 talks at local meetups by June 30, 2027');
    assert.equal(await page.getByTestId('shared-progress').innerText(), '1 of 5 milestones done · 3 of 12 sessions held');
    // Then the next session, in the viewer's zone with the mentee's beside it.
    const next = page.getByTestId('shared-next');
    const nextText = await next.innerText();
    assert.match(nextText, /Next session · 4 of 12/);
    assert.match(nextText, /Mon 15 February 2027, 13:30 your time · 60 min \(18:30 in Europe\/London\)/);
    assert.match(nextText, /Suggested agenda/);
    assert.match(await page.getByTestId('shared-milestones').innerText(), /Pick a topic and a meetup · done 20 Jan 2027/);
    // The rest is folded away until asked for.
    for (const id of ['shared-sessions', 'shared-goal-details', 'shared-agreement']) {
      assert.equal(await page.getByTestId(id).getAttribute('open'), null, id);
    }
    assert.equal(await page.getByTestId('shared-session').count(), 12);
    assert.equal(await page.getByTestId('shared-session').filter({ visible: true }).count(), 1);

    const height = await contentHeight(page);
    console.log(`typical shared plan at ${viewport.width} px: ${height} px below the header before expanding`);
    if (viewport.width <= 375) assert.ok(height <= 2 * 667, `content is ${height} px, budget ${2 * 667}`);
    await clean(page, viewport);
    await page.screenshot({ path: `${SHOTS}/mentor-glance-${viewport.width}.png`, fullPage: true });

    // Everything opens by keyboard, and stays clean.
    for (const id of ['shared-sessions', 'shared-goal-details', 'shared-agreement']) {
      await page.getByTestId(id).locator('summary').focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.getByTestId(id).getAttribute('open'), '', id);
    }
    assert.equal(await page.getByTestId('shared-session').filter({ visible: true }).count(), 12);
    const all = await shared.plan().innerText();
    assert.match(all, /Every 2 weeks at 18:30 \(Europe\/London time\)/);
    assert.match(all, /Dry run of the first talk, timed/);
    assert.match(all, /talks given: 0 → 3 talks/);
    await clean(page, viewport);
    await page.screenshot({ path: `${SHOTS}/mentor-expanded-${viewport.width}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a viewer in the mentee\'s own zone sees one time; a small plan says what it lacks', async () => {
  const { page, context, errors } = await newPage(env, VIEWPORTS.phone, { timezoneId: 'Europe/London' });
  const shared = new SharedPlanPage(page, env.base);
  await shared.openLink(`${env.base}/shared#${fixture('typical')}`);
  assert.match(await page.getByTestId('shared-next').innerText(),
    /Mon 15 February 2027, 18:30 · 60 min \(same time for the mentee \(Europe\/London\)\)/);
  await shared.openLink(`${env.base}/shared#${fixture('small')}`);
  await page.getByTestId('shared-title').filter({ hasText: /A mentee/i }).waitFor();
  assert.equal(await page.getByTestId('shared-next').count(), 0);
  assert.match(await page.getByTestId('shared-progress').innerText(), /Nothing to count yet/);
  await clean(page, VIEWPORTS.phone);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
  test(`${viewport.width} px: a mentor saves two mentees' plans as the mentor, side by side, with private notes`, async () => {
    const { page, context, errors } = await newPage(env, viewport, { timezoneId: 'America/New_York' });
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state') ?? 'null'));
    const shared = new SharedPlanPage(page, env.base);
    await shared.openLink(`${env.base}/shared#${fixture('typical')}`);
    await page.getByTestId('shared-save-mentor').click();
    await shared.status().filter({ hasText: 'Saved to Plans I mentor' }).waitFor();
    let state = await stored();
    assert.equal(state.data.goals.length, 0, 'a mentor copy is not a goal of the mentor');
    assert.deepEqual(state.data.mentoring.map((c) => [c.id, c.origin, c.link]), [['mc1', 'g1-7Hq2', fixture('typical')]]);
    // Opening it again knows the role from this device.
    await page.reload();
    await page.getByTestId('shared-mentor-known').waitFor();
    assert.equal(await page.getByTestId('shared-save-mentor').innerText(), "Update my mentor's copy");
    await clean(page, viewport);

    await shared.openLink(`${env.base}/shared#${fixture('large')}`);
    await page.getByTestId('shared-title').filter({ hasText: 'Zoë' }).waitFor();
    await page.getByTestId('shared-save-mentor').click();
    await shared.status().filter({ hasText: 'Saved to Plans I mentor' }).waitFor();

    await page.goto(`${env.base}/`);
    const cards = page.getByTestId('mentored-plan');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 2);
    assert.equal(await page.locator('main h1:not(.shell-wait, .pending-title)').innerText(), 'Mentoring');
    const pageText = await page.getByTestId('page-plan').innerText();
    assert.doesNotMatch(pageText, /Send your mentor a link|Your mentor:/);
    assert.match(await cards.nth(0).innerText(), /Sam’s mentoring plan/i);
    assert.match(await cards.nth(0).innerText(), /13:30 your time/);
    assert.match(await cards.nth(1).innerText(), /Zoë’s mentoring plan/i);
    // The mentor's notes stay on this device, beside the mentee's link, which is unchanged.
    await cards.nth(0).getByLabel(/My notes/).fill('Ask about the meetup list.');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('trellis.state')).data.mentoring[0].notes === 'Ask about the meetup list.');
    state = await stored();
    assert.equal(state.data.mentoring[0].link, fixture('typical'));
    await clean(page, viewport);
    await page.screenshot({ path: `${SHOTS}/mentor-plans-${viewport.width}.png`, fullPage: true });

    // A newer link of the same plan updates the copy and keeps the notes.
    await shared.openLink(`${env.base}/shared#${fixture('typical')}`);
    await page.getByTestId('shared-save-mentor').click();
    await shared.status().filter({ hasText: 'your notes are kept' }).waitFor();
    state = await stored();
    assert.equal(state.data.mentoring.length, 2);
    assert.equal(state.data.mentoring[0].notes, 'Ask about the meetup list.');

    // Remove asks first, then removes only that copy.
    await page.goto(`${env.base}/`);
    await cards.first().waitFor();
    await cards.nth(1).getByTestId('mentored-remove').click();
    await clean(page, viewport);
    await cards.nth(1).getByTestId('mentored-remove-confirm').click();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('trellis.state')).data.mentoring.length === 1);
    assert.equal(await cards.count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
