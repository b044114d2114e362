// The Mentors page as the redraw benchmarks open it (issue 13): the release bundle served on
// 127.0.0.1, a goal, an industry and two free evenings stored, /mentors at 375 px with 20
// ranked cards. Shared by scripts/bench_redraw.mjs and scripts/bench_redraw_trace.mjs.
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/serve.mjs';
import { SPEAKER_GOAL } from '../tests/e2e/pages.mjs';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export const STATE = {
  goals: [SPEAKER_GOAL],
  active_goal: 'g1',
  needs: {
    industry: 'Media', time_zone: 'Europe/London',
    availability: [{ day: 'mon', start: '18:00', end: '20:00' }, { day: 'sat', start: '09:00', end: '12:00' }],
  },
};

/** Serves `dist`, opens /mentors with STATE stored and waits for the 20th card.
 * Returns { context, page, close }; `close()` closes the browser and the server. */
export async function openMentors(dist) {
  const server = await serve(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const close = async () => { await browser.close(); server.close(); };
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'en-US', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.evaluate((raw) => localStorage.setItem('trellis.state', raw), JSON.stringify({ version: 1, saved_at: 'x', data: STATE }));
    await page.goto(base + '/mentors');
    await page.locator('[data-testid="mentor-card"]').nth(19).waitFor();
    return { context, page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
