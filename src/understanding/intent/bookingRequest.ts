// Tells a request to come in ("can I book a session?", "any openings Friday?") from a question that merely
// mentions appointments or sessions ("how often are appointments spaced?", "how many sessions will I need?").
// The ranker decides first; this only vetoes a booking when the message asks about a fact and makes no request.
import { ROMANIZED_NOWADAYS_PATTERN } from '../text/nowadays.js';

/** Words that, whatever the sentence, ask for a visit; and days and times, which only a visit needs. */
const REQUEST_WORDS = new Set([
  'book', 'booking', 'booked', 'bookin', 'schedule', 'scheduling', 'reschedule', 'reserve', 'appt', 'availability',
  'available', 'opening', 'openings', 'slot', 'slots', 'spot', 'signup', 'asap',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'tomorrow', 'tonight',
  'morning', 'afternoon', 'evening',
]);

/** "I want / would like / need / 'd like ... " and "can / could / may I ..." followed by one of these, within a few words. */
const VISIT_WORDS = new Set(['appointment', 'appointments', 'appt', 'session', 'consult', 'consultation', 'assessment', 'visit', 'come', 'see', 'start', 'try', 'get', 'make', 'set']);
const WANTING = new Set(['want', 'wanna', 'like', 'need', 'love', 'interested', 'looking']);

/** Question openings that ask about a fact, not for a visit. */
const FACT_OPENINGS: ReadonlyArray<readonly string[]> = [
  ['how', 'often'], ['how', 'frequently'], ['how', 'frequent'], ['how', 'many'], ['how', 'long'], ['how', 'far'], ['how', 'much'],
  ['why'], ['what'], ['who'], ['which'], ['is', 'it'], ['is', 'ims'], ['does'], ['do', 'i', 'need'], ['are'], ['will', 'the'], ['should'],
];

export function hasRequestCue(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (REQUEST_WORDS.has(token)) return true;
    if (token === 'sign' && tokens[i + 1] === 'me') return true;
    if ((token === 'fit' || token === 'get') && tokens[i + 1] === 'me' && tokens.slice(i + 2, i + 4).includes('in')) return true;
    if (token === 'new' && tokens[i + 1] === 'patient') return true;
    if ((token === 'next' || token === 'this') && (tokens[i + 1] === 'week' || tokens[i + 1] === 'month')) return true;
    const wants = (WANTING.has(token) && !refused(tokens, i)) || ((token === 'can' || token === 'could' || token === 'may') && tokens[i + 1] === 'i');
    if (wants && tokens.slice(i + 1, i + 5).some((next) => VISIT_WORDS.has(next))) return true;
  }
  return false;
}

/** Words people put before the question itself ("hi, roughly how many ...", "ok so quick question, how often ..."). */
const LEAD_INS = new Set([
  'hi', 'hello', 'hey', 'hiya', 'ok', 'okay', 'so', 'and', 'but', 'also', 'well', 'um', 'uh', 'sorry', 'quick', 'question', 'q',
  'roughly', 'approximately', 'just', 'curious', 'honestly', 'realistically', 'generally', 'please', 'thanks', 'there',
]);

export function isFactQuestion(tokens: readonly string[]): boolean {
  let start = 0;
  while (start < tokens.length && LEAD_INS.has(tokens[start] as string)) start++;
  return FACT_OPENINGS.some((opening) => opening.every((word, i) => tokens[start + i] === word));
}

/**
 * A booking from the ranker is kept when the message makes a request; without one, only when it is not a
 * fact question and it names a visit or the match is strong ("I need new glasses" resembles "I need an
 * appointment" only weakly).
 */
export function looksLikeBookingRequest(tokens: readonly string[], score: number, strongScore = 0.55): boolean {
  if (hasRequestCue(tokens)) return true;
  if (isFactQuestion(tokens)) return false;
  return score >= strongScore || tokens.some((token) => VISIT_NOUNS.has(token));
}

/**
 * Cancelling a visit is not asking for one ("cancel my appointment on Friday", 取消礼拜五的预约, ਰੱਦ): the
 * clinic's front desk handles it (the out-of-scope "cancellation" answer), never the booking dialog.
 */
const CANCELLING = /\bcancel(?!l?ation)|取消|ਰੱਦ|\bradd\b/iu;

export function asksToCancel(text: string): boolean {
  return CANCELLING.test(text);
}

/** Every visit the message names is refused ("no time for appointments"), and nothing else asks for one. */
export function refusesVisit(tokens: readonly string[]): boolean {
  let named = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!VISIT_NOUNS.has(tokens[i] as string)) continue;
    if (!refused(tokens, i)) return false;
    named = true;
  }
  return named && !hasRequestCue(tokens);
}

