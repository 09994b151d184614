// Drives the real booking dialog (with the real store and notifier) through botbuilder-testing's
// DialogTestClient. Each message is read first by the real Understanding, as MainDialog does (the step
// waiting for an answer tells the reading what to expect), and the dialog acts on that reading.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConversationState, MemoryStorage, type Activity, type ConversationAccount, type Middleware } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { BookingDialog } from '../../../dialogs/bookingDialog.js';
import { expectingOf } from '../../../dialogs/booking/expecting.js';
import { createBookingFeature, type BookingFeature } from '../../../src/booking/bookingFeature.js';
import type { BookingDialogResult } from '../../../src/booking/bookingFlow.js';
import { Responder } from '../../../src/bot/responder.js';
import { setReading } from '../../../src/bot/turnReading.js';
import { loadConfig } from '../../../src/config.js';
import { loadClinic, loadKnowledge } from '../../../src/kb/load.js';
import type { Clinic, Knowledge } from '../../../src/kb/schema.js';
import { createLogger } from '../../../src/logging/logger.js';
import type { RememberedLanguage } from '../../../src/understanding/language/choose.js';
import { Understanding } from '../../../src/understanding/understand.js';
import { testModelCache } from '../../support/modelCache.js';

/** Monday 24 November 2025, 10:00 in Vancouver. */
export const NOW = new Date('2025-11-24T18:00:00Z');

export interface Reply {
  text: string;
  /** Suggested-action titles (the buttons). */
  buttons: string[];
  activities: Partial<Activity>[];
}

export interface BookingSession {
  say(text: string): Promise<Reply>;
  /** A message in another conversation shape (e.g. a Teams channel). */
  sayIn(conversation: Partial<ConversationAccount>, text: string): Promise<Reply>;
  feature: BookingFeature;
  conversationState: ConversationState;
  storage: MemoryStorage;
  dataDir: string;
  /** 'waiting' while the booking runs; 'complete' once it has ended. */
  status(): string;
  result(): BookingDialogResult | undefined;
  close(): Promise<void>;
}

/** The understanding's clock: each session sets it to its own (tests in a file run one at a time). */
let clock: () => Date = () => NOW;

let parts: Promise<{ knowledge: Knowledge; clinic: Clinic; understanding: Understanding }> | undefined;
export function botParts() {
  parts ??= (async () => {
    const [knowledge, clinic] = await Promise.all([loadKnowledge('knowledge'), loadClinic('config/clinic.yaml')]);
    return { knowledge, clinic, understanding: new Understanding(knowledge, { timeZone: clinic.timeZone, now: () => clock(), ...testModelCache() }) };
  })();
  return parts;
}

/** Reads each message once, as MainDialog does, before the dialog sees it (remembering the reply language). */
function readingMiddleware(understanding: Understanding, conversationState: ConversationState): Middleware {
  const dialogState = conversationState.createProperty<DialogState>('DialogState');
  let language: RememberedLanguage | undefined;
  return {
    async onTurn(context, next) {
      if (context.activity.type === 'message') {
        await conversationState.load(context);
        const expecting = expectingOf(await dialogState.get(context));
        const reading = understanding.read({ text: context.activity.text ?? '', value: context.activity.value }, { ...(expecting ? { expecting } : {}), ...(language ? { language } : {}) });
        language = reading.language.remember ?? language;
        setReading(context, reading);
      }
      await next();
    },
  };
}

export interface SessionOptions {
  clinic?: Partial<Clinic>;
  env?: Record<string, string>;
  dataDir?: string;
  channelId?: string;
  /** Clock for the dialog and the notifier (default: always NOW). */
  now?: () => Date;
  /** Collects the feature's log lines (level info and up) instead of discarding them. */
  logLines?: string[];
}

export async function startBooking(utterance: string | undefined, options: SessionOptions = {}): Promise<BookingSession> {
  const { knowledge, clinic: baseClinic, understanding } = await botParts();
  const clinic: Clinic = { ...baseClinic, ...options.clinic };
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'booking-dialog-')));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...options.env }, process.cwd());
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  clock = options.now ?? (() => NOW);
  const log = options.logLines ? createLogger('info', { write: (line: string) => void options.logLines!.push(line) }) : createLogger('silent');
  const now = options.now ?? (() => NOW);
  const feature = await createBookingFeature({ config, clinic, log, now });
  const dialog = new BookingDialog({ clinic, responder: new Responder(knowledge, clinic), log, store: feature.store, notifier: feature.notifications, now });
  const client = new DialogTestClient(options.channelId ?? 'webchat', dialog, { utterance }, [readingMiddleware(understanding, conversationState)], conversationState);
  async function send(activity: string | Partial<Activity>): Promise<Reply> {
    const activities: Partial<Activity>[] = [];
    let next: Partial<Activity> | undefined = await client.sendActivity(activity);
    while (next) {
      activities.push(next);
      next = client.getNextReply();
    }
    const messages = activities.filter((a) => a.type === 'message');
    return {
      text: messages.map((a) => a.text ?? '').join('\n'),
      buttons: messages.flatMap((a) => (a.suggestedActions?.actions ?? []).map((b) => String(b.title))),
      activities: messages,
    };
  }
  return {
    feature,
    conversationState,
    storage,
    dataDir,
    say: (text: string) => send(text),
    sayIn: (conversation: Partial<ConversationAccount>, text: string) => send({ type: 'message', text, conversation: conversation as ConversationAccount }),
    status: () => client.dialogTurnResult?.status ?? 'none',
    result: () => client.dialogTurnResult?.result as BookingDialogResult | undefined,
    async close() {
      await feature.close();
      if (!options.dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The answers of a straightforward booking, step by step. */
export const STEPS = ['consent', 'name', 'phone', 'email', 'time', 'reason', 'payer', 'claim', 'review'] as const;
export type Step = (typeof STEPS)[number];
export const GOOD_ANSWERS: Record<Step, string> = {
  consent: 'yes',
  name: 'Priya Sharma',
  phone: '604-555-0123',
  email: 'priya@example.com',
  time: 'next Tuesday afternoon',
  reason: 'my shoulder',
  payer: 'ICBC claim',
  claim: 'AB1234567',
  review: 'Confirm',
};
/** A phrase of each step's question, to tell where the dialog is. */
export const QUESTION_OF: Record<Step, RegExp> = {
  consent: /okay to collect/,
  name: /full name/,
  phone: /phone number can the clinic call/,
  email: /e-mail address should the clinic use/,
  time: /Which days and times suit you/,
  reason: /what would you like help with/,
  payer: /How do you expect to pay/,
  claim: /claim number handy/,
  review: /Here's your booking request/,
};

/** Starts a booking and answers every step before `step`; resolves with the reply that asks `step`. */
export async function bookingAt(step: Step, options: SessionOptions = {}): Promise<{ session: BookingSession; asked: Reply }> {
  const session = await startBooking('I want to book an appointment', options);
  let asked = await session.say('I want to book an appointment');
  for (const s of STEPS) {
    if (s === step) return { session, asked };
    asked = await session.say(GOOD_ANSWERS[s]);
  }
  throw new Error(`unknown step ${step}`);
}
