// Every booking detail in one message. The unmistakable ones are lifted first (an e-mail address,
// a claim number after "claim number", a phone number, a declined optional field), so nothing
// reads them twice. Then, if the bot has just asked a question, the rest of the message is read
// as the bare answer to it ("Jane Doe", "tomorrow", "car accident"). Last, the other fields are
// looked for in free text, where each needs a clear cue ("my name is", a day or time, a named
// payer, "for my shoulder"). A story is not a payment answer: "neck pain from a car accident" as
// the reason is no payer, while the same words answering "how will you pay?" infer ICBC.
import { findClaimNumber, readClaimNumber } from './claimNumber.js';
import { findEmail, readEmail } from './email.js';
import { hasControlCharacters, Message } from './message.js';
import { findName, readName } from './name.js';
import { findPayer, readPayer } from './payer.js';
import { findPhone, readPhone } from './phone.js';
import { findReason, readReason } from './reason.js';
import { anyOf, gurmukhi, han, latin } from './scripts.js';
import { findSkip } from './skip.js';
import { findPreferredTime, readPreferredTime } from './time/preferredTime.js';
import type { DetailsContext, ExpectedDetail, FoundDetails, Span } from './types.js';

/** Longer messages are read up to here (the edge refuses messages over 2,000 characters). */
export const MAX_DETAILS_CHARS = 1000;

/** Words left behind when a detail was lifted out of its sentence: "Jane Doe, and my number is [phone]". */
const DANGLING = anyOf(
  `(?:[\\s,;:]|${latin('and', 'my', 'is', "it's", 'phone', 'cell', 'mobile', 'number', 'no', 'tel', 'e-?mail', 'address', 'here', 'you can reach me at', 'call me at')}|${gurmukhi('ਅਤੇ', 'ਮੇਰਾ', 'ਮੇਰੀ', 'ਨੰਬਰ', 'ਫ਼ੋਨ', 'ਈਮੇਲ', 'ਹੈ')}|${han('电话', '電話', '手机', '手機', '号码', '號碼', '邮箱', '郵箱', '电邮', '電郵', '我的', '是', '係')})*$`,
);
const CLAUSE_END = /[,;，；。!?！？]/u;

function withSpan<T extends { span: Span }>(message: Message, found: T): T {
  return { ...found, span: message.span(found.span.start, found.span.end) };
}

/** The unread rest of the message, without the words that only introduced a lifted detail. */
function answerText(message: Message): string {
  const dangling = DANGLING.exec(message.text);
  if (!dangling || dangling.index === 0) return message.text;
  return message.text.slice(0, dangling.index) + ' '.repeat(message.text.length - dangling.index);
}

function firstClause(text: string): string {
  const at = text.search(CLAUSE_END);
  return at < 0 ? text : text.slice(0, at) + ' '.repeat(text.length - at);
}

function blankSpan(message: Message, span: Span): void {
  message.blank(span.start, span.end);
}

