// The polite ways out of a booking that did not complete. Each says that nothing was kept and how to reach
// the clinic (its configured details, or a request through this chat when it has none).
import type { TurnContext } from 'botbuilder';
import type { BookingDialogResult } from '../../src/booking/bookingFlow.js';
import type { BookingDialogDeps } from './bookingDialogDeps.js';

export class BookingExits {
  constructor(private readonly deps: Pick<BookingDialogDeps, 'responder'>) {}

  async declined(context: TurnContext): Promise<BookingDialogResult> {
    await this.deps.responder.say(context, 'booking.declined');
    return { outcome: 'declined' };
  }

  async gaveUp(context: TurnContext): Promise<BookingDialogResult> {
    await this.deps.responder.say(context, 'booking.gaveUp');
    return { outcome: 'gave-up' };
  }

  async notSaved(context: TurnContext): Promise<BookingDialogResult> {
    await this.deps.responder.say(context, 'booking.notSaved');
    return { outcome: 'failed' };
  }

  async onlyOneToOne(context: TurnContext): Promise<BookingDialogResult> {
    await this.deps.responder.say(context, 'booking.onlyOneToOne');
    return { outcome: 'not-private' };
  }

  async cancelled(context: TurnContext): Promise<BookingDialogResult> {
    await this.deps.responder.say(context, 'booking.cancelled');
    return { outcome: 'cancelled' };
  }
}
