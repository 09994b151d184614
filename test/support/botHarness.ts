// The bot's logic (createBotCore: ImsBot + MainDialog + the booking dialog + rendering + turn errors) driven
// in-process through botbuilder's TestAdapter, with in-memory state. Tests choose the reader of messages:
// the real Understanding, or a fake one (fakeUnderstanding.ts) to describe the bot's rules independent of
// the reader's scores.
import { MemoryStorage, TestAdapter, TurnContext, type Activity, type Storage } from 'botbuilder';
import { createBotCore, prepareAdapter, type BotCore, type BotParts } from '../../src/app.js';
import type { ConversationMemory } from '../../dialogs/mainDialog.js';
import type { InsightsRecorder } from '../../src/insights/recorder.js';
import { createLogger } from '../../src/logging/logger.js';
import { visible } from './channelClient.js';
import { testConfig } from './startApp.js';

export const BOT = { id: 'bot-1', name: 'IMS Helper' };
export const USER = { id: 'user-1', name: 'Pat Example' };

export type Reply = ReturnType<typeof visible>;

export interface BotHarness {
  core: BotCore;
  storage: Storage;
  adapter: TestAdapter;
  /** Sends one activity (a string: a message with that text) and returns what the bot sent back. */
  say(activity: string | Partial<Activity>): Promise<Reply>;
  /** The serialized dialog stack of the conversation, to see which dialog is running. */
  dialogStack(): Promise<string>;
  /** What the conversation remembers between messages (conversation state 'memory'). */
  memory(): Promise<ConversationMemory | undefined>;
  /** Sets what the conversation remembers, as if earlier turns had (e.g. a request confirmed before). */
  remember(memory: ConversationMemory): Promise<void>;
}

export interface HarnessOptions {
  channelId?: string;
  conversationType?: string;
  storage?: Storage;
  insights?: InsightsRecorder;
}

export async function startBot(parts: BotParts, options: HarnessOptions = {}): Promise<BotHarness> {
  const channelId = options.channelId ?? 'webchat';
  const conversation = { id: `conv-${Math.random().toString(36).slice(2)}`, conversationType: options.conversationType, isGroup: false };
  const storage = options.storage ?? new MemoryStorage();
  const log = createLogger('silent');
  const core = await createBotCore(testConfig(), log, parts, storage, options.insights ? { insights: options.insights } : {});
  const adapter = prepareAdapter(
    new TestAdapter((context) => core.bot.run(context), { channelId, conversation, recipient: BOT, from: USER } as Partial<Activity>, true),
    core,
    log,
  );
  const memoryProperty = core.conversationState.createProperty<ConversationMemory>('memory');
  // A turn context of this conversation outside any turn, to read or write its saved state the way the bot does.
  const freshContext = () => new TurnContext(adapter, { type: 'message', channelId, conversation, from: USER, recipient: BOT } as Activity);
  return {
    core,
    storage,
    adapter,
    async say(activity) {
      await adapter.processActivity(typeof activity === 'string' ? { type: 'message', text: activity } : { type: 'message', ...activity });
      return visible(adapter.activeQueue.splice(0));
    },
    async dialogStack() {
      const state = (await core.conversationState.load(freshContext(), true)) as { DialogState?: unknown };
      return JSON.stringify(state.DialogState ?? null);
    },
    async memory() {
      const context = freshContext();
      await core.conversationState.load(context, true);
      return memoryProperty.get(context);
    },
    async remember(memory) {
      const context = freshContext();
      await core.conversationState.load(context, true);
      await memoryProperty.set(context, memory);
      await core.conversationState.saveChanges(context);
    },
  };
}
