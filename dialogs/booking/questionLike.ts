// Tells a question ("wait, does it hurt?") from an answer ("my shoulder hurts"), so a question
// asked in the middle of the booking can be answered without mistaking answers for questions.
const FILLER = /^(?:(?:wait|oh|um+|uh+|hm+|sorry|also|and|but|so|ok(?:ay)?|btw|by the way|quick question|question|hey|hi)[\s,.:;!-]+)+/i;
const QUESTION_START =
  /^(?:what|what's|whats|why|how|when|where|who|which|whose|does|do|did|is|are|am|was|were|can|could|will|would|should|shall|may|might|has|have|isn't|aren't|doesn't|don't|won't)\b/i;

/** The question without its lead-in ("wait, does it hurt?" -> "does it hurt?"), for matching. */
export function withoutLeadIn(text: string): string {
  return text.trim().replace(FILLER, '');
}

export function isQuestionLike(text: string): boolean {
  const t = text.trim();
  if (t.endsWith('?')) return true;
  return QUESTION_START.test(withoutLeadIn(t));
}
