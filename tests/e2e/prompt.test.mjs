// "Copy as a prompt": open it from the Plan and Sessions pages, toggle parts and see the
// preview follow, copy it (clipboard permission granted) and read the clipboard back; a mentee
// without a mentor gets the first-conversation prompt; a refused clipboard says so and leaves
// the text selected. axe 0 in every state, at 375 and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function clean(page, viewport) {
  assert.deepEqual(await axeViolations(page), []);
  if (viewport.width <= 375) assert.equal(await horizontalOverflow(page), 0);
}

/** A goal with a mentor named in the agreement, four fortnightly sessions (the first held,
 * with private notes), and open action items on both sides; or the goal alone. */
function seedState({ mentor = true } = {}) {
  const session = (date, status, extra = {}) => ({
    id: `s-${date.replaceAll('-', '')}`, date, local_time: '18:30:00', minutes: 60, status,
    moved: false, original_date: date, agenda: null, notes: '', action_items: [], feedback: null, fit: null,
    ...extra,
  });
  const item = (id, text, owner) => ({ id, text, owner, due: null, done: false });
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
          focus_skills: ['public speaking', 'storytelling'],
          milestones: [
            { title: 'Outline the first talk', target: '2027-02-15', done: '' },
            { title: 'First talk', target: '2027-03-29', done: '' },
          ],
          long_term: false, template: null,
        },
        step: 4, shortlist: [], mentor: null,
        mentorship: mentor ? {
          id: 'plan-g1',
          agreement: {
            goals_summary: 'Give 3 talks at local meetups', frequency: 'Every 2 weeks', format: 'video', session_minutes: 60,
            channel: 'Video call', response_time: 'Within 2 working days',
            confidentiality: 'What we discuss stays between us.', boundaries: 'No weekend messages.',
            start: '2027-01-04', end: '2027-06-30', review_points: ['2027-03-29'],
            mentor_name: 'Ada Okafor', mentee_name: 'Sam Rivera',
          },
          rule: {
            cadence: { EveryNWeeks: 2 }, start: '2027-01-04', local_time: '18:30:00', minutes: 60,
            zone: 'Europe/London', end: { Count: 4 }, skips: [],
          },
          sessions: [
            session('2027-01-04', 'Held', {
              notes: 'PRIVATE NOTE', feedback: { rating: 5, sentence: 'PRIVATE FEEDBACK' },
              action_items: [item('a-1', 'Write the talk outline', 'Mentee'), item('a-2', 'Send two example talks', 'Mentor')],
            }),
            session('2027-01-18', 'Planned'),
            session('2027-02-01', 'Planned'),
            session('2027-02-15', 'Planned'),
          ],
          wins: [], dismissed_warnings: [], next_action: 2,
        } : null,
      }],
      active_goal: 'g1',
    },
  };
}

async function openWith(viewport, state, options = {}) {
  const ctx = await newPage(env, viewport, options);
  await ctx.page.goto(env.base + '/data');
  await ctx.page.getByTestId('page-data').waitFor();
  await ctx.page.evaluate((s) => localStorage.setItem('trellis.state', JSON.stringify(s)), state);
  return ctx;
}

const promptText = (page) => page.getByTestId('prompt-text').inputValue();

/** Waits until the preview holds `needle` (or, with `present` false, no longer holds it), and
 * returns the text. */
async function previewUntil(page, needle, present = true) {
  await page.waitForFunction(([n, p]) => document.getElementById('prompt-text')?.value.includes(n) === p, [needle, present]);
  return promptText(page);
}

