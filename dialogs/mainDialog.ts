// The conversation's top level (the BotBuilder-Samples core-bot pattern): every message is
// routed once; an emergency is answered at once, whatever is running; a running booking is
// continued; otherwise the route decides: start the booking, answer, offer choices, or fall back.
// Questions asked while no dialog runs are answered here directly; everything else goes through
// the dialog stack (mainDialogStack.ts), which is loaded on the first turn that needs it.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Dialog, DialogContext, DialogState } from 'botbuilder-dialogs';
import type { AnswerRoute } from '../src/bot/answerRoute.js';
import { BOOK_A_CONSULT } from '../src/bot/replies.js';
import { ROUTE_SUMMARY, type RouteSummary } from '../src/bot/turnLog.js';
import type { InsightsRecorder, Offer } from '../src/insights/recorder.js';
import type { Logger } from '../src/logging/logger.js';
import type { Route, Router } from '../src/routing/types.js';
import { CALM } from '../src/understanding/safety/safetyReader.js';
import type { MainDialogStack } from './mainDialogStack.js';

export const MAIN_DIALOG = 'mainDialog';

export const ROUTE_TRACE = {
  name: 'route',
  valueType: 'https://www.botframework.com/schemas/trace',
  label: 'Route',
} as const;

export interface MainDialogDeps {
  router: Router;
  /** The booking dialog, built on the first turn that needs the dialog stack. */
  bookingDialog: () => Promise<Dialog>;
  answerRoute: AnswerRoute;
  /** True for one turn after a fallback offered to pass a request to the clinic. */
  bookingOffer: StatePropertyAccessor<boolean>;
  log: Logger;
  /** Records what the knowledge base could not answer; the last "did you mean" offer lives in conversation state. */
  insights?: { recorder: InsightsRecorder; lastOffer: StatePropertyAccessor<Offer | null> };
  /**
   * "It's not an emergency": the button under a 911 reply that was read from words that may not describe
   * now. `lastEmergency` keeps that message for one turn so the button can answer it as a question.
   */
  notEmergency: { lastEmergency: StatePropertyAccessor<string>; isDismissal(text: string): boolean };
  /** "Forget me" / "delete my data", honoured at any point of the conversation. */
  forgetMe?: { matches(text: string): boolean; run(context: TurnContext, dc: DialogContext): Promise<void> };
}

