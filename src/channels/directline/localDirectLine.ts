// The subset of the Direct Line 3.0 REST API and WebSocket stream that Web Chat uses, served by
// the bot itself (DIRECT_LINE=local). Every call carries a token bound to one conversation and
// one server-chosen user; anything else gets 403. See README "Website chat widget".
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Activity } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Server } from 'restify';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../logging/logger.js';
import { HttpError, sendError, sendJson } from '../http/httpResponses.js';
import { readJsonBody } from '../http/jsonBody.js';
import { OriginPolicy, requestScheme } from '../http/originPolicy.js';
import { RequestLimits } from '../http/requestLimits.js';
import {
  DIRECT_LINE_CHANNEL_ID,
  LOCAL_BOT_ID,
  connectorPathKey,
  forClient,
  localTurnAuthentication,
  loopbackBaseUrl,
  sameKey,
  type ProcessActivity,
} from './botBridge.js';
import { ConversationLimitError, ConversationStore, UnknownConversationError, type ChannelActivity } from './conversationStore.js';
import { DirectLineTokens, TokenError, newConversationId, newUserId, type TokenClaims } from './tokens.js';

export const DIRECT_LINE_PATH = '/v3/directline';
const CONNECTOR_PREFIX = '/directline-connector';
const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;
const MAX_SOCKETS_PER_CONVERSATION = 4;
const HEARTBEAT_MS = 30_000;
/** Bot replies can carry cards; they come from this process, so a looser limit than users get. */
const MAX_BOT_ACTIVITY_BYTES = 1024 * 1024;

export interface LocalDirectLineOptions {
  log: Logger;
  botName: string;
  /** MicrosoftAppId, used as the bot identity of local turns (undefined for local use). */
  botAppId: string | undefined;
  processActivity: ProcessActivity;
  tokens: DirectLineTokens;
  store: ConversationStore;
  originPolicy: OriginPolicy;
  /** Required in `Authorization: Bearer` by /tokens/generate when set (DIRECT_LINE_SECRET). */
  secret?: string;
  limits: RequestLimits;
  maxBodyBytes: number;
  maxMessageChars: number;
  /** Where the server listens (server.address()); the bot's replies come back through it. */
  serverAddress: () => AddressInfo | string | null;
}

export interface IssuedToken {
  conversationId: string;
  token: string;
  expires_in: number;
}

type Handler = (req: IncomingMessage & { params?: Record<string, string> }, res: ServerResponse) => Promise<void>;

