// Screenshots of every route (and every goal-wizard step) at 375 and 1280 px, for a person to
// look at. Not a test. Usage: node tests/e2e/screenshots.mjs [out-dir]   (after trunk build)
import { mkdir } from 'node:fs/promises';
import { start, newPage, VIEWPORTS } from './harness.mjs';
import { GoalWizard } from './pages.mjs';

const out = process.argv[2] ?? 'screenshots';
await mkdir(out, { recursive: true });
const env = await start();
const scheme = process.env.SCHEME ?? 'light';
for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  const { context, page } = await newPage(env, viewport, { colorScheme: scheme });
  const w = new GoalWizard(page, env.base);
  const shot = (what) => page.screenshot({ path: `${out}/${what}-${viewport.width}-${scheme}.png`, fullPage: true });
  for (const [path, what] of [['/', 'plan-empty'], ['/goal', 'goal-start'], ['/mentors', 'mentors'], ['/sessions', 'sessions'], ['/shared', 'shared'], ['/data', 'data'], ['/nope', 'not-found']]) {
    await w.open(path);
    await shot(what);
  }
  await w.open('/goal');
  await w.startFromTemplate('public-speaking');
  for (const step of ['why', 'statement', 'measure', 'milestones', 'review']) {
    await shot(`goal-${step}`);
    if (step !== 'review') await w.next();
    await w.stepTitle().waitFor();
  }
  await w.goToStep('Goal');
  await w.fill('Goal', 'get better at speaking someday');
  await shot('goal-statement-vague');
  await w.open('/');
  await shot('plan-progress');
  await context.close();
}
await env.stop();
console.log(`screenshots in ${out}/`);
