// The conversation's top level: every message is read once (src/understanding) and then handled by the
// first route of one ordered table whose condition holds, safety first. MainDialog is the only owner of
// emergencies and "forget me"; the booking dialog acts on the same reading for its own steps.
// Questions asked while no dialog runs are answered without the dialog framework; it is loaded on the
// first turn that needs it (mainDialogStack.ts).
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Dialog, DialogContext, DialogState } from 'botbuilder-dialogs';
import type { BookingDialogResult } from '../src/booking/bookingFlow.js';
import type { Responder } from '../src/bot/responder.js';
import { ROUTE_SUMMARY, type RouteSummary } from '../src/bot/turnLog.js';
import { setReading } from '../src/bot/turnReading.js';
import type { InsightsRecorder, Offer } from '../src/insights/recorder.js';
import type { Logger } from '../src/logging/logger.js';
import type { RememberedLanguage } from '../src/understanding/language/choose.js';
import { readingLabel, type ControlAct, type Reading, type ReadingContext } from '../src/understanding/reading.js';
import type { MessageReader } from '../src/understanding/understand.js';
import { expectingOf } from './booking/expecting.js';
import type { MainDialogStack } from './mainDialogStack.js';

export const ROUTE_TRACE = {
  name: 'route',
  valueType: 'https://www.botframework.com/schemas/trace',
  label: 'Route',
} as const;

/** What the conversation remembers between messages (conversation state), besides the dialog stack. */
export interface ConversationMemory {
  /** The entry answered last: follow-ups ("and how many times?") are read against it. */
  lastEntryId?: string;
  /** The fallback offered to pass a request to the clinic: a "yes" next starts a booking. */
  bookingOffer?: boolean;
  /** A 911 reply read from words that may not describe now: kept one turn for "It's not an emergency". */
  lastEmergency?: string;
  /** An emergency interrupted a booking: it waits until the person goes on or stops it. */
  bookingPaused?: boolean;
  /** References of requests confirmed in this conversation ("forget me" names them). */
  references?: string[];
  /** The last "did you mean" offer, for insights. */
  offer?: Offer;
  /** The conversation's start is in the insights (the staff page counts conversations per day). */
  counted?: boolean;
}

export interface MainDialogDeps {
  /** The current understanding (it changes when the knowledge base is reloaded). */
  understanding: () => MessageReader;
  responder: Responder;
  /** The booking dialog, built on the first turn that needs the dialog stack. */
  bookingDialog: () => Promise<Dialog>;
  memory: StatePropertyAccessor<ConversationMemory>;
  /** The person's reply language, remembered across conversations (user state). */
  language: StatePropertyAccessor<RememberedLanguage>;
  /** Deletes everything kept about this person and conversation (state and insights). */
  forget: (context: TurnContext) => Promise<void>;
  log: Logger;
  insights?: InsightsRecorder;
}

/** One turn, as the routes see it. */
interface Turn {
  context: TurnContext;
  reading: Reading;
  /** What the conversation remembered before this message (read-only: the routes' conditions). */
  was: Readonly<ConversationMemory>;
  /** What it will remember after it (routes change this). */
  memory: ConversationMemory;
  /** A booking is on the dialog stack (waiting for an answer, or paused by an emergency). */
  booking: boolean;
  dialogState: StatePropertyAccessor<DialogState>;
}

interface Route {
  /** What the route does, for the turn log and the Emulator trace. */
  name: string;
  when(turn: Turn): boolean;
  act(turn: Turn): Promise<void>;
}

const isControl = (reading: Reading, act: ControlAct['act']) => reading.intent.kind === 'control' && reading.intent.control.act === act;
const isEmergency = (reading: Reading) => reading.safety.outcome === 'emergency' || reading.safety.outcome === 'crisis';

export class MainDialog {
  private stack: Promise<MainDialogStack> | undefined;

