#!/usr/bin/env node
// Soak test (`npm run soak -- --seconds 60 --conc 16`): runs the built bot (dist/src/index.js)
// on 127.0.0.1 with embedded file storage, and `--conc` simulated people chat with it at once
// for `--seconds`: FAQ questions and complete booking requests, mixed. Part-way through, the bot
// process is killed with SIGKILL and started again on the same port and data folder. Afterwards
// it reports the turns served, the errors, and checks with `npm run bookings -- --format json`
// that every booking whose reference number a person was shown is still there.
// Bounded: loopback only, at most 600 seconds and 64 conversations at once; it stops by itself.
// Exit code 0 when nothing was lost and no turn failed outside the restart, 1 otherwise.
/* global AbortSignal */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const MAX_SECONDS = 600;
const MAX_CONC = 64;
const TURN_TIMEOUT_MS = 15_000;
const START_TIMEOUT_MS = 60_000;

// --- A person booking through the dialog: answers whatever the bot asks --------------------

export const BOOKING_OPENER = "Hi, I'd like to book an IMS appointment please";

/** What a person answers to each booking question, by the question's wording. */
const BOOKING_ANSWERS = [
  [/okay to collect/i, 'yes'],
  [/full name/i, 'Pat Example'],
  [/phone number/i, '604-555-0123'],
  [/e-mail address/i, 'skip'],
  [/days and times/i, 'next Tuesday afternoon'],
  [/help with/i, 'lower back pain'],
  [/how do you expect to pay/i, 'Self-pay'],
  [/shall i send it/i, 'Confirm'],
];
const REFERENCE = /reference number is \**(NPC-[2-9A-HJKMNP-Z]{6})/;

/**
 * The next step of a booking after the bot said `replyText`:
 * { reference } when the request is in, { answer } for a question, or {} when the reply asks nothing known.
 */
export function nextBookingStep(replyText) {
  const reference = REFERENCE.exec(replyText)?.[1];
  if (reference) return { reference };
  // The last question in the reply is the one being asked now.
  let best;
  for (const [question, answer] of BOOKING_ANSWERS) {
    const at = replyText.search(question);
    if (at >= 0 && (!best || at > best.at)) best = { at, answer };
  }
  return best ? { answer: best.answer } : {};
}

/** Message texts (and Adaptive Card text) from an expectReplies response body. */
export function replyText(body) {
  const texts = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'TextBlock' && typeof node.text === 'string') texts.push(node.text);
    for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value);
  };
  for (const activity of body?.activities ?? []) {
    if ((activity.type ?? 'message') !== 'message') continue;
    if (activity.text) texts.push(activity.text);
    walk(activity.attachments);
  }
  return texts.join('\n');
}

/** One chat, as Web Chat would send it, with the replies in the HTTP response. */
export function conversation() {
  const id = `soak-${randomUUID()}`;
  const user = { id: `user-${id}`, name: 'Pat Example' };
  return {
    id,
    /** POSTs one message; resolves with { status, text } or throws on a network error. */
    async send(endpoint, text) {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        signal: AbortSignal.timeout(TURN_TIMEOUT_MS),
        body: JSON.stringify({
          type: 'message',
          id: randomUUID(),
          timestamp: new Date().toISOString(),
          channelId: 'webchat',
          serviceUrl: 'http://127.0.0.1:9/',
          from: user,
          recipient: { id: 'nordel-bot', name: 'IMS Helper' },
          conversation: { id },
          locale: 'en-US',
          textFormat: 'plain',
          deliveryMode: 'expectReplies',
          text,
        }),
      });
      const raw = await res.text();
      let body = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        // not JSON: reported through the status
      }
      return { status: res.status, text: replyText(body) };
    },
  };
}

// --- The bot process -----------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function botEnv(port, dataDir) {
  const env = {};
  // MODEL_CACHE_DIR too (a shared folder of trained models, e.g. the test run's): it changes no behaviour.
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'MODEL_CACHE_DIR']) if (process.env[key]) env[key] = process.env[key];
  return {
    ...env,
    ENV_FILE: 'none', // a developer's .env (an SMTP server, say) stays out of the soak
    PORT: String(port),
    HOST: '127.0.0.1',
    STORAGE: 'file',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // Every simulated person shares 127.0.0.1: lift the per-address limit out of the way.
    RATE_LIMIT_PER_MINUTE: '100000',
  };
}

