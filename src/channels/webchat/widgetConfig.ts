// /webchat/config.json: everything the page and the embed script need to draw the widget for
// this clinic and join the chat, built once from configuration and clinic details. URLs are
// relative to the bot's origin; the embed script resolves them against its own src.
import { FEEDBACK_KEY } from '../../insights/feedback.js';
import type { Clinic } from '../../kb/schema.js';
import type { ServingKnowledge } from '../../kb/serving.js';
import {
  CHINESE_SCRIPT_CHOICES,
  DEFAULT_CHINESE_SCRIPT,
  LANGUAGE_CHOICES,
  REPLY_LOCALES,
  type ReplyLanguage,
  type RequestedLanguage,
} from '../../understanding/language/languages.js';
import { widgetTexts, type WidgetTextsByLanguage } from './widgetTexts.js';

export interface WidgetTheme {
  accent: string;
  accentText: string;
}

/** The clinic's colours (a calm physio teal); the clinic file has no colour fields yet. */
export const DEFAULT_THEME: WidgetTheme = { accent: '#0b6e69', accentText: '#ffffff' };

export interface WidgetConfig {
  clinicName: string;
  theme: WidgetTheme;
  avatarUrl: string;
  botAvatarInitials: string;
  webChatUrl: string;
  cssUrl: string;
  tokenUrl: string;
  /** Direct Line REST base for Web Chat; null: this server's own (`<origin>/v3/directline`). */
  directLineDomain: string | null;
  /** Every word the widget draws, per reply language (the teaser and its starter questions included). */
  texts: WidgetTextsByLanguage;
  /** Longer messages cannot be typed into the send box (the bot answers longer ones "please shorten it"). */
  maxMessageChars: number;
  /**
   * Marks the bot's "Was this helpful?" card (src/insights/feedback.ts): the widget shows it as one
   * small row under the suggestions instead of a card with two large buttons in the transcript.
   */
  feedbackKey: string;
  /** Web Chat's locale before anyone chose a language (English). */
  locale: string;
  /** The page's language choice (English / ਪੰਜਾਬੀ / 中文) and what each choice sets. */
  languages: WidgetLanguages;
}

export interface WidgetLanguages {
  /** The buttons at the top of the chat, in order; the labels are the bot's own (a label sent as a message is a choice). */
  choices: { language: RequestedLanguage; label: string }[];
  /** The Chinese script buttons the bot offers next to Chinese replies (简体 / 繁體): a tap on one is followed too. */
  scripts: { language: RequestedLanguage; label: string }[];
  /** Web Chat's locale (and the activities' locale, which the bot reads as a hint) per reply language. */
  locales: Record<ReplyLanguage, string>;
  /** The script of 中文 when neither the page, the browser nor the person says which. */
  defaultChineseScript: ReplyLanguage;
}

/** The web chat's locale per reply language: the one the bot's replies in that language carry. */
export const WIDGET_LOCALES = REPLY_LOCALES;

export function widgetLanguages(): WidgetLanguages {
  return {
    choices: LANGUAGE_CHOICES.map(({ language, label }) => ({ language, label })),
    scripts: CHINESE_SCRIPT_CHOICES.map(({ language, label }) => ({ language, label })),
    locales: { ...WIDGET_LOCALES },
    defaultChineseScript: DEFAULT_CHINESE_SCRIPT,
  };
}

export interface WidgetConfigInput {
  clinic: Clinic;
  /** The bot's messages and entry titles: the widget's words come from them. */
  knowledge: ServingKnowledge;
  theme?: WidgetTheme;
  avatarUrl: string;
  webChatUrl: string;
  cssUrl: string;
  tokenUrl: string;
  directLineDomain: string | null;
  maxMessageChars: number;
}

export function buildWidgetConfig(input: WidgetConfigInput): WidgetConfig {
  const { clinic } = input;
  return {
    clinicName: clinic.name,
    theme: input.theme ?? DEFAULT_THEME,
    avatarUrl: input.avatarUrl,
    botAvatarInitials: initials(clinic.name),
    webChatUrl: input.webChatUrl,
    cssUrl: input.cssUrl,
    tokenUrl: input.tokenUrl,
    directLineDomain: input.directLineDomain,
    texts: widgetTexts({ knowledge: input.knowledge, clinic, maxMessageChars: input.maxMessageChars, locales: WIDGET_LOCALES }),
    maxMessageChars: input.maxMessageChars,
    feedbackKey: FEEDBACK_KEY,
    locale: WIDGET_LOCALES.en,
    languages: widgetLanguages(),
  };
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
