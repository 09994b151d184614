// What a person sees for a reading, on each surface and in each language (src/bot/replies.ts). The readings
// are built by hand (test/support/fakeUnderstanding.ts), so these tests do not depend on the reader's scores.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clinicContactSentence,
  hasClinicContact,
  renderReading,
  renderWelcome,
  surfaceOf,
  titleOf,
  type Surface,
} from '../../src/bot/replies.js';
import { loadClinic, loadKnowledge } from '../../src/kb/load.js';
import { say, type MessageValues } from '../../src/kb/messages.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { Clinic, Knowledge, ReplyLanguage } from '../../src/kb/schema.js';
import type { Reading } from '../../src/understanding/reading.js';
import { visible } from '../support/channelClient.js';
import { languageOf, readings } from '../support/fakeUnderstanding.js';
import { repoPath } from '../support/repo.js';

let knowledge: Knowledge;
let clinic: Clinic;
let BOOK_A_CONSULT: string;
const entry = (id: string) => knowledge.byId.get(id)!;
const words = (key: MessageKey, values?: MessageValues, language: ReplyLanguage = 'en') => say(knowledge, language, key, values);
const ctx = (surface: Surface, c: Clinic = clinic, language: ReplyLanguage = 'en') => ({ knowledge, clinic: c, surface, language });
const render = (reading: Reading, surface: Surface, c: Clinic = clinic) => visible(renderReading(reading, ctx(surface, c, reading.language.reply)));
const NO_CONTACT = { phone: '', email: '', address: '', website: '', bookingUrl: '' };

beforeAll(async () => {
  knowledge = await loadKnowledge(repoPath('knowledge'));
  clinic = { ...(await loadClinic(repoPath('config/clinic.yaml'))), ...NO_CONTACT };
  BOOK_A_CONSULT = words('button.bookConsult');
});

describe('where a reply is shown', () => {
  it.each([
    [{ channelId: 'webchat', conversation: { id: 'c' } }, 'chat'],
    [{ channelId: 'emulator', conversation: { id: 'c' } }, 'chat'],
    [{ channelId: 'directline', conversation: { id: 'c' } }, 'chat'],
    [{ channelId: 'msteams', conversation: { id: 'c', conversationType: 'personal' } }, 'teams-personal'],
    [{ channelId: 'msteams', conversation: { id: 'c', conversationType: 'channel' } }, 'teams-card'],
    [{ channelId: 'msteams', conversation: { id: 'c', conversationType: 'groupChat' } }, 'teams-card'],
  ] as const)('%o -> %s', (activity, surface) => {
    expect(surfaceOf(activity as never)).toBe(surface);
  });
});

