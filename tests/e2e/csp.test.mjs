// The Content-Security-Policy and the other security headers: written into the bundle after the
// build (scripts/csp.mjs), sent by the test server from dist/_headers, and every route passes
// it with zero violations at phone and desktop widths. (The harness fails any test of any file
// during which a page saw a violation; this file also checks that the watch itself works.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { start, newPage, takeCspViolations, VIEWPORTS } from './harness.mjs';
import { App } from './pages.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const FIXTURE = readFileSync(new URL('../fixtures/share_v1_typical.txt', import.meta.url), 'utf8').trim();

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const ROUTES = [
  { path: '/', testid: 'page-plan' },
  { path: '/goal', testid: 'page-goal' },
  { path: '/mentors', testid: 'page-mentors' },
  { path: '/sessions', testid: 'page-sessions' },
  { path: `/shared#${FIXTURE}`, testid: 'shared-plan' },
  { path: '/data', testid: 'page-data' },
  { path: '/no/such/page', testid: 'page-not-found' },
];

/** The policy in a document's <meta> tag, as { directive: [sources] }. */
function metaPolicy(html) {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'a <meta http-equiv="Content-Security-Policy"> tag');
  return parsePolicy(m[1]);
}

function parsePolicy(text) {
  return Object.fromEntries(text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
}

function inlineScripts(html) {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
}

test('the bundle carries the policy: <meta> in every HTML file, _headers with the header-only parts', () => {
  for (const name of ['index.html', '404.html']) {
    const html = readFileSync(new URL(name, DIST), 'utf8');
    const csp = metaPolicy(html);
    // Before any script or stylesheet: a <meta> policy covers only what follows it.
    assert.ok(html.indexOf('Content-Security-Policy') < html.search(/<script|<link/), `${name}: the policy comes first`);
    assert.deepEqual(csp['default-src'], ["'self'"]);
    assert.deepEqual(csp['object-src'], ["'none'"]);
    assert.deepEqual(csp['base-uri'], ["'none'"]);
    assert.deepEqual(csp['form-action'], ["'none'"]);
    assert.deepEqual(csp['style-src'].filter((s) => !s.startsWith("'sha256-")), ["'self'"], 'no unsafe-inline for styles');
    assert.equal(csp['frame-ancestors'], undefined, 'frame-ancestors is ignored (and logged) in a <meta> policy');
    // Every inline script Trunk emitted is allowed by its hash, and nothing else is.
    const scripts = inlineScripts(html);
    assert.ok(scripts.length >= 1, `${name}: Trunk's loader is inline`);
    const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    assert.deepEqual(csp['script-src'].filter((s) => s.startsWith("'sha256-")).sort(), [...new Set(hashes)].sort());
    assert.deepEqual(csp['script-src'].filter((s) => !s.startsWith("'sha256-")), ["'self'", "'wasm-unsafe-eval'"]);
    assert.match(html, /<meta name="referrer" content="no-referrer">/);
  }
  const headers = readFileSync(new URL('_headers', DIST), 'utf8');
  assert.match(headers, /^\/\*$/m);
  const csp = parsePolicy(/^ {2}Content-Security-Policy: (.*)$/m.exec(headers)[1]);
  assert.deepEqual(csp['frame-ancestors'], ["'none'"]);
  const meta = metaPolicy(readFileSync(new URL('index.html', DIST), 'utf8'));
  assert.deepEqual({ ...csp, 'frame-ancestors': undefined }, { ...meta, 'frame-ancestors': undefined }, 'header and <meta> agree');
  assert.match(headers, /^ {2}X-Content-Type-Options: nosniff$/m);
  assert.match(headers, /^ {2}Referrer-Policy: no-referrer$/m);
  assert.match(headers, /^ {2}X-Frame-Options: DENY$/m);
});

test('the test server sends the headers of _headers, as a static host does', async () => {
  for (const path of ['/', '/mentors', '/no/such/page']) {
    const res = await fetch(env.base + path);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy'), /frame-ancestors 'none'/, path);
    assert.match(res.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  }
});

for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
  test(`every route at ${vpName} loads under the policy with zero violations and no console errors`, async () => {
    const { context, page, errors } = await newPage(env, viewport);
    const referers = [];
    page.on('request', (r) => { if (r.headers().referer) referers.push(`${r.url()} <- ${r.headers().referer}`); });
    const app = new App(page, env.base);
    for (const route of ROUTES) {
      await app.open(route.path);
      await page.getByTestId(route.testid).waitFor();
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], route.path);
    }
    assert.deepEqual(takeCspViolations(), []);
    assert.deepEqual(errors, []);
    // no-referrer: not even the bundle's own files learn which page (or plan) asked for them.
    assert.deepEqual(referers, []);
    await context.close();
  });
}

test('the policy is enforced and the watch sees it: an injected inline script is blocked and reported', async () => {
  const { context, page, errors } = await newPage(env, VIEWPORTS.phone);
  const app = new App(page, env.base);
  await app.open('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    const d = document.createElement('div');
    d.setAttribute('style', 'color: red');
    document.body.append(d);
  });
  // Two policies are in force, the header's and the <meta> tag's: each reports both.
  await page.waitForFunction(() => window.__cspViolations.length >= 4);
  assert.equal(await page.evaluate(() => window.__injected), undefined, 'inline script did not run');
  const seen = await page.evaluate(() => window.__cspViolations.map((v) => v.directive).sort());
  assert.deepEqual(seen, ['script-src-elem', 'script-src-elem', 'style-src-attr', 'style-src-attr']);
  assert.ok(errors.some((e) => /Content Security Policy/.test(e)), 'the browser logs it too');
  await context.close();
  // This test caused them on purpose: the harness would fail it otherwise.
  assert.equal(takeCspViolations().length, 4);
});
