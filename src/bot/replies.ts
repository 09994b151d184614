// Turns a reading into the activities a person sees, in their language. This is the only place where
// channels differ: Web Chat / Emulator / Direct Line / the terminal get text + suggested actions, a Teams
// personal chat gets at most 3 suggested actions, and Teams channels and group chats (which show no
// suggested actions) get an Adaptive Card whose buttons send the choice back.
import { ActivityTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import { say, type MessageValues } from '../kb/messages.js';
import type { MessageKey } from '../kb/messageKeys.js';
import type { Clinic, Entry, ReplyLanguage } from '../kb/schema.js';
import type { ServingKnowledge } from '../kb/serving.js';
import { CHINESE_SCRIPT_CHOICES, LANGUAGE_CHOICES } from '../understanding/language/languages.js';
import type { Reading } from '../understanding/reading.js';

/** Marker in card-button payloads, so a click in a Teams channel counts as addressed to the bot. */
export const CARD_ACTION_MARKER = 'imsAction';

export type Surface = 'chat' | 'teams-personal' | 'teams-card';

export interface ReplyContext {
  knowledge: ServingKnowledge;
  clinic: Clinic;
  surface: Surface;
  language: ReplyLanguage;
}

/** Where a reply will be shown, from the incoming activity. */
export function surfaceOf(activity: Pick<Activity, 'channelId' | 'conversation'>): Surface {
  if (activity.channelId !== 'msteams') return 'chat';
  const type = activity.conversation?.conversationType;
  return type === 'personal' || type === undefined ? 'teams-personal' : 'teams-card';
}

/** How many related questions fit next to "Book a consult". */
function relatedLimit(surface: Surface): number {
  return surface === 'teams-personal' ? 2 : 3;
}

// Entries offered when the person has not asked anything yet, or asked something we cannot answer.
const STARTER_IDS = ['ims-what', 'ims-sensation', 'ims-coverage'];

/** Three questions to start with: the preferred ones that exist, topped up with other FAQ entries. */
export function starterEntries(knowledge: ServingKnowledge, count = 3): Entry[] {
  const chosen = STARTER_IDS.map((id) => knowledge.byId.get(id)).filter((e): e is Entry => Boolean(e));
  for (const e of knowledge.entries) {
    if (chosen.length >= count) break;
    if (e.kind === 'faq' && !chosen.includes(e)) chosen.push(e);
  }
  return chosen.slice(0, count);
}

/** The bot's own words in the reply's language. */
export function words(ctx: Pick<ReplyContext, 'knowledge' | 'language'>, key: MessageKey, values?: MessageValues): string {
  return say(ctx.knowledge, ctx.language, key, values);
}

/** An entry's title in the reply's language (English until it is translated). */
export function titleOf(ctx: Pick<ReplyContext, 'knowledge' | 'language'>, entry: Entry): string {
  return ctx.knowledge.translations.get(ctx.language)?.get(entry.id)?.title ?? entry.title;
}

/** An entry's answer, or a topic's reply, in the reply's language (English until it is translated). */
export function answerOf(ctx: Pick<ReplyContext, 'knowledge' | 'language'>, id: string, english: string): string {
  return ctx.knowledge.translations.get(ctx.language)?.get(id)?.text ?? english;
}

/**
 * The clinic's configured ways to reach the front desk, as one sentence ("call 604-..., or visit ...");
 * with none configured, the way that always works: a request through this chat.
 */
export function clinicContactSentence(ctx: Pick<ReplyContext, 'knowledge' | 'language' | 'clinic'>): string {
  const { clinic } = ctx;
  const ways: string[] = [];
  if (clinic.phone.trim()) ways.push(words(ctx, 'contact.call', { phone: clinic.phone.trim() }));
  if (clinic.email.trim()) ways.push(words(ctx, 'contact.email', { email: clinic.email.trim() }));
  if (clinic.bookingUrl.trim()) ways.push(words(ctx, 'contact.bookOnline', { url: clinic.bookingUrl.trim() }));
  else if (clinic.website.trim()) ways.push(words(ctx, 'contact.visit', { url: clinic.website.trim() }));
  if (!ways.length) return words(ctx, 'contact.noneConfigured', { clinic: clinic.name, bookConsult: words(ctx, 'button.bookConsult') });
  const or = words(ctx, 'contact.or');
  const list = ways.length === 1 ? ways[0] : `${ways.slice(0, -1).join(', ')} ${or} ${ways[ways.length - 1]}`;
  return words(ctx, 'contact.reach', { clinic: clinic.name, ways: list ?? '' });
}

/** Whether the clinic has filled in any way to reach the front desk (start-up and kb:check warn otherwise). */
export function hasClinicContact(clinic: Clinic): boolean {
  return [clinic.phone, clinic.email, clinic.bookingUrl, clinic.website].some((value) => value.trim() !== '');
}

/** Text and button labels of one reply, before it is shaped for a channel. */
export interface ReplyContent {
  /** Paragraphs; the first is shown verbatim (answers are recognised by their opening). */
  paragraphs: string[];
  /** Button / suggested-action labels; each sends its own label back as the user's message. */
  choices: string[];
  /** Numbered list lines under the first paragraph (choices offered in "Did you mean"). */
  list?: string[];
}

/**
 * The questions an answer offers as buttons: the reading's close runners-up first, so an answer to the wrong
 * question leaves the right one a tap away ("one and done, or months of appointments?" answered as a booking
 * offers "How many sessions?"), then the entry's related questions (the starters when it names none).
 */
function answerButtons(entry: Entry, reading: Reading, knowledge: ServingKnowledge, surface: Surface): Entry[] {
  const runnersUp = readingNeighbours(reading, knowledge, relatedLimit(surface), RUNNER_UP_SCORE);
  let related = entry.related.map((id) => knowledge.byId.get(id)).filter((e): e is Entry => Boolean(e));
  if (!related.length) related = starterEntries(knowledge);
  return [...new Set([...runnersUp, ...related])].filter((e) => e.id !== entry.id).slice(0, relatedLimit(surface));
}

/** The language buttons, in their own language (English, ਪੰਜਾਬੀ, 中文; in Chinese also 简体 / 繁體 to switch script). */
export function languageChoices(ctx: Pick<ReplyContext, 'language'>): string[] {
  const family = (language: string) => language.slice(0, 2);
  const others = LANGUAGE_CHOICES.filter((choice) => family(choice.language) !== family(ctx.language)).map((choice) => choice.label);
  const scripts = CHINESE_SCRIPT_CHOICES.filter((choice) => family(ctx.language) === 'zh' && choice.language !== ctx.language).map((choice) => choice.label);
  return [...others, ...scripts];
}

function entryContent(entry: Entry, reading: Reading, ctx: ReplyContext): ReplyContent {
  const answer = answerOf(ctx, entry.id, entry.answer);
  const contact = entry.appendContact ? clinicContactSentence(ctx) : '';
  if (entry.id === 'language') return { paragraphs: [answer], choices: languageChoices(ctx) };
  return {
    paragraphs: [answer, contact].filter(Boolean),
    choices: [...answerButtons(entry, reading, ctx.knowledge, ctx.surface).map((e) => titleOf(ctx, e)), words(ctx, 'button.bookConsult')],
  };
}

function fallbackText(reading: Reading, ctx: ReplyContext): string {
  const topicId = reading.intent.kind === 'none' ? reading.intent.topic : undefined;
  const topic = topicId ? ctx.knowledge.outOfScope.find((t) => t.id === topicId) : undefined;
  if (!topic) return words(ctx, 'fallback.sorry');
  const reply = answerOf(ctx, topic.id, topic.reply.trim());
  // English topic replies are honest by design; make sure they also say so plainly.
  if (ctx.language !== 'en' || /\b(sorry|don't know|do not know|don't have|do not have|can't|cannot)\b/i.test(reply)) return reply;
  return `${words(ctx, 'fallback.sorry')} ${reply}`;
}

/**
 * How near an entry must be to be offered: beside an answer, a runner-up strong enough to stand before the entry's
 * related questions; in a fallback, any entry somewhat near (on the held-out sets' unanswered questions a right one
 * was then one tap away 299 times in 449, against 234 at the runners-up's bar), below which the starter questions
 * say more.
 */
const RUNNER_UP_SCORE = 0.15;
const FALLBACK_SCORE = 0.05;

/** The FAQ entries nearest to what was asked (at least `minScore`): an answer's runners-up, a fallback's suggestions. */
function readingNeighbours(reading: Reading, knowledge: ServingKnowledge, count: number, minScore: number): Entry[] {
  return reading.alternatives
    .filter((c) => c.score >= minScore)
    .map((c) => knowledge.byId.get(c.id))
    .filter((e): e is Entry => Boolean(e) && e!.kind === 'faq')
    .slice(0, count);
}

/**
 * The entries a reply to this reading offers as buttons, and `booking` for "Book a consult": a "did you mean"'s
 * entries; a fallback's nearest entries (not the starter questions it is topped up with, which are the same
 * whatever was asked); an answer's runners-up and related questions. For `kb:test`: when the reading was wrong,
 * was a right choice one tap away?
 */
export function offeredChoices(reading: Reading, knowledge: ServingKnowledge, surface: Surface = 'chat'): string[] {
  const { intent } = reading;
  switch (intent.kind) {
    case 'ambiguous':
      return intent.entryIds.slice(0, 3);
    case 'none':
      return [...readingNeighbours(reading, knowledge, relatedLimit(surface), FALLBACK_SCORE).map((e) => e.id), 'booking'];
    case 'entry': {
      const entry = knowledge.byId.get(intent.entryId);
      if (!entry || entry.id === 'language') return [];
      return [...answerButtons(entry, reading, knowledge, surface).map((e) => e.id), 'booking'];
    }
    default:
      return [];
  }
}

/** The entries nearest to what was asked (a fallback's suggestions), else the starter questions. */
function nearestEntries(reading: Reading, ctx: ReplyContext, count: number): Entry[] {
  const near = readingNeighbours(reading, ctx.knowledge, count, FALLBACK_SCORE);
  for (const e of starterEntries(ctx.knowledge, count + near.length)) {
    if (near.length >= count) break;
    if (!near.includes(e)) near.push(e);
  }
  return near;
}

/** What to say for a reading that the main flow answers (an entry, "did you mean", or nothing). */
export function contentOf(reading: Reading, ctx: ReplyContext): ReplyContent | null {
  const { knowledge, surface } = ctx;
  const { intent } = reading;
  switch (intent.kind) {
    case 'entry': {
      const entry = knowledge.byId.get(intent.entryId);
      return entry ? entryContent(entry, reading, ctx) : null;
    }
    case 'ambiguous': {
      const titles = intent.entryIds
        .slice(0, 3)
        .map((id) => knowledge.byId.get(id))
        .filter((e): e is Entry => Boolean(e))
        .map((e) => titleOf(ctx, e));
      return { paragraphs: [words(ctx, 'didYouMean')], list: titles, choices: titles };
    }
    case 'none': {
      const offer = words(ctx, 'fallback.offer', { bookConsult: words(ctx, 'button.bookConsult') });
      const near = nearestEntries(reading, ctx, relatedLimit(surface)).map((e) => titleOf(ctx, e));
      return {
        // With no phone, e-mail or website configured, the contact sentence is this same offer: say it once.
        paragraphs: [fallbackText(reading, ctx), words(ctx, 'fallback.nearest'), hasClinicContact(ctx.clinic) ? `${offer} ${clinicContactSentence(ctx)}` : offer],
        choices: [...near, words(ctx, 'button.bookConsult')],
      };
    }
    default:
      return null;
  }
}

/**
 * What the safety check adds around a reply: worrying after-effects get HealthLink BC 8-1-1 first (and,
 * for a question the knowledge base cannot answer, nothing else); a question about a risk gets one line on
 * when to get help after it.
 */
export function withSafety(reading: Reading, content: ReplyContent | null, ctx: ReplyContext): ReplyContent | null {
  const { outcome } = reading.safety;
  if (outcome === 'urgent') {
    const urgent = words(ctx, 'safety.urgent', { clinicContact: clinicContactSentence(ctx) });
    // With no number to call, the clinic's contact sentence offers a request through the chat: its button goes with it.
    const bookConsult = words(ctx, 'button.bookConsult');
    const needed = hasClinicContact(ctx.clinic) ? [] : [bookConsult];
    if (!content || reading.intent.kind !== 'entry') return { paragraphs: [urgent], choices: needed };
    return { ...content, paragraphs: [urgent, ...content.paragraphs], choices: [...content.choices.filter((c) => c !== bookConsult), ...needed] };
  }
  if (content && outcome === 'caution') return { ...content, paragraphs: [...content.paragraphs, words(ctx, 'safety.cautionLine')] };
  return content;
}

/** The 911 (and 9-8-8) reply alone; when the words may not describe now, one way back to the question. */
export function emergencyContent(reading: Reading, ctx: ReplyContext): ReplyContent {
  return {
    paragraphs: [words(ctx, reading.safety.outcome === 'crisis' ? 'safety.crisis' : 'safety.emergency')],
    choices: reading.safety.uncertain ? [words(ctx, 'button.notEmergency')] : [],
  };
}

/** An Adaptive Card button that sends `label` back as the person's message (Teams messageBack). */
function submitAction(label: string) {
  return {
    type: 'Action.Submit',
    title: label,
    data: {
      msteams: { type: 'messageBack', text: label, displayText: label, value: { [CARD_ACTION_MARKER]: 'say', text: label } },
      // Hosts without the msteams extension (Web Chat, Agents Playground) send `data` as the value.
      [CARD_ACTION_MARKER]: 'say',
      text: label,
    },
  };
}

function card(content: ReplyContent) {
  const [first = '', ...rest] = content.paragraphs;
  const list = content.list?.map((line, i) => `${i + 1}. ${line}`).join('\r\n');
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      { type: 'TextBlock', text: first, wrap: true },
      ...(list ? [{ type: 'TextBlock', text: list, wrap: true }] : []),
      ...rest.map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Medium' })),
    ],
    actions: content.choices.map(submitAction),
  });
}

