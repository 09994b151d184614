// The one place that decides what a message means. Text (+ the conversation's recent context) in, one
// Reading out, computed once per turn: the bot, the dialogs, kb:test, the terminal chat and the Emulator's
// route trace all use it. Pure: knows nothing about Bot Framework, does no I/O per message.
//   1. clean and split the text once (tokens, sentences);
//   2. safety first, on every message in every state;
//   3. a button's label, a 👍/👎, a control act (yes / no / cancel / help / skip / forget me / continue),
//      each only where it makes sense in this conversation;
//   4. otherwise what the message asks: an entry, a booking, "did you mean", or nothing we can answer.
import type { Knowledge } from '../kb/schema.js';
import { cleanMessage } from '../matching/clean.js';
import { ButtonCatalog, type ButtonMeaning } from './controls/buttons.js';
import { EmojiReader } from './intent/emojiReader.js';
import { findDetails } from './details/findDetails.js';
import { EXPECTED_DETAILS, type ExpectedDetail, type FoundDetails } from './details/types.js';
import { ControlReader } from './controls/controlReader.js';
import { IntentReader, defaultWordNet, type IntentOptions } from './intent/intentReader.js';
import type { ModelCache } from './learning/modelCache.js';
import { GurmukhiSpacer, stringsIn } from './language/gurmukhiSpacing.js';
import { defaultLanguageKit } from './language/kit.js';
import { readLanguage } from './language/readLanguage.js';
import type { BookingField, ControlAct, Intent, Reading, ReadingContext } from './reading.js';
import { CALM, SafetyReader, type SafetyReading } from './safety/safetyReader.js';
import { clauses, questionSentences, sentences, tokenize, type Token } from './text/tokens.js';

/** A pasted essay is read on its beginning, so one message cannot stall the bot. */
const MAX_MESSAGE_LENGTH = 4000;
/** A bare "ok" / "no thanks" outside a yes-or-no question is an acknowledgement (at most this many words). */
const MAX_ACKNOWLEDGEMENT_WORDS = 3;
/** Small talk that can open or close a message around a remark the bot has no answer for. */
const SOCIAL_ENTRIES: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye']);
/** The small-talk entries that say what the bot can do, and which languages it speaks (both required by the loader). */
const HELP_ENTRY = 'help';
const LANGUAGE_ENTRY = 'language';
/** The out-of-scope topic for anything unrelated (not staff, prices...: "does anyone there speak Tagalog?" asks about staff). */
const UNRELATED_TOPIC = 'off-topic';
/** The out-of-scope topic about the clinic's people (knowledge/out-of-scope.yaml), if the knowledge base has it. */
const STAFF_TOPIC = 'staff';
/** Readings a question about what the staff speak is often mistaken for: the languages, a person to talk to. */
const STAFF_QUESTION_READINGS: ReadonlySet<string> = new Set([LANGUAGE_ENTRY, 'human']);
/** How sure the reading of a story's question alone must be to answer for the whole message. */
const QUESTION_ALONE_SURE = 0.8;
/**
 * How sure a reading of "nothing the bot answers" must be to say one of several questions is out of scope ("你们这儿
 * 一次收多少钱？比唐人街的针灸馆贵吧？" asks a price): then no other question answers for the message.
 */
const SURELY_UNANSWERED = 0.95;

type IntentReading = ReturnType<IntentReader['read']>;

/** A greeting, thanks or goodbye. */
function isSmallTalk(read: IntentReading): boolean {
  return read.intent.kind === 'entry' && SOCIAL_ENTRIES.has(read.intent.entryId);
}

/** Whether part of a message, read alone, answers for the whole: an entry (or a booking) read surely. */
function readSurely(read: IntentReading, { entryOnly }: { entryOnly: boolean }): boolean {
  return (read.intent.kind === 'entry' || (!entryOnly && read.intent.kind === 'booking')) && read.confidence >= QUESTION_ALONE_SURE;
}
/** Below this, a booking read from a story ("I'm trying to plan around her competitions") yields to its question. */
const STORY_BOOKING_UNSURE = 0.65;
/**
 * Below this, an answer, a booking or a topic yields to a language asked for by name ("can u explain it in korean for
 * my friend", "french available?").
 */
