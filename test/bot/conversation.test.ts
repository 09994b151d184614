// The bot's conversation behaviour (ImsBot + MainDialog + rendering + turn errors), driven
// in-process through botbuilder's TestAdapter with a rule-based router, so these tests describe
// the bot's rules independent of the matcher's scores.
import { MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBotCore, prepareAdapter, type BotCore } from '../../src/app.js';
import { TOO_LONG_REPLY, NOT_TEXT_REPLY } from '../../src/bot/imsBot.js';
import { BOOK_A_CONSULT, CARD_ACTION_MARKER } from '../../src/bot/replies.js';
import { TURN_ERROR_REPLY } from '../../src/bot/turnError.js';
import { loadClinic, loadKnowledge } from '../../src/kb/load.js';
import type { Clinic, Knowledge } from '../../src/kb/schema.js';
import { createLogger } from '../../src/logging/logger.js';
import type { Router } from '../../src/routing/types.js';
import { visible } from '../support/channelClient.js';
import { fakeRouter, routes } from '../support/fakeRouter.js';
import { repoPath } from '../support/repo.js';
import { testConfig } from '../support/startApp.js';

let knowledge: Knowledge;
let clinic: Clinic;

beforeAll(async () => {
  knowledge = await loadKnowledge(repoPath('knowledge'));
  clinic = await loadClinic(repoPath('config/clinic.yaml'));
});

interface Harness {
  core: BotCore;
  storage: MemoryStorage;
  adapter: TestAdapter;
  /** Sends one activity (text = message) and returns what the bot sent back. */
  say(activity: string | Partial<Activity>): Promise<ReturnType<typeof visible>>;
  /** The serialized dialog stack of the conversation, to see which dialog is running. */
  dialogStack(): Promise<string>;
}

const BOT = { id: 'bot-1', name: 'IMS Helper' };
const USER = { id: 'user-1', name: 'Pat Example' };

async function startBot(options: { channelId?: string; conversationType?: string; router?: Router } = {}): Promise<Harness> {
  const channelId = options.channelId ?? 'webchat';
  const conversation = { id: `conv-${Math.random().toString(36).slice(2)}`, conversationType: options.conversationType, isGroup: false };
  const storage = new MemoryStorage();
  const config = testConfig();
  const log = createLogger('silent');
  const core = await createBotCore(config, log, { knowledge, clinic, router: options.router ?? fakeRouter(knowledge) }, storage);
  const adapter = prepareAdapter(
    new TestAdapter((context) => core.bot.run(context), { channelId, conversation, recipient: BOT, from: USER } as Partial<Activity>, true),
    core,
    log,
  );
  return {
    core,
    storage,
    adapter,
    async say(activity) {
      await adapter.processActivity(typeof activity === 'string' ? { type: 'message', text: activity } : { type: 'message', ...activity });
      const sent = adapter.activeQueue.splice(0);
      return visible(sent);
    },
    async dialogStack() {
      // Read the saved conversation state the way the bot does, on a fresh turn context.
      const context = new TurnContext(adapter, { type: 'message', channelId, conversation, from: USER, recipient: BOT } as Activity);
      const state = (await core.conversationState.load(context, true)) as { DialogState?: unknown };
      return JSON.stringify(state.DialogState ?? null);
    },
  };
}

describe('answering', () => {
  it('answers a question with the entry, related questions and a booking action', async () => {
    const bot = await startBot();
    const reply = await bot.say('What is IMS?');
    expect(reply.text.startsWith(knowledge.byId.get('ims-what')!.answer)).toBe(true);
    expect(reply.suggested.at(-1)).toBe(BOOK_A_CONSULT);
  });

  it('offers choices when the router is unsure', async () => {
    const bot = await startBot();
    const reply = await bot.say('ims or acupuncture');
    expect(reply.text).toMatch(/did you mean/i);
    expect(reply.suggested).toEqual(['What is IMS?', 'IMS vs acupuncture']);
  });

  it('asks a too-long message to be shortened (and still points to 911)', async () => {
    const bot = await startBot();
    const reply = await bot.say('x'.repeat(testConfig().limits.maxMessageChars + 1));
    expect(reply.text).toBe(TOO_LONG_REPLY);
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
    expect(reply.text).toBe(NOT_TEXT_REPLY);
  });
});

