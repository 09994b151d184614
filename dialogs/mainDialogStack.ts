// The dialog side of MainDialog: the ComponentDialog at the bottom of every conversation's dialog
// stack, holding the booking dialog. Loaded by MainDialog on the first turn that needs it (a
// booking, a running dialog, "forget me"), so that the dialog framework is not in memory while
// the bot only answers questions. Its ids are saved in conversation state and must not change.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type DialogState,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { BookingDialogOptions } from '../src/booking/feature.js';
import type { Route } from '../src/routing/types.js';
import { MAIN_DIALOG } from './mainDialog.js';

const MAIN_STEPS = 'mainSteps';
const ROUTE_KEY = Symbol('route');

export interface MainDialogStackDeps {
  bookingDialog: Dialog;
  /** MainDialog's reply to a routed message outside a booking. */
  answer(context: TurnContext, route: Route): Promise<void>;
  routeOf(text: string): Route;
}

export class MainDialogStack extends ComponentDialog {
  constructor(private readonly deps: MainDialogStackDeps) {
    super(MAIN_DIALOG);
    this.addDialog(deps.bookingDialog);
    this.addDialog(new WaterfallDialog(MAIN_STEPS, [(step) => this.actStep(step), (step) => this.finalStep(step)]));
    this.initialDialogId = MAIN_STEPS;
  }

  /** A dialog context on the conversation's saved dialog state, with this dialog at its root. */
  createContext(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<DialogContext> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    return dialogSet.createContext(context);
  }

  /** Continues the running dialog with this message's route, or starts this one when none runs. */
  async continueOrBegin(dc: DialogContext, route: Route): Promise<void> {
    dc.context.turnState.set(ROUTE_KEY, route);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async actStep(step: WaterfallStepContext) {
    const context = step.context;
    const route: Route = context.turnState.get(ROUTE_KEY) ?? this.deps.routeOf(context.activity.text ?? '');
    if (route.kind === 'booking') {
      // The words that asked for the booking may already hold details (name, phone, time).
      const options: BookingDialogOptions = route.cleaned ? { utterance: context.activity.text ?? route.cleaned } : {};
      return step.beginDialog(this.deps.bookingDialog.id, options);
    }
    await this.deps.answer(context, route);
    return step.endDialog();
  }

  private async finalStep(step: WaterfallStepContext) {
    return step.endDialog(step.result);
  }
}