async function startBot(dist, port, dataDir, log) {
  const child = spawn(process.execPath, [path.join(dist, 'src', 'index.js')], { cwd: ROOT, env: botEnv(port, dataDir), stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (chunk) => log.push(chunk.toString()));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the bot exited during start-up: ${log.join('').slice(-2000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('the bot did not become ready in time');
}

function stopped(child) {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// --- The soak ------------------------------------------------------------------------------

const FAQ_QUESTIONS = [
  'what is IMS',
  'does IMS hurt',
  'how many IMS sessions will I need',
  'is IMS covered by extended health',
  'how is IMS different from acupuncture',
  'what should I do after an IMS session',
  'who does IMS at the clinic',
];
const FAILED_TURN = /something went wrong on my side|having trouble right now|missed one/i;

/** `dist`: the built bot to run (the project's dist/ by default; the tests pass their own build). */
export async function soak({ seconds, conc, killAt = 0.4, report = () => {}, dist = DIST }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'soak-'));
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}/api/messages`;
  const stderr = [];
  const stats = { turns: 0, faqTurns: 0, bookingTurns: 0, refusedWhileDown: 0, errors: 0, bookingsStarted: 0, bookingsConfirmed: 0, stuck: 0 };
  const errorSamples = [];
  const confirmed = new Set();
  let down = false;

  const fail = (what) => {
    stats.errors += 1;
    if (errorSamples.length < 10) errorSamples.push(what);
  };

  let bot = await startBot(dist, port, dataDir, stderr);
  const startedAt = Date.now();
  const deadline = startedAt + seconds * 1000;

  /** One turn; retries while the bot is being restarted. Returns the reply text, or undefined if the turn failed. */
  const turn = async (chat, text, kind) => {
    for (let attempt = 0; attempt < 200 && Date.now() < deadline + START_TIMEOUT_MS; attempt++) {
      let result;
      try {
        result = await chat.send(endpoint, text);
      } catch (error) {
        // Connection refused or reset: expected only while the bot is being restarted.
        if (down) stats.refusedWhileDown += 1;
        else fail(`network error while the bot was up: ${error.message}`);
        await sleep(200);
        continue;
      }
      stats.turns += 1;
      stats[kind] += 1;
      if (result.status !== 200 || !result.text.trim() || FAILED_TURN.test(result.text)) {
        fail(`HTTP ${result.status}: ${result.text.slice(0, 160)}`);
        return undefined;
      }
      return result.text;
    }
    fail('gave up retrying a turn');
    return undefined;
  };

  const faqChat = async () => {
    const chat = conversation();
    const count = 1 + Math.floor(Math.random() * 3);
    for (let i = 0; i < count && Date.now() < deadline; i++) {
      await turn(chat, FAQ_QUESTIONS[Math.floor(Math.random() * FAQ_QUESTIONS.length)], 'faqTurns');
    }
  };

  const bookingChat = async () => {
    const chat = conversation();
    stats.bookingsStarted += 1;
    let reply = await turn(chat, BOOKING_OPENER, 'bookingTurns');
    let unknown = 0;
    for (let step = 0; step < 30 && reply !== undefined; step++) {
      const next = nextBookingStep(reply);
      if (next.reference) {
        confirmed.add(next.reference);
        stats.bookingsConfirmed += 1;
        return;
      }
      // A reply that asks nothing we know (e.g. a retried turn answered twice): say the opener again.
      if (!next.answer && ++unknown > 3) break;
      reply = await turn(chat, next.answer ?? BOOKING_OPENER, 'bookingTurns');
    }
    stats.stuck += 1;
  };

  const worker = async (index) => {
    for (let round = 0; Date.now() < deadline; round++) {
      // Every other conversation books: bookings are the data that must survive the kill.
      if ((index + round) % 2 === 0) await bookingChat();
      else await faqChat();
    }
  };

  const restart = (async () => {
    await sleep(seconds * 1000 * killAt);
    report(`killing the bot (SIGKILL) after ${Math.round((Date.now() - startedAt) / 1000)} s`);
    down = true;
    bot.kill('SIGKILL');
    await stopped(bot);
    bot = await startBot(dist, port, dataDir, stderr);
    down = false;
    report(`bot restarted after ${Math.round((Date.now() - startedAt) / 1000)} s`);
  })();

  await Promise.all([restart, ...Array.from({ length: conc }, (_, i) => worker(i))]);
  bot.kill('SIGTERM');
  await stopped(bot);

  // What the clinic sees: the bookings CLI, on the same data folder.
  const listing = spawnSync(process.execPath, [path.join(dist, 'src', 'cli', 'bookings.js'), '--format', 'json'], {
    cwd: ROOT,
    env: botEnv(port, dataDir),
    encoding: 'utf8',
    timeout: 60_000,
  });
  let stored = [];
  try {
    stored = JSON.parse(listing.stdout).map((r) => r.reference);
  } catch {
    fail(`npm run bookings -- --format json failed: ${listing.stderr.slice(0, 300)}`);
  }
  const missing = [...confirmed].filter((r) => !stored.includes(r));
  rmSync(dataDir, { recursive: true, force: true });

  const crashes = stderr.join('').match(/uncaught|unhandled|FATAL/gi) ?? [];
  const summary = {
    seconds,
    conc,
    ...stats,
    bookingsStored: stored.length,
    confirmedButMissing: missing,
    // A SIGKILL between storing a request and showing its reference leaves one the person never saw.
    storedButNeverShown: stored.filter((r) => !confirmed.has(r)).length,
    crashesLogged: crashes.length,
    errorSamples,
  };
  summary.ok = missing.length === 0 && stats.errors === 0 && crashes.length === 0 && stats.bookingsConfirmed > 0;
  return summary;
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      conc: { type: 'string', default: '16' },
      'kill-at': { type: 'string', default: '0.4' },
    },
  });
  const seconds = Number(values.seconds);
  const conc = Number(values.conc);
  const killAt = Number(values['kill-at']);
  if (!(seconds > 0 && seconds <= MAX_SECONDS) || !Number.isInteger(conc) || conc < 1 || conc > MAX_CONC || !(killAt > 0 && killAt < 1)) {
    console.error(`usage: npm run soak -- [--seconds 1-${MAX_SECONDS}] [--conc 1-${MAX_CONC}] [--kill-at 0.1-0.9]`);
    process.exitCode = 2;
    return;
  }
  const summary = await soak({ seconds, conc, killAt, report: (line) => console.error(`soak: ${line}`) });
  console.log(JSON.stringify(summary, null, 2));
  process.exitCode = summary.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`soak: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}