/** Outside a fact question, naming the visit is asking for one ("request an appointment", "consult for my neck"). */
const VISIT_NOUNS = new Set(['appointment', 'appointments', 'consult', 'consultation', 'assessment']);
/** "no time for appointments", "without an appointment", "don't want one", "not looking for a consult". */
function refused(tokens: readonly string[], at: number): boolean {
  for (let j = Math.max(0, at - 4); j < at; j++) {
    const word = tokens[j] as string;
    if (word === 'no' || word === 'without' || word === 'never') return true;
    if ((word === 'not' || word === 'dont') && WANTING.has(tokens[j + 1] as string)) return true;
  }
  return false;
}

/** When: days, parts of the day, "after 4", "6pm". */
const WHEN_WORDS = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((day) => [day, `${day}s`]),
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat'],
  ...['weekday', 'weekdays', 'weekend', 'weekends', 'tomorrow', 'tonight', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'lunchtime'],
]);
const CLOCK = /^\d{1,2}(?:am|pm)$/;

/** Saying one is free then: "works", "suits me", "I'm free", "good for me", "can do". */
function saysAvailable(tokens: readonly string[], i: number): boolean {
  const token = tokens[i] as string;
  const next = tokens[i + 1];
  if (token === 'works' || token === 'suits' || token === 'available') return true;
  if ((token === 'suit' || token === 'work') && (next === 'me' || next === 'us' || next === 'for' || next === 'best')) return true;
  if (token === 'free' && tokens[i - 1] === 'am') return true;
  if ((token === 'good' || token === 'fine' || token === 'ok' || token === 'okay') && next === 'for' && (tokens[i + 2] === 'me' || tokens[i + 2] === 'us')) return true;
  return token === 'can' && next === 'do';
}

/**
 * "Mornings suit me", "Tues or Thurs after 6:30 works", "I'm free weekdays after 4": when the person can come,
 * which only a booking needs (never a fact question: "does it work better in the morning?").
 */
export function statesAvailability(tokens: readonly string[]): boolean {
  if (isFactQuestion(tokens)) return false;
  const when = tokens.some((token, i) => WHEN_WORDS.has(token) || CLOCK.test(token) || ((token === 'after' || token === 'before') && /^\d/.test(tokens[i + 1] ?? '')));
  return when && tokens.some((_, i) => saysAvailable(tokens, i));
}

// Punjabi (Gurmukhi and romanized) and Chinese: right now (in Punjabi), a day or a part of the day, and room or coming
// then: "can I come" (ਆ ਸਕਦੀ ਆਂ), not "can he come" (to practice tomorrow?), and not "appointment" (one already booked).
// Chinese "now" (而家, 现在) is left out: "而家可唔可以做IMS？" asks whether IMS is all right now.
const GURMUKHI_WHEN = 'ਹੁਣੇ|ਸੋਮਵਾਰ|ਮੰਗਲਵਾਰ|ਬੁੱਧਵਾਰ|ਬੁਧਵਾਰ|ਵੀਰਵਾਰ|ਸ਼ੁੱਕਰਵਾਰ|ਸੁੱਕਰਵਾਰ|ਸ਼ਨੀਵਾਰ|ਸ਼ਨਿੱਚਰਵਾਰ|ਐਤਵਾਰ|ਅੱਜ|ਕੱਲ੍ਹ|ਕੱਲ|ਪਰਸੋਂ|ਸਵੇਰੇ|ਸਵੇਰ|ਦੁਪਹਿਰ|ਸ਼ਾਮ|ਰਾਤ|ਵਜੇ|ਹਫ਼ਤੇ|ਹਫਤੇ|ਵੀਕਐਂਡ|ਮਹੀਨੇ|ਜਲਦੀ';
// "ਜਗ੍ਹਾ" (place) is room only when asked for: "ਕੋਈ ਜਗ੍ਹਾ", "ਜਗ੍ਹਾ ਹੈ", not "ਇੱਕ ਜਗ੍ਹਾ ਲਾਲ" (one spot is red).
const GURMUKHI_ROOM = 'ਕੋਈ ਜਗ੍ਹਾ|ਜਗ੍ਹਾ ਹੈ|ਜਗ੍ਹਾ ਖਾਲੀ|ਸਲਾਟ|ਕੋਈ ਟਾਈਮ|ਟਾਈਮ ਮਿਲ|ਕੋਈ ਟੈਮ|ਟੈਮ ਮਿਲ|ਟਾਈਮ ਚਾਹੀਦਾ|ਸਮਾਂ ਮਿਲ|ਸਮਾਂ ਚਾਹੀਦਾ|ਉਪਲਬਧ|ਕੋਈ ਸਮਾਂ|ਖਾਲੀ|ਖ਼ਾਲੀ|ਵਿਹਲ|ਆ ਸਕਦਾ ਹਾਂ|ਆ ਸਕਦੀ ਹਾਂ|ਆ ਸਕਦਾ ਆਂ|ਆ ਸਕਦੀ ਆਂ|ਆ ਸਕਦੇ ਹਾਂ|ਆ ਜਾਵਾਂ|ਆ ਜਾਂਵਾਂ|ਆ ਜਾਈਏ|ਦੇਖ ਸਕਦ|ਵੇਖ ਸਕਦ|ਦੇਖ ਲਊ|ਵੇਖ ਲਊ|ਦੇਖ ਲੈਣਗੇ|ਵੇਖ ਲੈਣਗੇ|ਦਿਖਾ ਸਕਦ|ਤਰੀਕ|ਕੋਈ ਵੇਲਾ';
const ROMANIZED_WHEN =
  'hune|hunne|abhi|somvar|somwar|mangalvar|mangalwar|budhvar|budhwar|veervar|veerwar|shukarvar|shukarwar|shanivar|shaniwar|shanichar|aitvar|aitwar|ajj|aj|kal|kalh|kall|parso|parson|savere|sawere|subah|dupehar|dupaher|shaam|sham|raat|vaje|waje|hafte|mahine|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|morning|afternoon|evening|jaldi|jldi|asap|soon';
