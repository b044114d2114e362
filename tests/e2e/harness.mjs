// Shared e2e harness: serves dist/ on a loopback port, launches the system Chromium through
// playwright-core (never a downloaded browser), and checks every page for axe violations and
// console errors.
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

/** Starts the static server and the browser once per test file. */
export async function start() {
  // TRELLIS_DIST: another bundle folder (the single-bundle fallback is built into dist-single).
  const dist = new URL(`../../${process.env.TRELLIS_DIST || 'dist'}`, import.meta.url).pathname;
  const overrides = new Map();
  const server = await serve(dist, 0, overrides);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ARGS });
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

/** Runs axe-core on the page and returns its violations, summarised for an assertion message. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Width of the page's content beyond the viewport, in px (0 = no horizontal scroll). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
