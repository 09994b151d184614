// The bot's conversation behaviour (ImsBot + MainDialog + rendering + turn errors), driven in-process
// through botbuilder's TestAdapter with a rule-based reader of messages (test/support/fakeUnderstanding.ts),
// so these tests describe the bot's rules independent of the real reader's scores. MainDialog's route table,
// row by row, is in mainDialogRoutes.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_ACTION_MARKER } from '../../src/bot/replies.js';
import { TURN_ERROR_REPLY } from '../../src/bot/turnError.js';
import { BOOKING_DIALOG_ID } from '../../src/booking/bookingFlow.js';
import { loadClinic, loadKnowledge } from '../../src/kb/load.js';
import { say as sayMessage } from '../../src/kb/messages.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { Clinic, Knowledge } from '../../src/kb/schema.js';
import type { MainDialogDeps } from '../../dialogs/mainDialog.js';
import { BOT, USER, startBot as startHarness, type BotHarness, type HarnessOptions } from '../support/botHarness.js';
import { partsWith, ruleBasedUnderstanding } from '../support/fakeUnderstanding.js';
import { repoPath } from '../support/repo.js';
import { testConfig } from '../support/startApp.js';

let knowledge: Knowledge;
let clinic: Clinic;
const en = (key: MessageKey) => sayMessage(knowledge, 'en', key);
let BOOK_A_CONSULT: string;

beforeAll(async () => {
  knowledge = await loadKnowledge(repoPath('knowledge'));
  clinic = await loadClinic(repoPath('config/clinic.yaml'));
  BOOK_A_CONSULT = en('button.bookConsult');
});

const startBot = (options: HarnessOptions = {}) => startHarness(partsWith(knowledge, clinic, ruleBasedUnderstanding(knowledge)), options);
/** Whether the booking dialog is on the conversation's saved dialog stack. */
const bookingRuns = async (bot: BotHarness) => (await bot.dialogStack()).includes(`"id":"${BOOKING_DIALOG_ID}"`);

describe('answering', () => {
  it('answers a question with the entry, related questions and a booking action', async () => {
    const bot = await startBot();
    const reply = await bot.say('What is IMS?');
    expect(reply.text.startsWith(knowledge.byId.get('ims-what')!.answer)).toBe(true);
    expect(reply.suggested.at(-1)).toBe(BOOK_A_CONSULT);
  });

  it('offers choices when the reading is unsure', async () => {
    const bot = await startBot();
    const reply = await bot.say('ims or acupuncture');
    expect(reply.text).toMatch(/did you mean/i);
    expect(reply.suggested).toEqual(['What is IMS?', 'IMS vs acupuncture']);
  });

  it('asks a too-long message to be shortened (and still points to 911)', async () => {
    const bot = await startBot();
    const reply = await bot.say('x'.repeat(testConfig().limits.maxMessageChars + 1));
    expect(reply.text).toBe(en('reply.tooLong'));
    expect(reply.text).toContain('911');
  });

  it('greets a bare @mention instead of staying silent', async () => {
    const bot = await startBot({ channelId: 'msteams', conversationType: 'channel' });
    const at = `<at>${BOT.name}</at>`;
    const reply = await bot.say({ text: at, entities: [{ type: 'mention', text: at, mentioned: BOT }] });
    expect(reply.text).toContain(clinic.name);
    expect(reply.buttons).toHaveLength(3);
  });

  it('says it only reads text when a message has none', async () => {
    const bot = await startBot();
    const reply = await bot.say({ text: '', attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }] });
    expect(reply.text).toBe(en('reply.notText'));
  });
});

describe('booking', () => {
  it('a booking request starts the booking dialog', async () => {
    const bot = await startBot();
    const reply = await bot.say('I would like to book an appointment');
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(reply.text).not.toMatch(/sorry/i);
    expect(await bookingRuns(bot)).toBe(true);
  });

  it('the booking dialog is built on the first booking, not for questions, and then reused', async () => {
    const bot = await startBot();
    // The factory createBotCore hands MainDialog (it imports dialogs/bookingDialog.ts on first use).
    const deps = (bot.core.mainDialog as unknown as { deps: MainDialogDeps }).deps;
    const built: Promise<unknown>[] = [];
    const original = deps.bookingDialog;
    deps.bookingDialog = () => {
      const dialog = original();
      built.push(dialog);
      return dialog;
    };
    await bot.say('What is IMS?');
    await bot.say('what is the meaning of life');
    expect(built).toHaveLength(0);

    const first = await bot.say('I would like to book an appointment');
    expect(first.text).not.toMatch(/sorry/i);
    expect(await bookingRuns(bot)).toBe(true);
    await bot.say('cancel');
    expect(await bookingRuns(bot)).toBe(false);
    await bot.say('book an appointment');
    expect(await bookingRuns(bot)).toBe(true);
    expect(built).toHaveLength(1);
    expect(await original()).toBe(await built[0]);
  });

  it('after a fallback, "yes please" accepts the offer and starts a booking', async () => {
    const bot = await startBot();
    const fallback = await bot.say('what is the meaning of life');
    expect(fallback.text).toMatch(/sorry/i);
    await bot.say('yes please');
    expect(await bookingRuns(bot)).toBe(true);
  });

  it('a "yes" out of the blue, or one turn too late, is not taken as a booking', async () => {
    const bot = await startBot();
    const reply = await bot.say('yes');
    expect(reply.text).toMatch(/sorry/i);
    expect(await bookingRuns(bot)).toBe(false);

    await bot.say('what is the meaning of life');
    await bot.say('What is IMS?');
    await bot.say('sure');
    expect(await bookingRuns(bot)).toBe(false);
  });

  it('an emergency during a booking gets only the safety reply and pauses the booking', async () => {
    const bot = await startBot();
    await bot.say('book an appointment');
    const before = await bot.dialogStack();
    expect(before).toContain(`"id":"${BOOKING_DIALOG_ID}"`);
    const reply = await bot.say('I have chest pain');
    expect(reply.messages).toHaveLength(1);
    expect(reply.text).toBe(en('safety.emergency'));
    expect(await bot.dialogStack()).toBe(before);
    expect(await bot.memory()).toMatchObject({ bookingPaused: true });
  });
});

