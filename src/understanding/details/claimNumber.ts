// Claim numbers (ICBC, WorkSafeBC). A claim number has at least one digit; letters, digits and
// hyphens (and slashes) are kept as typed, upper-cased, and nothing around them: "my claim number
// is RA1234567" is RA1234567, "its ra-123-4567 i think" is RA-123-4567, "RA 1234567" is RA1234567.
// In a free message only a number right after "claim (number)" / "ਕਲੇਮ ਨੰਬਰ" / "索赔号" counts; as
// the answer to the claim number question, the first such code in the answer.
import { Message } from './message.js';
import { findSkip } from './skip.js';
import { allMatches } from '../text/allMatches.js';
import { anyOf, gurmukhi, han, latin } from './scripts.js';
import type { ClaimNumberProblem, FoundClaimNumber, FieldReading } from './types.js';

const MAX_CLAIM = 40;
const MIN_CLAIM_CHARACTERS = 4;
const KEYWORD = anyOf(
  `${latin("claim(?: number| num| no\\.?| #)?")}(?:['’]?s)?(?:\\s*${latin('is', 'was')})?`,
  `${gurmukhi('ਕਲੇਮ ਨੰਬਰ', 'ਕਲੇਮ', 'ਦਾਅਵਾ ਨੰਬਰ')}(?:\\s*${gurmukhi('ਹੈ')})?`,
  `${latin('claim')}\\s*(?:${han('号码', '號碼', '编号', '編號', '号', '號')})(?:\\s*${han('是', '係', '系')})?`,
  `${han('索赔号码', '索赔号', '索赔编号', '索償號碼', '索償編號', '索偿编号', '理赔号', '理赔编号', '理賠編號', '案件编号', '案件編號')}(?:\\s*${han('是', '係', '系')})?`,
);
const AFTER_KEYWORD = /^\s*[:=#-]?\s*/;
const CODE = /[A-Za-z0-9](?:[A-Za-z0-9/-]*[A-Za-z0-9])?/gy;
const ANY_CODE = /(?<![A-Za-z0-9/-])[A-Za-z0-9](?:[A-Za-z0-9/-]*[A-Za-z0-9])?(?![A-Za-z0-9/-])/g;
/** A short letter group before the digits ("RA 1234567") belongs to the number unless it is a word. */
const PREFIX_BEFORE = /(?<![A-Za-z])([A-Za-z]{1,3})\s$/;
const NOT_PREFIXES = new Set('i a an is it its my no on at in or and the to for of um uh ok so oh im hey hi ya yes me'.split(' '));

function isClaimCode(code: string): boolean {
  return /\d/.test(code) && code.length <= MAX_CLAIM && (code.match(/[A-Za-z0-9]/g) ?? []).length >= MIN_CLAIM_CHARACTERS;
}

/** The code starting at `at` (with a short letter prefix before it), or undefined. */
function codeAt(message: Message, at: number): FoundClaimNumber | undefined {
  CODE.lastIndex = at;
  const token = CODE.exec(message.text);
  if (!token) return undefined;
  let start = at;
  const end = at + token[0].length;
  let code = token[0];
  const prefix = PREFIX_BEFORE.exec(message.text.slice(0, at));
  if (prefix?.[1] && /^\d/.test(code) && !NOT_PREFIXES.has(prefix[1].toLowerCase())) {
    start = at - prefix[0].length;
    code = prefix[1] + code;
  }
  if (!isClaimCode(code) || message.touchesControl(start, end)) return undefined;
  message.blank(start, end);
  return { value: code.toUpperCase(), span: message.span(start, end) };
}

/** A claim number right after "claim number" (or its words in Punjabi and Chinese), anywhere in a message. */
export function findClaimNumber(message: Message): FoundClaimNumber | undefined {
  for (const keyword of allMatches(KEYWORD, message.text)) {
    const after = keyword.index + keyword[0].length;
    const gap = AFTER_KEYWORD.exec(message.text.slice(after))?.[0].length ?? 0;
    const found = codeAt(message, after + gap);
    if (found) return found;
  }
  return undefined;
}

/** The answer to "what is your claim number?": the number, null when declined, or why not. */
export function readClaimNumber(input: string): FieldReading<FoundClaimNumber | null, ClaimNumberProblem> {
  const message = new Message(input);
  const afterKeyword = findClaimNumber(message);
  if (afterKeyword) return { ok: true, value: afterKeyword };
  if (findSkip(message, 'claimNumber')) return { ok: true, value: null };
  for (const token of allMatches(ANY_CODE, message.text)) {
    if (!/\d/.test(token[0])) continue;
    const found = codeAt(message, token.index ?? 0);
    if (found) return { ok: true, value: found };
  }
  return { ok: false, problem: 'no-claim-number' };
}
