// The booking details in a message, in English, Punjabi and Chinese: pure functions, no Bot
// Framework types, no I/O. `findDetails` reads a whole message; the field readers check one answer.
export { findDetails, MAX_DETAILS_CHARS } from './findDetails.js';
export { readName, isCompleteName } from './name.js';
export { readPhone } from './phone.js';
export { readEmail } from './email.js';
export { readClaimNumber } from './claimNumber.js';
export { readPayer } from './payer.js';
export { readReason, MAX_REASON_CHARS } from './reason.js';
export { readPreferredTime, MAX_TIME_CHARS, type TimeContext } from './time/preferredTime.js';
export * from './types.js';
