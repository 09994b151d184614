// A small real bot behind the web channel for channel tests: restify with the same JSON body
// parser as src/server.ts, a CloudAdapter without an app id (no auth, nothing leaves the
// machine), an echo bot that greets, sends typing and two replies per turn, and remembers
// conversation references for proactive messages.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import restify from 'restify';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/kb/load.js';
import { clinicSchema, type Knowledge } from '../../src/kb/schema.js';
import { createLogger } from '../../src/logging/logger.js';
import { securityHeaderOptions } from '../../src/security/registerSecurity.js';
import { securityHeadersHandler } from '../../src/security/securityHeaders.js';
import { registerWebChannels, type WebChannelDeps, type WebChannels } from '../../src/channels/webChannels.js';
import { REPO_ROOT } from '../support/repo.js';
import { sharedModelsEnv } from '../support/modelCache.js';

export const clinic = clinicSchema.parse({
  name: 'Nordel Physio Clinic',
  location: 'Delta, BC',
  followUpPromise: 'The clinic will contact you within one business day to confirm a time.',
});

export class EchoBot extends ActivityHandler {
  readonly seen: Partial<Activity>[] = [];
  readonly references = new Map<string, Partial<ConversationReference>>();

  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      if (context.activity.membersAdded?.some((m) => m.id !== context.activity.recipient.id)) {
        await context.sendActivity(MessageFactory.suggestedActions(['What is IMS?'], 'Welcome! Ask me about IMS.'));
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity({ type: 'typing' });
      await context.sendActivity(`You said: ${context.activity.text}`);
      await context.sendActivity('Anything else?');
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    this.seen.push({ ...context.activity });
    this.references.set(context.activity.conversation.id, TurnContext.getConversationReference(context.activity));
    await super.run(context);
  }
}

export interface Harness {
  url: string;
  bot: EchoBot;
  adapter: CloudAdapter;
  web: WebChannels;
  logs: Record<string, unknown>[];
  /** Moves the injected clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** The real knowledge base (the widget's words come from it), read once per test file. */
let knowledge: Promise<Knowledge> | undefined;

export async function startHarness(env: Record<string, string> = {}, extra: Partial<WebChannelDeps> = {}): Promise<Harness> {
  const config = loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent', ...sharedModelsEnv(), ...env }, REPO_ROOT);
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = createLogger('warn', sink);
  const server = restify.createServer({ handleUncaughtExceptions: false });
  // The same security headers (CSP) as the real app: the page relies on them.
  server.pre(securityHeadersHandler(securityHeaderOptions(config)));
  server.use(restify.plugins.jsonBodyParser({ maxBodySize: config.limits.maxBodyBytes, mapParams: false } as restify.plugins.JsonBodyParserOptions));
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot();
  let clock = Date.now();
  const web = registerWebChannels(server, {
    config,
    log,
    clinic,
    knowledge: await (knowledge ??= loadKnowledge(path.join(REPO_ROOT, 'knowledge'))),
    processActivity: (auth, activity) => adapter.processActivityDirect(auth, activity, (context) => bot.run(context)),
    now: () => clock,
    ...extra,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bot,
    adapter,
    web,
    logs,
    advance: (ms) => {
      clock += ms;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.server.close(() => resolve());
        server.server.closeIdleConnections();
      });
    },
  };
}

/** A Direct Line client the way DirectLineJS talks to the service. */
export class DirectLineClient {
  token = '';
  conversationId = '';
  streamUrl = '';

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** Joins as the widget does; `tokenBody` is what the page posts for a token (e.g. { locale: 'pa-IN' }). */
  async join(tokenBody?: unknown): Promise<this> {
    const issued = await this.call('POST', '/api/directline/token', tokenBody, false);
    if (issued.status !== 200) throw new Error(`token: ${issued.status} ${JSON.stringify(issued.body)}`);
    this.token = issued.body.token as string;
    this.conversationId = issued.body.conversationId as string;
    const started = await this.call('POST', '/v3/directline/conversations');
    if (started.status !== 201) throw new Error(`start: ${started.status}`);
    this.streamUrl = started.body.streamUrl as string;
    return this;
  }

  async call(method: string, path: string, body?: unknown, auth = true, token = this.token) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(auth ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...this.headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      parsed = { text };
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  say(text: string, extra: Record<string, unknown> = {}) {
    return this.call('POST', `/v3/directline/conversations/${this.conversationId}/activities`, {
      type: 'message',
      text,
      from: { id: 'someone-else', name: 'Mallory' },
      channelData: { clientActivityID: `client-${text}` },
      ...extra,
    });
  }

  async poll(watermark = '') {
    const result = await this.call('GET', `/v3/directline/conversations/${this.conversationId}/activities?watermark=${watermark}`);
    return result.body as { activities: Partial<Activity>[]; watermark: string };
  }

  /**
   * Polls until an activity matches (the bot answers asynchronously). The predicate also gets the activity's
   * place in the transcript, so a caller can ignore what was already there before it spoke.
   */
  async pollUntil(predicate: (activity: Partial<Activity>, index: number) => boolean): Promise<Partial<Activity>[]> {
    for (;;) {
      const { activities } = await this.poll();
      if (activities.some(predicate)) return activities;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** WebSocket stream reader: collects frames and waits for a matching activity. */
export class StreamReader {
  readonly activities: Partial<Activity>[] = [];
  readonly frames: { activities: Partial<Activity>[]; watermark?: string }[] = [];
  private waiters: { predicate: (a: Partial<Activity>) => boolean; resolve: (a: Partial<Activity>) => void }[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { activities: Partial<Activity>[]; watermark?: string };
      this.frames.push(frame);
      for (const activity of frame.activities) {
        this.activities.push(activity);
        this.waiters = this.waiters.filter((w) => {
          if (!w.predicate(activity)) return true;
          w.resolve(activity);
          return false;
        });
      }
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<StreamReader> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers });
      const reader = new StreamReader(socket);
      socket.once('open', () => resolve(reader));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`stream refused: ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }

  next(predicate: (a: Partial<Activity>) => boolean): Promise<Partial<Activity>> {
    const seen = this.activities.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  close(): void {
    this.socket.close();
  }
}
