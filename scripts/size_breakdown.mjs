// Where the wasm's bytes go: its code by the crate each function belongs to, and its data.
// Usage: node scripts/size_breakdown.mjs <wasm optimised with names kept (wasm-opt -Oz -g)>
// `bash scripts/bench.sh breakdown` builds that file from the release bundle's cargo output.
//
// Each function body is put in the first group whose pattern its (demangled) name contains, so
// a Leptos generic instantiated for a Trellis page counts as "view". Each group is compressed
// on its own (brotli 11), so the groups add up to a little more than the whole code section.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const GROUPS = [
  ['view: Trellis pages and components', ['trellis::ui']],
  ['view: Leptos (tachys, reactive_graph, leptos, leptos_router)', ['tachys::', 'reactive_graph::', 'leptos_router::', 'leptos::']],
  ['serde + serde_json + postcard', ['serde_json::', 'serde_core::', 'serde::', 'postcard::']],
  ['Trellis core (src/core)', ['trellis::core']],
  ['other crates (chrono, csv, miniz_oxide, qrcode, hashbrown, ...)', ['chrono::', 'csv::', 'csv_core::', 'miniz_oxide::', 'qrcode::', 'hashbrown::', 'base64::', 'zmij::', 'memchr::', 'itoa::', 'dlmalloc::']],
  ['wasm-bindgen, js-sys, web-sys', ['wasm_bindgen', 'js_sys::', 'web_sys::', 'gloo']],
  ['Rust std (core, alloc, std)', ['core::', 'alloc::', 'std::']],
];

const d = readFileSync(process.argv[2] ?? '');
let i = 8;
const uleb = () => {
  let r = 0, s = 0;
  for (;;) {
    const x = d[i++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
    if (x < 0x80) return r;
  }
};
let importedFuncs = 0;
const bodies = [];
const names = new Map();
let data = null;
while (i < d.length) {
  const id = d[i++];
  const size = uleb();
  const end = i + size;
  if (id === 2) {
    for (let n = uleb(); n > 0; n--) {
      const moduleLen = uleb(); // (`i += uleb()` would read i before uleb moves it)
      i += moduleLen;
      const nameLen = uleb();
      i += nameLen;
      const kind = d[i++];
      if (kind === 0) { uleb(); importedFuncs++; }
      else if (kind === 1) { i++; if (uleb() & 1) { uleb(); uleb(); } else uleb(); }
      else if (kind === 2) { if (uleb() & 1) { uleb(); uleb(); } else uleb(); }
      else if (kind === 3) i += 2;
    }
  } else if (id === 10) {
    for (let n = uleb(); n > 0; n--) {
      const len = uleb();
      bodies.push(d.subarray(i, i + len));
      i += len;
    }
  } else if (id === 11) {
    data = d.subarray(i, end);
  } else if (id === 0) {
    const nameLen = uleb();
    const name = d.subarray(i, i + nameLen).toString();
    i += nameLen;
    if (name === 'name') {
      while (i < end) {
        const sub = d[i++];
        const subEnd = uleb() + i;
        if (sub === 1) {
          for (let n = uleb(); n > 0; n--) {
            const idx = uleb();
            const len = uleb();
            names.set(idx, d.subarray(i, i + len).toString().replace(/\[[0-9a-f]+\]/g, ''));
            i += len;
          }
        }
        i = subEnd;
      }
    }
  }
  i = end;
}
if (names.size === 0) {
  console.error('no function names in this wasm: optimise it with `wasm-opt -Oz -g` (bench.sh breakdown does)');
  process.exit(1);
}

const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }).length;
const parts = GROUPS.map(() => []);
const rest = [];
bodies.forEach((body, k) => {
  const name = names.get(k + importedFuncs) ?? '';
  const g = GROUPS.findIndex(([, pats]) => pats.some((p) => name.includes(p)));
  (g < 0 ? rest : parts[g]).push(body);
});
const kb = (n) => (n / 1024).toFixed(1).padStart(9);
const row = (label, raw, brotli) => console.log(`${kb(raw)} ${kb(brotli)}  ${label}`);
console.log('   raw KB brotli KB  what');
let viewRaw = 0, viewBr = 0;
GROUPS.forEach(([label], g) => {
  const buf = Buffer.concat(parts[g]);
  const b = br(buf);
  row(`${label} (${parts[g].length} functions)`, buf.length, b);
  if (label.startsWith('view')) { viewRaw += buf.length; viewBr += b; }
});
const restBuf = Buffer.concat(rest);
row(`unnamed or other (${rest.length} functions)`, restBuf.length, br(restBuf));
const code = Buffer.concat(bodies);
row('code section, all together', code.length, br(code));
if (data) row('data section (strings, the sample directory, the zone table, tables)', data.length, br(data));
const view = Buffer.concat([...parts[0], ...parts[1]]);
row('view layer (both view rows compressed together)', view.length, br(view));

// The view code by Trellis module (first `trellis::ui::…` path in the name), largest first.
const byModule = new Map();
bodies.forEach((body, k) => {
  const m = (names.get(k + importedFuncs) ?? '').match(/trellis::ui::(?:(?:pages|components)::)?[a-z_]+/);
  if (!m) return;
  if (!byModule.has(m[0])) byModule.set(m[0], []);
  byModule.get(m[0]).push(body);
});
console.log('\nview code by Trellis module (raw KB, brotli KB alone):');
const modules = [...byModule].map(([m, bs]) => [m, Buffer.concat(bs)]).sort((a, b) => b[1].length - a[1].length);
for (const [m, buf] of modules) row(m.replace('trellis::ui::', ''), buf.length, br(buf));
