// Reply by link: the mentee shares, the mentor (a fresh browser) saves the plan as its mentor,
// writes a reply (agenda, action items, time, note) and sends a reply link; the mentee opens it,
// applies part of it and keeps everything else. A malformed reply, or one for a plan that is not
// on the device, says why and leaves storage unchanged. axe-clean in every state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { SharePage, SharedPlanPage } from './pages.mjs';

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function clean(page, viewport = VIEWPORTS.phone) {
  assert.deepEqual(await axeViolations(page), []);
  if (viewport.width <= 375) assert.equal(await horizontalOverflow(page), 0);
}

/** Screenshots of the current state at 375 and 1280 px, axe-clean at both. */
async function shots(page, name) {
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
    await page.setViewportSize(viewport);
    await clean(page, viewport);
    await page.screenshot({ path: `${SHOTS}/${name}-${viewport.width}.png`, fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.phone);
}

/** The mentee's plan: four fortnightly sessions in 2027 (the first held, with private notes
 * and an open action item; the second with an edited agenda stored before lines had ids). */
function seedState() {
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
          aspiration: 'Become a confident conference speaker', category: 'skill',
          statement: 'Give 3 talks at local meetups by June 30, 2027',
          metric: 'talks given', baseline: '0', target: '3', unit: 'talks', deadline: '2027-06-30', weekly_hours: '3',
          focus_skills: ['public speaking'],
          milestones: [{ title: 'Outline the first talk', target: '2027-02-15', done: '' }],
          long_term: false, template: null,
        },
        step: 4, shortlist: [], mentor: null,
        mentorship: {
          id: 'plan-g1', agreement: null,
          rule: {
            cadence: { EveryNWeeks: 2 }, start: '2027-01-04', local_time: '18:30:00', minutes: 60,
            zone: 'Europe/London', end: { Count: 4 }, skips: [],
          },
          sessions: [
            session('2027-01-04', 'Held', {
              notes: 'PRIVATE NOTE', feedback: { rating: 5, sentence: 'PRIVATE FEEDBACK' },
              action_items: [{ id: 'a-1', text: 'Pick the meetup', owner: 'Mentee', due: null, done: false }],
            }),
            session('2027-01-18', 'Planned', {
              agenda: [{ text: 'Dry run of the first talk', done: false }, { text: 'Slides review', done: false }],
            }),
            session('2027-02-01', 'Planned'),
            session('2027-02-15', 'Planned'),
          ],
          wins: [], dismissed_warnings: [], next_action: 1,
        },
      }],
      active_goal: 'g1',
    },
  };
}

const stored = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const state = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));

/** The unpacked bytes of a reply link, as text (postcard keeps strings as UTF-8). */
const replyText = (link) =>
  inflateRawSync(Buffer.from(link.split('#r1.')[1], 'base64url')).toString('utf8');

