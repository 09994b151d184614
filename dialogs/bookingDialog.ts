// The booking request dialog: consent, name, phone, e-mail, preferred times, reason, payment,
// summary. Interruptions (emergency, forget me, cancel, help, FAQ questions) are handled by
// CancelAndHelpDialog before any step sees the message. Started by MainDialog with
// beginDialog(BOOKING_DIALOG, { utterance }); ends with a BookingDialogResult.
import { BOOKING_DIALOG_ID } from '../src/booking/feature.js';
import { AskPaymentDialog } from './booking/askPaymentDialog.js';
import type { BookingDialogDeps } from './booking/bookingDialogDeps.js';
import { CollectBookingDialog, COLLECT_BOOKING } from './booking/collectBookingDialog.js';
import { ClaimNumberPrompt } from './booking/prompts/claimNumberPrompt.js';
import { ConsentPrompt } from './booking/prompts/consentPrompt.js';
import { EmailPrompt } from './booking/prompts/emailPrompt.js';
import { NamePrompt } from './booking/prompts/namePrompt.js';
import { PayerPrompt } from './booking/prompts/payerPrompt.js';
import { PhonePrompt } from './booking/prompts/phonePrompt.js';
import { PreferredTimePrompt } from './booking/prompts/preferredTimePrompt.js';
import { ReasonPrompt } from './booking/prompts/reasonPrompt.js';
import { ReviewPrompt } from './booking/prompts/reviewPrompt.js';
import { ReviewBookingDialog } from './booking/reviewBookingDialog.js';
import { stepHelp } from './booking/stepHelp.js';
import { CancelAndHelpDialog } from './cancelAndHelpDialog.js';

export const BOOKING_DIALOG = BOOKING_DIALOG_ID;

export class BookingDialog extends CancelAndHelpDialog {
  constructor(deps: BookingDialogDeps) {
    super(BOOKING_DIALOG, deps);
    const timeContext = () => ({ timeZone: deps.clinic.timeZone, now: deps.now() });
    this.addDialog(new ConsentPrompt())
      .addDialog(new NamePrompt())
      .addDialog(new PhonePrompt())
      .addDialog(new EmailPrompt())
      .addDialog(new PreferredTimePrompt(timeContext))
      .addDialog(new ReasonPrompt())
      .addDialog(new PayerPrompt())
      .addDialog(new ClaimNumberPrompt())
      .addDialog(new ReviewPrompt())
      .addDialog(new CollectBookingDialog(deps))
      .addDialog(new AskPaymentDialog())
      .addDialog(new ReviewBookingDialog(deps));
    this.initialDialogId = COLLECT_BOOKING;
  }

  protected helpFor(promptId: string | undefined): string {
    return stepHelp(promptId);
  }
}
