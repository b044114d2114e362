// Micro-mentoring as a plan type: a mentee whose mentor offers only micro-mentoring starts on
// it, writes one question (every problem shown at once), saves one 25-minute session with an
// agenda built from the question, downloads its calendar file, shares it; the mentor opens the
// link in a fresh browser and reads the question first, saves it as its mentor and replies;
// the mentee applies the reply. The prompt says it is a one-off conversation. Switching to an
// ongoing plan and back keeps everything. axe-clean in every state; screenshots at 375 and
// 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

/** A sample mentor who offers micro-mentoring only (from the built-in directory). */
function microMentor() {
  const data = JSON.parse(readFileSync(new URL('../../data/mentors.json', import.meta.url), 'utf8'));
  const all = Array.isArray(data) ? data : data.mentors;
  const m = all.find((x) => x.forms.length === 1 && x.forms[0] === 'micro');
  assert.ok(m, 'a micro-only mentor in the sample directory');
  return m;
}

/** A finished goal with a micro-only mentor chosen, no mentorship yet. */
function seedState(mentor) {
  return {
    version: 2,
    saved_at: '2026-11-22T08:00:00.000Z',
    rev: 1,
    data: {
      goals: [{
        id: 'g1',
        draft: {
          aspiration: 'Grow my network in design', category: 'networking',
          statement: 'Meet 5 people in product design by March 31, 2027',
          metric: '', baseline: '', target: '', unit: '', deadline: '2027-03-31', weekly_hours: '2',
          focus_skills: [], milestones: [], long_term: false, template: null,
        },
        step: 4, shortlist: [], mentor, mentorship: null,
      }],
      active_goal: 'g1',
    },
  };
}

const state = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('trellis.state')));