  /** What the bot does with a reading: the first route whose condition holds. Safety first. */
  private readonly routes: Route[] = [
    { name: 'emergency', when: (t) => isEmergency(t.reading), act: (t) => this.emergency(t) },
    { name: 'forget-me', when: (t) => isControl(t.reading, 'forget-me'), act: (t) => this.forgetMe(t) },
    { name: 'not-emergency', when: (t) => isControl(t.reading, 'not-emergency'), act: (t) => this.notEmergency(t) },
    { name: 'language', when: (t) => isControl(t.reading, 'language'), act: (t) => this.switchLanguage(t) },
    { name: 'feedback', when: (t) => isControl(t.reading, 'feedback'), act: (t) => this.feedback(t) },
    { name: 'booking-paused', when: (t) => t.booking && t.was.bookingPaused === true, act: (t) => this.pausedBooking(t) },
    { name: 'booking-step', when: (t) => t.booking, act: (t) => this.continueBooking(t) },
    { name: 'booking', when: (t) => t.reading.intent.kind === 'booking' || (t.was.bookingOffer === true && isControl(t.reading, 'yes')), act: (t) => this.startBooking(t) },
    { name: 'offer-declined', when: (t) => t.was.bookingOffer === true && isControl(t.reading, 'no'), act: (t) => this.answerAs(t, 'thanks') },
    { name: 'answer', when: () => true, act: (t) => this.answer(t) },
  ];

  constructor(private readonly deps: MainDialogDeps) {}

  /** Reads the message once and runs the first route that fits. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    // No default values: get(context, {}) would store them and make every new conversation write its state.
    const memory = { ...((await this.deps.memory.get(context)) ?? {}) };
    const remembered = await this.deps.language.get(context);
    const stackState = await dialogState.get(context);
    const booking = (stackState?.dialogStack?.length ?? 0) > 0;
    const readingContext: ReadingContext = {
      ...(memory.lastEntryId ? { lastEntryId: memory.lastEntryId } : {}),
      ...(remembered ? { language: remembered } : {}),
      ...(context.activity.locale ? { channelLocale: context.activity.locale } : {}),
    };
    const expecting = memory.bookingPaused ? 'continue' : booking ? expectingOf(stackState) : memory.bookingOffer ? 'bookingOffer' : undefined;
    if (expecting) readingContext.expecting = expecting;
    const reading = this.deps.understanding().read({ text: context.activity.text ?? '', value: context.activity.value }, readingContext);
    setReading(context, reading);
    if (reading.language.remember && JSON.stringify(reading.language.remember) !== JSON.stringify(remembered)) {
      await this.deps.language.set(context, reading.language.remember);
    }

    const turn: Turn = { context, reading, was: { ...memory }, memory, booking, dialogState };
    // One-turn offers end here; a route that makes a new offer sets it again.
    const before = JSON.stringify(memory);
    delete memory.bookingOffer;
    const route = this.routes.find((r) => r.when(turn)) as Route;
    this.summarise(context, reading, route.name);
    await this.trace(context, reading, route.name);
    this.recordInsights(turn);
    await route.act(turn);
    if (JSON.stringify(memory) !== before) {
      if (Object.keys(memory).length) await this.deps.memory.set(context, memory);
      else await this.deps.memory.delete(context);
    }
  }

  // ---- routes --------------------------------------------------------------------------------------

  /** The 911 / 9-8-8 reply alone, whatever was going on; a booking waits and can go on afterwards. */
  private async emergency(turn: Turn): Promise<void> {
    await this.deps.responder.answer(turn.context, turn.reading);
    if (turn.reading.safety.uncertain) turn.memory.lastEmergency = turn.context.activity.text ?? '';
    else delete turn.memory.lastEmergency;
    if (turn.booking) turn.memory.bookingPaused = true;
  }

  private async forgetMe(turn: Turn): Promise<void> {
    const references = turn.memory.references ?? [];
    if (turn.booking) await (await this.dialogContext(turn)).cancelAllDialogs(true);
    await this.deps.forget(turn.context);
    for (const key of Object.keys(turn.memory)) delete turn.memory[key as keyof ConversationMemory];
    const { responder } = this.deps;
    const kept = references.length
      ? references.map((reference) => responder.text(turn.context, 'forget.keptReference', { reference })).join(' ')
      : responder.text(turn.context, 'forget.keptNone');
    await responder.send(turn.context, { paragraphs: [responder.text(turn.context, 'forget.done'), kept], choices: [] });
  }

