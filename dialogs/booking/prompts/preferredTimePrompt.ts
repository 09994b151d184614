// "Which days and times suit you?" in the person's own words, resolved against the clinic's clock.
import type { PreferredTime } from '../../../src/booking/bookingRecord.js';
import { readPreferredTime, type TimeReadingContext } from '../preferredTime.js';
import { FieldPrompt } from './fieldPrompt.js';

export const PREFERRED_TIME_PROMPT = 'preferredTimePrompt';

export class PreferredTimePrompt extends FieldPrompt<PreferredTime> {
  constructor(context: () => TimeReadingContext) {
    super(PREFERRED_TIME_PROMPT, (text) => readPreferredTime(text, context()));
  }
}
