// Every booking question's reader: what it accepts (and stores) and the specific re-prompt for
// what it refuses.
import { describe, expect, it } from 'vitest';
import { readClaimNumber } from '../../../dialogs/booking/prompts/claimNumberPrompt.js';
import { readEmail } from '../../../dialogs/booking/prompts/emailPrompt.js';
import { readName } from '../../../dialogs/booking/prompts/namePrompt.js';
import { readPhone } from '../../../dialogs/booking/prompts/phonePrompt.js';
import { readReason } from '../../../dialogs/booking/prompts/reasonPrompt.js';
import { readPreferredTime } from '../../../dialogs/booking/preferredTime.js';

// Monday 24 November 2025, 10:00 in Vancouver (18:00 UTC).
const NOW = new Date('2025-11-24T18:00:00Z');
const TIME = { timeZone: 'America/Vancouver', now: NOW };

describe('name', () => {
  it.each([
    ['Priya Sharma', 'Priya Sharma'],
    ['  priya  ', 'priya'],
    ["Seán O'Brien-Murphy", "Seán O'Brien-Murphy"],
    ['My name is Li Wei', 'Li Wei'],
    ["I'm Priya.", 'Priya'],
    ['Dr. J. Smith', 'Dr. J. Smith'],
    ['Zoë', 'Zoë'],
    ['山田 太郎', '山田 太郎'],
  ])('accepts %j as %j', (input, stored) => {
    expect(readName(input)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['604-555-0123', /looks like a phone number/],
    ['priya@example.com', /looks like an e-mail address/],
    ['what is IMS?', /I need your name/],
    ['how long does it take', /I need your name/],
    ['P', /at least 2 letters/],
    ['a'.repeat(101), /100 characters at most/],
    ['[Priya](http://evil.example)', /letters only/],
    ['<b>Priya</b>', /letters only/],
    ['Priya 2', /letters only/],
    ['', /full name/],
  ])('refuses %j with a specific message', (input, message) => {
    const read = readName(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(message);
  });
});

describe('phone (Canadian by default; any valid +1 NANP number; stored as E.164)', () => {
  it.each([
    ['604-555-0123', '+16045550123'],
    ['(604) 555-0123', '+16045550123'],
    ['604.555.0123', '+16045550123'],
    ['6045550123', '+16045550123'],
    ['604 555 0123', '+16045550123'],
    ['+1 604 555 0123', '+16045550123'],
    ['1-604-555-0123', '+16045550123'],
    ['778-555-0199 ext 12', '+17785550199'],
    ['206-555-0100', '+12065550100'], // Seattle: cross-border patients are accepted
  ])('accepts %j as %s', (input, e164) => {
    expect(readPhone(input)).toEqual({ ok: true, value: e164 });
  });

  it.each([
    ['555-0123', /looks short; could you include the area code/],
    ['12345', /looks short/],
    ['604 555 01234', /too many digits/],
    ['+44 20 7946 0958', /outside Canada and the US/],
    ['0044 20 7946 0958', /outside Canada and the US/],
    ['123-456-7890', /valid phone number/],
    ['call me', /with digits/],
  ])('refuses %j with a specific message', (input, message) => {
    const read = readPhone(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(message);
  });
});

describe('e-mail (optional)', () => {
  it.each([
    ['priya@example.com', 'priya@example.com'],
    ['my email is priya.s+ims@example.co.uk', 'priya.s+ims@example.co.uk'],
    ['skip', null],
    ['No thanks', null],
    ['none', null],
    ["I don't have one", null],
  ])('accepts %j as %j', (input, stored) => {
    expect(readEmail(input)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['priya at example dot com', /doesn't look like an e-mail address.*skip/],
    ['priya@', /looks off/],
    ['priya@example', /looks off/],
    ['@example.com', /looks off/],
  ])('refuses %j with a specific message', (input, message) => {
    const read = readEmail(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(message);
  });
});

describe('reason', () => {
  it('keeps a short reason as typed', () => {
    expect(readReason('  my  shoulder hurts ')).toEqual({ ok: true, value: 'my shoulder hurts' });
  });
  it.each([
    ['x'.repeat(301), /300 characters at most/],
    ['??', /few words/],
    ['1', /few words/],
  ])('refuses %j', (input, message) => {
    const read = readReason(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(message);
  });
});

describe('claim number (optional)', () => {
  it.each([
    ['AB1234567', 'AB1234567'],
    ['claim number: ab-123-456', 'AB-123-456'],
    ['skip', null],
    ["I don't have it", null],
    ['not yet', null],
  ])('accepts %j as %j', (input, stored) => {
    expect(readClaimNumber(input)).toEqual({ ok: true, value: stored });
  });
  it.each(['no idea what that is', 'ABCDEF', '#!'])('refuses %j', (input) => {
    const read = readClaimNumber(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(/letters and digits.*skip/);
  });
});

describe('preferred time (resolved against the clinic clock, own words kept)', () => {
  it('reads "next Tuesday afternoon" as Tuesday 2 December, 12:00-16:00', () => {
    const read = readPreferredTime('next Tuesday afternoon', TIME);
    expect(read).toMatchObject({
      ok: true,
      value: { text: 'next Tuesday afternoon', flexible: false, timeZone: 'America/Vancouver', resolved: [{ start: '2025-12-02 12:00:00', end: '2025-12-02 16:00:00' }] },
    });
  });

  it('uses the clinic date, not the server date, near midnight UTC', () => {
    // 02:00 UTC on Tuesday is still Monday evening in Vancouver: "tomorrow" is Tuesday.
    const read = readPreferredTime('tomorrow', { timeZone: 'America/Vancouver', now: new Date('2025-11-25T02:00:00Z') });
    expect(read).toMatchObject({ ok: true, value: { resolved: [{ value: '2025-11-25' }] } });
  });

  it('reads "weekday mornings" as weekdays plus the morning range', () => {
    const read = readPreferredTime('weekday mornings', TIME);
    expect(read.ok && read.value.resolved.map((r) => r.type).sort()).toEqual(['timerange', 'weekdays']);
  });

  it('reads "any time after the 3rd" as flexible, from 3 December', () => {
    const read = readPreferredTime('any time after the 3rd', TIME);
    expect(read).toMatchObject({ ok: true, value: { flexible: true, resolved: [{ mod: 'after', start: '2025-12-03' }] } });
  });

  it.each(['anytime', "I'm flexible", 'whenever works', 'ASAP'])('accepts %j as flexible', (input) => {
    expect(readPreferredTime(input, TIME)).toMatchObject({ ok: true, value: { flexible: true, text: input } });
  });

  it('keeps only upcoming dates for an ambiguous weekday', () => {
    const read = readPreferredTime('monday', TIME);
    expect(read.ok && read.value.resolved.every((r) => (r.value ?? '') >= '2025-11-24')).toBe(true);
  });

  it.each(['blue', 'my shoulder', 'x'.repeat(201)])('refuses %j', (input) => {
    const read = readPreferredTime(input, TIME);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(/day or time|200 characters/);
  });
});
