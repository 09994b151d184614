// Short, human-friendly reference numbers people can read out on the phone: NPC-7K3F9Q.
import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET } from './bookingRecord.js';

export function newReference(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `NPC-${code}`;
}

/** Accepts what staff type ("npc-7k3f9q", " NPC-7K3F9Q ") and returns the canonical form. */
export function normaliseReference(text: string): string {
  return text.trim().toUpperCase();
}
