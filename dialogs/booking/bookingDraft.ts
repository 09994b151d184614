// The booking as it is being filled in. It lives only in the dialog's state (conversation state), so
// cancelling, "forget me" or giving up drops it with the dialog: nothing is kept until the person confirms.
import type { Payer, PreferredTime } from '../../src/booking/bookingRecord.js';
import type { ReplyLanguage } from '../../src/kb/schema.js';

export interface BookingDraft {
  consentedAt?: string;
  /** The language the person booked in: the clinic calls back in it when it can. */
  language?: ReplyLanguage;
  name?: string;
  phone?: string;
  /** null: the person chose not to give one. */
  email?: string | null;
  preferredTime?: PreferredTime;
  reason?: string;
  payer?: Payer;
  /** null: not asked (payer without claims) or skipped. */
  claimNumber?: string | null;
}

export type CompleteDraft = Required<BookingDraft>;

export function isComplete(draft: BookingDraft): draft is CompleteDraft {
  return Boolean(
    draft.consentedAt &&
      draft.language &&
      draft.name &&
      draft.phone &&
      draft.email !== undefined &&
      draft.preferredTime &&
      draft.reason &&
      draft.payer &&
      draft.claimNumber !== undefined,
  );
}
