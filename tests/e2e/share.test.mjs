// Share a plan as a link, open it on a device that never saw Trellis, refuse broken and
// hostile links without touching local data, and round-trip a backup through the Data page.
// Phone viewport first, plus the desktop one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { SharePage, SharedPlanPage, BackupImport } from './pages.mjs';

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function clean(page, viewport = VIEWPORTS.phone) {
  assert.deepEqual(await axeViolations(page), []);
  if (viewport.width <= 375) assert.equal(await horizontalOverflow(page), 0);
}

const STATEMENT = 'Give 3 talks at local meetups by June 30, 2027';

/** A goal with a mentor's agreement, a fortnightly schedule, four sessions (one held, one with
 * an edited agenda) and private notes that must never travel. */
function seedState(statement = STATEMENT) {
  const session = (date, status, extra = {}) => ({
    id: `s-${date.replaceAll('-', '')}`, date, local_time: '18:30:00', minutes: 60, status,
    moved: false, original_date: date, agenda: null, notes: '', action_items: [], feedback: null, fit: null,
    ...extra,
  });
  return {
    version: 1,
    saved_at: '2026-11-22T08:00:00.000Z',
    data: {
      goals: [{
        id: 'g1',
        draft: {
          aspiration: 'Become a confident conference speaker', category: 'skill', statement,
          metric: 'talks given', baseline: '0', target: '3', unit: 'talks', deadline: '2027-06-30', weekly_hours: '3',
          focus_skills: ['public speaking', 'storytelling'],
          milestones: [
            { title: 'Outline the first talk', target: '2027-02-15', done: '' },
            { title: 'First talk', target: '2027-03-29', done: '' },
          ],
          long_term: false, template: null,
        },
        step: 4, shortlist: [], mentor: null,
        mentorship: {
          id: 'plan-g1',
          agreement: {
            goals_summary: 'Give 3 talks at local meetups', frequency: 'Every 2 weeks', format: 'video', session_minutes: 60,
            channel: 'Video call; messages by email', response_time: 'Within 2 working days',
            confidentiality: 'What we discuss stays between us.', boundaries: 'No weekend messages.',
            start: '2027-01-04', end: '2027-06-30', review_points: ['2027-03-29'],
            mentor_name: 'Ada Okafor', mentee_name: 'Sam Rivera',
          },
          rule: {
            cadence: { EveryNWeeks: 2 }, start: '2027-01-04', local_time: '18:30:00', minutes: 60,
            zone: 'Europe/London', end: { Count: 4 }, skips: [],
          },
          sessions: [
            session('2027-01-04', 'Held', { notes: 'PRIVATE NOTE', feedback: { rating: 5, sentence: 'PRIVATE FEEDBACK' } }),
            session('2027-01-18', 'Planned', { agenda: [{ text: 'Dry run of the first talk', done: false }, { text: 'Slides review', done: true }] }),
            session('2027-02-01', 'Planned'),
            session('2027-02-15', 'Planned'),
          ],
          wins: [], dismissed_warnings: [], next_action: 0,
        },
      }],
      active_goal: 'g1',
    },
  };
}

async function seed(page, base, state = seedState()) {
  await page.goto(base + '/data');
  await page.getByTestId('page-data').waitFor();
  await page.evaluate((s) => localStorage.setItem('trellis.state', JSON.stringify(s)), state);
}

const stored = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function makeLink(viewport, { statement, shot } = {}) {
  const { context, page, errors } = await newPage(env, viewport);
  await seed(page, env.base, seedState(statement));
  const share = new SharePage(page, env.base);
  await share.open('/');
  await share.openDialog();
  return { context, page, errors, share, shot };
}

