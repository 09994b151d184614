// State is written only when a turn changes it: answering questions outside a booking saves no more than
// the entry answered last (for follow-ups), the fallback's one-turn booking offer and a booking in progress
// are saved, and the reply language is remembered once. (MainDialog answers questions without the dialog
// machinery.) The messages are read by a rule-based fake reader (test/support/fakeUnderstanding.ts).
import { MemoryStorage, TestAdapter, type Activity, type StoreItems } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBotCore, prepareAdapter } from '../../src/app.js';
import { loadClinic, loadKnowledge } from '../../src/kb/load.js';
import type { Clinic, Knowledge } from '../../src/kb/schema.js';
import { createLogger } from '../../src/logging/logger.js';
import { FakeUnderstanding, partsWith, readings, ruleBasedUnderstanding } from '../support/fakeUnderstanding.js';
import { repoPath } from '../support/repo.js';
import { testConfig } from '../support/startApp.js';

let knowledge: Knowledge;
let clinic: Clinic;

beforeAll(async () => {
  knowledge = await loadKnowledge(repoPath('knowledge'));
  clinic = await loadClinic(repoPath('config/clinic.yaml'));
});

/** MemoryStorage that counts the writes it receives. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

async function startBot(understanding: FakeUnderstanding = ruleBasedUnderstanding(knowledge)) {
  const storage = new CountingStorage();
  const log = createLogger('silent');
  const core = await createBotCore(testConfig(), log, partsWith(knowledge, clinic, understanding), storage);
  const conversation = { id: `conv-${Math.random().toString(36).slice(2)}`, isGroup: false };
  const adapter = prepareAdapter(
    new TestAdapter((context) => core.bot.run(context), { channelId: 'webchat', conversation } as Partial<Activity>, true),
    core,
    log,
  );
  const say = async (text: string) => {
    const before = storage.writes;
    await adapter.processActivity({ type: 'message', text });
    const replies = adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
    return { writes: storage.writes - before, replies };
  };
  return { say, storage };
}

const faqTitle = () => knowledge.entries.find((e) => e.kind === 'faq')!.title;
const otherFaqTitle = () => knowledge.entries.filter((e) => e.kind === 'faq')[1]!.title;

describe('conversation state writes', () => {
  it('answering questions saves only which entry was answered last, and nothing while it stays the same', async () => {
    const bot = await startBot();
    const first = await bot.say(faqTitle());
    expect(first.replies.length).toBeGreaterThan(0);
    expect(first.writes).toBe(1);
    for (const text of [faqTitle(), faqTitle()]) {
      const { writes, replies } = await bot.say(text);
      expect(replies.length).toBeGreaterThan(0);
      expect(writes).toBe(0);
    }
    expect((await bot.say(otherFaqTitle())).writes).toBe(1);
  });

  it('saves the booking offer of a fallback, and its end on the next message', async () => {
    const bot = await startBot();
    expect((await bot.say('what is the meaning of life')).writes).toBe(1);
    expect((await bot.say(faqTitle())).writes).toBe(1); // the offer ends (and the entry is remembered)
    expect((await bot.say(faqTitle())).writes).toBe(0);
    expect((await bot.say('what is the meaning of life')).writes).toBe(1);
    expect((await bot.say('what is the meaning of life')).writes).toBe(0); // the same offer again
  });

  it('saves a booking in progress at every step', async () => {
    const bot = await startBot();
    expect((await bot.say('I would like to book an appointment')).writes).toBe(1);
  });

  it('remembers the reply language once (user state), not at every message', async () => {
    const english = readings.entry('ims-what', { language: { written: 'en', reply: 'en', switched: false, why: 'English', requested: false, remember: { language: 'en', by: 'message' } } });
    const bot = await startBot(new FakeUnderstanding(() => english));
    expect((await bot.say('What is IMS?')).writes).toBe(2); // the language, and the entry answered
    expect((await bot.say('What is IMS?')).writes).toBe(0);
  });
});
