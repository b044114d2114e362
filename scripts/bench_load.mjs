// First-load benchmark of a release bundle, served as a static host would: brotli (quality 11,
// precompressed), the caching headers of DIST/_headers' policy, index.html for unknown paths,
// on 127.0.0.1. Measured, never a test; `bash scripts/bench.sh load` runs it after a build.
//   node scripts/bench_load.mjs [DIST] [--json OUT] [--no-lighthouse] [--bytes-only] [--lighthouse-only] [--check BASELINE]
// Reports, for "/" and a shared link ("/shared#…", tests/fixtures/share_v1_typical.txt):
//  - bytes fetched before the app is interactive (mounted, the route's content shown):
//    transfer (brotli) and decoded (raw), by file;
//  - throttled (1.6 Mbps down / 750 kbps up, 150 ms RTT, 4× CPU; Chromium DevTools
//    emulation): time to the first meaningful screen (first contentful paint of the shell or
//    the app) and to interactive, median of BENCH_RUNS (3) cold loads;
//  - Lighthouse (npm lighthouse, system Chromium) mobile and desktop, median of BENCH_RUNS runs,
//    for "/", "/goal", "/mentors" and the shared link: performance, accessibility, LCP, CLS, TBT.
// --check BASELINE compares the first-load brotli bytes with a committed baseline
// (.ci/first-load-baseline.json) and exits 1 if either route grew more than 3 %.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, extname, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const valued = new Set(['--json', '--check']);
const dist = resolve(args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]))[0] ?? 'dist');
const RUNS = Number(process.env.BENCH_RUNS || 3);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const SHARE = readFileSync(new URL('../tests/fixtures/share_v1_typical.txt', import.meta.url), 'utf8').trim();
const ROOT = new URL('..', import.meta.url).pathname;

// ---- the static host ----
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
const files = new Map();
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const path of walk(dist)) {
  const raw = readFileSync(path);
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  files.set('/' + relative(dist, path), { raw, br });
}
const hashed = (p) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(p);
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!files.has(path)) path = '/index.html';
  const f = files.get(path);
  const br = /\bbr\b/.test(req.headers['accept-encoding'] || '') && !path.endsWith('.png');
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': hashed(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(br ? { 'content-encoding': 'br' } : {}),
  });
  res.end(br ? f.br : f.raw);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const ROUTES = { '/': ['[data-testid="page-plan"] [data-testid="step-goal"]'], '/shared#…': ['[data-testid="shared-plan"]'] };
const urlOf = (route) => base + (route === '/shared#…' ? `/shared#${SHARE}` : route);

const browser = await chromium.launch({ executablePath: CHROME, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

/** One cold load (fresh context, no service worker yet), optionally throttled. */
async function load(route, throttle) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, raw: 0, transfer: 0, done: false }));
  cdp.on('Network.dataReceived', (e) => { const r = requests.get(e.requestId); if (r) r.raw += e.dataLength; });
  cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) { r.transfer = e.encodedDataLength; r.done = true; } });
  // The moment the route is interactive, taken in the page by a MutationObserver (its callback
  // runs right after the task that mounted the app), not when a polling test notices: work the
  // app starts once the page is on screen (the store codec, loaded when the browser is idle)
  // must not count as before interactive because the test looked late.
  await page.addInitScript((sel) => {
    window.__interactiveAt = null;
    const check = () => {
      if (window.__interactiveAt === null && !document.getElementById('shell') && document.querySelector(sel)) window.__interactiveAt = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true });
  }, ROUTES[route][0]);
  await page.addInitScript(() => {
    window.__fcp = null;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  });
  await page.goto(urlOf(route), { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__interactiveAt !== null, null, { polling: 'raf', timeout: 60000 });
  // The requests the page had received in full by then (resource timing; the document always).
  const { interactive, before } = await page.evaluate(() => ({
    interactive: window.__interactiveAt,
    before: performance.getEntriesByType('resource').filter((e) => e.responseEnd > 0 && e.responseEnd <= window.__interactiveAt).map((e) => e.name),
  }));
  const received = new Set([page.url().split('#')[0], ...before.map((u) => u.split('#')[0])]);
  const snapshot = [...requests.values()].filter((r) => r.done && received.has(r.url.split('#')[0])).map((r) => ({ ...r }));
  await page.waitForFunction(() => window.__fcp !== null);
  const fcp = await page.evaluate(() => window.__fcp);
  await context.close();
  return { interactive, fcp, requests: snapshot };
}

/** The first DOM node a Lighthouse audit's details name (its selector and a bit of its HTML). */
const nodeIn = (o) => {
  if (!o || typeof o !== 'object') return undefined;
  if (o.type === 'node') return `${o.selector ?? ''} ${(o.snippet ?? '').slice(0, 40)}`.trim();
  for (const v of Object.values(o)) { const n = nodeIn(v); if (n) return n; }
  return undefined;
};
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1);
const report = { firstLoad: {}, throttled: {}, lighthouse: {} };

console.log('== bytes fetched before interactive (cold, unthrottled) ==');
for (const route of flag('--lighthouse-only') ? [] : Object.keys(ROUTES)) {
  const { requests } = await load(route, false);
  const rawOf = (p) => (files.get(p) ?? files.get('/index.html')).raw.length;
  const rows = requests.map((r) => ({ file: new URL(r.url).pathname, raw: rawOf(new URL(r.url).pathname), transfer: r.transfer }));
  const total = { raw: rows.reduce((a, r) => a + r.raw, 0), transfer: rows.reduce((a, r) => a + r.transfer, 0) };
  report.firstLoad[route] = { ...total, files: rows };
  console.log(`${route}: ${kb(total.transfer)} KB transferred (brotli, headers included), ${kb(total.raw)} KB decoded, ${rows.length} requests`);
  for (const r of rows) console.log(`   ${r.file.slice(0, 44).padEnd(44)} ${kb(r.transfer).padStart(7)} KB br ${kb(r.raw).padStart(8)} KB raw`);
}

