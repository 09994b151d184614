// The real bot (`node dist/src/index.js`) over HTTP, driven by the shared black-box channel harness
// (../shared/harness/channel.mjs, expectReplies, one conversation id across turns):
//   - a full booking completes the way a Web Chat user has it;
//   - a confirmed booking survives SIGKILL right after the confirmation: `npm run bookings` lists
//     it, and after a restart the clinic notification that never went out is sent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { built } from '../support/build.js';
import { freePort } from '../support/freePort.js';
import { REPO_ROOT } from '../support/repo.js';
import { requires } from '../support/required.js';

const HARNESS = path.resolve(REPO_ROOT, '../shared/harness/channel.mjs');

interface HarnessTurn {
  ok: boolean;
  status: number;
  text: string;
  suggested: string[];
}
interface HarnessBot {
  pid: number;
  endpoint: string;
  exited: Promise<unknown>;
  output(): string;
  stop(): Promise<void>;
}
interface Harness {
  startBot(options: { cwd: string; command: string; args: string[]; port: number; env: Record<string, string> }): Promise<HarnessBot>;
  Channel: { open(options: { endpoint: string; mode: 'expectReplies' }): Promise<HarnessChannel> };
}
interface HarnessChannel {
  newConversation(options: { channelId: string }): { conversation: { id: string }; send(text: string): Promise<HarnessTurn> };
  close(): Promise<void>;
}

/** The clinic's webhook receiver: the first request is left hanging (the bot dies mid-delivery), later ones get 200. */
async function startClinicWebhook() {
  const bodies: string[] = [];
  const waiters: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      waiters.splice(0).forEach((w) => w());
      if (bodies.length > 1) {
        res.writeHead(200);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/hook`,
    bodies,
    /** Resolves once `count` requests have arrived. */
    received: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (bodies.length >= count ? resolve() : waiters.push(check));
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `npm run bookings -- --format json`, as staff would run it (the built CLI). */
function listBookings(dataDir: string): Record<string, unknown>[] {
  const result = spawnSync(process.execPath, [built('dist/src/cli/bookings.js'), '--format', 'json'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`npm run bookings failed (${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, unknown>[];
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

const haveHarness = requires(existsSync(HARNESS), `the shared channel harness (${HARNESS})`, 'test/booking/durability.test.ts');

describe.runIf(haveHarness)('the booking over HTTP, as a channel sends it (shared harness)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = (await import(pathToFileURL(HARNESS).href)) as Harness;
  }, 180_000);

  async function start(dataDir: string, port: number, env: Record<string, string> = {}) {
    const bot = await harness.startBot({
      cwd: REPO_ROOT,
      command: process.execPath,
      args: [built('dist/src/index.js')],
      port,
      env: { HOST: '127.0.0.1', DATA_DIR: dataDir, STORAGE: 'file', LOG_LEVEL: 'warn', ...env },
    });
    cleanups.push(() => bot.stop());
    return bot;
  }

  async function tempDataDir() {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'booking-http-'));
    cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('completes a full booking in one conversation, with details from the first message and a question on the way', async () => {
    const dataDir = await tempDataDir();
    const bot = await start(dataDir, await freePort());
    const channel = await harness.Channel.open({ endpoint: bot.endpoint, mode: 'expectReplies' });
    cleanups.push(() => channel.close());
    const conv = channel.newConversation({ channelId: 'webchat' });

    const script: [string, RegExp][] = [
      ["I'm Priya, book me for next Tuesday morning", /okay to collect/],
      ['yes', /your name \(Priya\) and when suits you \(next Tuesday morning\)[\s\S]*full name/],
      ['Priya Sharma', /phone number can the clinic call/],
      ['does it hurt?', /phone number can the clinic call/], // answered, then asked again
      ['604 555 0123', /e-mail address should the clinic use/],
      ['skip', /what would you like help with/],
      ['lower back pain', /How do you expect to pay/],
      ['Extended health plan', /Here's your booking request/],
      ['Confirm', /Your reference number is \*\*NPC-[2-9A-HJKMNP-Z]{6}\*\*/],
    ];
    let last: HarnessTurn | undefined;
    for (const [say, expected] of script) {
      last = await conv.send(say);
      expect(last.ok, `HTTP ${last.status} for "${say}"`).toBe(true);
      expect(last.text, `reply to "${say}"`).toMatch(expected);
    }
    const reference = /NPC-[2-9A-HJKMNP-Z]{6}/.exec(last!.text)![0];
    const [stored] = listBookings(dataDir);
    expect(stored).toMatchObject({
      reference,
      name: 'Priya Sharma',
      phone: '+16045550123',
      email: null,
      reason: 'lower back pain',
      payer: 'extended-health',
      claimNumber: null,
      status: 'new',
      channelId: 'webchat',
      preferredTime: { text: 'next Tuesday morning' },
    });
  }, 120_000);

  it('keeps a confirmed booking when the bot is killed right after confirming, and notifies the clinic after a restart', async () => {
    const dataDir = await tempDataDir();
    const webhook = await startClinicWebhook();
    cleanups.push(webhook.close);
    const port = await freePort();
    const env = { BOOKING_WEBHOOK_URL: webhook.url, NOTIFY_RETRY_SECONDS: '60' };
    const bot = await start(dataDir, port, env);
    const channel = await harness.Channel.open({ endpoint: bot.endpoint, mode: 'expectReplies' });
    cleanups.push(() => channel.close());
    const conv = channel.newConversation({ channelId: 'webchat' });
    for (const say of ['I want to book an appointment', 'yes', 'Sam Lee', '778-555-0199', 'sam@example.com', 'weekday mornings', 'my neck', 'Self-pay']) {
      expect((await conv.send(say)).ok).toBe(true);
    }
    const confirmed = await conv.send('Confirm');
    expect(confirmed.text).toMatch(/Your booking request is in/);
    const reference = /NPC-[2-9A-HJKMNP-Z]{6}/.exec(confirmed.text)![0];

    // Power cut right after the person heard "it's in": no shutdown hook runs.
    process.kill(-bot.pid, 'SIGKILL');
    await bot.exited;

    expect(listBookings(dataDir)).toEqual([
      expect.objectContaining({
        reference,
        name: 'Sam Lee',
        phone: '+17785550199',
        email: 'sam@example.com',
        reason: 'my neck',
        payer: 'self-pay',
        notifications: { webhook: { status: 'pending', attempts: 0 } },
      }),
    ]);

    // After the restart the retrier sends what never went out. (Whether the killed process got
    // its own first POST out before the kill depends on timing, so count from here.)
    const before = webhook.bodies.length;
    await start(dataDir, port, env);
    await webhook.received(before + 1);
    expect(JSON.parse(webhook.bodies[before]!)).toMatchObject({ reference, name: 'Sam Lee', phone: '+17785550199' });
  }, 120_000);
});
