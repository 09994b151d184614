// The staff page at a clinic's scale and beyond: 10,000 booking requests in the embedded database
// (imported from a journal, as an upgraded install would be), the built bot in this process on
// 127.0.0.1, one signed-in member of staff. Measures, over HTTP as the browser asks:
//   list    GET /staff/requests: first page of new requests, the counts per status, the filters
//   filter  GET /staff/requests?status=all&from=...&to=...: a date range over every status
//   search  POST /staff/api/requests with a name, a phone number or a reference (the live list's call)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL, URLSearchParams } from 'node:url';
import { summarize } from './stats.mjs';

const FIRST = ['Ana', 'Bo', 'Chen', 'Deepa', 'Eli', 'Farah', 'Gurpreet', 'Hana', 'Ivan', 'Jas', 'Kiran', 'Lena', 'Manpreet', 'Noor', 'Omar', 'Priya'];
const LAST = ['Lima', 'Chen', 'Sandhu', 'Gill', 'Wong', 'Patel', 'Singh', 'Nguyen', 'Brown', 'Dhillon', 'Li', 'Smith', 'Grewal', 'Kaur'];
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const STATUSES = ['new', 'called-back', 'handled'];

function reference(i) {
  let code = '';
  let n = i + 100_000;
  for (let k = 0; k < 6; k++) {
    code += ALPHABET[n % ALPHABET.length];
    n = Math.floor(n / ALPHABET.length);
  }
  return `NPC-${code}`;
}

function record(i, now) {
  const created = new Date(now - i * 47 * 60 * 1000); // one every 47 minutes: ~326 days of requests
  const status = STATUSES[i % 7 === 0 ? 0 : i % 3];
  return {
    reference: reference(i),
    createdAt: created.toISOString(),
    consentedAt: created.toISOString(),
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
    phone: `+1604${String(5550000 + i).padStart(7, '0')}`,
    email: null,
    preferredTime: { text: 'weekday mornings', resolved: [], flexible: false, timeZone: 'America/Vancouver' },
    reason: 'lower back pain',
    payer: 'self-pay',
    claimNumber: null,
    language: ['en', 'pa', 'zh-Hans', 'zh-Hant'][i % 4],
    status,
    ...(status === 'called-back' ? { calledBackAt: created.toISOString() } : {}),
    ...(status === 'handled' ? { handledAt: created.toISOString() } : {}),
    notifications: {},
    channelId: 'webchat',
    conversationHash: `bench-${i}`,
  };
}

async function timed(rounds, call) {
  await call(); // warm
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export async function runStaffBench({ repoRoot, requests = 10_000, rounds = 30, log }) {
  const importDist = (file) => import(pathToFileURL(path.join(repoRoot, file)).href);
  const [{ createApp }, { loadConfig }, { createLogger }] = await Promise.all([
    importDist('dist/src/app.js'),
    importDist('dist/src/config.js'),
    importDist('dist/src/logging/logger.js'),
  ]);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-staff-'));
  const now = Date.now();
  const lines = [];
  for (let i = 0; i < requests; i++) lines.push(JSON.stringify({ event: 'booking', at: new Date(now).toISOString(), record: record(i, now) }));
  await writeFile(path.join(dataDir, 'bookings.jsonl'), `${lines.join('\n')}\n`, { mode: 0o600 });

  // The caller's MODEL_CACHE_DIR, when it names one: the staff page's speed does not depend on training.
  const shared = process.env.MODEL_CACHE_DIR ? { MODEL_CACHE_DIR: process.env.MODEL_CACHE_DIR } : {};
  const config = loadConfig({ DATA_DIR: dataDir, STORAGE: 'memory', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000000', ...shared }, repoRoot);
  const importStarted = performance.now();
  const app = await createApp({ config, log: createLogger('silent') });
  const startMs = performance.now() - importStarted;
  const base = (await app.listen(0, '127.0.0.1')).replace('localhost', '127.0.0.1');
  try {
    await app.staff.auth.createAccount('bench', 'staff', 'bench password 12345');
    const cookies = new Map();
    const call = async (method, pathname, body, type = 'application/x-www-form-urlencoded', headers = {}) => {
      const res = await fetch(`${base}${pathname}`, {
        method,
        redirect: 'manual',
        headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': type } : {}), ...headers },
        body,
      });
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair.indexOf('=');
        cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      const text = await res.text();
      if (res.status >= 400) throw new Error(`${method} ${pathname} answered ${res.status}`);
      return text;
    };
    const form = await call('GET', '/staff/sign-in');
    const signInToken = /name="_csrf" value="([^"]+)"/.exec(form)[1];
    await call('POST', '/staff/sign-in', new URLSearchParams({ _csrf: signInToken, username: 'bench', password: 'bench password 12345' }).toString());
    const page = await call('GET', '/staff/requests');
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(page)[1];
    const counted = (/data-count="all">(\d+)</.exec(page) ?? [])[1];
    if (Number(counted) !== requests) throw new Error(`expected ${requests} requests on the page, saw ${counted}`);

    const search = (q) => call('POST', '/staff/api/requests', JSON.stringify({ status: 'all', q }), 'application/json', { 'x-csrf-token': csrf });
    const from = new Date(now - 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const to = new Date(now - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const results = {
      requests,
      startWithImportMs: startMs,
      list: await timed(rounds, () => call('GET', '/staff/requests')),
      filter: await timed(rounds, () => call('GET', `/staff/requests?status=all&from=${from}&to=${to}`)),
      searchName: await timed(rounds, () => search('sandhu')),
      searchPhone: await timed(rounds, () => search('604 555 7')),
      searchReference: await timed(rounds, () => search(reference(4321))),
    };
    log?.(`  ${requests} requests imported and the bot started in ${startMs.toFixed(0)} ms`);
    return results;
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
