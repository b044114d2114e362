// Shared e2e harness: serves dist/ on a loopback port, launches the system Chromium through
// playwright-core (never a downloaded browser), and checks every page for axe violations and
// console errors. Every context the browser opens, in every test, records Content-Security-
// Policy violations (`securitypolicyviolation` events) on every page; a test during which any
// page saw one fails (the afterEach hook below).
import { afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './serve.mjs';

export const VIEWPORTS = {
  phone: { width: 375, height: 667 },
  desktop: { width: 1280, height: 800 },
};

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Violations seen since the last test ended, keyed `document id:index` (no duplicates when
 * one arrives both through the binding and from the page's own list). */
const violations = new Map();

function record(v) {
  violations.set(`${v.doc}:${v.i}`, `${v.directive} blocked ${v.blocked || 'inline'} at ${v.url}${v.sample ? ` (${v.sample})` : ''}`);
}

/** Runs in every document before its own scripts: keeps each violation in
 * `window.__cspViolations` and reports it to the test at once (a page that navigates away
 * takes its list with it). */
function cspProbe() {
  const doc = Math.random().toString(36).slice(2);
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const v = {
      doc, i: window.__cspViolations.length, directive: e.effectiveDirective, blocked: e.blockedURI,
      url: e.documentURI, sample: e.sample,
    };
    window.__cspViolations.push(v);
    window.__reportCsp?.(v);
  }, true);
}

/** Makes a context report its pages' CSP violations; reads each open page's list when the
 * context is closed, so a violation just before the end is not lost. */
async function watchCsp(context) {
  await context.exposeBinding('__reportCsp', (_source, v) => record(v));
  await context.addInitScript(cspProbe);
  const close = context.close.bind(context);
  context.close = async (...args) => {
    for (const page of context.pages()) {
      const list = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      list.forEach(record);
    }
    return close(...args);
  };
  return context;
}

/** The CSP violations recorded since the last call, and forgets them. */
export function takeCspViolations() {
  const list = [...violations.values()];
  violations.clear();
  return list;
}

afterEach(() => {
  assert.deepEqual(takeCspViolations(), [], 'Content-Security-Policy violations during this test');
});

/** Starts the static server and the browser once per test file. Every context the browser
 * opens (through newPage or directly) watches for CSP violations. `TRELLIS_DIST` serves
 * another build (e.g. one of an older commit, to see a test fail there). */
export async function start() {
  // TRELLIS_DIST: another bundle folder (the single-bundle fallback is built into dist-single).
  const dist = new URL(`../../${process.env.TRELLIS_DIST || 'dist'}`, import.meta.url).pathname;
  const overrides = new Map();
  const server = await serve(dist, 0, overrides);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => watchCsp(await newContext(...args));
  return {
    base,
    browser,
    dist,
    /** path → () => body: served instead of the file (see serve.mjs). */
    overrides,
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A fresh context (empty storage) and page at a viewport, collecting console errors. */
export async function newPage(env, viewport = VIEWPORTS.phone, options = {}) {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { context, page, errors };
}

/** The axe-core version package.json pins (its "axe-core" devDependency; `overrides` makes
 * @axe-core/playwright inject that same copy). */
const AXE_PINNED = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).devDependencies['axe-core'];

/** Runs axe-core on the page and returns its violations, summarised for an assertion message.
 * Fails when the axe the page ran is not the pinned one. `label-content-name-mismatch` (the
 * accessible name must contain the visible label; tagged "experimental" before axe 4.14) is
 * switched on by name so it runs whatever the tags. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  assert.equal(results.testEngine.version, AXE_PINNED, 'axe-core in the page is the version package.json pins');
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Width of the page's content beyond the viewport, in px (0 = no horizontal scroll). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
