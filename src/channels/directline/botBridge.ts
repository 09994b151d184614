// The local Direct Line acts as a Bot Framework channel for the bot running in this process.
// Inbound: each activity is handed to the bot's adapter in-process (processActivityDirect) with
// a ready-made AuthenticateRequestResult, so no Bot Framework JWT is needed. Outbound: the bot
// answers through an ordinary ConnectorClient pointed at this server's own loopback "connector"
// routes (the activity's serviceUrl), exactly as it would answer Azure; proactive messages
// (adapter.continueConversationAsync with a saved reference) take the same path. The replies of
// a turn (send / reply to an activity) skip the HTTP hop: they are handed to the channel in
// process, in the shape the HTTP route would have received (JSON), which took a few
// milliseconds off every answer in the web chat.
// The serviceUrl carries a per-process secret path segment, so nobody else can post as the bot.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Activity, ResourceResponse } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
  type AuthenticateRequestResult,
} from 'botframework-connector';

export const DIRECT_LINE_CHANNEL_ID = 'directline';
/** The bot's id inside local Direct Line conversations (recipient of user activities). */
export const LOCAL_BOT_ID = 'nordel-ims-bot';

/** Hands one activity to the bot: `adapter.processActivityDirect(authentication, activity, logic)`. */
export type ProcessActivity = (authentication: AuthenticateRequestResult, activity: Activity) => Promise<unknown>;

/** Takes one activity from the bot for a conversation (what the connector route does with a POST body). */
export type AcceptFromBot = (conversationId: string, activity: Partial<Activity>, replyToId?: string) => ResourceResponse;

/**
 * ConnectorClients without credentials: the loopback connector needs no Azure AD token. One
 * client per serviceUrl (there is one per process) serves every turn: building its HTTP
 * pipeline anew for each turn cost more than the rest of the hop.
 */
class LoopbackConnectorFactory extends ConnectorFactory {
  private readonly clients = new Map<string, ConnectorClient>();

  constructor(private readonly accept?: AcceptFromBot) {
    super();
  }

  override async create(serviceUrl: string): Promise<ConnectorClient> {
    let client = this.clients.get(serviceUrl);
    if (!client) {
      client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: serviceUrl });
      if (this.accept) deliverInProcess(client, this.accept);
      // The server's own address only changes if it listens again; never more than a couple.
      if (this.clients.size >= 4) this.clients.clear();
      this.clients.set(serviceUrl, client);
    }
    return client;
  }
}

/** Routes the client's send and reply calls (all a turn's replies use) to `accept` instead of HTTP. */
function deliverInProcess(client: ConnectorClient, accept: AcceptFromBot): void {
  // A JSON copy, as the HTTP route would see it: dates become strings, and later changes the bot
  // makes to its own objects cannot reach the conversation's log.
  const asSent = (activity: Partial<Activity>) => JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
  const conversations = client.conversations as unknown as {
    sendToConversation: (conversationId: string, activity: Partial<Activity>) => Promise<ResourceResponse>;
    replyToActivity: (conversationId: string, activityId: string, activity: Partial<Activity>) => Promise<ResourceResponse>;
  };
  conversations.sendToConversation = async (conversationId, activity) => accept(conversationId, asSent(activity));
  conversations.replyToActivity = async (conversationId, activityId, activity) => accept(conversationId, asSent(activity), activityId);
}

/** Identity and connector for local turns; `accept` takes the turn's replies in process (omitted: over HTTP). */
export function localTurnAuthentication(botAppId: string | undefined, accept?: AcceptFromBot): AuthenticateRequestResult {
  const appId = botAppId ?? '';
  return {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity: new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: appId },
        { type: AuthenticationConstants.AppIdClaim, value: appId },
      ],
      true,
    ),
    connectorFactory: new LoopbackConnectorFactory(accept),
  };
}

/** Secret path segment of the loopback connector, derived from the token signing key. */
export function connectorPathKey(signingKey: Uint8Array): string {
  return createHmac('sha256', signingKey).update('directline-connector').digest('base64url').slice(0, 32);
}

export function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** http://127.0.0.1:PORT (or the bound address) for the server's own listening socket. */
export function loopbackBaseUrl(address: AddressInfo | string | null): string {
  if (!address || typeof address === 'string') throw new Error('the server is not listening on a TCP port yet');
  const host = address.address;
  if (host === '0.0.0.0' || host === '::' || host === '') return `http://127.0.0.1:${address.port}`;
  return address.family === 'IPv6' ? `http://[${host}]:${address.port}` : `http://${host}:${address.port}`;
}

/** Removes what the web page must never see (the secret serviceUrl) from an activity sent by the bot. */
export function forClient(activity: Partial<Activity>): Partial<Activity> {
  const { serviceUrl: _serviceUrl, callerId: _callerId, ...rest } = activity;
  return rest;
}
