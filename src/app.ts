// Builds the whole bot from configuration, in one place, so that `npm start`, the terminal chat
// and the tests run the same objects: knowledge -> router -> state -> booking -> MainDialog -> ImsBot,
// then an adapter and (for HTTP) the restify server.
import path from 'node:path';
import { BotAdapter, ConversationState, UserState, type Storage } from 'botbuilder';
import type { RequestHandler, Server } from 'restify';
import type { Dialog } from 'botbuilder-dialogs';
import { MainDialog, type ConversationMemory } from '../dialogs/mainDialog.js';
import { createBookingFeature, type BookingFeature } from './booking/bookingFeature.js';
import type { BookingStore } from './booking/bookingStore.js';
import { ImsBot } from './bot/imsBot.js';
import { hasClinicContact } from './bot/replies.js';
import { Responder } from './bot/responder.js';
import { TurnLogMiddleware } from './bot/turnLog.js';
import { ReusedConnectorsAuthentication } from './bot/reusedConnectors.js';
import { webChannelRoutes } from './channels/webChannels.js';
import { handleTurnErrors } from './bot/turnError.js';
import { WebChatTypingMiddleware } from './bot/typing.js';
import { ConfigError, type Config } from './config.js';
import { InsightsRecorder } from './insights/recorder.js';
import { openInsightsStorage } from './insights/openInsightsStorage.js';
import type { InsightsStorage } from './insights/store.js';
import { LiveKnowledge } from './kb/hotReload.js';
import { loadClinic, loadKnowledge } from './kb/load.js';
import type { Clinic, Knowledge } from './kb/schema.js';
import { servingKnowledge, type InsightsKnowledge, type ServingKnowledge } from './kb/serving.js';
import type { Logger } from './logging/logger.js';
import { WordNet } from './matching/wordnet.js';
import { closeServer, createServer, listen, type RouteRegistrar } from './server.js';
import { securityRoutes } from './security/registerSecurity.js';
import { reportExposure } from './security/exposure.js';
import { configuredAuthentication, EdgeCloudAdapter } from './security/channelAuthentication.js';
import { PlainTextMiddleware } from './security/controlCharacters.js';
import { createStateStorage, type StateStorage } from './storage/createStateStorage.js';
import { ModelFileCache } from './storage/modelFileCache.js';
import { createStaffPage, type StaffPage } from './staff/staffPage.js';
import { OptimisticConversationState, OptimisticUserState } from './storage/optimisticState.js';
import type { RememberedLanguage } from './understanding/language/choose.js';
import { Understanding, type MessageReader } from './understanding/understand.js';

/** Everything the bot's behaviour depends on, loaded once. */
export interface BotParts {
  /** What answering reads (the training data stays out of memory once the understanding is built). */
  knowledge: ServingKnowledge;
  /** The whole knowledge base from its files, phrasings included, for the staff page's insights (default: `knowledge`). */
  fullKnowledge?: () => Promise<InsightsKnowledge>;
  clinic: Clinic;
  /** The one reader of messages, for the current knowledge base (it changes when the knowledge is reloaded). */
  understanding: () => MessageReader;
  /** The live knowledge base, when edits are followed (its last reload error, for the staff page). */
  live?: LiveKnowledge<Understanding>;
}

/**
 * Where trained models, the ranker's relations through WordNet and the loaded knowledge base are kept, so that a
 * restart with the same knowledge base neither parses, trains nor looks the relations up again: the data folder,
 * or the folder MODEL_CACHE_DIR names, which several bots (or a test run) may share. None with memory storage.
 */
function buildCache(config: Config): ModelFileCache | undefined {
  if (config.modelCacheDir) return new ModelFileCache(config.modelCacheDir, { shared: true });
  return config.storage.kind === 'memory' ? undefined : new ModelFileCache(path.join(config.dataDir, 'models'));
}

function understandingFor(clinic: Clinic, modelCache: ModelFileCache | undefined): (knowledge: Knowledge) => Understanding {
  const kept = modelCache ? { modelCache, wordnet: new WordNet(undefined, modelCache) } : {};
  return (knowledge) => new Understanding(knowledge, { timeZone: clinic.timeZone, ...kept });
}

/** Reads the knowledge base and clinic details and builds the understanding (throws KnowledgeError). */
export async function loadBotParts(config: Config): Promise<BotParts> {
  const cache = buildCache(config);
  const load = () => loadKnowledge(config.knowledgeDir, cache ? { cache } : {});
  const [knowledge, clinic] = await Promise.all([load(), loadClinic(config.clinicConfigPath)]);
  const understanding = understandingFor(clinic, cache)(knowledge);
  const serving = servingKnowledge(knowledge);
  const fullKnowledge = () => load().catch((): InsightsKnowledge => serving);
  return { knowledge: serving, fullKnowledge, clinic, understanding: () => understanding };
}