test('mentee shares, mentor replies, mentee applies part of it and keeps the rest', async () => {
  // The mentee shares their plan.
  const mentee = await newPage(env, VIEWPORTS.phone);
  await mentee.page.goto(env.base + '/data');
  await mentee.page.getByTestId('page-data').waitFor();
  await mentee.page.evaluate((s) => localStorage.setItem('trellis.state', JSON.stringify(s)), seedState());
  const share = new SharePage(mentee.page, env.base);
  await share.open('/');
  await share.openDialog();
  await share.firstName('Sam');
  await mentee.page.waitForFunction(() => document.querySelector('[data-testid="share-preview"]').innerText.includes('Sam'));
  const planLink = await share.link();
  assert.ok(planLink.startsWith(env.base + '/shared#v3.'), planLink);
  await share.close();

  // The mentor opens it in a fresh browser and saves it as its mentor.
  const mentor = await newPage(env, VIEWPORTS.phone, { timezoneId: 'America/New_York' });
  const shared = new SharedPlanPage(mentor.page, env.base);
  await shared.openLink(planLink);
  await mentor.page.getByTestId('shared-save-mentor').click();
  await shared.status().filter({ hasText: 'Saved to Plans I mentor' }).waitFor();
  await mentor.page.goto(env.base + '/');
  const card = mentor.page.getByTestId('mentored-plan');
  await card.waitFor();
  await card.getByTestId('mentored-notes').fill('PRIVATE MENTOR NOTE');
  const editor = card.getByTestId('reply-editor');
  await editor.locator('summary').click();
  assert.match(await editor.locator('summary').innerText(), /Reply to Sam/);
  // The next session's agenda is the mentee's edited one: change a line, remove one, add one.
  const lines = editor.getByTestId('reply-line');
  assert.equal(await lines.count(), 2);
  assert.equal(await lines.nth(0).inputValue(), 'Dry run of the first talk');
  await lines.nth(0).fill('Dry run of the first talk, timed');
  await lines.nth(0).blur();
  await editor.getByTestId('reply-line-remove').nth(1).click();
  await editor.getByTestId('reply-new-line').fill('Pick a date for the second talk');
  await editor.getByTestId('reply-add-line').click();
  assert.equal(await lines.count(), 2);
  // Action items: one for the mentor, and the mentee's open one marked done.
  await editor.getByTestId('reply-new-action').fill('Send two example talks');
  await editor.getByTestId('reply-new-owner').selectOption('mentor');
  // A due date in the past is refused with a message; a later one is taken.
  await editor.getByTestId('reply-new-due').fill('2020-01-01');
  await editor.getByTestId('reply-add-action').click();
  await editor.getByTestId('reply-action-error').filter({ hasText: 'The due date is before today' }).waitFor();
  assert.equal(await editor.getByTestId('reply-new-due').getAttribute('aria-invalid'), 'true');
  await clean(mentor.page);
  await editor.getByTestId('reply-new-due').fill('2027-01-25');
  await editor.getByTestId('reply-add-action').click();
  await editor.getByTestId('reply-actions').filter({ hasText: 'Send two example talks (you, due 25 January 2027)' }).waitFor();
  assert.equal(await editor.getByTestId('reply-action-error').innerText(), '');
  await editor.getByLabel(/Done: Pick the meetup/).check();
  await editor.getByTestId('reply-time-confirm').check();
  await editor.getByTestId('reply-note').fill('Great start — bring the outline.');
  await editor.getByTestId('reply-note').blur();
  await shots(mentor.page, 'reply-editor');
  await editor.getByTestId('reply-send').click();
  await editor.getByTestId('reply-sent').waitFor();
  const replyLink = await editor.getByTestId('reply-link').inputValue();
  assert.ok(replyLink.startsWith(env.base + '/shared#r1.'), replyLink);
  console.log(`reply link from the e2e flow: ${replyLink.length - (env.base + '/shared#').length} chars`);
  const carried = replyText(replyLink);
  assert.ok(carried.includes('Great start'), 'the note travels');
  assert.ok(!carried.includes('PRIVATE'), "the mentor's notes never travel");
  const mentorState = await state(mentor.page);
  assert.equal(mentorState.data.mentoring[0].reply.sent, 1);
  assert.equal(mentorState.data.goals.length, 0);
  await shots(mentor.page, 'reply-sent');

  // The mentee opens the reply: every change listed, each with a checkbox.
  const before = await state(mentee.page);
  const storedBefore = await stored(mentee.page);
  await mentee.page.goto(replyLink);
  const changes = mentee.page.getByTestId('reply-change');
  await mentee.page.getByTestId('reply-changes').waitFor();
  const texts = await changes.allInnerTexts();
  assert.equal(texts.length, 7, texts.join('\n'));
  assert.match(texts[0], /Change “Dry run of the first talk” to “Dry run of the first talk, timed”/);
  assert.match(texts.join('\n'), /Add to the agenda: “Pick a date for the second talk”/);
  assert.match(texts.join('\n'), /Remove from the agenda: “Slides review”/);
  assert.match(texts.join('\n'), /New action item for your mentor: “Send two example talks”, due 25 January 2027/);
  assert.match(texts.join('\n'), /Mark done: “Pick the meetup”/);
  assert.match(texts.join('\n'), /Your mentor confirms the session on 18 January 2027 at 18:30/);
  assert.match(texts.join('\n'), /Note from your mentor: “Great start — bring the outline.”/);
  assert.equal(await stored(mentee.page), storedBefore, 'opening a reply writes nothing');
  await shots(mentee.page, 'reply-view');
  // Keep "Slides review": untick its removal; apply the rest.
  await changes.filter({ hasText: 'Remove from the agenda' }).getByTestId('reply-change-check').uncheck();
  await mentee.page.getByTestId('reply-apply').click();
  await mentee.page.getByTestId('reply-applied').waitFor();
  const after1 = await state(mentee.page);
  const m = after1.data.goals[0].mentorship;
  const s2 = m.sessions.find((s) => s.id === 's-20270118');
  assert.deepEqual(s2.agenda.map((i) => i.text),
    ['Dry run of the first talk, timed', 'Slides review', 'Pick a date for the second talk']);
  assert.equal(s2.time_agreed, true);
  assert.ok(s2.action_items.some((a) => a.text === 'Send two example talks' && a.owner === 'Mentor' && a.due === '2027-01-25'));
  const s1 = m.sessions.find((s) => s.id === 's-20270104');
  assert.equal(s1.action_items[0].done, true);
  assert.equal(s1.notes, 'PRIVATE NOTE');
  assert.equal(s1.feedback.sentence, 'PRIVATE FEEDBACK');
  assert.equal(m.mentor_notes[0].text, 'Great start — bring the outline.');
  assert.equal(after1.data.goals[0].draft.statement, before.data.goals[0].draft.statement);
  await shots(mentee.page, 'reply-applied');

  // Opening it again: what was applied shows as already in the plan; applying again is harmless.
  await mentee.page.reload();
  await mentee.page.getByTestId('reply-changes').waitFor();
  assert.equal(await mentee.page.getByTestId('reply-change-status').filter({ hasText: 'Already in your plan.' }).count(), 6);
  await changes.filter({ hasText: 'Remove from the agenda' }).getByTestId('reply-change-check').uncheck();
  await mentee.page.getByTestId('reply-apply').click();
  await mentee.page.getByTestId('reply-apply-error').filter({ hasText: 'Tick at least one change' }).waitFor();
  assert.deepEqual((await state(mentee.page)).data.goals, after1.data.goals);
  await clean(mentee.page);

  // The same path back: the mentee's updated plan link updates the mentor's copy.
  await share.open('/');
  await share.openDialog();
  const updated = await share.link();
  assert.notEqual(updated, planLink);
  await shared.openLink(updated);
  await mentor.page.getByTestId('shared-save-mentor').click();
  await shared.status().filter({ hasText: 'newer link' }).waitFor();
  const copy = (await state(mentor.page)).data.mentoring;
  assert.equal(copy.length, 1);
  assert.equal(copy[0].notes, 'PRIVATE MENTOR NOTE');
  assert.equal(copy[0].link, updated.split('#')[1]);

  for (const p of [mentee, mentor]) {
    assert.deepEqual(p.errors, []);
    await p.context.close();
  }
});

