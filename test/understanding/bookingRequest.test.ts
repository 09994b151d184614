import { describe, expect, it } from 'vitest';
import { normalizeTokens } from '../../src/matching/normalize.js';
import { asksForAVisit, looksLikeBookingRequest, statesAvailability } from '../../src/understanding/intent/bookingRequest.js';

// The ranker proposes "booking"; these decide whether the message really asks for a visit.
describe('booking intent', () => {
  it.each([
    'can I book a session',
    'I would like to schedule an assessment',
    'any openings on Friday?',
    'do you have availability next week',
    "I'd like to come in for IMS",
    'can I get an appointment',
    'request an appointment',
    'sign me up please',
    'can you fit me in tomorrow',
    'when can I come in',
  ])('%j is a request, even when the ranker is unsure', (text) => {
    expect(looksLikeBookingRequest(normalizeTokens(text), 0.41)).toBe(true);
  });

  it.each([
    'how often are appointments usually spaced',
    'how many sessions will I need',
    'how long is an appointment',
    'what happens at the first appointment',
    'is IMS done at every appointment',
    'hi, roughly how many appointments does it usually take',
    'ok so quick question, how often are appointments',
  ])('%j asks a fact, not for a visit', (text) => {
    expect(looksLikeBookingRequest(normalizeTokens(text), 0.7)).toBe(false);
  });

  it('a weak resemblance without any request is not enough', () => {
    expect(looksLikeBookingRequest(normalizeTokens('I need new glasses'), 0.44)).toBe(false);
    expect(looksLikeBookingRequest(normalizeTokens('I need new glasses'), 0.8)).toBe(true);
  });
});

describe('saying when one can come', () => {
  it.each([
    'mornings suit me best',
    'tues or thurs after 5:30 works around my shifts',
    "I'm free weekdays after 4",
    'any evening works for us',
    'friday 3pm is good for me',
    'saturdays I can do',
  ])('%j is asking for a visit', (text) => {
    expect(statesAvailability(normalizeTokens(text))).toBe(true);
  });

  it.each([
    'does IMS work better in the morning?',
    'my back is worse in the mornings, would IMS work?',
    'what time do you open on saturday',
    'I work weekends so my back is always sore',
    'is the clinic free on sundays',
  ])('%j is not', (text) => {
    expect(statesAvailability(normalizeTokens(text))).toBe(false);
  });
});

describe('asking for a visit in Punjabi and Chinese', () => {
  it.each([
    'ਮੰਗਲਵਾਰ ਨੂੰ ਕੋਈ ਸਲਾਟ ਮਿਲੂ?',
    'ਪਰਸੋਂ ਸ਼ਾਮ ਨੂੰ ਆ ਸਕਦਾ ਹਾਂ?',
    'ajj dupehar nu dekh sakde ho mainu?',
    'shaniwar nu koi jagah khali hai?',
    '下星期二下午有冇位？',
    '明天上午有没有时间',
    '礼拜五晚上得唔得',
    '周日嚟得唔得',
    // 约 alone: to make an appointment.
    '想约周六上午 十点左右',
    // A clock time that will do.
    'parso 4 vaje chalega?',
    'ਕੱਲ੍ਹ 11 ਵਜੇ ਠੀਕ ਰਹੂ?',
    // Asking to be booked, with no time; where to book.
    '幫我老公約個時間睇下條腰',
    '请帮我安排初诊',
    '點樣預約？',
    // Time asked for on a day; a treatment to be arranged.
    'ਸ਼ਨੀਵਾਰ ਨੂੰ ਕੋਈ ਟਾਈਮ ਮਿਲ ਜਾਊ?',
    'parso koi time milu?',
    '麻煩幫我安排一個療程',
    'mainu ik appointment chahidi aa',
    'ਸ਼ਨੀਵਾਰ ਸਵੇਰੇ ਕੋਈ ਉਪਲਬਧ ਸਮਾਂ?',
    '这周还有时段吗',
    'pls mera consult set kar do',
    '今晚还有号吗',
    // "Will someone see me?" with a day.
    'ਕੱਲ੍ਹ ਸਵੇਰੇ ਕੋਈ ਵੇਖ ਲਊ?',
    'ਕੱਲ੍ਹ ਕੋਈ ਟੈਮ ਮਿਲ ਜੂ?',
    // A time to be seen asked for, with no day; "any time" (ਕੋਈ ਵੇਲਾ) on a day.
    'ਬਾਪੂ ਜੀ ਲਈ ਡਾਕਟਰ ਨੂੰ ਦਿਖਾਉਣ ਦਾ ਸਮਾਂ ਲੈਣਾ ਸੀ',
    'ਐਤਵਾਰ ਤੋਂ ਬਿਨਾਂ ਸ਼ਾਮ ਨੂੰ ਕੋਈ ਵੇਲਾ ਹੈਗਾ?',
    // Soon rather than a day.
    'koi jaldi dekh sakda meri dhaun nu?',
    'ਕੋਈ ਮੈਨੂੰ ਜਲਦੀ ਵੇਖ ਸਕਦਾ?',
    // "Can (you) see (me)" on a day.
    '星期五下午能看吗',
    // A clock time in Chinese numerals, then whether it will do.
    '禮拜六早上十點 得唔得',
    // How to register (挂号) is how to book; "can one go" (有冇得…去) on a day.
    '第一次来，要怎么挂号',
    '有冇得禮拜二晚上去？',
    // An opening asked for on a day, in Hinglish.
    'parso koi opening hai kya?',
  ])('%j asks for a visit then', (text) => {
    expect(asksForAVisit(text)).toBe(true);
  });

  it.each([
    ['how many times a week', 'ਹਫ਼ਤੇ ਵਿੱਚ ਕਿੰਨੀ ਵਾਰੀ ਆਉਣਾ ਪੈਂਦਾ?'],
    ['open on Sunday', 'ਐਤਵਾਰ ਨੂੰ ਕਲੀਨਿਕ ਖੁੱਲ੍ਹਾ ਹੁੰਦਾ?'],
    ['a spot on the back (ਜਗ੍ਹਾ) went red today', 'ਅੱਜ ਪਿੱਠ ਤੇ ਇੱਕ ਜਗ੍ਹਾ ਲਾਲ ਹੋ ਗਈ'],
    ['a spot (jagah) swelled today', 'kal IMS karvaya, ajj ik jagah sujji hoyi'],
    ['open on Sunday', '星期日开门吗'],
    ['a shower tonight', '做完今晚可以洗澡吗'],
    ['drinking tonight', '聽日朝早做完，夜晚飲酒得唔得'],
    ['will it be fine by tomorrow', 'kal tak theek ho jauga?'],
    ['plans with friends', '我約咗朋友聽日飲茶'],
    ['arranging one\'s own time', '想知要做幾多次，好安排時間'],
    ['whether one is needed', 'appointment di lod hai ke nahi?'],
    ['whether it heals soon', 'jaldi theek ho jau ke nahi?'],
    ['seeing results', '做完几天能看到效果'],
    ['whether one can go swimming', '有冇得今晚做完去游水'],
    ['a wound that opens', 'kal tak opening hoyegi zakham di?'],
  ])('%s is not: %j', (_, text) => {
    expect(asksForAVisit(text)).toBe(false);
  });
});
