// Independent check of Trellis' .ics export with the npm parser ical.js (the third parser,
// beside python icalendar and vobject in tests/ics_independent.py).
//
//   node tests/ics_icaljs.mjs             # builds + runs the Rust fixture example
//   node tests/ics_icaljs.mjs --dir DIR   # only checks existing DIR/*.ics
//
// What each file must mean is in tests/ics_expected.json. Each file's own VTIMEZONE is the
// only zone ical.js knows (registered by TZID), so local times are read through our rules.
// A control shows ical.js's habit that made the UTC form necessary: a repeated local time
// written with its zone is read as its *second* pass (python's parsers read the first).
// Exit status 0 = all checks passed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const spec = JSON.parse(readFileSync(join(here, 'ics_expected.json'), 'utf8'));
const failures = [];
const check = (ok, msg) => {
  if (!ok) failures.push(msg);
  return ok;
};

/** Parses `text`, registers its VTIMEZONEs, returns the VEVENT components. */
function events(text) {
  ICAL.TimezoneService.reset();
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return cal.getAllSubcomponents('vevent');
}

/** A DTSTART/DTEND as an ISO UTC instant, the way ical.js reads it. */
function utcOf(ev, prop) {
  const t = ev.getFirstPropertyValue(prop);
  return new Date(t.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
}

function checkFile(dir, name, file) {
  const path = join(dir, name);
  if (!check(existsSync(path), `missing fixture ${path}`)) return 0;
  const text = readFileSync(path, 'utf8');
  let evs;
  try {
    evs = events(text);
  } catch (e) {
    check(false, `${name}: ical.js does not parse: ${e}`);
    return 0;
  }
  check(evs.length === file.events.length, `${name}: ${evs.length} events, expected ${file.events.length}`);
  file.events.forEach(([sid, start, end, status, formStart, formEnd], i) => {
    const ev = evs[i];
    if (!ev) return;
    const uid = `${sid}.fixture@trellis.local`;
    check(ev.getFirstPropertyValue('uid') === uid, `${name}: UID ${ev.getFirstPropertyValue('uid')} != ${uid}`);
    check(ev.getFirstPropertyValue('status') === status, `${name}: ${uid} STATUS`);
    for (const [prop, want, form] of [['dtstart', start, formStart], ['dtend', end, formEnd]]) {
      const got = utcOf(ev, prop);
      check(got === want, `${name}: ${uid} ${prop.toUpperCase()} ${got} != ${want} (ical.js)`);
      const tzid = ev.getFirstProperty(prop).getParameter('tzid');
      const zoned = tzid === file.zone;
      const utc = tzid == null && ev.getFirstPropertyValue(prop).zone === ICAL.Timezone.utcTimezone;
      check(form === 'tzid' ? zoned : utc, `${name}: ${uid} ${prop.toUpperCase()} not in ${form} form`);
    }
    check(
      ev.getFirstPropertyValue('summary') === `Mentoring session with ${spec.mentor}`,
      `${name}: ${uid} SUMMARY ${ev.getFirstPropertyValue('summary')}`,
    );
    const desc = ev.getFirstPropertyValue('description');
    check(desc.startsWith(`Goal: ${spec.statement}\n\nAgenda:\n- `), `${name}: ${uid} DESCRIPTION start`);
    if (uid === spec.tricky_uid && spec.tricky_files.includes(name)) {
      check(desc === `Goal: ${spec.statement}\n\nAgenda:\n- ${spec.tricky_item}`, `${name}: DESCRIPTION ${JSON.stringify(desc)}`);
    }
  });
  return evs.length;
}

/** The repeated-hour file with its times written zoned (as before): ical.js reads 01:00 on
 * 1 Nov 2026 as the second pass, 06:00 UTC, not the intended 05:00 UTC of the first. */
function control(dir) {
  const path = join(dir, 'repeated-new-york.ics');
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8');
  const zoned = text
    .replace('DTSTART:20261101T050000Z', 'DTSTART;TZID=America/New_York:20261101T010000')
    .replace('DTEND:20261101T060000Z', 'DTEND;TZID=America/New_York:20261101T010000');
  if (!check(zoned !== text, 'control: repeated-new-york.ics lacks the UTC lines')) return;
  const got = utcOf(events(zoned)[0], 'dtstart');
  check(got === '2026-11-01T06:00:00Z', `control: ical.js read the repeated 01:00 as ${got}`);
}

const args = process.argv.slice(2);
let dir;
let tmp;
if (args[0] === '--dir' && args[1]) {
  dir = args[1];
} else {
  tmp = mkdtempSync(join(tmpdir(), 'trellis-ics-'));
  dir = tmp;
  execFileSync('cargo', ['run', '--quiet', '--example', 'ics_fixture', '--', dir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
let total = 0;
for (const [name, file] of Object.entries(spec.files)) total += checkFile(dir, name, file);
control(dir);
if (tmp) rmSync(tmp, { recursive: true, force: true });
if (failures.length) {
  for (const f of failures) console.log(`FAIL: ${f}`);
  console.log(`ics_icaljs: ${failures.length} failure(s)`);
  process.exit(1);
}
const version = JSON.parse(readFileSync(join(root, 'node_modules', 'ical.js', 'package.json'), 'utf8')).version;
console.log(`ics_icaljs: OK (${Object.keys(spec.files).length} files, ${total} events, ical.js ${version})`);
