// The app shell: every route at phone and desktop widths, axe-clean, no console errors, deep
// links on reload, no horizontal scroll at 320 px, storage notice, data export and delete.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { App, PlanPage, DataPage } from './pages.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const ROUTES = [
  { path: '/', testid: 'page-plan', h1: 'Your mentoring plan' },
  { path: '/goal', testid: 'page-goal', h1: 'Define your goal' },
  { path: '/mentors', testid: 'page-mentors', h1: 'Mentors' },
  { path: '/sessions', testid: 'page-sessions', h1: 'Sessions' },
  { path: '/shared', testid: 'page-shared', h1: 'Shared plan' },
  { path: '/data', testid: 'page-data', h1: 'Your data' },
  { path: '/cohort', testid: 'page-cohort', h1: 'Match a cohort' },
  { path: '/no/such/page', testid: 'page-not-found', h1: 'Page not found' },
];

for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
  for (const route of ROUTES) {
    test(`${route.path} at ${vpName}: renders on a deep link, axe-clean, no console errors`, async () => {
      const { context, page, errors } = await newPage(env, viewport);
      const app = new App(page, env.base);
      await app.open(route.path);
      await page.getByTestId(route.testid).waitFor();
      assert.match(await app.heading().first().innerText(), new RegExp(route.h1));
      assert.deepEqual(await axeViolations(page), []);
      assert.equal(await horizontalOverflow(page), 0);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('no horizontal scroll at 320 px on any route', async () => {
  const { context, page } = await newPage(env, { width: 320, height: 640 });
  const app = new App(page, env.base);
  for (const route of ROUTES) {
    await app.open(route.path);
    assert.equal(await horizontalOverflow(page), 0, route.path);
  }
  await context.close();
});

test('tab bar navigates and marks the current page; reload keeps the route', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const app = new PlanPage(page, env.base);
  await app.open('/');
  // Phone: the navigation is a bar fixed to the bottom of the viewport.
  const box = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  assert.ok(box.y + box.height >= 667 - 1, `tab bar at the bottom, got y=${box.y}`);
  assert.equal(await app.currentTab().innerText(), 'Plan');
  await app.step('goal').waitFor();
  assert.match(await page.getByRole('heading', { name: /Next:/ }).innerText(), /Define your goal/);
  await app.go('Mentors');
  await page.getByTestId('page-mentors').waitFor();
  assert.equal(await app.currentTab().innerText(), 'Mentors');
  await page.reload();
  await page.getByTestId('page-mentors').waitFor();
  assert.equal(new URL(page.url()).pathname, '/mentors');
  assert.match(await app.footer().innerText(), /Saved in this browser only/);
  // The Data page is a tab too, and five tabs fit 375 px without overflow.
  await app.go('Data');
  await page.getByTestId('page-data').waitFor();
  assert.equal(await app.currentTab().innerText(), 'Data');
  for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
    const b = await link.boundingBox();
    assert.ok(b.x >= 0 && b.x + b.width <= 375 + 0.5, `tab inside the viewport: ${JSON.stringify(b)}`);
    assert.ok(await link.evaluate((el) => el.scrollWidth <= el.clientWidth), 'tab label not cut');
  }
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('desktop navigation sits in the header', async () => {
  const { context, page } = await newPage(env, VIEWPORTS.desktop);
  const app = new App(page, env.base);
  await app.open('/');
  const box = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  assert.ok(box.y < 80, `navigation at the top, got y=${box.y}`);
  await app.go('Data');
  await page.getByTestId('page-data').waitFor();
  await context.close();
});

test('skip link moves focus to the main content and keeps the URL', async () => {
  const { context, page } = await newPage(env, VIEWPORTS.desktop);
  const app = new App(page, env.base);
  await app.open('/data');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(new URL(page.url()).hash, '');
  await context.close();
});

test('an unreadable stored value is reported, kept, downloadable and discardable', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const app = new App(page, env.base);
  await app.open('/');
  await page.evaluate(() => localStorage.setItem('trellis.state', '{"version":1,"data":'));
  await page.reload();
  const notice = page.getByTestId('storage-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be read/);
  assert.match(await notice.innerText(), /not valid JSON/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), '{"version":1,"data":');
  assert.deepEqual(await axeViolations(page), []);
  await notice.getByRole('button', { name: 'Discard it' }).click();
  await notice.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByTestId('page-plan').waitFor();
  assert.equal(await page.getByTestId('storage-notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data page exports JSON and deletes everything after confirmation', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const data = new DataPage(page, env.base);
  await data.open('/data');
  await page.evaluate(() => {
    localStorage.setItem('trellis.state', JSON.stringify({ version: 1, saved_at: 'x', data: { goals: [{ id: 'g1', draft: { statement: 'Give 3 talks' } }], active_goal: 'g1' } }));
    localStorage.setItem('unrelated', 'keep');
  });
  await page.reload();
  await page.getByTestId('page-data').waitFor();
  // The tz data the app carries (data/zones.txt's header).
  assert.match(await page.getByTestId('tzdata').innerText(), /time zone database, release 20\d\d[a-z], built into the app/);
  const download = await data.exportJson();
  assert.match(download.suggestedFilename(), /^trellis-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.kind, 'trellis-backup');
  assert.equal(exported.version, 2);
  assert.equal(exported.data.goals[0].draft.statement, 'Give 3 talks');
  // Confirmed next to its button, once the download has started.
  assert.equal(await page.getByTestId('export-status').innerText(), `Downloaded ${download.suggestedFilename()}`);
  await data.deleteEverything();
  assert.match(await data.status().innerText(), /deleted/);
  await page.waitForTimeout(500); // longer than the save debounce: nothing may be re-written
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['unrelated']);
  assert.deepEqual(errors, []);
  await context.close();
});
