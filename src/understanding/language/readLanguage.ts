// The language part of a reading: what the message is written in (detectLanguage), whether it asks for a
// language (a tap, "reply in Punjabi"), and which language to reply in (chooseReplyLanguage), from the
// person's remembered choice and the channel's locale.
import type { LanguageReading, ReadingContext } from '../reading.js';
import { chooseReplyLanguage } from './choose.js';
import { detectLanguage } from './detect.js';
import { defaultLanguageKit } from './kit.js';
import { readLanguageRequest } from './requests.js';

/** Booking steps whose answer is a detail ("Gurpreet Kaur", "陈大文"): it never switches the language. */
const DETAIL_STEPS: ReadonlySet<ReadingContext['expecting']> = new Set(['name', 'phone', 'email', 'time', 'reason', 'claimNumber']);

const NON_LATIN_LABEL = /[\p{Script=Gurmukhi}\p{Script=Han}]/u;

export function readLanguage(cleaned: string, context: ReadingContext, { isButton = false }: { isButton?: boolean } = {}): LanguageReading {
  const kit = defaultLanguageKit();
  const detected = detectLanguage(cleaned, kit);
  const explicit = readLanguageRequest(cleaned);
  const decision = chooseReplyLanguage({
    detected,
    ...(context.channelLocale ? { channelLocale: context.channelLocale } : {}),
    ...(context.language ? { remembered: context.language } : {}),
    ...(explicit ? { explicit } : {}),
    // An English label can be a fallback under a Punjabi or Chinese reply (an untranslated title): tapping it
    // keeps the language. A label in Gurmukhi or Chinese is that language, tapped or typed.
    answersPrompt: (isButton && !NON_LATIN_LABEL.test(cleaned)) || DETAIL_STEPS.has(context.expecting),
  });
  return {
    written: detected.form,
    reply: decision.language,
    switched: decision.switched,
    why: decision.why,
    requested: explicit !== undefined,
    ...(decision.remember ? { remember: decision.remember } : {}),
    ...(decision.unsupported ? { unsupported: decision.unsupported } : {}),
  };
}