const UNDER_LANGUAGE_REQUEST = 0.65;
/** Chinese characters or Gurmukhi words, at least this many, make a message in Latin letters a mixed one. */
const MIXED_SCRIPT_WORDS = 2;
/** A message this short that names a language asks for it ("french available?", "spanish pls"). */
const LANGUAGE_REQUEST_WORDS = 3;
/** The same for a message read as a greeting, thanks or goodbye ("Sprechen Sie auch Deutsch?", "bonjour, français?"). */
const SOCIAL_LANGUAGE_REQUEST_WORDS = 6;
/** Steps of a booking where the bot has asked a yes-or-no question. */
const YES_NO_STEPS: ReadonlySet<ReadingContext['expecting']> = new Set(['consent', 'review', 'continue', 'bookingOffer', 'payerConfirm']);

export interface MessageInput {
  text: string;
  /** The activity's value: a card button's data (👍 / 👎 carry the entry they rate). */
  value?: unknown;
  /** The person said "It's not an emergency": the message is answered as the question it is. */
  ignoreEmergency?: boolean;
}

export interface UnderstandingOptions extends Omit<IntentOptions, 'modelCache'> {
  /** Where trained models are kept between starts (default: trained every time). */
  modelCache?: ModelCache;
  /** The clinic's time zone: "tomorrow morning" is read on the clinic's wall clock (default America/Vancouver). */
  timeZone?: string;
  /** The clock (tests). */
  now?: () => Date;
}

/** A message cleaned and split into words once per reading, and the button it is (if any). */
interface CleanedMessage {
  cleaned: string;
  tokens: Token[];
  button: ButtonMeaning | undefined;
}

/** What the bot needs from the understanding: one reading per message (tests pass their own). */
export interface MessageReader {
  read(input: MessageInput | string, context?: ReadingContext): Reading;
}

export class Understanding implements MessageReader {
  readonly intents: IntentReader;
  readonly safety: SafetyReader;
  private readonly controls: ControlReader;
  private readonly staffTopic: string | undefined;
  private readonly buttons: ButtonCatalog;
  private readonly emoji: EmojiReader;
  private readonly spacer: GurmukhiSpacer;
  private readonly timeZone: string;
  private readonly now: () => Date;

  constructor(
    knowledge: Knowledge,
    options: UnderstandingOptions = {},
  ) {
    this.timeZone = options.timeZone ?? 'America/Vancouver';
    this.now = options.now ?? (() => new Date());
    // What the models' features read besides their examples (a model cached under other knowledge is not reused).
    const cache = options.modelCache
      ? { store: options.modelCache, context: { synonyms: knowledge.synonyms, entries: knowledge.entries, outOfScope: knowledge.outOfScope, safety: knowledge.safety.lexicons, rules: knowledge.safety.rules, wordnet: options.wordnet !== false } }
      : undefined;
    const { modelCache: _store, ...intentOptions } = options;
    this.intents = new IntentReader(knowledge, { ...intentOptions, ...(cache && !options.withoutWriters ? { modelCache: cache } : {}) });
    const wordnet = options.wordnet === false ? undefined : (options.wordnet ?? defaultWordNet());
    const analyzer = this.intents.matcher.analyzer;
    this.safety = new SafetyReader(knowledge.safety, {
      // Words of the knowledge base, everyday English, and romanized Punjabi and Hindi ("madad", help, is not "mawad", pus).
      knownWord: (word) => analyzer.knowsWord(word) || (wordnet?.isCommonWord(word) ?? false) || defaultLanguageKit().detector.knowsWord(word),
      model: {
        ...(options.withoutWriters ? { withoutWriters: options.withoutWriters } : {}),
        ordinary: ordinaryMessages(knowledge, options.withoutWriters),
        ...(cache && !options.withoutWriters ? { cache } : {}),
      },
    });
    this.controls = new ControlReader(knowledge.controls);
    this.staffTopic = knowledge.outOfScope.some((topic) => topic.id === STAFF_TOPIC) ? STAFF_TOPIC : undefined;
    this.buttons = new ButtonCatalog(knowledge);
    this.emoji = new EmojiReader(knowledge.entries);
    // The Gurmukhi words the bot knows, a held-out writer's excepted (kb:test --by-writer).
    const withoutWriters = options.withoutWriters;
    this.spacer = new GurmukhiSpacer(stringsIn({ ...knowledge, phrasings: knowledge.phrasings.filter((set) => !withoutWriters?.has(set.file)) }));
    // Training read every phrasing through the analyzer and WordNet; what they kept for it is not needed to read.
    analyzer.forgetTexts();
    wordnet?.forgetLookups();
  }

