// Reads what people say to steer the conversation (knowledge/controls/<language>.yaml): yes, no, cancel,
// help, skip, "forget me", "continue my booking", and which language they name ("answer in Punjabi").
// Words are compared as written (not stemmed: "stop" must not be "stopped"), in every language form.
import type { ControlActName, ControlsFile, ReplyLanguage } from '../../kb/schema.js';
import type { Token } from '../text/tokens.js';
import { tokenize } from '../text/tokens.js';
import { emojiOf } from '../text/emoji.js';
import { canonical, messageText, phrase, PhraseList, type MessageText, type Phrase } from './phraseList.js';

/** Longest message (in words; Chinese: characters) a "starts" phrase may begin ("yes please go ahead"). */
const MAX_STARTS_WORDS = 6;
const MAX_STARTS_CHARS = 10;

interface ActPhrases {
  whole: Set<string>;
  starts: Phrase[];
  contains: PhraseList<true>;
}

/** "speak" as people say it of a language. */
const SPEAK_WORDS: ReadonlySet<string> = new Set(['speak', 'speaks', 'speaking', 'spoken']);

export class ControlReader {
  private readonly acts = new Map<ControlActName, ActPhrases>();
  private readonly fillers: Array<{ text: string; before: string; after: string }> = [];
  private readonly languageNames = new PhraseList<ReplyLanguage>();
  private readonly languageWords = new PhraseList<true>();
  /** "restaurant" in "a Persian restaurant": after a language's name, a people's or a place's. */
  private readonly notLanguageAfter = new Set<string>();
  /** "physio", "front desk": the clinic's people (see asksWhatStaffSpeak). */
  private readonly staffWords = new PhraseList<true>();
  /** "nail" in "nail polish": before a word that can name a language, another word. */
  private readonly notLanguageBefore = new Set<string>();
  /** "in Vietnamese", "in French": a language the bot does not reply in, asked for by name. */
  private readonly inAnotherLanguage = new PhraseList<true>();
  /** "in punjabi", "in english": a reply language asked for by name. */
  private readonly inReplyLanguage = new PhraseList<ReplyLanguage>();

  constructor(files: readonly ControlsFile[]) {
    const key = (phrase: string) => canonical(tokenize(phrase));
    for (const file of files) {
      this.fillers.push(...file.fillers.map(key).filter(Boolean).map((text) => ({ text, before: `${text} `, after: ` ${text}` })));
      for (const [act, phrases] of Object.entries(file.acts) as Array<[ControlActName, NonNullable<ControlsFile['acts'][ControlActName]>]>) {
        const entry = this.acts.get(act) ?? { whole: new Set<string>(), starts: [], contains: new PhraseList<true>() };
        // An emoji ("👍") has no words: it is kept as itself, for a message of emoji alone.
        for (const phrase of phrases.whole) entry.whole.add(key(phrase) || emojiOf(phrase).join(''));
        entry.starts.push(...phrases.starts.map(key).map(phrase));
        for (const text of phrases.contains) entry.contains.add(phrase(key(text)), true);
        this.acts.set(act, entry);
      }
      for (const [language, names] of Object.entries(file.languageNames) as Array<[ReplyLanguage, string[] | undefined]>) {
        for (const name of names ?? []) {
          const named = phrase(key(name));
          this.languageNames.add(named, language);
          if (!named.han) this.inReplyLanguage.add(phrase(`in ${named.text}`), language);
        }
      }
      for (const text of file.languageWords) {
        const word = phrase(key(text));
        this.languageWords.add(word, true);
        // "in Yoruba", "do you speak Yoruba", "anyone speak Yoruba": a language the bot does not speak, asked for (not
        // "we speak Yoruba at home").
        if (!word.han) for (const asked of ['in', 'you speak', 'anyone speak']) this.inAnotherLanguage.add(phrase(`${asked} ${word.text}`), true);
      }
      for (const word of file.notLanguageAfter) this.notLanguageAfter.add(key(word));
      for (const word of file.notLanguageBefore) this.notLanguageBefore.add(key(word));
      for (const word of file.staffWords) this.staffWords.add(phrase(key(word)), true);
    }
    // Longest fillers first: "thank you" before "thank".
    this.fillers.sort((a, b) => b.text.length - a.text.length);
  }

