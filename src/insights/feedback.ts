// "Was this helpful? 👍 👎" under FAQ answers, and recognising the click.
//
// Where it goes (the decision): in a small Adaptive Card attached to the answer, never in the
// suggested actions. Suggested actions are the next questions and "Book a consult": Teams shows
// at most 3 of them (imBack only) and Web Chat a short row, so feedback there would push out a
// related question. They also vanish after the next message, while a card button stays under its
// answer and can be clicked later: the click carries the entry id, so it is counted against
// the right answer whenever it comes. In Teams channels and group chats, where the answer
// already is a card, the two buttons are appended to that card instead of adding a second one.
// Action.Submit posts the data as the activity's value, with no text, so nothing appears in the
// conversation for others to see and the message is never routed as a question.
import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import type { Vote } from './events.js';

/** The card's words in the person's language. */
export interface FeedbackLabels {
  prompt: string;
  up: string;
  down: string;
}

/** Key in the submit data that marks a feedback click. */
export const FEEDBACK_KEY = 'imsFeedback';
export const FEEDBACK_PROMPT = 'Was this helpful?';
const ENGLISH: FeedbackLabels = { prompt: FEEDBACK_PROMPT, up: '👍 Yes', down: '👎 No' };

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface FeedbackVote {
  entryId: string;
  vote: Vote;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: { [FEEDBACK_KEY]: Vote; entryId: string };
}

/** The 👍 / 👎 buttons for one answer (Adaptive Card Action.Submit; the same for Web Chat and Teams). */
export function feedbackActions(entryId: string, labels: FeedbackLabels = ENGLISH): SubmitAction[] {
  return (['up', 'down'] as const).map((vote) => ({
    type: 'Action.Submit',
    title: labels[vote],
    data: { [FEEDBACK_KEY]: vote, entryId },
  }));
}

/** A small card holding the question and the two buttons. */
export function feedbackCard(entryId: string, labels: FeedbackLabels = ENGLISH): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [{ type: 'TextBlock', text: labels.prompt, wrap: true, isSubtle: true, size: 'Small' }],
    actions: feedbackActions(entryId, labels),
  });
}

/**
 * The answer activity with feedback added: the buttons are appended to the answer's own card when
 * it is one (Teams channels), otherwise a small feedback card is attached. The input is not changed.
 */
export function withFeedback(activity: Partial<Activity>, entryId: string, labels: FeedbackLabels = ENGLISH): Partial<Activity> {
  const attachments = activity.attachments ?? [];
  const cards = attachments.filter((a) => a.contentType === ADAPTIVE_CARD);
  if (attachments.length === 1 && cards.length === 1) {
    const content = cards[0]!.content as { body?: unknown[] };
    const body = [
      ...(content.body ?? []),
      { type: 'TextBlock', text: labels.prompt, wrap: true, isSubtle: true, size: 'Small', spacing: 'Medium' },
      { type: 'ActionSet', actions: feedbackActions(entryId, labels) },
    ];
    return { ...activity, attachments: [{ ...cards[0]!, content: { ...content, body } }] };
  }
  return { ...activity, attachments: [...attachments, feedbackCard(entryId, labels)] };
}

/** The vote in a message activity, when it is a click on one of our feedback buttons. */
export function parseFeedback(activity: Pick<Partial<Activity>, 'type' | 'value'>): FeedbackVote | null {
  if (activity.type !== undefined && activity.type !== 'message') return null;
  let value: unknown = activity.value;
  if (typeof value === 'string') {
    // Some hosts deliver the submit data as a JSON string.
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const data = value as Record<string, unknown>;
  const vote = data[FEEDBACK_KEY];
  const entryId = data.entryId;
  if ((vote !== 'up' && vote !== 'down') || typeof entryId !== 'string' || !ENTRY_ID.test(entryId)) return null;
  return { entryId, vote };
}
