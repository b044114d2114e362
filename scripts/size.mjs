// Prints the release bundle's wasm, js and css sizes: raw, gzip -9 and brotli (quality 11),
// and their total. Usage: node scripts/size.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kinds = { '.wasm': 'wasm', '.js': 'js', '.css': 'css' };
const rows = [];
for (const name of readdirSync(dir).sort()) {
  const kind = kinds[extname(name)];
  if (!kind) continue;
  const buf = readFileSync(join(dir, name));
  rows.push({
    kind,
    name,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  });
}
if (rows.length === 0) {
  console.error(`no wasm/js/css in ${dir}: build first (trunk build --release)`);
  process.exit(1);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('kind  file                                   raw KB  gzip KB  brotli KB');
for (const r of rows) console.log(`${r.kind.padEnd(5)} ${r.name.padEnd(36)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
console.log(`total ${''.padEnd(36)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('brotli'))}`);
const budget = 200 * 1024;
console.log(`budget: brotli total ${(sum('brotli') / 1024).toFixed(1)} KB of ${budget / 1024} KB (${sum('brotli') <= budget ? 'within' : 'OVER'})`);