test('a malformed reply link, or one for a plan not on this device, changes nothing', async () => {
  const { page, context, errors } = await newPage(env, VIEWPORTS.phone);
  await page.goto(env.base + '/data');
  await page.getByTestId('page-data').waitFor();
  await page.evaluate((s) => localStorage.setItem('trellis.state', JSON.stringify(s)), seedState());
  await page.goto(env.base + '/');
  await page.getByTestId('share-open').waitFor();
  const before = await stored(page);
  for (const [fragment, message] of [
    ['r1.AAAA', /cut short or damaged/],
    ['r1.@@@', /characters a reply link never has/],
    ['r7.AAAA', /newer Trellis \(r7\)/],
    ['r1.' + 'A'.repeat(9000), /too long to be a reply/],
  ]) {
    await page.goto(`${env.base}/shared#${fragment}`);
    // (a change of the fragment alone re-renders in place: wait for this link's message)
    await page.getByTestId('reply-error-message').filter({ hasText: message }).waitFor();
    assert.match(await page.getByTestId('reply-error').innerText(), /Nothing on this device was changed/);
    assert.equal(await stored(page), before);
  }
  await shots(page, 'reply-malformed');
  // A well-formed reply for a plan this device does not hold (no origin matches).
  // r1 reply {origin "g9-none", seq 1, session "s-20270118", [Note "hi"]}, packed by hand.
  const bytes = Buffer.concat([
    Buffer.from([7]), Buffer.from('g9-none'), Buffer.from([1, 10]), Buffer.from('s-20270118'),
    Buffer.from([1, 6, 2]), Buffer.from('hi'),
  ]);
  const { deflateRawSync } = await import('node:zlib');
  await page.goto(`${env.base}/shared#r1.${deflateRawSync(bytes).toString('base64url')}`);
  await page.getByTestId('reply-error-message').filter({ hasText: /not on this device/ }).waitFor();
  assert.equal(await stored(page), before);
  await clean(page);
  assert.deepEqual(errors, []);
  await context.close();
});