/** Like loadBotParts, but the knowledge and the understanding follow edits of the knowledge folder (see kb/hotReload.ts). */
export async function loadLiveBotParts(config: Config, log: Logger): Promise<BotParts> {
  const clinic = await loadClinic(config.clinicConfigPath);
  const cache = buildCache(config);
  const live = await LiveKnowledge.open({
    dir: config.knowledgeDir,
    build: understandingFor(clinic, cache),
    log,
    ...(cache ? { load: (dir: string) => loadKnowledge(dir, { cache }) } : {}),
  });
  return { knowledge: live.knowledge, fullKnowledge: () => live.full(), clinic, understanding: () => live.built(), live };
}

/** Where insights are kept: none when disabled or when nothing may be kept on disk (STORAGE=memory). */
export function createInsightsStore(config: Config): Promise<InsightsStorage | undefined> {
  if (!config.insights.enabled || config.storage.kind === 'memory') return Promise.resolve(undefined);
  return openInsightsStorage(config);
}

/** The insights recorder the configuration asks for (see createInsightsStore). */
export async function createInsights(config: Config, log: Logger, store?: InsightsStorage): Promise<InsightsRecorder | undefined> {
  const storage = store ?? (await createInsightsStore(config));
  return storage ? new InsightsRecorder(storage, { log }) : undefined;
}

/** The bot's logic without any transport: what an adapter runs. */
export interface BotCore extends BotParts {
  bot: ImsBot;
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MainDialog;
  booking: BookingFeature;
  responder: Responder;
}

export async function createBotCore(
  config: Config,
  log: Logger,
  parts: BotParts,
  storage: Storage,
  { insights, now, bookingStore }: { insights?: InsightsRecorder; now?: () => Date; bookingStore?: BookingStore } = {},
): Promise<BotCore> {
  // Saved with the eTag each turn read: a simultaneous turn of the same conversation (on this or
  // another instance) is reported as an eTag conflict instead of being overwritten silently.
  const conversationState = new OptimisticConversationState(storage);
  const userState = new OptimisticUserState(storage);
  const responder = new Responder(parts.knowledge, parts.clinic, { feedback: Boolean(insights) });
  const booking = await createBookingFeature({ config, clinic: parts.clinic, log, ...(now ? { now } : {}), ...(bookingStore ? { store: bookingStore } : {}) });
  // The booking dialog and the dialog framework's prompts load on the first turn that needs them
  // (~40 MB, ~0.3 s): most conversations never book. Only this file wires dialogs in.
  let bookingDialog: Promise<Dialog> | undefined;
  const loadBookingDialog = () =>
    (bookingDialog ??= import('../dialogs/bookingDialog.js')
      .then(({ BookingDialog }) => new BookingDialog({ clinic: parts.clinic, responder, log, store: booking.store, notifier: booking.notifications, now: now ?? (() => new Date()) }))
      .catch((error: unknown) => {
        bookingDialog = undefined; // a failed load (a missing file, say) is tried again on the next booking
        throw error;
      }));
  const mainDialog = new MainDialog({
    understanding: parts.understanding,
    responder,
    bookingDialog: loadBookingDialog,
    memory: conversationState.createProperty<ConversationMemory>('memory'),
    language: userState.createProperty<RememberedLanguage>('language'),
    log,
    ...(insights ? { insights } : {}),
    // "Forget me": the person's bot state (the conversation's and their own) and what insights recorded
    // of this conversation's words.
    forget: async (context) => {
      await conversationState.delete(context);
      await userState.delete(context);
      const { channelId, conversation } = context.activity;
      await insights?.forgetConversation?.(`${channelId}|${conversation?.id ?? ''}`);
    },
  });
  const bot = new ImsBot({
    conversationState,
    userState,
    mainDialog,
    responder,
    language: userState.createProperty<RememberedLanguage>('language'),
    log,
    maxMessageChars: config.limits.maxMessageChars,
  });
  if (!hasClinicContact(parts.clinic)) {
    log.warn(
      { clinicConfig: config.clinicConfigPath },
      'no clinic phone, e-mail or website is configured: replies offer a request through the chat as the only way to reach the front desk',
    );
  }
  return { ...parts, bot, conversationState, userState, mainDialog, booking, responder };
}