/** Reads the rest of the message as the bare answer to the question just asked. */
function readAnswer(message: Message, expecting: ExpectedDetail, context: DetailsContext, found: FoundDetails): void {
  const answer = answerText(message);
  switch (expecting) {
    case 'name': {
      const read = readName(answer);
      const clause = read.ok ? read : readName(firstClause(answer));
      if (clause.ok) {
        found.name = withSpan(message, clause.value);
        blankSpan(message, found.name.span);
      } else if (!read.ok) {
        // Only a phone number or an e-mail address was given: say so rather than "empty".
        const instead = read.problem === 'empty' && (found.phone ? 'looks-like-phone' : found.email ? 'looks-like-email' : undefined);
        found.unreadable = { field: 'name', problem: instead || read.problem };
      }
      return;
    }
    case 'phone': {
      const read = readPhone(answer);
      if (read.ok) found.phone = withSpan(message, read.value);
      else found.unreadable = { field: 'phone', problem: read.problem };
      return;
    }
    case 'email': {
      const read = readEmail(answer);
      if (!read.ok) found.unreadable = { field: 'email', problem: read.problem };
      return;
    }
    case 'claimNumber': {
      const read = readClaimNumber(answer);
      if (read.ok && read.value) {
        found.claimNumber = withSpan(message, read.value);
        blankSpan(message, found.claimNumber.span);
      } else if (!read.ok) found.unreadable = { field: 'claimNumber', problem: read.problem };
      return;
    }
    case 'time': {
      const read = readPreferredTime(answer, context);
      if (read.ok) {
        found.preferredTime = withSpan(message, read.value);
        blankSpan(message, found.preferredTime.span);
      } else found.unreadable = { field: 'time', problem: read.problem };
      return;
    }
    case 'reason': {
      // The reason is kept whole, as typed: an address or a number inside it is also taken as that detail, not cut out.
      const read = readReason(new Message(message.original).text);
      if (read.ok) found.reason = withSpan(message, read.value);
      else found.unreadable = { field: 'reason', problem: read.problem };
      return;
    }
    case 'payer': {
      const read = readPayer(answer);
      if (read.ok) {
        found.payer = withSpan(message, read.value);
        blankSpan(message, found.payer.span);
      } else found.unreadable = { field: 'payer', problem: read.problem };
      return;
    }
  }
}

const FIELD_OF: Record<ExpectedDetail, keyof FoundDetails> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  time: 'preferredTime',
  reason: 'reason',
  payer: 'payer',
  claimNumber: 'claimNumber',
};

/**
 * The booking details in one message: each with what the person typed (`span`). Pure: the same
 * text and context always give the same details. With `expecting`, a bare answer to that question
 * counts, and `unreadable` says why it could not be read.
 */
export function findDetails(text: string, context: DetailsContext): FoundDetails {
  const message = new Message(text.slice(0, MAX_DETAILS_CHARS));
  const found: FoundDetails = {};
  if (!message.text.trim()) return found;
  const { expecting } = context;

  // An e-mail answer with a line break or NUL in it is refused whole (no guessing around it).
  if (expecting === 'email' && hasControlCharacters(text.trim())) {
    found.unreadable = { field: 'email', problem: 'control-characters' };
  } else {
    const email = findEmail(message);
    if (email) found.email = email;
  }
  const claimNumber = findClaimNumber(message);
  if (claimNumber) found.claimNumber = claimNumber;
  // At the claim number question, digits are the claim number, not a phone number.
  if (expecting !== 'claimNumber') {
    const phone = findPhone(message);
    if (phone) found.phone = phone;
  }
  const skip = findSkip(message, expecting);
  if (skip) found.skip = skip;

  if (expecting === 'time') {
    const name = findName(message);
    if (name) found.name = name;
    const payer = findPayer(message, false);
    if (payer && payer !== 'ambiguous') found.payer = payer;
  }
  const answered = expecting && (found[FIELD_OF[expecting]] !== undefined || (skip && skip.field === expecting));
  if (expecting && !answered && !found.unreadable) readAnswer(message, expecting, context, found);

  if (!found.name) {
    const name = findName(message);
    if (name) found.name = name;
  }
  // Days in the reason are its story ("it has hurt since Monday"), not a preferred time.
  if (!found.preferredTime && expecting !== 'reason' && expecting !== 'time') {
    const time = findPreferredTime(message, context);
    if (time) found.preferredTime = time;
  }
  if (!found.payer && expecting !== 'payer') {
    const payer = findPayer(message, false);
    if (payer && payer !== 'ambiguous') found.payer = payer;
  }
  if (!found.reason && expecting !== 'reason') {
    const reason = findReason(message);
    if (reason) found.reason = reason;
  }
  if (expecting && found.unreadable && found[FIELD_OF[expecting]] !== undefined) delete found.unreadable;
  return found;
}
