import { start, newPage, VIEWPORTS } from './harness.mjs';
const env = await start();
for (const vp of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
const { page, context } = await newPage(env, vp, { locale: 'en-US', timezoneId: 'Europe/Berlin' });
await page.goto(env.base + '/mentors');
await page.getByTestId('mentor-list').waitFor();
const wide = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1).slice(0, 12).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
console.log(wide.join('\n'));
console.log(await page.evaluate(() => [document.documentElement.scrollHeight, ...[...document.querySelectorAll('[data-testid=mentor-card]')].map(c=>Math.round(c.getBoundingClientRect().height))].join(',')));
await page.screenshot({ path: `/tmp/m13/first${vp.width}.png` });
await context.close();
}
await env.stop();