describe('safety', () => {
  it('an emergency gets the 911 reply and nothing else', async () => {
    const bot = await startBot();
    const reply = await bot.say('chest pain');
    expect(reply.text).toBe(en('safety.emergency'));
    expect(reply.text).toContain('911');
    expect(reply.suggested).toEqual([]);
  });
});

describe('turn errors', () => {
  it('apologise, and clear the conversation so the person is not stuck', async () => {
    const bot = await startBot();
    await bot.say('book an appointment');
    expect(await bookingRuns(bot)).toBe(true);
    const reply = await bot.say('please explode');
    expect(reply.text).toBe(TURN_ERROR_REPLY);
    expect(await bookingRuns(bot)).toBe(false);
    const next = await bot.say('What is IMS?');
    expect(next.text.startsWith(knowledge.byId.get('ims-what')!.answer)).toBe(true);
  });
});

describe('channels', () => {
  it('the Emulator gets a route trace with the label; Web Chat never does', async () => {
    const emulator = await startBot({ channelId: 'emulator' });
    const answered = await emulator.say('Does IMS hurt?');
    const traces = answered.activities.filter((a) => a.type === 'trace');
    expect(traces).toHaveLength(1);
    expect(traces[0]).toMatchObject({ name: 'route', label: 'Route', value: { label: 'ims-sensation', route: 'answer', safety: 'calm', language: 'en' } });

    const ambiguous = await emulator.say('ims or acupuncture');
    const trace = ambiguous.activities.find((a) => a.type === 'trace');
    expect(trace?.value).toMatchObject({ label: 'ambiguous', route: 'answer', candidates: [{ id: 'ims-what' }, { id: 'ims-vs-acupuncture' }] });

    const webchat = await startBot({ channelId: 'webchat' });
    const reply = await webchat.say('Does IMS hurt?');
    expect(reply.activities.filter((a) => a.type === 'trace')).toEqual([]);
  });

  it('a Teams personal chat strips the @mention before reading the message', async () => {
    const bot = await startBot({ channelId: 'msteams', conversationType: 'personal' });
    const at = `<at>${BOT.name}</at>`;
    const reply = await bot.say({ text: `${at} Does IMS hurt?`, entities: [{ type: 'mention', text: at, mentioned: BOT }] });
    expect(reply.text.startsWith(knowledge.byId.get('ims-sensation')!.answer)).toBe(true);
    expect(reply.suggested).toHaveLength(3);
  });

  it('a Teams channel answers only when @mentioned, with a card', async () => {
    const bot = await startBot({ channelId: 'msteams', conversationType: 'channel' });
    const unmentioned = await bot.say('Does IMS hurt?');
    expect(unmentioned.activities).toEqual([]);

    const at = `<at>${BOT.name}</at>`;
    const mentioned = await bot.say({ text: `${at} Does IMS hurt?`, entities: [{ type: 'mention', text: at, mentioned: BOT }] });
    expect(mentioned.messages[0]!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(mentioned.text.startsWith(knowledge.byId.get('ims-sensation')!.answer)).toBe(true);
    expect(mentioned.buttons.at(-1)).toBe(BOOK_A_CONSULT);
  });

  it('a Teams channel card button click is answered without a mention', async () => {
    const bot = await startBot({ channelId: 'msteams', conversationType: 'channel' });
    const reply = await bot.say({ text: 'What is IMS?', value: { [CARD_ACTION_MARKER]: 'say', text: 'What is IMS?' } });
    expect(reply.text.startsWith(knowledge.byId.get('ims-what')!.answer)).toBe(true);
    // Hosts that send only the card's data (no text) work too.
    const dataOnly = await bot.say({ text: undefined, value: { [CARD_ACTION_MARKER]: 'say', text: 'Does IMS hurt?' } });
    expect(dataOnly.text.startsWith(knowledge.byId.get('ims-sensation')!.answer)).toBe(true);
  });
});

describe('welcome and other activities', () => {
  it.each([
    ['webchat', undefined, ['bot', 'user'], 1],
    ['webchat', undefined, ['bot'], 0],
    ['emulator', undefined, ['user'], 1],
    ['msteams', 'personal', ['bot'], 1],
    ['msteams', 'channel', ['bot'], 0],
    ['msteams', 'channel', ['user'], 0],
  ] as const)('%s %s, members added %j -> %i welcome', async (channelId, conversationType, members, count) => {
    const bot = await startBot({ channelId, conversationType });
    const reply = await bot.say({ type: 'conversationUpdate', membersAdded: members.map((m) => (m === 'bot' ? BOT : USER)) });
    expect(reply.messages).toHaveLength(count);
    if (count) {
      expect(reply.text).toContain(clinic.name);
      expect(reply.suggested).toHaveLength(3);
    }
  });

  it.each(['typing', 'messageReaction', 'endOfConversation', 'event', 'installationUpdate'])('a %s activity gets no reply', async (type) => {
    const bot = await startBot();
    const reply = await bot.say({ type, reactionsAdded: type === 'messageReaction' ? [{ type: 'like' }] : undefined });
    expect(reply.activities).toEqual([]);
  });
});
