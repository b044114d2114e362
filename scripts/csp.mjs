#!/usr/bin/env node
// The Content-Security-Policy, computed on the FINISHED bundle: `node scripts/csp.mjs dist`.
// It runs as the last step of `release_bundle` (scripts/env.sh), after Trunk and anything else
// that writes HTML into dist/, because Trunk's inline loader script changes with every build
// and a policy that names it by hash must see the bytes actually shipped.
//
// For every top-level *.html file in the folder (index.html, 404.html, …) it
//   1. refuses markup the policy would block anyway (inline event handlers, `javascript:`
//      URLs, `style="…"` attributes, scripts from another origin) — a build that fails here
//      is better than a page that is blank in production;
//   2. hashes (sha256) every inline <script> and <style> element;
//   3. writes <meta http-equiv="Content-Security-Policy"> (and <meta name="referrer">) before
//      anything it governs (after <meta charset>), replacing the ones from an earlier run;
// and writes `_headers` (Netlify / Cloudflare Pages format) with the same policy plus the
// directives a <meta> policy ignores, and the other security headers. ARCHITECTURE.md,
// "Content-Security-Policy", explains each directive; README.md, "Deploying to a static host",
// says which host serves what.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Directives both in the <meta> tag and in the header. `hashes` are 'sha256-…' sources. */
export function policy({ scriptHashes = [], styleHashes = [] } = {}) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets WebAssembly.instantiate compile the app; it does not allow eval().
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    // Stylesheets from the bundle only; no inline style attributes (the score bars set their
    // widths through the CSSOM, which CSP does not restrict).
    `style-src 'self'${styleHashes.map((h) => ` '${h}'`).join('')}`,
    "img-src 'self'",
    "font-src 'self'",
    // The loader fetches the .wasm file; nothing talks to any other origin.
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // The app has no form that submits anywhere: every <form> is handled in the page.
    "form-action 'none'",
  ];
}

/** Directives a <meta> policy ignores (browsers log a console error for them): header only. */
export const HEADER_ONLY = ["frame-ancestors 'none'"];

/** Other headers for every path. The shared plan travels in the URL fragment, which browsers
 * never put in a Referer header; no-referrer also keeps the path (/shared, /goal …) private
 * when a link to another site is followed. */
export const OTHER_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  // Older browsers' form of frame-ancestors 'none'.
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

const META_CSP = /<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>\s*/gi;
const META_REFERRER = /<meta\s+name=["']?referrer["']?[^>]*>\s*/gi;

/** sha256 source of an inline element's text as the browser sees it (the HTML parser turns
 * CRLF and lone CR into LF before the hash is taken). */
export function sha256(text) {
  const normalized = text.replace(/\r\n?/g, '\n');
  return `sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}`;
}

/** Inline script and style hashes of one HTML document, and every reason the policy would
 * block part of it. */
export function scan(html) {
  const scriptHashes = [];
  const styleHashes = [];
  const problems = [];
  const raw = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
  let m;
  while ((m = raw.exec(html))) {
    const [, tag, attrs, body] = m;
    if (tag.toLowerCase() === 'script') {
      const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs);
      if (src) {
        if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src[1]) || /^[a-z][a-z0-9+.-]*:/i.test(src[1])) {
          problems.push(`<script src="${src[1]}"> is not from this origin`);
        }
      } else if (body.trim() !== '') {
        scriptHashes.push(sha256(body));
      }
    } else if (body.trim() !== '') {
      styleHashes.push(sha256(body));
    }
  }
  // Everything outside script/style bodies: the tags themselves.
  const markup = html.replace(raw, (_all, tag, attrs) => `<${tag}${attrs}>`);
  const tags = markup.match(/<[a-z][^>]*>/gi) ?? [];
  for (const t of tags) {
    if (/\son[a-z]+\s*=/i.test(t)) problems.push(`inline event handler in ${t}`);
    if (/\sstyle\s*=/i.test(t)) problems.push(`style attribute in ${t} (use a class)`);
    if (/=\s*["']?\s*javascript:/i.test(t)) problems.push(`javascript: URL in ${t}`);
  }
  return { scriptHashes, styleHashes, problems };
}

/** The document with the policy as the first elements of <head> (earlier ones removed). */
export function withMeta(html, directives) {
  const cleaned = html.replace(META_CSP, '').replace(META_REFERRER, '');
  const meta =
    `<meta http-equiv="Content-Security-Policy" content="${directives.join('; ')}">` +
    '<meta name="referrer" content="no-referrer">';
  const head = /<head\b[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('no <head> element');
  let at = head.index + head[0].length;
  // After <meta charset> when nothing the policy governs comes before it (the charset must
  // stay in the first 1024 bytes), else right after <head>.
  const charset = /<meta\s+charset=[^>]*>/i.exec(cleaned);
  if (charset && charset.index >= at && !/<(script|link|style)\b/i.test(cleaned.slice(at, charset.index))) {
    at = charset.index + charset[0].length;
  }
  return cleaned.slice(0, at) + meta + cleaned.slice(at);
}

/** The `_headers` file: one block for every path. */
export function headersFile(directives) {
  const csp = [...directives, ...HEADER_ONLY].join('; ');
  return [
    '# Written by scripts/csp.mjs after the build; do not edit (it changes with every build).',
    '# Netlify and Cloudflare Pages read this file; other hosts: send these headers yourself',
    '# (README.md, "Deploying to a static host"). frame-ancestors is only here: browsers',
    '# ignore it in the <meta> policy of index.html.',
    '/*',
    `  Content-Security-Policy: ${csp}`,
    ...OTHER_HEADERS.map(([k, v]) => `  ${k}: ${v}`),
    '',
  ].join('\n');
}

/** Applies the policy to every top-level HTML file of `dir`; returns what it did. */
export async function apply(dir) {
  const root = resolve(dir);
  const names = (await readdir(root)).filter((n) => n.endsWith('.html')).sort();
  if (!names.includes('index.html')) throw new Error(`${root} has no index.html`);
  const docs = [];
  const scripts = new Set();
  const styles = new Set();
  const problems = [];
  for (const name of names) {
    const html = await readFile(join(root, name), 'utf8');
    const found = scan(html.replace(META_CSP, ''));
    found.scriptHashes.forEach((h) => scripts.add(h));
    found.styleHashes.forEach((h) => styles.add(h));
    problems.push(...found.problems.map((p) => `${name}: ${p}`));
    docs.push({ name, html });
  }
  if (problems.length) throw new Error(`markup the Content-Security-Policy would block:\n  ${problems.join('\n  ')}`);
  const directives = policy({ scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort() });
  for (const { name, html } of docs) await writeFile(join(root, name), withMeta(html, directives));
  // Keep the caching rules scripts/bundle.mjs wrote (its "trellis: caching" block) after the
  // policy block for every path.
  let existing = '';
  try {
    existing = await readFile(join(root, '_headers'), 'utf8');
  } catch {}
  const caching = existing.match(/# trellis: caching \(scripts\/bundle\.mjs\) begin[\s\S]*?# trellis: caching end\n?/);
  await writeFile(join(root, '_headers'), headersFile(directives) + (caching ? `\n${caching[0]}` : ''));
  return { files: names, scriptHashes: scripts.size, styleHashes: styles.size, policy: directives.join('; ') };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dir = process.argv[2] ?? 'dist';
  try {
    const done = await apply(dir);
    console.log(`csp: ${done.files.join(', ')} + _headers: ${done.scriptHashes} inline script(s), ${done.styleHashes} inline style(s) hashed`);
  } catch (e) {
    console.error(`csp: ${e.message}`);
    process.exit(1);
  }
}
