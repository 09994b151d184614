// The local Direct Line acts as a Bot Framework channel for the bot running in this process.
// Inbound: each activity is handed to the bot's adapter in-process (processActivityDirect) with
// a ready-made AuthenticateRequestResult, so no Bot Framework JWT is needed. Outbound: the bot
// answers through an ordinary ConnectorClient pointed at this server's own loopback "connector"
// routes (the activity's serviceUrl), exactly as it would answer Azure; proactive messages
// (adapter.continueConversationAsync with a saved reference) take the same path.
// The serviceUrl carries a per-process secret path segment, so nobody else can post as the bot.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
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

/** Builds ConnectorClients without credentials: the loopback connector needs no Azure AD token. */
class LoopbackConnectorFactory extends ConnectorFactory {
  override async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: serviceUrl });
  }
}

export function localTurnAuthentication(botAppId: string | undefined): AuthenticateRequestResult {
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
    connectorFactory: new LoopbackConnectorFactory(),
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