/** Error handling and the typing indicator, for any adapter that runs the bot. */
export function prepareAdapter<A extends BotAdapter>(adapter: A, core: BotCore, log: Logger, typingDelayMs?: number): A {
  handleTurnErrors(adapter, core.conversationState, log);
  adapter.use(new PlainTextMiddleware());
  adapter.use(new TurnLogMiddleware(log));
  adapter.use(new WebChatTypingMiddleware(typingDelayMs));
  return adapter;
}

/** The CloudAdapter, authenticated with the configured app registration (none set: local use, no auth). */
export function createCloudAdapter(config: Config): EdgeCloudAdapter {
  return new EdgeCloudAdapter(new ReusedConnectorsAuthentication(configuredAuthentication(config)));
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
  /** Insights recorder override (tests); false: none. Otherwise chosen from config (createInsights). */
  insights?: InsightsRecorder | false;
}

export interface App extends BotCore {
  /** The front desk's page (absent with STAFF_PAGE=false). */
  staff?: StaffPage;
  config: Config;
  log: Logger;
  adapter: EdgeCloudAdapter;
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
  // Without parts given, knowledge edits take effect on the next message (hot reload).
  const parts = options.parts ?? (await loadLiveBotParts(config, log));
  const { live } = parts;
  const stateStorage = options.stateStorage ?? (await createStateStorage(config, log));
  const insightsStore = options.insights === undefined ? await createInsightsStore(config) : undefined;
  const insights = options.insights === false ? undefined : (options.insights ?? (insightsStore ? new InsightsRecorder(insightsStore, { log }) : undefined));
  // Expired insight files go on time even when nobody writes (the store also sweeps on a day's first write).
  const insightsSweep = insightsStore?.startRetentionTimer();
  const core = await createBotCore(config, log, parts, stateStorage.storage, { insights });
  const adapter = prepareAdapter(createCloudAdapter(config), core, log, options.typingDelayMs);
  if (live) adapter.use(live.middleware());
  if (config.teams.bookingsChannel) {
    // Staff see each new booking request as a card in their Teams channel, too. Loaded only
    // when configured: the card's phone number formatting alone is ~10 MB of metadata.
    const { createTeamsHandOff, parseBookingsChannel } = await import('./channels/teams/bookingHandOff.js');
    let reference;
    try {
      reference = parseBookingsChannel(config.teams.bookingsChannel);
    } catch (err) {
      throw new ConfigError(`TEAMS_BOOKINGS_CHANNEL: ${err instanceof Error ? err.message : String(err)}`);
    }
    core.booking.notifications.addChannel(
      createTeamsHandOff(adapter, reference, { appId: config.auth.appId, timeZone: parts.clinic.timeZone }),
    );
  }
  const ready = async () => parts.knowledge.entries.length > 0 && (await stateStorage.ready());
  // The front desk's page at /staff (src/staff), reading the same stores as the bot.
  const staff: StaffPage | undefined = config.staff.enabled
    ? await createStaffPage({
        config,
        log,
        clinic: parts.clinic,
        knowledge: parts.fullKnowledge ?? (() => Promise.resolve(parts.knowledge)),
        knowledgeStatus: { entries: () => parts.knowledge.entries.length, lastReloadError: () => live?.lastReloadError() },
        bookings: core.booking.store,
        insights: insightsStore ?? (config.storage.kind === 'memory' ? undefined : await openInsightsStorage(config)),
        stateStorageReady: () => stateStorage.ready(),
      })
    : undefined;
  const server = createServer({
    adapter,
    bot: core.bot,
    config,
    log,
    ready,
    // Shown on /readyz without failing it: booking data set aside as unreadable needs a person.
    readyWarnings: async () => {
      const { items } = await core.booking.store.quarantine();
      return items ? [`${items} unreadable booking record(s) set aside in the quarantine: see the staff page's health panel`] : [];
    },
    // The website widget (page, embed script, Web Chat bundle, Direct Line) on the same server.
    extraRoutes: [
      // Security headers, request limits, activity shape check, time-outs (src/security).
      securityRoutes(),
      webChannelRoutes({ clinic: parts.clinic, knowledge: parts.knowledge }),
      ...(staff ? [staff.routes] : []),
      ...(options.extraRoutes ?? []),
    ],
    pre: options.middleware?.pre,
    use: options.middleware?.use,
  });
  let closed: Promise<void> | undefined;
  return {
    ...core,
    staff,
    config,
    log,
    adapter,
    server,
    stateStorage,
    ready,
    listen: async (port = config.port, host = config.host) => {
      const url = await listen(server, port, host);
      reportExposure(config, log, server.server.address());
      return url;
    },
    close: () =>
      (closed ??= (async () => {
        await closeServer(server);
        await core.booking.close();
        await staff?.close();
        await insights?.flush();
        await insightsSweep?.stop();
        await stateStorage.close();
      })()),
  };
}