  /**
   * The control acts the message says, most specific first (forget-me, cancel, help, skip, no, yes, continue);
   * `wholeOnly`: only those that are all of the message, fillers aside.
   */
  read(tokens: readonly Token[], text = '', { wholeOnly = false }: { wholeOnly?: boolean } = {}): ControlActName[] {
    const message = messageText(tokens);
    const whole = tokens.length ? message.whole : emojiOf(text).join('');
    if (!whole) return [];
    const trimmed = this.withoutFillers(whole);
    const isWhole = (phrases: ActPhrases) => phrases.whole.has(trimmed) || phrases.whole.has(whole);
    const short = !wholeOnly && (tokens.some((t) => t.script === 'han') ? tokens.length <= MAX_STARTS_CHARS : tokens.length <= MAX_STARTS_WORDS);
    const found: ControlActName[] = [];
    for (const act of ['forget-me', 'cancel', 'help', 'skip', 'no', 'yes', 'continue-booking', 'change-name', 'change-phone', 'change-email', 'change-time', 'change-reason', 'change-payment'] as const) {
      const phrases = this.acts.get(act);
      if (!phrases) continue;
      const hit =
        isWhole(phrases) ||
        (short && phrases.starts.some((p) => startsWithPhrase(trimmed, p))) ||
        (!wholeOnly && phrases.contains.has(message));
      if (hit) found.push(act);
    }
    // "no thanks" is also a "thanks"; "yes but no" says nothing: a message that is both yes and no is neither.
    if (found.includes('yes') && found.includes('no')) return found.filter((act) => act !== 'yes' && act !== 'no');
    return found;
  }

  /** The acts the whole message is, fillers aside ("ok let me think about it"), at any length: none it only begins with. */
  wholeActs(tokens: readonly Token[]): ControlActName[] {
    return this.read(tokens, '', { wholeOnly: true });
  }

  /**
   * Whether the message talks about languages other than the reply languages ("is there a French version?", "what
   * languages"), not about a people's food or a place ("any good Persian restaurant near Scott Road?").
   */
  talksAboutLanguage(tokens: readonly Token[]): boolean {
    const message = messageText(tokens);
    return this.languageWords.foundPhrases(message).some((word) => word.han || this.namesLanguageIn(message, word));
  }

  /**
   * Whether the word appears once at least as a language's name: not before a word that makes it an adjective, nor
   * after one that makes it another word.
   */
  private namesLanguageIn({ padded }: MessageText, word: Phrase): boolean {
    for (let at = padded.indexOf(word.padded); at >= 0; at = padded.indexOf(word.padded, at + 1)) {
      const next = padded.slice(at + word.padded.length).split(' ', 1)[0] ?? '';
      const previous = padded.slice(0, at).trimEnd().split(' ').pop() ?? '';
      if (!this.notLanguageAfter.has(next) && !this.notLanguageBefore.has(previous)) return true;
    }
    return false;
  }

  /**
   * Whether the message asks which languages the clinic's people speak ("do any of your physios speak Punjabi?", "is
   * anybody at the front desk who speaks Italian?"): the staff, whom the bot knows nothing about, not its own languages.
   */
  asksWhatStaffSpeak(tokens: readonly Token[]): boolean {
    const message = messageText(tokens);
    const speaks = tokens.some((token) => SPEAK_WORDS.has(token.text));
    return speaks && this.staffWords.found(message).length > 0 && (this.languageNames.found(message).length > 0 || this.talksAboutLanguage(tokens));
  }

  /** Whether the message asks for a language by name after "in" ("talk to me in French", "explain in Punjabi for my dad"). */
  asksInALanguage(tokens: readonly Token[]): boolean {
    const message = messageText(tokens);
    return this.inAnotherLanguage.has(message) || this.inReplyLanguage.has(message);
  }

  /**
   * The reply language the message names ("can you answer in Punjabi", "中文"), if exactly one and no other language
   * is asked for ("explain it in Vietnamese for my mom, her English is not good" names English, and asks for
   * Vietnamese).
   */
  namedLanguage(tokens: readonly Token[]): ReplyLanguage | undefined {
    const message = messageText(tokens);
    if (this.inAnotherLanguage.has(message)) return undefined;
    // "explain in Punjabi for my dad, his English is weak": the language it is asked in.
    const askedIn = new Set(this.inReplyLanguage.found(message));
    if (askedIn.size === 1) return [...askedIn][0];
    const named = new Set(this.languageNames.found(message));
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
