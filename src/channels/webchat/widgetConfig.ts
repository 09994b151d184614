// /webchat/config.json: everything the page and the embed script need to draw the widget for
// this clinic and join the chat, built once from configuration and clinic details. URLs are
// relative to the bot's origin; the embed script resolves them against its own src.
import { FEEDBACK_KEY } from '../../insights/feedback.js';
import type { Clinic } from '../../kb/schema.js';

export interface WidgetTheme {
  accent: string;
  accentText: string;
}

/** The clinic's colours (a calm physio teal); the clinic file has no colour fields yet. */
export const DEFAULT_THEME: WidgetTheme = { accent: '#0b6e69', accentText: '#ffffff' };

export interface WidgetConfig {
  clinicName: string;
  title: string;
  subtitle: string;
  theme: WidgetTheme;
  avatarUrl: string;
  botAvatarInitials: string;
  webChatUrl: string;
  cssUrl: string;
  tokenUrl: string;
  /** Direct Line REST base for Web Chat; null: this server's own (`<origin>/v3/directline`). */
  directLineDomain: string | null;
  /** Shown next to the chat bubble before the chat is opened; each question opens the chat and asks it. */
  teaser: { text: string; starterQuestions: string[] };
  /** Longer messages cannot be typed into the send box (the bot answers longer ones "please shorten it"). */
  maxMessageChars: number;
  /**
   * Marks the bot's "Was this helpful?" card (src/insights/feedback.ts): the widget shows it as one
   * small row under the suggestions instead of a card with two large buttons in the transcript.
   */
  feedbackKey: string;
  locale: string;
}

export interface WidgetConfigInput {
  clinic: Clinic;
  starterQuestions: string[];
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
    title: clinic.name,
    subtitle: 'Questions about IMS · booking requests',
    theme: input.theme ?? DEFAULT_THEME,
    avatarUrl: input.avatarUrl,
    botAvatarInitials: initials(clinic.name),
    webChatUrl: input.webChatUrl,
    cssUrl: input.cssUrl,
    tokenUrl: input.tokenUrl,
    directLineDomain: input.directLineDomain,
    teaser: {
      text: `Hi! Questions about IMS (intramuscular stimulation)? Ask the ${clinic.name} assistant.`,
      starterQuestions: input.starterQuestions.slice(0, 3),
    },
    maxMessageChars: input.maxMessageChars,
    feedbackKey: FEEDBACK_KEY,
    locale: 'en-CA',
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
