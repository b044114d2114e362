// First load, offline and updates: the pre-wasm shell matches what the app renders and paints
// without the wasm, the app mounts over it without layout shift, the manifest is installable,
// every route reopens offline after one visit, a new build offers "Reload", and a chunk that
// cannot be downloaded shows a recoverable message instead of trapping.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { start, newPage, axeViolations, VIEWPORTS } from './harness.mjs';
import { App } from './pages.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const SHARE = readFileSync(new URL('../fixtures/share_v1_typical.txt', import.meta.url), 'utf8').trim();
const ROUTES = [
  ['/', 'page-plan'],
  ['/goal', 'page-goal'],
  ['/mentors', 'page-mentors'],
  ['/sessions', 'page-sessions'],
  ['/data', 'page-data'],
  ['/shared', 'page-shared'],
  [`/shared#${SHARE}`, 'page-shared'],
  ['/no/such/page', 'page-not-found'],
];
const indexHtml = () => readFileSync(`${env.dist}/index.html`, 'utf8');

/** The texts of the first screen, from the shell in index.html or from the mounted app. */
function firstScreen(root) {
  const text = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
  return {
    brand: text('header .brand'),
    nav: text('nav[aria-label="Main"] a'),
    h1: text('main h1:not(.shell-wait, .pending-title)'),
    lede: text('main .lede:not(.shell-intro *, .route-pending *)'),
    next: text('main .next-step h2, main .next-step p, main .next-step .button'),
    steps: text('main .flow-step h3, main .flow-step p'),
  };
}

test('the shell in index.html says what the app renders for "/" on a first visit', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  await new App(page, env.base).open('/');
  await page.getByTestId('step-goal').waitFor();
  const shown = await page.evaluate(`(${firstScreen})(document)`);
  const shell = await page.evaluate(
    `(${firstScreen})(new DOMParser().parseFromString(${JSON.stringify(indexHtml())}, 'text/html').getElementById('shell'))`,
  );
  assert.ok(shell.h1.length && shell.steps.length === 6, JSON.stringify(shell));
  assert.deepEqual(shell, shown);
  assert.equal(await page.locator('#shell').count(), 0, 'the app removed the shell');
  assert.deepEqual(errors, []);
  await context.close();
});

// The pages whose first view starts with a heading and an introduction (src/ui/pages/intro.rs):
// [path, the shell's data-intro, the page's test id, the loading line].
const INTROS = [
  ['/goal', 'goal', 'page-goal', 'Loading the goal coach…'],
  ['/mentors', 'mentors', 'page-mentors', 'Loading the mentor directory…'],
  ['/cohort', 'cohort', 'page-cohort', 'Loading cohort matching…'],
];

/** A page's (or an intro block's) heading and introduction, as text. */
function introOf(root) {
  const text = (e) => (e ? e.textContent.replace(/\s+/g, ' ').trim() : null);
  return { h1: text(root.querySelector('h1')), lede: text(root.querySelector('.lede')) };
}

