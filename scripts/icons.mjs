// Renders the app icons (web/icons/*.svg, drawn by hand) to the PNG sizes the manifest lists,
// with the system Chromium. The PNGs are committed; run again after changing an SVG:
//   node scripts/icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const dir = new URL('../web/icons/', import.meta.url).pathname;
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
  ['maskable.svg', 'apple-touch-icon.png', 180],
];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
for (const [svg, png, size] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = 'data:image/svg+xml;base64,' + readFileSync(dir + svg).toString('base64');
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: dir + png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  console.log(`icons: ${png} (${size}×${size})`);
}
await browser.close();
