// Control characters (Unicode Cc: C0, DEL, C1) and the Unicode line and paragraph separators in
// what a person typed. In the staff e-mail a CR/LF starts a new line, so '"x\r\nBcc: y"@example.com'
// wrote a fake "Bcc:" line into it; in `npm run bookings` an escape sequence drives the terminal.
// Typed text is made plain once, as it arrives (PlainTextMiddleware); the booking record and the
// e-mail check refuse what is left, so nothing else can bring them in.
import type { Middleware, TurnContext } from 'botbuilder';
import type { z } from 'zod-v4';

const CONTROL = /[\p{Cc}\u2028\u2029]/u;
/** Line breaks, tabs and the other controls that separate words: one space instead. */
const SPACING_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const OTHER_CONTROLS = /\p{Cc}/gu;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** The text with line breaks and tabs as single spaces and every other control character removed. */
export function withoutControlCharacters(text: string): string {
  return CONTROL.test(text) ? text.replace(SPACING_CONTROLS, ' ').replace(OTHER_CONTROLS, '') : text;
}

/** zod refinement: an issue for every string (at any depth) holding a control character. */
export function refuseControlCharacters(value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    if (hasControlCharacters(value)) ctx.addIssue({ code: 'custom', path, message: 'control characters (line breaks, tabs, ...) are not allowed' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => refuseControlCharacters(item, ctx, [...path, i]));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) refuseControlCharacters(item, ctx, [...path, key]);
  }
}

/** Makes the text of every incoming message plain before the bot reads it. */
export class PlainTextMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (typeof activity.text === 'string') activity.text = withoutControlCharacters(activity.text);
    await next();
  }
}
