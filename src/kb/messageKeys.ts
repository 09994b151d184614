// The keys of every message the bot says in its own words (knowledge/messages/<language>.yaml).
// English must have all of them; a translation may lack some (English is used until it has them, and
// `npm run kb:check` lists what is missing).
export const REQUIRED_MESSAGE_KEYS = [
  'safety.emergency',
  'safety.crisis',
  'safety.urgent',
  'safety.cautionLine',
  'safety.notEmergency',
  'safety.notEmergencyThanks',
] as const;

export type MessageKey = (typeof REQUIRED_MESSAGE_KEYS)[number];