if (!flag('--bytes-only')) console.log(`== throttled: 1.6 Mbps, 150 ms RTT, 4x CPU (median of ${RUNS}) ==`);
for (const route of flag('--bytes-only') || flag('--lighthouse-only') ? [] : Object.keys(ROUTES)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await load(route, true));
  const fcp = median(runs.map((r) => r.fcp));
  const interactive = median(runs.map((r) => r.interactive));
  report.throttled[route] = { firstMeaningfulScreenMs: Math.round(fcp), interactiveMs: Math.round(interactive), runs: runs.map((r) => [Math.round(r.fcp), Math.round(r.interactive)]) };
  console.log(`${route}: first meaningful screen ${(fcp / 1000).toFixed(2)} s, interactive ${(interactive / 1000).toFixed(2)} s  (runs: ${runs.map((r) => `${(r.fcp / 1000).toFixed(2)}/${(r.interactive / 1000).toFixed(2)}`).join(', ')})`);
}
await browser.close();

if (!flag('--no-lighthouse') && !flag('--bytes-only')) {
  console.log(`== Lighthouse (median of ${RUNS}) ==`);
  const lh = join(ROOT, 'node_modules/lighthouse/cli/index.js');
  const tmp = mkdtempSync(join(tmpdir(), 'lh-'));
  // BENCH_FORMS / BENCH_ROUTES (comma-separated) narrow the Lighthouse runs, e.g. to re-measure one route.
  const pick = (env, all) => (process.env[env] ? process.env[env].split(',') : all);
  for (const form of pick('BENCH_FORMS', ['mobile', 'desktop'])) {
    for (const route of pick('BENCH_ROUTES', ['/', '/goal', '/mentors', '/shared#…'])) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const out = join(tmp, 'r.json');
        // Asynchronously: this process is also the server Lighthouse loads the pages from.
        await promisify(execFile)(process.execPath, [lh, urlOf(route), '--quiet', '--output=json', `--output-path=${out}`,
          '--only-categories=performance,accessibility', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
          ...(form === 'desktop' ? ['--preset=desktop'] : [])], { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 1 << 26 });
        const r = JSON.parse(readFileSync(out, 'utf8'));
        // BENCH_LH_KEEP=DIR keeps every report (DIR/mobile-goal-1.json, …) to read its audits.
        if (process.env.BENCH_LH_KEEP) writeFileSync(join(process.env.BENCH_LH_KEEP, `${form}-${route.replace(/[^a-z]/g, '') || 'start'}-${i + 1}.json`), JSON.stringify(r));
        runs.push({
          perf: Math.round(r.categories.performance.score * 100),
          a11y: Math.round(r.categories.accessibility.score * 100),
          lcp: r.audits['largest-contentful-paint'].numericValue,
          cls: r.audits['cumulative-layout-shift'].numericValue,
          tbt: r.audits['total-blocking-time'].numericValue,
          fcp: r.audits['first-contentful-paint'].numericValue,
          // Which element Chromium reported last as the largest paint (the LCP's cause).
          // (Lighthouse 13 names it in the LCP breakdown insight; older ones in an audit of its own.)
          lcpElement: nodeIn(r.audits['lcp-breakdown-insight']?.details ?? r.audits['largest-contentful-paint-element']?.details) ?? '?',
        });
      }
      const m = (k) => median(runs.map((r) => r[k]));
      const row = { performance: m('perf'), accessibility: m('a11y'), lcpMs: Math.round(m('lcp')), fcpMs: Math.round(m('fcp')), cls: Number(m('cls').toFixed(3)), tbtMs: Math.round(m('tbt')), runs: runs.map((r) => r.perf), lcpElements: [...new Set(runs.map((r) => r.lcpElement))] };
      report.lighthouse[`${form} ${route}`] = row;
      console.log(`${form.padEnd(7)} ${route.padEnd(10)} perf ${row.performance} (${row.runs.join(', ')})  a11y ${row.accessibility}  FCP ${(row.fcpMs / 1000).toFixed(2)} s  LCP ${(row.lcpMs / 1000).toFixed(2)} s  CLS ${row.cls}  TBT ${row.tbtMs} ms  LCP element ${row.lcpElements.join(' | ')}`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}
server.close();

if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify(report, null, 2) + '\n');
const BUDGET = 250 * 1024;
for (const [route, r] of Object.entries(report.firstLoad)) {
  console.log(`budget: ${route} first load ${kb(r.transfer)} KB brotli of ${kb(BUDGET)} KB (${r.transfer <= BUDGET ? 'within' : 'OVER'})`);
}
if (opt('--check')) {
  const baseline = JSON.parse(readFileSync(opt('--check'), 'utf8'));
  let bad = 0;
  for (const [route, r] of Object.entries(report.firstLoad)) {
    const was = baseline.firstLoadBrotliBytes[route];
    const limit = Math.floor(was * 1.03);
    const ok = r.transfer <= limit;
    if (!ok) bad++;
    console.log(`first-load check: ${route} ${r.transfer} B vs baseline ${was} B (limit +3 %: ${limit} B) ${ok ? 'ok' : 'GREW'}`);
  }
  if (bad) {
    console.log('first-load check: raise .ci/first-load-baseline.json deliberately, with a note, if the growth is wanted');
    process.exit(1);
  }
}
