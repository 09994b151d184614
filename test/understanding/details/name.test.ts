// Names in English, Punjabi (Gurmukhi and romanized) and Chinese: what is taken as a name, when it
// counts as the full name, and what is refused with which reason.
import { describe, expect, it } from 'vitest';
import { findDetails, readName, type NameProblem } from '../../../src/understanding/details/index.js';
import { context } from './clock.js';

const asked = context({ expecting: 'name' });

describe('name as the answer to "what is your full name?"', () => {
  describe('English', () => {
    it.each([
      ['Priya Sharma', 'Priya Sharma', true],
      ['  priya  ', 'priya', false],
      ["Seán O'Brien-Murphy", "Seán O'Brien-Murphy", true],
      ['My name is Li Wei', 'Li Wei', true],
      ["I'm Priya.", 'Priya', false],
      ['Dr. J. Smith', 'Dr. J. Smith', true],
      ['Zoë', 'Zoë', false],
      ['山田 太郎', '山田 太郎', true],
      ['hi, Hiroshi Tanaka here', 'Hiroshi Tanaka', true],
      ['May Chen', 'May Chen', true],
      ['Will Smith', 'Will Smith', true],
      ['Mr Smith', 'Mr Smith', false],
    ])('takes %j as %j (full name: %s)', (input, value, complete) => {
      expect(readName(input)).toMatchObject({ ok: true, value: { value, complete } });
    });

    it.each<[string, NameProblem]>([
      ['604-555-0123', 'looks-like-phone'],
      ['priya@example.com', 'looks-like-email'],
      ['what is IMS?', 'question'],
      ['how long does it take', 'question'],
      ['P', 'too-short'],
      ['a'.repeat(101), 'too-long'],
      ['[Priya](http://evil.example)', 'not-letters'],
      ['<b>Priya</b>', 'not-letters'],
      ['Priya 2', 'not-letters'],
      ['', 'empty'],
    ])('refuses %j (%s)', (input, problem) => {
      expect(readName(input)).toEqual({ ok: false, problem });
    });
  });

  describe('Punjabi', () => {
    it.each([
      ['ਹਰਪ੍ਰੀਤ ਕੌਰ', 'ਹਰਪ੍ਰੀਤ ਕੌਰ', true],
      ['ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹੈ', 'ਹਰਪ੍ਰੀਤ ਕੌਰ', true],
      ['ਮੈਂ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਹਾਂ', 'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', true],
      ['ਹਰਪ੍ਰੀਤ', 'ਹਰਪ੍ਰੀਤ', false],
      ['mera naam Harpreet Kaur hai', 'Harpreet Kaur', true],
      ['main Gurpreet Singh haan', 'Gurpreet Singh', true],
      ['sat sri akal ji, mera naam harpreet hai', 'harpreet', false],
    ])('takes %j as %j (full name: %s)', (input, value, complete) => {
      expect(readName(input)).toMatchObject({ ok: true, value: { value, complete } });
    });

    it.each<[string, NameProblem]>([
      ['ਕੀ ਇਹ ਦੁਖਦਾ ਹੈ', 'question'],
      ['kinne paise lagde', 'question'],
    ])('refuses %j (%s)', (input, problem) => {
      expect(readName(input)).toEqual({ ok: false, problem });
    });
  });

  describe('Chinese', () => {
    it.each([
      ['陈美玲', '陈美玲', true],
      ['陳美玲', '陳美玲', true],
      ['我叫陈美玲', '陈美玲', true],
      ['我係陳美玲', '陳美玲', true],
      ['我的名字是李明', '李明', true],
      ['欧阳娜娜', '欧阳娜娜', true],
      ['陈', '陈', false],
      ['约翰·史密斯', '约翰·史密斯', true],
      ['Chen Meiling', 'Chen Meiling', true],
    ])('takes %j as %j (full name: %s)', (input, value, complete) => {
      expect(readName(input)).toMatchObject({ ok: true, value: { value, complete } });
    });

    it.each<[string, NameProblem]>([
      ['不知道', 'not-a-name'],
      ['我想预约', 'not-a-name'],
      ['你好', 'not-a-name'],
      ['几时开门？', 'question'],
    ])('refuses %j (%s)', (input, problem) => {
      expect(readName(input)).toEqual({ ok: false, problem });
    });
  });

  it('finds the name around a phone number given with it ("Jane Doe, 604-555-0123")', () => {
    expect(findDetails('Jane Doe, and my number is 604-555-0123', asked)).toMatchObject({
      name: { value: 'Jane Doe', complete: true },
      phone: { e164: '+16045550123' },
    });
  });

  it('says a phone number was given instead of the name, and keeps the number', () => {
    expect(findDetails('604-555-0123', asked)).toMatchObject({ phone: { e164: '+16045550123' }, unreadable: { field: 'name', problem: 'looks-like-phone' } });
  });

  it('reads a name with a lead-in even when the answer says more ("hi! my name is Jane Doe, is that ok?")', () => {
    expect(findDetails('hi! my name is Jane Doe, is that ok?', asked)).toMatchObject({ name: { value: 'Jane Doe', complete: true } });
    expect(findDetails('hi! my name is Jane Doe, is that ok?', asked)).not.toHaveProperty('unreadable');
  });
});

describe('name in a free message (needs a lead-in)', () => {
  it.each([
    ["I'm Priya, book me for next Tuesday morning", 'Priya', false],
    ['my name is li wei, I want to book', 'li wei', true],
    ['Hi, this is Priya Sharma and I want a consult', 'Priya Sharma', true],
    ['hi I need a booking for my back, my name is Mike', 'Mike', false],
    ["I'm Tom Thursday works for me", 'Tom', false],
    ['my name is April Smith', 'April Smith', true],
    ['ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹੈ, ਮੈਨੂੰ ਬੁਕਿੰਗ ਚਾਹੀਦੀ ਹੈ', 'ਹਰਪ੍ਰੀਤ ਕੌਰ', true],
    ['sat sri akal, mera naam harpreet kaur hai, booking karni aa', 'harpreet kaur', true],
    ['我叫陈美玲，想预约', '陈美玲', true],
    ['我叫陈美玲想预约星期二', '陈美玲', true],
    ['你好，我係陳美玲，想約時間', '陳美玲', true],
    ['我的名字是李明，电话604-555-0123', '李明', true],
    ['我姓陈，想预约', '陈', false],
  ])('reads %j as %j (full name: %s)', (message, value, complete) => {
    expect(findDetails(message, context()).name).toMatchObject({ value, complete });
  });

  it.each([
    "I'm looking to book an appointment",
    "I'm interested in IMS, can I book?",
    'i want to book',
    'booking please',
    'this is for my shoulder',
    "I'm free Monday",
    'main theek haan',
    '我是新病人',
    '我是ICBC的客户',
    "I'm ICBC covered",
    '我想预约',
  ])('finds no name in %j', (message) => {
    expect(findDetails(message, context()).name).toBeUndefined();
  });

  it('keeps the span of what the person typed', () => {
    const message = 'hello, my name is Priya Sharma!';
    const { name } = findDetails(message, context());
    expect(name?.span).toEqual({ start: 18, end: 30, text: 'Priya Sharma' });
    expect(message.slice(name?.span.start, name?.span.end)).toBe('Priya Sharma');
  });
});
