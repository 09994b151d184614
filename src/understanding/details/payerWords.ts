// What people say about paying, in English, Punjabi (Gurmukhi and romanized) and Chinese
// (Simplified, Traditional, Cantonese). Each entry says how sure the words are:
// - named: the payer is named ("ICBC", "Pacific Blue Cross", "自费"): taken from any message;
// - story: a story the payer is guessed from ("car accident", "hurt at work", "車禍", "ਕੰਮ ਤੇ ਸੱਟ"):
//   only when the person is answering the payer question, and marked inferred (the dialog
//   confirms). A car accident in the reason for the visit is not a payment answer;
// - answer: words that only mean a payer as the answer to that question ("private", "not sure",
//   "my plan", "保险"), marked inferred when they are a guess ("insurance" -> extended health).
import type { PayerReading } from './types.js';
import { gurmukhi, han, latin } from './scripts.js';

export type PayerWordKind = 'named' | 'story' | 'answer';

export interface PayerWords {
  payer: PayerReading | 'msp';
  kind: PayerWordKind;
  /** A guess the dialog should confirm. Stories are always guesses. */
  inferred?: boolean;
  pattern: string;
}

const INSURANCE_PA = '(?:ਇੰਸ਼ੋਰੈਂਸ|ਇਨਸ਼ੋਰੈਂਸ|ਇੰਸ਼ੋਰੰਸ|ਇਨਸ਼ੋਰੰਸ|ਇੰਸੋਰੈਂਸ|ਬੀਮਾ)';
const NO_PA = '(?:ਨਹੀਂ|ਨਹੀ)';