  read(input: MessageInput | string, context: ReadingContext = {}): Reading {
    const { text } = typeof input === 'string' ? { text: input } : input;
    // Cleaned and split once: the reading and, at a payment step, the booking details use them.
    const cleaned = this.spacer.respace(cleanMessage(text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH) : text));
    const tokens = tokenize(cleaned);
    const button = this.buttons.read(tokens);
    const reading = this.readMessage(input, context, { cleaned, tokens, button });
    const expecting = isExpectedDetail(context.expecting) ? context.expecting : undefined;
    // Details are read where a booking step waits for one, or where the message asks to book (so what it
    // already says, "I'm Priya, Tuesday morning", is not asked again).
    if (!expecting && reading.intent.kind !== 'booking') return reading;
    const details = findDetails(text, { language: reading.language.reply, now: this.now(), timeZone: this.timeZone, ...(expecting ? { expecting } : {}) });
    return { ...reading, details: withButtonPayer(details, button, expecting) };
  }

  private readMessage(input: MessageInput | string, context: ReadingContext, { cleaned, tokens, button }: CleanedMessage): Reading {
    const { value, ignoreEmergency = false } = typeof input === 'string' ? {} : input;
    const asks = questionSentences(cleaned);
    const isQuestion = asks.some(Boolean);
    // A tap on one of our buttons says nothing about the person's language (but a language button does).
    const language = readLanguage(cleaned, context, { isButton: button !== undefined });
    const safety = this.readSafety(cleaned, tokens, asks, ignoreEmergency);
    const base = { cleaned, language, safety, isQuestion };

    // A tap on ਪੰਜਾਬੀ / 中文 / English, or "reply in Punjabi": the switch, answered in the new language.
    if (language.requested) return { ...base, intent: control({ act: 'language', language: language.reply }), confidence: 1, alternatives: [] };

    const feedback = feedbackOf(value);
    if (feedback) return { ...base, intent: control(feedback), confidence: 1, alternatives: [] };

    if (button) {
      const tapped = { ...base, tapped: true, confidence: 1 };
      switch (button.kind) {
        case 'booking':
          return { ...tapped, intent: { kind: 'booking' }, alternatives: [] };
        case 'entry':
          return { ...tapped, intent: { kind: 'entry', entryId: button.entryId }, alternatives: [{ id: button.entryId, score: 1 }] };
        case 'control':
          if (this.fits(button.control, context)) return { ...tapped, intent: control(button.control), alternatives: [] };
          break;
        case 'payer':
          // A payment button answers the booking's payment question: the dialog reads it from the details.
          break;
      }
    }

    const act = this.controlAct(tokens, cleaned, context);
    if (act) return { ...base, intent: control(act), confidence: 1, alternatives: [] };
    const emoji = tokens.length === 0 ? this.emoji.read(cleaned) : undefined;
    if (emoji) return { ...base, intent: { kind: 'entry', entryId: emoji }, confidence: 1, alternatives: [{ id: emoji, score: 1 }] };
    // Chinese or Gurmukhi words amid the Latin ones ("IMS 是 shen me a?", pinyin for the characters one cannot
    // write): the English ranker reads only part of it, so the classifier decides as it does in those scripts.
    const mixedScript = tokens.filter((token) => token.script !== 'latin').length >= MIXED_SCRIPT_WORDS;
    const latin = (language.written === 'en' || language.written === 'unknown' || language.written === 'hi-Latn') && !mixedScript;
    const ranked = this.intents.read(cleaned, { latin, question: isQuestion });
    // Romanized Hindi and Urdu-flavoured Punjabi ("do sessions ke darmiyan kitna waqfa"): the English ranker knows few
    // of its words. Where it reads nothing, the classifier, reading the message as it reads Gurmukhi, decides when it
    // is as sure as it must be to overrule the ranker's "nothing" in English; not at a booking step, where a name
    // ("Priya Sandhu") is the answer it looks like.
    const rereads = language.written === 'hi-Latn' && ranked.intent.kind === 'none' && !ranked.intent.topic && !isExpectedDetail(context.expecting);
    const classified = rereads ? this.intents.read(cleaned, { latin: false, question: isQuestion }) : undefined;
    const whole = classified && classified.intent.kind !== 'none' && classified.confidence >= this.intents.tuning.overrideRankerNone ? classified : ranked;
    const unread = whole.intent.kind === 'none' && !whole.intent.topic;
    const storyBooking = whole.intent.kind === 'booking' && whole.confidence < STORY_BOOKING_UNSURE;
    const social = isSmallTalk(whole);
    const read =
      (!latin && (unread || social) && this.besidesSmallTalk(cleaned, asks)) ||
      (unread && this.socialEnds(cleaned, asks, latin)) ||
      ((unread || whole.intent.kind === 'ambiguous' || storyBooking) && this.questionAlone(cleaned, asks, latin, storyBooking)) ||
      whole;
    const { intent, confidence, alternatives } = this.aboutStaffLanguages(read, tokens) ?? this.aboutLanguages(read, tokens) ?? read;
    // "ok", "yes", "no thanks" when nothing was asked: an acknowledgement, not a request to book (but "no show
    // fee" is a question the knowledge base knows); so is a longer one that is all of the message ("let me think
    // about it", 我諗下先), whatever topic it is unsurely near.
    const knownQuestion = intent.kind === 'entry' || (intent.kind === 'none' && intent.topic !== undefined);
    const acknowledges = (acts: readonly string[]) => acts.some((a) => a === 'yes' || a === 'no');
    const acknowledgement =
      (!knownQuestion && tokens.length <= MAX_ACKNOWLEDGEMENT_WORDS && acknowledges(this.controls.read(tokens))) ||
      (intent.kind !== 'entry' && acknowledges(this.controls.wholeActs(tokens)));
    if (acknowledgement) {
      return { ...base, intent: { kind: 'entry', entryId: 'thanks' }, confidence: 1, alternatives: [] };
    }
    const named = this.controls.namedLanguage(tokens);
    // "can you answer in Punjabi?": the language entry, and the switch it asks for.
    if (named && intent.kind === 'entry' && intent.entryId === LANGUAGE_ENTRY) {
      return { ...base, intent: control({ act: 'language', language: named }), confidence, alternatives };
    }
    return { ...base, intent, confidence, alternatives };
  }

  /**
   * "Good afternoon. I'm told you're a robot.", "Cheers. That's been more use than my GP": a greeting or
   * thanks around a remark and no question is answered as the greeting or thanks (a question after "Hi" is
   * the question's, answered or not).
   */
  private socialEnds(cleaned: string, asks: readonly boolean[], latin: boolean): ReturnType<IntentReader['read']> | undefined {
    // A full stop at the end leaves an empty last sentence: a one-sentence message is not read twice.
    const parts = sentences(cleaned).filter((part) => part !== '');
    if (parts.length < 2 || asks.some(Boolean)) return undefined;
    for (const part of [parts[0], parts[parts.length - 1]]) {
      if (!part) continue;
      const read = this.intents.read(part, { latin, question: false });
      if (isSmallTalk(read)) return read;
    }
    return undefined;
  }

  /**
   * "你好，我是小王的妈妈。……我想问一下一个星期可以扎几次": in Chinese or Gurmukhi, where a question often has no question
   * mark, a message of several sentences left unread, or read as a greeting, thanks or goodbye, may be small talk
   * around a story and its question. What is left without the small-talk sentences, or its last sentence that asks
   * (or its last, where nothing marks a question), read surely as an entry, is the message.
   */
  private besidesSmallTalk(cleaned: string, asks: readonly boolean[]): ReturnType<IntentReader['read']> | undefined {
    const parts = sentences(cleaned).map((text, i) => ({ text, asks: asks[i] ?? false })).filter((part) => part.text !== '');
    if (parts.length < 2) return undefined;
    // "你好，我是小王的奶奶": a greeting and who is writing is small talk too.
    const smallTalk = (text: string) => {
      const read = this.intents.read(text, { latin: false, question: false });
      if (isSmallTalk(read)) return true;
      const opening = clauses(text)[0];
      return read.intent.kind === 'none' && opening !== undefined && opening !== text && isSmallTalk(this.intents.read(opening, { latin: false, question: false }));
    };
    const rest = parts.filter((part) => !smallTalk(part.text));
    if (rest.length === 0 || rest.length === parts.length) return undefined;
    const last = rest.filter((part) => part.asks).pop() ?? rest[rest.length - 1];
    if (!last) return undefined;
    for (const text of new Set([rest.map((part) => part.text).join(' '), last.text])) {
      const read = this.intents.read(text, { latin: false, question: true });
      if (readSurely(read, { entryOnly: true })) return read;
    }
    return undefined;
  }

  /**
   * "do any of your physios speak Punjabi?", "anybody at the front desk who speaks Italian?": which languages the
   * clinic's people speak, which the staff topic answers honestly (the bot does not know), unless the message is
   * surely something else the bot answers.
   */
  private aboutStaffLanguages(read: ReturnType<IntentReader['read']>, tokens: readonly Token[]): ReturnType<IntentReader['read']> | undefined {
    const answered = read.intent.kind === 'booking' || (read.intent.kind === 'entry' && !STAFF_QUESTION_READINGS.has(read.intent.entryId));
    if ((answered && read.confidence >= UNDER_LANGUAGE_REQUEST) || !this.staffTopic || !this.controls.asksWhatStaffSpeak(tokens)) return undefined;
    return { ...read, intent: { kind: 'none', topic: this.staffTopic } };
  }

  /**
   * "Is there a French version of this chat?", "what languages does this bot do": a message about languages
   * that reads as nothing the bot knows, or as "what can you do", is told which languages it speaks; so is one
   * read as unrelated whose nearest entry is the languages one ("do you speak French?", not "translate hello
   * into French"), or that is a language's name alone.
   */
  private aboutLanguages(read: ReturnType<IntentReader['read']>, tokens: readonly Token[]): ReturnType<IntentReader['read']> | undefined {
    const help = read.intent.kind === 'entry' && read.intent.entryId === HELP_ENTRY;
    // "can u explain it in korean for my friend", "french available?", "are you able to converse in French?": an
    // answer, a booking or a topic the bot has no answer for, read unsurely, yields to a language asked for, by
    // "in" or as nearly the whole message.
    const asksInALanguage = this.controls.asksInALanguage(tokens);
    const namesALanguage = () => this.controls.talksAboutLanguage(tokens);
    const topic = read.intent.kind === 'none' && read.intent.topic !== undefined;
    const unsure = (read.intent.kind === 'entry' || read.intent.kind === 'booking' || topic) && read.confidence < UNDER_LANGUAGE_REQUEST;
    if (unsure && (asksInALanguage || (tokens.length <= LANGUAGE_REQUEST_WORDS && namesALanguage()))) return { ...read, intent: { kind: 'entry', entryId: LANGUAGE_ENTRY } };
    // "Sprechen Sie auch Deutsch?" read as thanks: a few words in another language that name one ask for it, whatever
    // greeting or thanks their sound is near.
    const social = isSmallTalk(read);
    if (social && tokens.length <= SOCIAL_LANGUAGE_REQUEST_WORDS && namesALanguage()) return { ...read, intent: { kind: 'entry', entryId: LANGUAGE_ENTRY } };
    // "有冇德語版？" torn between the languages and a person: it names a language, so the languages.
    const tornOverLanguages = read.intent.kind === 'ambiguous' && read.intent.entryIds.includes(LANGUAGE_ENTRY) && namesALanguage();
    if (tornOverLanguages) return { ...read, intent: { kind: 'entry', entryId: LANGUAGE_ENTRY } };
    if (read.intent.kind !== 'none' && !help) return undefined;
    // A language's name alone ("french?") asks for it, whatever else the word is; so does "in French" ("talk to me
    // in French lol, practising for a test").
    const nearLanguage = read.alternatives[0]?.id === LANGUAGE_ENTRY || tokens.length === 1 || asksInALanguage;
    const unrelatedButNearLanguage = read.intent.kind === 'none' && read.intent.topic === UNRELATED_TOPIC && nearLanguage;
    const unanswered = help || (read.intent.kind === 'none' && (!read.intent.topic || unrelatedButNearLanguage));
    if (!unanswered || !(asksInALanguage || namesALanguage())) return undefined;
    return { ...read, intent: { kind: 'entry', entryId: LANGUAGE_ENTRY } };
  }

  /**
   * "Worked the docks 38 years. Knees are shot. Would IMS help?": the story can outweigh the question it
   * leads up to. When the whole message is left unread, its questions alone decide, if they are read surely.
   * `entryOnly`: the whole was read as an unsure booking ("my physio wants me to try IMS ... how many sessions?"),
   * which only a sure answer to the question replaces.
   */
  private questionAlone(cleaned: string, asks: readonly boolean[], latin: boolean, entryOnly = false): ReturnType<IntentReader['read']> | undefined {
    const parts = sentences(cleaned);
    const questions = parts.filter((part, i) => asks[i] && part !== '');
    if (questions.length === 0) return undefined;
    if (questions.length === parts.filter((part) => part !== '').length) return this.oneQuestionOfMany(questions, latin, entryOnly);
    const sure = (text: string) => {
      const read = this.intents.read(text, { latin, question: true });
      return readSurely(read, { entryOnly }) ? read : undefined;
    };
    const read = sure(questions.join(' '));
    if (read) return read;
    // A question sentence that still tells a story ("她说这边有个扎针的叫啥IMS，我这种老腰病能扎不？"): its last clause asks.
    const lastClauses = questions.map((question) => clauses(question).pop() ?? question);
    if (lastClauses.every((clause, i) => clause === questions[i])) return undefined;
    return sure(lastClauses.join(' '));
  }

  /**
   * A message of several sentences that all ask: "Where is Nordel Physio? Is it close to Ladner?". The one question
   * read surely, if only one is and no other is surely one the bot does not answer (a price, the way there; "kinni
   * vaari auna painda? boss puchda kinne din chhutti chahidi" too, whose boss's question reads so).
   */
  private oneQuestionOfMany(questions: readonly string[], latin: boolean, entryOnly: boolean): IntentReading | undefined {
    if (questions.length < 2) return undefined;
    const reads = questions.map((question) => this.intents.read(question, { latin, question: true }));
    if (reads.some((read) => read.intent.kind === 'none' && (read.intent.topic !== undefined || read.confidence >= SURELY_UNANSWERED))) return undefined;
    const sure = reads.filter((read) => readSurely(read, { entryOnly }));
    const ids = new Set(sure.map((read) => (read.intent.kind === 'entry' ? read.intent.entryId : read.intent.kind)));
    return ids.size === 1 ? sure[0] : undefined;
  }

  private readSafety(cleaned: string, tokens: readonly Token[], asks: readonly boolean[], ignoreEmergency: boolean): SafetyReading {
    if (tokens.length === 0) return CALM;
    const safety = this.safety.read(tokens, asks, cleaned);
    // "It's not an emergency": still answered with the line on when to get help.
    if (ignoreEmergency && safety.outcome === 'emergency') return { ...safety, outcome: 'caution', uncertain: false };
    return safety;
  }

  /** The control act the words say, if it makes sense here (yes / no only when the bot asked; cancel in a booking). */
  private controlAct(tokens: readonly Token[], cleaned: string, context: ReadingContext): ControlAct | undefined {
    for (const name of this.controls.read(tokens, cleaned)) {
      const act: ControlAct = name.startsWith('change-') ? { act: 'change', field: name.slice('change-'.length) as BookingField } : ({ act: name } as ControlAct);
      if (this.fits(act, context)) return act;
    }
    return undefined;
  }

  private fits(act: ControlAct, context: ReadingContext): boolean {
    switch (act.act) {
      case 'yes':
      case 'no':
        return YES_NO_STEPS.has(context.expecting);
      case 'cancel':
      case 'help':
        return context.expecting !== undefined && context.expecting !== 'bookingOffer';
      case 'skip':
        return context.expecting === 'email' || context.expecting === 'claimNumber';
      case 'change':
        return context.expecting === 'review';
      case 'continue-booking':
        return context.expecting === 'continue';
      default:
        return true;
    }
  }
}

