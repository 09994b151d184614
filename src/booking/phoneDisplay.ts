// Stored phone numbers are E.164 (+16045550123); people read them grouped (+1 604 555 0123).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export function formatPhoneForPeople(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
