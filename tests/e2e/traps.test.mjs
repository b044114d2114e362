// No trap reaches the user as a frozen page (issue 12, failures 5 and 6's decoders):
// * a backup holding sessions dated at the edge of time (+262142-12-31, -262143-01-01) is
//   refused on the Data page with a message naming the dates, nothing changes, and
//   "Regenerate schedule" afterwards works and is really saved;
// * the same data put straight into storage is set aside with its reason, the app starts;
// * a trap forced inside the wasm (a RuntimeError thrown from a function the wasm imports,
//   exactly what a trap or a panic looks like to the page) shows the last-resort dialog with
//   Reload and Download a backup, focus on it, and storage stays byte for byte as it was, even
//   after more input, the debounced save and the pagehide flush.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { SessionsPage, BackupImport } from './pages.mjs';

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const ZONE = 'Europe/London';

function isoIn(days) {
  const base = new Date();
  base.setUTCHours(12, 0, 0, 0);
  base.setUTCDate(base.getUTCDate() + days);
  return base.toISOString().slice(0, 10);
}

const MENTOR = {
  id: 'm-alex', name: 'Alex Rivera', headline: 'Conference speaker coach', industry: 'Software',
  stage: 'senior', years_experience: 12, country: 'US', city: 'New York', time_zone: 'America/New_York',
  languages: ['English'], forms: ['one_to_one'], formats: ['video'], availability: [], capacity: 2,
  style: 'coaching', skills: ['public speaking'], interests: [], bio: '', price_per_month: null,
};

function seedState() {
  return {
    goals: [{
      id: 'g1',
      step: 4,
      draft: {
        aspiration: 'Become a confident speaker', category: 'skill',
        statement: 'Give 3 talks at local meetups within 8 months', metric: 'talks given',
        baseline: '0', target: '3', unit: 'talks', deadline: isoIn(240), weekly_hours: '3',
        focus_skills: ['public speaking'],
        milestones: [{ title: 'First talk accepted', target: isoIn(60), done: '' }],
        long_term: false, template: null,
      },
      shortlist: [], mentor: MENTOR, mentorship: null,
    }],
    active_goal: 'g1',
  };
}

/** Every key and value in localStorage, for byte-for-byte comparisons. */
async function storage(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      out[k] = localStorage.getItem(k);
    }
    return out;
  });
}

async function openSchedule(page, base) {
  const s = new SessionsPage(page, base);
  await s.open('/sessions');
  await s.section('Schedule');
  return s;
}

