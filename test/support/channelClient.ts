// A minimal Bot Framework channel for tests: builds activities shaped like Web Chat, Teams or
// the Emulator send them and POSTs them to the bot. In 'expectReplies' mode the replies come
// back in the HTTP response; in 'post' mode the bot POSTs them to the capture server.
import { randomUUID } from 'node:crypto';
import type { Activity, Attachment } from 'botbuilder';
import type { CaptureServer } from './captureServer.js';

export type ChannelId = 'webchat' | 'msteams' | 'emulator' | 'directline';

export interface Turn {
  status: number;
  /** All activities the bot sent (messages, traces, typing, ...). */
  activities: Partial<Activity>[];
  /** Message activities only. */
  messages: Partial<Activity>[];
  /** Visible text: activity text plus Adaptive Card TextBlocks. */
  text: string;
  suggested: string[];
  /** Adaptive Card button titles. */
  buttons: string[];
  /** The data each card button would send. */
  buttonData: unknown[];
  body: unknown;
}

export interface ConversationOptions {
  channelId?: ChannelId;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  mode?: 'expectReplies' | 'post';
  capture?: CaptureServer;
  botName?: string;
}

function walkCard(node: unknown, turn: Pick<Turn, 'buttons' | 'buttonData'> & { texts: string[] }): void {
  if (Array.isArray(node)) return node.forEach((n) => walkCard(n, turn));
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if (n.type === 'TextBlock' && typeof n.text === 'string') turn.texts.push(n.text);
  if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string') {
    turn.buttons.push(n.title);
    turn.buttonData.push(n.data);
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'data' && value && typeof value === 'object') walkCard(value, turn);
}

export function visible(activities: Partial<Activity>[]): Omit<Turn, 'status' | 'body'> {
  const messages = activities.filter((a) => (a.type ?? 'message') === 'message');
  const acc = { texts: [] as string[], buttons: [] as string[], buttonData: [] as unknown[] };
  const suggested: string[] = [];
  for (const m of messages) {
    if (m.text) acc.texts.push(m.text);
    for (const att of (m.attachments ?? []) as Attachment[]) walkCard(att.content, acc);
    for (const a of m.suggestedActions?.actions ?? []) suggested.push(String(a.title ?? a.value));
  }
  return { activities, messages, text: acc.texts.join('\n'), suggested, buttons: acc.buttons, buttonData: acc.buttonData };
}

export class TestConversation {
  readonly channelId: ChannelId;
  readonly user: { id: string; name: string; aadObjectId?: string };
  readonly bot: { id: string; name: string };
  readonly conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  private readonly channelData?: Record<string, unknown>;
  private readonly mode: 'expectReplies' | 'post';
  private readonly capture?: CaptureServer;

  constructor(
    private readonly endpoint: string,
    options: ConversationOptions = {},
  ) {
    this.channelId = options.channelId ?? 'webchat';
    this.mode = options.mode ?? 'expectReplies';
    this.capture = options.capture;
    const short = () => randomUUID().replace(/-/g, '').slice(0, 16);
    const botName = options.botName ?? 'IMS Helper';
    if (this.channelId === 'msteams') {
      const tenantId = randomUUID();
      const type = options.conversationType ?? 'personal';
      this.user = { id: `29:${short()}`, name: 'Pat Example', aadObjectId: randomUUID() };
      this.bot = { id: `28:${short()}`, name: botName };
      const threadId = `19:${short()}@thread.tacv2`;
      this.conversation =
        type === 'personal'
          ? { id: `a:${short()}`, conversationType: 'personal', tenantId }
          : { id: `${threadId};messageid=${Date.now()}`, conversationType: type, tenantId, isGroup: true };
      this.channelData =
        type === 'channel'
          ? { tenant: { id: tenantId }, teamsChannelId: threadId, teamsTeamId: threadId, channel: { id: threadId }, team: { id: threadId } }
          : { tenant: { id: tenantId } };
    } else {
      this.user = { id: `dl_${short()}`, name: 'Pat Example' };
      this.bot = { id: `bot-${short()}`, name: botName };
      this.conversation = { id: this.channelId === 'emulator' ? `${randomUUID()}|livechat` : `${short()}-us` };
    }
  }

  private get serviceUrl(): string {
    // Never a Microsoft host: a port nobody listens on unless a capture server is given.
    return this.capture?.serviceUrl ?? 'http://127.0.0.1:9/';
  }

  activity(partial: Partial<Activity>): Partial<Activity> {
    return {
      id: randomUUID(),
      timestamp: new Date(),
      channelId: this.channelId,
      serviceUrl: this.serviceUrl,
      from: this.user,
      recipient: this.bot,
      conversation: this.conversation as Activity['conversation'],
      locale: 'en-US',
      ...(this.channelData ? { channelData: this.channelData } : {}),
      ...(this.mode === 'expectReplies' ? { deliveryMode: 'expectReplies' } : {}),
      ...partial,
    };
  }

  async post(activity: Partial<Activity>): Promise<Turn> {
    const before = this.capture?.repliesTo(this.conversation.id).length ?? 0;
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const raw = await res.text();
    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = raw;
    }
    const inBody = (body as { activities?: Partial<Activity>[] } | null)?.activities ?? [];
    const posted = this.capture?.repliesTo(this.conversation.id).slice(before) ?? [];
    return { status: res.status, body, ...visible([...inBody, ...posted]) };
  }

  send(text: string, extra: Partial<Activity> = {}): Promise<Turn> {
    return this.post(this.activity({ type: 'message', text, textFormat: 'plain', ...extra }));
  }

  /** A Teams message that @mentions the bot: "<at>Name</at> text" plus the mention entity. */
  sendMention(text: string): Promise<Turn> {
    const at = `<at>${this.bot.name}</at>`;
    return this.send(`${at} ${text}`, {
      entities: [{ type: 'mention', text: at, mentioned: { id: this.bot.id, name: this.bot.name } }],
    });
  }

  /** conversationUpdate with the given members added ('bot' and/or 'user'). */
  join(members: Array<'bot' | 'user'> = ['bot', 'user']): Promise<Turn> {
    return this.post(this.activity({ type: 'conversationUpdate', membersAdded: members.map((m) => (m === 'bot' ? this.bot : this.user)) }));
  }
}
