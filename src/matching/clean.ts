// First pass over a raw chat message: what a person wrote, without channel markup.
// Teams wraps mentions in <at>...</at> and some clients send HTML; links carry no meaning for matching.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Removes mentions, HTML, links and control characters; collapses whitespace. */
export function cleanMessage(raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[<&\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]|https?:|www\./i.test(raw)) return raw.replace(/\s+/g, ' ').trim();
  return (
    raw
      .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
      // Script and style bodies are code, not words the person meant.
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/gi, (_, name: string) => ENTITIES[name.toLowerCase()] ?? ' ')
      .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