for (const [name, viewport] of [['phone', VIEWPORTS.phone], ['desktop', VIEWPORTS.desktop]]) {
  test(`${name}: share a plan, leave a part out, open it on a fresh device and save a copy`, async () => {
    const { context, page, errors, share } = await makeLink(viewport);
    await clean(page, viewport);
    const preview = share.preview();
    assert.match(await preview.innerText(), /Private notes, feedback and action items are never shared/);
    assert.match(await preview.innerText(), /Ada Okafor/);
    assert.match(await preview.textContent(), /Dry run of the first talk/); // in a later, folded session

    // Leave the mentor's name out and add a first name: the preview follows.
    await share.leaveOut("Your mentor's name");
    await share.firstName('Sam');
    await page.waitForFunction(() => !document.querySelector('[data-testid="share-preview"]').innerText.includes('Ada Okafor'));
    assert.match(await preview.innerText(), /Sam/);
    const link = await share.link();
    assert.ok(link.startsWith(env.base + '/shared#v3.'), link);
    assert.equal(await share.length(), link.length);
    assert.ok(await share.qr().isVisible());
    assert.equal(await share.qr().getAttribute('aria-label'), 'QR code of the link to your plan');
    assert.match(await share.copy(), /Link copied|select and copy the link/);
    await clean(page, viewport);
    await page.screenshot({ path: `${SHOTS}/share-dialog-${viewport.width}.png`, fullPage: true });
    await share.page.getByTestId('share-dialog').screenshot({ path: `${SHOTS}/share-dialog-box-${viewport.width}.png` });
    // Sharing gave the goal an origin id that later shares keep.
    const origin = await page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')).data.goals[0].origin);
    assert.match(origin ?? '', /^g1-[0-9a-z]+$/);
    await share.close();
    assert.deepEqual(errors, []);
    await context.close();

    // A fresh browser: empty storage.
    const fresh = await newPage(env, viewport);
    const shared = new SharedPlanPage(fresh.page, env.base);
    await shared.openLink(link);
    assert.equal(await fresh.page.evaluate(() => localStorage.length), 0);
    assert.match(await shared.banner().innerText(), /shared this mentoring plan with you\. It lives only in this link\./);
    assert.match(await shared.banner().innerText(), /Sam/);
    // The whole plan is on the page; later sessions and the agreement are folded (<details>).
    const text = await shared.plan().textContent();
    assert.match(text, new RegExp(STATEMENT));
    assert.match(text, /talks given: 0 → 3 talks/);
    assert.match(text, /Outline the first talk/);
    assert.match(text, /Every 2 weeks/);
    assert.match(text, /Dry run of the first talk/);
    assert.equal(await fresh.page.getByTestId('shared-session').count(), 4);
    assert.doesNotMatch(text, /Ada Okafor|PRIVATE|Rivera/);
    await clean(fresh.page, viewport);
    await fresh.page.screenshot({ path: `${SHOTS}/shared-${viewport.width}.png`, fullPage: true });

    // Save a copy: it lands in this browser's storage.
    await shared.saveCopy();
    await shared.status().filter({ hasText: 'Saved' }).waitFor();
    let state = await fresh.page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));
    assert.equal(state.data.goals.length, 1);
    assert.equal(state.data.goals[0].draft.statement, STATEMENT);
    assert.equal(state.data.goals[0].origin, origin);
    assert.equal(state.data.goals[0].mentorship.sessions.length, 4);
    assert.ok(!JSON.stringify(state).includes('PRIVATE'));

    // Saving the same plan again asks first; "Replace the local copy" keeps one goal.
    await shared.saveCopy();
    await fresh.page.getByTestId('save-choice').waitFor();
    await clean(fresh.page, viewport);
    await fresh.page.getByTestId('save-replace').click();
    await shared.status().filter({ hasText: 'Saved' }).waitFor();
    state = await fresh.page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));
    assert.equal(state.data.goals.length, 1);
    // "Keep both" adds a second goal and leaves the first alone.
    await shared.saveCopy();
    await fresh.page.getByTestId('save-keep-both').click();
    await fresh.page.waitForFunction(() => JSON.parse(localStorage.getItem('trellis.state')).data.goals.length === 2);
    state = await fresh.page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));
    assert.deepEqual(state.data.goals.map((g) => g.id), ['g1', 'g2']);
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();
  });
}

