// MainDialog's route table, one row per route: each message is read by a fake Understanding that returns the
// reading the row gives (as BotBuilder-Samples core-bot tests its MainDialog with a mock recognizer), and the
// row says what the person then sees and what the conversation remembers. The Emulator channel is used so
// that the route trace names the route that ran.
import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversationMemory } from '../../dialogs/mainDialog.js';
import { BOOKING_DIALOG_ID } from '../../src/booking/bookingFlow.js';
import { answerOf, languageChoices } from '../../src/bot/replies.js';
import { loadClinic, loadKnowledge } from '../../src/kb/load.js';
import { say, type MessageValues } from '../../src/kb/messages.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { Clinic, Knowledge, ReplyLanguage } from '../../src/kb/schema.js';
import type { Reading } from '../../src/understanding/reading.js';
import { startBot, type BotHarness, type Reply } from '../support/botHarness.js';
import { FakeUnderstanding, languageOf, partsWith, readings, type ReadingRule } from '../support/fakeUnderstanding.js';
import { repoPath } from '../support/repo.js';

let knowledge: Knowledge;
let clinic: Clinic;

beforeAll(async () => {
  knowledge = await loadKnowledge(repoPath('knowledge'));
  clinic = await loadClinic(repoPath('config/clinic.yaml'));
});

const words = (key: MessageKey, values?: MessageValues, language: ReplyLanguage = 'en') => say(knowledge, language, key, values);
const answer = (id: string) => knowledge.byId.get(id)!.answer;
const title = (id: string) => knowledge.byId.get(id)!.title;
const bookingRuns = async (bot: BotHarness) => (await bot.dialogStack()).includes(`"id":"${BOOKING_DIALOG_ID}"`);
/** The booking's first question (consent to collect the details). */
const CONSENT_QUESTION = /okay to collect/;
const REFERENCE = 'NPC-7K3F9Q';

/** What each message of a row is read as (by its text). A message the row does not expect fails the test. */
type Script = Record<string, Reading | ReadingRule>;

function scripted(script: Script): FakeUnderstanding {
  return new FakeUnderstanding((input, context) => {
    const entry = script[input.text];
    if (!entry) throw new Error(`the test did not expect the message "${input.text}"`);
    return typeof entry === 'function' ? entry(input, context) : entry;
  });
}

interface Row {
  route: string;
  what: string;
  script: Script;
  /** Messages sent first. */
  before?: string[];
  /** What the conversation remembers when the message comes (e.g. a request confirmed earlier in it). */
  memory?: ConversationMemory;
  message: string | Partial<Activity>;
  check(turn: { reply: Reply; bot: BotHarness; fake: FakeUnderstanding }): Promise<void>;
}

const BOOK = 'I would like to book an appointment';
const CHEST_PAIN = 'I have chest pain';
const UNSURE_EMERGENCY = 'is it normal to have chest pain after IMS?';
const NO_ANSWER = 'what is the meaning of life';

/** A booking waiting at its first question, then interrupted by an emergency. */
const PAUSED: Script = {
  [BOOK]: readings.booking(),
  [CHEST_PAIN]: readings.emergency(),
};
/** A fallback: it offers, for one message, to pass a request to the clinic. */
const FALLBACK: Script = {
  [NO_ANSWER]: readings.none({ alternatives: [{ id: 'ims-what', score: 0.3 }] }),
};
/** "yes" / "no" mean yes and no only where the bot asked a yes-or-no question. */
const yesNo =
  (act: 'yes' | 'no'): ReadingRule =>
  (_input, context) =>
    context.expecting ? readings.control({ act }) : readings.none();

