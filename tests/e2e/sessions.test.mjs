// The Sessions page at the phone viewport (and one desktop run): agreement, schedule with a
// skipped date, a held session with notes and action items carried into the next agenda, the
// series calendar parsed by an independent iCalendar parser, progress. axe on every state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import ICAL from 'ical.js';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { SessionsPage } from './pages.mjs';

const SHOTS = '/tmp/shots';
const ZONE = 'Europe/London';

let env;
before(async () => {
  env = await start();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => { await env?.stop(); });

/** ISO date `days` from today in the test's zone (London: UTC in winter, fine for a date). */
function isoIn(days) {
  const d = new Date();
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const base = new Date(`${parts}T12:00:00Z`);
  base.setUTCDate(base.getUTCDate() + days);
  return base.toISOString().slice(0, 10);
}

const MENTOR = {
  id: 'm-alex', name: 'Alex Rivera', headline: 'Conference speaker coach', industry: 'Software',
  stage: 'senior', years_experience: 12, country: 'US', city: 'New York', time_zone: 'America/New_York',
  languages: ['English'], forms: ['one_to_one'], formats: ['video'], availability: [], capacity: 2,
  style: 'coaching', skills: ['public speaking'], interests: [], bio: '', price_per_month: null,
};

function seedState({ mentor = MENTOR } = {}) {
  return {
    goals: [{
      id: 'g1',
      step: 4,
      draft: {
        aspiration: 'Become a confident speaker', category: 'skill',
        statement: 'Give 3 talks at local meetups within 8 months', metric: 'talks given',
        baseline: '0', target: '3', unit: 'talks', deadline: isoIn(240), weekly_hours: '3',
        focus_skills: ['public speaking'],
        milestones: [
          { title: 'Pick a topic', target: isoIn(-2), done: '' },
          { title: 'First talk accepted', target: isoIn(60), done: '' },
          { title: 'Three talks given', target: isoIn(230), done: '' },
        ],
        long_term: false, template: null,
      },
      shortlist: [], mentor, mentorship: null,
    }],
    active_goal: 'g1',
  };
}

async function clean(page, label) {
  assert.deepEqual(await axeViolations(page), [], `axe: ${label}`);
  assert.equal(await horizontalOverflow(page), 0, `overflow: ${label}`);
}

async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('phone: agreement, schedule with a skip, a held session carried into the next agenda, calendar, progress', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone, { timezoneId: ZONE });
  const s = new SessionsPage(page, env.base);
  await s.seed(seedState());
  await s.open('/sessions');
  await s.tab('Agreement').waitFor();
  assert.match(await page.getByTestId('mentor-line').innerText(), /Alex Rivera \(America\/New_York\)/);
  assert.equal(await s.tab('Agreement').getAttribute('aria-selected'), 'true');
  await clean(page, 'agreement prefilled');

  // Agreement: prefilled from goal + mentor; every error at once; then saved.
  assert.equal(await page.locator('.field-error:not(:empty)').count(), 0, 'no error before anything is touched');
  assert.equal(await page.getByLabel('End', { exact: true }).inputValue(), isoIn(240), 'the end is the goal deadline');
  assert.equal(await page.getByLabel('Session length (minutes)').inputValue(), '45', 'the length the intro proposed');
  assert.doesNotMatch(await page.getByLabel('Goals', { exact: true }).inputValue(), /\d{4}-\d{2}-\d{2}/);
  assert.equal(await page.getByLabel("Mentor's name", { exact: true }).inputValue(), 'Alex Rivera');
  assert.match(await page.getByLabel('Goals', { exact: true }).inputValue(), /Give 3 talks.*Milestones: Pick a topic/);
  await s.fill('Goals', '');
  await s.fill('Session length (minutes)', '5');
  await page.getByTestId('save-agreement').click();
  const errs = page.getByTestId('agreement-errors');
  await errs.waitFor();
  assert.equal(await errs.locator('li').count(), 2, await errs.innerText());
  assert.match(await errs.innerText(), /Goals: Summarise/);
  assert.match(await errs.innerText(), /Session length: A session lasts 15 to 240 minutes/);
  assert.equal(await page.getByLabel('Goals', { exact: true }).getAttribute('aria-invalid'), 'true');
  await clean(page, 'agreement errors');
  await s.fill('Goals', 'Give 3 talks at local meetups within 8 months, with feedback on each.');
  await s.fill('Session length (minutes)', '60');
  await s.fill('Your name (mentee)', 'Sam Lee');
  await page.getByTestId('save-agreement').click();
  assert.match(await page.getByTestId('agreement-status').innerText(), /Agreement saved/);
  assert.equal(await errs.count(), 0);

  // Print: the dialog is asked for, and the print view shows only the agreement.
  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await page.getByTestId('print-agreement').click();
  await page.waitForFunction(() => window.__printed === true);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByTestId('agreement-print').isVisible());
  assert.ok(!(await page.getByTestId('agreement-form').isVisible()));
  assert.ok(!(await s.tab('Schedule').isVisible()));
  assert.match(await page.getByTestId('agreement-print').innerText(), /Between Alex Rivera \(mentor\) and Sam Lee \(mentee\)/);
  assert.doesNotMatch(await page.getByTestId('agreement-print').innerText(), /\d{4}-\d{2}-\d{2}/);
  await shot(page, 'sessions-375-print');
  await page.emulateMedia({ media: 'screen' });
  await shot(page, 'sessions-375-agreement');

  // Schedule: weekly from today at 18:00 London, 6 sessions.
  await s.section('Schedule');
  await clean(page, 'schedule empty');
  await page.getByLabel('How often', { exact: true }).selectOption('weekly');
  await s.fill('First session', isoIn(0));
  await s.fill('Start time (your time)', '18:00');
  await s.fill('Length (minutes)', '60');
  assert.equal(await page.getByLabel('Your time zone').inputValue(), ZONE);
  await s.fill('Number of sessions', '6');
  // An end before the first session says so instead of silently planning none.
  await page.getByLabel('How often', { exact: true }).selectOption('day');
  // The day before the first session: its next turn is about a month after the last date.
  await s.fill('Day of the month', String(Number(isoIn(29).slice(8))));
  await s.fill('First session', isoIn(30));
  await page.getByLabel('On', { exact: true }).check();
  await s.fill('Last possible date', isoIn(31));
  await page.getByTestId('generate').click();
  const endErr = await page.getByTestId('schedule-errors').innerText();
  assert.match(endErr, /comes before the first session/, endErr);
  await page.getByLabel('How often', { exact: true }).selectOption('weekly');
  await page.getByLabel('After', { exact: true }).check();
  await s.fill('First session', isoIn(0));
  // What is typed is kept before generating: a reload shows it again.
  await page.reload();
  await s.section('Schedule');
  assert.equal(await page.getByLabel('How often', { exact: true }).inputValue(), 'weekly');
  assert.equal(await page.getByLabel('Start time (your time)').inputValue(), '18:00');
  assert.equal(await page.getByLabel('Number of sessions').inputValue(), '6');
  await page.getByTestId('generate').click();
  assert.match(await page.getByTestId('schedule-status').innerText(), /^6 sessions planned, /);
  assert.equal(await s.scheduleRows().count(), 6);
  const row1 = await s.scheduleRows().first().innerText();
  assert.match(row1, /18:00/);
  assert.match(row1, /Alex Rivera: .*13:00/, row1); // New York is 5 hours behind London in winter
  await clean(page, 'schedule generated');

  // Skip the second date: it is gone and the counted series grows to keep 6 sessions.
  const skipped = isoIn(7);
  const rowIds = async () => s.scheduleRows().evaluateAll((els) => els.map((e) => e.dataset.session));
  assert.ok((await rowIds()).includes(`s-${skipped.replaceAll('-', '')}`));
  await s.fill('Date to skip', skipped);
  await page.getByTestId('add-skip').click();
  await page.getByTestId('skips').locator('li').first().waitFor();
  assert.equal(await s.scheduleRows().count(), 6);
  const ids = await rowIds();
  assert.ok(!ids.includes(`s-${skipped.replaceAll('-', '')}`), ids.join(','));
  assert.ok(ids.includes(`s-${isoIn(42).replaceAll('-', '')}`), ids.join(','));
  // The message says what happened, in human dates, and never "re-timed" when no time changed.
  const skipMsg = await page.getByTestId('schedule-status').innerText();
  assert.match(skipMsg, /^\d{1,2} [A-Z][a-z]{2} skipped; a session added on \d{1,2} [A-Z][a-z]{2} keeps the series at 6 sessions\.$/, skipMsg);
  assert.doesNotMatch(skipMsg, /re-timed|\d{4}-\d{2}-\d{2}/, skipMsg);
  await clean(page, 'schedule with skip');
  await shot(page, 'sessions-375-schedule');

  // Sessions: the first is open; log it as held with notes and two action items.
  await s.section('Sessions');
  const first = await s.openCard(1);
  const agenda1 = await first.getByTestId('agenda-item').locator('textarea').evaluateAll((t) => t.map((x) => x.value));
  assert.match(agenda1[0], /Get to know each other/);
  await first.getByRole('radio', { name: 'Held' }).check();
  await first.getByLabel(/Notes/).fill('Talked through topics; Alex suggests starting with a lightning talk.');
  await first.getByLabel('New action item').fill('Draft the talk outline');
  await first.getByLabel('Due (optional)').fill(isoIn(5));
  await first.getByTestId('add-action').click();
  await first.getByLabel('New action item').fill('Introduce Sam to the meetup organiser');
  await first.getByLabel('Who').selectOption('mentor');
  await first.getByTestId('add-action').click();
  assert.equal(await first.getByTestId('action-item').count(), 2);
  await first.getByRole('radio', { name: '5 — very useful' }).check();
  await first.getByLabel('In one sentence').fill('Clear next steps.');
  await first.getByTestId('fit-check').getByRole('radio', { name: 'Not a fit' }).check();
  assert.ok(await first.getByRole('link', { name: 'Back to your mentor shortlist' }).isVisible());
  await first.getByTestId('fit-check').getByRole('radio', { name: 'Good fit' }).check();
  await clean(page, 'session held');

  // The next session's agenda carries both open action items as follow-ups.
  const second = await s.openCard(2);
  const agenda2 = await second.getByTestId('agenda-item').locator('textarea').evaluateAll((t) => t.map((x) => x.value));
  assert.ok(agenda2.includes('Follow up: Draft the talk outline (mentee)'), agenda2.join(' | '));
  assert.ok(!agenda2.some((t) => /\d{4}-\d{2}-\d{2}/.test(t)), agenda2.join(' | '));
  assert.ok(agenda2.includes('Follow up: Introduce Sam to the meetup organiser (mentor)'), agenda2.join(' | '));
  assert.equal(await second.getByText('Carried over').count(), 2);
  await clean(page, 'next agenda');
  await shot(page, 'sessions-375-sessions');

  // The whole series as .ics, read by ical.js.
  const dl = await s.download('download-series');
  assert.equal(dl.suggestedFilename(), 'trellis-series.ics');
  assert.equal(await page.getByTestId('series-status').innerText(), 'Downloaded trellis-series.ics');
  const text = await readFile(await dl.path(), 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent');
  assert.equal(events.length, 6);
  const dtstart = events[0].getFirstProperty('dtstart');
  assert.equal(dtstart.getParameter('tzid'), ZONE);
  assert.equal(dtstart.getFirstValue().toString(), `${isoIn(0)}T18:00:00`);
  assert.equal(events[0].getFirstPropertyValue('summary'), 'Mentoring session with Alex Rivera');
  assert.ok(cal.getFirstSubcomponent('vtimezone'), 'VTIMEZONE included');
  const starts = events.map((e) => e.getFirstPropertyValue('dtstart').toString().slice(0, 10));
  assert.ok(!starts.includes(skipped), starts.join(','));
  const dtstamp = events[0].getFirstPropertyValue('dtstamp').toJSDate();
  assert.ok(Math.abs(dtstamp - Date.now()) < 10 * 60 * 1000, `DTSTAMP is now: ${dtstamp}`);
  const one = await s.download('download-session', s.card(2));
  assert.match(one.suggestedFilename(), /^trellis-s-\d{8}\.ics$/);
  assert.equal(await s.card(2).getByTestId('session-download-status').innerText(), `Downloaded ${one.suggestedFilename()}`);

  // Progress: counts, the overdue milestone warning (dismissible), a milestone done, a win.
  await s.section('Progress');
  assert.match(await page.getByTestId('stat-sessions').innerText(), /1 of 1/);
  assert.match(await page.getByTestId('stat-mentee').innerText(), /0 of 1/);
  assert.match(await page.getByTestId('stat-mentor').innerText(), /0 of 1/);
  const warning = page.getByTestId('health-warning').filter({ hasText: 'Milestone overdue: Pick a topic' });
  await warning.waitFor();
  await clean(page, 'progress');
  await warning.getByRole('button', { name: /Dismiss/ }).click();
  assert.equal(await warning.count(), 0);
  await page.getByRole('checkbox', { name: /Pick a topic/ }).check();
  assert.match(await page.getByTestId('celebrate').innerText(), /Milestone done: Pick a topic/);
  assert.match(await page.getByTestId('stat-milestones').innerText(), /1 of 3/);
  await s.fill('New win', 'Submitted my first talk proposal');
  await page.getByTestId('add-win').click();
  assert.match(await page.getByTestId('wins').innerText(), /Submitted my first talk proposal/);
  const tl = await page.getByTestId('timeline-list').evaluate((ol) => ol.textContent);
  assert.match(tl, /Session 1 \(held\)/);
  assert.match(tl, /Submitted my first talk proposal \(win\)/);
  assert.match(tl, /Today \(today\)/);
  await clean(page, 'progress after edits');
  await shot(page, 'sessions-375-progress');

  // Everything survives a reload.
  await page.waitForTimeout(500);
  await page.reload();
  await s.section('Sessions');
  const again = await s.openCard(1);
  assert.match(await again.getByLabel(/Notes/).inputValue(), /lightning talk/);
  assert.equal(await again.getByTestId('action-item').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('desktop: a mentor found outside Trellis, then every section', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.desktop, { timezoneId: ZONE });
  const s = new SessionsPage(page, env.base);
  await s.seed(seedState({ mentor: null }));
  await s.open('/sessions');
  await page.getByTestId('mentor-form').waitFor();
  await clean(page, 'mentor form');
  await s.fill('Mentor\'s name', 'Priya N.');
  await s.fill('Mentor\'s time zone', 'Mars/Olympus');
  await page.getByTestId('save-mentor').click();
  assert.match(await page.getByTestId('mentor-errors').innerText(), /unknown time zone/);
  await clean(page, 'mentor form error');
  await s.fill('Mentor\'s time zone', 'Asia/Kolkata');
  await page.getByTestId('save-mentor').click();
  await s.tab('Agreement').waitFor();
  assert.match(await page.getByTestId('mentor-line').innerText(), /Priya N\. \(Asia\/Kolkata\)/);
  // Tabs follow the arrow keys.
  await s.tab('Agreement').focus();
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('panel-schedule').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-schedule');
  await page.getByTestId('generate').click();
  assert.ok((await s.scheduleRows().count()) > 0);
  assert.match(await s.scheduleRows().first().innerText(), /Priya N\.: /);
  // Cancel one occurrence and move another; the rest of the series stays put.
  const count = await s.scheduleRows().count();
  await page.getByRole('button', { name: 'Cancel session 2' }).click();
  assert.match(await s.scheduleRows().nth(1).innerText(), /Cancelled/);
  await page.getByRole('button', { name: 'Move session 3' }).click();
  await page.getByLabel('New time (your time)').fill('08:30');
  await page.getByRole('button', { name: 'Save the new time' }).click();
  assert.match(await s.scheduleRows().nth(2).innerText(), /08:30.*Moved/s);
  assert.match(await s.scheduleRows().nth(2).innerText(), /Priya N\.: .*14:00/s); // London 08:30 = Kolkata 14:00
  assert.equal(await s.scheduleRows().count(), count);
  await clean(page, 'desktop schedule');
  await shot(page, 'sessions-1280-schedule');
  // An agenda item added by hand makes the agenda the mentee's own.
  await s.section('Sessions');
  const card = await s.openCard(1);
  await card.getByLabel('New agenda item').fill('Ask about speaking clubs');
  await card.getByRole('button', { name: 'Add', exact: true }).click();
  assert.match(await card.innerText(), /Your edited agenda/);
  assert.equal(await card.getByTestId('agenda-item').last().locator('textarea').inputValue(), 'Ask about speaking clubs');
  for (const name of ['Agreement', 'Sessions', 'Progress']) {
    await s.section(name);
    await clean(page, `desktop ${name}`);
    await shot(page, `sessions-1280-${name.toLowerCase()}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a finished goal the page explains the step and links to it', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const s = new SessionsPage(page, env.base);
  await s.open('/sessions');
  assert.ok(await page.getByRole('link', { name: 'Finish your goal first' }).isVisible());
  await clean(page, 'empty');
  assert.deepEqual(errors, []);
  await context.close();
});
