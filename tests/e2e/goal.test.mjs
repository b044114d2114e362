// The goal wizard at the phone viewport: from a template and from scratch, keyboard and
// mouse, reload mid-way, axe on every step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { GoalWizard, PlanPage } from './pages.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function clean(page) {
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await horizontalOverflow(page), 0);
}

test('from scratch: coached letter by letter, reload mid-way keeps everything, review reads right', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const w = new GoalWizard(page, env.base);
  await w.open('/goal');
  await clean(page);
  await w.startFromScratch();

  // Step 1: why.
  assert.match(await w.stepTitle().innerText(), /Why this goal/);
  await w.fill('What do you want in the long run?', 'Become a confident conference speaker');
  await w.chooseCategory('Skill building');
  assert.doesNotMatch(await page.locator('fieldset').first().innerText(), /Mentoring function|Psychosocial/);
  assert.match(await page.getByText('Mostly for: support and encouragement').innerText(), /support/);
  await w.addSkill('public speaking');
  await w.addSkill('storytelling');
  await clean(page);
  await w.next();

  // Step 2: a vague statement gets coached, then a sharp one passes.
  assert.match(await w.stepTitle().innerText(), /one sentence/);
  await w.fill('Goal', 'get better at speaking someday');
  await page.getByTestId('smart-panel').waitFor();
  assert.notEqual(await w.verdict('S'), 'met');
  assert.equal(await w.verdict('T'), 'missing');
  assert.match(await page.getByTestId('smart-T').innerText(), /someday/);
  assert.match(await page.getByTestId('smart-S').innerText(), /better/);
  await clean(page);
  await w.fill('Goal', 'Give 3 talks at local meetups by June 30, 2027');
  assert.equal(await w.verdict('S'), 'met');
  assert.equal(await w.verdict('M'), 'met');
  assert.equal(await w.verdict('T'), 'met');
  // The date in the text is offered for the deadline field.
  await page.getByTestId('use-found-deadline').click();

  // Reload mid-wizard: the step, the text and the deadline are all still there.
  await page.waitForTimeout(400);
  await page.reload();
  await w.stepTitle().waitFor();
  assert.match(await w.stepTitle().innerText(), /one sentence/);
  assert.equal(await page.getByLabel('Goal', { exact: true }).inputValue(), 'Give 3 talks at local meetups by June 30, 2027');
  await w.next();

  // Step 3: measure and deadline; the deadline came from the statement, and the measure is
  // prefilled from what the SMART check found (no baseline: the statement states none).
  assert.equal(await page.getByLabel('Deadline').inputValue(), '2027-06-30');
  assert.equal(await page.getByLabel('What you count').inputValue(), 'talks given');
  assert.equal(await page.getByLabel('Unit').inputValue(), 'talks');
  assert.equal(await page.getByLabel('Target').inputValue(), '3');
  assert.equal(await page.getByLabel('Where you are now').inputValue(), '');
  assert.equal(await page.getByLabel('Where you are now').getAttribute('placeholder'), 'e.g. 0');
  assert.match(await page.getByTestId('measure-prefilled').innerText(), /Filled in from your goal/);
  await w.fill('Where you are now', '0');
  assert.equal(await page.getByTestId('measure-prefilled').count(), 0);
  await w.fill('Hours per week you can give it', 'lots');
  // No error while typing; it shows once the field is left.
  assert.equal(await page.locator('#weekly-hours-error').innerText(), '');
  await page.getByLabel('Hours per week you can give it').press('Tab');
  assert.match(await page.locator('#weekly-hours-error').innerText(), /number/);
  assert.equal(await page.getByLabel('Hours per week you can give it').getAttribute('aria-invalid'), 'true');
  await w.fill('Hours per week you can give it', '3');
  assert.equal(await w.verdict('A'), 'met');
  assert.equal(await w.verdict('R'), 'met');
  await clean(page);
  await w.next();

  // Step 4: milestones suggested from the measure, then edited.
  await page.getByTestId('suggest-milestones').click();
  const count = await w.milestones().count();
  assert.ok(count >= 3 && count <= 6, `3–6 milestones, got ${count}`);
  // Steps toward the goal from its category and measure, never "1 of 3 … 3 of 3 talks".
  assert.match(await page.getByLabel('Milestone 2', { exact: true }).inputValue(), /First talk given/);
  for (let i = 1; i <= count; i++) {
    assert.doesNotMatch(await page.getByLabel(`Milestone ${i}`, { exact: true }).inputValue(), /\d+ of \d+/);
  }
  await page.getByLabel('Milestone 1', { exact: true }).fill('First meetup talk accepted');
  await page.getByRole('button', { name: 'Move milestone 1 down' }).click();
  assert.equal(await page.getByLabel('Milestone 2', { exact: true }).inputValue(), 'First meetup talk accepted');
  await page.getByTestId('add-milestone').click();
  assert.equal(await w.milestones().count(), count + 1);
  await page.getByRole('button', { name: `Remove milestone ${count + 1}` }).click();
  assert.equal(await w.milestones().count(), count);
  // A date after the deadline is flagged, not refused.
  await page.getByLabel('Target date').first().fill('2028-01-01');
  assert.match(await page.locator('#ms-0-flag').innerText(), /after the deadline/);
  await page.getByLabel('Target date').first().fill('2027-01-15');
  await clean(page);
  await w.next();

  // Step 5: review as a mentor reads it.
  const summary = await w.summary().innerText();
  assert.match(summary, /Give 3 talks at local meetups by June 30, 2027/);
  assert.match(summary, /talks given: 0 → 3 talks/);
  assert.match(summary, /30 June 2027/);
  assert.match(summary, /public speaking, storytelling/);
  assert.match(summary, /First meetup talk accepted/);
  await clean(page);

  // The plan overview now says the goal is done and mentors are next.
  await w.go('Plan');
  const plan = new PlanPage(page, env.base);
  await plan.step('goal').waitFor();
  assert.match(await plan.step('goal').innerText(), /Done/);
  assert.match(await page.getByRole('heading', { name: /Next:/ }).innerText(), /Shortlist mentors/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('from a template, by keyboard only; a template never overwrites a goal in progress without asking', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const w = new GoalWizard(page, env.base);
  await w.open('/goal');
  // Keyboard only: focus the public speaking template button and press Enter.
  await page.getByTestId('template-public-speaking').focus();
  await page.keyboard.press('Enter');
  await w.stepTitle().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-title');
  for (let i = 0; i < 4; i++) {
    await page.getByTestId('wizard-next').focus();
    await page.keyboard.press('Enter');
    await w.stepTitle().waitFor();
    await clean(page);
  }
  assert.match(await w.stepTitle().innerText(), /Review/);
  assert.match(await page.getByTestId('review-smart').innerText(), /All five SMART letters are met/);
  assert.ok((await w.milestones().count()) === 0); // review shows the summary, not the editor
  assert.ok((await w.summary().locator('li').count()) >= 3);

  // Edit, then pick another template: Trellis asks first.
  await w.goToStep('Goal');
  await w.fill('Goal', 'Give 4 talks at meetups within 8 months');
  await page.getByTestId('show-templates').click();
  await page.getByTestId('template-promotion').click();
  await page.getByTestId('template-confirm').waitFor();
  // On a phone the question shows where the user tapped: inside the viewport, focused.
  const q = await page.getByTestId('template-confirm').boundingBox();
  const vh = page.viewportSize().height;
  assert.ok(q.y >= 0 && q.y < vh, `question in view: y=${q.y}, viewport ${vh}`);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'template-confirm');
  await clean(page);
  await page.getByTestId('template-new').click();
  // Both goals exist; the earlier one is intact.
  const options = await page.locator('#goal-select option').allInnerTexts();
  assert.equal(options.length, 2);
  assert.ok(options.some((o) => o.startsWith('Give 4 talks at meetups')), options.join(' | '));
  await page.selectOption('#goal-select', { index: 0 });
  await w.goToStep('Goal');
  assert.equal(await page.getByLabel('Goal', { exact: true }).inputValue(), 'Give 4 talks at meetups within 8 months');
  assert.deepEqual(errors, []);
  await context.close();
});

test('review lists every missing piece at once with a way to each step', async () => {
  const { context, page } = await newPage(env, VIEWPORTS.phone);
  const w = new GoalWizard(page, env.base);
  await w.open('/goal');
  await w.startFromScratch();
  await w.goToStep('Review');
  const box = page.getByTestId('review-errors');
  await box.waitFor();
  const text = await box.innerText();
  assert.match(text, /Write the goal in one sentence/);
  assert.match(text, /Choose what kind of goal/);
  assert.match(text, /Set a deadline/);
  await clean(page);
  await box.getByRole('button', { name: 'Go to Measure & deadline' }).click();
  assert.match(await w.stepTitle().innerText(), /How will you know/);
  // Nothing to prefill from an empty statement: the fields stay empty and show examples only.
  assert.equal(await page.getByLabel('What you count').inputValue(), '');
  assert.equal(await page.getByLabel('What you count').getAttribute('placeholder'), 'e.g. talks given');
  assert.equal(await page.getByTestId('measure-prefilled').count(), 0);
  await context.close();
});
