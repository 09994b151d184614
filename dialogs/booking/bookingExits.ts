// The polite ways out of a booking that did not complete. Each says that nothing was kept and
// offers the clinic's own contact details (only the ones the clinic has filled in).
import type { TurnContext } from 'botbuilder';
import type { BookingDialogResult } from '../../src/booking/feature.js';
import { clinicContactSentence } from '../../src/booking/clinicContact.js';
import type { Clinic } from '../../src/kb/schema.js';

export async function sayDeclined(context: TurnContext, clinic: Clinic): Promise<BookingDialogResult> {
  await context.sendActivity(
    `No problem: I haven't collected or kept anything. If you'd like to book another way, ${lowerFirst(clinicContactSentence(clinic))} You can still ask me questions about IMS.`,
  );
  return { outcome: 'declined' };
}

export async function sayGaveUp(context: TurnContext, clinic: Clinic): Promise<BookingDialogResult> {
  await context.sendActivity(
    `Sorry, I'm having trouble with that one, so I've stopped the booking request and haven't kept any of your details. ${clinicContactSentence(clinic)}`,
  );
  return { outcome: 'gave-up' };
}

export async function sayNotSaved(context: TurnContext, clinic: Clinic): Promise<BookingDialogResult> {
  await context.sendActivity(
    `Sorry, I couldn't save your request just now, so it has not reached the clinic. Please try again in a few minutes. ${clinicContactSentence(clinic)}`,
  );
  return { outcome: 'failed' };
}

export async function sayOnlyOneToOne(context: TurnContext, clinic: Clinic): Promise<BookingDialogResult> {
  await context.sendActivity(
    `Others can see this conversation, so I won't ask for your personal details here. Send me a private (one-to-one) message to request a booking, or ${lowerFirst(clinicContactSentence(clinic))}`,
  );
  return { outcome: 'not-private' };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
