// Turns a routing decision into the activities a person sees. This is the only place where
// channels differ: Web Chat / Emulator / Direct Line / the terminal get text + suggested actions,
// a Teams personal chat gets at most 3 suggested actions, and Teams channels and group chats
// (which show no suggested actions) get an Adaptive Card whose buttons send the choice back.
import { ActivityTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import { say } from '../kb/messages.js';
import type { Clinic, Entry, Knowledge } from '../kb/schema.js';
import type { Route } from '../routing/types.js';

/** Label of the action that starts a booking request; MainDialog treats it as a booking. */
export const BOOK_A_CONSULT = 'Book a consult';

/** Marker in card-button payloads, so a click in a Teams channel counts as addressed to the bot. */
export const CARD_ACTION_MARKER = 'imsAction';

export type Surface = 'chat' | 'teams-personal' | 'teams-card';

export interface ReplyContext {
  knowledge: Knowledge;
  clinic: Clinic;
  surface: Surface;
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
export function starterEntries(knowledge: Knowledge, count = 3): Entry[] {
  const chosen = STARTER_IDS.map((id) => knowledge.byId.get(id)).filter((e): e is Entry => Boolean(e));
  for (const e of knowledge.entries) {
    if (chosen.length >= count) break;
    if (e.kind === 'faq' && !chosen.includes(e)) chosen.push(e);
  }
  return chosen.slice(0, count);
}

/** The clinic's configured contact details as one line; '' when none are filled in. */
export function contactLine(clinic: Clinic): string {
  const parts = [
    ['phone', clinic.phone],
    ['e-mail', clinic.email],
    ['address', clinic.address],
    ['website', clinic.website],
  ]
    .filter(([, value]) => value?.trim())
    .map(([label, value]) => `${label}: ${value!.trim()}`);
  return parts.length ? `You can reach ${clinic.name} by ${parts.join(', ')}.` : '';
}

/** Text and button labels of one reply, before it is shaped for a channel. */
interface ReplyContent {
  /** Paragraphs; the first is shown verbatim (answers are recognised by their opening). */
  paragraphs: string[];
  /** Button / suggested-action labels; each sends its own label back as the user's message. */
  choices: string[];
  /** Numbered list lines under the first paragraph (choices offered in "Did you mean"). */
  list?: string[];
}

function relatedTitles(entry: Entry, knowledge: Knowledge): string[] {
  return entry.related
    .map((id) => knowledge.byId.get(id))
    .filter((e): e is Entry => Boolean(e) && e!.id !== entry.id)
    .map((e) => e.title);
}

function fallbackText(route: Extract<Route, { kind: 'none' }>): string {
  const reply = route.topic?.reply.trim();
  if (!reply) return "Sorry, I don't know that one.";
  // Topic replies are honest by design; make sure they also say so plainly.
  return /\b(sorry|don't know|do not know|don't have|do not have|can't|cannot)\b/i.test(reply)
    ? reply
    : `Sorry, I don't know that one. ${reply}`;
}

/**
 * What the safety check adds around a reply: worrying after-effects get HealthLink BC 8-1-1 first (and, for
 * a question the knowledge base cannot answer, nothing else); a question about a risk gets one line on when
 * to get help after it.
 */
function withSafety(route: Route, content: ReplyContent | null, ctx: ReplyContext): ReplyContent | null {
  if (!content) return content;
  const { outcome } = route.safety;
  if (outcome === 'urgent') {
    const urgent = say(ctx.knowledge, 'en', 'safety.urgent', { clinicContact: contactLine(ctx.clinic) });
    if (route.kind === 'none' || route.kind === 'ambiguous') return { paragraphs: [urgent], choices: [] };
    return { ...content, paragraphs: [urgent, ...content.paragraphs] };
  }
  if (outcome === 'caution') return { ...content, paragraphs: [...content.paragraphs, say(ctx.knowledge, 'en', 'safety.cautionLine')] };
  return content;
}

function contentOf(route: Route, ctx: ReplyContext): ReplyContent | null {
  const { knowledge, clinic, surface } = ctx;
  switch (route.kind) {
    case 'emergency':
      // Safety first: nothing that could distract from calling 911; when the words may not describe now,
      // one way back to the question ("It's not an emergency").
      return {
        paragraphs: [say(knowledge, 'en', route.safety.outcome === 'crisis' ? 'safety.crisis' : 'safety.emergency')],
        choices: route.safety.uncertain ? [say(knowledge, 'en', 'button.notEmergency')] : [],
      };
    case 'booking':
      // The booking dialog speaks for itself.
      return null;
    case 'answer': {
      const entry = route.entry;
      const contact = entry.appendContact ? contactLine(clinic) : '';
      let related = relatedTitles(entry, knowledge);
      if (!related.length) related = starterEntries(knowledge).filter((e) => e.id !== entry.id).map((e) => e.title);
      return {
        paragraphs: [entry.answer, contact].filter(Boolean),
        choices: [...related.slice(0, relatedLimit(surface)), BOOK_A_CONSULT],
      };
    }
    case 'ambiguous': {
      const titles = route.choices.slice(0, 3).map((e) => e.title);
      return { paragraphs: ['Did you mean one of these?'], list: titles, choices: titles };
    }
    case 'none': {
      const contact = contactLine(clinic);
      const offer = `Would you like the clinic to get back to you? Choose "${BOOK_A_CONSULT}" and I'll pass on your request.`;
      const starters = starterEntries(knowledge, relatedLimit(surface)).map((e) => e.title);
      return {
        paragraphs: [fallbackText(route), 'I can answer questions about IMS, like the ones below.', [offer, contact].filter(Boolean).join(' ')],
        choices: [...starters, BOOK_A_CONSULT],
      };
    }
  }
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

function shape(content: ReplyContent, surface: Surface): Partial<Activity> {
  if (surface === 'teams-card') {
    const activity = MessageFactory.attachment(card(content));
    return activity;
  }
  const [first = '', ...rest] = content.paragraphs;
  const list = content.list?.map((line, i) => `${i + 1}. ${line}`).join('\n');
  const text = [first, list, ...rest].filter(Boolean).join('\n\n');
  const max = surface === 'teams-personal' ? 3 : 4;
  const actions: CardAction[] = content.choices
    .slice(0, max)
    .map((label) => ({ type: 'imBack', title: label, value: label }));
  return actions.length ? MessageFactory.suggestedActions(actions, text) : MessageFactory.text(text);
}

/** The activities to send for a routing decision (none for 'booking': the booking dialog replies). */
export function renderRoute(route: Route, ctx: ReplyContext): Partial<Activity>[] {
  const content = withSafety(route, contentOf(route, ctx), ctx);
  return content ? [shape(content, ctx.surface)] : [];
}

/** Greeting for a new conversation, with three questions to start from. */
export function renderWelcome(ctx: ReplyContext): Partial<Activity>[] {
  const starters = starterEntries(ctx.knowledge).map((e) => e.title);
  const content: ReplyContent = {
    paragraphs: [
      `Hi! I'm the ${ctx.clinic.name} IMS helper. I can answer questions about IMS (intramuscular stimulation) and pass a booking request to the clinic.`,
      'I am not a medical service: in an emergency, call 911.',
    ],
    choices: starters,
  };
  return [shape(content, ctx.surface)];
}

/** A typing indicator, for channels that show one. */
export function typingActivity(): Partial<Activity> {
  return { type: ActivityTypes.Typing };
}
