// Things a person may say at any step of the booking instead of answering: cancel, help.
// Whole-message matches only, so "stop" cancels but "my back stops me sleeping" is a reason.
const POLITE = /^(?:(?:ok(?:ay)?|oh|um+|actually|no|please|just|sorry|hmm+)[\s,.!]+)+|[\s,.!]+(?:please|thanks|thank you)$/gi;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(POLITE, '')
    .replace(/[.!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const CANCEL =
  /^(?:cancel|stop|quit|exit|abort|end|never ?mind|nvm|forget it|forget about it|i changed my mind|changed my mind|i don'?t want to (?:book|continue)(?: anymore)?|(?:cancel|stop|quit|end)(?: (?:it|this|that|the booking|booking|the request|my booking|please))+|(?:i want to |i'd like to |let me )?(?:cancel|stop|quit)(?: (?:it|this|that|the booking|booking|now))*)$/;

const HELP =
  /^(?:help|help me|\?+|what\??|huh\??|i don'?t understand|what do you mean\??|what does that mean\??|why\??|why do you (?:need|want|ask(?: for)?) (?:this|that|it|my [a-z -]+)\??|what (?:is|'s) (?:this|that) for\??|how does this work\??|what should i (?:say|type|write)\??|options\??)$/;

export function isCancelRequest(text: string): boolean {
  return CANCEL.test(normalise(text));
}

export function isHelpRequest(text: string): boolean {
  return HELP.test(normalise(text));
}