test('a micro-mentoring plan: one question, one session, shared, read and answered by the mentor', async () => {
  const mentor = microMentor();
  const mentee = await newPage(env, VIEWPORTS.phone, { timezoneId: 'Europe/London' });
  const page = mentee.page;
  await page.goto(env.base + '/data');
  await page.getByTestId('page-data').waitFor();
  await page.evaluate((s) => localStorage.setItem('trellis.state', JSON.stringify(s)), seedState(mentor));

  // A micro-only mentor leads to the micro plan; the choice says why.
  await page.goto(env.base + '/sessions');
  await page.getByTestId('micro-form').waitFor();
  assert.equal(await page.getByTestId('plan-kind-micro').isChecked(), true);
  assert.match(await page.getByTestId('micro-only').innerText(), new RegExp(`${mentor.name} offers micro-mentoring only`));
  await shots(page, 'micro-new');

  // Every problem at once.
  await page.getByTestId('micro-minutes').fill('45');
  await page.getByTestId('micro-save').click();
  const errors = page.getByTestId('micro-errors');
  await errors.waitFor();
  const listed = await errors.locator('li').allInnerTexts();
  assert.deepEqual(listed, [
    'Write the one question you want to bring.',
    'A micro-mentoring session lasts 20 to 30 minutes.',
    'Write what you will do after the session, so the advice turns into a step.',
  ]);
  assert.equal(await page.getByTestId('micro-question').getAttribute('aria-invalid'), 'true');
  await shots(page, 'micro-errors');

  // Fill it in and save.
  await page.getByTestId('micro-question').fill('How do I start a conversation at a design meetup?');
  await page.getByTestId('micro-date').fill('2027-02-10');
  await page.getByTestId('micro-time').fill('18:30');
  await page.getByTestId('micro-minutes').fill('25');
  await page.getByTestId('micro-zone').fill('Europe/London');
  await page.getByTestId('micro-follow-up').fill('Go to one meetup and talk to two people');
  await page.getByTestId('micro-report-by').fill('2027-02-24');
  await page.getByTestId('micro-save').click();
  await page.getByTestId('micro-status').filter({ hasText: 'Saved: one micro-mentoring session' }).waitFor();
  const card = page.getByTestId('micro-session').getByTestId('session-card');
  await card.waitFor();
  const agenda = await card.locator('textarea.agenda-text').evaluateAll((els) => els.map((e) => e.value));
  assert.equal(agenda.length, 4, agenda.join('\n'));
  assert.equal(agenda[0], 'Context (5 min): where I am and what I have tried so far');
  assert.equal(agenda[1], 'The question (3 min): How do I start a conversation at a design meetup?');
  assert.match(agenda[3], /^Next step \(4 min\): Go to one meetup and talk to two people — I report back by 24 February 2027$/);
  let s = await state(page);
  const m = s.data.goals[0].mentorship;
  assert.equal(m.sessions.length, 1);
  assert.equal(m.sessions[0].minutes, 25);
  assert.equal(m.micro.question, 'How do I start a conversation at a design meetup?');
  assert.equal(m.micro.report_by, '2027-02-24');
  await shots(page, 'micro-saved');

  // The calendar file of the one session.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByTestId('download-session').click(),
  ]);
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '');
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 1);
  assert.match(ics, /SUMMARY:Micro-mentoring session with/);
  assert.match(ics, /DTSTART;TZID=Europe\/London:20270210T183000/);
  assert.match(ics, /DTEND;TZID=Europe\/London:20270210T185500/);
  assert.match(ics, /DESCRIPTION:Question: How do I start a conversation at a design meetup\?/);

  // A reload keeps it; switching to ongoing and back keeps the question and the session.
  await page.reload();
  await page.getByTestId('micro-session').waitFor();
  await page.getByTestId('plan-kind-ongoing').check();
  await page.getByRole('tab', { name: 'Schedule' }).waitFor();
  await page.getByTestId('plan-kind-micro').check();
  await page.getByTestId('micro-session').waitFor();
  assert.equal(await page.getByTestId('micro-question').inputValue(), 'How do I start a conversation at a design meetup?');
  s = await state(page);
  assert.equal(s.data.goals[0].mentorship.micro.question, 'How do I start a conversation at a design meetup?');
  assert.equal(s.data.goals[0].mentorship.sessions.length, 1);

  // The prompt says it is a one-off conversation.
  await page.getByTestId('prompt-open').click();
  await page.getByTestId('prompt-dialog').getByTestId('prompt-text').waitFor();
  const prompt = await page.getByTestId('prompt-text').inputValue();
  assert.match(prompt, /This is a one-off micro-mentoring conversation: one focused question in one 25-minute session/);
  assert.match(prompt, /## My question for the micro-mentoring session/);
  await clean(page);
  await page.getByTestId('prompt-close').click();

  // Share it.
  const share = new SharePage(page, env.base);
  await share.open('/');
  await share.openDialog();
  await share.firstName('Zoë');
  await page.waitForFunction(() => document.querySelector('[data-testid="share-preview"]').innerText.includes('Zoë'));
  const link = await share.link();
  assert.ok(link.startsWith(env.base + '/shared#v3.'), link);
  console.log(`micro plan link: ${link.length - (env.base + '/shared#').length} chars`);
  await share.close();

  // The mentor, in a fresh browser in another zone, reads the question first.
  const other = await newPage(env, VIEWPORTS.phone, { timezoneId: 'Africa/Casablanca' });
  const shared = new SharedPlanPage(other.page, env.base);
  await shared.openLink(link);
  const first = other.page.locator('[data-testid="shared-plan"] > section').first();
  assert.equal(await first.getAttribute('data-testid'), 'shared-micro');
  assert.equal(await other.page.getByTestId('shared-question').innerText(), 'How do I start a conversation at a design meetup?');
  assert.match(await other.page.getByTestId('shared-follow-up').innerText(), /Go to one meetup and talk to two people — reports back by 24 Feb 2027/);
  assert.match(await other.page.getByTestId('shared-next').innerText(), /The session/);
  assert.match(await other.page.locator('h1.shared-heading').innerText(), /Zoë’s micro-mentoring question/);
  await shots(other.page, 'micro-shared');

  // Saved as its mentor, the reply works on the micro agenda.
  await other.page.getByTestId('shared-save-mentor').click();
  await shared.status().filter({ hasText: 'Saved to Plans I mentor' }).waitFor();
  await other.page.goto(env.base + '/');
  const mc = other.page.getByTestId('mentored-plan');
  await mc.waitFor();
  const editor = mc.getByTestId('reply-editor');
  await editor.locator('summary').click();
  const lines = editor.getByTestId('reply-line');
  assert.equal(await lines.count(), 4);
  assert.match(await lines.nth(1).inputValue(), /^The question \(3 min\)/);
  await lines.nth(0).fill('Context (5 min): which meetups you went to and how they felt');
  await lines.nth(0).blur();
  await editor.getByTestId('reply-note').fill('Bring the names of two meetups.');
  await editor.getByTestId('reply-note').blur();
  await editor.getByTestId('reply-send').click();
  await editor.getByTestId('reply-sent').waitFor();
  const replyLink = await editor.getByTestId('reply-link').inputValue();
  await clean(other.page);

  await page.goto(replyLink);
  await page.getByTestId('reply-changes').waitFor();
  await page.getByTestId('reply-apply').click();
  await page.getByTestId('reply-applied').waitFor();
  s = await state(page);
  const after = s.data.goals[0].mentorship;
  assert.equal(after.sessions[0].agenda[0].text, 'Context (5 min): which meetups you went to and how they felt');
  assert.match(after.sessions[0].agenda[1].text, /^The question \(3 min\)/);
  assert.equal(after.micro.question, 'How do I start a conversation at a design meetup?');
  assert.equal(after.mentor_notes[0].text, 'Bring the names of two meetups.');
  await clean(page);

  for (const p of [mentee, other]) {
    assert.deepEqual(p.errors, []);
    await p.context.close();
  }
});
