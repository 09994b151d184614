// The booking request dialog: consent, name, phone, e-mail, preferred times, reason, payment, summary. Every
// step takes its answer from the turn's one reading; cancel, help and questions asked on the way are handled
// by CancelAndHelpDialog before any step sees the message (emergencies and "forget me" by MainDialog, before
// this dialog is even continued). Started with beginDialog(BOOKING_DIALOG_ID, { utterance }); ends with a
// BookingDialogResult.
import { BOOKING_DIALOG_ID } from '../src/booking/bookingFlow.js';
import { AskPaymentDialog } from './booking/askPaymentDialog.js';
import type { BookingDialogDeps } from './booking/bookingDialogDeps.js';
import { CollectBookingDialog, COLLECT_BOOKING } from './booking/collectBookingDialog.js';
import { PROMPTS } from './booking/prompts/promptIds.js';
import { ReadingPrompt } from './booking/prompts/readingPrompt.js';
import { StepReaders } from './booking/prompts/stepReaders.js';
import { ReviewBookingDialog } from './booking/reviewBookingDialog.js';
import { stepHelpKey } from './booking/stepHelp.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';

export class BookingDialog extends CancelAndHelpDialog {
  constructor(deps: BookingDialogDeps) {
    super(BOOKING_DIALOG_ID, deps.responder);
    const readers = new StepReaders(deps.responder);
    this.addDialog(new ReadingPrompt(PROMPTS.consent, readers.consent))
      .addDialog(new ReadingPrompt(PROMPTS.name, readers.name))
      .addDialog(new ReadingPrompt(PROMPTS.phone, readers.phone))
      .addDialog(new ReadingPrompt(PROMPTS.email, readers.email))
      .addDialog(new ReadingPrompt(PROMPTS.time, readers.time))
      .addDialog(new ReadingPrompt(PROMPTS.reason, readers.reason))
      .addDialog(new ReadingPrompt(PROMPTS.payer, readers.payer))
      .addDialog(new ReadingPrompt(PROMPTS.payerConfirm, readers.payerConfirm))
      .addDialog(new ReadingPrompt(PROMPTS.claimNumber, readers.claimNumber))
      .addDialog(new ReadingPrompt(PROMPTS.review, readers.review))
      .addDialog(new CollectBookingDialog(deps, readers))
      .addDialog(new AskPaymentDialog(deps, readers))
      .addDialog(new ReviewBookingDialog(deps, readers));
    this.initialDialogId = COLLECT_BOOKING;
  }

  protected helpFor(promptId: string | undefined) {
    return stepHelpKey(promptId);
  }
}
