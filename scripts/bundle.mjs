// Finishes the release bundle that `trunk build --release` wrote, in place. Called by
// release_bundle (scripts/env.sh); never by `trunk serve`, which stays a plain dev build.
//   node scripts/bundle.mjs DIST [SPLIT_DIR]
// SPLIT_DIR (scripts/split.sh's output) replaces Trunk's single wasm + glue with the split
// main module, its chunk loader and the chunks. Then, for both builds:
//  - every JS file is minified (terser) and every file we add or change gets a content hash in
//    its name, so hashed files can be cached forever (web/boot.js goes inside index.html, 3.);
//  - only style/main.css blocks rendering, inlined into index.html: the stylesheets every route may need become
//    preloads that web/boot.js applies once the document is parsed; in the split build the page
//    stylesheets (PAGE_CSS) are not fetched at all until their page's chunk is (web/boot.js);
//  - sw.js is written from the final file list (scripts/sw.template.js), and index.html is
//    marked so web/boot.js registers it;
//  - the caching rules for static hosts go into DIST/_headers (the "trellis: caching" block);
//  - 404.html is refreshed from the final index.html (deep links on static hosts).
// scripts/csp.mjs runs after this (it hashes the inline scripts finally emitted: boot.js, 3., and
// the loader).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from 'terser';

const [dist, splitDir] = process.argv.slice(2);
if (!dist || !existsSync(join(dist, 'index.html'))) {
  console.error('usage: node scripts/bundle.mjs DIST [SPLIT_DIR] (DIST/index.html from trunk build --release)');
  process.exit(2);
}
const read = (f) => readFileSync(join(dist, f), 'utf8');
const write = (f, s) => writeFileSync(join(dist, f), s);
const hashOf = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 16);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let html = read('index.html');

// The page stylesheets of the split build, each with the split points (lazy pages or pieces)
// whose views use its classes: fetched with those chunks only, so neither "/" nor
// "/shared#…" waits for them. Keys are style/<name>.css; values as in the pack names.
// (The cohort page reuses the roster import and its report; the Sessions page and the Plan
// page's lazy pieces show "Copy as a prompt".) tests/e2e/load.test.mjs checks each page
// has its sheet applied when it shows and that "/" and "/shared#…" fetch none.
const PAGE_CSS = {
  mentors: ['mentors_route_view', 'cohort_route_view'],
  sessions: ['sessions_route_view'],
  prompt: ['sessions_route_view', 'extras'],
  cohort: ['cohort_route_view'],
};
const pointKey = (point) => point.replace(/^_+/, '').replace(/_\d+$/, '');
/** Split point (pointKey) → the hashed name of its own chunk, the one only it loads. */
const ownChunk = {};

// Trunk's integrity attributes would go stale on every file changed below; the files are
// same-origin and the CSP (scripts/csp.mjs) covers what may run.
html = html.replace(/\s+integrity="[^"]*"/g, '');

