// Stored phone numbers are E.164 (+16045550123); people read them grouped (+1 604 555 0123).
import { phoneNumbers } from './phoneNumbers.js';

export function formatPhoneForPeople(e164: string): string {
  return phoneNumbers().parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
