// Scale-out as on Azure App Service with two instances: two bot processes (`node dist/src/index.js`,
// STORAGE=blob) on different ports share one Azurite blob service for conversation state and
// bookings. A booking may hop between instances turn by turn; two messages of one conversation
// handled at once by different instances never corrupt it; a storage outage gets a polite
// answer and heals by itself when the store is back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKING_OPENER, conversation, nextBookingStep, type SoakConversation } from '../../scripts/soak.mjs';
import { MISSED_MESSAGE_REPLY, STORAGE_TROUBLE_REPLY, TURN_ERROR_REPLY } from '../../src/bot/turnError.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { built } from '../support/build.js';
import { REPO_ROOT } from '../support/repo.js';
import { startBot, type BotProcess } from './botProcess.js';

let azurite: Azurite;
let instances: BotProcess[];
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  azurite = await startAzurite({ persistent: true });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'scaleout-'));
  env = {
    STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_CONTAINER: 'scaleout-state',
    AZURE_BOOKINGS_CONTAINER: 'scaleout-bookings',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  instances = await Promise.all([startBot({ env }), startBot({ env })]);
}, 120_000);

afterAll(async () => {
  await Promise.all((instances ?? []).map((i) => i.stop()));
  await azurite?.dispose();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The clinic's view: `npm run bookings -- --format json` against the same store. */
function listedBookings(): { reference: string; name: string; phone: string }[] {
  const result = spawnSync(process.execPath, [built('dist/src/cli/bookings.js'), '--format', 'json'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

/** Answers the bot's questions until the request is in, sending turn i to `pick(i)`; returns the reference. */
async function completeBooking(chat: SoakConversation, reply: string, pick: (turn: number) => BotProcess, overrides: Record<string, string> = {}) {
  for (let turn = 0; turn < 20; turn++) {
    const next = nextBookingStep(reply);
    if (next.reference) return next.reference;
    expect(next.answer, `the bot asked something unexpected: ${reply}`).toBeDefined();
    const answer = overrides[next.answer!] ?? next.answer!;
    const res = await chat.send(pick(turn).endpoint, answer);
    expect(res.status).toBe(200);
    reply = res.text;
  }
  throw new Error(`no reference after 20 turns; last reply: ${reply}`);
}

describe('two bot instances sharing Azure Blob Storage (Azurite)', () => {
  it('a booking whose turns alternate between the instances completes, and the clinic sees it', async () => {
    const chat = conversation();
    const first = await chat.send(instances[0]!.endpoint, BOOKING_OPENER);
    // Every next turn goes to the other instance: only shared state lets the dialog go on.
    const reference = await completeBooking(chat, first.text, (turn) => instances[(turn + 1) % 2]!);
    const listed = listedBookings().find((b) => b.reference === reference);
    expect(listed).toMatchObject({ name: 'Pat Example', phone: '+16045550123' });
  });

  it('two messages of one conversation handled at once by different instances: one wins, the other is reported, never silently lost', async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < 4; trial++) {
      const chat = conversation();
      let reply = (await chat.send(instances[0]!.endpoint, BOOKING_OPENER)).text;
      reply = (await chat.send(instances[1]!.endpoint, nextBookingStep(reply).answer!)).text;
      expect(reply).toMatch(/full name/i);

      const names = ['Alex Alpha', 'Blake Beta'];
      const replies = await Promise.all(names.map((name, i) => chat.send(instances[i]!.endpoint, name)));
      for (const r of replies) {
        expect(r.status).toBe(200);
        expect(r.text).not.toContain(TURN_ERROR_REPLY);
      }
      const missed = replies.map((r) => r.text.includes(MISSED_MESSAGE_REPLY));
      outcomes.push(missed.some(Boolean) ? 'conflict reported' : 'handled one after the other');

      // Carry on from whatever state won; the booking must complete with a name one of the turns gave.
      const asking = replies.map((r) => r.text).find((t) => /phone number/i.test(t)) ?? replies[0]!.text;
      const reference = await completeBooking(chat, asking, (turn) => instances[turn % 2]!);
      const stored = listedBookings().find((b) => b.reference === reference);
      expect(names).toContain(stored?.name);
      // The name the bot kept is never one whose sender was told it was missed.
      const kept = names.indexOf(stored!.name);
      expect(missed[kept], `kept "${stored!.name}" but told its sender it was missed`).toBe(false);
    }
    // For the report: how often the two turns really collided.
    console.info(`simultaneous turns: ${outcomes.join(', ')}`);
  });

  it('storage down mid-conversation: a polite "having trouble" answer; back up on the same port: it carries on by itself', async () => {
    const chat = conversation();
    let reply = (await chat.send(instances[0]!.endpoint, BOOKING_OPENER)).text;
    reply = (await chat.send(instances[1]!.endpoint, nextBookingStep(reply).answer!)).text;
    expect(reply).toMatch(/full name/i);

    await azurite.stop();
    try {
      for (const instance of instances) {
        const res = await chat.send(instance.endpoint, 'Pat Example');
        expect(res.status).toBe(200);
        expect(res.text).toContain(STORAGE_TROUBLE_REPLY);
        expect(res.text).toMatch(/call the clinic/i);
        expect((await fetch(`${instance.url}/readyz`)).status).toBe(503);
      }
    } finally {
      await azurite.start();
    }

    // No restart of the bots: the same conversation continues at the step it had reached.
    const res = await chat.send(instances[0]!.endpoint, 'Pat Example');
    expect(res.text).toMatch(/phone number/i);
    const reference = await completeBooking(chat, res.text, (turn) => instances[turn % 2]!);
    expect(listedBookings().map((b) => b.reference)).toContain(reference);
    for (const instance of instances) expect((await fetch(`${instance.url}/readyz`)).status).toBe(200);
  });
});