// 1. The split build: Trunk's trellis-<hash>.js / _bg.wasm give way to the split output.
const chunks = [];
let chunkCount = 0;
if (splitDir) {
  const jsOld = html.match(/\/(trellis-[0-9a-f]+\.js)/)?.[1];
  const wasmOld = html.match(/\/(trellis-[0-9a-f]+_bg\.wasm)/)?.[1];
  if (!jsOld || !wasmOld) throw new Error('bundle: no trellis-<hash>.js / _bg.wasm in index.html');
  const files = readdirSync(splitDir).filter((f) => /\.(js|wasm)$/.test(f));
  const chunkFiles = files.filter((f) => f.endsWith('.wasm') && f !== 'trellis_bg.wasm');
  // One hash for the whole split output: the glue and the loader import each other, so no
  // file's name can depend on its own content alone.
  const h = createHash('sha256');
  for (const f of files.sort()) h.update(f).update(readFileSync(join(splitDir, f)));
  const id = h.digest('hex').slice(0, 16);
  const renamed = new Map([
    ['trellis.js', `trellis-${id}.js`],
    ['trellis_bg.wasm', `trellis-${id}_bg.wasm`],
    ['__wasm_split.js', `split-${id}.js`],
    ...chunkFiles.map((f) => [f, `${f.replace(/\.wasm$/, '')}-${id}.wasm`]),
  ]);
  // Only module specifiers and URLs: the wasm still imports "./__wasm_split.js" by that name
  // (the key of the glue's imports object), which must stay as it is.
  const rewrite = (text) => {
    for (const [from, to] of renamed) {
      text = text.replace(new RegExp(`((?:\\bfrom|\\bimport|new URL\\()\\s*["'])(?:\\./)?${escapeRe(from)}(["'])`, 'g'), `$1./${to}$2`);
    }
    return text;
  };
  let glue = readFileSync(join(splitDir, 'trellis.js'), 'utf8');
  let loader = readFileSync(join(splitDir, '__wasm_split.js'), 'utf8');
  // Chunk downloads go through web/boot.js: retried, then a recoverable message, never a
  // rejected load (which would trap the whole app on Leptos 0.8).
  const fetches = (loader.match(/\bfetch\(new URL\(/g) || []).length;
  if (fetches !== chunkFiles.length) throw new Error(`bundle: expected ${chunkFiles.length} chunk fetches in __wasm_split.js, found ${fetches}`);
  loader = loader.replace(/\bfetch\(new URL\(/g, 'window.__trellisChunkFetch(new URL(');
  // Packs: wasm-split writes a chunk for every set of split points that share code (dozens
  // for one page), so each split point's chunks are concatenated into one file and web/boot.js
  // serves the chunks out of it (window.__trellisPacks: pack → [chunk, offset, length]). The
  // chunks themselves are not shipped. A pack is named .wasm so static hosts compress it.
  const manifest = JSON.parse(readFileSync(join(splitDir, 'split-manifest.json'), 'utf8'));
  const packs = {};
  const packed = new Set();
  for (const [point, stems] of Object.entries(manifest)) {
    const name = `pack-${pointKey(point)}-${id}.wasm`;
    if (!stems.includes(`split_${point}`)) throw new Error(`bundle: split point ${point} has no chunk split_${point}`);
    ownChunk[pointKey(point)] = renamed.get(`split_${point}.wasm`);
    const parts = [];
    let offset = 0;
    packs[name] = stems.map((stem) => {
      const bytes = readFileSync(join(splitDir, `${stem}.wasm`));
      parts.push(bytes);
      packed.add(`${stem}.wasm`);
      const entry = [renamed.get(`${stem}.wasm`), offset, bytes.length];
      offset += bytes.length;
      return entry;
    });
    writeFileSync(join(dist, name), Buffer.concat(parts));
    chunks.push(name);
  }
  // A deep link to a lazy page starts its pack beside the main wasm (web/boot.js, 6.): the
  // lazy routes, and the build's id (pack-<route>_route_view-<id>.wasm).
  const routes = Object.keys(manifest).map((point) => pointKey(point).match(/^(\w+)_route_view$/)?.[1]).filter(Boolean).sort();
  if (!routes.includes('shared')) throw new Error('bundle: no shared_route_view split point');
  // web/boot.js starts pack-store-<id>.wasm beside the main wasm when something is stored.
  if (!Object.keys(manifest).some((point) => pointKey(point) === 'store')) throw new Error('bundle: no store split point (src/ui/storage/codec.rs)');
  // Before the scripts of <head> (3c): on /shared#… boot.js starts the downloads as it runs.
  html = html.replace('</head>', `<meta name="trellis-packs" content="${id}" data-routes="${routes.join(' ')}">\n</head>`);
  chunkCount = chunkFiles.length;
  const unpacked = chunkFiles.filter((f) => !packed.has(f));
  if (unpacked.length) throw new Error(`bundle: chunks in no pack: ${unpacked.join(', ')}`);
  loader = `window.__trellisPacks = ${JSON.stringify(packs)};\n` + loader;
  write(renamed.get('trellis.js'), rewrite(glue));
  write(renamed.get('__wasm_split.js'), rewrite(loader));
  copyFileSync(join(splitDir, 'trellis_bg.wasm'), join(dist, renamed.get('trellis_bg.wasm')));
  if (existsSync(join(splitDir, 'snippets'))) throw new Error('bundle: wasm-bindgen snippets are not handled yet');
  rmSync(join(dist, jsOld));
  rmSync(join(dist, wasmOld));
  html = html.replaceAll(jsOld, renamed.get('trellis.js')).replaceAll(wasmOld, renamed.get('trellis_bg.wasm'));
  // No <link rel="prefetch">: Chromium fetches those at once, next to the main wasm. The
  // service worker precaches every chunk after the load event instead (boot.js registers it).
}

// 2. Minify every JS file (Trunk leaves the glue as wasm-bindgen wrote it).
for (const f of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
  const src = read(f);
  const isModule = /^\s*(import|export)\b/m.test(src);
  const out = await minify(src, { module: isModule, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  write(f, out.code);
}

// 3. web/boot.js goes inside index.html: a classic script in <head> (it picks the shell's
//    state before the body is parsed), so as a file it held the parser, and with it the first
//    paint and the wasm that starts after that paint, for one more round trip (~0.25 s
//    throttled). scripts/csp.mjs hashes it like the inline loader.
{
  const tag = '<script src="/boot.js"></script>';
  if (!html.includes(tag)) throw new Error(`bundle: no ${tag} in index.html`);
  const code = read('boot.js');
  if (/<\/script/i.test(code)) throw new Error('bundle: boot.js holds "</script"');
  html = html.replace(tag, () => `<script>${code}</script>`);
  rmSync(join(dist, 'boot.js'));
}

// 3b. The wasm starts downloading once the shell has painted, not from a preload in <head>:
//     the shell is the first screen (its text is the largest paint), and a download begun
//     before that paint counts in Lighthouse's simulated LCP as if the paint waited for it
//     (BENCHMARKS.md, "First load"). The glue stays modulepreloaded (6 KB). A tab opened in
//     the background (no frames) starts after a second.
html = html.replace(/<link rel="preload" href="\/trellis-[0-9a-f]+_bg\.wasm"[^>]*>/, '');
if (!/const wasm = await init\(/.test(html)) throw new Error('bundle: no `const wasm = await init(` in the inline loader');
// On /shared#… web/boot.js has started it already (window.__trellisMain): the first paint there
// is the plan itself, which needs the wasm, so waiting for the shell's frame gains nothing.
if (!/const wasm = await init\(\{ module_or_path: '/.test(html)) throw new Error('bundle: the inline loader does not call init({ module_or_path: … })');
html = html.replace("const wasm = await init({ module_or_path: '", "if (!window.__trellisMain) await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 1000); });\nconst wasm = await init({ module_or_path: window.__trellisMain || '");

// 3c. The module graph is asked for from the top of <head>, before the scripts there: the glue,
//     and in the split build the chunk loader it imports, which the browser would otherwise
//     find only once the glue has arrived (measured throttled, with boot.js still a file: the
//     loader began ~0.45 s after the document, the wasm ~0.75 s).
{
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*>/g)].map((m) => m[0]);
  if (preloads.length !== 1) throw new Error(`bundle: expected one modulepreload (the glue), found ${preloads.length}`);
  html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  const packsMeta = html.match(/<meta name="trellis-packs"[^>]*>/);
  if (packsMeta) {
    html = html.replace(/\s*<meta name="trellis-packs"[^>]*>/, '');
    preloads.unshift(packsMeta[0]);
  }
  const loaderJs = readdirSync(dist).find((f) => /^split-[0-9a-f]{16}\.js$/.test(f));
  if (loaderJs) preloads.push(`<link rel="modulepreload" href="/${loaderJs}" crossorigin="anonymous">`);
  const first = html.indexOf('<script');
  if (first < 0 || first > html.indexOf('</head>')) throw new Error('bundle: no <script> in <head>');
  html = html.slice(0, first) + preloads.join('\n    ') + '\n    ' + html.slice(first);
}

// 4. Only main.css blocks the first paint (inlined, 4b). In the split build the page stylesheets become
//    <meta name="trellis-css"> placeholders naming the split points that need them: web/boot.js
//    inserts the stylesheet there (so the cascade order stays the document's) when the own
//    chunk of one of them (split_<point>) is asked for, and hands the chunk to the loader only once the sheet has
//    loaded (no unstyled flash). The other stylesheets are preloaded and applied by
//    web/boot.js when the document is parsed (long before the wasm arrives).
if (splitDir) {
  for (const [sheet, points] of Object.entries(PAGE_CSS)) {
    const re = new RegExp(`<link rel="stylesheet" href="(/${sheet}-[0-9a-f]+\\.css)"[^>]*>`);
    const href = html.match(re)?.[1];
    if (!href) throw new Error(`bundle: no stylesheet style/${sheet}.css in index.html`);
    for (const p of points) if (!ownChunk[p]) throw new Error(`bundle: PAGE_CSS names ${p}, which is no split point`);
    html = html.replace(re, `<meta name="trellis-css" content="${href}" data-for="${points.join(' ')}">`);
  }
}
html = html.replace(/<link rel="stylesheet" href="\/((?!main-)[^"]+\.css)"[^>]*>/g, '<link rel="preload" as="style" href="/$1" data-css>');

// 4b. main.css, the one stylesheet the first paint waits for, is inlined into index.html as
//     <style data-sheet="main"> (hashed by scripts/csp.mjs like the inline loader): the first
//     screen paints from index.html alone, a round trip sooner, and the wasm download (which
//     starts after that paint, 3b) starts sooner too (BENCHMARKS.md, "Eighth session": throttled
//     "/" first screen 0.86 → 0.72 s, interactive 2.44 → 2.32 s). The file itself is dropped.
const mainRe = /<link rel="stylesheet" href="\/(main-[0-9a-f]+\.css)"[^>]*>/;
const mainFile = html.match(mainRe)?.[1];
if (!mainFile) throw new Error('bundle: no main stylesheet (style/main.css) linked in index.html');
const mainCss = readFileSync(join(dist, mainFile), 'utf8');
if (/<\/style/i.test(mainCss)) throw new Error('bundle: style/main.css contains "</style"');
html = html.replace(mainRe, () => `<style data-sheet="main">${mainCss}</style>`);
rmSync(join(dist, mainFile));

// 5. The service worker, from the final file list.
const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [relative(dist, p)];
});
const skip = new Set(['sw.js', '_headers', '404.html', 'index.html']);
const assets = walk(dist).filter((f) => !skip.has(f) && !f.endsWith('.map')).sort();
html = html.replace('</head>', '<meta name="trellis-sw" content="/sw.js"></head>');
write('index.html', html);
const version = createHash('sha256');
for (const f of [...assets, 'index.html']) version.update(f).update(readFileSync(join(dist, f)));
const hashed = assets.filter((f) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(f));
const unhashed = assets.filter((f) => !hashed.includes(f));
const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
const sw = template
  .replace('"__VERSION__"', JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('"__HASHED__"', JSON.stringify(hashed.map((f) => '/' + f)))
  .replace('"__UNHASHED__"', JSON.stringify(unhashed.map((f) => '/' + f)));
write('sw.js', (await minify(sw, { ecma: 2020, compress: true, mangle: true })).code);

// 6. Caching headers for static hosts (Netlify / Cloudflare Pages `_headers` syntax). Our own
//    block, between markers, so other generators can add theirs around it.
const block = [
  '# trellis: caching (scripts/bundle.mjs) begin',
  ...['/', '/index.html', '/404.html', '/sw.js', '/manifest.webmanifest'].flatMap((p) => [p, '  Cache-Control: no-cache']),
  ...hashed.flatMap((f) => [`/${f}`, '  Cache-Control: public, max-age=31536000, immutable']),
  ...unhashed.filter((f) => f !== 'manifest.webmanifest').flatMap((f) => [`/${f}`, '  Cache-Control: public, max-age=86400']),
  '# trellis: caching end',
].join('\n');
const headersFile = join(dist, '_headers');
let headers = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '';
headers = headers.replace(/# trellis: caching \(scripts\/bundle\.mjs\) begin[\s\S]*?# trellis: caching end\n?/, '');
writeFileSync(headersFile, (headers ? headers.trimEnd() + '\n\n' : '') + block + '\n');

// 7. Deep links on static hosts.
copyFileSync(join(dist, 'index.html'), join(dist, '404.html'));
console.log(`bundle: ${splitDir ? `split, ${chunkCount} chunks in ${chunks.length} packs` : 'single bundle'}; ${hashed.length} hashed files, ${unhashed.length} others precached`);
