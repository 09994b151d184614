// The bot over HTTP, as channels reach it: the real app (knowledge, understanding, dialogs, restify,
// CloudAdapter) on 127.0.0.1, driven with activities shaped like Web Chat, Teams and the Emulator.
import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/kb/messages.js';
import type { ServingKnowledge } from '../../src/kb/serving.js';
import { startCaptureServer, type CaptureServer } from '../support/captureServer.js';
import { TestConversation, type ConversationOptions } from '../support/channelClient.js';
import { startTestApp, type TestApp } from '../support/startApp.js';

let bot: TestApp;
let capture: CaptureServer;
let knowledge: ServingKnowledge;
let BOOK_A_CONSULT: string;
const answerOf = (id: string) => knowledge.byId.get(id)!.answer;
const conversation = (options: ConversationOptions = {}) => new TestConversation(bot.endpoint, options);

beforeAll(async () => {
  bot = await startTestApp();
  knowledge = bot.app.knowledge;
  BOOK_A_CONSULT = say(knowledge, 'en', 'button.bookConsult');
  capture = await startCaptureServer();
});

afterAll(async () => {
  await bot?.close();
  await capture?.close();
});

describe('POST /api/messages with deliveryMode expectReplies', () => {
  it('returns the answer in the response body', async () => {
    const turn = await conversation().send('What is IMS?');
    expect(turn.status).toBe(200);
    expect(turn.text.startsWith(answerOf('ims-what'))).toBe(true);
    expect(turn.suggested.at(-1)).toBe(BOOK_A_CONSULT);
    expect(turn.suggested.length).toBeLessThanOrEqual(4);
  });

  it('answers a Teams personal chat message that @mentions the bot', async () => {
    const teams = conversation({ channelId: 'msteams', conversationType: 'personal' });
    const turn = await teams.sendMention('Does IMS hurt?');
    expect(turn.status).toBe(200);
    expect(turn.text.startsWith(answerOf('ims-sensation'))).toBe(true);
    expect(turn.suggested.length).toBeLessThanOrEqual(3);
  });

  it('in a Teams channel stays silent without a mention and answers with a card when mentioned', async () => {
    const channel = conversation({ channelId: 'msteams', conversationType: 'channel' });
    const silent = await channel.send('Does IMS hurt?');
    expect(silent.status).toBe(200);
    expect(silent.messages).toEqual([]);

    const mentioned = await channel.sendMention('Does IMS hurt?');
    expect(mentioned.messages).toHaveLength(1);
    expect(mentioned.messages[0]!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(mentioned.text.startsWith(answerOf('ims-sensation'))).toBe(true);
    expect(mentioned.buttons).toContain(BOOK_A_CONSULT);
    expect(mentioned.suggested).toEqual([]);
  });

  it('sends the Emulator a route trace with the label, and Web Chat none', async () => {
    const emulator = await conversation({ channelId: 'emulator' }).send('What is IMS?');
    const trace = emulator.activities.find((a) => a.type === 'trace' && a.name === 'route');
    expect(trace?.value).toMatchObject({ label: 'ims-what', route: 'answer', safety: 'calm', language: 'en' });
    expect(Array.isArray((trace?.value as { candidates: unknown[] }).candidates)).toBe(true);
    expect(emulator.text.startsWith(answerOf('ims-what'))).toBe(true);

    const webchat = await conversation({ channelId: 'webchat' }).send('What is IMS?');
    expect(webchat.activities.some((a) => a.type === 'trace')).toBe(false);
  });

  it('starts the booking dialog for a booking request', async () => {
    const emulator = conversation({ channelId: 'emulator' });
    const turn = await emulator.send('I would like to book an appointment');
    const trace = turn.activities.find((a) => a.type === 'trace');
    expect(trace?.value).toMatchObject({ label: 'booking', route: 'booking' });
    expect(turn.text).toMatch(/name|consent|book|request/i);
    expect(turn.text).not.toMatch(/sorry/i);
  });

  it('the "Book a consult" button starts a booking, after an answer or a fallback alike', async () => {
    for (const first of ['What is IMS?', 'What is the capital of Mongolia?']) {
      const emulator = conversation({ channelId: 'emulator' });
      expect((await emulator.send(first)).suggested).toContain(BOOK_A_CONSULT);
      const turn = await emulator.send(BOOK_A_CONSULT);
      expect(turn.activities.find((a) => a.type === 'trace')?.value).toMatchObject({ label: 'booking', route: 'booking', score: 1 });
      expect(turn.text).toMatch(/okay to collect/);
    }
  });

  it('answers an emergency with 911 and no FAQ answer', async () => {
    const turn = await conversation({ channelId: 'emulator' }).send('I have crushing chest pain and my left arm is numb');
    expect(turn.text).toContain('911');
    for (const entry of knowledge.entries) expect(turn.text).not.toContain(entry.answer.slice(0, 80));
    expect(turn.suggested).toEqual([]);
    expect(turn.activities.find((a) => a.type === 'trace')?.value).toMatchObject({ label: 'emergency', route: 'emergency', safety: 'emergency' });
  });

  it('falls back honestly for something it does not know', async () => {
    const turn = await conversation().send('What is the capital of Mongolia?');
    expect(turn.text).toMatch(/sorry|don't know/i);
    expect(turn.suggested).toContain(BOOK_A_CONSULT);
  });

  it('"forget me" in the middle of a booking deletes the unconfirmed details and says what it kept', async () => {
    const webchat = conversation();
    await webchat.send('I would like to book an appointment');
    await webchat.send('yes');
    const asked = await webchat.send('Priya Sharma');
    expect(asked.text).toMatch(/phone/i);

    const forgot = await webchat.send('please delete my data');
    expect(forgot.text).toMatch(/deleted/i);
    expect(forgot.text).toMatch(/confirmed/i);

    // The booking is gone: a phone number is no longer taken as an answer to a booking step.
    const after = await webchat.send('604-555-0123');
    expect(after.text).not.toMatch(/e-?mail/i);
    expect(after.text).toMatch(/sorry|don't know/i);
  });

  it('"forget me" outside any booking is honoured too, not treated as an unknown question', async () => {
    const turn = await conversation().send('Forget me');
    expect(turn.text).toMatch(/deleted/i);
    expect(turn.text).not.toMatch(/don't know/i);
  });

  it('welcomes a new Web Chat conversation with three starter questions', async () => {
    const turn = await conversation().join();
    expect(turn.messages).toHaveLength(1);
    expect(turn.suggested).toHaveLength(3);
  });
});

describe('ordinary delivery (replies POSTed to the serviceUrl)', () => {
  it('posts the answer to the channel and nothing else', async () => {
    const webchat = conversation({ mode: 'post', capture });
    const turn = await webchat.send('How often should I get IMS?');
    expect(turn.status).toBe(200);
    expect(turn.text.startsWith(answerOf('ims-frequency'))).toBe(true);
    expect(capture.other).toEqual([]);
  });

  it('replies in a Teams channel thread only when mentioned', async () => {
    const channel = conversation({ mode: 'post', capture, channelId: 'msteams', conversationType: 'channel' });
    expect((await channel.send('How often should I get IMS?')).messages).toEqual([]);
    const mentioned = await channel.sendMention('How often should I get IMS?');
    expect(mentioned.text.startsWith(answerOf('ims-frequency'))).toBe(true);
  });
});

describe('bad requests', () => {
  const post = (body: string, contentType = 'application/json') =>
    fetch(bot.endpoint, { method: 'POST', headers: { 'content-type': contentType }, body });

  it.each([
    ['malformed JSON', '{"type": "message", ', 'application/json', 400],
    ['a JSON array', '[1, 2]', 'application/json', 400],
    ['an object without a type', '{"text": "hi"}', 'application/json', 400],
    ['the wrong content type', 'type=message&text=hi', 'application/x-www-form-urlencoded', 415],
    ['plain text', 'hello', 'text/plain', 415],
  ])('%s -> %i with a JSON error and no stack trace', async (_what, body, contentType, status) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toHaveProperty('message');
    expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('a body over the size limit -> 413', async () => {
    const big = JSON.stringify({ type: 'message', text: 'x'.repeat(bot.app.config.limits.maxBodyBytes + 10) });
    const res = await post(big);
    expect(res.status).toBe(413);
  });

  it('an unknown path -> 404 JSON', async () => {
    const res = await fetch(`${bot.url}/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

describe('probes', () => {
  it('GET /healthz answers 200', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 when knowledge and storage are ready', async () => {
    const res = await fetch(`${bot.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true });
  });

  it('GET /readyz answers 503 while the state store does not answer', async () => {
    const down = await startTestApp({
      stateStorage: { storage: new MemoryStorage(), ready: async () => false, close: async () => {}, kind: 'memory', location: 'memory' },
    });
    try {
      const res = await fetch(`${down.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ready: false });
    } finally {
      await down.close();
    }
  });
});

describe('with an app registration configured', () => {
  it('rejects a request without a Bot Framework token (the JWT check is not bypassed)', async () => {
    const secured = await startTestApp({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' } });
    try {
      const turn = await new TestConversation(secured.endpoint).send('What is IMS?');
      expect(turn.status).toBe(401);
      expect(JSON.stringify(turn.body ?? '')).not.toContain(answerOf('ims-what').slice(0, 40));
    } finally {
      await secured.close();
    }
  });
});
