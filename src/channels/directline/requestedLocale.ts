// The language a page asks for when it joins the chat (POST /api/directline/token with {"locale": "pa-IN"}):
// a well-formed BCP 47 tag, canonicalised, or nothing. Anything else is ignored: the chat still opens.

/** Longer than any real tag (pa-Guru-IN, zh-Hant-HK); keeps oddities out of tokens and activities. */
const MAX_LOCALE_CHARS = 35;

export function requestedLocale(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const value = (body as { locale?: unknown }).locale;
  if (typeof value !== 'string' || !value.trim() || value.length > MAX_LOCALE_CHARS) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    return undefined;
  }
}
