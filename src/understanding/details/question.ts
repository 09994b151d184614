// Tells a question ("wait, does it hurt?", "ਕੀ ਦਰਦ ਹੁੰਦਾ?", "痛唔痛㗎?") from an answer, so a question
// typed where a name is expected is not taken for a name. Answering it is the reading's job.
import { anyOf, gurmukhi, han, latin } from './scripts.js';

const FILLER = /^(?:(?:wait|oh|um+|uh+|hm+|sorry|also|and|but|so|ok(?:ay)?|btw|by the way|quick question|question|hey|hi)[\s,.:;!-]+)+/i;
const STARTS_AS_QUESTION = anyOf(
  `^${latin(
    'what',
    "what's",
    'whats',
    'why',
    'how',
    'when',
    'where',
    'who',
    'which',
    'whose',
    'does',
    'do',
    'did',
    'is',
    'are',
    'am',
    'was',
    'were',
    'can',
    'could',
    'would',
    'should',
    'has',
    'have',
    "isn't",
    "aren't",
    "doesn't",
    "don't",
    "won't",
    // Romanized Punjabi question words.
    'ki',
    'kive',
    'kiven',
    'kyu',
    'kyon',
    'kado',
    'kadon',
    'kithe',
    'kitthe',
    'kinna',
    'kinne',
    'kinni',
    'kehra',
  )}`,
  `^${gurmukhi('ਕੀ', 'ਕਿਵੇਂ', 'ਕਿਉਂ', 'ਕਦੋਂ', 'ਕਿੱਥੇ', 'ਕਿੰਨਾ', 'ਕਿੰਨੇ', 'ਕਿੰਨੀ', 'ਕਿਹੜਾ', 'ਕਿਹੜੀ')}`,
);
const CHINESE_QUESTION = new RegExp(
  han('吗', '嗎', '呢[?？]?$', '什么', '甚麼', '什麼', '咩', '乜', '點解', '点解', '怎么', '怎麼', '幾時', '几时', '多少', '係唔係', '是不是', '可不可以', '可唔可以', '能不能', '有冇', '有没有', '有沒有', '邊個', '边个', '哪'),
  'u',
);

/** "May Chen" and "Will Smith" are names: "will", "may" ask unless a capitalised word follows ("will BC medical pay" asks). */
const MODAL_QUESTION = /^(?:[Ww]ill|[Mm]ay|[Mm]ight|[Ss]hall)\s+(?!\p{Lu}\p{Ll})/u;
/** Romanized Hindi / Punjabi question tags at the end: "msp mein aata hai kya". */
const ENDS_AS_QUESTION = /(?<![A-Za-z])(?:kya|kyaa)\s*$/i;

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  if (/[?？]$/.test(t) || ENDS_AS_QUESTION.test(t)) return true;
  const body = t.replace(FILLER, '');
  return STARTS_AS_QUESTION.test(body) || MODAL_QUESTION.test(body) || CHINESE_QUESTION.test(t);
}