/** Suggested actions a Teams personal chat shows; more choices than that (a booking step's) go on a card. */
const TEAMS_SUGGESTED_ACTIONS = 3;

/** One reply shaped for where it is shown. */
export function shape(content: ReplyContent, surface: Surface): Partial<Activity> {
  const buttons = content.choices.length;
  if ((surface === 'teams-card' && buttons > 0) || (surface === 'teams-personal' && buttons > TEAMS_SUGGESTED_ACTIONS)) {
    return MessageFactory.attachment(card(content));
  }
  const [first = '', ...rest] = content.paragraphs;
  const list = content.list?.map((line, i) => `${i + 1}. ${line}`).join('\n');
  const text = [first, list, ...rest].filter(Boolean).join('\n\n');
  const actions: CardAction[] = content.choices.map((label) => ({ type: 'imBack', title: label, value: label }));
  return actions.length ? MessageFactory.suggestedActions(actions, text) : MessageFactory.text(text);
}

/** The activities for a reading the main flow answers (none for a booking or a control act). */
export function renderReading(reading: Reading, ctx: ReplyContext): Partial<Activity>[] {
  if (reading.safety.outcome === 'emergency' || reading.safety.outcome === 'crisis') return [shape(emergencyContent(reading, ctx), ctx.surface)];
  const content = withSafety(reading, contentOf(reading, ctx), ctx);
  return content ? [shape(content, ctx.surface)] : [];
}

/** Greeting for a new conversation, with three questions to start from and the other languages. */
export function renderWelcome(ctx: ReplyContext): Partial<Activity>[] {
  const starters = starterEntries(ctx.knowledge).map((e) => titleOf(ctx, e));
  const content: ReplyContent = {
    paragraphs: [words(ctx, 'welcome.intro', { clinic: ctx.clinic.name }), words(ctx, 'welcome.notAService'), words(ctx, 'welcome.languages')],
    choices: starters,
  };
  return [shape(content, ctx.surface)];
}

/** A typing indicator, for channels that show one. */
export function typingActivity(): Partial<Activity> {
  return { type: ActivityTypes.Typing };
}
