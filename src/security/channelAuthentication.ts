// Channel authentication (Bot Framework JWT) at the HTTP edge, with failures the edge can answer
// properly. CloudAdapter.process() answers every failure itself: 401 or 500 with the raw error
// message as the body (for an unreachable OpenID metadata endpoint, the internal URL and network
// error), after printing the error's stack trace to stderr, once per request. Here the request is
// authenticated first and a failure becomes one of two typed errors:
// - ChannelTokenRefusedError: the token is not valid (401);
// - ChannelAuthUnavailableError: the token could not be checked, e.g. the signing keys could not
//   be fetched (503: nothing is wrong with the request, try again).
// What botframework-connector prints to the console while it checks a token (a key, a stack) is
// dropped: the server logs one line instead, rate limited (logThrottle.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { LogThrottle } from './logThrottle.js';

export class ChannelTokenRefusedError extends Error {
  override name = 'ChannelTokenRefusedError';
}

export class ChannelAuthUnavailableError extends Error {
  override name = 'ChannelAuthUnavailableError';
}

/** jsonwebtoken's verdicts on a token (botframework-connector passes some of them on unwrapped). */
const TOKEN_VERDICTS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/** Which of the two a failure of authenticateRequest() is. */
export function classifyAuthenticationFailure(error: unknown): ChannelTokenRefusedError | ChannelAuthUnavailableError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof AuthenticationError && error.statusCode < 500) return new ChannelTokenRefusedError(message, { cause: error });
  if (error instanceof Error && TOKEN_VERDICTS.has(error.name)) return new ChannelTokenRefusedError(message, { cause: error });
  // "Failed to load openID config: 500" (an AuthenticationError with status 500), a network error, ...
  return new ChannelAuthUnavailableError(message, { cause: error });
}

/** Logs authentication failures: one line a minute for each of the two kinds, with a count of the rest. */
export function authenticationFailureLog(log: Logger, throttle = new LogThrottle()): (error: ChannelTokenRefusedError | ChannelAuthUnavailableError) => void {
  return (error) => {
    const refused = error instanceof ChannelTokenRefusedError;
    const take = throttle.take(refused ? 'refused' : 'unavailable');
    if (!take) return;
    const details = { reason: error.message.slice(0, 200), alsoSinceLastLine: take.skipped };
    if (refused) log.warn(details, 'channel authentication refused a token (logged at most once a minute)');
    else log.error(details, 'channel tokens cannot be checked: answering 503 (logged at most once a minute)');
  };
}

// botframework-connector writes to console.error while it checks some tokens. While a check runs,
// those writes are dropped; everywhere else console.error is untouched.
const checkingToken = new AsyncLocalStorage<true>();
let consoleQuieted = false;
function quietWhileCheckingTokens(): void {
  if (consoleQuieted) return;
  consoleQuieted = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (!checkingToken.getStore()) original(...args);
  };
}

/** What CloudAdapter.process() does to a parsed body before its turn: dates as Date, raw strings kept. */
function withDates(body: Record<string, unknown>): Activity {
  for (const field of ['timestamp', 'expiration', 'localTimestamp'] as const) {
    const value = body[field];
    if (typeof value === 'string') {
      body[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      body[field] = new Date(value);
    }
  }
  return body as unknown as Activity;
}

/** The CloudAdapter whose HTTP entry point reports authentication failures as typed errors. */
export class EdgeCloudAdapter extends CloudAdapter {
  constructor(...args: ConstructorParameters<typeof CloudAdapter>) {
    super(...args);
    quietWhileCheckingTokens();
  }

  /**
   * Authenticates one activity from the messages endpoint (JSON body, Authorization header) and runs
   * its turn. Resolves with what the HTTP response should carry (expectReplies, invoke) or undefined.
   */
  async processRequest(body: Record<string, unknown>, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    const activity = withDates(body);
    let authenticated: AuthenticateRequestResult;
    try {
      // Only a token is checked (and written about); without one, no async context is entered: on Node 20 and
      // 22 the first one switches on promise hooks for the whole process, about 6 % of a turn's CPU.
      const authenticate = () => this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
      authenticated = await (authHeader ? checkingToken.run(true, authenticate) : authenticate());
    } catch (error) {
      throw classifyAuthenticationFailure(error);
    }
    return this.processActivity(authenticated, activity, logic);
  }
}

/** botframework-schema's CallerIdConstants.PublicAzureChannel (botbuilder does not re-export it). */
const PUBLIC_AZURE_CHANNEL = 'urn:botframework:azure';

/**
 * Settings for botbuilder's ConfigurationBotFrameworkAuthentication. BotOpenIdMetadata moves where
 * channel tokens' signing keys are fetched; botbuilder then expects every endpoint to be named, so
 * the others are the public cloud's, as when nothing is set.
 */
export function channelAuthSettings(config: Pick<Config, 'auth'>): ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0] {
  const { auth } = config;
  const settings = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appId ? auth.appType : undefined,
    MicrosoftAppTenantId: auth.tenantId,
  };
  if (!auth.openIdMetadataUrl) return settings;
  return {
    ...settings,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: PUBLIC_AZURE_CHANNEL,
  };
}

/** botbuilder's own authentication from the configured app registration (none: local use, no auth). */
export function configuredAuthentication(config: Pick<Config, 'auth'>): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication(channelAuthSettings(config));
}
