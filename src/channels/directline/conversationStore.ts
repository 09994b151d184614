// In-memory Direct Line conversations: each keeps its activity log with watermarks and the live
// stream listeners. Bounded (conversations, activities per conversation) and idle ones expire,
// because anyone on the internet can open a conversation.
import type { Activity } from 'botbuilder';

export type ChannelActivity = Partial<Activity> & { id: string; type: string };

export interface ActivityGroup {
  activities: ChannelActivity[];
  /** Absent for frames that carry only transient activities (typing). */
  watermark?: string;
}

type Listener = (group: ActivityGroup) => void;

interface Conversation {
  id: string;
  userId: string;
  started: boolean;
  lastActive: number;
  /** Sequence number of the newest activity; the watermark is this number as a string. */
  sequence: number;
  transientSequence: number;
  log: { seq: number; activity: ChannelActivity }[];
  listeners: Set<Listener>;
  /** Bot turns of one conversation run one after another (dialog state is per conversation). */
  turns: Promise<void>;
}

export interface ConversationStoreOptions {
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  idleMinutes?: number;
  now?: () => number;
}

export class ConversationLimitError extends Error {
  override name = 'ConversationLimitError';
}

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly maxConversations: number;
  private readonly maxActivities: number;
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(options: ConversationStoreOptions = {}) {
    this.maxConversations = options.maxConversations ?? 5000;
    this.maxActivities = options.maxActivitiesPerConversation ?? 300;
    this.idleMs = (options.idleMinutes ?? 60) * 60_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Registers a conversation bound to a user; idempotent for the same pair. */
  create(id: string, userId: string): void {
    const existing = this.conversations.get(id);
    if (existing) {
      if (existing.userId !== userId) throw new Error('conversation belongs to another user');
      return;
    }
    this.expireIdle();
    if (this.conversations.size >= this.maxConversations) throw new ConversationLimitError('too many open conversations');
    this.conversations.set(id, {
      id,
      userId,
      started: false,
      lastActive: this.now(),
      sequence: 0,
      transientSequence: 0,
      log: [],
      listeners: new Set(),
      turns: Promise.resolve(),
    });
  }

  has(id: string): boolean {
    return this.conversations.has(id);
  }

  /** The user the conversation was opened for, or undefined when it does not exist (any more). */
  ownerOf(id: string): string | undefined {
    return this.conversations.get(id)?.userId;
  }

  /** Drops every conversation (shutdown). */
  clear(): void {
    this.conversations.clear();
  }

  /** Marks the conversation started; true only the first time (so the bot is told once). */
  markStarted(id: string): boolean {
    const conversation = this.require(id);
    if (conversation.started) return false;
    conversation.started = true;
    return true;
  }

  watermark(id: string): string {
    return String(this.require(id).sequence);
  }

  /** Adds an activity to the log with the next id and tells live listeners. */
  append(id: string, activity: Omit<ChannelActivity, 'id'> & { id?: string }): ChannelActivity {
    const conversation = this.require(id);
    conversation.sequence += 1;
    conversation.lastActive = this.now();
    const stored: ChannelActivity = {
      ...activity,
      id: `${id}|${String(conversation.sequence).padStart(7, '0')}`,
      timestamp: new Date(this.now()),
    } as ChannelActivity;
    conversation.log.push({ seq: conversation.sequence, activity: stored });
    if (conversation.log.length > this.maxActivities) conversation.log.splice(0, conversation.log.length - this.maxActivities);
    this.notify(conversation, { activities: [stored], watermark: String(conversation.sequence) });
    return stored;
  }

  /** Sends an activity to live listeners only (typing): not worth replaying or polling. */
  broadcast(id: string, activity: Omit<ChannelActivity, 'id'>): ChannelActivity {
    const conversation = this.require(id);
    conversation.transientSequence += 1;
    const sent = { ...activity, id: `${id}|t${conversation.transientSequence}`, timestamp: new Date(this.now()) } as ChannelActivity;
    this.notify(conversation, { activities: [sent] });
    return sent;
  }

  /** Activities after `watermark` (all when it is empty or not a number). */
  since(id: string, watermark: string | undefined): ActivityGroup {
    const conversation = this.require(id);
    conversation.lastActive = this.now();
    const after = watermark && /^\d+$/.test(watermark) ? Number(watermark) : 0;
    return {
      activities: conversation.log.filter((entry) => entry.seq > after).map((entry) => entry.activity),
      watermark: String(conversation.sequence),
    };
  }

  subscribe(id: string, listener: Listener): () => void {
    const conversation = this.require(id);
    conversation.listeners.add(listener);
    return () => conversation.listeners.delete(listener);
  }

  /** Queues a bot turn behind the conversation's earlier ones. */
  enqueueTurn(id: string, turn: () => Promise<void>): Promise<void> {
    const conversation = this.require(id);
    const next = conversation.turns.then(turn, turn);
    conversation.turns = next.catch(() => undefined);
    return next;
  }

  expireIdle(): number {
    const cutoff = this.now() - this.idleMs;
    let expired = 0;
    for (const [id, conversation] of this.conversations) {
      if (conversation.lastActive < cutoff && conversation.listeners.size === 0) {
        this.conversations.delete(id);
        expired += 1;
      }
    }
    return expired;
  }

  private notify(conversation: Conversation, group: ActivityGroup): void {
    for (const listener of conversation.listeners) listener(group);
  }

  private require(id: string): Conversation {
    const conversation = this.conversations.get(id);
    if (!conversation) throw new UnknownConversationError(id);
    return conversation;
  }
}

export class UnknownConversationError extends Error {
  override name = 'UnknownConversationError';
  constructor(id: string) {
    super(`unknown conversation ${id.slice(0, 8)}...`);
  }
}
