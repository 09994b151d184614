// The booking request as the clinic receives it: one zod schema checked at the store's boundary,
// so a record that reaches the database, the e-mail or the webhook always has this shape.
import { REPLY_LANGUAGES } from '../kb/schema.js';
import { isEmail } from './isEmail.js';
import { refuseControlCharacters } from '../security/controlCharacters.js';
import { z } from 'zod-v4';

/**
 * How the visit will be paid. MSP is not here: MSP does not cover IMS (the dialog explains and re-asks).
 * "not-sure": the person does not know yet; the clinic sorts it out when it calls back.
 */
export const PAYERS = ['extended-health', 'icbc', 'worksafebc', 'self-pay', 'not-sure'] as const;
export type Payer = (typeof PAYERS)[number];

/** For staff (e-mail, the staff page, the CLI): English. */
export const PAYER_LABELS: Record<Payer, string> = {
  'extended-health': 'Extended health plan',
  icbc: 'ICBC claim',
  worksafebc: 'WorkSafeBC claim',
  'self-pay': 'Self-pay',
  'not-sure': 'Not sure yet',
};

/** Payers whose claims have a number the clinic can use. */
export const PAYERS_WITH_CLAIM: readonly Payer[] = ['icbc', 'worksafebc'];

/** Reference numbers: "NPC-" and 6 characters without look-alikes (no 0/O, 1/I/L). */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const referenceSchema = z.string().regex(/^NPC-[2-9A-HJKMNP-Z]{6}$/, 'a reference looks like NPC-7K3F9Q');

const isoDateTime = z.iso.datetime({ offset: true });

/** One reading of the person's words by the date-time recognizer (wall-clock values in the clinic's time zone). */
export const resolvedTimeSchema = z
  .object({
    type: z.string(),
    timex: z.string().optional(),
    value: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    mod: z.string().optional(),
  })
  .strict();
export type ResolvedTime = z.infer<typeof resolvedTimeSchema>;

export const preferredTimeSchema = z
  .object({
    /** The person's own words, kept as typed: staff read these first. */
    text: z.string().trim().min(1).max(200),
    resolved: z.array(resolvedTimeSchema).max(20),
    /** "anytime", "I'm flexible". */
    flexible: z.boolean(),
    /** Time zone the resolved values are in (the clinic's). */
    timeZone: z.string().min(1),
  })
  .strict();
export type PreferredTime = z.infer<typeof preferredTimeSchema>;

/** The languages the bot speaks. Records written before languages existed have none: they were in English. */
export const BOOKING_LANGUAGES = REPLY_LANGUAGES;
export type BookingLanguage = (typeof BOOKING_LANGUAGES)[number];
/** How staff lists name a booking's language (the clinic calls back in it when it can). */
export const LANGUAGE_LABELS: Record<BookingLanguage, string> = { en: 'English', pa: 'Punjabi', 'zh-Hans': 'Chinese (Simplified)', 'zh-Hant': 'Chinese (Traditional)' };

/** Where the front desk is with a request: new, called the person back, done. */
export const BOOKING_STATUSES = ['new', 'called-back', 'handled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const STATUS_LABELS: Record<BookingStatus, string> = { new: 'New', 'called-back': 'Called back', handled: 'Handled' };

/** email and webhook from configuration; teams: the optional post into the staff channel (src/channels/teams/bookingHandOff.ts). */
export const NOTIFICATION_CHANNELS = ['email', 'webhook', 'teams'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];

export const notificationStatusSchema = z
  .object({
    status: z.enum(['pending', 'sent', 'failed']),
    attempts: z.number().int().min(0),
    lastError: z.string().max(500).optional(),
    lastAttemptAt: isoDateTime.optional(),
    /** When the retrier tries again; absent on a failed delivery means it has given up. */
    nextAttemptAt: isoDateTime.optional(),
  })
  .strict();
export type NotificationStatus = z.infer<typeof notificationStatusSchema>;

export const bookingRecordSchema = z
  .object({
    reference: referenceSchema,
    createdAt: isoDateTime,
    /** When the person agreed that these details may be collected. */
    consentedAt: isoDateTime,
    name: z.string().trim().min(2).max(100),
    phone: z.string().regex(/^\+[1-9]\d{6,14}$/, 'phone numbers are stored in E.164, e.g. +16045550123'),
    email: z
      .string()
      .max(254)
      .refine((v) => isEmail(v), 'not an e-mail address')
      .nullable(),
    preferredTime: preferredTimeSchema,
    reason: z.string().trim().min(1).max(300),
    payer: z.enum(PAYERS),
    claimNumber: z.string().trim().min(1).max(40).nullable(),
    /** The language the person booked in; absent on records from before languages: read as 'en' (languageOf). */
    language: z.enum(BOOKING_LANGUAGES).optional(),
    status: z.enum(BOOKING_STATUSES),
    calledBackAt: isoDateTime.optional(),
    handledAt: isoDateTime.optional(),
    /** The front desk's own notes (the staff page); never sent to the clinic's e-mail or webhook. */
    notes: z.string().max(4000).optional(),
    notifications: z
      .object({ email: notificationStatusSchema.optional(), webhook: notificationStatusSchema.optional(), teams: notificationStatusSchema.optional() })
      .strict(),
    channelId: z.string().max(100),
    /** sha256 of channel + conversation id: ties a retry of the same confirmation to one record, without storing the id. */
    conversationHash: z.string().max(64),
  })
  .strict();
export type BookingRecord = z.infer<typeof bookingRecordSchema>;

/**
 * What a store accepts as a new request: no line breaks or other control characters in the
 * details (they would forge lines in the staff e-mail). Delivery errors may span lines; records
 * stored before this rule stay readable.
 */
export const newBookingRecordSchema = bookingRecordSchema.superRefine(({ notifications: _deliveryBookkeeping, ...details }, ctx) =>
  refuseControlCharacters(details, ctx),
);

export function languageOf(record: Pick<BookingRecord, 'language'>): BookingLanguage {
  return record.language ?? 'en';
}

/** What the clinic's systems receive (e-mail, webhook): the record without the bot's delivery bookkeeping and staff notes. */
export type BookingForClinic = Omit<BookingRecord, 'notifications' | 'notes'>;
export function bookingForClinic(record: BookingRecord): BookingForClinic {
  const { notifications: _notifications, notes: _notes, ...rest } = record;
  return rest;
}
