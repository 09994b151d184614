// In-memory Direct Line conversations: each keeps its activity log with watermarks and the live
// stream listeners. Anyone on the internet can open a conversation, so the store is bounded and
// keeps room for new visitors:
//   - a conversation nobody has written in yet ("unused") is forgotten after a few minutes when no
//     page is connected to it, any other after an hour without activity;
//   - one client (an IPv4 address, an IPv6 /64) holds at most 20 conversations: opening another
//     forgets its oldest unused one, or is refused when all of them are in use;
//   - when the store is full, a new conversation takes the place of the oldest unused one, else of
//     the one quiet for longest (5 minutes or more), so a flood of token requests cannot
//     lock everyone else out. Only when every conversation is busy is a visitor turned away.
// A forgotten conversation loses only its log here: the bot's own state is in storage, and the
// owner's token can open it again (adopt), e.g. after a restart.
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
  /** The client that opened it (rate-limit key: IPv4 address or IPv6 /64). */
  client: string;
  started: boolean;
  /** The person has sent something: the conversation is in use, not only opened. */
  used: boolean;
  lastActive: number;
  /** Sequence number of the newest activity; the watermark is this number as a string. */
  sequence: number;
  transientSequence: number;
  log: { seq: number; activity: ChannelActivity }[];
  /** Live streams: what each receives, and what ends it when the conversation is forgotten. */
  listeners: Map<Listener, () => void>;
  /** Bot turns of one conversation run one after another (dialog state is per conversation). */
  turns: Promise<void>;
}

export interface ConversationStoreOptions {
  maxConversations?: number;
  /** Open conversations one client may hold. */
  maxPerClient?: number;
  maxActivitiesPerConversation?: number;
  /** Conversations without activity for this long are forgotten (unless a page is connected). */
  idleMinutes?: number;
  /** Conversations nobody wrote in are forgotten this soon (unless a page is connected). */
  unusedMinutes?: number;
  /** When the store is full, a conversation quiet for this long may make room for a new one. */
  evictableAfterMinutes?: number;
  now?: () => number;
}

export class ConversationLimitError extends Error {
  override name = 'ConversationLimitError';
  /** client: this client has too many conversations in use; capacity: every conversation is busy. */
  constructor(readonly reason: 'client' | 'capacity') {
    super(reason === 'client' ? 'too many open conversations for this client' : 'too many open conversations');
  }
}

export class ConversationStore {
  /** In order of last activity, oldest first (touch() moves a conversation to the end). */
  private readonly conversations = new Map<string, Conversation>();
  private readonly byClient = new Map<string, Set<string>>();
  private readonly maxConversations: number;
  private readonly maxPerClient: number;
  private readonly maxActivities: number;
  private readonly idleMs: number;
  private readonly unusedMs: number;
  private readonly evictableMs: number;
  private readonly now: () => number;

