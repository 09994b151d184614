// Emoji as a message's only content ("👍", "🙏🙏", "👍🏽"): one form to compare, whatever the skin tone,
// presentation selector or repetition.
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Skin tones and the emoji / text presentation selectors: "👍🏽" and "❤" mean what "👍" and "❤️" do. */
const VARIANTS = /[\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F/gu;

/** The distinct emoji of a text, each without its variants, in order of first appearance. */
export function emojiOf(text: string): string[] {
  const out = new Set<string>();
  for (const { segment } of graphemes.segment(text.replace(/\s+/gu, ''))) out.add(segment.replace(VARIANTS, ''));
  return [...out];
}
