// What one message means, read once per turn (src/understanding/understand.ts) and passed to whatever acts
// on it: the main dialog's route table, the booking dialog, the insights, the turn log, kb:test, the
// terminal chat and the Emulator's route trace. Pure data: no Bot Framework types.
import type { ReplyLanguage } from '../kb/schema.js';
import type { LanguageForm } from './language/detect.js';
import type { RememberedLanguage } from './language/choose.js';
import type { ExpectedDetail, FoundDetails } from './details/types.js';
import type { SafetyReading } from './safety/safetyReader.js';

/** A knowledge-base entry or another label ("booking"), with its calibrated confidence in [0, 1]. */
export interface Candidate {
  id: string;
  score: number;
}

/** Something the person does with the conversation itself rather than ask about IMS. */
export type ControlAct =
  | { act: 'yes' }
  | { act: 'no' }
  | { act: 'cancel' }
  | { act: 'help' }
  | { act: 'skip' }
  | { act: 'forget-me' }
  /** The button under a 911 reply that may not describe now. */
  | { act: 'not-emergency' }
  /** "Reply in Punjabi", a tap on ਪੰਜਾਬੀ / 中文 / English. */
  | { act: 'language'; language: ReplyLanguage }
  /** 👍 / 👎 on an answer. */
  | { act: 'feedback'; entryId: string; vote: 'up' | 'down' }
  /** A button of the booking's summary: confirm, or the detail to change. */
  | { act: 'change'; field: BookingField }
  | { act: 'continue-booking' };

export const BOOKING_FIELDS = ['name', 'phone', 'email', 'time', 'reason', 'payment'] as const;
export type BookingField = (typeof BOOKING_FIELDS)[number];

export type Intent =
  /** An FAQ or small-talk entry answers it. */
  | { kind: 'entry'; entryId: string }
  /** The person wants to come in. */
  | { kind: 'booking' }
  | { kind: 'control'; control: ControlAct }
  /** Torn between entries: "did you mean" one of these (best first). */
  | { kind: 'ambiguous'; entryIds: string[] }
  /** Nothing in the knowledge base answers it; `topic`: the out-of-scope topic it is about, if any. */
  | { kind: 'none'; topic?: string };

/** How the language was read: what the message is written in, and what the bot should reply in. */
export interface LanguageReading {
  /** en, pa-Guru, pa-Latn, hi-Latn, zh-Hans, zh-Hant, zh, ... or unknown for "ok", "👍" (see language/detect.ts). */
  written: LanguageForm | 'unknown';
  reply: ReplyLanguage;
  /** The reply language changed with this message (a person writing in another language, or a tap). */
  switched: boolean;
  /** Why this reply language, in a few words (route trace, tests). */
  why: string;
  /** The person asked for this language (a tap on ਪੰਜਾਬੀ, "reply in English"). */
  requested: boolean;
  /** What to remember for the next message (user state). */
  remember?: RememberedLanguage;
  /** Written in a language the bot does not speak (Hindi in Devanagari, Urdu, ...): the reply says which it speaks. */
  unsupported?: string;
}

export interface Reading {
  /** The message as typed, mention-stripped and cleaned of markup (what was read). */
  cleaned: string;
  language: LanguageReading;
  safety: SafetyReading;
  intent: Intent;
  /** Confidence of the intent, in [0, 1]. */
  confidence: number;
  /** The nearest entries, best first (at most 5): the choices a "did you mean" or a fallback offers. */
  alternatives: Candidate[];
  /** "and how many times?" after an answer about sessions: the entry the message was read against. */
  followUpOf?: string;
  /** Whether the message is shaped like a question (so it is not taken for an answer to a booking step). */
  isQuestion: boolean;
  /** Booking details found (read when a booking step waits for one, or the message asks to book). */
  details?: FoundDetails;
  /** The message is the label of one of the bot's own buttons: its words hold no details of their own. */
  tapped?: boolean;
}

/** What the conversation so far tells the reader (kept in conversation state between turns). */
export interface ReadingContext {
  /** The entry answered last, for follow-ups. */
  lastEntryId?: string;
  /** The booking step waiting for an answer. */
  expecting?: ExpectedDetail | 'consent' | 'review' | 'continue' | 'bookingOffer' | 'payerConfirm';
  /** The reply language remembered for this person (their choice, or their last clear message). */
  language?: RememberedLanguage;
  /** The channel's locale (Web Chat, Teams), e.g. "pa-IN". */
  channelLocale?: string;
  /** The entries offered last ("did you mean", related questions), so "the second one" or a tap is understood. */
  offered?: string[];
}

/** The label evaluation tools, the turn log and the Emulator trace use: an entry id, booking, emergency, ambiguous, none, or a control act. */
export function readingLabel(reading: Reading): string {
  if (reading.safety.outcome === 'emergency' || reading.safety.outcome === 'crisis') return 'emergency';
  const { intent } = reading;
  switch (intent.kind) {
    case 'entry':
      return intent.entryId;
    case 'control':
      return intent.control.act === 'language' ? 'language' : `control:${intent.control.act}`;
    default:
      return intent.kind;
  }
}