const ROMANIZED_ROOM = '(?:koi )?jagh?a(?:h)? (?:hai|khaa?li)|koi jagh?ah?|slots?|koi time|time mil\\w*|time chahi\\w*|khaa?li|vehal|vehle|aa sak(?:da|di|de) (?:haan|aan|aa)|aa jawa\\w*|aa java\\w*|aa jaung\\w*|aa jaiye|koi opening|openings? (?:hai|hain|hega|aa)|dekh sak\\w*|dekh lo|dikha sak\\w*';
const HAN_WHEN =
  '(?:星期|礼拜|禮拜|周|週)[一二三四五六日天末]|(?:本|这|這|下|今個|今个|呢個|呢个|下個|下个)(?:周|週|星期|礼拜|禮拜)|今天|明天|后天|後天|今日|聽日|听日|後日|今晚|明晚|早上|上午|中午|下午|晚上|朝早|夜晚|下晝|下昼|晏晝|晏昼|(?:\\d{1,2}|[一二三四五六七八九十两兩]{1,3})\\s*[点點](?:半|鐘|钟)?';
// 约 alone is to make an appointment in Mandarin (想约下午的, I'd like an afternoon one). "有冇得…去" (can one come)
// ends its clause: "有冇得今晚做完去游水" asks about swimming.
const HAN_ROOM = '空位|有位|有空|有号|有號|号儿|號兒|得闲|得閒|时段|時段|预约|預約|想约|想約|约个|約個|约一个|約一個|能约|能約|可以约|可以約|掛號|挂号|排期|能看[吗嗎]|可以看[吗嗎]|能不能看|可唔可以睇|睇唔睇到|(?:有冇|有没有|有沒有|有無)[^，。？?！!]{0,6}(?:时间|時間|位|空)|有冇得[^，。？?！!]{0,6}(?:去|嚟|過嚟|过嚟|過來|过来)(?:做|睇)?(?=[，。？?！!\\s]|$)';
/** "…得唔得", "…可以吗" said right after the time (or "to come" then): whether then will do, not "tonight, drinking ok?". */
const HAN_WILL_DO = '可以吗|可以嗎|可唔可以|可不可以|得唔得|得不得|行不行|行唔行|方便吗|方便嗎';
const CLAUSES = /[,，。？?!！;；:：\n।]+/u;
const nfc = (pattern: string, flags = 'u') => new RegExp(pattern.normalize('NFC'), flags);
/** "ਅੱਜ ਕੱਲ੍ਹ", "aj kal" (today tomorrow) said together mean these days, no time to come: "ਮੈਂ ਵਿਹਲਾ ਆਂ ਅੱਜ ਕੱਲ੍ਹ". */
const NOWADAYS = nfc(`ਅੱਜ[ -]?ਕੱਲ(?:੍ਹ)?|${ROMANIZED_NOWADAYS_PATTERN}`, 'giu');
const ASKS_FOR_A_TIME: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [nfc(`${GURMUKHI_WHEN}`), nfc(`${GURMUKHI_ROOM}`)],
  [nfc(`\\b(?:${ROMANIZED_WHEN})\\b`, 'iu'), nfc(`\\b(?:${ROMANIZED_ROOM})\\b`, 'iu')],
  [nfc(`${HAN_WHEN}`), nfc(`${HAN_ROOM}`)],
];
const HAN_THEN_WILL_DO = nfc(`(?:${HAN_WHEN})\\s*[嚟来來去]?\\s*(?:${HAN_WILL_DO})`);
/** A clock time, then whether it will do: "kal sham nu 5 vje ho jauga?", "5 ਵਜੇ ਠੀਕ ਆ?". */
const CLOCK_WILL_DO = [
  nfc('\\b\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:vje|vaje|waje|wje|baje|pm|am)\\b.{0,6}\\b(?:ho jau\\w*|ho sakd\\w*|chal\\w*|theek|thik|ok)\\b', 'iu'),
  nfc('\\d{1,2}\\s*ਵਜੇ.{0,6}(?:ਹੋ ਜਾਊ|ਹੋ ਸਕਦ|ਚੱਲੂ|ਚੱਲੇਗਾ|ਠੀਕ)'),
];
/** Asking in romanized Punjabi for an appointment, with no time said: "IMS di appointment chahidi". */
const ROMANIZED_BOOKS = nfc('\\b(?:appointment|appt|booking|consult)\\s+(?:chahi\\w*|chaahi\\w*|chaidi|leni|laini|karni|kar\\s*do|karwa\\w*|(?:fix|set)\\s*kar\\w*)\\b|\\bbook\\s+kar\\s*(?:do|deo|dyo|dio)\\b', 'iu');
/** Asking in Gurmukhi for a time to be seen, with no time said: "ਮਿਲਣ ਦਾ ਸਮਾਂ ਲੈਣਾ ਹੈ", "ਅਪੌਇੰਟਮੈਂਟ ਚਾਹੀਦੀ". */
const GURMUKHI_BOOKS = nfc('(?:ਸਮਾਂ|ਟਾਈਮ|ਟੈਮ) ਲੈਣਾ|ਅਪੌਇੰਟਮੈਂਟ (?:ਲੈਣੀ|ਚਾਹੀਦੀ|ਕਰ ਦਿਓ|ਬੁੱਕ)|ਬੁੱਕ ਕਰ (?:ਦਿਓ|ਦਿਉ|ਦੇਵੋ)');
/**
 * Asking in Chinese to be booked, with no time said: "幫我個仔約個consult", "请为本人安排与物理治疗师会面", "预约入口在哪"
 * and "要怎么挂号" (where or how to book is asking to come), "帮我登记一个位子" (put me down for a slot).
 */
