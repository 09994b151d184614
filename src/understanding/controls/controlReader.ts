// Reads what people say to steer the conversation (knowledge/controls/<language>.yaml): yes, no, cancel,
// help, skip, "forget me", "continue my booking", and which language they name ("answer in Punjabi").
// Words are compared as written (not stemmed: "stop" must not be "stopped"), in every language form.
import type { ControlActName, ControlsFile, ReplyLanguage } from '../../kb/schema.js';
import type { Token } from '../text/tokens.js';
import { tokenize } from '../text/tokens.js';
import { emojiOf } from '../text/emoji.js';

/** Longest message (in words; Chinese: characters) a "starts" phrase may begin ("yes please go ahead"). */
const MAX_STARTS_WORDS = 6;
const MAX_STARTS_CHARS = 10;

/** A token as compared here: the written Latin word, the folded Gurmukhi word, the Chinese character. */
function word(token: Token): string {
  return token.script === 'latin' ? token.text : token.key;
}

/** Words joined with single spaces; Chinese characters joined without (a phrase's characters are typed together). */
function canonical(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const glue = !previous || (previous.script === 'han' && token.script === 'han') ? '' : ' ';
    out += glue + word(token);
  });
  return out;
}

/** A phrase with what matching it needs worked out once, not per message (read runs on every turn). */
interface Phrase {
  text: string;
  /** Chinese: found inside the text as typed; otherwise between word boundaries (` ${text} `). */
  han: boolean;
  /** `${text} ` and ` ${text} `. */
  prefix: string;
  padded: string;
}

interface ActPhrases {
  whole: Set<string>;
  starts: Phrase[];
  contains: Phrase[];
}

function phrase(text: string): Phrase {
  return { text, han: isHan(text), prefix: `${text} `, padded: ` ${text} ` };
}

export class ControlReader {
  private readonly acts = new Map<ControlActName, ActPhrases>();
  private readonly fillers: Array<{ text: string; before: string; after: string }> = [];
  private readonly languageNames: Array<{ name: Phrase; language: ReplyLanguage }> = [];
  private readonly languageWords: Phrase[] = [];
  /** "restaurant" in "a Persian restaurant": after a language's name, a people's or a place's. */
  private readonly notLanguageAfter = new Set<string>();
  /** "in Vietnamese", "in French": a language the bot does not reply in, asked for by name. */
  private readonly inAnotherLanguage: Phrase[] = [];
  /** "in punjabi", "in english": a reply language asked for by name. */
  private readonly inReplyLanguage: Array<{ name: Phrase; language: ReplyLanguage }> = [];

  constructor(files: readonly ControlsFile[]) {
    const key = (phrase: string) => canonical(tokenize(phrase));
    for (const file of files) {
      this.fillers.push(...file.fillers.map(key).filter(Boolean).map((text) => ({ text, before: `${text} `, after: ` ${text}` })));
      for (const [act, phrases] of Object.entries(file.acts) as Array<[ControlActName, NonNullable<ControlsFile['acts'][ControlActName]>]>) {
        const entry = this.acts.get(act) ?? { whole: new Set<string>(), starts: [], contains: [] };
        // An emoji ("👍") has no words: it is kept as itself, for a message of emoji alone.
        for (const phrase of phrases.whole) entry.whole.add(key(phrase) || emojiOf(phrase).join(''));
        entry.starts.push(...phrases.starts.map(key).map(phrase));
        entry.contains.push(...phrases.contains.map(key).map(phrase));
        this.acts.set(act, entry);
      }
      for (const [language, names] of Object.entries(file.languageNames) as Array<[ReplyLanguage, string[] | undefined]>) {
        for (const name of names ?? []) this.languageNames.push({ name: phrase(key(name)), language });
      }
      this.languageWords.push(...file.languageWords.map(key).filter(Boolean).map(phrase));
      for (const word of file.notLanguageAfter) this.notLanguageAfter.add(key(word));
    }
    this.inAnotherLanguage.push(...this.languageWords.filter((name) => !name.han).map((name) => phrase(`in ${name.text}`)));
    this.inReplyLanguage.push(...this.languageNames.filter(({ name }) => !name.han).map(({ name, language }) => ({ name: phrase(`in ${name.text}`), language })));
    // Longest fillers first: "thank you" before "thank".
    this.fillers.sort((a, b) => b.text.length - a.text.length);
  }

