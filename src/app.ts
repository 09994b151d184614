// Builds the whole bot from configuration, in one place, so that `npm start`, the terminal chat
// and the tests run the same objects: knowledge -> router -> state -> booking -> MainDialog -> ImsBot,
// then an adapter and (for HTTP) the restify server.
import {
  BotAdapter,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type Storage,
} from 'botbuilder';
import type { RequestHandler, Server } from 'restify';
import { MainDialog } from '../dialogs/mainDialog.js';
import { createBookingFeature, type BookingFeature } from './booking/feature.js';
import { createAnswerRoute, type AnswerRoute } from './bot/answerRoute.js';
import { ImsBot } from './bot/imsBot.js';
import { handleTurnErrors } from './bot/turnError.js';
import { WebChatTypingMiddleware } from './bot/typing.js';
import type { Config } from './config.js';
import { loadClinic, loadKnowledge } from './kb/load.js';
import type { Clinic, Knowledge } from './kb/schema.js';
import type { Logger } from './logging/logger.js';
import { createRouter } from './routing/router.js';
import type { Router } from './routing/types.js';
import { closeServer, createServer, listen, type RouteRegistrar } from './server.js';
import { createStateStorage, type StateStorage } from './storage/createStateStorage.js';

/** Everything the bot's behaviour depends on, loaded once. */
export interface BotParts {
  knowledge: Knowledge;
  clinic: Clinic;
  router: Router;
}

/** Reads the knowledge base and clinic details and builds the router (throws KnowledgeError). */
export async function loadBotParts(config: Config): Promise<BotParts> {
  const [knowledge, clinic] = await Promise.all([loadKnowledge(config.knowledgeDir), loadClinic(config.clinicConfigPath)]);
  return { knowledge, clinic, router: createRouter(knowledge) };
}

/** The bot's logic without any transport: what an adapter runs. */
export interface BotCore extends BotParts {
  bot: ImsBot;
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MainDialog;
  booking: BookingFeature;
  answerRoute: AnswerRoute;
}

export async function createBotCore(config: Config, log: Logger, parts: BotParts, storage: Storage): Promise<BotCore> {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const answerRoute = createAnswerRoute(parts.knowledge, parts.clinic);
  const booking = await createBookingFeature({ config, clinic: parts.clinic, router: parts.router, answerRoute, log });
  const mainDialog = new MainDialog({
    router: parts.router,
    bookingDialog: booking.dialog,
    answerRoute,
    bookingOffer: conversationState.createProperty<boolean>('bookingOffer'),
    log,
  });
  const bot = new ImsBot({
    conversationState,
    userState,
    mainDialog,
    knowledge: parts.knowledge,
    clinic: parts.clinic,
    log,
    maxMessageChars: config.limits.maxMessageChars,
  });
  return { ...parts, bot, conversationState, userState, mainDialog, booking, answerRoute };
}

/** Error handling and the typing indicator, for any adapter that runs the bot. */
export function prepareAdapter<A extends BotAdapter>(adapter: A, core: BotCore, log: Logger, typingDelayMs?: number): A {
  handleTurnErrors(adapter, core.conversationState, log);
  adapter.use(new WebChatTypingMiddleware(typingDelayMs));
  return adapter;
}

/** The CloudAdapter, authenticated with the configured app registration (none set: local use, no auth). */
export function createCloudAdapter(config: Config): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.appId,
    MicrosoftAppPassword: config.auth.appPassword,
    MicrosoftAppType: config.auth.appId ? config.auth.appType : undefined,
    MicrosoftAppTenantId: config.auth.tenantId,
  });
  return new CloudAdapter(auth);
}

export interface AppOptions {
  config: Config;
  log: Logger;
  extraRoutes?: RouteRegistrar[];
  /** Server middleware: `pre` runs before routing and body parsing, `use` after the JSON body parser. */
  middleware?: { pre?: RequestHandler[]; use?: RequestHandler[] };
  /** Already loaded parts (tests); otherwise loaded from config. */
  parts?: BotParts;
  /** State storage override (tests, terminal chat); otherwise chosen from config. */
  stateStorage?: StateStorage;
  typingDelayMs?: number;
}

export interface App extends BotCore {
  config: Config;
  log: Logger;
  adapter: CloudAdapter;
  server: Server;
  stateStorage: StateStorage;
  ready(): Promise<boolean>;
  /** Starts listening; resolves with the base URL. Defaults to config.port / config.host. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting requests, waits for in-flight ones, then closes the booking feature and stores. */
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, log } = options;
  const parts = options.parts ?? (await loadBotParts(config));
  const stateStorage = options.stateStorage ?? (await createStateStorage(config, log));
  const core = await createBotCore(config, log, parts, stateStorage.storage);
  const adapter = prepareAdapter(createCloudAdapter(config), core, log, options.typingDelayMs);
  const ready = async () => parts.knowledge.entries.length > 0 && (await stateStorage.ready());
  const server = createServer({
    adapter,
    bot: core.bot,
    config,
    log,
    ready,
    extraRoutes: options.extraRoutes,
    pre: options.middleware?.pre,
    use: options.middleware?.use,
  });
  let closed: Promise<void> | undefined;
  return {
    ...core,
    config,
    log,
    adapter,
    server,
    stateStorage,
    ready,
    listen: (port = config.port, host = config.host) => listen(server, port, host),
    close: () =>
      (closed ??= (async () => {
        await closeServer(server);
        await core.booking.close();
        await stateStorage.close();
      })()),
  };
}
