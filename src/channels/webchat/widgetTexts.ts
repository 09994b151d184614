// The website widget's own words in each reply language, from the knowledge base's messages
// (knowledge/messages/<language>.yaml, keys widget.*), so the clinic reviews them with everything else the
// bot says. The embed script draws whichever language the chat is in and redraws on a switch. The starter
// questions are the titles the bot's welcome offers, so a tap asks a question the bot reads as that entry.
import { starterEntries } from '../../bot/replies.js';
import type { Clinic, ReplyLanguage } from '../../kb/schema.js';
import type { ServingKnowledge } from '../../kb/serving.js';
import { REPLY_LANGUAGES } from '../../understanding/language/languages.js';

/** The widget's messages; English must have every one (a translation lacking one shows the English). */
export const WIDGET_MESSAGE_KEYS = [
  'widget.title',
  'widget.subtitle',
  'widget.openChat',
  'widget.closeChat',
  'widget.dismiss',
  'widget.languageBar',
  'widget.teaser',
  'widget.suggestions',
  'widget.footer',
  'widget.connecting',
  'widget.unavailable',
  'widget.reconnected',
  'widget.tooLong',
  'widget.sendBox.placeholder',
  'widget.sendBox.label',
  'widget.sendBox.send',
  'widget.connection.reconnecting',
  'widget.connection.slow',
  'widget.connection.failed',
  'widget.message.sending',
  'widget.message.sendFailed',
  'widget.message.justNow',
  'widget.message.minuteAgo',
  'widget.message.hourAgo',
  'widget.message.today',
  'widget.message.yesterday',
  'widget.message.botSaid',
  'widget.message.youSaid',
  'widget.suggestedActions',
  'widget.newMessages',
  'widget.transcript',
  // The "Was this helpful?" row draws the bot's own card words, in the chat's language.
  'feedback.prompt',
  'button.feedbackUp',
  'button.feedbackDown',
] as const;
type WidgetMessageKey = (typeof WIDGET_MESSAGE_KEYS)[number];

/**
 * Web Chat's strings the widget supplies (its `overrideLocalizedStrings`): Web Chat has none for Punjabi, and
 * these are the ones a visitor sees or hears: the send box, the connection status, a message's status, the
 * screen-reader labels of the messages and suggestions.
 */
const WEB_CHAT_STRINGS: Readonly<Record<string, WidgetMessageKey>> = {
  TEXT_INPUT_PLACEHOLDER: 'widget.sendBox.placeholder',
  TEXT_INPUT_ALT: 'widget.sendBox.label',
  TEXT_INPUT_SEND_BUTTON_ALT: 'widget.sendBox.send',
  CONNECTIVITY_STATUS_ALT_CONNECTING: 'widget.connecting',
  CONNECTIVITY_STATUS_ALT_RECONNECTING: 'widget.connection.reconnecting',
  CONNECTIVITY_STATUS_ALT_SLOW_CONNECTION: 'widget.connection.slow',
  CONNECTIVITY_STATUS_ALT_FATAL: 'widget.connection.failed',
  ACTIVITY_STATUS_SEND_STATUS_ALT_SENDING: 'widget.message.sending',
  ACTIVITY_STATUS_SEND_FAILED_RETRY: 'widget.message.sendFailed',
  ACTIVITY_STATUS_TIMESTAMP_JUST_NOW: 'widget.message.justNow',
  ACTIVITY_STATUS_TIMESTAMP_ONE_MINUTE_AGO: 'widget.message.minuteAgo',
  ACTIVITY_STATUS_TIMESTAMP_ONE_HOUR_AGO: 'widget.message.hourAgo',
  ACTIVITY_STATUS_TIMESTAMP_TODAY: 'widget.message.today',
  ACTIVITY_STATUS_TIMESTAMP_YESTERDAY: 'widget.message.yesterday',
  ACTIVITY_BOT_SAID_ALT: 'widget.message.botSaid',
  ACTIVITY_YOU_SAID_ALT: 'widget.message.youSaid',
  SUGGESTED_ACTIONS_LABEL_ALT: 'widget.suggestedActions',
  TRANSCRIPT_NEW_MESSAGES: 'widget.newMessages',
  TRANSCRIPT_ARIA_LABEL_ALT: 'widget.transcript',
};

