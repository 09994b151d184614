import { describe, expect, test } from 'vitest';
import { hasRedactions, redactPersonalData } from '../../src/insights/redact.js';

describe('redactPersonalData keeps the question and drops who asked', () => {
  test.each([
    // phone numbers
    ['call me back at 604-555-0123 about IMS', 'call me back at [phone] about IMS'],
    ['my number is (604) 555 0123', 'my number is [phone]'],
    ['text 6045550123 please', 'text [phone] please'],
    ['+1 604.555.0123 is my cell', '[phone] is my cell'],
    ['reach me on +44 20 7946 0958', 'reach me on [phone]'],
    ['604-555-0123 ext 42 works', '[phone] works'],
    // e-mail addresses
    ['email me at jane.doe+ims@example.co.uk', 'email me at [email]'],
    ['Is IMS covered? sam_lee@mail.com', 'Is IMS covered? [email]'],
    // long digit runs: care card, policy, file numbers
    ['my care card is 9876 543 210', 'my care card is [number]'],
    ['claim 123456789 was denied', 'claim [number] was denied'],
    ['policy no. 55-1234-77', 'policy no. [number]'],
    // postal codes
    ['I live near V4C 6N5, is that close', 'I live near [postal code], is that close'],
    // names
    ['my name is Sarah and my shoulder hurts', 'my name is [name] and my shoulder hurts'],
    ['My name is Dev Patel, does IMS hurt?', 'My name is [name], does IMS hurt?'],
    ['my name is jo anne', 'my name is [name]'],
    ['my name is sam and i have neck pain', 'my name is [name] and i have neck pain'],
    ["Hi, I'm Maria. What is IMS?", "Hi, I'm [name]. What is IMS?"],
    ["I'm Tom Jones, how many sessions?", "I'm [name], how many sessions?"],
    ['Hi this is Karen, can I get IMS', 'Hi this is [name], can I get IMS'],
    ['call me Alex', 'call me [name]'],
  ])('%s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });
});

describe('redactPersonalData leaves ordinary questions alone', () => {
  test.each([
    'is IMS covered by MSP',
    "I'm pregnant, can I get IMS?",
    "I'm sore after IMS, is that normal",
    'I am in a lot of pain after 2 sessions',
    "I'm IMS curious",
    'this is my first time, what should I expect',
    'how long do 3 to 5 sessions take',
    'I had a car accident in 2019',
    'is it ok to have IMS every 7 days',
    'this is painful, is that normal?',
  ])('%s', (input) => {
    expect(redactPersonalData(input)).toBe(input);
  });
});

test('hasRedactions tells whether a text lost personal data', () => {
  expect(hasRedactions(redactPersonalData('my name is Sarah'))).toBe(true);
  expect(hasRedactions(redactPersonalData('does IMS hurt'))).toBe(false);
});