  constructor(options: ConversationStoreOptions = {}) {
    this.maxConversations = options.maxConversations ?? 5000;
    this.maxPerClient = options.maxPerClient ?? 20;
    this.maxActivities = options.maxActivitiesPerConversation ?? 300;
    this.idleMs = (options.idleMinutes ?? 60) * 60_000;
    this.unusedMs = (options.unusedMinutes ?? 5) * 60_000;
    this.evictableMs = (options.evictableAfterMinutes ?? 5) * 60_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Registers a new conversation of `client`, bound to a user; idempotent for the same pair. Throws ConversationLimitError. */
  create(id: string, userId: string, client: string): void {
    const existing = this.conversations.get(id);
    if (existing) {
      if (existing.userId !== userId) throw new Error('conversation belongs to another user');
      return;
    }
    this.makeRoom(client);
    this.add({ id, userId, client, started: false, sequence: 0 });
  }

  /**
   * Opens again, empty, a conversation this store does not know (any more) for the user its
   * token names: after a restart, or once it was forgotten. It counts as started (the bot has
   * already greeted), and its activity numbers continue above any watermark of the earlier log.
   */
  adopt(id: string, userId: string, client: string): void {
    if (this.conversations.has(id)) return;
    this.makeRoom(client);
    this.add({ id, userId, client, started: true, sequence: this.now() });
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
    this.byClient.clear();
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
    const conversation = this.touch(id);
    if (activity.from?.role === 'user') conversation.used = true;
    conversation.sequence += 1;
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
    const conversation = this.touch(id);
    const after = watermark && /^\d+$/.test(watermark) ? Number(watermark) : 0;
    return {
      activities: conversation.log.filter((entry) => entry.seq > after).map((entry) => entry.activity),
      watermark: String(conversation.sequence),
    };
  }

  /** Live delivery of new activities; `onEnd` runs if the conversation is forgotten meanwhile. */
  subscribe(id: string, listener: Listener, onEnd: () => void = () => {}): () => void {
    const conversation = this.require(id);
    conversation.listeners.set(listener, onEnd);
    return () => conversation.listeners.delete(listener);
  }

  /** Queues a bot turn behind the conversation's earlier ones. */
  enqueueTurn(id: string, turn: () => Promise<void>): Promise<void> {
    const conversation = this.require(id);
    const next = conversation.turns.then(turn, turn);
    conversation.turns = next.catch(() => undefined);
    return next;
  }

  /** Forgets unused and idle conversations nobody is connected to; returns how many. */
  expireIdle(): number {
    const now = this.now();
    let expired = 0;
    for (const conversation of this.conversations.values()) {
      const quiet = now - conversation.lastActive;
      // Oldest first: once one is too recent for either rule, so are all after it.
      if (quiet <= Math.min(this.unusedMs, this.idleMs)) break;
      if (conversation.listeners.size > 0) continue;
      if (quiet > this.idleMs || (!conversation.used && quiet > this.unusedMs)) {
        this.forget(conversation);
        expired += 1;
      }
    }
    return expired;
  }

  private makeRoom(client: string): void {
    this.expireIdle();
    const mine = [...(this.byClient.get(client) ?? [])].map((id) => this.conversations.get(id)!);
    if (mine.length >= this.maxPerClient) {
      // The same person (or a script) opening chat after chat: their oldest unused one goes.
      const unused = mine.filter((c) => !c.used).sort((a, b) => a.lastActive - b.lastActive)[0];
      if (!unused) throw new ConversationLimitError('client');
      this.forget(unused);
    }
    if (this.conversations.size < this.maxConversations) return;
    const now = this.now();
    let quietest: Conversation | undefined;
    for (const conversation of this.conversations.values()) {
      if (!conversation.used) {
        this.forget(conversation);
        return;
      }
      quietest ??= conversation;
    }
    if (quietest && now - quietest.lastActive >= this.evictableMs) {
      this.forget(quietest);
      return;
    }
    throw new ConversationLimitError('capacity');
  }

  private add(fields: Pick<Conversation, 'id' | 'userId' | 'client' | 'started' | 'sequence'>): void {
    this.conversations.set(fields.id, {
      ...fields,
      used: false,
      lastActive: this.now(),
      transientSequence: 0,
      log: [],
      listeners: new Map(),
      turns: Promise.resolve(),
    });
    let ids = this.byClient.get(fields.client);
    if (!ids) this.byClient.set(fields.client, (ids = new Set()));
    ids.add(fields.id);
  }

  private forget(conversation: Conversation): void {
    this.conversations.delete(conversation.id);
    const ids = this.byClient.get(conversation.client);
    ids?.delete(conversation.id);
    if (ids?.size === 0) this.byClient.delete(conversation.client);
    for (const end of conversation.listeners.values()) end();
    conversation.listeners.clear();
  }

  /** The conversation, now the most recently active one. */
  private touch(id: string): Conversation {
    const conversation = this.require(id);
    conversation.lastActive = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  private notify(conversation: Conversation, group: ActivityGroup): void {
    for (const listener of conversation.listeners.keys()) listener(group);
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