  /** "It's not an emergency": the earlier message, answered as the question it is. */
  private async notEmergency(turn: Turn): Promise<void> {
    // Kept until the button is used or another uncertain emergency replaces it: the person may tap it after typing something else.
    delete turn.memory.lastEmergency;
    if (!turn.was.lastEmergency) {
      await this.deps.responder.say(turn.context, 'safety.notEmergencyNoQuestion');
      return;
    }
    const reading = this.deps.understanding().read({ text: turn.was.lastEmergency ?? '', ignoreEmergency: true }, { language: { language: turn.reading.language.reply, by: 'message' } });
    await this.deps.responder.say(turn.context, 'safety.notEmergencyThanks');
    await this.deps.responder.answer(turn.context, { ...reading, language: turn.reading.language });
    this.remember(turn, reading);
  }

  private async switchLanguage(turn: Turn): Promise<void> {
    const { responder } = this.deps;
    await responder.say(turn.context, 'language.switched');
    await responder.answer(turn.context, { ...turn.reading, intent: { kind: 'entry', entryId: 'language' } });
    if (turn.booking) await this.continueBooking({ ...turn, reading: { ...turn.reading, intent: { kind: 'control', control: { act: 'continue-booking' } } } });
  }

  private async feedback(turn: Turn): Promise<void> {
    const { intent } = turn.reading;
    if (intent.kind !== 'control' || intent.control.act !== 'feedback') return;
    const activity = turn.context.activity;
    this.deps.insights?.recordFeedback(intent.control.entryId, intent.control.vote, `${activity.channelId}|${activity.conversation?.id ?? ''}`);
    // In a Teams channel or group chat a thank-you would be posted for everyone: the click stays silent there.
    if (activity.channelId === 'msteams' && activity.conversation?.conversationType !== 'personal') return;
    await this.deps.responder.say(turn.context, intent.control.vote === 'up' ? 'feedback.thanksUp' : 'feedback.thanksDown');
  }

  /** After an emergency: "go on" re-asks the step, "stop" ends the booking, anything else is answered. */
  private async pausedBooking(turn: Turn): Promise<void> {
    const { reading, memory } = turn;
    if (isControl(reading, 'continue-booking') || isControl(reading, 'yes')) {
      delete memory.bookingPaused;
      const dc = await this.dialogContext(turn);
      await dc.repromptDialog();
      return;
    }
    if (isControl(reading, 'no') || isControl(reading, 'cancel')) {
      delete memory.bookingPaused;
      await (await this.dialogContext(turn)).cancelAllDialogs();
      await this.deps.responder.say(turn.context, 'booking.cancelled');
      return;
    }
    await this.answer(turn);
    const { responder } = this.deps;
    await responder.say(
      turn.context,
      'safety.bookingWaits',
      { continueBooking: responder.text(turn.context, 'button.continueBooking'), stopBooking: responder.text(turn.context, 'button.stopBooking') },
      [responder.text(turn.context, 'button.continueBooking'), responder.text(turn.context, 'button.stopBooking')],
    );
  }

  private async continueBooking(turn: Turn): Promise<void> {
    const stack = await this.loadStack();
    const dc = await stack.createContext(turn.context, turn.dialogState);
    await stack.continueOrBegin(dc, {});
  }

  private async startBooking(turn: Turn): Promise<void> {
    const stack = await this.loadStack();
    const dc = await stack.createContext(turn.context, turn.dialogState);
    // The words that asked for the booking may already hold details (name, phone, time); a button or a
    // "yes" to the offer holds none.
    const typed = turn.reading.intent.kind === 'booking' && !turn.reading.tapped;
    await stack.continueOrBegin(dc, typed ? { utterance: turn.context.activity.text ?? '' } : {});
  }

