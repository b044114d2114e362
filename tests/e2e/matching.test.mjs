// Matching as a newcomer meets it (issue 13): ranked on first view with no input, the
// assumptions in one line, compact cards, results first with a sticky summary and the needs
// as a sheet on phones (side by side on wide screens), re-ranks you can watch (markers), the
// shortlist bar, and search/page/open card surviving a reload. axe in every state;
// screenshots of every state at 375 and 1280 px go to /tmp/shots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { start, newPage, axeViolations, horizontalOverflow, VIEWPORTS } from './harness.mjs';
import { MentorsPage, SPEAKER_GOAL } from './pages.mjs';

const SHOTS = '/tmp/shots';
const BROWSER = { locale: 'en-US', timezoneId: 'Europe/Berlin' };

/** The goal plus a few answers: an industry and two free evenings in London. */
const ANSWERED = {
  goals: [SPEAKER_GOAL],
  active_goal: 'g1',
  needs: {
    industry: 'Media',
    time_zone: 'Europe/London',
    availability: [{ day: 'mon', start: '18:00', end: '20:00' }, { day: 'sat', start: '09:00', end: '12:00' }],
  },
};

let env;
before(async () => {
  env = await start();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => { await env?.stop(); });

async function clean(page, state) {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
  assert.equal(await horizontalOverflow(page), 0, `horizontal scroll: ${state}`);
}

const shot = (page, name) => page.screenshot({ path: `${SHOTS}/matching-${name}.png` });

/** The first card's name and score end above the bottom tab bar of the first screen
 * (phones), at the top of the page. */
async function firstCardInFirstScreen(page, state) {
  const r = await page.evaluate(() => {
    scrollTo(0, 0);
    const c = document.querySelector('[data-testid="mentor-card"]');
    const nav = document.querySelector('.app-nav');
    const limit = nav && getComputedStyle(nav).position === 'fixed' ? nav.getBoundingClientRect().top : innerHeight;
    const bottom = Math.max(...['mentor-name', 'mentor-score'].map((t) => c.querySelector(`[data-testid="${t}"]`).getBoundingClientRect().bottom));
    return { bottom: Math.round(bottom), limit: Math.round(limit) };
  });
  assert.ok(r.bottom <= r.limit, `${state}: the first card's name and score end at ${r.bottom} px, the first screen at ${r.limit} px`);
}

/** Names of the cards in view: on a phone with the sheet open, those above the sheet. */
function namesInView(page) {
  return page.evaluate(() => {
    const sheet = document.querySelector('.needs-pane.is-open');
    const wide = matchMedia('(min-width: 1024px)').matches;
    const bottom = sheet && !wide ? sheet.getBoundingClientRect().top : innerHeight;
    return [...document.querySelectorAll('[data-testid="mentor-card"]')]
      .filter((c) => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.top + 40 <= bottom; })
      .map((c) => c.querySelector('[data-testid="mentor-name"]').textContent);
  });
}

