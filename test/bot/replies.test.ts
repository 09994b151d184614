import { beforeAll, describe, expect, it } from 'vitest';
import { BOOK_A_CONSULT, contactLine, renderRoute, renderWelcome, surfaceOf, type Surface } from '../../src/bot/replies.js';
import { loadClinic, loadKnowledge } from '../../src/kb/load.js';
import type { Clinic, Knowledge } from '../../src/kb/schema.js';
import { visible } from '../support/channelClient.js';
import { routes } from '../support/fakeRouter.js';
import { repoPath } from '../support/repo.js';

let knowledge: Knowledge;
let clinic: Clinic;
const entry = (id: string) => knowledge.byId.get(id)!;
const render = (route: Parameters<typeof renderRoute>[0], surface: Surface, c: Clinic = clinic) =>
  visible(renderRoute(route, { knowledge, clinic: c, surface }));

beforeAll(async () => {
  knowledge = await loadKnowledge(repoPath('knowledge'));
  clinic = await loadClinic(repoPath('config/clinic.yaml'));
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
    const reply = render(routes.answer(e), 'chat');
    expect(reply.messages).toHaveLength(1);
    expect(reply.text.startsWith(e.answer)).toBe(true);
    const related = e.related.map((id) => entry(id).title);
    expect(reply.suggested).toEqual([...related, BOOK_A_CONSULT]);
  });

  it('in a Teams personal chat offers at most 3 actions: 2 related and a booking', () => {
    const e = entry('ims-what');
    const reply = render(routes.answer(e), 'teams-personal');
    expect(reply.text.startsWith(e.answer)).toBe(true);
    expect(reply.suggested).toEqual([entry(e.related[0]!).title, entry(e.related[1]!).title, BOOK_A_CONSULT]);
  });

  it('in a Teams channel is an Adaptive Card whose first text block is the answer and whose buttons send the choice back', () => {
    const e = entry('ims-sensation');
    const activities = renderRoute(routes.answer(e), { knowledge, clinic, surface: 'teams-card' });
    expect(activities[0]!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const reply = visible(activities);
    expect(reply.text.startsWith(e.answer)).toBe(true);
    expect(reply.suggested).toEqual([]);
    expect(reply.buttons).toEqual([...e.related.map((id) => entry(id).title), BOOK_A_CONSULT]);
    const data = reply.buttonData[3] as { msteams: { type: string; text: string }; text: string };
    expect(data.msteams).toMatchObject({ type: 'messageBack', text: BOOK_A_CONSULT });
    expect(data.text).toBe(BOOK_A_CONSULT);
  });

  it('without related entries offers starter questions, never the entry itself', () => {
    const e = entry('thanks');
    expect(e.related).toEqual([]);
    const reply = render(routes.answer(e), 'chat');
    expect(reply.suggested.at(-1)).toBe(BOOK_A_CONSULT);
    expect(reply.suggested.length).toBeGreaterThan(1);
    expect(reply.suggested).not.toContain(e.title);
  });

  it('appends contact details only when the clinic has filled some in', () => {
    const e = entry('clinic-about');
    expect(e.appendContact).toBe(true);
    const empty = render(routes.answer(e), 'chat', { ...clinic, phone: '', email: '', address: '', website: '' });
    expect(empty.text).not.toMatch(/reach|phone|e-mail|address:|website/i);
    const withPhone = render(routes.answer(e), 'chat', { ...clinic, phone: '604-555-0100' });
    expect(withPhone.text.startsWith(e.answer)).toBe(true);
    expect(withPhone.text).toContain('phone: 604-555-0100');
    expect(withPhone.text).not.toMatch(/e-mail:|address:|website:/);
  });

  it('does not append contact details to entries that do not ask for them', () => {
    const reply = render(routes.answer(entry('ims-what')), 'chat', { ...clinic, phone: '604-555-0100' });
    expect(reply.text).not.toContain('604-555-0100');
  });
});

describe('other decisions', () => {
  it('an emergency gets the safety reply alone: no answer, no buttons', () => {
    for (const surface of ['chat', 'teams-personal', 'teams-card'] as const) {
      const reply = render(routes.emergency(), surface);
      expect(reply.text).toBe(knowledge.messages.get('en')?.messages['safety.emergency']);
      expect(reply.suggested).toEqual([]);
      expect(reply.buttons).toEqual([]);
    }
  });

  it('"did you mean" lists the choices by title, numbered, and offers them as actions', () => {
    const choices = [entry('ims-what'), entry('ims-vs-acupuncture')];
    const reply = render(routes.ambiguous(choices), 'chat');
    expect(reply.text).toMatch(/did you mean/i);
    expect(reply.text).toContain('1. What is IMS?');
    expect(reply.text).toContain('2. IMS vs acupuncture');
    expect(reply.suggested).toEqual(['What is IMS?', 'IMS vs acupuncture']);
    const card = render(routes.ambiguous(choices), 'teams-card');
    expect(card.buttons).toEqual(['What is IMS?', 'IMS vs acupuncture']);
  });

  it('a fallback apologises, suggests questions and offers to pass a request to the clinic', () => {
    const reply = render(routes.none('what is the meaning of life'), 'chat');
    expect(reply.text).toMatch(/sorry|don't know/i);
    expect(reply.suggested.at(-1)).toBe(BOOK_A_CONSULT);
    expect(reply.suggested.length).toBe(4);
    expect(reply.text).not.toMatch(/phone:|e-mail:/);
  });

  it("a fallback for a known out-of-scope topic uses that topic's reply", () => {
    const topic = knowledge.outOfScope.find((t) => t.id === 'price')!;
    const reply = render(routes.none('price', topic), 'chat');
    expect(reply.text.startsWith(topic.reply)).toBe(true);
  });

  it('a fallback shows contact details when configured', () => {
    const reply = render(routes.none('x'), 'chat', { ...clinic, email: 'desk@example.com' });
    expect(reply.text).toContain('e-mail: desk@example.com');
  });

  it('a booking renders nothing: the booking dialog speaks', () => {
    expect(renderRoute(routes.booking(), { knowledge, clinic, surface: 'chat' })).toEqual([]);
  });

  it('the welcome greets and offers three starter questions', () => {
    const reply = visible(renderWelcome({ knowledge, clinic, surface: 'chat' }));
    expect(reply.text).toContain('Nordel Physio Clinic');
    expect(reply.suggested).toEqual(['What is IMS?', 'Does IMS hurt?', 'Is IMS covered?']);
  });

  it('the contact line is empty when nothing is configured', () => {
    expect(contactLine({ ...clinic, phone: '', email: '', address: '', website: '' })).toBe('');
    expect(contactLine({ ...clinic, phone: '  ', email: 'a@b.ca' })).toBe('You can reach Nordel Physio Clinic by e-mail: a@b.ca.');
  });
});
