// What counts as "cancel", "help", "forget me" or a question in the middle of a booking, and what
// is just an answer.
import { describe, expect, it } from 'vitest';
import { isCancelRequest, isHelpRequest } from '../../../dialogs/booking/interruptions.js';
import { isQuestionLike, withoutLeadIn } from '../../../dialogs/booking/questionLike.js';
import { isForgetMeRequest } from '../../../src/booking/forgetMe.js';

describe('cancel', () => {
  it.each(['cancel', 'Cancel.', 'stop', 'STOP!', 'never mind', 'nevermind', 'quit', 'exit', 'forget it', 'cancel the booking', 'please cancel', 'ok stop', 'i want to cancel', 'changed my mind', 'cancel please'])(
    '%j cancels',
    (text) => expect(isCancelRequest(text)).toBe(true),
  );
  it.each(['my back stops me sleeping', 'Priya Stopford', 'Quinn', 'stop sign pain', 'can I cancel later if needed?', 'anytime'])('%j does not', (text) =>
    expect(isCancelRequest(text)).toBe(false),
  );
});

describe('help', () => {
  it.each(['help', 'Help!', '?', 'what do you mean?', 'why do you need my phone number?', 'why?', 'what is this for', "I don't understand"])('%j asks for help', (text) =>
    expect(isHelpRequest(text)).toBe(true),
  );
  it.each(['helpful people', 'does it hurt?', 'why does my back hurt?', 'Priya'])('%j does not', (text) => expect(isHelpRequest(text)).toBe(false));
});

describe('questions', () => {
  it.each(['wait, does it hurt?', 'does it hurt', 'how many sessions will I need', 'Is IMS covered by MSP', 'so what is IMS'])('%j is a question', (text) =>
    expect(isQuestionLike(text)).toBe(true),
  );
  it.each(['Priya', 'my shoulder hurts', 'next Tuesday afternoon', 'ICBC claim', 'lower back pain', 'Willow Howe'])('%j is an answer', (text) =>
    expect(isQuestionLike(text)).toBe(false),
  );
  it('drops the lead-in before matching', () => {
    expect(withoutLeadIn('wait, does it hurt?')).toBe('does it hurt?');
    expect(withoutLeadIn('oh and also, is it covered?')).toBe('is it covered?');
  });
});

describe('forget me', () => {
  it.each(['forget me', 'Forget about me please', 'delete my data', 'please delete my personal information', 'erase my details', 'remove my info', 'wipe my data', 'delete everything about me', 'I want my right to be forgotten'])(
    '%j asks to be forgotten',
    (text) => expect(isForgetMeRequest(text)).toBe(true),
  );
  it.each(['forget it', 'what data do you keep?', 'my data plan', 'can I delete an appointment', undefined])('%j does not', (text) =>
    expect(isForgetMeRequest(text)).toBe(false),
  );
});
