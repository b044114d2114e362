// The store codec (src/ui/storage/codec.rs): in the split build, reading and writing the stored
// state is a lazy module of its own. A first visit shows its page without it; an edit made
// before it arrives waits for it (and says so) and is then saved; with something stored the
// app waits for it, downloaded beside the main wasm; another tab's save made meanwhile is
// read when it arrives. Service workers are blocked, so the page's own requests can be held.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { start, newPage, axeViolations, VIEWPORTS } from './harness.mjs';
import { App, GoalWizard } from './pages.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const split = (() => {
  try {
    const dir = new URL(`../../${process.env.TRELLIS_DIST || 'dist'}/`, import.meta.url);
    return readdirSync(dir).some((f) => /^pack-store-[0-9a-f]{16}\.wasm$/.test(f));
  } catch {
    return false;
  }
})();
const skip = !split && 'single-bundle build: the codec is in the one wasm';
const CODEC = /\/pack-store-[0-9a-f]{16}\.wasm$/;
const SEED = {
  version: 1,
  saved_at: '2026-11-30T10:00:00.000Z',
  data: { goals: [{ id: 'g1', step: 0, draft: { statement: 'Give 3 talks', aspiration: 'Speak' } }], active_goal: 'g1' },
};
const WHY = 'What do you want in the long run?';
const SHARE = readFileSync(new URL('../fixtures/share_v1_typical.txt', import.meta.url), 'utf8').trim();

/** Polls `ok` (a test-side condition) every 50 ms, for at most 10 s. */
async function until(page, ok, what) {
  for (let i = 0; i < 200; i++) {
    if (await ok()) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Holds every request matching `re` until `release()` (then they are served as usual). */
async function hold(page, re) {
  const held = [];
  let open = false;
  await page.route(re, (route) => (open ? route.continue() : held.push(route)));
  return {
    count: () => held.length,
    release: async () => { open = true; for (const r of held.splice(0)) await r.continue(); },
  };
}

test('a first visit shows its page and takes input without the codec; it arrives when idle', { skip }, async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone, { serviceWorkers: 'block' });
  const codec = await hold(page, CODEC);
  const app = new App(page, env.base);
  await app.open('/');
  assert.equal(await page.locator('#shell').count(), 0, 'the app mounted');
  // Once the page is on screen and the browser idle, the codec is asked for (held here),
  // without any input; the app goes on meanwhile.
  await until(page, () => codec.count() >= 1, 'the codec request');
  await app.go('Goal');
  await page.getByTestId('page-goal').waitFor();
  await codec.release();
  const wizard = new GoalWizard(page, env.base);
  await wizard.startFromScratch();
  await wizard.fill(WHY, 'Lead a team');
  await page.waitForFunction(() => (localStorage.getItem('trellis.state') ?? '').includes('Lead a team'));
  assert.equal(await page.getByTestId('save-banner').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an edit made before the codec can be downloaded is not called saved; it is saved once the codec arrives', { skip }, async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone, { serviceWorkers: 'block' });
  let refused = 0;
  await page.route(CODEC, (r) => { refused++; r.fulfill({ status: 404, body: 'gone' }); });
  const wizard = new GoalWizard(page, env.base);
  await wizard.open('/goal');
  await wizard.startFromScratch();
  await wizard.fill(WHY, 'Lead a team');
  const banner = page.getByTestId('save-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /Not saved yet: the part of Trellis that saves is still loading\. Your changes are kept in this tab/);
  const bar = page.locator('#chunk-error');
  await bar.waitFor();
  assert.ok(refused >= 3, `retried: ${refused} requests`);
  assert.equal(await page.evaluate(() => localStorage.getItem('trellis.state')), null, 'nothing written without the codec');
  assert.deepEqual(await axeViolations(page), []);
  // The page still reacts meanwhile.
  await wizard.fill(WHY, 'Lead a team of five');
  await page.unroute(CODEC);
  await bar.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => (localStorage.getItem('trellis.state') ?? '').includes('Lead a team of five'));
  await banner.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByTestId('page-goal').waitFor();
  assert.equal(await page.getByLabel(WHY, { exact: true }).inputValue(), 'Lead a team of five');
  assert.deepEqual(errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
  await context.close();
});

test('with something stored the app waits for the codec, fetched beside the main wasm, then shows the stored plan', { skip }, async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone, { serviceWorkers: 'block' });
  await page.goto(env.base + '/404.html');
  await page.evaluate((v) => localStorage.setItem('trellis.state', v), JSON.stringify(SEED));
  // Both held: the codec's request starts while the main wasm has not arrived (web/boot.js).
  const main = await hold(page, /\/trellis-[0-9a-f]{16}_bg\.wasm$/);
  const codec = await hold(page, CODEC);
  await page.goto(env.base + '/goal', { waitUntil: 'commit' });
  await until(page, () => main.count() && codec.count(), 'both requests');
  assert.equal(main.count(), 1, 'the main wasm was asked for');
  assert.equal(codec.count(), 1, 'the codec was asked for beside it');
  await main.release();
  // The main wasm alone does not mount the app: the shell's loading state stays.
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#shell').count(), 1, 'still the shell');
  assert.ok(await page.getByText('Loading Trellis…').first().isVisible(), 'its loading line shows');
  await codec.release();
  await page.getByTestId('page-goal').waitFor();
  assert.equal(await page.getByLabel(WHY, { exact: true }).inputValue(), 'Speak');
  assert.deepEqual(errors, []);
  await context.close();
});

test('another tab saves before this tab has the codec: it is read when the codec arrives', { skip }, async () => {
  const { context, page: b, errors } = await newPage(env, VIEWPORTS.phone, { serviceWorkers: 'block' });
  const codec = await hold(b, CODEC);
  const app = new App(b, env.base);
  await app.open('/goal');
  await b.getByTestId('start-scratch').waitFor();
  // Tab A (same browser) writes a plan while B still waits for its codec.
  const a = await context.newPage();
  await a.goto(env.base + '/404.html');
  await a.evaluate((v) => localStorage.setItem('trellis.state', v), JSON.stringify(SEED));
  await b.waitForTimeout(300);
  assert.equal(await b.getByTestId('start-scratch').count(), 1, 'B cannot read it yet');
  await codec.release();
  await b.getByLabel(WHY, { exact: true }).waitFor();
  assert.equal(await b.getByLabel(WHY, { exact: true }).inputValue(), 'Speak');
  // B builds on it: its edit keeps A's statement.
  await b.getByLabel(WHY, { exact: true }).fill('Speak at conferences');
  await b.waitForFunction(() => (localStorage.getItem('trellis.state') ?? '').includes('Speak at conferences'));
  const s = await b.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));
  assert.equal(s.data.goals.length, 1);
  assert.equal(s.data.goals[0].draft.statement, 'Give 3 talks');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a save the user asked for before the codec arrived reports its outcome once it has: "Saved", not "Not saved"', { skip }, async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone, { serviceWorkers: 'block' });
  const codec = await hold(page, CODEC);
  await page.goto(`${env.base}/shared#${SHARE}`);
  await page.getByTestId('shared-plan').waitFor();
  await page.getByTestId('shared-save-mentor').click();
  await page.waitForTimeout(300);
  const status = page.getByTestId('shared-status');
  assert.doesNotMatch((await status.count()) ? await status.innerText() : '', /Not saved/, 'no failure claimed for a save that waits');
  assert.equal(await page.evaluate(() => localStorage.getItem('trellis.state')), null);
  await codec.release();
  await status.filter({ hasText: 'Saved to Plans I mentor' }).waitFor();
  const s = await page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));
  assert.equal(s.data.mentoring.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});
