// The bot's own words in a person's language, with placeholders filled in. A message a translation does
// not have yet is said in English rather than not at all.
import type { MessageKey } from './messageKeys.js';
import type { Knowledge, ReplyLanguage } from './schema.js';

export type MessageValues = Readonly<Record<string, string | number>>;

export function say(knowledge: Pick<Knowledge, 'messages'>, language: ReplyLanguage, key: MessageKey, values: MessageValues = {}): string {
  const text = knowledge.messages.get(language)?.messages[key] ?? knowledge.messages.get('en')?.messages[key] ?? key;
  // An empty value leaves no double space behind ("Call 8-1-1{contact}." with no contact configured).
  return text.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => String(values[name] ?? '')).replace(/ {2,}/g, ' ').replace(/ ([.,;])/g, '$1').trim();
}