describe('booking', () => {
  it('a booking request starts the booking dialog', async () => {
    const bot = await startBot();
    const reply = await bot.say('I would like to book an appointment');
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(reply.text).not.toMatch(/sorry/i);
    expect(await bot.dialogStack()).toContain(bot.core.booking.dialogId);
  });

  it('the booking dialog is built on the first booking, not for questions, and then reused', async () => {
    const bot = await startBot();
    const built: Promise<unknown>[] = [];
    const original = bot.core.booking.dialog;
    bot.core.booking.dialog = () => {
      const dialog = original();
      built.push(dialog);
      return dialog;
    };
    await bot.say('What is IMS?');
    await bot.say('what is the meaning of life');
    expect(built).toHaveLength(0);

    const first = await bot.say('I would like to book an appointment');
    expect(first.text).not.toMatch(/sorry/i);
    expect(await bot.dialogStack()).toContain(bot.core.booking.dialogId);
    await bot.say('cancel');
    await bot.say('book an appointment');
    expect(await bot.dialogStack()).toContain(bot.core.booking.dialogId);
    expect(built).toHaveLength(1);
    expect(await original()).toBe(await built[0]);
  });

  it('"Book a consult" always starts a booking, whatever the router says', async () => {
    const bot = await startBot({ router: { route: (t) => routes.none(t) } });
    await bot.say(BOOK_A_CONSULT);
    expect(await bot.dialogStack()).toContain(bot.core.booking.dialogId);
  });

  it('after a fallback, "yes please" accepts the offer and starts a booking', async () => {
    const bot = await startBot();
    const fallback = await bot.say('what is the meaning of life');
    expect(fallback.text).toMatch(/sorry/i);
    await bot.say('yes please');
    expect(await bot.dialogStack()).toContain(bot.core.booking.dialogId);
  });

  it('a "yes" out of the blue, or one turn too late, is not taken as a booking', async () => {
    const bot = await startBot();
    const reply = await bot.say('yes');
    expect(reply.text).toMatch(/sorry/i);
    expect(await bot.dialogStack()).not.toContain(bot.core.booking.dialogId);

    await bot.say('what is the meaning of life');
    await bot.say('What is IMS?');
    await bot.say('sure');
    expect(await bot.dialogStack()).not.toContain(bot.core.booking.dialogId);
  });

  it('an emergency during a booking gets only the safety reply and leaves the booking waiting', async () => {
    const bot = await startBot();
    await bot.say('book an appointment');
    const before = await bot.dialogStack();
    expect(before).toContain(bot.core.booking.dialogId);
    const reply = await bot.say('I have chest pain');
    expect(reply.messages).toHaveLength(1);
    expect(reply.text).toBe(knowledge.messages.get('en')?.messages['safety.emergency']);
    expect(await bot.dialogStack()).toBe(before);
  });
});

describe('safety', () => {
  it('an emergency gets the 911 reply and nothing else', async () => {
    const bot = await startBot();
    const reply = await bot.say('chest pain');
    expect(reply.text).toContain('911');
    expect(reply.suggested).toEqual([]);
  });
});

describe('turn errors', () => {
  it('apologise, and clear the conversation so the person is not stuck', async () => {
    const bot = await startBot();
    await bot.say('book an appointment');
    expect(await bot.dialogStack()).toContain(bot.core.booking.dialogId);
    const reply = await bot.say('please explode');
    expect(reply.text).toBe(TURN_ERROR_REPLY);
    expect(await bot.dialogStack()).not.toContain(bot.core.booking.dialogId);
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
    expect(traces[0]).toMatchObject({ name: 'route', label: 'Route', value: { label: 'ims-sensation' } });

    const ambiguous = await emulator.say('ims or acupuncture');
    const trace = ambiguous.activities.find((a) => a.type === 'trace');
    expect(trace?.value).toMatchObject({ label: 'ambiguous', candidates: [{ id: 'ims-what' }, { id: 'ims-vs-acupuncture' }] });

    const webchat = await startBot({ channelId: 'webchat' });
    const reply = await webchat.say('Does IMS hurt?');
    expect(reply.activities.filter((a) => a.type === 'trace')).toEqual([]);
  });

  it('a Teams personal chat strips the @mention before routing', async () => {
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
