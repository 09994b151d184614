// Every request in corpus.yaml against the real bot process (`node dist/src/index.js`, embedded
// file storage, as `npm start` runs it): bodies, headers and request lines. Each gets a 4xx (or,
// for bytes the HTTP parser cannot read, a closed connection) or a friendly reply, never a 5xx, a
// stack trace or an internal path, and the process never dies. Afterwards the bot still answers
// FAQ questions, and a booking started before the onslaught continues where it was.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TURN_ERROR_REPLY } from '../../src/bot/turnError.js';
import { loadKnowledge } from '../../src/kb/load.js';
import { TestConversation, visible } from '../support/channelClient.js';
import { startCaptureServer, type CaptureServer } from '../support/captureServer.js';
import { repoPath } from '../support/repo.js';
import { startBot, type BotProcess } from '../scaleout/botProcess.js';
import { buildRequest, leaksIn, loadCorpus, send, type CorpusCase, type RawResponse } from './corpus.js';

const cases = loadCorpus();
const BOT_ID = 'nordel-bot';
const BOOKING_START = "I'd like to book an IMS appointment";
const BOOKING_ANSWERS = ['yes', 'Pat Example'];

let bot: BotProcess;
let capture: CaptureServer;
let dataDir: string;
/** The booking conversation left open across the corpus, and the replies a twin conversation got without a corpus in between. */
let pending: TestConversation;
let controlReplies: string[];

beforeAll(async () => {
  capture = await startCaptureServer();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'badinput-'));
  bot = await startBot({ env: { STORAGE: 'file', DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });

  const control = new TestConversation(bot.endpoint);
  controlReplies = [];
  for (const text of [BOOKING_START, ...BOOKING_ANSWERS]) controlReplies.push((await control.send(text)).text);

  pending = new TestConversation(bot.endpoint);
  for (const text of [BOOKING_START, ...BOOKING_ANSWERS.slice(0, -1)]) await pending.send(text);
});

afterAll(async () => {
  await bot?.stop();
  await capture?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function describeResponse(r: RawResponse): string {
  return `HTTP ${r.status}: ${r.text.slice(0, 300)}`;
}

function judge(c: CorpusCase, conversationId: string, r: RawResponse): void {
  const where = `${c.name} -> ${describeResponse(r)}`;
  expect(r.status, where).toBeLessThan(500);
  expect(leaksIn(r.text), where).toEqual([]);
  // A raw request the HTTP parser cannot read may be answered by closing the connection.
  const refused = r.status >= 400 || (c.wire !== undefined && r.status === 0);
  if (c.expect === 'reject') {
    expect(refused, where).toBe(true);
    return;
  }
  if (refused) {
    expect(c.expect, `${where}: a 4xx where a reply was expected`).toBe('any');
    return;
  }
  expect(r.status, where).toBeGreaterThanOrEqual(200);
  let inBody: Partial<Activity>[] = [];
  if (r.text.trim()) inBody = (JSON.parse(r.text) as { activities?: Partial<Activity>[] }).activities ?? [];
  const seen = visible([...inBody, ...capture.repliesTo(conversationId)]);
  if (c.expect === 'reply') expect(seen.messages.length, `${where}: no reply`).toBeGreaterThan(0);
  if (c.expect === 'silent') expect(seen.messages.map((m) => m.text), `${where}: should stay silent`).toEqual([]);
  const shown = [seen.text, ...seen.suggested, ...seen.buttons].join('\n');
  expect(shown, `${where}: the turn failed`).not.toContain(TURN_ERROR_REPLY);
  expect(leaksIn(shown), where).toEqual([]);
  if (c.replyMatches) expect(shown, where).toMatch(new RegExp(c.replyMatches, 'i'));
  for (const lacking of c.replyLacks ?? []) expect(shown.toLowerCase(), where).not.toContain(lacking.toLowerCase());
}

describe('bad-input corpus against the running bot', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases.map((c, index) => [c.name, c, index] as const))('%s', async (_name, c, index) => {
    const conversationId = `corpus-${index}`;
    const request = buildRequest(c, { serviceUrl: capture.serviceUrl, conversationId, botId: BOT_ID }, new URL(bot.url).host);
    const responses = await Promise.all(Array.from({ length: c.concurrent ?? 1 }, () => send(bot.endpoint, request)));
    for (const r of responses) judge(c, conversationId, r);
    expect(bot.child.exitCode, bot.output()).toBeNull();
  });

  it('the process is still up and healthy afterwards, and logged no unhandled failure', async () => {
    expect(bot.child.exitCode).toBeNull();
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    expect(bot.output()).not.toMatch(/unhandled promise rejection|uncaughtException|"level":"fatal"/);
  });

  it('still answers "what is IMS" correctly', async () => {
    const knowledge = await loadKnowledge(repoPath('knowledge'));
    const answer = knowledge.byId.get('ims-what')!.answer;
    const reply = await new TestConversation(bot.endpoint).send('what is IMS');
    expect(reply.status).toBe(200);
    const firstWords = answer.replace(/\s+/g, ' ').slice(0, 40);
    expect(reply.text.replace(/\s+/g, ' ')).toContain(firstWords);
  });

  it('a booking started before the corpus continues at the same step', async () => {
    const last = BOOKING_ANSWERS[BOOKING_ANSWERS.length - 1]!;
    const continued = await pending.send(last);
    const expected = controlReplies[controlReplies.length - 1]!;
    // The check can fail: a conversation without the booking in progress answers differently.
    const fresh = await new TestConversation(bot.endpoint).send(last);
    expect(fresh.text).not.toBe(expected);
    expect(continued.text).toBe(expected);
  });
});
