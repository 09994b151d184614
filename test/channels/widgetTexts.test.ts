// The website widget's own words in English, Punjabi and Chinese, from the knowledge base's messages (what
// /webchat/config.json carries), and its starter questions read through the bot's real understanding: a tap
// on one in Punjabi or Chinese must be read as the question it asks, answered in that language.
import { beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_LOCALES } from '../../src/channels/webchat/widgetConfig.js';
import { WIDGET_MESSAGE_KEYS, widgetTexts, type WidgetTextsByLanguage } from '../../src/channels/webchat/widgetTexts.js';
import { loadKnowledge } from '../../src/kb/load.js';
import { REPLY_LANGUAGES, type Knowledge, type ReplyLanguage } from '../../src/kb/schema.js';
import { readingLabel } from '../../src/understanding/reading.js';
import { Understanding } from '../../src/understanding/understand.js';
import { testModelCache } from '../support/modelCache.js';
import { repoPath } from '../support/repo.js';

const CLINIC = { name: 'Nordel Physio Clinic' };
const MAX = 2000;
/** What each language's words are written in (names, IMS and 911 aside). */
const SCRIPT: Record<ReplyLanguage, RegExp> = { en: /^[^\p{Script=Gurmukhi}\p{Script=Han}]*$/u, pa: /\p{Script=Gurmukhi}/u, 'zh-Hans': /\p{Script=Han}/u, 'zh-Hant': /\p{Script=Han}/u };
/** The entry each starter question asks, in order (the bot's welcome offers the same). */
const STARTER_ENTRIES = ['ims-what', 'ims-sensation', 'ims-coverage'];

let knowledge: Knowledge;
let texts: WidgetTextsByLanguage;
beforeAll(async () => {
  knowledge = await loadKnowledge(repoPath('knowledge'));
  texts = widgetTexts({ knowledge, clinic: CLINIC, maxMessageChars: MAX, locales: WIDGET_LOCALES });
});

const message = (language: ReplyLanguage, key: string) => knowledge.messages.get(language)!.messages[key]!;

describe("the website widget's words", () => {
  it.each(REPLY_LANGUAGES.filter((l) => l !== 'en'))('has every one of its messages in %s, marked for the clinic to review', (language) => {
    const catalog = knowledge.messages.get(language)!;
    expect(WIDGET_MESSAGE_KEYS.filter((key) => catalog.messages[key] === undefined)).toEqual([]);
    expect(catalog.reviewed).toBe(false);
  });

  it.each(REPLY_LANGUAGES)('draws the teaser, the header, the notices and Web Chat\u2019s send box in %s, from its messages file', (language) => {
    const words = texts[language];
    expect(words.teaser.text).toBe(message(language, 'widget.teaser').replace('{clinic}', CLINIC.name));
    expect(words.title).toBe(message(language, 'widget.title').replace('{clinic}', CLINIC.name));
    expect(words.openChat).toContain(CLINIC.name);
    expect(words.feedback.prompt).toBe(message(language, 'feedback.prompt'));
    expect(words.webChat.TEXT_INPUT_PLACEHOLDER).toBe(message(language, 'widget.sendBox.placeholder'));
    expect(words.tooLong).toContain(MAX.toLocaleString(WIDGET_LOCALES[language]));
    const drawn = [words.title, words.subtitle, words.teaser.text, words.footer, words.connecting, words.unavailable, words.reconnected, words.tooLong, words.closeChat, ...words.teaser.starterQuestions];
    for (const text of drawn) expect(text, text).toMatch(SCRIPT[language]);
  });

  it('says which message English lacks, at start-up, rather than drawing a widget without words', () => {
    const english = knowledge.messages.get('en')!;
    const { 'widget.teaser': _dropped, ...rest } = english.messages;
    const lacking = { ...knowledge, messages: new Map([...knowledge.messages, ['en', { ...english, messages: rest }]]) } as Knowledge;
    expect(() => widgetTexts({ knowledge: lacking, clinic: CLINIC, maxMessageChars: MAX, locales: WIDGET_LOCALES })).toThrow(/en\.yaml.*"widget\.teaser"/);
  });
});

describe('the starter questions, read by the bot', () => {
  let understanding: Understanding;
  // Trains the bot's models: a few seconds, much longer on a busy machine.
  beforeAll(() => {
    understanding = new Understanding(knowledge, { wordnet: false, ...testModelCache() });
  }, 180_000);

  const cases = REPLY_LANGUAGES.flatMap((language) => STARTER_ENTRIES.map((entryId, index) => ({ language, entryId, index })));

  it.each(cases)('$language starter question $index asks $entryId and is answered in $language', ({ language, entryId, index }) => {
    const question = texts[language].teaser.starterQuestions[index]!;
    // A tap sends the question from the chat in its language: the message carries the widget's locale.
    const tapped = understanding.read(question, { channelLocale: WIDGET_LOCALES[language] });
    expect(readingLabel(tapped), question).toBe(entryId);
    expect(tapped.language.reply).toBe(language);
    // Typed rather than tapped (not the exact label of a button), it is still that question.
    const typed = understanding.intents.read(tapped.cleaned, { latin: language === 'en', question: true });
    expect(typed.intent, question).toEqual({ kind: 'entry', entryId });
  });
});