test('the shell in index.html starts the goal, mentors and cohort pages as the app does', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  for (const [path, intro, testid] of INTROS) {
    await new App(page, env.base).open(path);
    const shown = await page.evaluate(`(${introOf})(document.querySelector('[data-testid="${testid}"]'))`);
    const shell = await page.evaluate(
      `(${introOf})(new DOMParser().parseFromString(${JSON.stringify(indexHtml())}, 'text/html').querySelector('#shell [data-intro="${intro}"]'))`,
    );
    assert.ok(shown.h1 && shown.lede, `${path}: ${JSON.stringify(shown)}`);
    assert.deepEqual(shell, shown, path);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`${name}: the shell paints without the wasm; other routes show a loading state`, async () => {
    const { context, page } = await newPage(env, viewport, { serviceWorkers: 'block' });
    // The wasm never arrives: whatever shows comes from index.html and its styles alone.
    await page.route(/\.wasm$/, () => {});
    await page.goto(env.base + '/', { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1, name: 'Your mentoring plan' }).waitFor();
    assert.ok(await page.getByRole('link', { name: 'Start' }).isVisible());
    assert.equal(await page.locator('.flow-step').count(), 3);
    assert.equal(await page.getByText('Loading Trellis…').isVisible(), false);
    assert.deepEqual(await axeViolations(page), []);
    for (const [path, intro, , loading] of INTROS) {
      await page.goto(env.base + path, { waitUntil: 'domcontentloaded' });
      const block = page.locator(`#shell [data-intro="${intro}"]`);
      await block.getByText(loading).waitFor();
      assert.ok(await block.getByRole('heading', { level: 1 }).isVisible(), path);
      // As on the page: on a phone the Mentors introduction shrinks to its heading.
      assert.equal(await block.locator('.lede').isVisible(), !(intro === 'mentors' && viewport.width < 1024), path);
      assert.equal(await page.getByText('Loading Trellis…').isVisible(), false, path);
      assert.equal(await page.getByRole('heading', { name: 'Your mentoring plan' }).isVisible(), false, path);
      // The shell marks the route's tab as the app will (the phone's tab bar has no Cohort).
      const tab = page.locator(`#shell nav a[href="${path}"]`);
      if (await tab.isVisible()) assert.equal(await tab.evaluate((a) => getComputedStyle(a).fontWeight), '700', path);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    await page.goto(env.base + '/sessions', { waitUntil: 'domcontentloaded' });
    await page.getByText('Loading Trellis…').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Your mentoring plan' }).isVisible(), false);
    assert.deepEqual(await axeViolations(page), []);
    // With a plan stored, /goal may open on the wizard: the shell only says it is loading.
    await page.evaluate(() => localStorage.setItem('trellis.state', '{}'));
    await page.goto(env.base + '/goal', { waitUntil: 'domcontentloaded' });
    await page.getByText('Loading Trellis…').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Define your goal' }).isVisible(), false);
    await context.close();
  });

  test(`${name}: the app mounts over the shell without layout shift (CLS ≤ 0.05)`, async () => {
    const { context, page, errors } = await newPage(env, viewport, { serviceWorkers: 'block' });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const [path, ready] of [['/', 'step-goal'], ['/goal', 'start-scratch'], ['/mentors', 'mentors-no-goal']]) {
      await new App(page, env.base).open(path);
      await page.getByTestId(ready).waitFor();
      // Let the page stylesheets and fonts settle, then read the sum.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const cls = await page.evaluate(() => window.__cls);
      assert.ok(cls <= 0.05, `${path}: CLS ${cls}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('installable: the manifest names the app, its colours and icons (maskable included)', async () => {
  const { context, page } = await newPage(env, VIEWPORTS.phone);
  await page.goto(env.base + '/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(env.base + href)).json();
  assert.equal(manifest.short_name, 'Trellis');
  assert.match(manifest.name, /Trellis/);
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, '/');
  assert.ok(manifest.theme_color && manifest.background_color);
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
  assert.ok(manifest.icons.some((i) => i.sizes === '192x192'));
  for (const icon of manifest.icons) {
    const r = await page.request.get(env.base + icon.src);
    assert.equal(r.status(), 200, icon.src);
    assert.equal(r.headers()['content-type'], icon.type, icon.src);
  }
  await context.close();
});

/** A visit that leaves the service worker installed and in control. */
async function visitOnce(viewport = VIEWPORTS.phone) {
  const { context, page, errors } = await newPage(env, viewport);
  await new App(page, env.base).open('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  return { context, page, errors };
}

test('after one visit every route opens offline, deep links and a shared link included', async () => {
  const { context, page, errors } = await visitOnce();
  await context.setOffline(true);
  for (const [path, testid] of ROUTES) {
    await page.goto(env.base + path);
    await page.getByTestId(testid).waitFor();
    if (path.startsWith('/shared#')) await page.getByTestId('shared-plan').waitFor();
    await page.reload();
    await page.getByTestId(testid).waitFor();
  }
  // In-app navigation to each lazy page works offline too.
  await page.goto(env.base + '/');
  for (const [tab, testid] of [['Goal', 'page-goal'], ['Mentors', 'page-mentors'], ['Sessions', 'page-sessions']]) {
    await new App(page, env.base).go(tab);
    await page.getByTestId(testid).waitFor();
  }
  assert.equal(await page.locator('#chunk-error').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build waits for "Reload", which then switches to it', async () => {
  const { context, page, errors } = await visitOnce();
  const original = readFileSync(`${env.dist}/sw.js`, 'utf8');
  env.overrides.set('/sw.js', () => `${original}\n// another build\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const bar = page.locator('#update-ready');
    await bar.waitFor();
    assert.match(await bar.innerText(), /New version ready/);
    assert.deepEqual(await axeViolations(page), []);
    // Nothing switches by itself: the old worker still controls the page.
    assert.ok(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting));
    await Promise.all([page.waitForEvent('load'), bar.getByRole('button', { name: 'Reload' }).click()]);
    await page.getByTestId('page-plan').waitFor();
    assert.ok(await page.evaluate(async () => !(await navigator.serviceWorker.getRegistration()).waiting));
    assert.equal(await page.locator('#update-ready').count(), 0);
  } finally {
    env.overrides.delete('/sw.js');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a chunk that cannot be downloaded shows a recoverable message; "Try again" loads it', { skip: !isSplitBuild() && 'single-bundle build: no chunks' }, async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone, { serviceWorkers: 'block' });
  let refused = 0;
  const chunk = /\/(?!trellis-)[^/]+\.wasm$/;
  await page.route(chunk, (route) => { refused++; route.fulfill({ status: 404, body: 'gone' }); });
  const app = new App(page, env.base);
  await app.open('/');
  await app.go('Goal');
  const bar = page.locator('#chunk-error');
  await bar.waitFor();
  assert.match(await bar.innerText(), /could not be loaded/);
  assert.ok(refused >= 3, `retried: ${refused} requests`);
  assert.deepEqual(await axeViolations(page), []);
  // Back online: "Try again" resumes the same load, and the app goes on (it did not trap).
  await page.unroute(chunk);
  await bar.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('page-goal').waitFor();
  assert.equal(await page.locator('#chunk-error').count(), 0);
  await app.go('Plan');
  await page.getByTestId('page-plan').waitFor();
  await app.go('Mentors');
  await page.getByTestId('page-mentors').waitFor();
  assert.deepEqual(errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
  await context.close();
});

for (const [path, heading, loading, ready] of [
  [`/shared#${SHARE}`, 'Loading Trellis…', null, 'shared-plan'],
  ['/goal', 'Define your goal', 'Loading the goal coach…', 'page-goal'],
]) {
  const route = path.split('#')[0];
  test(`${route}: a deep link whose page cannot be downloaded shows the recoverable message; "Try again" opens the page`, { skip: !isSplitBuild() && 'single-bundle build: no chunks' }, async () => {
    const { context, page, errors } = await newPage(env, VIEWPORTS.phone, { serviceWorkers: 'block' });
    // On a deep link the page's pack starts beside the main wasm (web/boot.js): refuse it.
    const pack = /\/pack-[^/]+\.wasm$/;
    let refused = 0;
    await page.route(pack, (r) => { refused++; r.fulfill({ status: 404, body: 'gone' }); });
    await page.goto(env.base + path);
    const bar = page.locator('#chunk-error');
    await bar.waitFor();
    assert.ok(refused >= 3, `retried: ${refused} requests`);
    assert.match(await bar.innerText(), /could not be loaded/);
    // Behind the bar the mounted app's loading state: the page's heading (and introduction,
    // with a loading line, where the page starts with them), not an empty <main>; axe-clean.
    const pending = page.locator('main .route-pending');
    await pending.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(await page.locator('#shell').count(), 0, 'the app has mounted');
    if (loading) assert.ok(await pending.getByRole('status').getByText(loading).isVisible());
    const before = loading && (await pending.locator('.lede').boundingBox());
    assert.deepEqual(await axeViolations(page), []);
    await page.unroute(pack);
    await bar.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId(ready).waitFor();
    assert.equal(await page.locator('#chunk-error').count(), 0);
    assert.equal(await pending.isVisible(), false, 'the loading state goes with the page');
    if (loading) {
      // The page puts its own heading and introduction where the loading state had them.
      const after = await page.locator(`[data-testid="${ready}"] .lede`).boundingBox();
      assert.deepEqual([after.x, after.y, after.width, after.height].map(Math.round), [before.x, before.y, before.width, before.height].map(Math.round));
    }
    assert.deepEqual(errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
    await context.close();
  });
}

test('page stylesheets come with their page: "/" and "/shared#…" fetch none, each page shows with its own', { skip: !isSplitBuild() && 'single-bundle build: every stylesheet loads with the document' }, async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone, { serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/(main|mentors|sessions|prompt|cohort)-[0-9a-f]+\.css$/);
    if (m) fetched.push(m[1]);
  });
  // The stylesheets already applied at the moment a page's root element first appears.
  await page.addInitScript(() => {
    window.__sheetsAtMount = {};
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid^="page-"]')) {
        const id = el.dataset.testid;
        if (window.__sheetsAtMount[id]) continue;
        window.__sheetsAtMount[id] = [...document.styleSheets]
          .map((s) => (s.href || '').split('/').pop().replace(/-[0-9a-f]+\.css$/, '') || s.ownerNode?.dataset?.sheet || '')
          .filter(Boolean);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(env.base + '/');
  await page.getByTestId('step-goal').waitFor();
  await page.goto(env.base + `/shared#${SHARE}`);
  await page.getByTestId('shared-plan').waitFor();
  await page.waitForLoadState('load');
  // main.css is inlined into index.html (scripts/bundle.mjs, 4b): it is never fetched at all.
  assert.deepEqual(fetched, [], 'no page stylesheet before "/" or "/shared#…" is interactive, and main.css never');
  for (const [path, testid, sheets] of [
    ['/mentors', 'page-mentors', ['mentors']],
    ['/sessions', 'page-sessions', ['sessions', 'prompt']],
    ['/cohort', 'page-cohort', ['mentors', 'cohort']],
  ]) {
    await page.goto(env.base + path);
    await page.getByTestId(testid).waitFor();
    const applied = await page.evaluate((id) => window.__sheetsAtMount[id], testid);
    for (const sheet of sheets) assert.ok(applied.includes(sheet), `${path}: ${sheet}.css applied when the page appeared (had ${applied})`);
    // In the document's order, as the single bundle links them.
    const order = applied.filter((s) => ['mentors', 'sessions', 'share', 'prompt', 'cohort'].includes(s));
    const want = ['mentors', 'sessions', 'share', 'prompt', 'cohort'].filter((s) => order.includes(s));
    assert.deepEqual(order, want, `${path}: stylesheet order`);
    assert.ok(applied.indexOf('main') < applied.indexOf('trap'), `${path}: trap.css follows main.css (${applied})`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

function isSplitBuild() {
  try {
    const dir = new URL(`../../${process.env.TRELLIS_DIST || 'dist'}/`, import.meta.url);
    return readdirSync(dir).some((f) => /^split-[0-9a-f]{16}\.js$/.test(f));
  } catch {
    return false;
  }
}
