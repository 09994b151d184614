// Details in the message that started the booking are used, not asked again; nothing doubtful is taken.
import { describe, expect, it } from 'vitest';
import { extractSlots } from '../../../dialogs/booking/slotExtraction.js';

const TIME = { timeZone: 'America/Vancouver', now: new Date('2025-11-24T18:00:00Z') };

describe('slots from the first message', () => {
  it('takes the name and the time from "I\'m Priya, book me for next Tuesday morning"', () => {
    const slots = extractSlots("I'm Priya, book me for next Tuesday morning", TIME);
    expect(slots.name).toBe('Priya');
    expect(slots.preferredTime).toMatchObject({ text: 'next Tuesday morning', resolved: [{ start: '2025-12-02 08:00:00' }] });
    expect(slots).not.toHaveProperty('phone');
    expect(slots).not.toHaveProperty('reason');
  });

  it.each([
    ['book me in, my number is 604-555-0123', { phone: '+16045550123' }],
    ['appointment please, priya.sharma@example.com', { email: 'priya.sharma@example.com' }],
    ['can I come in next week for my shoulder', { reason: 'my shoulder' }],
    ['I need an appointment for my back', { reason: 'my back' }],
    ['my lower back is sore, can I book?', { reason: 'my lower back is sore' }],
    ['book IMS for neck pain', { reason: 'neck pain' }],
    ['my name is li wei, I want to book', { name: 'li wei' }],
    ['Hi, this is Priya Sharma and I want a consult', { name: 'Priya Sharma' }],
    ['I have an ICBC claim, can I book?', { payer: 'icbc' }],
    ['book me in, WorkSafe is covering it', { payer: 'worksafebc' }],
    ['any time works, book me in', { preferredTime: { flexible: true } }],
  ])('%j fills %j', (utterance, expected) => {
    expect(extractSlots(utterance, TIME)).toMatchObject(expected);
  });

  it.each([
    "I'm looking to book an appointment",
    "I'm interested in IMS, can I book?",
    'i want to book',
    'booking please',
    'this is for my shoulder',
  ])('%j gives no name', (utterance) => {
    expect(extractSlots(utterance, TIME).name).toBeUndefined();
  });

  it('takes everything at once and does not read the phone number as a time', () => {
    const slots = extractSlots("I'm Priya Sharma, 604 555 0123, priya@example.com, for my shoulder, Friday afternoon please", TIME);
    expect(slots).toMatchObject({
      name: 'Priya Sharma',
      phone: '+16045550123',
      email: 'priya@example.com',
      reason: 'my shoulder',
      preferredTime: { text: 'Friday afternoon' },
    });
  });

  it('gives nothing for an empty or missing message', () => {
    expect(extractSlots(undefined, TIME)).toEqual({});
    expect(extractSlots('   ', TIME)).toEqual({});
  });
});