export class LocalDirectLine {
  private readonly connectorKey: string;
  /** Identity and connector of every local turn: the same for all of them, so built once. */
  private readonly turnAuthentication: AuthenticateRequestResult;
  /** Created with the first chat stream: `ws` is not loaded at start-up (start-up time, idle memory). */
  private wss: Promise<WebSocketServer> | undefined;
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: LocalDirectLineOptions) {
    this.connectorKey = connectorPathKey(options.tokens.signingKey);
    this.turnAuthentication = localTurnAuthentication(options.botAppId, (conversationId, activity, replyToId) =>
      this.acceptFromBot(conversationId, activity, replyToId),
    );
    this.heartbeat = setInterval(() => this.pingSockets(), HEARTBEAT_MS).unref();
    this.sweeper = setInterval(() => options.store.expireIdle(), 60_000).unref();
  }

  /** The serviceUrl given to the bot for local conversations (a secret loopback address). */
  serviceUrl(): string {
    return `${loopbackBaseUrl(this.options.serverAddress())}${CONNECTOR_PREFIX}/${this.connectorKey}`;
  }

  register(server: Server): void {
    const preflighted = new Set<string>();
    const route = (method: 'get' | 'post', path: string, handler: Handler, cors = true) => {
      server[method](path, this.guard(handler, cors) as never);
      if (!cors || preflighted.has(path)) return;
      preflighted.add(path);
      server.opts(path, (async (req: IncomingMessage, res: ServerResponse) => this.options.originPolicy.preflight(req, res)) as never);
    };
    route('post', `${DIRECT_LINE_PATH}/tokens/generate`, (req, res) => this.generateToken(req, res));
    route('post', `${DIRECT_LINE_PATH}/tokens/refresh`, (req, res) => this.refreshToken(req, res));
    route('post', `${DIRECT_LINE_PATH}/conversations`, (req, res) => this.startConversation(req, res));
    route('get', `${DIRECT_LINE_PATH}/conversations/:conversationId`, (req, res) => this.reconnect(req, res));
    route('get', `${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, (req, res) => this.getActivities(req, res));
    route('post', `${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, (req, res) => this.postActivity(req, res));
    // Bot -> channel (Bot Framework Connector API subset), reached only through the secret serviceUrl.
    const connector = `${CONNECTOR_PREFIX}/:key/v3/conversations/:conversationId/activities`;
    route('post', connector, (req, res) => this.fromBot(req, res), false);
    route('post', `${connector}/:activityId`, (req, res) => this.fromBot(req, res), false);
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(server, req, socket, head));
  }

  /** Opens a conversation for a new server-generated user and returns its token. */
  /** A new conversation; `locale` (already checked, see chatLocale) is the page's language, for the welcome. */
  async issueToken(ip: string, options: { locale?: string } = {}): Promise<IssuedToken> {
    RequestLimits.enforce(this.options.limits.newConversationsPerIp, ip);
    const claims: TokenClaims = { conversationId: newConversationId(), userId: newUserId(), ...(options.locale ? { locale: options.locale } : {}) };
    withinLimits(() => this.options.store.create(claims.conversationId, claims.userId, ip));
    return this.tokenResponse(claims);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    clearInterval(this.sweeper);
    for (const set of this.sockets.values()) for (const ws of set) ws.terminate();
    this.sockets.clear();
    if (!this.wss) return;
    const wss = await this.wss;
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }

  // ---- REST handlers -------------------------------------------------------------------------

  private async generateToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.options.secret && !sameKey(bearer(req) ?? '', this.options.secret)) throw new HttpError(403, 'Secret not valid.');
    await readJsonBody(req, this.options.maxBodyBytes); // a requested user id is ignored: ids are server-generated
    sendJson(res, 200, await this.issueToken(this.options.limits.clientOf(req)));
  }

  private async refreshToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const claims = await this.authorize(req);
    sendJson(res, 200, await this.tokenResponse(claims));
  }

  private async startConversation(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const claims = await this.authorize(req);
    await readJsonBody(req, this.options.maxBodyBytes);
    const first = this.options.store.markStarted(claims.conversationId);
    const body = { ...(await this.tokenResponse(claims)), streamUrl: await this.streamUrl(req, claims, '') };
    sendJson(res, first ? 201 : 200, body);
    if (first) this.deliverConversationStart(claims);
  }

  private async reconnect(req: IncomingMessage & { params?: Record<string, string> }, res: ServerResponse): Promise<void> {
    const claims = await this.authorize(req, req.params?.conversationId);
    const watermark = query(req).get('watermark') ?? '';
    if (this.options.store.markStarted(claims.conversationId)) this.deliverConversationStart(claims);
    sendJson(res, 200, { ...(await this.tokenResponse(claims)), streamUrl: await this.streamUrl(req, claims, watermark) });
  }

  private async getActivities(req: IncomingMessage & { params?: Record<string, string> }, res: ServerResponse): Promise<void> {
    const claims = await this.authorize(req, req.params?.conversationId);
    const group = this.options.store.since(claims.conversationId, query(req).get('watermark') ?? undefined);
    sendJson(res, 200, group);
  }

  private async postActivity(req: IncomingMessage & { params?: Record<string, string> }, res: ServerResponse): Promise<void> {
    const claims = await this.authorize(req, req.params?.conversationId);
    const incoming = this.validateUserActivity(await readJsonBody(req, this.options.maxBodyBytes));
    if (incoming.type === 'typing') {
      sendJson(res, 200, { id: '' });
      return;
    }
    const store = this.options.store;
    if (store.markStarted(claims.conversationId)) this.deliverConversationStart(claims);
    // An over-long message goes to the bot whole, which answers it like /api/messages does ("too
    // long, please shorten it"); the conversation's log keeps only its beginning.
    const max = this.options.maxMessageChars;
    const kept = incoming.text !== undefined && incoming.text.length > max ? `${incoming.text.slice(0, max)}…` : incoming.text;
    const echoed = store.append(claims.conversationId, {
      ...incoming,
      text: kept,
      channelId: DIRECT_LINE_CHANNEL_ID,
      conversation: { id: claims.conversationId } as Activity['conversation'],
      from: { id: claims.userId, role: 'user' } as Activity['from'],
      recipient: { id: LOCAL_BOT_ID, name: this.options.botName, role: 'bot' } as Activity['recipient'],
    });
    sendJson(res, 200, { id: echoed.id });
    this.deliverToBot(claims.conversationId, kept === incoming.text ? echoed : { ...echoed, text: incoming.text });
  }

  private async fromBot(req: IncomingMessage & { params?: Record<string, string> }, res: ServerResponse): Promise<void> {
    const params = req.params ?? {};
    // A wrong key looks like any unknown path: nothing tells a prober the route exists.
    if (!sameKey(params.key ?? '', this.connectorKey)) throw new HttpError(404, 'Not found.');
    const conversationId = params.conversationId ?? '';
    if (!this.options.store.has(conversationId)) throw new HttpError(404, 'Conversation not found.');
    const body = (await readJsonBody(req, MAX_BOT_ACTIVITY_BYTES)) as Partial<Activity> | undefined;
    sendJson(res, 200, this.acceptFromBot(conversationId, body, params.activityId));
  }

  /** An activity the bot sends (over the connector route, or in process during a turn) joins the conversation. */
  private acceptFromBot(conversationId: string, body: Partial<Activity> | undefined, replyToId?: string): { id: string } {
    if (!this.options.store.has(conversationId)) throw new HttpError(404, 'Conversation not found.');
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') throw new HttpError(400, 'An activity with a type is required.');
    const activity = {
      ...forClient(body),
      type: body.type,
      channelId: DIRECT_LINE_CHANNEL_ID,
      conversation: { id: conversationId } as Activity['conversation'],
      from: { ...(body.from ?? { id: LOCAL_BOT_ID }), role: 'bot' } as Activity['from'],
      replyToId: replyToId ?? body.replyToId,
    };
    const stored =
      body.type === 'typing'
        ? this.options.store.broadcast(conversationId, activity)
        : this.options.store.append(conversationId, activity);
    return { id: stored.id };
  }

  // ---- bot delivery ----------------------------------------------------------------------------

  private deliverConversationStart(claims: TokenClaims): void {
    // Like Azure Direct Line with the user id inside the token: bot and user join at the start.
    this.deliver(claims.conversationId, {
      type: 'conversationUpdate',
      id: `${claims.conversationId}|start`,
      membersAdded: [
        { id: LOCAL_BOT_ID, name: this.options.botName },
        { id: claims.userId, name: '' },
      ],
      from: { id: claims.userId, role: 'user' } as Activity['from'],
      // Web Chat puts its locale on messages, not on this join: the page's language comes with the token.
      ...(claims.locale ? { locale: claims.locale } : {}),
    });
  }

  private deliverToBot(conversationId: string, echoed: ChannelActivity): void {
    this.deliver(conversationId, { ...echoed });
  }

  private deliver(conversationId: string, activity: Partial<Activity>): void {
    const turn = async () => {
      const full = {
        ...activity,
        channelId: DIRECT_LINE_CHANNEL_ID,
        serviceUrl: this.serviceUrl(),
        conversation: { id: conversationId },
        recipient: { id: LOCAL_BOT_ID, name: this.options.botName, role: 'bot' },
        timestamp: activity.timestamp ?? new Date(),
      } as Activity;
      await this.options.processActivity(this.turnAuthentication, full);
    };
    this.options.store.enqueueTurn(conversationId, turn).catch((error: unknown) => {
      this.options.log.error({ err: error, conversationId: conversationId.slice(0, 8) }, 'directline: bot turn failed');
    });
  }

  // ---- WebSocket stream ------------------------------------------------------------------------

  private upgrade(server: Server, req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      // Not ours; close it only when nobody else listens, so it does not hang forever.
      if (server.listenerCount('upgrade') <= 1) socket.destroy();
      return;
    }
    const reject = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const conversationId = match[1] ?? '';
    if (!this.options.originPolicy.allows(req)) return reject(403, 'Forbidden');
    if (!this.options.limits.perIp.take(this.options.limits.clientOf(req)).allowed) return reject(429, 'Too Many Requests');
    this.options.tokens
      .verify(url.searchParams.get('t') ?? '', 'stream')
      .then(async (claims) => {
        if (claims.conversationId !== conversationId || this.options.store.ownerOf(conversationId) !== claims.userId) return reject(403, 'Forbidden');
        const wss = await this.webSocketServer();
        const open = this.sockets.get(conversationId) ?? new Set<WebSocket>();
        if (open.size >= MAX_SOCKETS_PER_CONVERSATION) return reject(429, 'Too Many Requests');
        wss.handleUpgrade(req, socket, head, (ws) => this.stream(ws, conversationId, url.searchParams.get('watermark') ?? ''));
      })
      .catch(() => reject(403, 'Forbidden'));
  }

  private webSocketServer(): Promise<WebSocketServer> {
    this.wss ??= import('ws').then(({ WebSocketServer }) => new WebSocketServer({ noServer: true, maxPayload: 4096 }));
    return this.wss;
  }

  private stream(ws: WebSocket, conversationId: string, watermark: string): void {
    const open = this.sockets.get(conversationId) ?? new Set<WebSocket>();
    open.add(ws);
    this.sockets.set(conversationId, open);
    const alive = ws as WebSocket & { isAlive?: boolean };
    alive.isAlive = true;
    ws.on('pong', () => (alive.isAlive = true));
    // Clients send empty strings as keep-alives; nothing they send over the socket is acted on.
    ws.on('message', () => undefined);
    let unsubscribe = () => {};
    try {
      const backlog = this.options.store.since(conversationId, watermark);
      if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
      unsubscribe = this.options.store.subscribe(
        conversationId,
        (group) => {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(group));
        },
        // Forgotten to make room: the page reconnects, and its token opens the conversation again.
        () => ws.close(1000),
      );
    } catch (error) {
      if (error instanceof UnknownConversationError) ws.close(1000);
      else throw error;
    }
    ws.on('close', () => {
      unsubscribe();
      open.delete(ws);
      if (open.size === 0) this.sockets.delete(conversationId);
    });
  }

  private pingSockets(): void {
    for (const set of this.sockets.values()) {
      for (const ws of set) {
        const alive = ws as WebSocket & { isAlive?: boolean };
        if (alive.isAlive === false) {
          ws.terminate();
          continue;
        }
        alive.isAlive = false;
        ws.ping();
      }
    }
  }

  // ---- checks ----------------------------------------------------------------------------------

  private guard(handler: Handler, cors: boolean): Handler {
    return async (req, res) => {
      try {
        if (cors) {
          if (!this.options.originPolicy.allows(req)) throw new HttpError(403, 'This website is not allowed to use the chat.');
          this.options.originPolicy.applyHeaders(req, res);
          RequestLimits.enforce(this.options.limits.perIp, this.options.limits.clientOf(req));
        }
        await handler(req, res);
      } catch (caught) {
        const error = caught instanceof UnknownConversationError ? new HttpError(404, 'Conversation not found or expired.') : caught;
        if (!sendError(res, error)) this.options.log.error({ err: error, path: req.url?.split('?')[0] }, 'directline: request failed');
      }
    };
  }

  /** The token's claims, when it is valid and (if given) for this very conversation. */
  private async authorize(req: IncomingMessage, conversationId?: string): Promise<TokenClaims> {
    const token = bearer(req);
    if (!token) throw new HttpError(403, 'A Direct Line token is required.');
    let claims: TokenClaims;
    try {
      claims = await this.options.tokens.verify(token);
    } catch (error) {
      throw new HttpError(403, error instanceof TokenError && error.expired ? 'Token expired.' : 'Token not valid.');
    }
    if (conversationId !== undefined && conversationId !== claims.conversationId) {
      throw new HttpError(403, 'This token is for another conversation.');
    }
    // A valid token for a conversation this process does not hold (it restarted, or forgot the
    // conversation to make room): the token proves whose it is, so it is opened again, empty.
    if (this.options.store.ownerOf(claims.conversationId) === undefined) {
      const client = this.options.limits.clientOf(req);
      withinLimits(() => this.options.store.adopt(claims.conversationId, claims.userId, client));
    }
    if (this.options.store.ownerOf(claims.conversationId) !== claims.userId) throw new HttpError(403, 'This token is for another conversation.');
    RequestLimits.enforce(this.options.limits.perConversation, claims.conversationId);
    return claims;
  }

  private async tokenResponse(claims: TokenClaims): Promise<IssuedToken> {
    return {
      conversationId: claims.conversationId,
      token: await this.options.tokens.issue(claims),
      expires_in: this.options.tokens.lifetimeSeconds,
    };
  }

  private async streamUrl(req: IncomingMessage, claims: TokenClaims, watermark: string): Promise<string> {
    const scheme = requestScheme(req) === 'https' ? 'wss' : 'ws';
    const t = await this.options.tokens.issue(claims, 'stream');
    const params = new URLSearchParams({ watermark, t });
    return `${scheme}://${req.headers.host}${DIRECT_LINE_PATH}/conversations/${claims.conversationId}/stream?${params}`;
  }

  /** Keeps only what a person's message needs; the rest (attachments, entities, names) is dropped. */
  private validateUserActivity(body: unknown): Partial<Activity> & { type: string } {
    if (!body || typeof body !== 'object') throw new HttpError(400, 'An activity is required.');
    const input = body as Record<string, unknown>;
    const type = input.type;
    if (type !== 'message' && type !== 'event' && type !== 'typing') throw new HttpError(400, 'Only message, event and typing activities are accepted.');
    const out: Partial<Activity> & { type: string } = { type };
    if (input.text !== undefined) {
      if (typeof input.text !== 'string') throw new HttpError(400, 'text must be a string.');
      out.text = input.text;
    }
    if (type === 'message' && !out.text && input.value === undefined) throw new HttpError(400, 'A message needs text.');
    if (input.value !== undefined) {
      if (JSON.stringify(input.value).length > 4096) throw new HttpError(400, 'value is too large.');
      out.value = input.value;
    }
    if (type === 'event') {
      if (typeof input.name !== 'string' || input.name.length > 100) throw new HttpError(400, 'An event needs a short name.');
      out.name = input.name;
    }
    for (const key of ['locale', 'localTimezone', 'textFormat'] as const) {
      const v = input[key];
      if (typeof v === 'string' && v.length <= 64) (out as Record<string, unknown>)[key] = v;
    }
    if (typeof input.localTimestamp === 'string' && input.localTimestamp.length <= 64) out.localTimestamp = input.localTimestamp as never;
    // Web Chat matches the echo to its pending message through channelData.clientActivityID.
    const channelData = input.channelData as Record<string, unknown> | undefined;
    if (channelData && typeof channelData === 'object') {
      const kept: Record<string, string> = {};
      for (const key of ['clientActivityID', 'clientTimestamp']) {
        const v = channelData[key];
        if (typeof v === 'string' && v.length <= 100) kept[key] = v;
      }
      out.channelData = kept;
    }
    return out;
  }
}

/** Runs a store call that may refuse a conversation, answering as HTTP: 429 for one client, 503 when full. */
function withinLimits(open: () => void): void {
  try {
    open();
  } catch (error) {
    if (!(error instanceof ConversationLimitError)) throw error;
    if (error.reason === 'client') {
      throw new HttpError(429, 'Too many chats are open from this connection. Please continue in one of them.', { 'Retry-After': '300' });
    }
    throw new HttpError(503, 'The chat is busy right now. Please try again shortly.', { 'Retry-After': '60' });
  }
}

export function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

function query(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}