for (const [name, viewport] of [['phone', VIEWPORTS.phone], ['desktop', VIEWPORTS.desktop]]) {
  test(`${name}: copy the plan as a prompt, toggle parts, read the clipboard`, async () => {
    const { context, page, errors } = await openWith(viewport, seedState());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
    await page.goto(env.base + '/');
    const entry = page.getByTestId('prompt-entry');
    await entry.waitFor();
    assert.match(await entry.innerText(), /Trellis sends nothing anywhere/);
    await clean(page, viewport);
    await entry.screenshot({ path: `${SHOTS}/prompt-entry-${viewport.width}.png` });
    await page.getByTestId('prompt-open').click();
    const dialog = page.getByTestId('prompt-dialog');
    await dialog.getByTestId('prompt-text').waitFor();
    await clean(page, viewport);
    await page.screenshot({ path: `${SHOTS}/prompt-open-${viewport.width}.png` });

    // With a mentor and a session ahead, the default is to prepare the next session.
    assert.equal(await page.getByTestId('prompt-ask').inputValue(), 'next');
    let text = await promptText(page);
    for (const part of ['## Your role', '## My goal', '## SMART check of my goal', '## Milestones', '## Where I stand', '## Next session', '## Open action items', '## What I would like from you']) {
      assert.ok(text.includes(part), `${part} in:\n${text}`);
    }
    assert.match(text, /Write the talk outline \(for me\)/);
    assert.match(text, /Send two example talks \(for my mentor\)/);
    // Never in a prompt: private notes, feedback, the mentee's name; the mentor's name by default.
    assert.doesNotMatch(text, /PRIVATE|Rivera|Sam|Ada Okafor/);
    assert.equal(await page.getByTestId('prompt-length').innerText().then((t) => Number(t.split(' ')[0])), [...text].length);

    // Leave the open action items out, put the mentor's name in: the preview follows.
    await dialog.getByLabel('Open action items').uncheck();
    text = await previewUntil(page, '## Open action items', false);
    assert.doesNotMatch(text, /Send two example talks \(for/);
    await dialog.getByLabel("Your mentor's name").check();
    text = await previewUntil(page, 'Ada Okafor');
    assert.match(text, /I have a mentor \(Ada Okafor\)/);
    // Ask for a review instead, with a question of one's own.
    await page.getByTestId('prompt-ask').selectOption('review');
    await page.getByTestId('prompt-question').fill('How do I get over stage fright?');
    text = await previewUntil(page, 'My own question: How do I get over stage fright?');
    assert.match(text, /Review my plan as an experienced mentor would/);
    await clean(page, viewport);

    await page.getByTestId('prompt-copy').click();
    await page.getByTestId('prompt-status').filter({ hasText: 'Prompt copied' }).waitFor();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clip, await promptText(page));
    assert.equal(clip, text);
    await clean(page, viewport);
    await page.screenshot({ path: `${SHOTS}/prompt-dialog-${viewport.width}.png`, fullPage: true });
    await dialog.screenshot({ path: `${SHOTS}/prompt-dialog-box-${viewport.width}.png` });
    // A change after copying clears "copied": the status is about the text shown.
    await dialog.getByLabel('Milestones').uncheck();
    await previewUntil(page, '## Milestones', false);
    assert.equal(await page.getByTestId('prompt-status').innerText(), '');
    await page.getByTestId('prompt-close').click();
    assert.equal(await dialog.isVisible(), false);

    // The Sessions page offers it too.
    await page.goto(env.base + '/sessions');
    await page.getByTestId('prompt-entry').waitFor();
    await page.getByTestId('prompt-open').click();
    await page.getByTestId('prompt-text').waitFor();
    assert.match(await promptText(page), /## Next session/);
    await clean(page, viewport);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('phone: without a mentor the prompt prepares the first conversation', async () => {
  const viewport = VIEWPORTS.phone;
  const { context, page, errors } = await openWith(viewport, seedState({ mentor: false }));
  await page.goto(env.base + '/');
  assert.match(await page.getByTestId('prompt-entry').innerText(), /No mentor yet\?/);
  await page.getByTestId('prompt-open').click();
  await page.getByTestId('prompt-text').waitFor();
  assert.equal(await page.getByTestId('prompt-ask').inputValue(), 'first');
  const text = await promptText(page);
  assert.match(text, /I do not have a mentor yet\./);
  assert.match(text, /Help me prepare my first conversation with a possible mentor/);
  assert.doesNotMatch(text, /## Next session|## Open action items/);
  // Only the parts this plan has are offered.
  const dialog = page.getByTestId('prompt-dialog');
  assert.equal(await dialog.getByLabel('Open action items').count(), 0);
  assert.equal(await dialog.getByLabel("Your mentor's name").count(), 0);
  await clean(page, viewport);
  await page.screenshot({ path: `${SHOTS}/prompt-first-${viewport.width}.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('desktop: a refused clipboard says so and leaves the prompt selected', async () => {
  const viewport = VIEWPORTS.desktop;
  const { context, page, errors } = await openWith(viewport, seedState());
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto(env.base + '/');
  await page.getByTestId('prompt-open').click();
  await page.getByTestId('prompt-text').waitFor();
  await page.getByTestId('prompt-copy').click();
  await page.getByTestId('prompt-status').filter({ hasText: 'did not let Trellis use the clipboard' }).waitFor();
  const sel = await page.evaluate(() => {
    const a = document.activeElement;
    return { id: a?.id, all: a?.selectionStart === 0 && a?.selectionEnd === a?.value.length && a.value.length > 0 };
  });
  assert.deepEqual(sel, { id: 'prompt-text', all: true });
  await clean(page, viewport);
  await page.screenshot({ path: `${SHOTS}/prompt-refused-${viewport.width}.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
