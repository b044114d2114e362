// Where one redraw of the Mentors page goes, by the browser's own accounting (issue 13): the
// same page, state and change as scripts/bench_redraw.mjs, then 20 changes under Chromium's
// tracing (`devtools.timeline`): per change, the time of each main-thread event inside the
// timed span (the change event, the reactive flush, style, layout, pre-paint, paint), and the
// events of one change in order with their arguments (elements restyled, objects laid out).
// Also the medians of: the change event alone (`sync`), until the benchmark's task
// (`untilTask`) and the forced layout after it (`layout`). Measured, never a test:
//   node scripts/bench_redraw_trace.mjs [DIST]      RATE=4 for 4x CPU throttling
import { resolve } from 'node:path';
import { openMentors } from './redraw_page.mjs';

const dist = resolve(process.argv[2] ?? 'dist');

const { context, page, close } = await openMentors(dist);
try {
  console.log('elements in the page', await page.evaluate(() => document.getElementsByTagName('*').length));
  const cdp = await context.newCDPSession(page);
  const rate = Number(process.env.RATE || 1);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const rounds = (runs) => page.evaluate(async (runs) => {
      const sel = document.querySelector('[data-testid="weight-industry"]');
      const task = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
      const a = [], b = [], c = [];
      for (let i = 0; i < runs + 2; i++) {
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 30)));
        performance.mark('s' + i);
        const t0 = performance.now();
        sel.value = i % 2 ? 'somewhat' : 'essential';
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        const ts = performance.now();
        await Promise.resolve(); await Promise.resolve();
        const tm = performance.now();
        await task();
        const tt = performance.now();
        void document.body.offsetHeight;
        const t1 = performance.now();
        performance.mark('e' + i);
        if (i >= 2) { a.push(tt - t0); b.push(t1 - tt); c.push(ts - t0); }
      }
      const med = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      return { untilTask: med(a), layout: med(b), sync: med(c) };
    }, runs);
  await rounds(10);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReturnAsStream' });
  const out = await rounds(20);
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let data = '';
  for (;;) { const r = await cdp.send('IO.read', { handle: stream }); data += r.data; if (r.eof) break; }
  const events = JSON.parse(data).traceEvents ?? JSON.parse(data);
  const marks = new Map();
  for (const e of events) if (e.cat && e.cat.includes('user_timing') && /^[se]\d+$/.test(e.name)) marks.set(e.name, e.ts);
  const main = events.find((e) => e.name === 'FunctionCall' || e.name === 'TimerFire');
  const tid = main.tid;
  const sums = new Map();
  const wins = [];
  for (let i = 2; i < 22; i++) if (marks.has('s' + i) && marks.has('e' + i)) wins.push([marks.get('s' + i), marks.get('e' + i)]);
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.tid !== tid) continue;
    if (!wins.some(([a, b]) => e.ts >= a && e.ts <= b)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000 * 22 / wins.length);
  }
  const [a, b] = wins[5];
  console.log('one change, events over 0.2 ms (start ms, duration ms, name, arguments):');
  for (const e of events) if (e.ph === 'X' && e.tid === tid && e.ts >= a && e.ts <= b && e.dur > 200) console.log(((e.ts - a) / 1000).toFixed(1), (e.dur / 1000).toFixed(2), e.name, JSON.stringify(e.args).slice(0, 300));
  console.log(`CPU ${rate}×, medians of 20 changes (ms):`, out);
  console.log('main-thread time per change inside the timed span:');
  console.log([...sums].sort((x, y) => y[1] - x[1]).slice(0, 25).map(([k, v]) => `${(v / 22).toFixed(2)} ms ${k}`).join('\n'));
  await context.close();
} finally {
  await close();
}