test('a backup with sessions at the edge of time is refused by name; Regenerate works and is saved', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const s = new SessionsPage(page, env.base);
  await s.seed(seedState());
  await openSchedule(page, env.base);
  await page.getByLabel('Your time zone').fill(ZONE);
  await page.getByTestId('generate').click();
  const first = await page.getByTestId('schedule-status').innerText();
  assert.match(first, /^\d+ sessions planned/);
  assert.doesNotMatch(first, /NOT save/);
  await page.waitForTimeout(400);
  const good = await storage(page);
  const env1 = JSON.parse(good['trellis.state']);
  assert.ok(env1.data.goals[0].mentorship.sessions.length >= 3);

  // The bad backup: the same plan with two sessions moved to chrono's first and last days.
  const bad = structuredClone(env1);
  bad.kind = 'trellis-backup';
  bad.version = 1; // a backup file is format 1 (the stored envelope is version 2)
  bad.data.goals[0].mentorship.sessions[1].date = '+262142-12-31';
  bad.data.goals[0].mentorship.sessions[2].original_date = '-262143-01-01';
  const b = new BackupImport(page, env.base);
  await b.open('/data');
  await b.importFile('edge-of-time.json', JSON.stringify(bad, null, 2));
  const msg = await b.error().innerText();
  assert.match(msg, /This backup holds values Trellis cannot use/);
  assert.match(msg, /goal 1, session 2's date \+262142-12-31 is not between 1900-01-01 and 2200-12-31/);
  assert.match(msg, /goal 1, session 3's original date -262143-01-01 is not between 1900-01-01 and 2200-12-31/);
  assert.match(msg, /Nothing was changed/);
  assert.equal(await b.preview().count(), 0);
  assert.deepEqual(await storage(page), good, 'storage untouched by the refused import');
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await horizontalOverflow(page), 0);
  await page.screenshot({ path: `${SHOTS}/traps-375-refused.png`, fullPage: true });

  // The caps are stated where backups come in.
  assert.match(await page.getByTestId('import-caps').innerText(), /at most 200 goals, 24 milestones per goal, 500 sessions per plan and a roster of 20,000 mentors/);

  // Regenerate on the plan: no trap, and "saved" means saved.
  await openSchedule(page, env.base);
  await page.getByLabel('Length (minutes)').fill('45');
  await page.getByTestId('generate').click();
  const status = await page.getByTestId('schedule-status').innerText();
  assert.match(status, /sessions/);
  assert.doesNotMatch(status, /NOT save/);
  const after = JSON.parse((await storage(page))['trellis.state']);
  assert.equal(after.data.goals[0].mentorship.rule.minutes, 45, 'the regenerated rule is in storage');
  assert.equal(await page.getByTestId('trap').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same data already in storage is set aside with its reason; the app starts', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const state = seedState();
  state.goals[0].mentorship = {
    id: 'plan-g1', agreement: null,
    rule: { cadence: { EveryNWeeks: 2 }, start: isoIn(7), local_time: '18:30:00', minutes: 60, zone: ZONE, end: { Count: 2 }, skips: [] },
    sessions: [
      { id: 's-1', date: '+262142-12-31', local_time: '18:30:00', minutes: 60, status: 'Planned', moved: false, original_date: isoIn(7), agenda: null, notes: '', action_items: [], feedback: null, fit: null },
    ],
    wins: [], dismissed_warnings: [], next_action: 0,
  };
  const raw = JSON.stringify({ version: 1, saved_at: 'x', data: state });
  await page.addInitScript((r) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('trellis.state', r);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
  const s = new SessionsPage(page, env.base);
  await s.open('/sessions');
  const notice = await page.locator('main').innerText();
  assert.match(notice + (await page.locator('body').innerText()), /session 1's date \+262142-12-31 is not between 1900-01-01 and 2200-12-31/);
  const kept = await storage(page);
  assert.ok(Object.values(kept).includes(raw), 'the unreadable value is kept as it was');
  assert.equal(await page.getByTestId('trap').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Makes the next call of Date.prototype.toISOString (the wasm's clock read before every save)
 * throw a WebAssembly.RuntimeError, as a trap would, once `window.__trapNext` is set. */
const TRAP_HOOK = () => {
  const real = Date.prototype.toISOString;
  Date.prototype.toISOString = function () {
    if (window.__trapNext) {
      window.__trapNext = false;
      throw new WebAssembly.RuntimeError('unreachable');
    }
    return real.call(this);
  };
};

for (const [label, viewport] of [['375', VIEWPORTS.phone], ['1280', VIEWPORTS.desktop]]) {
  test(`${label}: a trap shows the last-resort dialog and nothing more is written`, async () => {
    const { context, page, errors } = await newPage(env, viewport);
    await page.addInitScript(TRAP_HOOK);
    const s = new SessionsPage(page, env.base);
    const state = seedState();
    state.goals[0].step = 0;
    await s.seed(state);
    await s.open('/goal');
    const before = await storage(page);
    assert.ok(before['trellis.state']);

    // An edit whose save traps.
    await page.evaluate(() => { window.__trapNext = true; });
    const field = page.locator('main input[type="text"], main textarea').first();
    await field.fill('An edit the dead app must never write');
    const dialog = page.getByRole('alertdialog', { name: 'Trellis hit a problem — your data is saved in this browser' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Everything saved before the problem is still in this browser/);
    const reload = dialog.getByRole('button', { name: 'Reload' });
    const download = dialog.getByRole('button', { name: 'Download a backup' });
    assert.ok(await reload.isVisible());
    assert.ok(await download.isVisible());
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reload', 'focus moved to the dialog');
    assert.ok(await page.evaluate(() => document.querySelector('body > :not(.trap-overlay)').inert), 'the page behind is inert');
    assert.deepEqual(await axeViolations(page), []);
    if (viewport.width <= 375) assert.equal(await horizontalOverflow(page), 0);
    await page.screenshot({ path: `${SHOTS}/traps-${label}-dialog.png` });

    // The download is the raw stored value, which the Data page imports.
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    assert.match(file.suggestedFilename(), /^trellis-backup-\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(readFileSync(await file.path(), 'utf8'), before['trellis.state']);
    assert.match(await page.getByTestId('trap-status').innerText(), /Import it on the Data page/);

    // More clicks and input: on the page behind (inert), straight into the app's inputs
    // (bypassing inert), the debounced save, and the pagehide flush.
    await page.mouse.click(10, 10);
    await page.keyboard.press('Tab');
    await page.keyboard.type('abc'); // (no space: it would press the focused button)
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('main input[type="text"], main textarea')) {
        el.value = 'forced input';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await page.waitForTimeout(800);
    await page.evaluate(() => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    });
    assert.deepEqual(await storage(page), before, 'storage byte for byte as before the trap');
    assert.ok(errors.some((e) => /RuntimeError: unreachable/.test(e)), 'the trap was real to the page');

    // Reload brings back exactly what was saved.
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    assert.equal(await page.getByTestId('trap').count(), 0);
    assert.deepEqual(await storage(page), before);
    await context.close();
  });
}

test('broken characters (lone surrogates) typed into a field are replaced and the user is told', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const s = new SessionsPage(page, env.base);
  const state = seedState();
  state.goals[0].step = 0;
  await s.seed(state);
  await s.open('/goal');
  const field = page.locator('main .field input[type="text"], main .field textarea').first();
  await field.evaluate((el) => {
    el.value = 'Speak \uD800 well';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByTestId('replaced-chars').waitFor();
  assert.match(await page.getByTestId('replaced-chars').innerText(), /kept as “�”/);
  await page.waitForTimeout(500);
  assert.match((await storage(page))['trellis.state'], /Speak \uFFFD well/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
