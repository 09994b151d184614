// The contract of the details reader: what it is given and what it finds. Pure data, no Bot
// Framework types, so the dialogs, the CLI tools and the tests share one shape.
import type { PreferredTime } from '../../booking/bookingRecord.js';
import type { Payer } from '../../booking/bookingRecord.js';
import type { ReplyLanguage } from '../../kb/schema.js';

/** The bot's reply language; the text itself may be in any of these languages or a mix. */
export type DetailsLanguage = ReplyLanguage;

/** The booking question the bot has just asked: a bare answer ("Jane Doe", "tomorrow") then counts. */
export const EXPECTED_DETAILS = ['name', 'phone', 'email', 'time', 'reason', 'payer', 'claimNumber'] as const;
export type ExpectedDetail = (typeof EXPECTED_DETAILS)[number];

/** Fields a person may decline ("skip", "no email", "ਨਹੀਂ", "不用"). */
export const OPTIONAL_DETAILS = ['email', 'claimNumber'] as const;
export type OptionalDetail = (typeof OPTIONAL_DETAILS)[number];

export interface DetailsContext {
  language: DetailsLanguage;
  /** The current instant; times are resolved against it, on the clinic's wall clock. */
  now: Date;
  /** The clinic's IANA time zone, e.g. America/Vancouver. */
  timeZone: string;
  expecting?: ExpectedDetail;
}

/** Where a detail was found: offsets into the message as given, and those characters (control characters shown as spaces). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface FoundName {
  /** As typed, without lead-ins ("my name is", "我叫", "ਮੇਰਾ ਨਾਮ ... ਹੈ") and surrounding punctuation. */
  value: string;
  /** False for a single word ("Mike", "ਹਰਪ੍ਰੀਤ", "陈"): the dialog asks for the full name. */
  complete: boolean;
  span: Span;
}

export interface FoundPhone {
  /** +16045550123 */
  e164: string;
  /** +1 604 555 0123, for reading back to the person. */
  display: string;
  span: Span;
}

export interface FoundEmail {
  value: string;
  span: Span;
}

/** A preferred time as the booking record stores it (`text`, `resolved`, `flexible`, `timeZone`), plus where it was found. */
export interface FoundPreferredTime extends PreferredTime {
  span: Span;
}

export interface FoundReason {
  value: string;
  span: Span;
}

/** What the person said about paying ("not-sure" included: the clinic sorts it out when it calls back). */
export type PayerReading = Payer;

export interface FoundPayer {
  /** null when the person only named MSP (MSP does not cover IMS: the dialog explains and asks again). */
  value: PayerReading | null;
  /** Guessed from a story ("car accident", "hurt at work", "insurance") rather than named: the dialog confirms it. */
  inferred: boolean;
  /** They named MSP (medical services plan, care card, 医保 ...). */
  msp: boolean;
  span: Span;
}

export interface FoundClaimNumber {
  /** Letters, digits, hyphens (and slashes) as typed, upper-cased: "RA-123-4567". */
  value: string;
  span: Span;
}

export interface FoundSkip {
  /** The optional field the person declined. */
  field: OptionalDetail;
  span: Span;
}

export type NameProblem = 'empty' | 'looks-like-email' | 'looks-like-phone' | 'question' | 'too-long' | 'not-letters' | 'too-short' | 'not-a-name';
export type PhoneProblem = 'no-digits' | 'too-short' | 'too-long' | 'outside-north-america' | 'invalid';
export type EmailProblem = 'not-an-email' | 'malformed' | 'control-characters';
export type TimeProblem = 'no-time' | 'too-long' | 'in-the-past';
export type ReasonProblem = 'too-long' | 'too-short';
export type PayerProblem = 'no-payer' | 'ambiguous';
export type ClaimNumberProblem = 'no-claim-number';
export type DetailProblem = NameProblem | PhoneProblem | EmailProblem | TimeProblem | ReasonProblem | PayerProblem | ClaimNumberProblem;

/** A field reader's verdict: the value, or why it could not be read (the dialog words the re-ask per language). */
export type FieldReading<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P };

export interface FoundDetails {
  name?: FoundName;
  phone?: FoundPhone;
  email?: FoundEmail;
  preferredTime?: FoundPreferredTime;
  reason?: FoundReason;
  payer?: FoundPayer;
  claimNumber?: FoundClaimNumber;
  skip?: FoundSkip;
  /** The answer to `expecting` could not be read, and why (absent when it was read or declined). */
  unreadable?: { field: ExpectedDetail; problem: DetailProblem };
}