/** Everything the widget draws, in one language. */
export interface WidgetTexts {
  /** The panel's heading (also its accessible name). */
  title: string;
  subtitle: string;
  /** The chat bubble's accessible name. */
  openChat: string;
  closeChat: string;
  /** The × of the teaser and of a notice. */
  dismiss: string;
  /** The English / ਪੰਜਾਬੀ / 中文 row's accessible name (in all three, for people who cannot read the current one). */
  languageBar: string;
  /** Next to the bubble before the chat opens; a tap on a question opens the chat and asks it. */
  teaser: { text: string; label: string; starterQuestions: string[] };
  footer: string;
  connecting: string;
  unavailable: string;
  /** After a new conversation replaced one that could not be restored. */
  reconnected: string;
  /** Under the send box when a message reaches the length limit. */
  tooLong: string;
  feedback: { prompt: string; up: string; down: string };
  /** Web Chat's own strings, by Web Chat's names. */
  webChat: Record<string, string>;
}

export type WidgetTextsByLanguage = Record<ReplyLanguage, WidgetTexts>;

export interface WidgetTextsInput {
  knowledge: ServingKnowledge;
  clinic: Pick<Clinic, 'name'>;
  maxMessageChars: number;
  /** Web Chat's locale per reply language: numbers are written the way it writes them. */
  locales: Readonly<Record<ReplyLanguage, string>>;
}

/** The widget's words in every reply language. Throws when English lacks one (a knowledge base the widget cannot draw). */
export function widgetTexts(input: WidgetTextsInput): WidgetTextsByLanguage {
  const { knowledge, clinic } = input;
  const english = knowledge.messages.get('en')?.messages ?? {};
  const missing = WIDGET_MESSAGE_KEYS.filter((key) => english[key] === undefined);
  if (missing.length) throw new Error(`knowledge/messages/en.yaml: the website chat's message(s) ${missing.map((key) => `"${key}"`).join(', ')} missing`);
  const starters = starterEntries(knowledge);

  const inLanguage = (language: ReplyLanguage): WidgetTexts => {
    const own = knowledge.messages.get(language)?.messages ?? {};
    const values: Record<string, string> = { clinic: clinic.name, max: input.maxMessageChars.toLocaleString(input.locales[language]) };
    const say = (key: WidgetMessageKey) => (own[key] ?? english[key]!).replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole);
    const titles = knowledge.translations.get(language);
    return {
      title: say('widget.title'),
      subtitle: say('widget.subtitle'),
      openChat: say('widget.openChat'),
      closeChat: say('widget.closeChat'),
      dismiss: say('widget.dismiss'),
      languageBar: say('widget.languageBar'),
      teaser: { text: say('widget.teaser'), label: say('widget.suggestions'), starterQuestions: starters.map((entry) => titles?.get(entry.id)?.title ?? entry.title) },
      footer: say('widget.footer'),
      connecting: say('widget.connecting'),
      unavailable: say('widget.unavailable'),
      reconnected: say('widget.reconnected'),
      tooLong: say('widget.tooLong'),
      feedback: { prompt: say('feedback.prompt'), up: say('button.feedbackUp'), down: say('button.feedbackDown') },
      webChat: Object.fromEntries(Object.entries(WEB_CHAT_STRINGS).map(([name, key]) => [name, say(key)])),
    };
  };
  return Object.fromEntries(REPLY_LANGUAGES.map((language) => [language, inLanguage(language)])) as WidgetTextsByLanguage;
}
