// Two libraries behind the booking details are heavy to load: Microsoft's date-time recognizer (~25 MB; 3-15 ms a
// call) and libphonenumber-js with its metadata (~10 MB). The bot loads each on the first message that needs it,
// not at start-up and not for answers that hold no number or only everyday days and times (the phrase reader's). Checked in a fresh Node process on the
// built bot, watching which modules load (CommonJS through the require cache, ES modules through a loader hook).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { built } from '../../support/build.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'heavy-libraries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the messages through findDetails in a new process; after each, which of the two libraries have loaded. */
function loadsAfter(messages: Array<{ text: string; expecting?: string }>) {
  const log = path.join(scratch, `esm-${Math.random().toString(36).slice(2)}.log`);
  const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`;
  const script = `
import { register, createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));
const { findDetails } = await import(${JSON.stringify(pathToFileURL(built('dist/src/understanding/details/index.js')).href)});
const require = createRequire(import.meta.url);
const loaded = (name) => Object.keys(require.cache).some((file) => file.includes('/' + name + '/'))
  || (existsSync(${JSON.stringify(log)}) && readFileSync(${JSON.stringify(log)}, 'utf8').includes('/' + name + '/'));
const out = [];
for (const { text, expecting } of ${JSON.stringify(messages)}) {
  const details = findDetails(text, { language: 'en', now: new Date('2025-11-24T18:00:00Z'), timeZone: 'America/Vancouver', ...(expecting ? { expecting } : {}) });
  out.push({ text, phone: loaded('libphonenumber-js'), dateTime: loaded('recognizers-text-date-time'), found: Object.keys(details) });
}
console.log(JSON.stringify(out));
`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as Array<{ text: string; phone: boolean; dateTime: boolean; found: string[] }>;
}

describe('heavy libraries load on first use', () => {
  it('reads a request to book, a name, an e-mail address and a reason without loading either', () => {
    const after = loadsAfter([
      { text: 'Can I book an appointment?' },
      { text: 'Priya Sandhu', expecting: 'name' },
      { text: 'priya.sandhu@example.com', expecting: 'email' },
      { text: 'lower back pain, worse when I sit', expecting: 'reason' },
      { text: 'ਮੇਰਾ ਨਾਮ ਹਰਜੀਤ ਸਿੰਘ ਹੈ', expecting: 'name' },
    ]);
    expect(after.map(({ phone, dateTime }) => ({ phone, dateTime }))).toEqual(after.map(() => ({ phone: false, dateTime: false })));
    expect(after[1]?.found).toContain('name');
  }, 90_000);

  it('loads the phone-number library for the first number, and the recognizer for the first day it cannot read alone', () => {
    const [phone, everyday, date] = loadsAfter([
      { text: 'my cell is (778) 555-0142', expecting: 'phone' },
      { text: 'next Tuesday afternoon, or weekday mornings before 10am', expecting: 'time' },
      { text: 'the Friday after Christmas', expecting: 'time' },
    ]);
    expect(phone).toMatchObject({ phone: true, dateTime: false, found: ['phone'] });
    expect(everyday).toMatchObject({ dateTime: false, found: ['preferredTime'] });
    expect(date).toMatchObject({ dateTime: true, found: ['preferredTime'] });
  }, 90_000);
});
