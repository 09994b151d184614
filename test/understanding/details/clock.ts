// Fixed clocks for the details tests, in the clinic's zone (America/Vancouver, UTC-8 in November).
import type { DetailsContext } from '../../../src/understanding/details/index.js';

export const TIME_ZONE = 'America/Vancouver';
/** Monday 24 November 2025, 10:00 in Vancouver (the old booking tests' clock). */
export const MONDAY_10AM = new Date('2025-11-24T18:00:00Z');
/** Wednesday 26 November 2025, 08:28 in Vancouver: the morning of issue 11's "wednesday morning". */
export const WEDNESDAY_0828 = new Date('2025-11-26T16:28:00Z');

export function context(overrides: Partial<DetailsContext> = {}): DetailsContext {
  return { language: 'en', now: MONDAY_10AM, timeZone: TIME_ZONE, ...overrides };
}
