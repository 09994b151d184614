// The clinic's own contact details, for every way out of the booking. Only filled-in fields are
// shown (config/clinic.yaml placeholders are empty strings); with none, the front desk is named
// without inventing a number.
import type { Clinic } from '../kb/schema.js';

export function clinicContactSentence(clinic: Clinic): string {
  const ways: string[] = [];
  if (clinic.phone.trim()) ways.push(`call ${clinic.phone.trim()}`);
  if (clinic.email.trim()) ways.push(`e-mail ${clinic.email.trim()}`);
  if (clinic.bookingUrl.trim()) ways.push(`book online at ${clinic.bookingUrl.trim()}`);
  else if (clinic.website.trim()) ways.push(`visit ${clinic.website.trim()}`);
  if (!ways.length) return `The front desk at ${clinic.name} can help you directly by phone or through the clinic's website.`;
  const list = ways.length === 1 ? ways[0] : `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}`;
  return `You can reach ${clinic.name} directly: ${list}.`;
}
