// Messages made only of emoji ("👍", "🙏🙏", "👋"): they give the ranker and the classifier no words, so the
// knowledge base's small-talk entries list the emoji that mean them (knowledge/smalltalk.yaml, `emoji`).
import type { Entry } from '../../kb/schema.js';
import { emojiOf } from '../text/emoji.js';

export class EmojiReader {
  private readonly meanings = new Map<string, string>();

  constructor(entries: readonly Pick<Entry, 'id' | 'emoji'>[]) {
    for (const entry of entries) for (const emoji of entry.emoji) for (const one of emojiOf(emoji)) this.meanings.set(one, entry.id);
  }

  /** The entry a message of emoji alone means, when every one of them means the same entry. */
  read(text: string): string | undefined {
    const meant = new Set(emojiOf(text).map((emoji) => this.meanings.get(emoji)));
    return meant.size === 1 ? [...meant][0] : undefined;
  }
}