describe('an answer', () => {
  it('in Web Chat starts with the answer verbatim and offers 3 related questions and a booking', () => {
    const e = entry('ims-what');
    const reply = render(readings.entry(e.id), 'chat');
    expect(reply.messages).toHaveLength(1);
    expect(reply.text.startsWith(e.answer)).toBe(true);
    const related = e.related.map((id) => entry(id).title);
    expect(reply.suggested).toEqual([...related, BOOK_A_CONSULT]);
  });

  it('in a Teams personal chat offers at most 3 actions: 2 related and a booking', () => {
    const e = entry('ims-what');
    const reply = render(readings.entry(e.id), 'teams-personal');
    expect(reply.text.startsWith(e.answer)).toBe(true);
    expect(reply.suggested).toEqual([entry(e.related[0]!).title, entry(e.related[1]!).title, BOOK_A_CONSULT]);
  });

  it('in a Teams channel is an Adaptive Card whose first text block is the answer and whose buttons send the choice back', () => {
    const e = entry('ims-sensation');
    const activities = renderReading(readings.entry(e.id), ctx('teams-card'));
    expect(activities[0]!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const reply = visible(activities);
    expect(reply.text.startsWith(e.answer)).toBe(true);
    expect(reply.suggested).toEqual([]);
    expect(reply.buttons).toEqual([...e.related.map((id) => entry(id).title), BOOK_A_CONSULT]);
    const data = reply.buttonData[3] as { msteams: { type: string; text: string }; text: string };
    expect(data.msteams).toMatchObject({ type: 'messageBack', text: BOOK_A_CONSULT });
    expect(data.text).toBe(BOOK_A_CONSULT);
  });

  it('whose reading was torn offers the close runner-up first, so the other question is one tap away', () => {
    const reply = render(readings.entry('ims-what', { confidence: 0.61, alternatives: [{ id: 'ims-what', score: 0.61 }, { id: 'ims-sessions', score: 0.59 }] }), 'chat');
    expect(reply.suggested[0]).toBe(entry('ims-sessions').title);
    expect(reply.suggested).toHaveLength(4);
    expect(reply.suggested).not.toContain(entry('ims-what').title);
  });

  it('without related entries offers starter questions, never the entry itself', () => {
    const e = entry('thanks');
    expect(e.related).toEqual([]);
    const reply = render(readings.entry(e.id), 'chat');
    expect(reply.suggested.at(-1)).toBe(BOOK_A_CONSULT);
    expect(reply.suggested.length).toBeGreaterThan(1);
    expect(reply.suggested).not.toContain(e.title);
  });

  it('appends the ways to reach the clinic that are filled in; with none, the request through this chat', () => {
    const e = entry('clinic-about');
    expect(e.appendContact).toBe(true);
    const empty = render(readings.entry(e.id), 'chat');
    expect(empty.text.startsWith(e.answer)).toBe(true);
    expect(empty.text).toContain(words('contact.noneConfigured', { clinic: clinic.name, bookConsult: BOOK_A_CONSULT }));
    expect(empty.text).not.toMatch(/\bcall\b|e-mail |visit /);
    const withPhone = render(readings.entry(e.id), 'chat', { ...clinic, phone: '604-555-0100' });
    expect(withPhone.text.startsWith(e.answer)).toBe(true);
    expect(withPhone.text).toContain(`You can reach ${clinic.name} directly: call 604-555-0100.`);
    expect(withPhone.text).not.toMatch(/e-mail |visit /);
  });

  it('does not append contact details to entries that do not ask for them', () => {
    const reply = render(readings.entry('ims-what'), 'chat', { ...clinic, phone: '604-555-0100' });
    expect(reply.text).not.toContain('604-555-0100');
  });

  it('in Punjabi uses the translated answer and titles, and the Punjabi button label', () => {
    const e = entry('ims-what');
    const reply = render(readings.entry(e.id, { language: languageOf('pa') }), 'chat');
    const punjabi = knowledge.translations.get('pa')!;
    expect(reply.text.startsWith(punjabi.get('ims-what')!.text)).toBe(true);
    expect(reply.suggested).toEqual([...e.related.map((id) => titleOf({ knowledge, language: 'pa' }, entry(id))), words('button.bookConsult', {}, 'pa')]);
    expect(reply.suggested[0]).not.toBe(entry(e.related[0]!).title);
  });
});

describe('safety', () => {
  it('an emergency gets the safety reply alone: no answer, no buttons', () => {
    for (const surface of ['chat', 'teams-personal', 'teams-card'] as const) {
      const reply = render(readings.emergency({ intent: { kind: 'entry', entryId: 'ims-aftercare' } }), surface);
      expect(reply.text).toBe(words('safety.emergency'));
      expect(reply.suggested).toEqual([]);
      expect(reply.buttons).toEqual([]);
    }
  });

  it('an emergency read from words that may not describe now offers one way back: "It\'s not an emergency"', () => {
    const reply = render(readings.emergency({ uncertain: true, intent: { kind: 'entry', entryId: 'ims-aftercare' } }), 'chat');
    expect(reply.text).toBe(words('safety.emergency'));
    expect(reply.suggested).toEqual([words('button.notEmergency')]);
  });

  it('a crisis gets the crisis reply (911 and 9-8-8)', () => {
    const reply = render(readings.none({ safety: { outcome: 'crisis', category: 'self-harm', terms: [], uncertain: false } }), 'chat');
    expect(reply.text).toBe(words('safety.crisis'));
    expect(reply.text).toContain('9-8-8');
  });

  it('worrying after-effects get HealthLink BC 8-1-1 first, before the answer', () => {
    const urgent = { outcome: 'urgent', category: 'infection-sepsis', terms: [], uncertain: false } as const;
    const answered = render(readings.entry('ims-aftercare', { safety: urgent }), 'chat');
    expect(answered.text.startsWith(words('safety.urgent', { clinicContact: clinicContactSentence(ctx('chat')) }))).toBe(true);
    expect(answered.text).toContain('8-1-1');
    expect(answered.text).toContain(entry('ims-aftercare').answer);
    // With nothing to answer, the 8-1-1 advice alone: no fallback. The test clinic has no phone number, so
    // the contact sentence offers a request through the chat, and its button comes with it.
    const alone = render(readings.none({ safety: urgent }), 'chat');
    expect(alone.text).toBe(words('safety.urgent', { clinicContact: clinicContactSentence(ctx('chat')) }));
    expect(hasClinicContact(ctx('chat').clinic)).toBe(false);
    expect(alone.suggested).toEqual([words('button.bookConsult')]);
  });

  it('a question about a risk gets the normal reply and then the line on when to get help', () => {
    const caution = { outcome: 'caution', category: 'breathing', terms: [], uncertain: false } as const;
    const reply = render(readings.entry('ims-sensation', { safety: caution }), 'chat');
    expect(reply.text.startsWith(entry('ims-sensation').answer)).toBe(true);
    expect(reply.text.endsWith(words('safety.cautionLine'))).toBe(true);
    expect(reply.suggested.at(-1)).toBe(BOOK_A_CONSULT);
  });
});

describe('other readings', () => {
  it('"did you mean" lists the choices by title, numbered, and offers them as actions', () => {
    const reading = readings.ambiguous(['ims-what', 'ims-vs-acupuncture']);
    const reply = render(reading, 'chat');
    expect(reply.text).toMatch(/did you mean/i);
    expect(reply.text).toContain('1. What is IMS?');
    expect(reply.text).toContain('2. IMS vs acupuncture');
    expect(reply.suggested).toEqual(['What is IMS?', 'IMS vs acupuncture']);
    const card = render(reading, 'teams-card');
    expect(card.buttons).toEqual(['What is IMS?', 'IMS vs acupuncture']);
  });

  it('a fallback apologises, suggests the nearest questions and offers to pass a request to the clinic', () => {
    const reply = render(readings.none({ alternatives: [{ id: 'ims-coverage', score: 0.4 }] }), 'chat');
    expect(reply.text).toMatch(/sorry|don't know/i);
    expect(reply.text).toContain(words('fallback.offer', { bookConsult: BOOK_A_CONSULT }));
    expect(reply.suggested[0]).toBe(entry('ims-coverage').title);
    expect(reply.suggested.at(-1)).toBe(BOOK_A_CONSULT);
    expect(reply.suggested.length).toBe(4);
    expect(reply.text).not.toMatch(/\bcall\b|e-mail /);
  });

  it("a fallback for a known out-of-scope topic uses that topic's reply", () => {
    const topic = knowledge.outOfScope.find((t) => t.id === 'price')!;
    const reply = render(readings.none({ topic: 'price' }), 'chat');
    expect(reply.text).toContain(topic.reply.trim());
    expect(reply.text).toMatch(/sorry|don't|can't|cannot/i);
  });

  it('a fallback with no contact details configured offers the request through this chat once', () => {
    const reply = render(readings.none(), 'chat');
    expect(reply.text.match(new RegExp(`"${BOOK_A_CONSULT}"`, 'g'))).toHaveLength(1);
  });

  it('a fallback shows contact details when configured', () => {
    const reply = render(readings.none(), 'chat', { ...clinic, email: 'desk@example.com' });
    expect(reply.text).toContain('e-mail desk@example.com');
  });

  it('a booking or a control act renders nothing: the booking dialog and MainDialog speak', () => {
    expect(renderReading(readings.booking(), ctx('chat'))).toEqual([]);
    expect(renderReading(readings.control({ act: 'yes' }), ctx('chat'))).toEqual([]);
  });

  it('the welcome greets, says it is not an emergency service, and offers three starter questions', () => {
    const reply = visible(renderWelcome(ctx('chat')));
    expect(reply.text).toContain('Nordel Physio Clinic');
    expect(reply.text).toContain(words('welcome.notAService'));
    expect(reply.suggested).toEqual(['What is IMS?', 'Does IMS hurt?', 'Is IMS covered?']);
  });

  it('the welcome in Punjabi is in Punjabi', () => {
    const reply = visible(renderWelcome(ctx('chat', clinic, 'pa')));
    expect(reply.text).toContain(words('welcome.notAService', {}, 'pa'));
    expect(reply.suggested[0]).toBe(titleOf({ knowledge, language: 'pa' }, entry('ims-what')));
  });
});

describe('how to reach the clinic', () => {
  it('with nothing configured, the request through this chat', () => {
    expect(hasClinicContact(clinic)).toBe(false);
    expect(clinicContactSentence(ctx('chat'))).toBe(`I can pass a request to the front desk of ${clinic.name}: choose "${BOOK_A_CONSULT}" and they will get back to you.`);
  });

  it('lists the ways that are filled in (blank ones do not count)', () => {
    expect(hasClinicContact({ ...clinic, phone: '  ' })).toBe(false);
    expect(clinicContactSentence(ctx('chat', { ...clinic, phone: '  ', email: 'a@b.ca' }))).toBe(`You can reach ${clinic.name} directly: e-mail a@b.ca.`);
    expect(clinicContactSentence(ctx('chat', { ...clinic, phone: '604-555-0100', email: 'a@b.ca', website: 'https://example.com' }))).toBe(
      `You can reach ${clinic.name} directly: call 604-555-0100, e-mail a@b.ca or visit https://example.com.`,
    );
    expect(hasClinicContact({ ...clinic, website: 'https://example.com' })).toBe(true);
  });
});
