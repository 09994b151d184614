// The website channel in one call: the clinic page and embed script, the token endpoint, and
// (DIRECT_LINE=local, the default) this server's own Direct Line 3.0 for Web Chat.
//
// Wiring (src/app.ts / src/server.ts), before the server listens:
//   const web = registerWebChannels(server, {
//     config, log, clinic, knowledge,
//     processActivity: (auth, activity) => adapter.processActivityDirect(auth, activity, (ctx) => bot.run(ctx)),
//   });
//   ... on shutdown: await web.close();   (also done automatically when the HTTP server closes)
import type { Server } from 'restify';
import type { RouteRegistrar } from '../server.js';
import type { Config } from '../config.js';
import type { Clinic } from '../kb/schema.js';
import type { ServingKnowledge } from '../kb/serving.js';
import type { Logger } from '../logging/logger.js';
import { type ProcessActivity } from './directline/botBridge.js';
import { AzureTokenExchange } from './directline/azureTokenExchange.js';
import { ConversationStore, type ConversationStoreOptions } from './directline/conversationStore.js';
import { DIRECT_LINE_PATH, LocalDirectLine } from './directline/localDirectLine.js';
import { registerTokenEndpoint, TOKEN_PATH } from './directline/tokenEndpoint.js';
import { tokenSigningKey } from './directline/signingKey.js';
import { DirectLineTokens } from './directline/tokens.js';
import { OriginPolicy } from './http/originPolicy.js';
import { RequestLimits } from './http/requestLimits.js';
import { registerPageRoutes } from './webchat/pageRoutes.js';
import type { WidgetConfig, WidgetTheme } from './webchat/widgetConfig.js';

export interface WebChannelDeps {
  config: Config;
  log: Logger;
  clinic: Clinic;
  /** Runs one bot turn: `(auth, activity) => adapter.processActivityDirect(auth, activity, (ctx) => bot.run(ctx))`. */
  processActivity: ProcessActivity;
  /** The bot's knowledge base: the widget's words in each language (knowledge/messages, widget.*) and its starter questions. */
  knowledge: ServingKnowledge;
  theme?: WidgetTheme;
  /** Injected clock for token expiry and rate limits (tests). */
  now?: () => number;
  /** Smaller bounds for the local Direct Line's conversations (tests); the defaults otherwise. */
  conversationLimits?: Pick<ConversationStoreOptions, 'maxConversations' | 'maxPerClient'>;
  /** Used by azure mode to reach Direct Line (tests pass a fake). */
  fetch?: typeof fetch;
}

export interface WebChannels {
  /** The widget's configuration (/webchat/config.json) for the current knowledge base. */
  widgetConfig(): WidgetConfig;
  /** Present in local mode. */
  directLine?: LocalDirectLine;
  /** Closes open chat streams and timers. Idempotent. */
  close(): Promise<void>;
}

export function registerWebChannels(server: Server, deps: WebChannelDeps): WebChannels {
  const { config, log } = deps;
  const settings = config.directLine;
  const originPolicy = new OriginPolicy(settings.allowedOrigins);
  const limits = new RequestLimits(config.limits.ratePerMinute, config.limits.trustProxy, deps.now);

  let directLine: LocalDirectLine | undefined;
  let directLineDomain: string | null = null;
  if (settings.mode === 'local') {
    const signingKey = tokenSigningKey(config, log);
    directLine = new LocalDirectLine({
      log,
      botName: deps.clinic.name,
      botAppId: config.auth.appId,
      processActivity: deps.processActivity,
      tokens: new DirectLineTokens({ signingSecret: signingKey.secret, now: deps.now }),
      store: new ConversationStore({ ...deps.conversationLimits, now: deps.now }),
      originPolicy,
      limits,
      secret: settings.secret,
      maxBodyBytes: config.limits.maxBodyBytes,
      maxMessageChars: config.limits.maxMessageChars,
      serverAddress: () => server.server.address(),
    });
    directLine.register(server);
    registerTokenEndpoint(server, { source: { kind: 'local', directLine }, originPolicy, limits, log });
  } else {
    if (!settings.secret) throw new Error('DIRECT_LINE=azure needs DIRECT_LINE_SECRET.');
    const exchange = new AzureTokenExchange({ endpoint: settings.endpoint, secret: settings.secret, fetch: deps.fetch });
    directLineDomain = exchange.domain;
    registerTokenEndpoint(server, { source: { kind: 'azure', exchange }, originPolicy, limits, log });
  }

  const pages = registerPageRoutes(server, {
    clinic: deps.clinic,
    log,
    originPolicy,
    knowledge: deps.knowledge,
    theme: deps.theme,
    webChatFromCdn: settings.webChatFromCdn,
    tokenUrl: TOKEN_PATH,
    directLineDomain,
    maxMessageChars: config.limits.maxMessageChars,
  });

  let closing: Promise<void> | undefined;
  const close = () => (closing ??= directLine ? directLine.close() : Promise.resolve());
  // Upgraded WebSocket connections keep http.Server#close() waiting until they end, so a
  // shutdown that only closes the server would hang: end the chat streams as it begins.
  const httpServer = server.server;
  const originalClose = httpServer.close.bind(httpServer);
  httpServer.close = ((callback?: (err?: Error) => void) => {
    void close();
    return originalClose(callback);
  }) as typeof httpServer.close;

  log.info({ mode: settings.mode, directLine: settings.mode === 'local' ? DIRECT_LINE_PATH : directLineDomain, webChatFromCdn: settings.webChatFromCdn }, 'web chat ready');
  return { widgetConfig: pages.config, directLine, close };
}

export interface WebChannelRoutesOptions extends Pick<WebChannelDeps, 'clinic' | 'knowledge' | 'theme'> {
  /** Receives the handle (for close() on shutdown, or tests). */
  onRegistered?: (web: WebChannels) => void;
}

/**
 * The same, as a RouteRegistrar for createServer's `extraRoutes` (src/server.ts):
 *   extraRoutes: [webChannelRoutes({ clinic, knowledge })]
 */
export function webChannelRoutes(options: WebChannelRoutesOptions): RouteRegistrar {
  return (server, { adapter, bot, config, log }) => {
    const web = registerWebChannels(server, {
      config,
      log,
      clinic: options.clinic,
      knowledge: options.knowledge,
      theme: options.theme,
      processActivity: (authentication, activity) => adapter.processActivityDirect(authentication, activity, (context) => bot.run(context)),
    });
    options.onRegistered?.(web);
  };
}
