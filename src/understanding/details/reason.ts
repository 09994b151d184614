// The reason for the visit. As the answer to "what would you like help with?" it is the person's
// own words (kept short for the front desk); in a free message only a clear phrase counts ("for
// my shoulder", "my lower back is sore", "neck pain", "腰痛", "ਕਮਰ ਦਾ ਦਰਦ", "knee ch dard").
import { Message, tidy } from './message.js';
import { gurmukhi, latin } from './scripts.js';
import type { FoundReason, FieldReading, ReasonProblem } from './types.js';

export const MAX_REASON_CHARS = 300;

const BODY_PART =
  '(?:lower |upper |mid )?(?:back|neck|shoulders?|knees?|hips?|elbows?|wrists?|ankles?|feet|foot|legs?|arms?|hamstrings?|calf|calves|glutes?|jaw|head|headaches?|sciatica|tennis elbow|plantar fasciitis|muscles?)';
const REASON_FOR_MY = /\b(?:for|about|with|because of|regarding)\s+(my\s+[^,.;!?，。]{2,80})/i;
const REASON_HURTS = new RegExp(
  `\\b(my\\s+${BODY_PART}(?:\\s+(?:is|are|has been|have been|keeps?))?\\s+(?:hurts?|hurting|sore|aching|aches?|pain(?:ful)?|killing me|tight|stiff)(?:\\s+\\w+){0,3})`,
  'i',
);
const REASON_PAIN = new RegExp(`\\b(${BODY_PART}\\s+(?:pain|ache|injury|issues?|problems?|strain|tightness))\\b`, 'i');
/** "for my wife", "for my son": who the visit is for, not why. */
const FAMILY = /^my\s+(?:wife|husband|partner|son|daughter|kids?|child(?:ren)?|mom|mum|mother|dad|father|parents?|grand(?:ma|pa|mother|father)|brother|sister|friend|boss|self)\b/i;
const TRAILING_NOISE = /\s+(?:please|pls|thanks|thank you|asap|if possible|if you can|and|or|at|on|for|next|this)\s*$/i;

const BODY_PART_ZH =
  '(?:腰|背|(?:下|上)背|颈|頸|脖子|肩膀?|膊頭|膊头|膝盖|膝蓋|膝頭|膝头|手肘|手腕|脚踝|腳踝|脚|腳|腿|手臂|手|臀部?|屁股|头|頭|坐骨神经|坐骨神經|肌肉|足底|网球肘|網球肘|髋|髖)';
const REASON_ZH = new RegExp(
  `((?:我的?|我嘅)?${BODY_PART_ZH}(?:部)?(?:好|很|有点|有點|有啲|一直|成日|经常|經常|非常)?(?:痛|疼|酸痛?|麻|痺|受伤|受傷|拉伤|拉傷|扭伤|扭傷|僵硬|唔舒服|不舒服|有问题|有問題))`,
  'u',
);
const BODY_PART_PA = gurmukhi('ਕਮਰ', 'ਪਿੱਠ', 'ਲੱਕ', 'ਗਰਦਨ', 'ਧੌਣ', 'ਮੋਢਾ', 'ਮੋਢੇ', 'ਗੋਡਾ', 'ਗੋਡੇ', 'ਗੋਡਿਆਂ', 'ਲੱਤ', 'ਲੱਤਾਂ', 'ਬਾਂਹ', 'ਗਿੱਟਾ', 'ਗਿੱਟੇ', 'ਕੂਹਣੀ', 'ਸਿਰ', 'ਪੈਰ', 'ਪੈਰਾਂ', 'ਹੱਥ', 'ਗੁੱਟ', 'ਚੂਲਾ', 'ਚੂਲੇ');
const PAIN_PA = gurmukhi('ਦਰਦ', 'ਪੀੜ', 'ਸੱਟ', 'ਦੁਖਦਾ', 'ਦੁਖਦੀ', 'ਦੁਖਦੇ', 'ਅਕੜਾਅ', 'ਸੋਜ', 'ਸੋਜਿਸ਼');
const REASON_PA = new RegExp(
  `(${BODY_PART_PA}\\s*(?:${gurmukhi('ਵਿੱਚ', 'ਵਿਚ', 'ਚ', 'ਦਾ', 'ਦੀ', 'ਦੇ', 'ਨੂੰ', 'ਤੇ')}\\s*)?(?:${gurmukhi('ਬਹੁਤ', 'ਬੜਾ', 'ਬੜੀ')}\\s*)?${PAIN_PA})`,
  'u',
);
const REASON_PA_ROMAN = new RegExp(
  `(${latin(
    '(?:lower |upper )?back',
    'kamar',
    'lakk?',
    'pith',
    'gardan',
    'dhaun',
    'neck',
    'modh(?:a|e)',
    'mohd(?:a|e)',
    'shoulder',
    'god(?:a|e)',
    'knee',
    'latt',
    'leg',
    'baanh',
    'sir',
    'pair',
  )}\\s*(?:${latin('ch', 'wich', 'vich', 'da', 'di', 'de', 'nu', 'te')}\\s*)?(?:${latin('bahut', 'bht', 'bohat', 'bada', 'badi')}\\s*)?${latin('dard', 'pain', 'peed', 'dukhda', 'dukhdi', 'dukhde', 'sojish', 'soj')})`,
  'iu',
);

/** A clear reason phrase anywhere in a free message. */
export function findReason(message: Message): FoundReason | undefined {
  const text = message.text;
  const forMy = REASON_FOR_MY.exec(text);
  const match = (forMy?.[1] && !FAMILY.test(forMy[1]) ? forMy : null) ?? REASON_HURTS.exec(text) ?? REASON_PAIN.exec(text) ?? REASON_ZH.exec(text) ?? REASON_PA.exec(text) ?? REASON_PA_ROMAN.exec(text);
  const phrase = match?.[1];
  if (!match || !phrase) return undefined;
  let kept = phrase.replace(/\s+$/, '');
  while (TRAILING_NOISE.test(kept)) kept = kept.replace(TRAILING_NOISE, '');
  const start = match.index + match[0].length - phrase.length;
  const end = start + kept.length;
  const value = tidy(kept);
  if (!readReason(value).ok || message.touchesControl(start, end)) return undefined;
  return { value, span: message.span(start, end) };
}

/** The answer to "what would you like help with?": the person's words, or why they will not do. */
export function readReason(input: string): FieldReading<FoundReason, ReasonProblem> {
  const message = new Message(input);
  const value = tidy(message.text.replace(/\uFFFD/g, ' '));
  if (value.length > MAX_REASON_CHARS) return { ok: false, problem: 'too-long' };
  if ((value.match(/\p{L}/gu) ?? []).length < 2) return { ok: false, problem: 'too-short' };
  const start = message.text.search(/\S/);
  const end = message.text.trimEnd().length;
  return { ok: true, value: { value, span: message.span(start, end) } };
}
