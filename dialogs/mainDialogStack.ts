// The dialog side of MainDialog: the ComponentDialog at the bottom of every conversation's dialog stack,
// holding the booking dialog. Loaded by MainDialog on the first turn that needs it (a booking, a running
// dialog, "forget me"), so that the dialog framework is not in memory while the bot only answers
// questions. Its ids are saved in conversation state and must not change.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Dialog, DialogContext, DialogState, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog } from './dialogsLibrary.js';
import type { BookingDialogOptions, BookingDialogResult } from '../src/booking/bookingFlow.js';

/** Saved in conversation state: must never change. */
export const MAIN_DIALOG = 'mainDialog';
const MAIN_STEPS = 'mainSteps';

export interface MainDialogStackDeps {
  bookingDialog: Dialog;
  /** Called when a booking ends (booked, cancelled, ...): MainDialog remembers a reference for "forget me". */
  onBookingEnded(context: TurnContext, result: BookingDialogResult | undefined): Promise<void>;
}

export class MainDialogStack extends ComponentDialog {
  constructor(private readonly deps: MainDialogStackDeps) {
    super(MAIN_DIALOG);
    this.addDialog(deps.bookingDialog);
    this.addDialog(new WaterfallDialog(MAIN_STEPS, [(step) => this.bookStep(step), (step) => this.finalStep(step)]));
    this.initialDialogId = MAIN_STEPS;
  }

  /** A dialog context on the conversation's saved dialog state, with this dialog at its root. */
  createContext(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<DialogContext> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    return dialogSet.createContext(context);
  }

  /** Continues the running booking with this turn's message, or starts one when none runs. */
  async continueOrBegin(dc: DialogContext, options: BookingDialogOptions): Promise<void> {
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id, options);
  }

  private async bookStep(step: WaterfallStepContext) {
    return step.beginDialog(this.deps.bookingDialog.id, step.options);
  }

  private async finalStep(step: WaterfallStepContext) {
    await this.deps.onBookingEnded(step.context, step.result as BookingDialogResult | undefined);
    return step.endDialog(step.result);
  }
}
