// Control phrases ("forget my data", "in french", "中文") found in a message by their words: each phrase is filed
// under one of its words (its longest, or its first Chinese character), and a message looks up only the phrases
// filed under words it has, instead of trying all of them (several hundred, on every turn).
import type { Token } from '../text/tokens.js';

/** A phrase with what matching it needs worked out once, not per message. */
export interface Phrase {
  text: string;
  /** Chinese: found inside the text as typed; otherwise between word boundaries (` ${text} `). */
  han: boolean;
  /** `${text} ` and ` ${text} `. */
  prefix: string;
  padded: string;
}

/** A message as phrases are compared with it, worked out once per message. */
export interface MessageText {
  /** Words joined with single spaces, Chinese characters without. */
  whole: string;
  /** ` ${whole} `. */
  padded: string;
  words: ReadonlySet<string>;
}

const HAN = /\p{Script=Han}/u;

/** A token as compared here: the written Latin word, the folded Gurmukhi word, the Chinese character. */
export function word(token: Token): string {
  return token.script === 'latin' ? token.text : token.key;
}

/** Words joined with single spaces; Chinese characters joined without (a phrase's characters are typed together). */
export function canonical(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const glue = !previous || (previous.script === 'han' && token.script === 'han') ? '' : ' ';
    out += glue + word(token);
  });
  return out;
}

export function phrase(text: string): Phrase {
  return { text, han: HAN.test(text), prefix: `${text} `, padded: ` ${text} ` };
}

// The reading passes one token array to several questions about the same message.
const texts = new WeakMap<readonly Token[], MessageText>();

export function messageText(tokens: readonly Token[]): MessageText {
  let text = texts.get(tokens);
  if (!text) {
    const whole = canonical(tokens);
    text = { whole, padded: ` ${whole} `, words: new Set(tokens.map(word)) };
    texts.set(tokens, text);
  }
  return text;
}

/** Whether the message holds the phrase (Chinese inside the text, anything else between word boundaries). */
export function containsPhrase(text: MessageText, phrase: Phrase): boolean {
  if (phrase.text === '') return false;
  return phrase.han ? text.whole.includes(phrase.text) : text.padded.includes(phrase.padded);
}

function filedUnder(phrase: Phrase): string {
  if (phrase.han) return HAN.exec(phrase.text)?.[0] ?? phrase.text;
  return phrase.text.split(' ').reduce((longest, w) => (w.length > longest.length ? w : longest), '');
}

/** Phrases, each with what it stands for, looked up by the words of a message. */
export class PhraseList<T> {
  private readonly byWord = new Map<string, Array<{ phrase: Phrase; value: T }>>();

  add(phrase: Phrase, value: T): void {
    if (phrase.text === '') return;
    const key = filedUnder(phrase);
    const list = this.byWord.get(key);
    if (list) list.push({ phrase, value });
    else this.byWord.set(key, [{ phrase, value }]);
  }

  /** What the phrases the message holds stand for (a phrase at most once, whatever its words). */
  found(text: MessageText): T[] {
    return this.matching(text).map(({ value }) => value);
  }

  /** The phrases the message holds. */
  foundPhrases(text: MessageText): Phrase[] {
    return this.matching(text).map(({ phrase }) => phrase);
  }

  has(text: MessageText): boolean {
    return this.matching(text, true).length > 0;
  }

  /** The entries whose phrases the message holds (`first`: stop at the first). */
  private matching(text: MessageText, first = false): Array<{ phrase: Phrase; value: T }> {
    const out: Array<{ phrase: Phrase; value: T }> = [];
    for (const w of text.words) {
      for (const entry of this.byWord.get(w) ?? []) {
        if (!containsPhrase(text, entry.phrase)) continue;
        out.push(entry);
        if (first) return out;
      }
    }
    return out;
  }
}