  /** The control acts the message says, most specific first (forget-me, cancel, help, skip, no, yes, continue). */
  read(tokens: readonly Token[], text = ''): ControlActName[] {
    const whole = tokens.length ? canonical(tokens) : emojiOf(text).join('');
    if (!whole) return [];
    const padded = ` ${whole} `;
    const trimmed = this.withoutFillers(whole);
    const short = tokens.some((t) => t.script === 'han') ? tokens.length <= MAX_STARTS_CHARS : tokens.length <= MAX_STARTS_WORDS;
    const found: ControlActName[] = [];
    for (const act of ['forget-me', 'cancel', 'help', 'skip', 'no', 'yes', 'continue-booking', 'change-name', 'change-phone', 'change-email', 'change-time', 'change-reason', 'change-payment'] as const) {
      const phrases = this.acts.get(act);
      if (!phrases) continue;
      const hit =
        phrases.whole.has(trimmed) ||
        phrases.whole.has(whole) ||
        (short && phrases.starts.some((p) => startsWithPhrase(trimmed, p))) ||
        phrases.contains.some((p) => containsPhrase(whole, padded, p));
      if (hit) found.push(act);
    }
    // "no thanks" is also a "thanks"; "yes but no" says nothing: a message that is both yes and no is neither.
    if (found.includes('yes') && found.includes('no')) return found.filter((act) => act !== 'yes' && act !== 'no');
    return found;
  }

  /**
   * Whether the message talks about languages other than the reply languages ("is there a French version?", "what
   * languages"), not about a people's food or a place ("any good Persian restaurant near Scott Road?").
   */
  talksAboutLanguage(tokens: readonly Token[]): boolean {
    const whole = canonical(tokens);
    const padded = ` ${whole} `;
    return this.languageWords.some((word) => (word.han ? whole.includes(word.text) : this.namesLanguageIn(padded, word)));
  }

  /** Whether the word appears once at least as a language's name, not before a word that makes it an adjective. */
  private namesLanguageIn(padded: string, word: Phrase): boolean {
    for (let at = padded.indexOf(word.padded); at >= 0; at = padded.indexOf(word.padded, at + 1)) {
      const next = padded.slice(at + word.padded.length).split(' ', 1)[0] ?? '';
      if (!this.notLanguageAfter.has(next)) return true;
    }
    return false;
  }

  /** Whether the message asks for a language by name after "in" ("talk to me in French", "explain in Punjabi for my dad"). */
  asksInALanguage(tokens: readonly Token[]): boolean {
    const whole = canonical(tokens);
    const padded = ` ${whole} `;
    // Most messages have no "in": they cost one search, not one per language.
    if (!padded.includes(' in ')) return false;
    return this.inAnotherLanguage.some((words) => containsPhrase(whole, padded, words)) || this.inReplyLanguage.some(({ name }) => containsPhrase(whole, padded, name));
  }

  /**
   * The reply language the message names ("can you answer in Punjabi", "中文"), if exactly one and no other language
   * is asked for ("explain it in Vietnamese for my mom, her English is not good" names English, and asks for
   * Vietnamese).
   */
  namedLanguage(tokens: readonly Token[]): ReplyLanguage | undefined {
    const whole = canonical(tokens);
    const padded = ` ${whole} `;
    if (padded.includes(' in ')) {
      if (this.inAnotherLanguage.some((words) => containsPhrase(whole, padded, words))) return undefined;
      // "explain in Punjabi for my dad, his English is weak": the language it is asked in.
      const askedIn = new Set(this.inReplyLanguage.filter(({ name }) => containsPhrase(whole, padded, name)).map(({ language }) => language));
      if (askedIn.size === 1) return [...askedIn][0];
    }
    const named = new Set(this.languageNames.filter(({ name }) => containsPhrase(whole, padded, name)).map(({ language }) => language));
    return named.size === 1 ? [...named][0] : undefined;
  }

  private withoutFillers(text: string): string {
    let current = text;
    for (let changed = true; changed; ) {
      changed = false;
      for (const filler of this.fillers) {
        if (current === filler.text) continue;
        if (current.startsWith(filler.before)) {
          current = current.slice(filler.text.length + 1);
          changed = true;
        } else if (current.endsWith(filler.after)) {
          current = current.slice(0, -filler.text.length - 1);
          changed = true;
        }
      }
    }
    return current;
  }
}

function startsWithPhrase(text: string, phrase: Phrase): boolean {
  return phrase.text !== '' && (text === phrase.text || text.startsWith(phrase.prefix) || (phrase.han && text.startsWith(phrase.text)));
}

/** `padded`: the text with a space either side (made once per message). */
function containsPhrase(text: string, padded: string, phrase: Phrase): boolean {
  if (phrase.text === '') return false;
  if (phrase.han) return text.includes(phrase.text);
  return padded.includes(phrase.padded);
}

function isHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