const ROWS: Row[] = [
  {
    route: 'emergency',
    what: 'an emergency while a booking runs gets the 911 reply alone and pauses the booking',
    script: PAUSED,
    before: [BOOK],
    message: CHEST_PAIN,
    async check({ reply, bot }) {
      expect(reply.messages).toHaveLength(1);
      expect(reply.text).toBe(words('safety.emergency'));
      expect(reply.suggested).toEqual([]);
      expect(await bookingRuns(bot)).toBe(true);
      expect(await bot.memory()).toMatchObject({ bookingPaused: true });
    },
  },
  {
    route: 'forget-me',
    what: '"forget me" deletes the conversation (a booking in progress too) and names the reference of a request confirmed in it',
    script: { [BOOK]: readings.booking(), 'forget me': readings.control({ act: 'forget-me' }) },
    before: [BOOK],
    memory: { references: [REFERENCE], lastEntryId: 'ims-what' },
    message: 'forget me',
    async check({ reply, bot }) {
      expect(reply.text).toContain(words('forget.done'));
      expect(reply.text).toContain(REFERENCE);
      expect(reply.text).not.toContain(words('forget.keptNone'));
      expect(await bookingRuns(bot)).toBe(false);
      expect(await bot.memory()).toBeUndefined();
    },
  },
  {
    route: 'not-emergency',
    what: '"It\'s not an emergency" re-reads the previous message and answers it, with the line on when to get help',
    script: {
      [UNSURE_EMERGENCY]: (input) =>
        input.ignoreEmergency
          ? readings.entry('ims-aftercare', { safety: { outcome: 'caution', category: 'chest-heart', terms: ['chest-pain'], uncertain: false } })
          : readings.emergency({ uncertain: true, intent: { kind: 'entry', entryId: 'ims-aftercare' } }),
      "It's not an emergency": readings.control({ act: 'not-emergency' }),
    },
    before: [UNSURE_EMERGENCY],
    message: "It's not an emergency",
    async check({ reply, bot, fake }) {
      expect(fake.calls.at(-1)?.input).toEqual({ text: UNSURE_EMERGENCY, ignoreEmergency: true });
      expect(reply.text).toContain(words('safety.notEmergencyThanks'));
      expect(reply.text).toContain(answer('ims-aftercare'));
      expect(reply.text).toContain(words('safety.cautionLine'));
      expect(await bot.memory()).toMatchObject({ lastEntryId: 'ims-aftercare' });
    },
  },
  {
    route: 'language',
    what: 'a tap on ਪੰਜਾਬੀ switches the language, answers in it, and the next message is read knowing the choice',
    script: {
      ਪੰਜਾਬੀ: readings.control(
        { act: 'language', language: 'pa' },
        { language: languageOf('pa', { requested: true, switched: true, remember: { language: 'pa', by: 'choice' } }) },
      ),
      'What is IMS?': readings.entry('ims-what'),
    },
    message: 'ਪੰਜਾਬੀ',
    async check({ reply, bot, fake }) {
      const punjabi = { knowledge, language: 'pa' as const };
      expect(reply.messages[0]?.text).toBe(words('language.switched', {}, 'pa'));
      expect(reply.text).toContain(answerOf(punjabi, 'language', answer('language')));
      expect(reply.suggested).toEqual(languageChoices(punjabi));
      await bot.say('What is IMS?');
      expect(fake.calls.at(-1)?.context.language).toEqual({ language: 'pa', by: 'choice' });
    },
  },
  {
    route: 'feedback',
    what: 'a 👍 on an answer is thanked',
    script: { '': readings.control({ act: 'feedback', entryId: 'ims-what', vote: 'up' }) },
    message: { text: '', value: { imsFeedback: 'up', entryId: 'ims-what' } },
    async check({ reply, fake }) {
      expect(fake.calls.at(-1)?.input.value).toEqual({ imsFeedback: 'up', entryId: 'ims-what' });
      expect(reply.text).toBe(words('feedback.thanksUp'));
    },
  },
  {
    route: 'booking-paused',
    what: '"continue my booking" after an emergency asks the waiting question again',
    script: { ...PAUSED, 'continue my booking': (_input, context) => (context.expecting === 'continue' ? readings.control({ act: 'continue-booking' }) : readings.booking()) },
    before: [BOOK, CHEST_PAIN],
    message: 'continue my booking',
    async check({ reply, bot }) {
      expect(reply.text).toMatch(CONSENT_QUESTION);
      expect(await bookingRuns(bot)).toBe(true);
      expect((await bot.memory())?.bookingPaused).toBeUndefined();
    },
  },
  {
    route: 'booking-paused',
    what: '"stop the booking" after an emergency cancels it',
    script: { ...PAUSED, 'stop the booking': (_input, context) => (context.expecting === 'continue' ? readings.control({ act: 'cancel' }) : readings.booking()) },
    before: [BOOK, CHEST_PAIN],
    message: 'stop the booking',
    async check({ reply, bot }) {
      expect(reply.text).toBe(words('booking.cancelled'));
      expect(await bookingRuns(bot)).toBe(false);
      expect(await bot.memory()).toBeUndefined();
    },
  },
  {
    route: 'booking-paused',
    what: 'a question after an emergency is answered, and the bot says the booking is waiting',
    script: { ...PAUSED, 'Does IMS hurt?': readings.entry('ims-sensation') },
    before: [BOOK, CHEST_PAIN],
    message: 'Does IMS hurt?',
    async check({ reply, bot }) {
      const [continueBooking, stopBooking] = [words('button.continueBooking'), words('button.stopBooking')];
      expect(reply.text.startsWith(answer('ims-sensation'))).toBe(true);
      expect(reply.messages.at(-1)?.text).toBe(words('safety.bookingWaits', { continueBooking, stopBooking }));
      expect(reply.suggested.slice(-2)).toEqual([continueBooking, stopBooking]);
      expect(await bookingRuns(bot)).toBe(true);
      expect(await bot.memory()).toMatchObject({ bookingPaused: true });
    },
  },
  {
    route: 'booking-step',
    what: 'while a booking runs, the message goes to its step ("cancel" ends it)',
    script: { [BOOK]: readings.booking(), cancel: (_input, context) => (context.expecting === 'consent' ? readings.control({ act: 'cancel' }) : readings.none()) },
    before: [BOOK],
    message: 'cancel',
    async check({ reply, bot }) {
      expect(reply.text).toBe(words('booking.cancelled'));
      expect(await bookingRuns(bot)).toBe(false);
    },
  },
  {
    route: 'booking',
    what: 'a booking request starts the booking',
    script: { [BOOK]: readings.booking() },
    message: BOOK,
    async check({ reply, bot }) {
      expect(reply.text).toMatch(CONSENT_QUESTION);
      expect(await bookingRuns(bot)).toBe(true);
    },
  },
  {
    route: 'booking',
    what: 'a "yes" after the fallback\'s offer starts a booking',
    script: { ...FALLBACK, yes: yesNo('yes') },
    before: [NO_ANSWER],
    message: 'yes',
    async check({ reply, bot, fake }) {
      expect(fake.calls.at(-1)?.context.expecting).toBe('bookingOffer');
      expect(reply.text).toMatch(CONSENT_QUESTION);
      expect(await bookingRuns(bot)).toBe(true);
    },
  },
  {
    route: 'offer-declined',
    what: 'a "no" to the fallback\'s offer is answered politely',
    script: { ...FALLBACK, no: yesNo('no') },
    before: [NO_ANSWER],
    message: 'no',
    async check({ reply, bot }) {
      expect(reply.text.startsWith(answer('thanks'))).toBe(true);
      expect(reply.text).not.toMatch(/sorry/i);
      expect(await bookingRuns(bot)).toBe(false);
      expect(await bot.memory()).toBeUndefined();
    },
  },
  {
    route: 'answer',
    what: 'an entry is answered, with related questions and "Book a consult"',
    script: { 'Does IMS hurt?': readings.entry('ims-sensation') },
    message: 'Does IMS hurt?',
    async check({ reply, bot }) {
      expect(reply.text.startsWith(answer('ims-sensation'))).toBe(true);
      expect(reply.suggested.at(-1)).toBe(words('button.bookConsult'));
      expect(await bot.memory()).toEqual({ lastEntryId: 'ims-sensation' });
    },
  },
  {
    route: 'answer',
    what: 'an ambiguous reading gives "Did you mean" with the choices',
    script: { 'ims or acupuncture': readings.ambiguous(['ims-what', 'ims-vs-acupuncture']) },
    message: 'ims or acupuncture',
    async check({ reply }) {
      expect(reply.text).toContain(words('didYouMean'));
      expect(reply.text).toContain(`1. ${title('ims-what')}`);
      expect(reply.suggested).toEqual([title('ims-what'), title('ims-vs-acupuncture')]);
    },
  },
  {
    route: 'answer',
    what: 'nothing to answer gives the fallback with the nearest entries, and offers to pass a request on',
    script: {
      [NO_ANSWER]: readings.none({
        alternatives: [
          { id: 'ims-coverage', score: 0.4 },
          // Somewhat near is near enough for a fallback (more often one tap from the right answer than the starters).
          { id: 'ims-sessions', score: 0.08 },
          { id: 'ims-conditions', score: 0.03 },
        ],
      }),
    },
    message: NO_ANSWER,
    async check({ reply, bot }) {
      expect(reply.text).toContain(words('fallback.sorry'));
      expect(reply.text).toContain(words('fallback.nearest'));
      expect(reply.suggested.slice(0, 2)).toEqual([title('ims-coverage'), title('ims-sessions')]);
      expect(reply.suggested).not.toContain(title('ims-conditions')); // too far to suggest
      expect(reply.suggested.at(-1)).toBe(words('button.bookConsult'));
      expect(await bot.memory()).toMatchObject({ bookingOffer: true });
    },
  },
];