// "yes", "sure", "ok please", "yes please do": a short acceptance of the offer.
const AFFIRMATIVE_START = /^(yes|yeah|yea|yep|yup|sure|ok|okay|k|alright|please|absolutely|definitely|of course|sounds good|go ahead|why not|i would|id like that|i'd like that)\b/;
const NEGATION = /\b(no|not|don't|dont|never|nope|later)\b/;

/** A short "yes" to the bot's offer (not a new question). */
export function isAcceptance(text: string): boolean {
  const t = text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return t.split(' ').length <= 6 && AFFIRMATIVE_START.test(t) && !NEGATION.test(t);
}

// A booking the person asked for with a button or a "yes": nothing in the text to pre-fill.
function bookingRequest(): Route {
  return { kind: 'booking', label: 'booking', score: 1, candidates: [{ id: 'booking', score: 1 }], cleaned: '', safety: CALM };
}

/** What the Emulator's inspector shows for a routed message. */
export function routeTraceValue(route: Route) {
  const label = route.kind === 'answer' ? route.entry.id : route.kind;
  const candidates =
    route.kind === 'ambiguous'
      ? route.choices.slice(0, 3).map((e) => ({ id: e.id, score: route.candidates.find((c) => c.id === e.id)?.score ?? route.score }))
      : route.candidates.map((c) => ({ id: c.id, score: c.score }));
  return { label, score: route.score, candidates };
}

export class MainDialog {
  private stack: Promise<MainDialogStack> | undefined;

  constructor(private readonly deps: MainDialogDeps) {}

  /** Runs one message turn against the conversation's dialog state. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const text = context.activity.text ?? '';
    let route = this.routeOf(text);
    const lastEmergency = await this.deps.notEmergency.lastEmergency.get(context);
    if (lastEmergency !== undefined) await this.deps.notEmergency.lastEmergency.delete(context);
    if (lastEmergency && this.deps.notEmergency.isDismissal(text)) route = this.deps.router.route(lastEmergency, { ignoreEmergency: true });
    if (route.kind === 'emergency' && route.safety.uncertain) await this.deps.notEmergency.lastEmergency.set(context, text);
    // The fallback's offer to contact the clinic lasts one turn.
    // No default value: get(context, false) would store `false` and make every new conversation write its state.
    const offered = (await this.deps.bookingOffer.get(context)) === true;
    if (offered) await this.deps.bookingOffer.delete(context);
    const isFaqAnswer = route.kind === 'answer' && route.entry.kind === 'faq';
    if (offered && route.kind !== 'emergency' && !isFaqAnswer && isAcceptance(text)) {
      route = bookingRequest();
    }

    const forgetting = route.kind !== 'emergency' && Boolean(this.deps.forgetMe?.matches(text));
    // Most turns are a question asked while no dialog runs: they are answered here, without a
    // DialogContext, whose state manager and memory scopes cost more CPU than the rest of the turn,
    // and without touching the dialog state, so an unchanged conversation state is not rewritten.
    const dialogRunning = ((await dialogState.get(context))?.dialogStack?.length ?? 0) > 0;
    if (!dialogRunning && !forgetting && route.kind !== 'booking') {
      await this.trace(context, route, false);
      await this.recordInsights(context, text, route);
      this.logRoute(context, route);
      await this.answer(context, route);
      return;
    }

    const stack = await this.loadStack();
    const dc = await stack.createContext(context, dialogState);
    if (forgetting && this.deps.forgetMe) {
      await this.deps.forgetMe.run(context, dc);
      return;
    }
    await this.trace(context, route, dc.activeDialog !== undefined);
    // Inside a dialog the person answers its prompts (name, phone): those are not questions to learn from.
    if (!dc.activeDialog) await this.recordInsights(context, text, route);
    this.logRoute(context, route);

    if (route.kind === 'emergency') {
      // Safety replies stand alone: a running booking waits, it is not continued this turn.
      await this.deps.answerRoute(context, route);
      return;
    }
    await stack.continueOrBegin(dc, route);
  }

  private loadStack(): Promise<MainDialogStack> {
    this.stack ??= (async () => {
      const [{ MainDialogStack }, bookingDialog] = await Promise.all([import('./mainDialogStack.js'), this.deps.bookingDialog()]);
      return new MainDialogStack({
        bookingDialog,
        answer: (context, route) => this.answer(context, route),
        routeOf: (text) => this.routeOf(text),
      });
    })().catch((error: unknown) => {
      this.stack = undefined; // not cached: the next turn tries again
      throw error;
    });
    return this.stack;
  }

  private logRoute(context: TurnContext, route: Route): void {
    context.turnState.set(ROUTE_SUMMARY, { label: routeTraceValue(route).label, score: route.score } satisfies RouteSummary);
  }

  /** The reply to a routed message outside a booking; a fallback also offers to pass a request on, for one turn. */
  private async answer(context: TurnContext, route: Route): Promise<void> {
    await this.deps.answerRoute(context, route);
    if (route.kind === 'none') await this.deps.bookingOffer.set(context, true);
  }

  private routeOf(text: string): Route {
    const route = this.deps.router.route(text);
    // The button we offer everywhere must always start a booking, however the router scores it.
    const asTyped = text.replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (route.kind !== 'emergency' && asTyped === BOOK_A_CONSULT.toLowerCase()) return bookingRequest();
    return route;
  }

  private async recordInsights(context: TurnContext, text: string, route: Route): Promise<void> {
    if (!this.deps.insights) return;
    const { recorder, lastOffer } = this.deps.insights;
    const key = `${context.activity.channelId}|${context.activity.conversation?.id ?? ''}`;
    const offer = recorder.recordRoute(key, text, route, (await lastOffer.get(context)) ?? null);
    if (offer) await lastOffer.set(context, offer);
    else await lastOffer.delete(context);
  }

  private async trace(context: TurnContext, route: Route, inDialog: boolean): Promise<void> {
    // Only the Emulator shows traces; other channels must never receive routing internals.
    if (context.activity.channelId !== 'emulator') return;
    const value = { ...routeTraceValue(route), ...(inDialog ? { activeDialog: true } : {}) };
    await context.sendTraceActivity(ROUTE_TRACE.name, value, ROUTE_TRACE.valueType, ROUTE_TRACE.label);
  }
}
