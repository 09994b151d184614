// What the booking dialog (dialogs/bookingDialog.ts) and the rest of the bot agree on: how it is started and
// how it ends. The dialog lives in dialogs/; this contract lives here so that src/ never imports dialogs/
// (only src/app.ts wires the dialog in).

/** The booking dialog's id in the dialog stack (saved in conversation state: must never change). */
export const BOOKING_DIALOG_ID = 'bookingDialog';

/** Options MainDialog passes when it starts the booking dialog. */
export interface BookingDialogOptions {
  /** The message that started the booking, so details already given are not asked again. */
  utterance?: string;
}

/** What the booking dialog ends with. Every outcome has already been explained to the person. */
export interface BookingDialogResult {
  /**
   * booked: stored, reference given. declined: said no to consent. cancelled: said cancel/stop.
   * gave-up: three invalid answers. failed: the request could not be stored (the person was told).
   * not-private: asked in a group conversation (Teams channel / group chat): nothing was asked.
   */
  outcome: 'booked' | 'declined' | 'cancelled' | 'gave-up' | 'failed' | 'not-private';
  reference?: string;
}