  private async answerAs(turn: Turn, entryId: string): Promise<void> {
    await this.deps.responder.answer(turn.context, { ...turn.reading, intent: { kind: 'entry', entryId }, confidence: 1 });
  }

  /** An entry's answer, "did you mean", or the honest fallback (which offers to pass a request on, for one turn). */
  private async answer(turn: Turn): Promise<void> {
    await this.deps.responder.answer(turn.context, turn.reading);
    this.remember(turn, turn.reading);
  }

  private remember(turn: Turn, reading: Reading): void {
    if (reading.intent.kind === 'entry') turn.memory.lastEntryId = reading.intent.entryId;
    if (reading.intent.kind === 'none' && reading.safety.outcome !== 'urgent') turn.memory.bookingOffer = true;
  }

  // ---- plumbing -------------------------------------------------------------------------------------

  private async dialogContext(turn: Turn): Promise<DialogContext> {
    return (await this.loadStack()).createContext(turn.context, turn.dialogState);
  }

  private loadStack(): Promise<MainDialogStack> {
    this.stack ??= (async () => {
      const [{ MainDialogStack }, bookingDialog] = await Promise.all([import('./mainDialogStack.js'), this.deps.bookingDialog()]);
      return new MainDialogStack({ bookingDialog, onBookingEnded: (context, result) => this.bookingEnded(context, result) });
    })().catch((error: unknown) => {
      this.stack = undefined; // not cached: the next turn tries again
      throw error;
    });
    return this.stack;
  }

  /** Loads the dialog framework and the booking dialog ahead of the first booking (a quiet moment after start-up). */
  async preload(): Promise<void> {
    await this.loadStack();
  }

  private async bookingEnded(context: TurnContext, result: BookingDialogResult | undefined): Promise<void> {
    if (result?.outcome !== 'booked' || !result.reference) return;
    const memory = { ...((await this.deps.memory.get(context)) ?? {}) };
    memory.references = [...(memory.references ?? []), result.reference];
    await this.deps.memory.set(context, memory);
  }

  private summarise(context: TurnContext, reading: Reading, route: string): void {
    context.turnState.set(ROUTE_SUMMARY, { label: readingLabel(reading), score: reading.confidence, route } satisfies RouteSummary);
  }

  private recordInsights(turn: Turn): void {
    const recorder = this.deps.insights;
    if (!recorder) return;
    const activity = turn.context.activity;
    const key = `${activity.channelId}|${activity.conversation?.id ?? ''}`;
    if (!turn.was.counted) {
      recorder.recordConversation(key, turn.reading.language.reply);
      turn.memory.counted = true;
    }
    recorder.recordSafety(key, turn.reading);
    // Inside a booking the person answers its steps (name, phone): those are not questions to learn from.
    if (turn.booking) return;
    const next = recorder.recordReading(key, turn.reading, turn.was.offer ?? null);
    if (next) turn.memory.offer = next;
    else delete turn.memory.offer;
  }

  private async trace(context: TurnContext, reading: Reading, route: string): Promise<void> {
    // Only the Emulator shows traces; other channels must never receive routing internals.
    if (context.activity.channelId !== 'emulator') return;
    await context.sendTraceActivity(ROUTE_TRACE.name, routeTraceValue(reading, route), ROUTE_TRACE.valueType, ROUTE_TRACE.label);
  }
}

/** What the Emulator's inspector shows for a message. */
export function routeTraceValue(reading: Reading, route?: string) {
  const candidates =
    reading.intent.kind === 'ambiguous'
      ? reading.intent.entryIds.slice(0, 3).map((id) => ({ id, score: reading.alternatives.find((c) => c.id === id)?.score ?? reading.confidence }))
      : reading.alternatives.map((c) => ({ id: c.id, score: c.score }));
  return {
    label: readingLabel(reading),
    score: reading.confidence,
    candidates,
    safety: reading.safety.outcome,
    ...(reading.safety.category ? { safetyCategory: reading.safety.category } : {}),
    language: reading.language.reply,
    written: reading.language.written,
    ...(route ? { route } : {}),
  };
}
