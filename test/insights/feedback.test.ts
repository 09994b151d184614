import { CardFactory, MessageFactory } from 'botbuilder';
import { describe, expect, test } from 'vitest';
import { FEEDBACK_PROMPT, feedbackActions, feedbackCard, parseFeedback, withFeedback } from '../../src/insights/feedback.js';

describe('parseFeedback', () => {
  test.each([
    ['a 👍 click from Web Chat or Teams', { type: 'message', value: { imsFeedback: 'up', entryId: 'ims-what' } }, { entryId: 'ims-what', vote: 'up' }],
    ['a 👎 click', { type: 'message', value: { imsFeedback: 'down', entryId: 'ims-sensation' } }, { entryId: 'ims-sensation', vote: 'down' }],
    ['submit data delivered as a JSON string', { type: 'message', value: '{"imsFeedback":"up","entryId":"ims-coverage"}' }, { entryId: 'ims-coverage', vote: 'up' }],
    ['an ordinary message', { type: 'message', text: 'does it hurt' }, null],
    ['someone typing a thumbs up', { type: 'message', text: '👍' }, null],
    ['another card button (a related question)', { type: 'message', value: { imsAction: 'say', text: 'Is IMS covered?' } }, null],
    ['an unknown vote', { type: 'message', value: { imsFeedback: 'meh', entryId: 'ims-what' } }, null],
    ['a malformed entry id', { type: 'message', value: { imsFeedback: 'up', entryId: '../../etc/passwd' } }, null],
    ['a missing entry id', { type: 'message', value: { imsFeedback: 'up' } }, null],
    ['a value that is not JSON', { type: 'message', value: 'not json' }, null],
    ['an invoke, not a message', { type: 'invoke', value: { imsFeedback: 'up', entryId: 'ims-what' } }, null],
  ])('%s', (_name, activity, expected) => {
    expect(parseFeedback(activity)).toEqual(expected);
  });

  test('recognises what its own buttons send', () => {
    for (const action of feedbackActions('ims-frequency')) {
      // Action.Submit posts `data` as the activity value.
      expect(parseFeedback({ type: 'message', value: action.data })).toEqual({ entryId: 'ims-frequency', vote: action.data.imsFeedback });
    }
  });
});

describe('feedback buttons on an answer', () => {
  test('a Web Chat answer keeps its text and suggested actions and gains a small feedback card', () => {
    const answer = MessageFactory.suggestedActions(['Does IMS hurt?', 'Book a consult'], 'IMS is a type of dry needling.');
    const shown = withFeedback(answer, 'ims-what');
    expect(shown.text).toBe('IMS is a type of dry needling.');
    expect(shown.suggestedActions).toEqual(answer.suggestedActions);
    expect(shown.attachments).toHaveLength(1);
    const card = shown.attachments![0]!.content as { body: { text: string }[]; actions: { title: string }[] };
    expect(card.body[0]!.text).toBe(FEEDBACK_PROMPT);
    expect(card.actions.map((a) => a.title)).toEqual(['👍 Yes', '👎 No']);
    expect(answer.attachments ?? []).toHaveLength(0); // the input is not changed
  });

  test('a Teams channel answer card gets the buttons inside the same card', () => {
    const answerCard = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      version: '1.4',
      body: [{ type: 'TextBlock', text: 'IMS is a type of dry needling.' }],
      actions: [{ type: 'Action.Submit', title: 'Book a consult', data: { imsAction: 'say', text: 'Book a consult' } }],
    });
    const shown = withFeedback(MessageFactory.attachment(answerCard), 'ims-what');
    expect(shown.attachments).toHaveLength(1);
    const card = shown.attachments![0]!.content as { body: { type: string; text?: string; actions?: { data: unknown }[] }[]; actions: unknown[] };
    expect(card.actions).toHaveLength(1); // the answer's own buttons are untouched
    expect(card.body.map((b) => b.type)).toEqual(['TextBlock', 'TextBlock', 'ActionSet']);
    expect(card.body[2]!.actions!.map((a) => parseFeedback({ type: 'message', value: a.data }))).toEqual([
      { entryId: 'ims-what', vote: 'up' },
      { entryId: 'ims-what', vote: 'down' },
    ]);
    expect((answerCard.content as { body: unknown[] }).body).toHaveLength(1);
  });

  test('the feedback card is an Adaptive Card Teams and Web Chat can render', () => {
    const card = feedbackCard('ims-what');
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
  });
});