const HAN_BOOKS = nfc(
  '幫我[^，。？?！!]{0,4}[約约]|帮我[^，。？?！!]{0,4}约|(?:帮|幫)我(?:登记|登記|留|排)[^，。？?！!]{0,6}(?:位|号|號|时间|時間)|[想要][預预]?[約约][個个一]|[預预][約约](?:入口|連結|链接)|(?:點樣|点样|怎麼|怎么|如何|點|点)(?:[預预][約约]|挂号|掛號)|安排[^，。？?！!]{0,10}(?:會面|会面|見面|见面|初診|初诊|睇|看診|看诊|治療|治疗|療程|疗程)',
);

/**
 * Outside English, asking for a visit: a day or part of the day said with room then or coming then, in one clause
 * ("ਸ਼ਨੀਵਾਰ ਨੂੰ ਕੋਈ ਜਗ੍ਹਾ ਖਾਲੀ?", "kal mainu dekh sakde?", "有没有今天下午的空", "星期三朝早得唔得"; only a booking needs
 * both: "open on Sunday?" names no room, "how many times a week?" no day); a clock time asked about ("5 vje ho
 * jauga?"); or asking to be booked ("appointment chahidi", "ਸਮਾਂ ਲੈਣਾ ਹੈ", "幫我約", "安排…初診").
 */
export function asksForAVisit(text: string): boolean {
  return text
    .normalize('NFC')
    .replace(NOWADAYS, ' ')
    .split(CLAUSES)
    .some(
      (clause) =>
        HAN_THEN_WILL_DO.test(clause) ||
        HAN_BOOKS.test(clause) ||
        ROMANIZED_BOOKS.test(clause) ||
        GURMUKHI_BOOKS.test(clause) ||
        CLOCK_WILL_DO.some((pattern) => pattern.test(clause)) ||
        ASKS_FOR_A_TIME.some(([when, room]) => when.test(clause) && room.test(clause)),
    );
}
