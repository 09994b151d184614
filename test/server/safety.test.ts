// Safety replies over HTTP, as a person meets them: the real app (the real Understanding and its safety
// reader, MainDialog, restify, CloudAdapter) on 127.0.0.1, driven like the Emulator so that the route trace
// shows what the safety reader decided.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say, type MessageValues } from '../../src/kb/messages.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { ServingKnowledge } from '../../src/kb/serving.js';
import { TestConversation, type Turn } from '../support/channelClient.js';
import { startTestApp, type TestApp } from '../support/startApp.js';

let bot: TestApp;
let knowledge: ServingKnowledge;
let dataDir: string;
const words = (key: MessageKey, values?: MessageValues) => say(knowledge, 'en', key, values);
const emulator = () => new TestConversation(bot.endpoint, { channelId: 'emulator' });
const traceOf = (turn: Turn) => turn.activities.find((a) => a.type === 'trace' && a.name === 'route')?.value as Record<string, unknown> | undefined;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'safety-http-'));
  bot = await startTestApp({ env: { DATA_DIR: dataDir } });
  knowledge = bot.app.knowledge;
});

afterAll(async () => {
  await bot?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('safety over HTTP', () => {
  it('worrying after-effects get HealthLink BC 8-1-1 (and when to call 911), not a fallback', async () => {
    const turn = await emulator().send('the needle spot is a bit red and warm today');
    expect(turn.status).toBe(200);
    expect(turn.text).toContain('8-1-1');
    expect(turn.text).toContain('911');
    expect(turn.text).not.toContain(words('fallback.sorry'));
    expect(turn.text).not.toContain(words('safety.emergency'));
    expect(traceOf(turn)).toMatchObject({ safety: 'urgent' });
    expect(traceOf(turn)?.label).not.toBe('emergency');
  });

  it('a question about a risk gets the normal reply and then the line on when to get help', async () => {
    const turn = await emulator().send('could dry needling collapse a lung?');
    expect(turn.status).toBe(200);
    expect(turn.text).not.toContain(words('safety.emergency'));
    expect(turn.text.endsWith(words('safety.cautionLine'))).toBe(true);
    expect(turn.text.length).toBeGreaterThan(words('safety.cautionLine').length + 40); // a reply comes first
    expect(turn.suggested).toContain(words('button.bookConsult'));
    expect(traceOf(turn)).toMatchObject({ safety: 'caution', route: 'answer' });
    expect(traceOf(turn)?.label).not.toBe('emergency');
  });

  it('an emergency that may not be one offers "It\'s not an emergency"; pressing it answers the question with the safety line', async () => {
    const chat = emulator();
    const alarm = await chat.send('is it normal to have chest pain after IMS?');
    expect(alarm.text).toBe(words('safety.emergency'));
    expect(alarm.suggested).toEqual([words('button.notEmergency')]);
    expect(traceOf(alarm)).toMatchObject({ label: 'emergency', safety: 'emergency', route: 'emergency' });

    const answered = await chat.send(words('button.notEmergency'));
    expect(traceOf(answered)).toMatchObject({ route: 'not-emergency' });
    expect(answered.messages[0]?.text).toBe(words('safety.notEmergencyThanks'));
    expect(answered.text).not.toContain(words('safety.emergency'));
    expect(answered.text).toContain(knowledge.byId.get('ims-aftercare')!.answer);
    expect(answered.text).toContain(words('safety.cautionLine'));
  });
});