test('broken links: five clear messages, local data untouched; hostile text stays text', async () => {
  // A real link, and one whose goal statement carries markup.
  const good = await makeLink(VIEWPORTS.phone);
  const link = await good.share.link();
  await good.context.close();
  const hostileText = 'Give 3 talks <img src=x onerror=alert(1)> by June 30, 2027';
  const bad = await makeLink(VIEWPORTS.phone, { statement: hostileText });
  const hostile = await bad.share.link();
  assert.deepEqual(bad.errors, []);
  await bad.context.close();

  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  // This device already has a plan of its own.
  await seed(page, env.base, seedState('Lead 2 design reviews by May 31, 2027'));
  const shared = new SharedPlanPage(page, env.base);
  await shared.open('/');
  const before = await stored(page);

  const fragment = link.split('#')[1];
  const mid = Math.floor(fragment.length / 2);
  const flip = fragment[mid] === 'A' ? 'B' : 'A';
  const bomb = 'v1.' + deflateRawSync(Buffer.alloc(2_000_000)).toString('base64url');
  const cases = [
    ['truncated', fragment.slice(0, mid), /cut short or damaged|damaged/],
    ['edited', fragment.slice(0, mid) + flip + fragment.slice(mid + 1), /damaged|not valid/],
    ['future', 'v9.abc', /newer Trellis \(v9\)/],
    ['bomb', bomb, /unpacks to more than 64 KiB/],
    ['oversized', 'v1.' + 'A'.repeat(20_000), /too long to be a plan/],
  ];
  for (const [name, frag, message] of cases) {
    await shared.openLink(`${env.base}/shared#${frag}`);
    const box = shared.error();
    await box.waitFor();
    assert.equal(await box.getAttribute('role'), 'alert', name);
    const text = await box.innerText();
    assert.match(text, message, `${name}: ${text}`);
    assert.match(text, /Nothing on this device was changed/, name);
    assert.ok(await page.getByRole('link', { name: 'Go to Trellis home' }).isVisible(), name);
    await clean(page);
    if (name === 'edited') await page.screenshot({ path: `${SHOTS}/shared-error-375.png`, fullPage: true });
    await page.waitForTimeout(400); // longer than the save debounce: a write would have landed
    assert.equal(await stored(page), before, `${name} changed local data`);
  }

  // The hash can change while the page is open.
  await shared.openLink(link);
  await shared.plan().waitFor();
  await page.evaluate(() => { location.hash = 'v9.abc'; });
  await shared.error().filter({ hasText: 'newer Trellis' }).waitFor();
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await shared.plan().waitFor();

  // A hostile plan: shown, with its markup as literal text.
  await shared.openLink(hostile);
  await shared.plan().waitFor();
  assert.match(await page.getByTestId('goal-summary').textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('main img').count(), 0);
  await clean(page);
  await page.waitForTimeout(400);
  assert.equal(await stored(page), before);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('backup: export, import into a fresh browser and merge; replace asks first; a damaged file says where', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.desktop);
  await seed(page, env.base);
  const data = new BackupImport(page, env.base);
  await data.open('/data');
  const download = await data.exportJson();
  const file = readFileSync(await download.path(), 'utf8');
  assert.match(file, /"kind": "trellis-backup"/);
  // Importing it back here changes nothing.
  await data.importFile('trellis-backup.json', file);
  assert.match(await data.preview().innerText(), /Unchanged \(1\)/);
  assert.ok(await page.getByTestId('import-merge').isDisabled());
  assert.deepEqual(errors, []);
  await context.close();

  // A fresh browser with a goal of its own: merge keeps it and adds the backup's.
  const fresh = await newPage(env, VIEWPORTS.phone);
  const other = seedState('Lead 2 design reviews by May 31, 2027');
  other.data.goals[0].id = 'g7';
  other.data.active_goal = 'g7';
  await seed(fresh.page, env.base, other);
  const imp = new BackupImport(fresh.page, env.base);
  await imp.open('/data');
  await imp.importFile('trellis-backup.json', file);
  const preview = await imp.preview().innerText();
  assert.match(preview, /1 goal, 4 sessions/);
  assert.match(preview, /New \(1\)[\s\S]*Give 3 talks at local meetups/);
  assert.match(preview, /Only on this device \(1\)[\s\S]*Lead 2 design reviews/);
  await clean(fresh.page);
  await fresh.page.screenshot({ path: `${SHOTS}/import-preview-375.png`, fullPage: true });
  await fresh.page.getByTestId('import-merge').click();
  await imp.importStatus().filter({ hasText: 'Merged' }).waitFor();
  let state = await fresh.page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));
  assert.deepEqual(state.data.goals.map((g) => g.draft.statement).sort(), [STATEMENT, 'Lead 2 design reviews by May 31, 2027'].sort());

  // Replace drops the local-only goal, so it asks first.
  await imp.importFile('trellis-backup.json', file);
  await fresh.page.getByTestId('import-replace').click();
  await fresh.page.getByTestId('replace-confirm').waitFor();
  assert.match(await fresh.page.getByTestId('replace-confirm').innerText(), /1 goal on this device will be removed/);
  await clean(fresh.page);
  await fresh.page.getByTestId('import-replace-confirm').click();
  await imp.importStatus().filter({ hasText: 'Replaced' }).waitFor();
  state = await fresh.page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));
  assert.deepEqual(state.data.goals.map((g) => g.draft.statement), [STATEMENT]);

  // A damaged file: the message says where, nothing changes.
  await fresh.page.waitForTimeout(400); // let the debounced save of the replace land first
  const before = await stored(fresh.page);
  await imp.importFile('broken.json', '{\n  "kind": "trellis-backup",\n  "version": 1,\n  "data": { "goals": [ }\n}\n');
  const err = await imp.error().innerText();
  assert.match(err, /line 4, column \d+/);
  assert.equal(await imp.error().getAttribute('role'), 'alert');
  await clean(fresh.page);
  await fresh.page.screenshot({ path: `${SHOTS}/import-error-375.png`, fullPage: true });
  await fresh.page.waitForTimeout(400);
  assert.equal(await stored(fresh.page), before);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});

