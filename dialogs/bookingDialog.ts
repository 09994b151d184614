// Minimal booking entry point (replaced by the full dialog): acknowledges and asks for the name.
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { BookingFeatureDeps } from '../src/booking/feature.js';

export const BOOKING_DIALOG = 'bookingDialog';

export class BookingDialog extends ComponentDialog {
  constructor(_deps: BookingFeatureDeps) {
    super(BOOKING_DIALOG);
    this.addDialog(new TextPrompt('namePrompt'));
    this.addDialog(
      new WaterfallDialog('bookingSteps', [
        (step) => this.askName(step),
        (step) => step.endDialog({ name: step.result as string }),
      ]),
    );
    this.initialDialogId = 'bookingSteps';
  }

  private async askName(step: WaterfallStepContext) {
    await step.context.sendActivity("I'd be glad to pass a booking request to the clinic.");
    return step.prompt('namePrompt', { prompt: 'What is your full name?' });
  }
}