for (const [label, viewport] of [['phone', VIEWPORTS.phone], ['desktop', VIEWPORTS.desktop]]) {
  const w = viewport.width;

  test(`${label}: a fresh profile sees the sample ranked at once, with the assumptions in one line and no error`, async () => {
    const { page, errors, context } = await newPage(env, viewport, BROWSER);
    const m = new MentorsPage(page, env.base);
    await m.open('/mentors');
    await page.locator('[data-testid="mentor-list"]:not([aria-busy])').waitFor();
    assert.ok(await m.cards().count() >= 10, 'at least ten ranked mentors');
    assert.match(await page.getByTestId('match-count').innerText(), /^\d+ match$/);
    const line = await page.getByTestId('assumption').innerText();
    assert.match(line, /^Assuming English, Europe\/Berlin, free weekday evenings 18–20, any career stage.* — refine$/);
    // A real ranking: scores driven by shared time in the assumed evenings, non-zero and not all equal.
    const scores = await m.cards().evaluateAll((cs) => cs.map((c) =>
      Number(c.querySelector('[data-testid="mentor-score"]').textContent.match(/\d+/)[0])));
    assert.ok(scores.length >= 10, `scores ${scores.join(', ')}`);
    assert.ok(scores.slice(0, 10).every((s) => s > 0), `top ten scores non-zero: ${scores.join(', ')}`);
    assert.ok(new Set(scores).size > 1, `scores differ: ${scores.join(', ')}`);
    assert.equal(await page.locator('.field-error:not(:empty)').count(), 0, 'no field error before typing');
    assert.equal(await page.getByTestId('needs-errors').locator('li').count(), 0);
    assert.match(await m.cards().first().getByTestId('card-not-said').innerText(), /^Not said: .*career stage/);
    // Compact cards; the page stays short. Cards off screen skip layout (content-visibility)
    // and report an estimated height, so every card is laid out for real while measured.
    await m.cards().evaluateAll((cs) => cs.forEach((c) => { c.style.contentVisibility = 'visible'; }));
    const heights = await m.cards().evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().height));
    assert.equal(heights.length, 20);
    if (w === 375) {
      assert.ok(Math.max(...heights) <= 220, `card heights ${heights.join(', ')}`);
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(total <= 6000, `page height ${total} px`);
    }
    await m.cards().evaluateAll((cs) => cs.forEach((c) => { c.style.contentVisibility = ''; }));
    await firstCardInFirstScreen(page, 'fresh profile');
    await clean(page, 'first view');
    await shot(page, `${w}-first`);

    // The not-said list in the breakdown.
    const detail = await m.openDetail(0);
    await detail.getByTestId('not-said').waitFor();
    await clean(page, 'card open');
    await detail.getByTestId('not-said').scrollIntoViewIfNeeded();
    await shot(page, `${w}-card-open`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${label}: changing one importance re-ranks inside the viewport and marks what moved`, async () => {
    const { page, errors, context } = await newPage(env, viewport, BROWSER);
    const m = new MentorsPage(page, env.base);
    await m.seed(ANSWERED);
    await page.locator('[data-testid="mentor-list"]:not([aria-busy])').waitFor();
    await firstCardInFirstScreen(page, 'with a goal and answers');
    if (w === 375) {
      // Results first; "Refine" opens the needs as a modal sheet with focus inside.
      const refine = page.getByTestId('refine');
      assert.equal(await refine.getAttribute('aria-expanded'), 'false');
      await refine.click();
      const pane = page.getByTestId('needs-pane');
      assert.equal(await pane.getAttribute('role'), 'dialog');
      assert.equal(await pane.getAttribute('aria-modal'), 'true');
      await page.waitForFunction(() => document.activeElement?.id === 'sheet-close');
      await clean(page, 'sheet open');
      await shot(page, `${w}-sheet`);
      // Escape closes it and focus returns to "Refine".
      await page.keyboard.press('Escape');
      await page.getByTestId('sheet-close').waitFor({ state: 'hidden' });
      await page.waitForFunction(() => document.activeElement?.id === 'refine-button');
      assert.equal(await pane.getAttribute('role'), null);
      await m.openNeeds();
    }
    const before = await namesInView(page);
    assert.ok(before.length >= 1, 'a card in view while the needs are open');
    await m.setImportance('industry', 'essential');
    await page.waitForFunction((b) => {
      const sheet = document.querySelector('.needs-pane.is-open');
      const wide = matchMedia('(min-width: 1024px)').matches;
      const bottom = sheet && !wide ? sheet.getBoundingClientRect().top : innerHeight;
      const now = [...document.querySelectorAll('[data-testid="mentor-card"]')]
        .filter((c) => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.top + 40 <= bottom; })
        .map((c) => c.querySelector('[data-testid="mentor-name"]').textContent);
      return now.join('|') !== b.join('|');
    }, before);
    assert.notDeepEqual(await namesInView(page), before);
    // textContent: innerText is empty for cards off screen, whose rendering is skipped
    // (content-visibility); the visible mark comes first, then its spoken words.
    const marks = await page.locator('[data-testid="mentor-move"]:not([hidden])').allTextContents();
    assert.ok(marks.length >= 1, 'moved cards are marked');
    for (const mk of marks) assert.match(mk, /^(↑\d+|↓\d+|new in top 5|new)/);
    await clean(page, 'after a re-rank');
    await shot(page, `${w}-reranked`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('phone: shared time "essential" never lists a 0 h mentor above one who shares time', async () => {
  const { page, errors, context } = await newPage(env, VIEWPORTS.phone, BROWSER);
  const m = new MentorsPage(page, env.base);
  await m.seed(ANSWERED);
  await m.openNeeds();
  await m.setImportance('availability', 'essential');
  await m.closeNeeds();
  await page.getByTestId('show-more').click();
  await m.cards().nth(39).waitFor();
  const hours = await page.getByTestId('mentor-facts-line').evaluateAll((ls) => ls.map((l) => {
    const h = /([\d.]+) h\/week shared/.exec(l.textContent);
    return h ? Number(h[1]) : null;
  }));
  assert.equal(hours.length, 40);
  assert.ok(hours.every((h) => h !== null), 'every card states its shared time');
  const firstZero = hours.indexOf(0);
  if (firstZero >= 0) {
    assert.ok(hours.slice(firstZero).every((h) => h === 0), `a 0 h mentor above one with time: ${hours.join(',')}`);
  }
  assert.ok(hours[0] > 0, 'the first mentor shares time');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [label, viewport] of [['phone', VIEWPORTS.phone], ['desktop', VIEWPORTS.desktop]]) {
  test(`${label}: search, page and open card survive a reload; the shortlist bar jumps to the shortlist`, async () => {
    const { page, errors, context } = await newPage(env, viewport, BROWSER);
    const m = new MentorsPage(page, env.base);
    await m.seed(ANSWERED);
    await page.getByLabel('Search the ranked mentors').fill('a');
    await page.getByTestId('show-more').click();
    await m.cards().nth(20).waitFor();
    const id = await m.cards().nth(21).getAttribute('data-mentor-id');
    await m.openDetail(21);
    await m.cards().nth(21).getByTestId('mentor-detail').waitFor();
    const count = await m.cards().count();
    await page.reload();
    await page.locator('[data-testid="mentor-list"]:not([aria-busy])').waitFor();
    assert.equal(await page.getByLabel('Search the ranked mentors').inputValue(), 'a');
    assert.equal(await m.cards().count(), count);
    const open = page.locator(`[data-testid="mentor-card"][data-mentor-id="${id}"]`);
    await open.getByTestId('mentor-detail').waitFor();
    assert.equal(await open.getByTestId('toggle-detail').getAttribute('aria-expanded'), 'true');

    // Shortlist two: the bar says so and moves focus to the shortlist.
    await page.getByLabel('Search the ranked mentors').fill('');
    await m.shortlist(0);
    await m.shortlist(1);
    const bar = page.getByTestId('jump-shortlist');
    assert.equal(await bar.innerText(), 'Shortlist 2 · Compare');
    assert.ok(await bar.isVisible());
    await shot(page, `${viewport.width}-shortlist-bar`);
    await bar.click();
    await page.waitForFunction(() => document.activeElement?.id === 'shortlist-area');
    await page.getByTestId('shortlist').waitFor();
    assert.ok(await page.getByTestId('shortlist').isVisible());
    await clean(page, 'shortlist bar');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
