// A tiny static server for the release bundle: serves files from a folder and falls back to
// index.html for unknown paths, so deep links (/goal, /shared#…) work on reload, as they do on
// a static host with a 404.html fallback. Loopback only. Sends the headers the bundle's
// `_headers` file (written by scripts/csp.mjs, Netlify / Cloudflare Pages format) names for the
// path, so the e2e suite runs under the same Content-Security-Policy as a deployed copy.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Parses a `_headers` file: blocks of a path pattern line followed by indented
 * `Name: value` lines; `#` starts a comment. Returns [{ pattern, headers: [[name, value]] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern (`/*`, `/assets/*`, `/exact`) matches a request path. */
function matches(pattern, path) {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

async function headerRules(root) {
  try {
    return parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    return [];
  }
}

/** `overrides` (tests only): path → () => body, served instead of the file (e.g. a changed
 * sw.js, to play a new build). */
export function serve(dir, port = 0, overrides = new Map()) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const rules = await headerRules(root);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (overrides.has(path)) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(overrides.get(path)());
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, 'index.html');
    try {
      if (!(await stat(file)).isFile()) file = join(root, 'index.html');
    } catch {
      file = join(root, 'index.html');
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      for (const rule of rules) {
        if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(500);
      res.end('read error');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}`);
}
