// What the Router decides about one message. Pure data: no Bot Framework types, so the bot,
// `kb:test`, the terminal chat and the Emulator trace all share one decision.
import type { Entry, OutOfScopeTopic } from '../kb/schema.js';
import type { SafetyReading } from '../understanding/safety/safetyReader.js';

export interface Candidate {
  /** Entry id, or 'booking'. */
  id: string;
  /** Calibrated confidence in [0, 1]. */
  score: number;
}

interface RouteBase {
  /** Calibrated confidence of the decision, in [0, 1]. */
  score: number;
  /** Best candidates, best first (at most 5). */
  candidates: Candidate[];
  /** The message after mention-stripping and clean-up (what was matched). */
  cleaned: string;
  /** What the safety check read (calm for most messages; urgent and caution add to the reply). */
  safety: SafetyReading;
}

export type Route =
  | (RouteBase & { kind: 'emergency'; label: 'emergency' })
  | (RouteBase & { kind: 'booking'; label: 'booking' })
  | (RouteBase & { kind: 'answer'; label: string; entry: Entry })
  | (RouteBase & { kind: 'ambiguous'; label: 'ambiguous'; choices: Entry[] })
  | (RouteBase & { kind: 'none'; label: 'none'; topic?: OutOfScopeTopic });

/** Safety first, then booking intent, then FAQ / small talk, else an honest fallback. */
export interface Router {
  /** `ignoreEmergency`: the person said it is not an emergency; the message is answered as a question. */
  route(text: string, options?: { ignoreEmergency?: boolean }): Route;
}