/**
 * What people ask that is not about danger: the knowledge base's questions and examples, and the writers'
 * phrasings the safety rules name as calm (a new intent writer is not among them until measured for safety).
 */
function ordinaryMessages(knowledge: Knowledge, withoutWriters: ReadonlySet<string> = new Set()): string[] {
  const texts = [...knowledge.entries.flatMap((entry) => entry.questions), ...knowledge.bookingExamples, ...knowledge.outOfScope.flatMap((topic) => topic.examples)];
  const calm = new Set(knowledge.safety.rules.calmPhrasings);
  for (const set of knowledge.phrasings) {
    if (!calm.has(set.name) || withoutWriters.has(set.file)) continue;
    for (const [label, phrasings] of Object.entries(set.phrasings)) if (label !== 'emergency') texts.push(...phrasings);
  }
  return texts;
}

function isExpectedDetail(expecting: ReadingContext['expecting']): expecting is ExpectedDetail {
  return (EXPECTED_DETAILS as readonly string[]).includes(expecting ?? '');
}

/** A tap on a payment button answers the payment question exactly, in whatever language its label is. */
function withButtonPayer(details: FoundDetails, button: ButtonMeaning | undefined, expecting: ExpectedDetail | undefined): FoundDetails {
  if (expecting !== 'payer' || button?.kind !== 'payer') return details;
  const { unreadable: _unreadable, ...rest } = details;
  const value = button.payer === 'msp' ? null : button.payer;
  return { ...rest, payer: { value, inferred: false, msp: value === null, span: { start: 0, end: 0, text: '' } } };
}

function control(act: ControlAct): Intent {
  return { kind: 'control', control: act };
}

/** A 👍 / 👎 click: the card sends { imsFeedback: 'up' | 'down', entryId } as the activity's value. */
function feedbackOf(value: unknown): ControlAct | undefined {
  let data = value;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (!data || typeof data !== 'object') return undefined;
  const { imsFeedback: vote, entryId } = data as Record<string, unknown>;
  if ((vote !== 'up' && vote !== 'down') || typeof entryId !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entryId)) return undefined;
  return { act: 'feedback', entryId, vote };
}