export const PAYER_WORDS: PayerWords[] = [
  // Extended health plans and the insurers that sell them.
  {
    payer: 'extended-health',
    kind: 'named',
    pattern: latin(
      'extended health(?: care| plan| benefits| insurance| coverage)?',
      'extended healthcare',
      'extended medical',
      'extended benefits',
      'health benefits',
      'group benefits',
      'employee benefits',
      'work benefits',
      'my benefits',
      'benefits plan',
      '(?:pacific )?blue cross',
      'sun ?life',
      'manu ?life',
      'canada life',
      'great west life',
      'green shield',
      'desjardins',
      'medavie',
      'equitable life',
      'industrial alliance',
      'private (?:health )?insurance',
      'work insurance',
      'insurance (?:through|from|at) (?:my )?(?:work|job|employer|company)',
      'company insurance',
      'kam+ (?:da|di|wala|vala|wali) insurance',
      'company (?:da|di|wala|vala) insurance',
    ),
  },
  {
    payer: 'extended-health',
    kind: 'named',
    pattern: gurmukhi(
      'ਐਕਸਟੈਂਡਡ ਹੈਲਥ',
      'ਐਕਸਟੈਂਡਿਡ ਹੈਲਥ',
      'ਐਕਸਟੈਂਡ ਹੈਲਥ',
      `ਕੰਮ (?:ਦਾ|ਦੀ|ਵਾਲਾ|ਵਾਲੀ) ${INSURANCE_PA}`,
      `ਕੰਪਨੀ (?:ਦਾ|ਦੀ|ਵਾਲਾ|ਵਾਲੀ) ${INSURANCE_PA}`,
      'ਬੈਨੀਫਿਟਸ',
      'ਬੈਨੀਫਿਟ',
      'ਬੈਨਿਫਿਟਸ',
      'ਬਲੂ ਕਰਾਸ',
      'ਬਲੂ ਕਰੌਸ',
      'ਸਨ ਲਾਈਫ',
      'ਮੈਨੂਲਾਈਫ',
      'ਮੈਨੂ ਲਾਈਫ',
      'ਕੈਨੇਡਾ ਲਾਈਫ',
      'ਗਰੀਨ ਸ਼ੀਲਡ',
    ),
  },
  {
    payer: 'extended-health',
    kind: 'named',
    pattern: han(
      '公司(?:的|嘅)?(?:保险|保險)',
      '延伸(?:医疗|醫療)?(?:保险|保險)?',
      '(?:额外|額外|附加)(?:医疗|醫療)(?:保险|保險)?',
      '(?:团体|團體)(?:保险|保險|医疗|醫療)',
      '(?:员工|員工|公司)福利',
      '福利(?:保险|保險)',
      '私人(?:医疗|醫療)?(?:保险|保險)',
      '(?:太平洋)?(?:蓝|藍)十字',
      '宏利',
      '永明',
      '加拿大(?:人寿|人壽)',
    ),
  },
  { payer: 'extended-health', kind: 'answer', pattern: latin('my plan', 'the plan', 'benefits', 'extended', 'insurance plan', 'through (?:my )?work') },
  { payer: 'extended-health', kind: 'answer', inferred: true, pattern: latin('insurance', 'my insurance', 'insurance wale', 'insurance wala') },
  { payer: 'extended-health', kind: 'answer', inferred: true, pattern: gurmukhi(INSURANCE_PA) },
  { payer: 'extended-health', kind: 'answer', inferred: true, pattern: han('保险', '保險', '(?:医疗|醫療)(?:保险|保險)') },

  // ICBC: named, or guessed from a car accident.
  {
    payer: 'icbc',
    kind: 'named',
    pattern: latin('icbc', 'i\\.c\\.b\\.c\\.?', 'autoplan', 'car insurance(?: claim)?', 'auto insurance'),
  },
  { payer: 'icbc', kind: 'named', pattern: gurmukhi('ਆਈਸੀਬੀਸੀ', 'ਆਈ ਸੀ ਬੀ ਸੀ', 'ਆਈ\\.ਸੀ\\.ਬੀ\\.ਸੀ') },
  { payer: 'icbc', kind: 'named', pattern: han('卑(?:诗|詩)省?(?:汽车|汽車)(?:保险|保險)(?:局|公司)?', '(?:汽车|汽車)(?:保险|保險)', '(?:车|車)(?:险|險)') },
  {
    payer: 'icbc',
    kind: 'story',
    pattern: latin(
      'car (?:accident|crash|wreck|collision)',
      '(?:auto|vehicle|traffic|motor vehicle|road) (?:accident|collision|crash)',
      'mva',
      'mvc',
      'rear ?ended',
      't ?boned',
      'fender ?bender',
      '(?:hit|struck) by a (?:car|truck|vehicle|bus)',
      'accident claim',
      '(?:car|gaddi|gadi) (?:da |di |de )?(?:accident|hadsa)',
    ),
  },
  { payer: 'icbc', kind: 'story', pattern: gurmukhi('(?:ਕਾਰ|ਗੱਡੀ|ਟਰੱਕ) (?:ਦਾ|ਦੇ|ਦੀ)? ?(?:ਐਕਸੀਡੈਂਟ|ਐਕਸੀਡੇਂਟ|ਹਾਦਸਾ|ਹਾਦਸੇ|ਟੱਕਰ)') },
  { payer: 'icbc', kind: 'story', pattern: han('(?:车|車)(?:祸|禍)', '撞(?:车|車)', '交通(?:意外|事故)', '(?:被|俾|畀)(?:人|车|車)?撞', '追尾') },

  // WorkSafeBC: named, or guessed from an injury at work.
  {
    payer: 'worksafebc',
    kind: 'named',
    pattern: latin('work ?safe(?: ?bc)?', 'wcb', 'wsbc', "workers'? comp(?:ensation)?(?: board)?", "worker'?s comp(?:ensation)?"),
  },
  { payer: 'worksafebc', kind: 'named', pattern: gurmukhi('ਵਰਕਸੇਫ', 'ਵਰਕ ਸੇਫ', 'ਵਰਕਸੇਫ ਬੀਸੀ', 'ਡਬਲਯੂਸੀਬੀ') },
  { payer: 'worksafebc', kind: 'named', pattern: han('(?:劳工|勞工)(?:赔偿|賠償)(?:局)?', '(?:劳工|勞工)(?:保险|保險)局', '(?:工伤|工傷)(?:保险|保險)') },
  {
    payer: 'worksafebc',
    kind: 'story',
    pattern: latin(
      '(?:hurt|injured|injury|accident|pulled|strained|twisted|tweaked|fell|slipped)(?: \\w+){0,3} (?:at|on) (?:work|my work|the job|my job|the jobsite|the job site)',
      'work(?: related|place)? (?:injury|accident)',
      'on the job injury',
      'injury from work',
      'kam+ (?:te|tey|ch|wich|vich)(?: \\w+){0,3}? (?:satt|sat|injury|hurt)',
    ),
  },
  {
    payer: 'worksafebc',
    kind: 'story',
    pattern: gurmukhi(
      "ਕੰਮ ?['’]? ?(?:ਤੇ|ਉੱਤੇ|ਉਤੇ|ਵਿੱਚ|ਚ)(?: [\\u0A00-\\u0A7F]+){0,3}? (?:ਸੱਟ|ਜ਼ਖ਼ਮੀ|ਇੰਜਰੀ)",
      '(?:ਕੰਮ|ਕੰਮ ਵਾਲੀ) (?:ਦੀ|ਵਾਲੀ) ਸੱਟ',
    ),
  },
  {
    payer: 'worksafebc',
    kind: 'story',
    pattern: han('(?:工伤|工傷)', '(?:返工|上班|工作|开工|開工)(?:时|時|中|嗰陣)?(?:受伤|受傷|整(?:亲|親)|弄伤|弄傷)', '在工作中(?:受伤|受傷)'),
  },

  // Paying themselves.
  {
    payer: 'self-pay',
    kind: 'named',
    pattern: latin(
      'self ?pay(?:ing)?',
      'pay(?:ing)? (?:for it |it )?(?:by )?myself',
      '(?:pay(?:ing)? )?out of (?:my own )?pocket',
      'cash',
      'credit card',
      'debit(?: card)?',
      'private pay',
      "i'?ll pay",
      'i will pay',
      'apne (?:paise|pese|paisa)',
      'khud (?:pay|paise|de(?:vanga|vangi|u))',
    ),
  },
  {
    payer: 'self-pay',
    kind: 'named',
    pattern: gurmukhi('ਆਪਣੇ (?:ਪੈਸੇ|ਪੈਸਿਆਂ)', 'ਆਪ (?:ਪੈਸੇ )?(?:ਦੇਵਾਂਗਾ|ਦੇਵਾਂਗੀ|ਦਿਆਂਗਾ|ਦੇਊਂ)', 'ਖੁਦ (?:ਪੈਸੇ|ਦੇਵਾਂਗਾ|ਦੇਵਾਂਗੀ)', 'ਕੈਸ਼', 'ਨਕਦ'),
  },
  { payer: 'self-pay', kind: 'named', pattern: han('自(?:费|費)', '自己(?:付|出|俾|畀|比)(?:钱|錢)?', '(?:现|現)金', '自掏腰包') },
  { payer: 'self-pay', kind: 'answer', pattern: latin('private(?! (?:health |extended |dental )?(?:insurance|plan|coverage|benefits))', 'myself') },
  {
    payer: 'self-pay',
    kind: 'answer',
    inferred: true,
    pattern: latin(
      "(?:no|(?:i )?(?:don't|dont|do not) have(?: any)?|without(?: any)?|not covered by any) (?:insurance|coverage|benefits|extended health|plan)",
      'uninsured',
      '(?:koi )?insurance (?:nahi|nahin|nai|ni)(?: hai)?',
    ),
  },
  { payer: 'self-pay', kind: 'answer', inferred: true, pattern: gurmukhi(`(?:ਕੋਈ )?${INSURANCE_PA} ${NO_PA}(?: ਹੈ)?`) },
  { payer: 'self-pay', kind: 'answer', inferred: true, pattern: han('(?:没有|沒有|冇|无|無|没|沒)(?:买|買)?(?:保险|保險)') },

  // Not sure.
  {
    payer: 'not-sure',
    kind: 'answer',
    pattern: latin(
      'not sure',
      'unsure',
      "(?:i )?(?:don't|dont|do not) know",
      'dunno',
      'idk',
      'no idea',
      'not certain',
      'no clue',
      'pata (?:nahi|nahin|nai|ni)',
      'pta (?:nahi|nai|ni)',
      '(?:nahi|nai|ni) pata',
      'pakka (?:nahi|nai|ni)',
    ),
  },
  { payer: 'not-sure', kind: 'answer', pattern: gurmukhi(`ਪਤਾ ${NO_PA}`, `${NO_PA} ਪਤਾ`, `ਪੱਕਾ (?:ਪਤਾ )?${NO_PA}`) },
  { payer: 'not-sure', kind: 'answer', pattern: han('唔知', '不知道', '(?:不|唔)(?:确定|確定|肯定)', '(?:不|唔)(?:太)?清楚', '未知') },

  // MSP: does not cover IMS; the dialog explains.
  {
    payer: 'msp',
    kind: 'named',
    pattern: latin('msp', 'medical services plan', 'bc medical', 'bc msp', 'care ?card', 'bc services card', 'provincial (?:health )?(?:plan|insurance)'),
  },
  { payer: 'msp', kind: 'answer', pattern: latin('medical') },
  { payer: 'msp', kind: 'named', pattern: gurmukhi('ਐਮਐਸਪੀ', 'ਐਮ ਐਸ ਪੀ', 'ਐਮ\\.ਐਸ\\.ਪੀ') },
  {
    payer: 'msp',
    kind: 'named',
    pattern: han('(?:医|醫)保', '卑(?:诗|詩)省?(?:医疗|醫療)(?:保险|保險)?', '(?:医疗|醫療)服(?:务|務)(?:计划|計劃)', '公(?:费|費)(?:医疗|醫療)', '(?:BC|卑诗|卑詩)卡', '健康卡'),
  },
];