/** Where the first and last characters of the banner's own sentence are drawn, and where the
 * isolated name ends: the sentence reads left to right after the name only if the name's
 * direction did not leak into it. */
async function bannerLayout(page) {
  return page.evaluate(() => {
    const banner = document.querySelector('[data-testid="shared-banner"]');
    const walker = document.createTreeWalker(banner, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && !node.textContent.includes('shared this mentoring plan')) {}
    const at = (i) => {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getBoundingClientRect().left;
    };
    const t = node.textContent;
    const name = banner.querySelector('bdi');
    return {
      first: at(t.indexOf('shared')),
      last: at(t.lastIndexOf('.')),
      nameRight: name?.getBoundingClientRect().right,
      name: name?.textContent,
    };
  });
}

test('a right-to-left override in the mentee name cannot reverse the banner sentence', async () => {
  const { context, page, share } = await makeLink(VIEWPORTS.desktop);
  const name = '\u202Eevil';
  await share.firstName(name);
  await page.waitForFunction(() => document.querySelector('[data-testid="share-preview"]').innerText.includes('evil'));
  const link = await share.link();
  await context.close();

  const fresh = await newPage(env, VIEWPORTS.desktop);
  const shared = new SharedPlanPage(fresh.page, env.base);
  await shared.openLink(link);
  const layout = await bannerLayout(fresh.page);
  assert.equal(layout.name, name, 'the name is isolated in a <bdi>');
  assert.ok(layout.first < layout.last, `the sentence reads left to right: ${JSON.stringify(layout)}`);
  assert.ok(layout.first >= layout.nameRight - 1, `the sentence follows the name: ${JSON.stringify(layout)}`);
  assert.match(await shared.banner().innerText(), /shared this mentoring plan with you\. It lives only in this link\./);
  assert.deepEqual(await axeViolations(fresh.page), []);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});