describe("MainDialog's route table", () => {
  it('has a row for every route', () => {
    const routes = ['emergency', 'forget-me', 'not-emergency', 'language', 'feedback', 'booking-paused', 'booking-step', 'booking', 'offer-declined', 'answer'];
    expect([...new Set(ROWS.map((row) => row.route))].sort()).toEqual([...routes].sort());
  });

  it.each(ROWS)('$route: $what', async (row) => {
    const fake = scripted(row.script);
    const bot = await startBot(partsWith(knowledge, clinic, fake), { channelId: 'emulator' });
    for (const text of row.before ?? []) await bot.say(text);
    if (row.memory) await bot.remember({ ...(await bot.memory()), ...row.memory });
    const reply = await bot.say(row.message);
    const traces = reply.activities.filter((a) => a.type === 'trace');
    expect(traces).toHaveLength(1);
    expect(traces[0]).toMatchObject({ name: 'route', value: { route: row.route } });
    await row.check({ reply, bot, fake });
  });
});

describe('the route trace', () => {
  it('names the reading (label, confidence, candidates, safety, language) and the route', async () => {
    const fake = scripted({ 'Does IMS hurt?': readings.entry('ims-sensation', { alternatives: [{ id: 'ims-sensation', score: 0.9 }, { id: 'ims-what', score: 0.2 }] }) });
    const bot = await startBot(partsWith(knowledge, clinic, fake), { channelId: 'emulator' });
    const reply = await bot.say('Does IMS hurt?');
    expect(reply.activities.find((a) => a.type === 'trace')).toMatchObject({
      name: 'route',
      label: 'Route',
      value: {
        label: 'ims-sensation',
        score: 0.9,
        candidates: [
          { id: 'ims-sensation', score: 0.9 },
          { id: 'ims-what', score: 0.2 },
        ],
        safety: 'calm',
        language: 'en',
        written: 'en',
        route: 'answer',
      },
    });
  });
});
