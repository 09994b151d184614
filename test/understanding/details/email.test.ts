// E-mail addresses (optional): what is taken, what is refused and why, and how people decline it.
import { describe, expect, it } from 'vitest';
import { findDetails, readEmail, type EmailProblem } from '../../../src/understanding/details/index.js';
import { context } from './clock.js';

const asked = context({ expecting: 'email' });

describe('e-mail as the answer to "what e-mail address should the clinic use?"', () => {
  it.each([
    ['priya@example.com', 'priya@example.com'],
    ['my email is priya.s+ims@example.co.uk', 'priya.s+ims@example.co.uk'],
    ["it's o'brien@example.com, thanks", "o'brien@example.com"],
    ['我的邮箱是 chen@example.com', 'chen@example.com'],
    ['ਮੇਰੀ ਈਮੇਲ harpreet@example.com ਹੈ', 'harpreet@example.com'],
    ['ｃｈｅｎ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'chen@example.com'],
  ])('reads %j as %j', (input, value) => {
    expect(readEmail(input)).toMatchObject({ ok: true, value: { value } });
  });

  it.each(['skip', 'No thanks', 'none', "I don't have one", 'no email', 'ਨਹੀਂ', 'ਈਮੇਲ ਨਹੀਂ ਹੈ', 'email nahi hai', '不用', '冇電郵', '没有邮箱'])(
    'takes %j as declining it',
    (input) => {
      expect(readEmail(input)).toEqual({ ok: true, value: null });
    },
  );

  it.each<[string, EmailProblem]>([
    ['priya at example dot com', 'not-an-email'],
    ['priya@', 'malformed'],
    ['priya@example', 'malformed'],
    ['@example.com', 'malformed'],
    ['priya@example.com\r\nBcc: someone@example.net', 'control-characters'],
    ['pri\u0000ya@example.com', 'control-characters'],
    ['priya@example.com\u0085', 'control-characters'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(readEmail(input)).toEqual({ ok: false, problem });
  });

  it('refuses an answer with a line break in it as a whole, taking no address from it', () => {
    expect(findDetails('priya@example.com\r\nBcc: someone@example.net', asked)).toEqual({ unreadable: { field: 'email', problem: 'control-characters' } });
  });

  it('reports declining as a skip of the e-mail', () => {
    expect(findDetails('no thanks', asked)).toEqual({ skip: { field: 'email', span: { start: 0, end: 9, text: 'no thanks' } } });
  });
});

describe('e-mail in a free message', () => {
  it.each([
    ['appointment please, priya.sharma@example.com', 'priya.sharma@example.com'],
    ['(priya@example.com)', 'priya@example.com'],
    ['我的邮箱：chen@example.com。谢谢', 'chen@example.com'],
  ])('finds the address in %j', (message, value) => {
    expect(findDetails(message, context()).email).toMatchObject({ value });
  });

  it('does not take an address that a control character runs into', () => {
    expect(findDetails('write to pri\u0000ya@example.com', context()).email).toBeUndefined();
  });
});
